"""Overview: bring an article in (upload, paste, sample) and see its key figures."""


import streamlit as st

from analysis import findings, screens, serialize
from analysis.bins import is_big, window_size
from analysis.document import EXTENSIONS
from analysis.markup import legend_html, markdown_escape
from analysis.views import score_text
from ui.documents import current_analysis, sample_bytes
from ui.frame import page_frame
from ui.memo import memo
from ui.paging import article_range
from ui.pending import PASTE_HELP, PASTE_MAX_CHARS, queue_document
from ui.share import share_control
from ui.text import plain

page_frame()

st.title("Newsprism")
st.caption("How a news article is built: the tone of every paragraph, who is in it, who says what.")


# Callbacks only queue the document: the page frame analyses it before the sidebar is drawn (so the
# picker lists it) and outside any callback (so the page keeps its layout).
def _on_upload() -> None:
    uploaded = st.session_state.get("overview_upload")
    if uploaded is not None:
        queue_document(uploaded.getvalue(), uploaded.name)


def _on_sample() -> None:
    queue_document(sample_bytes(), "sample-article.txt")


def _on_paste() -> None:
    pasted = st.session_state.get("overview_paste", "")
    if pasted.strip():
        queue_document(pasted.encode("utf-8"), "pasted text.txt")
    else:
        st.session_state["overview_error"] = "There is no text to analyse: paste an article first."


upload_col, paste_col = st.columns([1, 1])
with upload_col:
    st.file_uploader(
        "Upload an article", type=sorted({e.lstrip(".") for e in EXTENSIONS}), key="overview_upload",
        on_change=_on_upload,
        help="Plain text, Markdown, HTML, PDF (with a text layer) or Word .docx; any common text encoding.")
    st.button("Try the sample article", key="overview_sample", icon=":material/science:",
              on_click=_on_sample)
with paste_col, st.form("overview_paste_form", clear_on_submit=False, border=False):
    st.text_area("...or paste the article's text", key="overview_paste", height=150,
                 placeholder="Title on the first line, then the paragraphs.",
                 max_chars=PASTE_MAX_CHARS, help=PASTE_HELP)
    st.form_submit_button("Analyse pasted text", on_click=_on_paste)

if st.session_state.get("overview_error"):
    st.error(st.session_state["overview_error"], icon=":material/error:")

analysis = current_analysis()
if analysis is None:
    st.info("Upload an article, paste one, or try the sample to begin.")
    st.stop()

st.divider()
st.subheader(markdown_escape(analysis.title_display or analysis.title or "(no title detected)"),
             anchor=False)
st.caption(markdown_escape(f"{analysis.name} · {analysis.format}"
                           + (f" · {analysis.encoding}" if analysis.encoding else "")
                           + (f" · by {analysis.author}" if analysis.author else "")
                           + (f" · published {analysis.published}" if analysis.published else "")))
for warning in analysis.warnings:
    st.warning(plain(warning))
if analysis.removed:
    count = len(analysis.removed)
    with st.expander(f"{count} {'line' if count == 1 else 'lines'} removed as page furniture: show",
                     icon=":material/filter_alt:"):
        st.caption("Left out of the paragraphs (bylines, captions, adverts, links, page headers...), "
                   "with the reason; nothing here is analysed.")
        for text, reason in analysis.removed:
            st.text(f"{reason}: {text}")
share_control(key="overview_share")

summary = analysis.summary
screen = memo(screens.overview, analysis)  # once per analysis: reruns and returns reuse it
st.subheader("What was found", anchor=False)
st.markdown("**" + plain(screen.sentence) + "**")
st.caption(f"{findings.TONE_MEASURE} along the article, sentence by sentence "
           f"({findings.sentences_text(len(analysis.sentences))}; red negative, blue positive"
           + (f"; each point the mean of {window_size(len(analysis.sentences))} sentences"
              if is_big(len(analysis.sentences)) else "") + "):")
