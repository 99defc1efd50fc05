"""Entities: who and what the article is about, where, how often, and in what tone."""

import streamlit as st

from analysis import charts, views
from analysis.markup import sentence_html
from ui.corrections import entity_corrections
from ui.documents import require_analysis
from ui.frame import page_frame
from ui.text import show_caption
from ui.url_state import restore_from_url, write_to_url

page_frame()

analysis = require_analysis()
st.title("Entities", anchor=False)
show_caption(analysis.title or analysis.name)

entities = analysis.entities
if entities.empty:
    st.info("No named entities (people, organisations, places, groups) were found in this article.")
    st.stop()

all_types = sorted(entities["type"].unique())
restore_from_url("entities_types", "types", options=all_types, multi=True)
if "entities_types" not in st.session_state or not set(st.session_state["entities_types"]) <= set(all_types):
    st.session_state["entities_types"] = all_types
filters = st.columns([3, 2])
types = filters[0].multiselect("Entity types", all_types, key="entities_types",
                               help="PERSON people, ORG organisations, GPE countries and cities, NORP "
                                    "nationalities and religious or political groups, LOC places, "
                                    "EVENT named events, and other names (laws, products).")
top_n = 1 if len(entities) == 1 else filters[1].slider(
    "Show the top", min_value=1, max_value=min(50, len(entities)), value=min(15, len(entities)), key="entities_top")
write_to_url("entities_types", "types", None if set(types) == set(all_types) else types)
shown = views.top_entities(entities, types=types, top_n=top_n)

left, right = st.columns(2)
left.plotly_chart(charts.figure_entity_mentions(shown), key="entities_mentions_chart", width="stretch")
right.plotly_chart(charts.figure_entity_tone(shown), key="entities_tone_chart", width="stretch")

names = shown["name"].tolist()
st.plotly_chart(charts.figure_presence(views.presence_matrix(
    analysis.mentions, names=names, n_paragraphs=len(analysis.paragraphs))),
    key="entities_presence_chart", width="stretch")
st.plotly_chart(charts.figure_cooccurrence(views.cooccurrence(analysis.mentions, names=names)),
                key="entities_cooccurrence_chart", width="stretch")

st.subheader("Table", anchor=False)
st.caption("Each entity gathers several forms of its name: **merged** lists each form with the reason it "
           "was joined (surname, demonym, spelling...), so a wrong merge is easy to spot.")
st.dataframe(shown, hide_index=True, width="stretch",
             column_order=["name", "type", "mentions", "merged", "salience", "tone", "first_paragraph",
                           "paragraphs", "titles", "roles", "aliases"],
             column_config={
                 "merged": st.column_config.ListColumn("merged (form and reason)", width="medium"),
                 "salience": st.column_config.ProgressColumn("salience", min_value=0.0, max_value=1.0,
                                                             format="%.2f"),
                 "tone": st.column_config.NumberColumn(format="%+.2f"),
             })
st.download_button("Download entities (CSV)", views.to_csv(entities), file_name="newsprism-entities.csv",
                   mime="text/csv", key="entities_download")
st.download_button("Download mentions (CSV)", views.to_csv(analysis.mentions),
                   file_name="newsprism-mentions.csv", mime="text/csv", key="entities_download_mentions")

st.subheader("Sentences mentioning an entity", anchor=False)
if names:
    restore_from_url("entities_entity", "entity", options=names)
    chosen = st.selectbox("Entity", names, key="entities_entity")
    write_to_url("entities_entity", "entity", chosen)
    rows = views.entity_sentences(analysis.sentences, analysis.mentions, name=chosen, title=analysis.title)
    st.caption(f"{len(rows)} sentence(s); the mention is highlighted. Tone per sentence in brackets.")
    for row in rows.itertuples():
        st.markdown(sentence_html(row.text, row.spans, paragraph=row.paragraph, tone=row.tone),
                    unsafe_allow_html=True)

entity_corrections(analysis)
