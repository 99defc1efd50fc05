"""Newsprism: the Streamlit entry point. Every page runs inside this frame.

Run with ``streamlit run app.py``. The sidebar (document picker) lives here so
that it is the same on every page; each page only renders the current analysis.
"""

import streamlit as st

from pages.common import handle_share_link, inject_styles, sidebar

st.set_page_config(page_title="Newsprism", page_icon=":material/article:", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/article:", url_path="overview",
            default=True),
    st.Page("pages/sentiment.py", title="Sentiment", icon=":material/mood:", url_path="sentiment"),
    st.Page("pages/entities.py", title="Entities", icon=":material/groups:", url_path="entities"),
    st.Page("pages/stance.py", title="Stance", icon=":material/record_voice_over:", url_path="stance"),
    st.Page("pages/compare.py", title="Compare", icon=":material/compare:", url_path="compare"),
]

navigation = st.navigation(PAGES)
inject_styles()
handle_share_link()
if st.session_state.get("share_error"):
    st.error(st.session_state["share_error"], icon=":material/link_off:")
if st.session_state.get("share_note"):
    st.info(st.session_state.pop("share_note"), icon=":material/update:")
sidebar()
navigation.run()
