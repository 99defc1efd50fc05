"""Articles side by side, from two small analyses written here (and one real pair)."""

import pandas as pd
import pytest

from analysis import Analysis, analyze, compare, from_text

OTHER = ("Ceasefire Talks Resume\n\nEgypt welcomed the talks and praised Qatar.\n\n"
         "Israel rejected the proposal, officials said. Egypt criticised Israel. Bahrain praised Hamas.")
STATEMENT_COLUMNS = ["paragraph", "speaker", "cue", "target", "stance", "kind", "unnamed"]


def made(*, tones, entities, statements, words) -> Analysis:
    """An Analysis with only what compare reads."""
    paragraphs = pd.DataFrame({"index": range(1, len(tones) + 1), "text": [f"p{i}" for i in range(len(tones))],
                               "tone": tones, "polarity": [0.0] * len(tones)})
    return Analysis(title=None, name="x.txt", format="text", encoding=None, paragraphs=paragraphs,
                    sentences=pd.DataFrame(), mentions=pd.DataFrame(),
                    entities=pd.DataFrame(entities, columns=["name", "type", "mentions"]),
                    statements=pd.DataFrame(statements, columns=STATEMENT_COLUMNS),
                    summary={"words": words, "paragraphs": len(tones), "tone": 0.5})


A = made(tones=[0.5, -0.5], words=500,
         entities=[("Israel", "GPE", 10), ("Hamas", "ORG", 4)],
         statements=[(1, "Egypt", "praised", "Israel", "support", "position", False),
                     (2, "Egypt", "said", "Israel", "oppose", "direct", False),
                     (2, "Egypt", "urged", None, "neutral", "indirect", False)])
B = made(tones=[0.1, 0.2, 0.3, 0.4], words=2000,
         entities=[("Hamas", "ORG", 6), ("Qatar", "GPE", 1)],
         statements=[(3, "Egypt", "condemned", "Israel", "oppose", "position", False)])
ANALYSES = {"a": A, "b": B}


def test_arcs_on_a_common_axis():
    arcs = compare.sentiment_arcs(ANALYSES)
    assert list(arcs.columns) == compare.ARC_COLUMNS
    assert arcs["position"].tolist() == [0.25, 0.75, 0.125, 0.375, 0.625, 0.875]
    assert arcs["article"].tolist() == ["a", "a", "b", "b", "b", "b"]


def test_share_of_voice_per_thousand_words_zeros_included():
    voice = compare.share_of_voice(ANALYSES, top_n=1)
    assert voice[["article", "entity", "mentions", "per_1000_words"]].values.tolist() == [
        ["a", "Israel", 10, 20.0], ["a", "Hamas", 4, 8.0], ["b", "Israel", 0, 0.0], ["b", "Hamas", 6, 3.0]]


def test_quoted_voices_counts_kinds_and_joins_cues():
    voices = compare.quoted_voices(ANALYSES)
    assert voices.columns.tolist() == compare.QUOTED_COLUMNS
    assert voices.values.tolist() == [["a", "Egypt", 3, 1, 1, 1, "praised, said, urged"],
                                      ["b", "Egypt", 1, 0, 0, 1, "condemned"]]
    empty = compare.quoted_voices({"none": made(tones=[0.0], words=1, entities=[], statements=[])})
    assert empty.empty and empty.columns.tolist() == compare.QUOTED_COLUMNS


def test_stance_deltas_net_per_article_and_spread():
    deltas = compare.stance_deltas(ANALYSES)
    assert deltas.columns.tolist() == ["speaker", "target", "a", "b", "articles", "spread"]
    assert deltas.values.tolist() == [["Egypt", "Israel", 0.0, -1.0, 2, 1.0]]


def test_stance_deltas_only_pairs_of_two_articles_or_more_largest_spread_first_two_decimals():
    c = made(tones=[0.0], words=10, entities=[],
             statements=[(1, "Egypt", "praised", "Israel", "support", "position", False),
                         (1, "Egypt", "praised", "Israel", "support", "position", False),
                         (1, "Egypt", "said", "Israel", "oppose", "direct", False),
                         (1, "Qatar", "praised", "Hamas", "support", "position", False)])
    d = made(tones=[0.0], words=10, entities=[],
             statements=[(1, "Qatar", "said", "Hamas", "neutral", "direct", False),
                         (1, "Oman", "urged", "Hamas", "oppose", "position", False)])
    deltas = compare.stance_deltas({"a": A, "b": B, "c": c, "d": d})
    assert deltas[["speaker", "target"]].values.tolist() == [["Egypt", "Israel"], ["Qatar", "Hamas"]]
    assert deltas["spread"].tolist() == [1.33, 1.0]  # 0.33 - (-1), then 1 - 0
    assert deltas["articles"].tolist() == [3, 2]
    assert deltas.loc[0, "c"] == 0.33  # (1 + 1 - 1) / 3, two decimals
    alone = compare.stance_deltas({"a": A, "d": d})
    assert alone.empty and alone.columns.tolist() == ["speaker", "target", "a", "d", "articles", "spread"]


def test_article_labels_number_and_title():
    titled = made(tones=[0.0], words=1, entities=[], statements=[])
    titled = Analysis(**{**titled.__dict__, "title": "Harbour Plan Splits The Council Of A Small Coastal Town "
                                                     "After A Long Night Of Debate"})
    assert compare.article_label(3, titled) == "3. Harbour Plan Splits The Council Of A Small Coastal Town..."
    assert compare.article_label(1, A) == "1. x.txt"  # no title: the file name


def test_differences_table():
    table = compare.differences(ANALYSES).set_index("measure")
    assert table.loc["Paragraphs"].tolist() == [2, 4]
    assert table.loc["Words"].tolist() == [500, 2000]
    assert table.loc["Most mentioned entity"].tolist() == ["Israel", "Hamas"]
    assert table.loc["Most quoted speaker"].tolist() == ["Egypt", "Egypt"]
    assert table.loc["Tone (combined)"].tolist() == [0.5, 0.5]
    shown = compare.differences_text(compare.differences(ANALYSES)).set_index("measure")
    assert shown.loc["Tone (combined)"].tolist() == ["0.50", "0.50"]
    assert shown.loc["Paragraphs"].tolist() == ["2", "4"]
    assert shown.loc["Narration tone"].tolist() == ["-", "-"]  # not in these summaries
    # an article with no entity nor statement: its column is all numbers and None, counts stay whole
    bare = made(tones=[0.0], words=3, entities=[], statements=[])
    assert compare.differences_text(compare.differences({"a": bare, "b": bare})).set_index("measure") \
        .loc["Paragraphs"].tolist() == ["1", "1"]


@pytest.fixture(scope="module")
def real_pair(seed_analysis, nlp):
    return {"seed": seed_analysis, "other": analyze(from_text(OTHER), nlp=nlp)}


def test_on_two_analysed_articles(real_pair):
    assert compare.sentiment_arcs(real_pair).groupby("article").size().to_dict() == {"seed": 7, "other": 2}
    deltas = compare.stance_deltas(real_pair)
    assert (deltas["articles"] == 2).all() and "Egypt" not in set(deltas["speaker"])  # only in one
    bahrain = deltas[(deltas["speaker"] == "Bahrain") & (deltas["target"] == "Hamas")]
    assert bahrain[["seed", "other", "spread"]].values.tolist() == [[-1.0, 1.0, 2.0]]
    assert compare.differences(real_pair).set_index("measure").loc["Most mentioned entity", "seed"] == "Israel"
