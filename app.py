"""Newsprism: the Streamlit entry point: page settings and navigation.

Run with ``streamlit run app.py``. Every page starts with ``ui.frame.page_frame()``
(queued work, share links, styles, the sidebar with the document picker) rather than this file
doing it: Streamlit's AppTest runs the entry point only on a session's first run, so a frame
drawn here could not be tested.
"""

import os

import streamlit as st

st.set_page_config(page_title="Newsprism", layout="wide")  # no page_icon: a material icon is fetched online

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/article:", url_path="overview",
            default=True),
    st.Page("pages/sentiment.py", title="Sentiment", icon=":material/mood:", url_path="sentiment"),
    st.Page("pages/entities.py", title="Entities", icon=":material/groups:", url_path="entities"),
    st.Page("pages/stance.py", title="Stance", icon=":material/record_voice_over:", url_path="stance"),
    st.Page("pages/compare.py", title="Compare", icon=":material/compare:", url_path="compare"),
]
# The Corpus page reads folders on the server: offered only where the operator configured its root.
if os.environ.get("NEWSPRISM_CORPUS_ROOT"):
    PAGES.append(st.Page("pages/corpus.py", title="Corpus", icon=":material/library_books:", url_path="corpus"))

st.navigation(PAGES).run()
