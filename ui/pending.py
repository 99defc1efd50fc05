"""Work asked for in a widget callback and done in the next script run, at a fixed place.

Callbacks run before the script and anything they draw lands on top of the page; so they only
note the request here, and :func:`ui.frame.page_frame` does the work inside the run.
"""

from __future__ import annotations

import streamlit as st

from analysis.document import MAX_CHARS

#: Longest text the paste box takes: the loader's own limit (``NEWSPRISM_MAX_CHARS``), enforced in
#: the browser, so a huge paste never reaches the server (a 60 MB paste used to close the
#: connection with no message).
PASTE_MAX_CHARS = MAX_CHARS
#: The paste box's help, stating the limit.
PASTE_HELP = (f"At most {PASTE_MAX_CHARS:,} characters: longer text is cut at the limit as you paste "
              "(upload a file for a longer article; the same limit applies to its text).")


def queue_document(data: bytes, name: str) -> None:
    """From a widget callback: ask for a document to be analysed and made the current one."""
    st.session_state["pending_document"] = (data, name)


def queue_share() -> None:
    """From a widget callback: ask for the current analysis to be saved behind a share link."""
    st.session_state["pending_share"] = True


def take_document() -> tuple[bytes, str] | None:
    """The queued (data, name), removed from the queue, or None."""
    return st.session_state.pop("pending_document", None)


def take_share() -> bool:
    """Whether a share was asked for (the request is removed)."""
    return bool(st.session_state.pop("pending_share", False))
