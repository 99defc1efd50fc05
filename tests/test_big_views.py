"""Long articles drawn in windows, paged and capped (issue 14): the charts of a big document have at
most about a hundred points, the article view a page of paragraphs, the tables a capped number of
rows with a note; a short article is drawn as before."""

from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis import bins, charts, views
from bench.corpus import sentence
from tests.conftest import ROOT

#: The most points (bars, markers, heatmap columns) a chart of a long article may draw per trace.
MOST_POINTS = bins.WINDOWS + 1


def paragraphs(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame({
        "index": np.arange(1, n + 1), "text": ["Some words here."] * n, "display": ["Some words here."] * n,
        "n_sentences": 1, "n_words": rng.integers(3, 30, n), "polarity": rng.uniform(-1, 1, n),
        "subjectivity": rng.uniform(0, 1, n), "vader": rng.uniform(-1, 1, n), "tone": rng.uniform(-1, 1, n),
        "disagree": rng.uniform(0, 1, n) > 0.9, "voice": "author"})


def sentences(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    return pd.DataFrame({"paragraph": np.arange(1, n + 1) // 2 + 1, "index": np.arange(1, n + 1),
                         "text": ["A sentence."] * n, "tone": rng.uniform(-1, 1, n),
                         "voice": np.where(rng.uniform(0, 1, n) > 0.5, "author", "attributed")})


def test_window_sizes():
    assert bins.window_size(bins.BIG) == 1 and not bins.is_big(bins.BIG)
    assert bins.window_size(5000) == 50 and bins.window_size(301) == 4
    assert bins.page_labels(250) == ["¶1-100", "¶101-200", "¶201-250"]
    assert bins.paragraph_range(250, 2) == (201, 250)


def test_paragraph_windows_keep_every_paragraph_and_their_means():
    frame = paragraphs(1000)
    windows = bins.paragraph_windows(frame, 10)
    assert len(windows) == 100 and windows["paragraphs"].sum() == 1000
    assert windows["first"].tolist()[:2] == [1, 11] and windows["last"].iloc[-1] == 1000
    assert windows["polarity"].iloc[0] == pytest.approx(frame["polarity"].iloc[:10].mean())
    weights = frame["n_words"].iloc[:10]
    assert windows["tone"].iloc[0] == pytest.approx((frame["tone"].iloc[:10] * weights).sum() / weights.sum())
    assert windows["disagree"].sum() == frame["disagree"].sum()


def test_a_big_document_gets_binned_charts():
    big = paragraphs(5000)
    fig = charts.figure_paragraph_sentiment(big)
    assert all(len(trace.x) <= MOST_POINTS for trace in fig.data)
    assert "windows of 50" in fig.layout.title.text
    many = sentences(5000)
    for fig in (charts.figure_sentence_tone(many), charts.figure_sentence_tone(many, compact=True),
                charts.figure_voice_tone(many)):
        assert all(len(trace.x) <= MOST_POINTS for trace in fig.data)
        assert not fig.layout.shapes and len(fig.layout.annotations) <= 2  # no divider per paragraph
    mentions = pd.DataFrame({"entity": ["A", "B"] * 2500, "paragraph": np.arange(5000) % 5000 + 1})
    presence = views.presence_matrix(mentions, names=["A", "B"], n_paragraphs=5000)
    heatmap = charts.figure_presence(presence).data[0]
    assert len(heatmap.x) <= MOST_POINTS + 1 and heatmap.x[0] == "title" and heatmap.x[1] == "¶1-50"
    assert np.asarray(heatmap.z).sum() == 5000  # every mention counted once


def test_a_short_document_keeps_one_mark_per_paragraph():
    fig = charts.figure_paragraph_sentiment(paragraphs(40))
    assert len(fig.data[0].x) == 40
    fig = charts.figure_sentence_tone(sentences(60))
    assert len(fig.data[0].x) == 60 and len(fig.layout.xaxis.tickvals) == len({s.paragraph for s in
                                                                             sentences(60).itertuples()})


def big_article(n: int) -> bytes:
    rng = random.Random(3)
    return ("A Long Day Of Statements\n\n" + "\n\n".join(sentence(rng) for _ in range(n)) + "\n").encode()


@pytest.fixture(scope="module")
def big_app():
    """The app with a 420-paragraph article of one-sentence paragraphs (above bins.BIG)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    at.file_uploader(key="overview_upload").set_value(("long.txt", big_article(420), "text/plain")).run()
    assert not at.exception
    return at


def spec(at, index: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[index].proto.spec)


def paragraph_blocks(at, css: str) -> list[str]:
    """The article view's paragraphs (one element holds the page of them)."""
    return [css + part for m in at.markdown if m.value.startswith(css) for part in m.value.split(css)[1:]]


def test_big_overview_pages_the_article(big_app):
    at = big_app
    assert at.metric[0].value  # the figures are there
    sparkline = spec(at)["data"][0]
    assert len(sparkline["x"]) <= MOST_POINTS
    assert len(paragraph_blocks(at, '<div class="np-paragraph"')) == bins.ARTICLE_PAGE
    picker = at.selectbox(key="overview_article_page")
    assert picker.options[-1] == "¶401-420"
    picker.set_value(4).run()
    blocks = paragraph_blocks(at, '<div class="np-paragraph"')
    assert len(blocks) == 20 and "¶401" in blocks[0]


def test_big_sentiment_and_entities_are_binned(big_app, monkeypatch):
    at = big_app
    monkeypatch.setattr(bins, "TABLE_ROWS", 50)
    at.switch_page("pages/sentiment.py").run()
    assert not at.exception
    assert all(len(trace["x"]) <= MOST_POINTS for trace in spec(at)["data"])
    assert len(at.dataframe[0].value) == 50
    assert any("Showing the first 50 of 420 paragraphs" in c.value for c in at.caption)
    assert "Download sentences (CSV)" not in [b.proto.label for b in at.get("download_button")]  # closed: not drawn
    at.switch_page("pages/entities.py").run()
    assert not at.exception
    at.segmented_control(key="entities_view").set_value("presence").run()
    presence = next(s for s in (spec(at, i) for i in range(len(at.get("plotly_chart"))))
                    if "Where each entity" in s["layout"]["title"]["text"])
    assert len(presence["data"][0]["x"]) <= MOST_POINTS + 1


def test_big_stance_pages_the_article_and_caps_the_table(big_app, monkeypatch):
    at = big_app
    monkeypatch.setattr(bins, "TABLE_ROWS", 20)
    at.switch_page("pages/stance.py").run()
    assert not at.exception
    assert len(at.dataframe[0].value) <= 20
    assert len(paragraph_blocks(at, '<p class="np-paragraph"')) == bins.ARTICLE_PAGE
    # the corrections' pickers (every statement, every sentence) wait until their expander is opened
    assert "stance_fix_statement" not in [box.key for box in at.selectbox]
    at.selectbox(key="stance_article_page").set_value(1).run()
    assert "¶101" in paragraph_blocks(at, '<p class="np-paragraph"')[0]
