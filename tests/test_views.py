"""The derived tables from frames written here, and one pass over the sample article."""

import pandas as pd
import pytest

from analysis import views

STATEMENTS = pd.DataFrame({
    "paragraph": [1, 1, 2, 3, 3], "sentence": [1, 1, 2, 3, 4],
    "speaker": ["Egypt", "Egypt", "officials", "Egypt", "Qatar"],
    "cue": ["welcomed", "praised", "said", "criticised", "said"],
    "target": [None, "Qatar", "Israel", "Israel", "Israel"],
    "stance": ["support", "support", "oppose", "oppose", "neutral"],
    "kind": ["position", "position", "indirect", "position", "direct"],
    "unnamed": [False, False, True, False, False]})


def test_presence_and_cooccurrence():
    mentions = pd.DataFrame({"entity": ["A", "B", "A", "C"], "paragraph": [0, 1, 1, 2],
                             "sentence": [0, 1, 1, 2]})
    presence = views.presence_matrix(mentions, names=["A", "B"], n_paragraphs=2)
    assert presence.loc["A"].tolist() == [1, 1, 0] and presence.loc["B"].tolist() == [0, 1, 0]
    matrix = views.cooccurrence(mentions, names=["A", "B", "C"])
    assert matrix.loc["A", "B"] == 1 and matrix.loc["A", "A"] == 2 and matrix.loc["B", "C"] == 0


def test_filter_statements():
    shown = views.filter_statements(STATEMENTS, stances=["oppose"], include_unnamed=False)
    assert shown["cue"].tolist() == ["criticised"]
    assert len(views.filter_statements(STATEMENTS)) == 5


def test_stance_matrix_counts_and_net():
    counts, net = views.stance_matrix(STATEMENTS)
    assert counts.index.tolist() == ["Egypt", "officials", "Qatar"]
    assert counts.columns.tolist() == ["Israel", "Qatar", views.NO_TARGET]
    assert counts.values.tolist() == [[1, 1, 1], [1, 0, 0], [1, 0, 0]]
    assert net.loc["Egypt", "Israel"] == -1 and net.loc["Qatar", "Israel"] == 0
    assert pd.isna(net.loc["officials", "Qatar"])
    cell = views.cell_statements(STATEMENTS, speaker="Egypt", target=views.NO_TARGET)
    assert cell["cue"].tolist() == ["welcomed"]


def test_speaker_summary():
    cards = views.speaker_summary(STATEMENTS)
    assert cards.columns.tolist() == views.SPEAKER_COLUMNS
    egypt = cards.iloc[0].to_dict()
    assert egypt == {"speaker": "Egypt", "statements": 3, "direct": 0, "indirect": 0, "position": 3,
                     "support": 2, "oppose": 1, "neutral": 0, "targets": ["Qatar", "Israel"],
                     "cues": ["welcomed", "praised", "criticised"], "first_paragraph": 1, "unnamed": False}
    assert cards["speaker"].tolist() == ["Egypt", "officials", "Qatar"]  # most statements, then first seen
    assert cards.set_index("speaker").loc["officials", "unnamed"]


def test_entity_sentences_spans_are_relative_to_the_sentence():
    sentences = pd.DataFrame({"index": [1, 2], "paragraph": [1, 1], "start": [0, 11], "text": ["Egypt met.", "Egypt left."],
                              "tone": [0.1, -0.2]})
    mentions = pd.DataFrame({"entity": ["Egypt"] * 3, "paragraph": [0, 1, 1], "sentence": [0, 1, 2],
                             "start": [4, 0, 11], "end": [9, 5, 16]})
    rows = views.entity_sentences(sentences, mentions, name="Egypt", title="Why Egypt acts")
    assert rows[["paragraph", "sentence", "text"]].values.tolist() == [
        [0, 0, "Why Egypt acts"], [1, 1, "Egypt met."], [1, 2, "Egypt left."]]
    assert rows["spans"].tolist() == [[(4, 9)], [(0, 5)], [(0, 5)]]


def test_to_csv_joins_lists():
    frame = pd.DataFrame({"name": ["Ali Khamenei"], "aliases": [["Khamenei", "Supreme Leader"]]})
    assert views.to_csv(frame).decode().splitlines() == ["name,aliases", "Ali Khamenei,Khamenei; Supreme Leader"]



def test_part_csv_is_the_named_table_as_csv():
    class Parts:  # any object with frames as attributes, like an Analysis
        mentions = pd.DataFrame({"entity": ["Norland"], "aliases": [["Norlandic"]]})
    assert views.part_csv(Parts(), "mentions") == views.to_csv(Parts.mentions)
    assert views.part_csv(Parts(), "mentions").decode().splitlines() == ["entity,aliases", "Norland,Norlandic"]

@pytest.mark.parametrize("value,signed,text", [(0.25, True, "+0.25"), (-0.104, True, "-0.10"), (0.4, False, "0.40"),
                                               (None, True, "-"), (float("nan"), True, "-"), (0, True, "+0.00")])
def test_score_text(value, signed, text):
    assert views.score_text(value, signed=signed) == text


