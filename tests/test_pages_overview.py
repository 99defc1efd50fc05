"""The Overview's findings and the Sentiment page's headline measure, through AppTest (the sample)."""

import pytest

from analysis import findings


@pytest.fixture
def sample(sample_app):
    return sample_app


def test_findings_come_first(sample, seed_analysis):
    speakers = findings.top_speakers(seed_analysis.statements)
    entities = findings.top_entities(seed_analysis.entities, seed_analysis.mentions)
    expected = findings.findings_sentence(speakers, entities, statements=len(seed_analysis.statements))
    markdown = [m.value for m in sample.markdown]
    found = [i for i, text in enumerate(markdown) if text.startswith("**Ali Khamenei makes 5 of the 14 statements")]
    assert found, markdown
    # the sentence as the tables make it (its apostrophes and brackets escaped for Markdown)
    assert markdown[found[0]].replace("\\", "") == f"**{expected}**"
    subheaders = [s.value for s in sample.subheader]
    assert subheaders.index("What was found") < subheaders.index("Key figures")
    assert sample.get("plotly_chart")[0].proto.spec  # the sparkline
    assert [d.value.columns.tolist() for d in sample.table] == [
        ["speaker", "statements", "support", "oppose", "neutral", "main target", "sentences"],
        ["entity", "type", "mentions", "sentences"]]
    top = sample.table[0].value.iloc[0]
    assert (top["speaker"], top["oppose"], top["main target"], top["sentences"]) == \
        ("Ali Khamenei", 5, "Israel (3)", "4 (few)")
    assert sample.table[1].value.iloc[0].tolist() == ["Israel", "Country or city", 12, "9"]


def test_each_tone_figure_says_what_it_rests_on(sample):
    labels = [m.label for m in sample.metric]
    assert labels[:4] == [findings.HEADLINE_MEASURE, findings.TONE_MEASURE, "Narration tone", "Quoted voices tone"]
    captions = [c.value for c in sample.caption]
    assert "from 11 sentences" in captions
    assert "from 2 sentences: too few to lean on" in captions  # the narration: 2 sentences


def test_sentiment_names_the_headline_and_notes_zeros(sample):
    sample.switch_page("pages/sentiment.py").run()
    assert not sample.exception
    assert any(f"headline measure is **{findings.HEADLINE_MEASURE}**" in m.value for m in sample.markdown)
    # TextBlob gives 0.00 to 4 of the sample's 7 paragraphs
    assert any("TextBlob scores 0 on 4 of 7 paragraphs" in i.value for i in sample.info)
    assert sample.checkbox(key="sentiment_tone").label == f"{findings.TONE_MEASURE} line"
    assert len(sample.dataframe) == 1  # the sentences wait until their expander is opened
    sample.session_state["sentiment_sentences_box"] = True
    sample.run()
    sentences = sample.dataframe[1].value
    assert "start" not in sentences.columns and "end" not in sentences.columns
    downloads = {b.proto.label: b for b in sample.get("download_button")}
    assert "Download sentences (CSV)" in downloads
