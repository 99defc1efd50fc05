"""No markup from an article or a file name reaches a plotly figure unescaped.

Plotly renders ``<a href>``, ``<span style>``, ``<b>``... in axis labels, hover text and
legends; every figure is built here from frames whose every string is hostile, and the whole
figure JSON is searched for a tag that did not come from the chart code itself.
"""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from analysis import charts, compare
from analysis.markup import markdown_escape

HOSTILE = ['<a href="https://evil.example/x">click</a>', '<span style="font-size:90px">BIG</span>',
           "<b>bold</b><img src=https://evil.example/i.png>", "%{customdata} %{y}", "https://evil.example/p",
           "www.evil.example", "mail@evil.example"]
#: Tags the chart code writes itself.
OWN_TAGS = re.compile(r"</?(br|extra)>")


def hostile(rng: random.Random) -> str:
    return "".join(rng.sample(HOSTILE, 2)) + f" {rng.randrange(10**6)}"


def strings(value, key=""):
    """(key, text) for every string in a figure's JSON."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from strings(item, name)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item, key)
    elif hasattr(value, "tolist"):
        yield from strings(value.tolist(), key)


def assert_no_markup(fig) -> None:
    for key, text in strings(fig.to_plotly_json()):
        assert "<" not in OWN_TAGS.sub("", text), (key, text)
        if key.endswith("template"):  # plotly reads %{...} in templates: they hold no user text
            assert "evil" not in text, (key, text)


def frames(seed: int):
    rng = random.Random(seed)
    names = [hostile(rng) for _ in range(3)]
    paragraphs = pd.DataFrame({"index": [1, 2], "text": [hostile(rng), hostile(rng)], "polarity": [0.1, -0.2],
                               "subjectivity": [0.3, 0.4], "vader": [0.1, 0.0], "tone": [0.2, -0.1]})
    sentences = pd.DataFrame({"paragraph": [1, 2], "index": [1, 2], "text": [hostile(rng), hostile(rng)],
                              "tone": [0.1, -0.3], "voice": ["author", "attributed"]})
    entities = pd.DataFrame({"name": names, "type": ["PERSON", hostile(rng), "ORG"], "mentions": [3, 2, 1],
                             "aliases": [[hostile(rng)], [], [hostile(rng)]], "tone": [0.1, -0.2, 0.0]})
    matrix = pd.DataFrame([[1, 0], [0, 2], [1, 1]], index=names, columns=[0, 1])
    square = pd.DataFrame([[2, 1], [1, 3]], index=names[:2], columns=names[:2])
    counts = pd.DataFrame([[1, 2]], index=[names[0]], columns=names[1:])
    net = pd.DataFrame([[0.5, -1.0]], index=[names[0]], columns=names[1:])
    arcs = pd.DataFrame({"article": [names[0], names[1]], "paragraph": [1, 1], "position": [0.5, 0.5],
                         "tone": [0.1, 0.2], "polarity": [0.0, 0.0], "text": [hostile(rng), hostile(rng)]})
    voice = pd.DataFrame({"article": [names[0], names[1]], "entity": [names[2], names[2]], "type": ["ORG", "ORG"],
                          "mentions": [1, 2], "per_1000_words": [1.0, 2.0]})
    timeline = pd.DataFrame({"published": pd.to_datetime(["2024-01-01", "2024-02-01"]), "tone": [0.1, 0.2],
                             "title": [hostile(rng), None], "doc_id": ["a", "b"]})
    return [charts.figure_paragraph_sentiment(paragraphs), charts.figure_sentence_tone(sentences),
            charts.figure_entity_mentions(entities), charts.figure_presence(matrix),
            charts.figure_cooccurrence(square), charts.figure_entity_tone(entities),
            charts.figure_stance_matrix(counts, net), charts.figure_voice_tone(sentences),
            charts.figure_sentiment_arcs(arcs), charts.figure_share_of_voice(voice),
            charts.figure_tone_over_time(timeline)]


def test_every_figure_is_covered():
    assert len(frames(0)) == len([n for n in dir(charts) if n.startswith("figure_")])


@pytest.mark.parametrize("seed", range(5))
def test_no_figure_carries_user_markup(seed):
    for fig in frames(seed):
        assert_no_markup(fig)


def test_escaped_names_still_read_as_written():
    fig = charts.figure_entity_mentions(pd.DataFrame({"name": ["AT&T <Corp>"], "type": ["ORG"], "mentions": [1]}))
    assert list(fig.data[0].y) == ["AT&amp;T &lt;Corp&gt;"]  # plotly shows the entities as & < >


def test_compare_frames_keep_labels_for_the_chart_to_escape(seed_analysis):
    label = '<a href="https://evil.example">x</a>.txt'
    fig = charts.figure_sentiment_arcs(compare.sentiment_arcs({label: seed_analysis, "plain": seed_analysis}))
    assert fig.data[0].name == "&lt;a href=\"https://evil.example\"&gt;x&lt;/a&gt;.txt"
    assert_no_markup(fig)


@pytest.mark.parametrize("text", ["see https://evil.example/x now", "www.evil.example", "write to a@evil.example",
                                  "[x](javascript:alert(1)) **b** <span style='x'>s</span>"])
def test_markdown_escape_leaves_no_link_for_streamlit_to_detect(text):
    escaped = markdown_escape(text)
    # Streamlit's markdown links https?://, www. and e-mail addresses in text nodes, escapes or not
    assert not re.search(r"https?://|www\.|[-.\w+]@", escaped.replace("\\", ""))
    assert "<" not in escaped.replace("\\<", "")
