"""Stance: every attributed statement, who takes positions on whom, and the evidence."""

import streamlit as st

from analysis import charts, screens, views
from analysis.markup import evidence_html, legend_html
from analysis.views import score_text
from ui.corrections import statement_corrections
from ui.documents import require_analysis
from ui.frame import page_frame
from ui.memo import memo
from ui.paging import article_range, capped
from ui.text import show_caption
from ui.url_state import restore_from_url, write_to_url

STANCES = ["support", "oppose", "neutral"]
KINDS = ["direct", "indirect", "position"]
#: Statements of a matrix cell listed under it, and speaker cards drawn, at most (a long article has thousands).
CELL_EVIDENCE = 50
SPEAKER_CARDS = 30

page_frame()

analysis = require_analysis()
st.title("Stance", anchor=False)
show_caption(analysis.title or analysis.name)

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

if analysis.statements.empty:
    st.info("No attributed statements were found: the article reports without quoting or citing positions.")
    statement_corrections(analysis)  # a missed statement can still be added
    st.stop()

speakers_all = memo(screens.stance_speakers, analysis)
restore_from_url("stance_speakers", "speaker", options=speakers_all, multi=True)
restore_from_url("stance_stances", "stance", options=STANCES, multi=True)
restore_from_url("stance_kinds", "kind", options=KINDS, multi=True)
restore_from_url("stance_unnamed", "unnamed", options=[True, False], default=True)
restore_from_url("stance_uncertain", "uncertain", options=[True, False], default=True)
filters = st.columns([3, 2, 2])
chosen_speakers = filters[0].multiselect("Speakers", speakers_all, key="stance_speakers",
                                         placeholder="All speakers")
chosen_stances = filters[1].multiselect("Stance", STANCES, key="stance_stances", placeholder="All stances")
chosen_kinds = filters[2].multiselect("Kind", KINDS, key="stance_kinds", placeholder="All kinds")
switches = st.columns([1.3, 1.5, 1, 3])
include_unnamed = switches[0].toggle("Unnamed sources", key="stance_unnamed",
                                     help='Statements by unnamed sources ("officials said").')
include_uncertain = switches[1].toggle(
    "Uncertain speakers", key="stance_uncertain",
    help="Statements whose speaker was found through a pronoun (\"he said\"), a description (\"the "
         "country\") or a group (\"several countries\"): marked ⚠ in the table, worth checking.")
write_to_url("stance_speakers", "speaker", chosen_speakers)
write_to_url("stance_stances", "stance", chosen_stances)
write_to_url("stance_kinds", "kind", chosen_kinds)
write_to_url("stance_unnamed", "unnamed", None if include_unnamed else False)
write_to_url("stance_uncertain", "uncertain", None if include_uncertain else False)
screen = memo(screens.stance_screen, analysis, {  # once per analysis and filters
    "speakers": chosen_speakers, "stances": chosen_stances, "kinds": chosen_kinds,
    "include_unnamed": include_unnamed, "include_uncertain": include_uncertain})
shown = screen.shown

details = switches[2].toggle("Details", key="stance_details",
                             help="Also show the raw columns: kind, the speaker's and the target's words in the "
                                  "article, the quoted or reported content, unnamed, sentence number.")


