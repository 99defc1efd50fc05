"""Each figure from a small frame written here: its traces, axes and colours (nothing rendered).

Colours are written out as hex strings rather than read back from :mod:`analysis.colours`, so
a chart that stops using the shared map fails here.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis import charts, views

BLUE, RED = "#2166ac", "#b2182b"
TONE_SCALE = ((0.0, RED), (0.25, "#ef8a62"), (0.5, "#f7f7f7"), (0.75, "#67a9cf"), (1.0, BLUE))

PARAGRAPHS = pd.DataFrame({
    "index": [1, 2, 3], "text": ["Good news.", "Bad news.", "Plain news."],
    "polarity": [0.7, -0.35, 0.0], "subjectivity": [0.6, 0.67, 0.0],
    "vader": [0.44, -0.54, 0.0], "tone": [0.5, -0.6, 0.0]})
SENTENCES = pd.DataFrame({
    "paragraph": [1, 1, 2], "index": [1, 2, 3], "text": ["He praised it.", "It said so.", "They hated it."],
    "tone": [0.6, 0.0, -0.7], "voice": ["attributed", "author", "attributed"]})
ENTITIES = pd.DataFrame({
    "name": ["Israel", "Ali Khamenei", "Hamas"], "type": ["GPE", "PERSON", "ORG"], "mentions": [12, 5, 3],
    "aliases": [["Israeli"], ["Khamenei"], []], "tone": [-0.4, 0.2, -0.8]})


def scale(trace_scale) -> tuple:
    """A plotly colour scale as plain (position, colour) pairs."""
    return tuple((float(position), color) for position, color in trace_scale)


def test_paragraph_sentiment_bars_and_lines():
    fig = charts.figure_paragraph_sentiment(PARAGRAPHS)
    assert [(t.type, t.name) for t in fig.data] == [
        ("bar", "TextBlob polarity"), ("scatter", "VADER compound"), ("scatter", "Tone (combined)"),
        ("bar", "TextBlob subjectivity")]
    polarity, vader, tone, subjectivity = fig.data
    assert list(polarity.x) == [1, 2, 3] and list(polarity.y) == [0.7, -0.35, 0.0]
    assert scale(polarity.marker.colorscale) == TONE_SCALE
    assert (polarity.marker.cmin, polarity.marker.cmax) == (-1, 1)
    assert vader.line.color == "#e08214" and tone.line.color == "#542788"
    assert list(subjectivity.y) == [0.6, 0.67, 0.0] and subjectivity.marker.color == "#7f7f7f"
    assert (polarity.xaxis, subjectivity.xaxis) == ("x", "x2")  # polarity left, subjectivity right
    assert tuple(fig.layout.yaxis.range) == (-1.05, 1.05) and tuple(fig.layout.yaxis2.range) == (0, 1.05)
    assert fig.layout.xaxis.title.text == "paragraph"


def test_paragraph_sentiment_options_drop_the_lines():
    fig = charts.figure_paragraph_sentiment(PARAGRAPHS, show_vader=False, show_tone=False)
    assert [t.name for t in fig.data] == ["TextBlob polarity", "TextBlob subjectivity"]


def test_sentence_tone_points_in_reading_order():
    fig = charts.figure_sentence_tone(SENTENCES)
    (trace,) = fig.data
    assert trace.type == "scatter" and list(trace.x) == [1, 2, 3] and list(trace.y) == [0.6, 0.0, -0.7]
    assert scale(trace.marker.colorscale) == TONE_SCALE
    assert [tuple(c) for c in trace.customdata] == [(1, "He praised it."), (1, "It said so."), (2, "They hated it.")]
    assert tuple(fig.layout.yaxis.range) == (-1.05, 1.05)
    assert fig.layout.xaxis.title.text.startswith("sentences in reading order")
    # paragraph dividers: a dotted grid line before each paragraph's first sentence, labelled
    assert list(fig.layout.xaxis.tickvals) == [0.5, 2.5] and list(fig.layout.xaxis.ticktext) == ["¶1", "¶2"]
    assert fig.layout.xaxis.griddash == "dot"


def test_entity_mentions_one_trace_per_type_in_its_colour():
    fig = charts.figure_entity_mentions(ENTITIES)
    # one trace per type, named in words, in the fixed order of the types
    assert [(t.name, t.marker.color, t.orientation) for t in fig.data] == [
        ("Person", "#0072B2", "h"), ("Organisation", "#E69F00", "h"), ("Country or city", "#009E73", "h")]
    israel = fig.data[2]
    assert list(israel.y) == ["Israel"] and list(israel.x) == [12] and list(israel.customdata) == ["Israeli"]
    assert list(fig.data[1].customdata) == ["-"]  # no aliases
    # most mentioned on top: plotly draws a category array bottom-up
    assert list(fig.layout.yaxis.categoryarray) == ["Hamas", "Ali Khamenei", "Israel"]
    assert fig.layout.xaxis.title.text == "mentions (title and body)"


def test_entity_mentions_without_aliases_and_of_an_unlisted_type():
    fig = charts.figure_entity_mentions(pd.DataFrame({"name": ["Nobel Prize"], "type": ["AWARD"], "mentions": [2]}))
    (trace,) = fig.data
    assert trace.marker.color == "#999999" and list(trace.customdata) == ["-"]


def test_presence_heatmap_rows_and_paragraph_labels():
    matrix = pd.DataFrame([[1, 2, 0], [0, 0, 3]], index=["Israel", "Hamas"], columns=[0, 1, 2])
    fig = charts.figure_presence(matrix)
    (trace,) = fig.data
    assert trace.type == "heatmap"
    assert list(trace.x) == ["title", "¶1", "¶2"] and list(trace.y) == ["Israel", "Hamas"]
    assert trace.z.tolist() == [[1, 2, 0], [0, 0, 3]] and trace.zmin == 0
    assert fig.layout.yaxis.autorange == "reversed"  # first entity on top


def test_cooccurrence_heatmap_is_square_with_the_diagonal_blank():
    matrix = pd.DataFrame([[4, 1], [1, 2]], index=["Israel", "Hamas"], columns=["Israel", "Hamas"])
    (trace,) = charts.figure_cooccurrence(matrix).data
    assert list(trace.x) == list(trace.y) == ["Israel", "Hamas"]
    z = pd.DataFrame(trace.z)
    assert z.isna().values.tolist() == [[True, False], [False, True]] and z.loc[0, 1] == 1
    assert trace.colorbar.title.text == "sentences" and trace.hoverongaps is False
    # a scale of whole numbers, set by the pairs, not by the diagonal
    assert (trace.zmin, trace.zmax) == (0, 1) and trace.colorbar.dtick == 1 and trace.colorbar.tickformat == "d"


def test_presence_colour_scale_counts_in_whole_numbers():
    matrix = pd.DataFrame([[1, 14, 0]], index=["Israel"], columns=[0, 1, 2])
    (trace,) = charts.figure_presence(matrix).data
    assert trace.colorbar.tickformat == "d" and trace.colorbar.dtick == 3


def test_entity_tone_bars_on_the_tone_scale():
    fig = charts.figure_entity_tone(ENTITIES)
    (trace,) = fig.data
    assert list(trace.y) == ["Hamas", "Ali Khamenei", "Israel"] and list(trace.x) == [-0.8, 0.2, -0.4]
    assert scale(trace.marker.colorscale) == TONE_SCALE and list(trace.marker.color) == [-0.8, 0.2, -0.4]
    assert tuple(fig.layout.xaxis.range) == (-1.05, 1.05)


BROWN, TEAL = "#a6611a", "#018571"
STANCE_SCALE = ((0.0, BROWN), (0.25, "#dfc27d"), (0.5, "#f7f7f7"), (0.75, "#80cdc1"), (1.0, TEAL))


def test_stance_matrix_counts_as_text_net_stance_as_colour():
    counts = pd.DataFrame([[2, 0], [1, 1]], index=["Iran", "Egypt"], columns=["Israel", "Qatar"])
    net = pd.DataFrame([[-1.0, None], [1.0, 0.0]], index=counts.index, columns=counts.columns)
    heatmap, points = charts.figure_stance_matrix(counts, net).data
    assert list(heatmap.x) == ["Israel", "Qatar"] and list(heatmap.y) == ["Iran", "Egypt"]
    assert heatmap.text.tolist() == [["2", ""], ["1", "1"]]  # an empty cell shows no zero
    assert scale(heatmap.colorscale) == STANCE_SCALE  # the stance palette, not the tone's red and blue
    assert (heatmap.zmin, heatmap.zmax) == (-1, 1) and heatmap.hoverinfo == "skip"
    assert list(heatmap.colorbar.ticktext) == ["oppose", "neutral", "support"]
    # one clickable point per non-empty cell (none on the empty one, so no tooltip there)
    assert list(zip(points.x, points.y)) == [("Israel", "Iran"), ("Israel", "Egypt"), ("Qatar", "Egypt")]
    assert [c[0] for c in points.customdata] == [0, 1, 2]
    assert points.customdata[0][1] == "Iran on Israel: 2 statement(s), net stance -1.00"


def test_stance_matrix_support_oppose_counts_and_a_no_target_strip():
    statements = pd.DataFrame({
        "speaker": ["Iran", "Iran", "Iran", "Egypt"], "target": ["Israel", "Israel", None, "Israel"],
        "stance": ["support", "oppose", "neutral", "oppose"], "corrected": [False, True, False, False]})
    counts, net = views.stance_matrix(statements)
    fig = charts.figure_stance_matrix(counts, net, breakdown=views.stance_breakdown(statements))
    main, main_points, strip, strip_points = fig.data
    assert list(main.x) == ["Israel"] and list(strip.x) == [views.NO_TARGET]  # the strip: its own axis
    assert (main.xaxis, strip.xaxis) == ("x", "x2") and strip.showscale is False
    assert main.text.tolist() == [["+1 \u22121"], ["+0 \u22121"]] and strip.text.tolist() == [["+0 \u22120 =1"], [""]]
    assert main_points.customdata[0][1] == ("Iran on Israel: 2 statement(s)<br>support 1 · oppose 1 · neutral 0"
                                            "<br>\u270e 1 corrected")
    assert [c[0] for c in strip_points.customdata] == [2]  # numbered after the matrix's cells
    assert views.matrix_cells(counts)[2] == ("Iran", views.NO_TARGET)
    assert fig.layout.clickmode == "event+select"


def test_voice_tone_one_trace_per_voice():
    fig = charts.figure_voice_tone(SENTENCES)
    assert [(t.name, t.marker.color, t.marker.symbol) for t in fig.data] == [
        ("author", "#4d4d4d", "circle"), ("attributed", "#e08214", "diamond")]
    assert list(fig.data[1].x) == [1, 3] and list(fig.data[1].y) == [0.6, -0.7]


def test_sentiment_arcs_one_line_per_article_in_order():
    arcs = pd.DataFrame({"article": ["b", "b", "a"], "paragraph": [1, 2, 1], "position": [0.25, 0.75, 0.5],
                         "tone": [0.1, -0.2, 0.3], "text": ["x", "y", "z"]})
    fig = charts.figure_sentiment_arcs(arcs)
    assert [(t.name, t.line.color) for t in fig.data] == [("b", "#0072B2"), ("a", "#D55E00")]
    assert list(fig.data[0].x) == [0.25, 0.75] and tuple(fig.layout.xaxis.range) == (0, 1)


def test_share_of_voice_grouped_bars():
    voice = pd.DataFrame({"article": ["a", "a", "b", "b"], "entity": ["Israel", "Iran"] * 2,
                          "mentions": [3, 0, 1, 2], "per_1000_words": [10.0, 0.0, 2.5, 5.0]})
    fig = charts.figure_share_of_voice(voice)
    assert fig.layout.barmode == "group"
    assert [(t.name, t.marker.color, list(t.y)) for t in fig.data] == [
        ("a", "#0072B2", [10.0, 0.0]), ("b", "#D55E00", [2.5, 5.0])]
    assert fig.layout.yaxis.title.text == "mentions per 1,000 words"


def test_article_colours_cycle_past_five():
    arcs = pd.DataFrame({"article": list("abcdef"), "paragraph": [1] * 6, "position": [0.5] * 6,
                         "tone": [0.0] * 6, "text": ["t"] * 6})
    colors = [t.line.color for t in charts.figure_sentiment_arcs(arcs).data]
    assert colors == ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#0072B2"]


def test_tone_over_time_by_date():
    timeline = pd.DataFrame({"published": pd.to_datetime(["2024-01-05", "2024-02-05"]), "tone": [0.2, -0.3],
                             "title": ["Talks Resume", None], "doc_id": ["a", "b"]})
    (trace,) = charts.figure_tone_over_time(timeline).data
    assert list(trace.y) == [0.2, -0.3] and list(trace.customdata) == ["Talks Resume", "(no title)"]
    assert scale(trace.marker.colorscale) == TONE_SCALE


EMPTY_CASES = [
    (charts.figure_paragraph_sentiment, (PARAGRAPHS.iloc[0:0],), "No paragraphs to show"),
    (charts.figure_sentence_tone, (SENTENCES.iloc[0:0],), "No sentences to show"),
    (charts.figure_entity_mentions, (ENTITIES.iloc[0:0],), "No named entities found"),
    (charts.figure_presence, (pd.DataFrame(),), "No entities to place"),
    (charts.figure_cooccurrence, (pd.DataFrame(),), "No entities to pair"),
    (charts.figure_entity_tone, (ENTITIES.iloc[0:0],), "No named entities found"),
    (charts.figure_stance_matrix, (pd.DataFrame(), pd.DataFrame()), "No attributed statements found"),
    (charts.figure_voice_tone, (SENTENCES.iloc[0:0],), "No sentences to show"),
    (charts.figure_sentiment_arcs, (pd.DataFrame(),), "No articles to compare"),
    (charts.figure_share_of_voice, (pd.DataFrame(),), "No entities to compare"),
    (charts.figure_tone_over_time, (pd.DataFrame(),), "No document states a publication date"),
]


@pytest.mark.parametrize("figure,frames,message", EMPTY_CASES, ids=[c[0].__name__ for c in EMPTY_CASES])
def test_an_empty_frame_gives_an_annotated_empty_figure(figure, frames, message):
    fig = figure(*frames)
    assert isinstance(fig, go.Figure) and fig.data == ()
    assert [a.text for a in fig.layout.annotations] == [message]
    assert fig.layout.xaxis.visible is False


def test_every_figure_function_is_tested_here():
    tested = {c[0].__name__ for c in EMPTY_CASES}
    assert tested == {name for name in dir(charts) if name.startswith("figure_")}


@pytest.mark.parametrize("figure,frame", [(charts.figure_paragraph_sentiment, PARAGRAPHS),
                                          (charts.figure_entity_mentions, ENTITIES),
                                          (charts.figure_voice_tone, SENTENCES)])
def test_input_is_left_untouched(figure, frame):
    before = frame.copy(deep=True)
    figure(frame)
    pd.testing.assert_frame_equal(frame, before)


def _long(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame repeated past the long-article threshold, numbered again in reading order."""
    long = pd.concat([frame] * 200, ignore_index=True)
    long["index"] = range(1, len(long) + 1)
    if "paragraph" in long:
        long["paragraph"] = (long.index // 2) + 1
    return long


def _axes(fig) -> list:
    return [axis for name, axis in fig.layout.to_plotly_json().items() if name.startswith(("xaxis", "yaxis"))]


@pytest.mark.parametrize("figure", [
    lambda: charts.figure_paragraph_sentiment(PARAGRAPHS),
    lambda: charts.figure_sentence_tone(SENTENCES, compact=True),
    lambda: charts.figure_sentence_tone(SENTENCES),
    lambda: charts.figure_voice_tone(SENTENCES),
    lambda: charts.figure_paragraph_sentiment(_long(PARAGRAPHS)),  # windows of paragraphs
    lambda: charts.figure_sentence_tone(_long(SENTENCES), compact=True),
    lambda: charts.figure_sentence_tone(_long(SENTENCES)),
    lambda: charts.figure_voice_tone(_long(SENTENCES)),
    lambda: charts.figure_entity_mentions(ENTITIES),
    lambda: charts.figure_stance_matrix(*views.stance_matrix(pd.DataFrame({
        "speaker": ["Ida Brandt"], "target": ["Norland"], "stance": ["oppose"]}))),
])
def test_first_charts_set_their_margins_with_automargin_off(figure):
    # the Streamlit theme's automargin makes plotly draw such a figure twice: the margins are set here
    fig = figure()
    assert _axes(fig) and all(axis["automargin"] is False for axis in _axes(fig))
    assert all(getattr(fig.layout.margin, side) is not None for side in "lrtb")


def test_entity_names_get_the_left_margin_they_need():
    short = charts.figure_entity_mentions(pd.DataFrame({"name": ["Kell"], "type": ["GPE"], "mentions": [2]}))
    long = charts.figure_entity_mentions(pd.DataFrame({
        "name": ["the Norland Federation of Fishing Cooperatives"], "type": ["ORG"], "mentions": [2]}))
    assert long.layout.margin.l >= 7 * len("the Norland Federation of Fishing Cooperatives") > short.layout.margin.l


def test_stance_matrix_margins_follow_the_speaker_and_target_names():
    def matrix(speaker: str, targets: list[str]):
        statements = pd.DataFrame({"speaker": [speaker] * len(targets), "target": targets,
                                   "stance": ["oppose"] * len(targets)})
        return charts.figure_stance_matrix(*views.stance_matrix(statements))

    few = matrix("Ida Brandt", ["Kell"])
    assert few.layout.xaxis.tickangle == 0  # a few short targets side by side
    many = matrix("the Norland interior minister Ida Brandt", [f"the Kell Harbour Authority {i}" for i in range(8)])
    assert many.layout.xaxis.tickangle == -45  # too wide side by side: tilted, and the bottom margin grows
    assert many.layout.margin.b > few.layout.margin.b and many.layout.margin.l > few.layout.margin.l


def test_text_px_counts_escaped_markup_as_shown():
    assert charts.base.text_px(["Kell &amp; Norland"]) == charts.base.text_px(["Kell & Norland"]) == 7 * 14
    assert charts.base.text_px([]) == 0
