"""What every page draws first: the marks' styles, queued work done, a share link opened, the
sidebar with the document picker, "Show original" when the article has corrections, and Share;
on a session's first run, a hidden chart that has the browser load the chart code early.

Each page calls :func:`page_frame` rather than ``app.py`` drawing it: Streamlit's AppTest runs
the entry point only on a session's first run, so a frame drawn there could not be tested.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis import NewsprismError
from analysis.markup import STYLES, markdown_escape
from ui.documents import (
    ORIGINAL_KEY,
    add_document,
    choose,
    corrections_of,
    current_digest,
    document_labels,
    set_showing_original,
    showing_original,
)
from ui.pending import take_document, take_share
from ui.share import handle_share_link, save_queued_share, share_control


def run_pending() -> None:
    """Analyse a queued document and save a queued share, at a fixed place on every run (before
    the sidebar, so the sidebar already lists the new document). A document that cannot be read
    leaves its message in ``overview_error`` for the Overview to show, already made plain text
    (escaped as :func:`ui.text.plain` does: the message names the user's file)."""
    slot = st.empty()
    pending = take_document()
    if pending is not None:
        data, name = pending
        try:
            add_document(data, name, slot=slot)
            st.session_state.pop("overview_error", None)
        except NewsprismError as err:
            st.session_state["overview_error"] = markdown_escape(str(err))
    if take_share():
        save_queued_share()


def _pick_document(key: str, digests: dict[str, str]) -> None:
    choose(digests[st.session_state[key]])


def sidebar() -> None:
    """The document picker and the Share control, shown on every page."""
    labels = document_labels()
    with st.sidebar:
        st.markdown("**Newsprism** · how an article is built")
        if not labels:
            st.caption("No article yet: upload one on the Overview page.")
            return
        digests = list(labels)
        current = current_digest()
        index = digests.index(current) if current in digests else 0
        # Options are plain labels and the key follows the current document, so the picker always
        # shows it (a new document from the Overview or a share link gives a new widget).
        key = f"sidebar_document_{digests[index][:16]}"
        st.selectbox("Article", list(labels.values()), index=index, key=key, on_change=_pick_document,
                     args=(key, {label: digest for digest, label in labels.items()}))
        corrections_toggle()
        share_control(key="sidebar_share")


def _keep_original() -> None:
    set_showing_original(st.session_state[ORIGINAL_KEY])


def corrections_toggle() -> None:
    """"Show original" when the current article has corrections: every page then shows the
    machine analysis (kept on every page, since the sidebar is drawn on each)."""
    count = len(corrections_of(current_digest()))
    if not count:
        set_showing_original(False)
        return
    # Streamlit forgets a widget's state on another page: the choice is kept apart and restored
    st.session_state[ORIGINAL_KEY] = showing_original()
    st.toggle("Show original", key=ORIGINAL_KEY, on_change=_keep_original,
              help=f"Shows the analysis as the machine made it, without your {count} correction(s); "
                   "turn off to see them again. Corrected rows are marked in the tables.")
    if not st.session_state.get(ORIGINAL_KEY):
        st.caption(f"Showing {count} correction(s) of yours.")


#: The hidden chart's container (see :func:`load_chart_code`), and the style that hides it.
WARMUP_KEY = "np_chart_warmup"
WARMUP_STYLE = f"<style>.st-key-{WARMUP_KEY} {{ display: none; }}</style>"


def load_chart_code() -> None:
    """On a session's first run (a page opened or reloaded), an empty chart and an empty table
    nobody sees: the browser fetches and compiles their code (about 5 MB of script, some seconds
    on a busy machine) while the reader picks an article, rather than after the analysis, before
    the first chart, or on the first page with a table. Later runs draw nothing."""
    if st.session_state.get("_chart_code_loaded"):
        return
    st.session_state["_chart_code_loaded"] = True
    with st.container(key=WARMUP_KEY):
        st.plotly_chart(go.Figure(), key="np_chart_warmup_figure", config={"staticPlot": True})
        st.dataframe(pd.DataFrame({"": []}), key="np_table_warmup", hide_index=True)


def page_frame() -> None:
    """What every page shows first: styles, queued work done, share link opened, the sidebar."""
    st.markdown(STYLES + WARMUP_STYLE, unsafe_allow_html=True)
    load_chart_code()
    run_pending()
    handle_share_link()
    if st.session_state.get("share_error"):
        st.error(markdown_escape(st.session_state["share_error"]), icon=":material/link_off:")
    if st.session_state.get("share_note"):
        st.info(st.session_state.pop("share_note"), icon=":material/update:")
    sidebar()