# The matrix first: the page's summary, and the browser draws it before the table, the cards and the article.
@st.fragment
def matrix_and_evidence() -> None:
    """The speaker x target matrix and the evidence of a cell: a click on a cell or another pick
    reruns only this, not the table, the cards and the article."""
    counts, cells = screen.counts, screen.cells
    matrix = st.plotly_chart(screen.figure, key="stance_matrix_chart", width="stretch", on_select="rerun",
                             selection_mode=("points",))
    if cells:
        clicked = []
        for point in matrix.selection.points if matrix else []:
            number = (point.get("customdata") or [None])[0]
            number = int(number) if isinstance(number, (int, float)) and number == int(number) else -1
            cell = cells[number] if 0 <= number < len(cells) else None
            # a selection left from before a filter changed may number another cell: check its labels
            if cell and (point.get("y"), point.get("x")) == (charts.label(cell[0]), charts.label(cell[1])):
                clicked.append(cell)
        # The selection stays in the chart's state on every rerun: only a new click moves the pickers
        # below (a picker changed by hand stays), and a click that clears it lets the next one count.
        if not clicked:
            st.session_state.pop("_stance_cell_clicked", None)
        elif st.session_state.get("_stance_cell_clicked") != clicked[0]:
            st.session_state["_stance_cell_clicked"] = clicked[0]
            st.session_state["stance_cell_speaker"], st.session_state["stance_cell_target"] = clicked[0]
        st.caption("Click a cell of the matrix, or pick one here, to read its evidence.")
        if st.session_state.get("stance_cell_speaker") not in counts.index:
            st.session_state["stance_cell_speaker"] = counts.index[0]
        pick = st.columns(2)
        speaker = pick[0].selectbox("Speaker", counts.index.tolist(), key="stance_cell_speaker")
        targets = [t for t in counts.columns if counts.loc[speaker, t] > 0]
        if st.session_state.get("stance_cell_target") not in targets:
            st.session_state["stance_cell_target"] = targets[0]
        target = pick[1].selectbox("Target", targets, key="stance_cell_target")
        evidence = views.cell_statements(shown, speaker=speaker, target=target)
        if len(evidence) > CELL_EVIDENCE:
            st.caption(f"The first {CELL_EVIDENCE} of {len(evidence):,} statements of this cell; the table and its "
                       "CSV have every one.")
        # one element for the cell's statements: the browser draws one block, not one per statement
        st.markdown("\n".join(
            evidence_html(stance=row["stance"], paragraph=row["paragraph"], evidence=row["evidence"], cue=row["cue"],
                          kind=row["kind"], corrected=row.get("corrected") in (True, 1))
            for row in evidence.head(CELL_EVIDENCE).to_dict(orient="records")), unsafe_allow_html=True)


matrix_and_evidence()

st.subheader("Statements", anchor=False)
st.caption(f"**speaker via**: ⚠ a speaker found through a pronoun, a description or a group, to check against "
           f"the evidence; {views.CORRECTED_MARK} a statement you corrected. **stance via**: rules read it from the "
           "words; no evidence: neutral because nothing the rules read takes a side (check the evidence: the side "
           "may be implied). - an empty value.")
table = capped(screen.table, "statements")
st.dataframe(table, hide_index=True, width="stretch", row_height=76, height=min(40 + 76 * len(table), 620),
             column_order=views.STATEMENT_TABLE_MAIN + (views.STATEMENT_TABLE_DETAILS if details else []),
             column_config={
                 "paragraph": st.column_config.NumberColumn("¶", width=40, help="Paragraph"),
                 "evidence": st.column_config.TextColumn("evidence", width=330),
                 "content": st.column_config.TextColumn("content", width="medium"),
                 "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0,
                                                               format="%.2f", width="small"),
                 "speaker via": st.column_config.TextColumn(
                     "speaker via", width=130,
                     help="How the speaker was found: by name; ⚠ through a pronoun, a description or a group "
                          "(check it); an unnamed source; ✎ corrected by you."),
                 "stance via": st.column_config.TextColumn(
                     "stance via", width=100,
                     help="How the stance was found: rules (the words of the sentence); no evidence (neutral "
                          "for want of any the rules read: check it); ✎ corrected by you."),
             })
st.download_button("Download statements (CSV)", views.to_csv(shown), file_name="newsprism-statements.csv",
                   mime="text/csv", key="stance_download")

st.subheader("Speakers", anchor=False)
cards = screen.cards
if len(cards) > SPEAKER_CARDS:
    st.caption(f"The {SPEAKER_CARDS} speakers with most statements, of {len(cards):,}; the table has every one.")
    cards = cards.head(SPEAKER_CARDS)
if len(cards):
    st.html(screens.speaker_cards_html(cards))

st.subheader("The article, statements highlighted", anchor=False)
st.markdown(legend_html(tone=False, entity_types=analysis.entities["type"]), unsafe_allow_html=True)


@st.fragment
def article_view() -> None:
    """The article with the statements shown marked (a page of it when long; a new page reruns
    only this)."""
    first, last = article_range("stance_article_page", len(analysis.paragraphs))
    # one element for the page of paragraphs: the browser draws one block, not one per paragraph
    st.markdown("\n".join(screen.article.blocks(first, last)), unsafe_allow_html=True)


article_view()

statement_corrections(analysis)