def test_top_entities_by_shown_type_and_the_table_in_words():
    entities = pd.DataFrame({"name": ["A Law", "Ann Lee", "Dock"], "type": ["LAW", "PERSON", "FAC"],
                             "mentions": [3, 2, 1], "salience": [0.5, 0.3, 0.2], "corrected": [False, True, None]})
    assert views.entity_types(entities) == ["PERSON", "LOC", "OTHER"]  # the fixed order of the types
    assert views.top_entities(entities, types=["OTHER", "LOC"])["name"].tolist() == ["A Law", "Dock"]
    table = views.entity_table(entities)
    assert table["type"].tolist() == ["Other", "Person", "Place"]
    assert table[views.CORRECTED_MARK].tolist() == ["", "✎", ""]
    assert views.entity_table(entities.drop(columns="corrected"))[views.CORRECTED_MARK].tolist() == ["", "", ""]
    assert entities["type"].tolist() == ["LAW", "PERSON", "FAC"]  # input untouched


ENTITIES = pd.DataFrame({"name": ["Lena Varga", "Norland", "Coastal"], "type": ["PERSON", "GPE", "NORP"],
                         "aliases": [["Varga"], ["Norlandic"], []]})


@pytest.mark.parametrize("speaker,text,basis", [
    ("Lena Varga", "Lena Varga", "name"), ("Lena Varga", "Varga's", "name"),
    ("Lena Varga", "Norland's President Lena Varga", "name"), ("Norland", "Norland", "name"),
    ("Lena Varga", "she", "pronoun"), ("Lena Varga", "Her", "pronoun"), ("Norland", "They", "pronoun"),
    ("Norland", "The country", "description"), ("Norland", "the Prime Minister of Norland", "description"),
    ("Coastal", "several Coastal towns", "group"), ("Coastal", "towns along the Coastal road", "group"),
    ("Norland", "both sides", "group"), ("Norland", "", "name"),
])
def test_speaker_basis_from_the_words_in_the_article(speaker, text, basis):
    row = {"speaker": speaker, "speaker_text": text, "unnamed": False}
    framed = views.with_speaker_basis(pd.DataFrame([row]), ENTITIES)
    assert framed["speaker_basis"].tolist() == [basis]


def test_speaker_basis_unnamed_and_corrected_come_first():
    rows = pd.DataFrame({"speaker": ["officials", "Norland"], "speaker_text": ["officials", "it"],
                         "unnamed": [True, False], "corrected": [False, True]})
    assert views.with_speaker_basis(rows, ENTITIES)["speaker_basis"].tolist() == ["unnamed", "corrected"]


def test_statement_table_columns_dashes_and_marks():
    statements = STATEMENTS.assign(speaker_text=["Egypt", "it", "officials", "The country", "Qatar"],
                                   target_text=["", "Qatar", "Israel", "Israel", "Israel"],
                                   evidence=["E1", "E2", "E3", "E4", "E5"], content=["c", "", "c", "c", "c"],
                                   confidence=[1.0, 0.7, 0.4, 0.7, 1.0], corrected=[False, False, False, True, False])
    framed = views.with_speaker_basis(statements)
    table = views.statement_table(framed)
    assert table.columns.tolist()[:7] == ["paragraph", "speaker", "cue", "target", "stance", "evidence", "confidence"]
    assert table.columns.tolist() == views.STATEMENT_TABLE_MAIN + views.STATEMENT_TABLE_DETAILS
    assert table["target"].tolist()[0] == "-" and table["target_text"].tolist()[0] == "-"
    assert table["content"].tolist()[1] == "-"
    assert table["speaker via"].tolist() == ["name", "⚠ pronoun: it", "unnamed source", "✎ corrected", "name"]
    assert table["stance via"].tolist() == ["-"] * 5  # a frame without stance_basis
    based = views.statement_table(framed.assign(stance_basis=["rules", "default", "reader", "other", "rules"]))
    assert based["stance via"].tolist() == ["rules", "no evidence", "✎ corrected", "-", "rules"]
    # the uncertain filter drops the pronoun, keeps the rest (the corrected one is no longer uncertain)
    kept = views.filter_statements(framed, include_uncertain=False)
    assert kept["cue"].tolist() == ["welcomed", "said", "criticised", "said"]
    assert len(views.filter_statements(framed)) == 5


def test_stance_breakdown_and_matrix_cells():
    counts, _ = views.stance_matrix(STATEMENTS)
    parts = views.stance_breakdown(STATEMENTS)
    assert parts["support"].loc["Egypt"].tolist() == [0, 1, 1] and parts["oppose"].loc["Egypt"].tolist() == [1, 0, 0]
    assert parts["neutral"].loc["Qatar", "Israel"] == 1 and int(parts["corrected"].values.sum()) == 0
    assert all(part.shape == counts.shape for part in parts.values())
    assert views.matrix_cells(counts) == [("Egypt", "Israel"), ("Egypt", "Qatar"), ("officials", "Israel"),
                                          ("Qatar", "Israel"), ("Egypt", views.NO_TARGET)]


def test_views_on_the_sample_article(seed_analysis):
    counts, _ = views.stance_matrix(seed_analysis.statements)
    assert counts.values.sum() == len(seed_analysis.statements)
    top = views.top_entities(seed_analysis.entities, types=["PERSON"], top_n=2)
    assert top["name"].tolist() == ["Ali Khamenei", "Ebrahim Raisi"]
    framed = views.with_speaker_basis(seed_analysis.statements, seed_analysis.entities)
    assert set(framed["speaker_basis"]) <= {"name", "pronoun", "description", "group", "unnamed"}
    assert (framed["speaker_basis"] == "pronoun").any() and (framed["speaker_basis"] == "name").any()
