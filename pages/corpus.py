"""Corpus: browse the results of `python -m analysis batch` (documents, entities, tone over time).

Only folders under the corpus root (``NEWSPRISM_CORPUS_ROOT``, default ``results/`` beside the
app) are offered: a public dashboard never reads arbitrary server paths.
"""

import os
from pathlib import Path

import streamlit as st

from analysis import charts, views
from analysis.batch import corpus_entities, load_results, tone_over_time
from analysis.views import score_text
from ui.frame import page_frame

page_frame()

st.title("Corpus", anchor=False)
root = Path(os.environ.get("NEWSPRISM_CORPUS_ROOT", Path(__file__).resolve().parent.parent / "results"))
folders = sorted({p.parent for p in root.glob("**/documents.parquet")}) if root.is_dir() else []
if not folders:
    st.info("No corpus results yet. Analyse a folder of articles with\n\n"
            "`python -m analysis batch ARTICLES/ --out results/NAME`\n\n"
            f"and its tables appear here (folders under `{root.name}/`, or set NEWSPRISM_CORPUS_ROOT).")
    st.stop()

labels = {str(folder.relative_to(root)) if folder != root else ".": folder for folder in folders}
chosen = st.selectbox("Results folder", list(labels), key="corpus_folder")
results = load_results(labels[chosen])
documents = results["documents"]

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
