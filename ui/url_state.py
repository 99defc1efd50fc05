"""A widget's value kept in the URL (``?types=PERSON,ORG``), so a copied link shows what its
sender saw. Call :func:`restore_from_url` before drawing the widget, :func:`write_to_url` after."""

from __future__ import annotations

import streamlit as st


def restore_from_url(key: str, param: str, *, options: list[str], multi: bool = False) -> None:
    """Before a widget is drawn: take its value from the URL (?param=...) when the URL names one
    this session has not applied yet, so a copied link reproduces what its sender saw. Values
    not in ``options`` are ignored; ``multi`` for a multiselect (a list), else the first value."""
    raw = st.query_params.get_all(param)
    marker = f"_from_url_{key}"
    if not raw or st.session_state.get(marker) == raw:
        return
    st.session_state[marker] = raw
    values = [v for value in raw for v in value.split(",") if v in options]
    if values:
        st.session_state[key] = values if multi else values[0]


def write_to_url(key: str, param: str, value: str | list[str] | None) -> None:
    """Keep the URL in step with a widget (an empty value removes the parameter); what is written
    here is marked as applied, so restore_from_url does not read it back over a later choice."""
    if value:
        text = ",".join(value) if isinstance(value, list) else value
        if st.query_params.get(param) != text:
            st.query_params[param] = text
        st.session_state[f"_from_url_{key}"] = [text]
    elif param in st.query_params:
        del st.query_params[param]
