"""Sentiment: polarity, subjectivity, VADER and tone for every paragraph and sentence."""

import streamlit as st

from analysis import findings, screens, views
from analysis.bins import is_big, window_size
from analysis.views import score_text
from ui.documents import require_analysis
from ui.frame import page_frame
from ui.memo import memo
from ui.paging import capped
from ui.text import show_caption
from ui.url_state import keep, restore_from_url, restore_kept, write_to_url

#: Paragraphs named in the warning about lexicons disagreeing (a long article has hundreds).
FLAGGED_LISTED = 30

page_frame()

analysis = require_analysis()
st.title("Sentiment", anchor=False)
show_caption(analysis.title or analysis.name)

st.markdown(f"The headline measure is **{findings.HEADLINE_MEASURE}** (the bars), with "
            f"**{findings.TONE_MEASURE}** beside it (a line): TextBlob reads only opinion words, tone reads "
            "every sentence the way people rated news sentences.")
if findings.mostly_zero(analysis.paragraphs):
    zeros, total = findings.zero_polarity_share(analysis.paragraphs)
    st.info(f"TextBlob scores 0 on {zeros} of {total} paragraphs: it finds no opinion words in them, which is "
            f"common in news writing. Its polarity says little about this article; read "
            f"{findings.TONE_MEASURE} (the purple line) and VADER beside it.", icon=":material/info:")


#: The charts of the page, one drawn at a time (a chart costs the browser more than the rest of the
#: page): the choice is kept in the URL (``?chart=sentences``) like the other pages' filters.
CHARTS = {"paragraphs": "By paragraph", "sentences": "Sentence by sentence", "voices": "Author and quoted voices"}


@st.fragment
def charts() -> None:
    """The chart chosen: paragraphs (with its two line toggles), sentences along the article, or
    sentences by voice. A choice or a toggle reruns only this."""
    restore_from_url("sentiment_view", "chart", options=list(CHARTS), default="paragraphs")
    view = st.segmented_control("Chart", list(CHARTS), format_func=CHARTS.get, key="sentiment_view",
                                required=True, label_visibility="collapsed")
    write_to_url("sentiment_view", "chart", None if view == "paragraphs" else view)
    if view == "paragraphs":
        toggles = st.columns(3)
        restore_kept("sentiment_vader", True)
        restore_kept("sentiment_tone", True)
        show_vader = toggles[0].checkbox("VADER compound line", key="sentiment_vader")
        show_tone = toggles[1].checkbox(f"{findings.TONE_MEASURE} line", key="sentiment_tone")
        keep("sentiment_vader", show_vader)
        keep("sentiment_tone", show_tone)
        st.plotly_chart(memo(screens.sentiment_paragraphs, analysis, show_vader, show_tone),
                        key="sentiment_chart", width="stretch")
        if is_big(len(analysis.paragraphs)):
            st.caption(f"A long article: each bar is the mean of {window_size(len(analysis.paragraphs))} "
                       "paragraphs (hover for which); the table below has every paragraph.")
        return
    split = view == "voices"
    figure = memo(screens.sentiment_sentences, analysis, split)
    st.plotly_chart(figure, key="sentiment_voice" if split else "sentiment_sentences", width="stretch")
    if split:
        narration, quoted = findings.tone_figures(analysis.sentences, analysis.summary).iloc[2:].itertuples()
        st.caption(f"{narration.measure} (the author's voice): {score_text(narration.value)}, "
                   f"{findings.sentences_text(narration.sentences)} · {quoted.measure} (quotes, reported "
                   f"positions): {score_text(quoted.value)}, {findings.sentences_text(quoted.sentences)}")


charts()
with st.expander("What the measures mean"):
    st.markdown(
        "- **TextBlob polarity** (-1 ... +1): how positive or negative the wording is, from TextBlob's "
        "lexicon of adjectives; the headline measure.\n"
        "- **TextBlob subjectivity** (0 ... 1): how much of the wording expresses opinion rather than fact.\n"
        "- **VADER compound** (-1 ... +1): VADER's lexicon and rules (negation, 'but', intensifiers), "
        "averaged over the paragraph's sentences.\n"
        f"- **{findings.TONE_MEASURE}** (-1 ... +1): Newsprism's estimate of how people read the sentence: the rating "
        "(-4 ... +4) that a model fitted on 2,568 newspaper editorial sentences, each rated by 20 people, "
        "predicts from VADER's and TextBlob's scores, three published word lexicons of human ratings "
        "(with negated words turned round) and the words themselves, divided by 2.5 and clipped to "
        "-1 ... +1 (so +-1 is about as strong as the most extreme sentences people rated). Tested on editorials it was not fitted on, it agrees with people at r 0.60, "
        "against 0.50 for VADER alone. A paragraph's tone is the mean of its sentences' tone, weighted "
        "by their length.\n"
        "- A paragraph is **flagged** when TextBlob and VADER point in opposite directions, each by more "
        "than 0.1: read it yourself.")

flagged = analysis.paragraphs["index"][analysis.paragraphs["disagree"]].tolist()
if flagged:
    listed = ", ".join(str(i) for i in flagged[:FLAGGED_LISTED])
    more = f" and {len(flagged) - FLAGGED_LISTED:,} more (the table's disagree column)" \
        if len(flagged) > FLAGGED_LISTED else ""
    st.warning(f"TextBlob and VADER disagree on paragraph(s) {listed}{more}: the lexicons read them differently.")


st.subheader("Paragraphs", anchor=False)
table = memo(screens.paragraph_table, analysis)
st.dataframe(capped(table, "paragraphs"), hide_index=True, width="stretch", column_config={
    "text": st.column_config.TextColumn("text", width="large"),
    "polarity": st.column_config.NumberColumn(format="%.3f"),
    "subjectivity": st.column_config.NumberColumn(format="%.3f"),
    "vader": st.column_config.NumberColumn(format="%.3f"),
    "tone": st.column_config.NumberColumn(format="%.3f"),
})
st.download_button("Download paragraphs (CSV)", views.to_csv(table),
                   file_name="newsprism-paragraphs.csv", mime="text/csv", key="sentiment_download")

# The sentence table is the page's largest payload: drawn only while open (opening it reruns the page).
sentences_box = st.expander("Sentences", key="sentiment_sentences_box", on_change="rerun")
if sentences_box.open:
    with sentences_box:
        # Character offsets (start, end) are for programs: in the CSV, not on screen.
        st.dataframe(capped(memo(screens.sentence_table, analysis), "sentences"), hide_index=True, width="stretch",
                     column_config={column: st.column_config.NumberColumn(format="%.3f")
                                    for column in ("polarity", "subjectivity", "vader", "tone")})
        st.download_button("Download sentences (CSV)", memo(views.part_csv, analysis, "sentences"),
                           file_name="newsprism-sentences.csv", mime="text/csv",
                           key="sentiment_download_sentences")
