"""User-derived strings (titles, file names, error messages naming a file) shown as text.

Streamlit reads titles, captions and alert bodies as Markdown, and links ``https://``, ``www.``
and e-mail addresses in them even when escaped; these helpers escape the Markdown and break
the link patterns (:func:`analysis.markup.markdown_escape`), so what a stranger typed into an
article or a file name is shown as written: no link, no image, no styled text.
"""

from __future__ import annotations

import streamlit as st

from analysis.markup import markdown_escape


def plain(text: object) -> str:
    """``text`` as Markdown that renders as exactly these characters (on one line)."""
    return markdown_escape(str(text))


def show_error(message: object, *, icon: str | None = None) -> None:
    """An error box whose message (often naming the user's file) is shown as text."""
    st.error(plain(message), icon=icon)


def show_caption(text: object) -> None:
    """A caption made of user-derived text (a title, a file name), shown as text."""
    st.caption(plain(text))
