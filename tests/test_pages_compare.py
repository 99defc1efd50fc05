"""The Compare page through AppTest: titles as labels, stance pairs of two articles, one link for a
comparison, the sidebar after an article is added there."""

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")
SEED_LABEL = "1. Iran's Supreme Leader Calls For Temporary Severance Of..."
OTHER = (b"Gulf Envoys Meet\n\nBahrain praised Hamas on Monday. Ali Khamenei praised Israel.\n\n"
         b"Egypt welcomed the talks.")
OTHER_LABEL = "2. Gulf Envoys Meet"


@pytest.fixture
def pair():
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.button(key="overview_sample").click().run()
    at.text_area(key="overview_paste").input(OTHER.decode())
    next(b for b in at.button if b.label == "Analyse pasted text").click().run()
    at.switch_page("pages/compare.py").run()
    assert not at.exception
    return at


def test_articles_are_labelled_by_title_and_pairs_need_two_articles(pair):
    assert pair.multiselect(key="compare_articles").format_func(pair.multiselect(key="compare_articles").value[0]) \
        == SEED_LABEL
    assert pair.dataframe[0].value.columns.tolist() == ["measure", SEED_LABEL, OTHER_LABEL]
    figures = pair.dataframe[0].value.set_index("measure")
    assert figures.loc["Tone (combined)", SEED_LABEL] == "-0.34"  # two decimals
    deltas = pair.dataframe[-1].value
    assert deltas.columns.tolist() == ["speaker", "target", SEED_LABEL, OTHER_LABEL, "articles", "spread"]
    assert (deltas["articles"] >= 2).all() and deltas["spread"].is_monotonic_decreasing
    # the pairs both articles report, oppose in the sample and support here; Egypt is in one only
    assert deltas[["speaker", "target", "spread"]].values.tolist() == [
        ["Ali Khamenei", "Israel", 2.0], ["Bahrain", "Hamas", 2.0]]


def test_a_comparison_is_one_link(pair):
    pair.button(key="compare_share").click().run()
    assert not pair.exception
    links = [c.value for c in pair.code if "?compare=" in c.value]
    assert len(links) == 1
    ids = links[0].split("?compare=")[1].split(",")
    assert len(ids) == 2 and pair.query_params["compare"] == ",".join(ids)

    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.run()
    fresh.switch_page("pages/compare.py")
    fresh.query_params["compare"] = ",".join(ids)
    fresh.run()
    assert not fresh.exception and not fresh.error
    assert fresh.dataframe[0].value.columns.tolist() == ["measure", SEED_LABEL, OTHER_LABEL]
    assert len(fresh.selectbox[0].options) == 2  # the sidebar lists both articles
    assert any("?compare=" in c.value for c in fresh.code)


def test_a_bad_compare_link_says_so():
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("pages/compare.py")
    at.query_params["compare"] = "B" * 32
    at.run()
    assert not at.exception
    assert any("No saved analysis" in e.value for e in at.error)
    assert any("at least two" in i.value for i in at.info)


def test_the_sidebar_lists_an_article_added_here(pair):
    before = len(pair.selectbox[0].options)
    pair.file_uploader(key="compare_upload").set_value(
        [("third.txt", b"Harbour Vote Delayed\n\nThe council delayed the vote.", "text/plain")])
    pair.button(key="compare_add").click().run()
    assert not pair.exception
    assert len(pair.selectbox[0].options) == before + 1