st.plotly_chart(screen.sparkline, key="overview_sparkline", width="stretch", config={"displayModeBar": False})

TONE_HELP = {
    findings.HEADLINE_MEASURE: "The headline measure: TextBlob's polarity (-1 negative wording ... +1 positive), "
                               "the paragraphs' mean weighted by their words.",
    findings.TONE_MEASURE: "Newsprism's combined tone (-1 ... +1): a model of how people read a sentence, "
                           "fitted on rated news sentences; shown beside the headline measure because it "
                           "also scores sentences TextBlob reads as 0 (see the Sentiment page).",
    "Narration tone": "Mean tone of the sentences in the author's own voice.",
    "Quoted voices tone": "Mean tone of the sentences holding a quote or a reported position.",
}
for col, row in zip(st.columns(len(screen.tone)), screen.tone.itertuples()):
    col.metric(row.measure, score_text(row.value), help=TONE_HELP[row.measure])
    col.caption(findings.sentences_text(row.sentences)
                + (": too few to lean on" if row.few and row.sentences else ""))
if findings.mostly_zero(analysis.paragraphs):
    zeros, total = findings.zero_polarity_share(analysis.paragraphs)
    st.caption(f"TextBlob scores 0 on {zeros} of {total} paragraphs (it reads only opinion words): "
               f"its polarity says little here; {findings.TONE_MEASURE} reads every sentence.")

for column, title, table, empty in zip(
        st.columns([3, 2]), ("Top speakers", "Most mentioned"), (screen.speaker_table, screen.entity_table),
        ("No named speaker.", "No named entity.")):
    with column:
        st.markdown(f"**{title}**")
        if table.empty:
            st.caption(empty)
        else:
            # a static table: a few rows, and far less for the browser to draw than a data grid
            st.table(table, hide_index=True, border="horizontal")
st.caption(f"sentences: how many sentences a row rests on; under {findings.MIN_SENTENCES} is few: read those "
           "sentences (Stance and Entities pages) before quoting the figure.")

st.subheader("Key figures", anchor=False)
cols = st.columns(4)
cols[0].metric("Paragraphs", summary["paragraphs"], help="Body paragraphs, the title excluded.")
cols[1].metric("Sentences", summary["sentences"], help="Sentence boundaries from spaCy's parser.")
cols[2].metric("Words", f"{summary['words']:,}")
cols[3].metric("Statements", summary["statements"], help="Attributed statements; see the Stance page.")
cols = st.columns(4)
cols[0].metric("Named speakers", summary["speakers"])
cols[1].metric("VADER compound", score_text(summary["vader"]),
               help="VADER's compound score, averaged over sentences (-1 ... +1).")
cols[2].metric("TextBlob subjectivity", score_text(summary["subjectivity"], signed=False),
               help="TextBlob's subjectivity: 0 factual wording, 1 opinion and judgement.")
cols[3].metric("Lexicons disagree", summary["disagreeing_paragraphs"],
               help="Paragraphs where TextBlob and VADER point in opposite directions, each by more "
                    "than 0.1: worth reading yourself (listed on the Sentiment page).")

# Bytes made once per analysis (memo), not on click: a deferred download's request can go
# unanswered and leave the button disabled (seen in CI on a page opened from a share link).
st.download_button("Download the whole analysis (JSON)", memo(serialize.to_json_bytes, analysis),
                   file_name="newsprism-analysis.json", mime="application/json", key="overview_json")

st.subheader("The article", anchor=False)
st.markdown(legend_html(tone=True, entity_types=analysis.entities["type"]), unsafe_allow_html=True)


@st.fragment
def article_view() -> None:
    """The article (a page of it when long): a new page reruns only this."""
    first, last = article_range("overview_article_page", len(analysis.paragraphs))
    # one element for the page of paragraphs: the browser draws one block, not one per paragraph
    st.markdown("\n".join(screen.article.blocks(first, last)), unsafe_allow_html=True)


article_view()
