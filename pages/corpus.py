"""Corpus: browse the results of `python -m analysis batch` (documents, entities, tone over time).

Listed by ``app.py`` only when ``NEWSPRISM_CORPUS_ROOT`` is set: only folders under that root
are offered, named relative to it, and documents are named by their path relative to the
batch's input, so a visitor never sees a server path.
"""

import os
from pathlib import Path

import streamlit as st

from analysis import charts, views
from analysis.batch import (
    CorpusUnreadable,
    corpus_entities,
    load_results,
    shown_documents,
    tone_over_time,
)
from analysis.views import score_text
from ui.frame import page_frame
from ui.text import show_error

page_frame()

st.title("Corpus", anchor=False)
configured = os.environ.get("NEWSPRISM_CORPUS_ROOT")
if not configured:
    st.info("The Corpus page is off: the server has no corpus root (NEWSPRISM_CORPUS_ROOT).")
    st.stop()
root = Path(configured)
folders = sorted({p.parent for p in root.glob("**/documents.parquet")}) if root.is_dir() else []
if not folders:
    st.info("No corpus results yet. Analyse a folder of articles with\n\n"
            "`python -m analysis batch ARTICLES/ --out RESULTS/NAME`\n\n"
            "with RESULTS the folder set in NEWSPRISM_CORPUS_ROOT, and its tables appear here.")
    st.stop()

labels = {str(folder.relative_to(root)) if folder != root else ".": folder for folder in folders}
chosen = st.selectbox("Results folder", list(labels), key="corpus_folder")
try:
    results = load_results(labels[chosen])
except CorpusUnreadable as err:
    show_error(err)
    st.stop()
documents = shown_documents(results["documents"])

cols = st.columns(4)
cols[0].metric("Documents", len(documents))
cols[1].metric("Words", f"{int(documents['words'].sum()):,}" if len(documents) else 0)
cols[2].metric("Statements", int(documents["statements"].sum()) if len(documents) else 0)
cols[3].metric("Mean tone", score_text(documents["tone"].mean() if len(documents) else None))

top = corpus_entities(results, top_n=25)
st.plotly_chart(charts.figure_entity_mentions(top),
                key="corpus_entities_chart", width="stretch")
st.caption("Mentions summed over the documents; the table below also counts in how many documents "
           "each entity appears.")
st.dataframe(top, hide_index=True, width="stretch")
st.plotly_chart(charts.figure_tone_over_time(tone_over_time(results)), key="corpus_time_chart", width="stretch")

st.subheader("Documents", anchor=False)
st.dataframe(documents, hide_index=True, width="stretch")
st.download_button("Download documents (CSV)", views.to_csv(documents), file_name="newsprism-corpus.csv",
                   mime="text/csv", key="corpus_download")
