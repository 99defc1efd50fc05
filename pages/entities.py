"""Entities: who and what the article is about, where, how often, and in what tone."""

import streamlit as st

from analysis import screens, views
from analysis.colours import type_name
from ui.corrections import entity_corrections
from ui.documents import require_analysis
from ui.frame import page_frame
from ui.memo import memo
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

all_types = views.entity_types(entities)
restore_from_url("entities_types", "types", options=all_types, multi=True, default=all_types)
if not set(st.session_state["entities_types"]) <= set(all_types):
    st.session_state["entities_types"] = all_types
filters = st.columns([3, 2])
types = filters[0].multiselect("Entity types", all_types, key="entities_types", format_func=type_name,
                               help="Person: people. Organisation: companies, parties, agencies, armed groups. "
                                    "Country or city: places with a government. Group: nationalities, religious "
                                    "and political groups. Place: regions, seas, buildings. Event: named events. "
                                    "Other: laws, products, works.")
write_to_url("entities_types", "types", None if set(types) == set(all_types) else types)
if len(entities) == 1:
    top_n = 1
else:
    top_max = min(50, len(entities))
    restore_from_url("entities_top", "top", options=list(range(1, top_max + 1)), default=min(15, top_max))
    st.session_state["entities_top"] = min(st.session_state["entities_top"], top_max)  # another article's top-N
    top_n = filters[1].slider("Show the top", min_value=1, max_value=top_max, key="entities_top",
                              help="The most mentioned entities of the chosen types, in the charts and the table.")
    write_to_url("entities_top", "top", top_n)
screen = memo(screens.entity_screen, analysis, tuple(types), top_n)  # once per analysis and filters
shown = screen.shown

#: The page's charts, one drawn at a time (each costs the browser more than the rest of the page);
#: the choice is kept in the URL (``?chart=presence``) like the filters.
CHARTS = {"mentions": "Mentions", "tone": "Tone", "presence": "Where in the article", "cooccurrence": "Same sentence"}


@st.fragment
def chart() -> None:
    """The chart chosen (another choice reruns only this), of the entities the filters show."""
    restore_from_url("entities_view", "chart", options=list(CHARTS), default="mentions")
    view = st.segmented_control("Chart", list(CHARTS), format_func=CHARTS.get, key="entities_view",
                                required=True, label_visibility="collapsed")
    write_to_url("entities_view", "chart", None if view == "mentions" else view)
    st.plotly_chart(getattr(screen, f"{view}_figure"), key=f"entities_{view}_chart", width="stretch")


chart()

st.subheader("Table", anchor=False)
st.caption("**Salience**: the entity's share of the article's attention, from its mentions (counted "
           "double in the title and first paragraph, half as much again as a grammatical subject). "
           "**Merged** lists each other form of the name with the reason it was joined (surname, demonym, "
           "spelling...), so a wrong merge is easy to spot. " + views.CORRECTED_MARK + " marks a row you corrected.")
st.dataframe(screen.table, hide_index=True, width="stretch",
             column_order=["name", "type", "mentions", "merged", views.CORRECTED_MARK, "salience", "tone",
                           "first_paragraph", "paragraphs", "titles", "roles", "aliases"],
             column_config={
                 "merged": st.column_config.ListColumn("merged (form and reason)", width="medium"),
                 views.CORRECTED_MARK: st.column_config.TextColumn(views.CORRECTED_MARK, width="small",
                                                                   help="Corrected by you"),
                 "salience": st.column_config.ProgressColumn(
                     "salience", min_value=0.0, max_value=1.0, format="%.2f",
                     help="Share of the article's attention: mentions, weighted up in the title, the first "
                          "paragraph and as a grammatical subject."),
                 "tone": st.column_config.NumberColumn(format="%+.2f"),
             })
st.download_button("Download entities (CSV)", views.to_csv(entities), file_name="newsprism-entities.csv",
                   mime="text/csv", key="entities_download")
st.download_button("Download mentions (CSV)", memo(views.part_csv, analysis, "mentions"),
                   file_name="newsprism-mentions.csv", mime="text/csv", key="entities_download_mentions")

st.subheader("Sentences mentioning an entity", anchor=False)
everyone = entities["name"].tolist()  # whatever the filters and the top-N above
described = {name: f"{name} · {type_name(kind)} · {count} mention(s)"
             for name, kind, count in zip(everyone, entities["type"], entities["mentions"])}


@st.fragment
def entity_sentences() -> None:
    """Every sentence mentioning the chosen entity (another choice reruns only this)."""
    restore_from_url("entities_entity", "entity", options=everyone, default=everyone[0])
    if st.session_state["entities_entity"] not in everyone:  # chosen in another article
        st.session_state["entities_entity"] = everyone[0]
    chosen = st.selectbox("Entity", everyone, key="entities_entity", format_func=described.get,
                          help="Every entity of the article, most mentioned first, whatever the filters above.")
    write_to_url("entities_entity", "entity", chosen)
    count, blocks = memo(screens.entity_sentences, analysis, chosen)
    st.caption(f"{count} sentence(s); the mention is highlighted. Tone per sentence in brackets."
               + (f" The first {len(blocks):,} are shown; the mentions CSV lists every one."
                  if count > len(blocks) else ""))
    # one element for all of them: the browser draws one block, not one per sentence
    st.markdown("\n".join(blocks), unsafe_allow_html=True)


entity_sentences()

entity_corrections(analysis)
