import pytest

from analysis import analyze, compare, from_text

OTHER = ("Ceasefire Talks Resume\n\nEgypt welcomed the talks and praised Qatar.\n\n"
         "Israel rejected the proposal, officials said. Egypt criticised Israel.")


@pytest.fixture(scope="module")
def analyses(seed_analysis, nlp):
    return {"seed": seed_analysis, "other": analyze(from_text(OTHER), nlp=nlp)}


def test_arcs_on_a_common_axis(analyses):
    arcs = compare.sentiment_arcs(analyses)
    assert list(arcs.columns) == compare.ARC_COLUMNS
    assert arcs.groupby("article").size().to_dict() == {"seed": 7, "other": 2}
    assert arcs["position"].between(0, 1).all()
    assert arcs[arcs["article"] == "other"]["position"].tolist() == [0.25, 0.75]


def test_share_of_voice_per_thousand_words(analyses, seed_analysis):
    voice = compare.share_of_voice(analyses, top_n=3)
    israel = voice[(voice["article"] == "seed") & (voice["entity"] == "Israel")].iloc[0]
    assert israel["mentions"] == 12
    assert israel["per_1000_words"] == round(12_000 / seed_analysis.summary["words"], 2)
    # every leading entity appears for every article, zeros included
    assert voice.groupby("entity").size().eq(2).all()


def test_quoted_voices_and_stance_deltas(analyses):
    voices = compare.quoted_voices(analyses)
    assert {"seed", "other"} == set(voices["article"])
    deltas = compare.stance_deltas(analyses)
    assert {"speaker", "target", "seed", "other", "spread"} <= set(deltas.columns)
    egypt = deltas[deltas["speaker"] == "Egypt"]
    assert len(egypt) and egypt["seed"].isna().all()


def test_differences_table(analyses):
    table = compare.differences(analyses).set_index("measure")
    assert table.loc["Paragraphs"].tolist() == [7, 2]
    assert table.loc["Most mentioned entity", "seed"] == "Israel"
