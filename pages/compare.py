"""Compare: two to five articles side by side (arcs, share of voice, who is quoted, stances)."""

import streamlit as st

from analysis import NewsprismError, charts, compare, views
from analysis.document import EXTENSIONS
from ui.compare_link import compare_link_control, open_compare_link
from ui.documents import add_document, analyses_of, document_labels, keep_choices
from ui.frame import page_frame
from ui.share import open_share, share_id_of
from ui.text import show_error

page_frame()

st.title("Compare articles", anchor=False)
st.caption("Put two to five articles side by side: coverage of one event by different outlets, "
           "or one outlet over time.")

# The sidebar was drawn before this page opened or added documents: run again so it lists them.
if open_compare_link(key="compare_articles") is not None:
    st.rerun()
for message in st.session_state.pop("compare_errors", []):
    show_error(message)


def _add(uploads, link: str) -> bool:
    """Add the uploaded files and the share link; whether anything was added (errors kept to be
    shown after the rerun)."""
    added, errors = False, []
    for upload in uploads or []:
        try:
            add_document(upload.getvalue(), upload.name)
            added = True
        except NewsprismError as err:
            errors.append(str(err))
    if link.strip():
        try:
            open_share(share_id_of(link))
            added = True
        except NewsprismError as err:
            errors.append(str(err))
    st.session_state["compare_errors"] = errors
    return added


with st.expander("Add articles", expanded=len(document_labels()) < 2):
    uploads = st.file_uploader("Upload articles", type=sorted({e.lstrip(".") for e in EXTENSIONS}),
                               accept_multiple_files=True, key="compare_upload")
    link = st.text_input("...or a share link (or its id)", key="compare_link",
                         placeholder="https://.../?doc=...")
    if st.button("Add", key="compare_add"):
        added = _add(uploads, link)
        if added:
            st.rerun()
        for message in st.session_state.pop("compare_errors", []):
            show_error(message)

labels = document_labels()
if len(labels) < 2:
    st.info("Compare needs at least two articles: add them above, or on the Overview page.")
    st.stop()

# Each article is named by its number in the sidebar and its title.
by_label = analyses_of(list(labels))
titles = {digest: compare.article_label(number, by_label[labels[digest]])
          for number, digest in enumerate(labels, start=1)}

# Chosen by content hash, never by label or position: when a new article evicts the oldest, the
# labels renumber but a choice keeps naming the same article (a gone one is dropped).
keep_choices("compare_articles", list(labels), default=list(labels)[-5:])
chosen = st.multiselect("Articles", list(labels), max_selections=5, format_func=titles.get, key="compare_articles")
if len(chosen) < 2:
    st.info("Choose at least two articles.")
    st.stop()
analyses = {titles[digest]: by_label[labels[digest]] for digest in chosen}

compare_link_control(chosen, key="compare_share")

st.plotly_chart(charts.figure_sentiment_arcs(compare.sentiment_arcs(analyses)), key="compare_arcs",
                width="stretch")
st.plotly_chart(charts.figure_share_of_voice(compare.share_of_voice(analyses)), key="compare_voice",
                width="stretch")

st.subheader("Key figures", anchor=False)
differences = compare.differences(analyses)
st.dataframe(compare.differences_text(differences), hide_index=True, width="stretch",
             height=35 * (len(differences) + 1) + 3)  # every measure on screen, no inner scroll
st.download_button("Download the comparison (CSV)", views.to_csv(differences),
                   file_name="newsprism-comparison.csv", mime="text/csv", key="compare_download")

st.subheader("Who is quoted, and how", anchor=False)
st.caption("Counts by kind of statement, and the cue words each article chose for each speaker.")
st.dataframe(compare.quoted_voices(analyses), hide_index=True, width="stretch")

st.subheader("Same speaker, same target, different stance?", anchor=False)
st.caption("Net stance of a speaker toward a target in each article (+1 support ... -1 oppose), for the pairs "
           "two or more of these articles report; largest spread (difference between articles) first. An "
           "empty cell means that article does not report the pair.")
deltas = compare.stance_deltas(analyses)
if deltas.empty:
    st.caption("No speaker and target appear together in two of these articles.")
else:
    number = st.column_config.NumberColumn(format="%.2f")
    st.dataframe(deltas, hide_index=True, width="stretch",
                 column_config={**{name: number for name in analyses}, "spread": number})
st.download_button("Download stance differences (CSV)", views.to_csv(deltas),
                   file_name="newsprism-stance-differences.csv", mime="text/csv", key="compare_download_stance")
