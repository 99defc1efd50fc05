"""Findings: small frames written here (invented names), then the bundled sample."""

import pandas as pd
import pytest

from analysis import findings

COLUMNS = ["paragraph", "sentence", "speaker", "cue", "target", "stance", "unnamed"]


def statements(rows, **extra) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.assign(**extra)


ROWS = [(1, 1, "Mara Lind", "condemned", "Velland", "oppose", False),
        (1, 2, "Mara Lind", "criticised", "Velland", "oppose", False),
        (2, 3, "Mara Lind", "urged", "Osk", "oppose", False),
        (2, 3, "Tom Breck", "praised", "Velland", "support", False),
        (3, 4, "officials", "said", None, "neutral", True)]


def test_top_speakers_counts_stances_and_main_target():
    table = findings.top_speakers(statements(ROWS))
    assert table.columns.tolist() == findings.SPEAKER_COLUMNS
    assert table["speaker"].tolist() == ["Mara Lind", "Tom Breck"]  # the unnamed source left out
    lind = table.iloc[0]
    assert (lind["statements"], lind["support"], lind["oppose"], lind["neutral"]) == (3, 0, 3, 0)
    assert (lind["main_target"], lind["main_target_statements"], lind["main_target_stance"]) == ("Velland", 2, "oppose")
    assert lind["targets"] == ["Velland", "Osk"]
    assert lind["sentences"] == 3 and lind["few"] and lind["corrected"] == 0
    with_unnamed = findings.top_speakers(statements(ROWS), include_unnamed=True)
    assert with_unnamed["speaker"].tolist() == ["Mara Lind", "Tom Breck", "officials"]
    assert pd.isna(with_unnamed.iloc[2]["main_target"])


def test_top_speakers_ties_go_to_the_first_to_speak_and_corrections_are_counted():
    rows = [(2, 5, "Tom Breck", "said", "Osk", "neutral", False),
            (1, 1, "Mara Lind", "said", "Osk", "neutral", False)]
    table = findings.top_speakers(statements(rows, corrected=[True, False]), top_n=1)
    assert table["speaker"].tolist() == ["Mara Lind"] and table.iloc[0]["corrected"] == 0
    assert findings.top_speakers(statements(rows, corrected=[True, False]))["corrected"].tolist() == [0, 1]


def test_empty_frames_keep_their_columns():
    assert findings.top_speakers(statements([])).columns.tolist() == findings.SPEAKER_COLUMNS
    only_unnamed = findings.top_speakers(statements(ROWS[-1:]))
    assert only_unnamed.empty and only_unnamed.columns.tolist() == findings.SPEAKER_COLUMNS
    entities = pd.DataFrame(columns=["name", "type", "mentions"])
    assert findings.top_entities(entities, pd.DataFrame()).columns.tolist() == findings.ENTITY_COLUMNS


def test_top_entities_count_sentences_the_title_as_one():
    entities = pd.DataFrame({"name": ["Osk", "Velland"], "type": ["GPE", "GPE"], "mentions": [3, 6]})
    mentions = pd.DataFrame({"entity": ["Velland"] * 6 + ["Osk"] * 3,
                             "paragraph": [0, 1, 1, 2, 3, 4, 1, 1, 2],
                             "sentence": [0, 1, 1, 2, 3, 4, 1, 1, 2]})
    table = findings.top_entities(entities, mentions, top_n=5)
    assert table.values.tolist() == [["Velland", "GPE", 6, 5, False], ["Osk", "GPE", 3, 2, True]]
    assert findings.top_entities(entities, mentions, top_n=1)["name"].tolist() == ["Velland"]


def test_tone_figures_say_how_many_sentences_each_rests_on():
    sentences = pd.DataFrame({"voice": ["author", "attributed", "attributed", "author", "attributed",
                                        "attributed", "attributed"]})
    summary = {"polarity": 0.1, "tone": -0.2, "tone_author": -0.1, "tone_attributed": None}
    table = findings.tone_figures(sentences, summary)
    assert table.columns.tolist() == findings.TONE_COLUMNS
    assert table["measure"].tolist() == [findings.HEADLINE_MEASURE, findings.TONE_MEASURE,
                                         "Narration tone", "Quoted voices tone"]
    assert table["sentences"].tolist() == [7, 7, 2, 5]
    assert table["few"].tolist() == [False, False, True, False]
    assert pd.isna(table["value"].tolist()[3])
    assert findings.sentences_text(1) == "from 1 sentence" and findings.sentences_text(2) == "from 2 sentences"


