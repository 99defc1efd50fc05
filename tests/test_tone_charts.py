"""The tone charts' legends, paragraph dividers and the Overview's sparkline, from frames written here."""

import pandas as pd

from analysis import charts, findings
from tests.test_security_charts import assert_no_markup

PARAGRAPHS = pd.DataFrame({
    "index": [1, 2], "text": ["Good news.", "Bad news."], "polarity": [0.7, -0.35],
    "subjectivity": [0.6, 0.67], "vader": [0.44, -0.54], "tone": [0.5, -0.6]})
SENTENCES = pd.DataFrame({
    "paragraph": [1, 1, 2, 3], "index": [1, 2, 3, 4],
    "text": ["He praised it.", "It said so.", "They hated it.", "<b>Bold</b> claim %{y}"],
    "tone": [0.6, 0.0, -0.7, 0.1], "voice": ["attributed", "author", "attributed", "author"]})


def test_every_trace_of_the_paragraph_chart_is_in_the_legend():
    fig = charts.figure_paragraph_sentiment(PARAGRAPHS)
    assert fig.layout.showlegend is True
    assert all(trace.showlegend is not False for trace in fig.data)
    assert fig.data[0].name == findings.HEADLINE_MEASURE and fig.data[2].name == findings.TONE_MEASURE


def test_sentence_chart_has_a_legend_and_paragraph_dividers():
    fig = charts.figure_sentence_tone(SENTENCES)
    assert fig.layout.showlegend is True and fig.data[0].name == findings.TONE_MEASURE
    # a dotted grid line where each paragraph begins, labelled with its number (no shapes, no annotations)
    assert list(fig.layout.xaxis.tickvals) == [0.5, 2.5, 3.5] and fig.layout.xaxis.griddash == "dot"
    assert list(fig.layout.xaxis.ticktext) == ["¶1", "¶2", "¶3"]
    assert not fig.layout.shapes and not fig.layout.annotations
    assert_no_markup(fig)


def test_compact_sentence_chart_is_a_sparkline():
    fig = charts.figure_sentence_tone(SENTENCES, compact=True)
    assert fig.layout.height <= 150 and fig.layout.showlegend is False
    assert not fig.layout.annotations and list(fig.data[0].y) == [0.6, 0.0, -0.7, 0.1]
    assert_no_markup(fig)
    empty = charts.figure_sentence_tone(SENTENCES.iloc[0:0], compact=True)
    assert [a.text for a in empty.layout.annotations] == ["No sentences to show"]
