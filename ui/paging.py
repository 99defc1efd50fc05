"""A long article on screen: its article view a page of paragraphs at a time, its tables capped
(:mod:`analysis.bins` sets the sizes), each time with a note saying so."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import bins


def article_range(key: str, paragraphs: int) -> tuple[int, int]:
    """The paragraphs of the article view to draw, first and last (1-based, inclusive): every one
    of a short article, else the page picked in a selector (:data:`analysis.bins.ARTICLE_PAGE`
    paragraphs a page)."""
    if paragraphs <= bins.ARTICLE_PAGE:
        return 1, paragraphs
    labels = bins.page_labels(paragraphs)
    if not isinstance(st.session_state.get(key), int) or not 0 <= st.session_state[key] < len(labels):
        st.session_state[key] = 0  # first visit, or a page of a longer article chosen before
    page = st.selectbox(f"Paragraphs ({paragraphs:,} in all, {bins.ARTICLE_PAGE} a page)",
                        list(range(len(labels))), format_func=labels.__getitem__, key=key)
    return bins.paragraph_range(paragraphs, page)


def capped(frame: pd.DataFrame, what: str) -> pd.DataFrame:
    """The rows of a table to show: all of them, or the first :data:`analysis.bins.TABLE_ROWS` with
    a note that the download has them all."""
    if len(frame) <= bins.TABLE_ROWS:
        return frame
    st.caption(f"Showing the first {bins.TABLE_ROWS:,} of {len(frame):,} {what}; the CSV download has "
               "every one.")
    return frame.head(bins.TABLE_ROWS)