def test_zero_polarity_share_to_two_decimals():
    assert findings.zero_polarity_share(pd.DataFrame({"polarity": [0.0, 0.2, -0.004]})) == (2, 3)
    assert findings.mostly_zero(pd.DataFrame({"polarity": [0.0, 0.2, -0.004]}))
    assert not findings.mostly_zero(pd.DataFrame({"polarity": [0.0, 0.2, -0.006, 0.0]}))
    assert findings.zero_polarity_share(pd.DataFrame({"polarity": []})) == (0, 0)
    assert not findings.mostly_zero(pd.DataFrame({"polarity": []}))


def test_tables_as_shown():
    table = findings.speaker_table(findings.top_speakers(statements(ROWS)))
    assert table.columns.tolist() == ["speaker", "statements", "support", "oppose", "neutral",
                                      "main target", "sentences"]
    assert table.values.tolist()[0] == ["Mara Lind", 3, 0, 3, 0, "Velland (2)", "3 (few)"]
    assert findings.speaker_table(findings.top_speakers(statements([]))).empty
    fixed = findings.speaker_table(findings.top_speakers(statements(ROWS, corrected=[False, True, False, False, False])))
    assert fixed["corrected"].tolist() == ["1 corrected", ""]
    entities = pd.DataFrame([["Velland", "GPE", 1, 1, True]], columns=findings.ENTITY_COLUMNS)
    assert findings.entity_table(entities).values.tolist() == [["Velland", "Country or city", 1, "1 (few)"]]


def sentence(rows, *, total=None, entities=None) -> str:
    frame = statements(rows)
    entity_table = entities if entities is not None else pd.DataFrame(columns=findings.ENTITY_COLUMNS)
    return findings.findings_sentence(findings.top_speakers(frame), entity_table,
                                      statements=len(frame) if total is None else total)


@pytest.mark.parametrize("rows,total,expected", [
    ([(1, 1, "Mara Lind", "condemned", "Velland", "oppose", False)] * 2, 5,
     "Mara Lind makes 2 of the 5 statements, all opposing Velland"),
    ([(1, 1, "Mara Lind", "condemned", "Velland", "oppose", False)], 1,
     "Mara Lind makes the only statement, opposing Velland"),
    ([(1, 1, "Mara Lind", "praised", "Velland", "support", False)] * 3, None,
     "Mara Lind makes all 3 statements, all supporting Velland"),
    (ROWS[:3], 14, "Mara Lind makes 3 of the 14 statements, all opposing, 2 of them against Velland"),
    ([(1, 1, "Mara Lind", "said", None, "neutral", False)] * 2, 4,
     "Mara Lind makes 2 of the 4 statements, all neutral, none with a named target"),
    ([(1, 1, "Mara Lind", "said", "Osk", "neutral", False)] * 2, 4,
     "Mara Lind makes 2 of the 4 statements, all neutral, about Osk"),
    ([(1, 1, "Mara Lind", "condemned", "Osk", "oppose", False),
      (1, 2, "Mara Lind", "praised", "Osk", "support", False),
      (1, 3, "Mara Lind", "criticised", "Velland", "oppose", False)], None,
     "Mara Lind makes all 3 statements, 2 opposing, 1 supporting, 2 of them about Osk"),
    (ROWS[-1:], None, "1 attributed statement, none from a named speaker"),
    ([], None, "No attributed statement was found"),
])
def test_findings_sentence_from_the_tables(rows, total, expected):
    assert sentence(rows, total=total) == expected + "; no named entity was found."


def test_findings_sentence_names_the_most_mentioned_entity():
    entities = pd.DataFrame([["Velland", "GPE", 1, 1, True]], columns=findings.ENTITY_COLUMNS)
    assert sentence([], entities=entities) == ("No attributed statement was found; the most mentioned "
                                               "entity is Velland (1 mention in 1 sentence).")


def test_findings_on_the_sample(seed_analysis):
    a = seed_analysis
    speakers = findings.top_speakers(a.statements)
    entities = findings.top_entities(a.entities, a.mentions)
    top = speakers.iloc[0]
    assert top["speaker"] == "Ali Khamenei" and top["statements"] == top["oppose"]
    text = findings.findings_sentence(speakers, entities, statements=len(a.statements))
    # Built from the frames: the counts in the sentence are the tables' own.
    assert text.startswith(f"Ali Khamenei makes {top['statements']} of the {len(a.statements)} statements, "
                           "all opposing")
    assert f"against {top['main_target']}" in text
    assert f"{entities.iloc[0]['name']} ({entities.iloc[0]['mentions']} mentions" in text
    tone = findings.tone_figures(a.sentences, a.summary)
    assert tone["sentences"].iloc[0] == a.summary["sentences"]
    assert tone["sentences"].iloc[2] == a.summary["author_sentences"]
