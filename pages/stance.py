"""Stance: every attributed statement, who takes positions on whom, and the evidence."""

import streamlit as st

from analysis import charts, views
from analysis.markup import evidence_html, legend_html, markdown_escape, marks_by_paragraph, paragraphs_html
from analysis.views import score_text
from ui.corrections import statement_corrections
from ui.documents import require_analysis
from ui.frame import page_frame
from ui.text import show_caption
from ui.url_state import restore_from_url, write_to_url

page_frame()

analysis = require_analysis()
st.title("Stance", anchor=False)
show_caption(analysis.title or analysis.name)

statements = analysis.statements
summary = analysis.summary
cols = st.columns(4)
cols[0].metric("Statements", summary["statements"], help="Attributed statements: quotes, reported speech, "
               "and positions taken by word or act (condemned, urged, praised...).")
cols[1].metric("Named speakers", summary["speakers"])
cols[2].metric("Tone of the author's sentences",
               score_text(summary["tone_author"]),
               help=f"{summary['author_sentences']} sentence(s) in the author's own voice.")
cols[3].metric("Tone of attributed sentences",
               score_text(summary["tone_attributed"]),
               help="Sentences holding a quote or a reported position.")

if statements.empty:
    st.info("No attributed statements were found: the article reports without quoting or citing positions.")
    st.stop()

speakers_all = views.speaker_summary(statements)["speaker"].tolist()
restore_from_url("stance_speakers", "speaker", options=speakers_all, multi=True)
filters = st.columns([3, 2, 2, 1])
chosen_speakers = filters[0].multiselect("Speakers", speakers_all, key="stance_speakers",
                                         placeholder="All speakers")
chosen_stances = filters[1].multiselect("Stance", ["support", "oppose", "neutral"], key="stance_stances",
                                        placeholder="All stances")
chosen_kinds = filters[2].multiselect("Kind", ["direct", "indirect", "position"], key="stance_kinds",
                                      placeholder="All kinds")
include_unnamed = filters[3].toggle("Unnamed sources", value=True, key="stance_unnamed",
                                    help='Statements by unnamed sources ("officials said").')
write_to_url("stance_speakers", "speaker", chosen_speakers)
shown = views.filter_statements(statements, speakers=chosen_speakers, stances=chosen_stances,
                                kinds=chosen_kinds, include_unnamed=include_unnamed)

st.subheader("Statements", anchor=False)
st.dataframe(shown, hide_index=True, width="stretch", column_config={
    "evidence": st.column_config.TextColumn("evidence", width="large"),
    "content": st.column_config.TextColumn("content", width="medium"),
    "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0, format="%.2f"),
})
st.download_button("Download statements (CSV)", views.to_csv(shown), file_name="newsprism-statements.csv",
                   mime="text/csv", key="stance_download")

counts, net = views.stance_matrix(shown)
st.plotly_chart(charts.figure_stance_matrix(counts, net), key="stance_matrix_chart", width="stretch")
if not counts.empty:
    pick = st.columns(2)
    speaker = pick[0].selectbox("Speaker", counts.index.tolist(), key="stance_cell_speaker")
    targets = [t for t in counts.columns if counts.loc[speaker, t] > 0]
    target = pick[1].selectbox("Target", targets, key="stance_cell_target")
    for row in views.cell_statements(shown, speaker=speaker, target=target).itertuples():
        st.markdown(evidence_html(stance=row.stance, paragraph=row.paragraph, evidence=row.evidence, cue=row.cue,
                                  kind=row.kind), unsafe_allow_html=True)

st.subheader("Speakers", anchor=False)
cards = views.speaker_summary(shown)
for start in range(0, len(cards), 3):
    for column, card in zip(st.columns(3), cards.iloc[start:start + 3].itertuples()):
        with column.container(border=True):
            st.markdown(f"**{markdown_escape(card.speaker)}**" + (" *(unnamed)*" if card.unnamed else ""))
            st.caption(f"{card.statements} statement(s): {card.direct} direct, {card.indirect} indirect, "
                       f"{card.position} positions · first in ¶{card.first_paragraph}")
            st.text(f"support {card.support} · oppose {card.oppose} · neutral {card.neutral}")
            st.text("targets: " + (", ".join(card.targets) or "-"))
            st.text("cue words: " + ", ".join(card.cues))

st.subheader("The article, statements highlighted", anchor=False)
st.markdown(legend_html(tone=False, entity_types=analysis.entities["type"]), unsafe_allow_html=True)
for block in paragraphs_html(analysis.paragraphs, marks_by_paragraph(analysis.sentences, shown, analysis.mentions)):
    st.markdown(block, unsafe_allow_html=True)

statement_corrections(analysis)
