"""A widget's value kept in the URL (``?types=PERSON,ORG&top=10``), so a copied link shows what its
sender saw, and kept in the session, so it survives a visit to another page. Call
:func:`restore_from_url` before drawing the widget, :func:`write_to_url` after.

Streamlit forgets a widget's value once a page without that widget has run (and a page switch
drops the URL's parameters), so each value written is also kept under ``_kept_<key>`` and put
back when the widget comes back without one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st


def _kept(key: str) -> str:
    return f"_kept_{key}"


def restore_from_url(key: str, param: str, *, options: Sequence[Any], multi: bool = False,
                     default: Any = None) -> None:
    """Before a widget is drawn, set its value: from the URL (?param=...) when the URL names one
    this session has not applied yet, so a copied link reproduces what its sender saw; else,
    when the widget has no value (a first visit, or back from another page), the value this
    session last chose, else ``default`` (when given). Values not in ``options`` are ignored
    (they are matched as text, so numbers work too); ``multi`` for a multiselect (a list), else
    one value."""
    by_text = {str(option): option for option in options}
    raw = st.query_params.get_all(param)
    marker = f"_from_url_{key}"
    if raw and st.session_state.get(marker) != raw:
        st.session_state[marker] = raw
        values = [by_text[v] for value in raw for v in value.split(",") if v in by_text]
        if values:
            st.session_state[key] = values if multi else values[0]
            return
    if key in st.session_state:
        return
    kept = st.session_state.get(_kept(key))
    if multi and isinstance(kept, list) and kept and all(str(v) in by_text for v in kept):
        st.session_state[key] = [by_text[str(v)] for v in kept]
    elif not multi and kept is not None and str(kept) in by_text:
        st.session_state[key] = by_text[str(kept)]
    elif default is not None:
        st.session_state[key] = default


def write_to_url(key: str, param: str, value: Any) -> None:
    """Keep the URL in step with a widget (an empty or None value removes the parameter) and
    keep the value for this session's next visit to the page; what is written here is marked as
    applied, so restore_from_url does not read it back over a later choice."""
    st.session_state[_kept(key)] = value
    if value is not None and value != [] and value != "":
        text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
        if st.query_params.get(param) != text:
            st.query_params[param] = text
        st.session_state[f"_from_url_{key}"] = [text]
    elif param in st.query_params:
        del st.query_params[param]


def restore_kept(key: str, default: Any) -> None:
    """Before a widget kept only in the session (not in the URL) is drawn, without a ``value`` of
    its own: give it the value this session last chose (see :func:`keep`), else ``default``."""
    if key not in st.session_state:
        st.session_state[key] = st.session_state.get(_kept(key), default)


def keep(key: str, value: Any) -> None:
    """After such a widget is drawn: keep its value for when it is drawn again (another chart of
    the page chosen meanwhile, or another page visited, makes Streamlit forget it)."""
    st.session_state[_kept(key)] = value
