"""Corrections as operations: validation, each operation's effect, re-applying to a re-analysis."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import Analysis, analyze, load
from analysis.corrections import (
    InvalidCorrection,
    apply_corrections,
    describe,
    entity_key,
    parse,
    statement_key,
    validate,
)

BEFORE = """Harbour Plan Divides Council

Mayor Lena Ortiz praised the new harbour plan on Monday. The Green Party condemned the plan, saying it would harm the bay.

Councillor Tom Reyes criticised Ortiz for ignoring the fishermen. Reyes said the vote should wait.

The Harbour Union welcomed the delay, and the Harbour Workers Union thanked Reyes."""

# the same article edited: one sentence gone, the last one shortened
AFTER = """Harbour Plan Divides Council

Mayor Lena Ortiz praised the new harbour plan on Monday. The Green Party condemned the plan, saying it would harm the bay.

Councillor Tom Reyes criticised Ortiz for ignoring the fishermen.

The Harbour Union welcomed the delay."""


@pytest.fixture(scope="module")
def before(nlp) -> Analysis:
    return analyze(load(BEFORE.encode(), "harbour.txt"), nlp=nlp)


@pytest.fixture(scope="module")
def after(nlp) -> Analysis:
    return analyze(load(AFTER.encode(), "harbour.txt"), nlp=nlp)


def statement(analysis: Analysis, speaker: str, cue: str) -> dict:
    rows = analysis.statements[(analysis.statements["speaker"] == speaker) & (analysis.statements["cue"] == cue)]
    assert len(rows) == 1, analysis.statements[["speaker", "cue"]]
    return rows.iloc[0].to_dict()


def entity(analysis: Analysis, name: str) -> dict:
    rows = analysis.entities[analysis.entities["name"] == name]
    assert len(rows) == 1, analysis.entities["name"].tolist()
    return rows.iloc[0].to_dict()


def sentence_text(analysis: Analysis, start: str) -> str:
    return next(t for t in analysis.sentences["text"] if t.startswith(start))


# --- validation --------------------------------------------------------------------------------

@pytest.mark.parametrize("ops,words", [
    ({"op": "drop_entity"}, "must be a list"),
    ([{"op": "frobnicate"}], "Correction 1 is not valid: unknown operation 'frobnicate'"),
    (["drop"], "must be an object"),
    ([{"op": "drop_entity"}], "drop_entity needs entity"),
    ([{"op": "drop_entity", "entity": {"name": "X"}, "colour": 1}], "unknown field(s) colour"),
    ([{"op": "retype_entity", "entity": {"name": "X"}, "type": "ALIEN"}], "type must be one of"),
    ([{"op": "edit_statement", "statement": {"evidence": "A said.", "cue": "said", "speaker": "A"},
       "stance": "furious"}], "stance must be one of"),
    ([{"op": "edit_statement", "statement": {"evidence": "A said.", "cue": "said", "speaker": "A"}}],
     "changes nothing"),
    ([{"op": "delete_statement", "statement": {"evidence": "A said.", "cue": 3, "speaker": "A"}}],
     "statement.cue must be text"),
    ([{"op": "rename_entity", "entity": {"name": "X"}, "name": "  "}], "name is missing"),
    ([{"op": "drop_entity", "entity": {"name": "X"}}] * 1001, "Too many corrections"),
])
def test_bad_operations_say_what_is_wrong(ops, words):
    with pytest.raises(InvalidCorrection) as caught:
        validate(ops)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_parse_takes_a_list_or_the_json_download():
    op = {"op": "drop_entity", "entity": {"name": "  Green   Party "}}
    assert parse(json.dumps([op])) == [{"op": "drop_entity", "entity": {"name": "Green Party", "aliases": []}}]
    assert parse(json.dumps({"title": "x", "corrections": [op]}))[0]["entity"]["name"] == "Green Party"
    with pytest.raises(InvalidCorrection, match="not valid JSON"):
        parse(b"{not json")
    with pytest.raises(InvalidCorrection, match="must be a list"):
        parse(b'{"title": "no corrections here"}')


def test_bad_operations_reach_apply_as_errors(before):
    with pytest.raises(InvalidCorrection):
        apply_corrections(before, [{"op": "merge_entities", "entity": "Green Party"}])


# --- each operation ----------------------------------------------------------------------------

def test_no_operation_still_marks_nothing_corrected(before):
    corrected, report = apply_corrections(before, [])
    assert corrected.statements["corrected"].tolist() == [False] * len(before.statements)
    assert not corrected.entities["corrected"].any()
    assert report.applied == () and report.stale == ()
    assert "corrected" not in before.statements.columns  # the machine analysis is untouched


def test_statement_operations(before):
    said, condemned = statement(before, "Tom Reyes", "said"), statement(before, "Green Party", "condemned")
    saying, praised = statement(before, "Green Party", "saying"), statement(before, "Lena Ortiz", "praised")
    ops = [{"op": "edit_statement", "statement": statement_key(condemned), "target": None},
           {"op": "edit_statement", "statement": statement_key(said), "stance": "oppose", "target": "Lena Ortiz",
            "speaker": "Councillor Reyes"},
           {"op": "delete_statement", "statement": statement_key(saying)},
           {"op": "confirm_statement", "statement": statement_key(praised)}]
    corrected, report = apply_corrections(before, ops)
    assert report.stale == () and len(report.applied) == 4
    rows = corrected.statements
    assert len(rows) == len(before.statements) - 1
    assert "saying" not in rows["cue"].tolist()
    edited = statement(corrected, "Councillor Reyes", "said")
    assert (edited["stance"], edited["target"], edited["corrected"]) == ("oppose", "Lena Ortiz", True)
    assert edited["stance_basis"] == "reader"  # the reader's stance, not the rules' or the model's
    assert pd.isna(statement(corrected, "Green Party", "condemned")["target"])
    assert statement(corrected, "Lena Ortiz", "praised")["confidence"] == 1.0
    assert rows.loc[rows["cue"] == "criticised", "corrected"].tolist() == [False]
    assert corrected.summary["statements"] == len(rows)
    assert [op["op"] for op in corrected.corrections] == [op["op"] for op in ops]
    assert all(describe(op) for op in corrected.corrections)


def test_add_a_missed_statement_and_its_voice(seed_analysis):
    author = seed_analysis.sentences[seed_analysis.sentences["voice"] == "author"].iloc[0]
    op = {"op": "add_statement", "evidence": author["text"], "speaker": "Ali Khamenei", "cue": "delivered",
          "target": "Iran", "stance": "support", "kind": "position"}
    corrected, report = apply_corrections(seed_analysis, [op])
    assert report.stale == ()
    row = corrected.statements[corrected.statements["cue"] == "delivered"].iloc[0]
    assert (row["sentence"], row["speaker"], row["target"], row["corrected"]) == (author["index"], "Ali Khamenei",
                                                                                   "Iran", True)
    assert row["target_text"] == "Iran" and row["kind"] == "position"
    assert corrected.statements["sentence"].is_monotonic_increasing
    voice = corrected.sentences.set_index("index").loc[author["index"], "voice"]
    assert voice == "attributed"
    assert corrected.summary["author_sentences"] == seed_analysis.summary["author_sentences"] - 1


def test_merge_rewrites_mentions_and_statements(seed_analysis):
    muslim, islamic = entity(seed_analysis, "Muslim"), entity(seed_analysis, "Islamic")
    corrected, report = apply_corrections(seed_analysis, [
        {"op": "merge_entities", "entity": entity_key(muslim), "other": entity_key(islamic)}])
    assert report.stale == ()
    names = corrected.entities["name"].tolist()
    assert "Islamic" not in names and len(names) == len(seed_analysis.entities) - 1
    kept = entity(corrected, "Muslim")
    assert kept["mentions"] == muslim["mentions"] + islamic["mentions"]
    assert "Islamic" in kept["aliases"] and kept["corrected"]
    assert set(kept["paragraphs"]) == set(muslim["paragraphs"]) | set(islamic["paragraphs"])
    assert "Islamic" not in set(corrected.mentions["entity"])
    assert (corrected.mentions["entity"] == "Muslim").sum() == kept["mentions"]
    was_islamic = seed_analysis.statements["target"] == "Islamic"
    assert was_islamic.any()
    assert (corrected.statements.loc[was_islamic, "target"] == "Muslim").all()
    assert corrected.statements.loc[was_islamic, "corrected"].all()


def test_rename_retype_and_drop(seed_analysis):
    bahrain, raisi = entity(seed_analysis, "Bahrain"), entity(seed_analysis, "Ebrahim Raisi")
    hamas = entity(seed_analysis, "Hamas")
    corrected, report = apply_corrections(seed_analysis, [
        {"op": "rename_entity", "entity": entity_key(raisi), "name": "President Raisi"},
        {"op": "retype_entity", "entity": entity_key(bahrain), "type": "ORG"},
        {"op": "drop_entity", "entity": entity_key(hamas)},
        {"op": "rename_entity", "entity": {"name": "Iran"}, "name": "Israel"}])
    assert [s.reason for s in report.stale] == ["another entity is already called Israel: merge them instead"]
    renamed = entity(corrected, "President Raisi")
    assert "Ebrahim Raisi" in renamed["aliases"] and renamed["corrected"]
    assert "President Raisi" in set(corrected.statements["speaker"])
    assert "Ebrahim Raisi" not in set(corrected.statements["speaker"])
    assert set(corrected.mentions.loc[corrected.mentions["entity"] == "Bahrain", "type"]) == {"ORG"}
    assert entity(corrected, "Bahrain")["type"] == "ORG"
    assert "Hamas" not in set(corrected.entities["name"]) | set(corrected.mentions["entity"])
    assert "Hamas" not in set(corrected.statements["target"].dropna())
    assert corrected.entities["salience"].sum() == pytest.approx(1.0, abs=0.01)


def test_an_entity_is_found_by_an_alias(seed_analysis):
    key = {"name": "Supreme Leader Khamenei", "aliases": ["Khamenei"]}
    corrected, report = apply_corrections(seed_analysis, [{"op": "retype_entity", "entity": key, "type": "ORG"}])
    assert report.stale == ()
    assert entity(corrected, "Ali Khamenei")["type"] == "ORG"


def test_dropping_a_speaker_keeps_its_statements_unnamed(seed_analysis):
    bahrain = entity(seed_analysis, "Bahrain")
    corrected, _ = apply_corrections(seed_analysis, [{"op": "drop_entity", "entity": entity_key(bahrain)}])
    spoken = corrected.statements[corrected.statements["speaker"] == "Bahrain"]
    assert len(spoken) == (seed_analysis.statements["speaker"] == "Bahrain").sum() > 0
    assert spoken["unnamed"].all() and spoken["corrected"].all()
    assert corrected.summary["speakers"] == seed_analysis.summary["speakers"] - 1


# --- re-applying to a re-analysis --------------------------------------------------------------

def test_corrections_re_apply_to_an_edited_article(before, after):
    ops = [
        {"op": "edit_statement", "statement": statement_key(statement(before, "Green Party", "condemned")),
         "target": None},                                                                       # 0 fits
        {"op": "delete_statement", "statement": statement_key(statement(before, "Green Party", "saying"))},  # 1
        {"op": "edit_statement", "statement": statement_key(statement(before, "Tom Reyes", "said")),
         "stance": "oppose"},                                                                   # 2 sentence gone
        {"op": "merge_entities", "entity": entity_key(entity(before, "Harbour Union")),
         "other": entity_key(entity(before, "Harbour Workers Union"))},                         # 3 entity gone
        {"op": "rename_entity", "entity": entity_key(entity(before, "Lena Ortiz")), "name": "Mayor Ortiz"},  # 4
        {"op": "add_statement", "evidence": sentence_text(before, "The Harbour Union"), "speaker": "Harbour Union",
         "cue": "welcomed", "target": "Tom Reyes", "stance": "support"},                        # 5 sentence changed
        {"op": "add_statement", "evidence": sentence_text(before, "The Green Party"), "speaker": "Green Party",
         "cue": "harm", "stance": "oppose"},                                                    # 6 fits
    ]
    first, first_report = apply_corrections(before, ops)
    assert first_report.stale == ()
    # the saved list survives JSON (as in a share link or the download) and re-applies
    saved = json.loads(json.dumps(first.to_dict()))["corrections"]
    second, report = apply_corrections(after, saved)
    assert [s.index for s in report.stale] == [2, 3, 5]
    reasons = {s.index: s.reason for s in report.stale}
    assert "no statement by Tom Reyes with cue 'said'" in reasons[2]
    assert reasons[3] == "no entity named Harbour Workers Union any more"
    assert "is no longer in the article" in reasons[5]
    assert [op["op"] for op in report.applied] == ["edit_statement", "delete_statement", "rename_entity",
                                                   "add_statement"]
    rows = second.statements
    assert "saying" not in rows["cue"].tolist()
    assert rows.loc[rows["cue"] == "harm", "speaker"].tolist() == ["Green Party"]
    assert set(rows.loc[rows["cue"] == "criticised", "target"]) == {"Mayor Ortiz"}
    assert "Mayor Ortiz" in set(second.entities["name"]) and "Lena Ortiz" not in set(second.mentions["entity"])
    assert [s["index"] for s in second.to_dict()["stale_corrections"]] == [2, 3, 5]


def test_a_statement_is_found_by_its_words_when_the_speaker_is_renamed(before):
    row = statement(before, "Tom Reyes", "criticised")
    key = statement_key(row) | {"speaker": "T. Reyes"}  # a newer version names the speaker otherwise
    corrected, report = apply_corrections(before, [{"op": "edit_statement", "statement": key, "stance": "neutral"}])
    assert report.stale == ()
    assert statement(corrected, "Tom Reyes", "criticised")["stance"] == "neutral"


def test_the_corrected_analysis_round_trips_through_its_record(before):
    op = {"op": "drop_entity", "entity": entity_key(entity(before, "Green Party"))}
    corrected, _ = apply_corrections(before, [op])
    copy = Analysis.from_record(json.loads(json.dumps(corrected.to_record())))
    assert copy.corrections == corrected.corrections
    assert copy.statements["corrected"].tolist() == corrected.statements["corrected"].tolist()


# --- the command line --------------------------------------------------------------------------

def test_cli_applies_a_corrections_file(nlp, tmp_path, capsys):
    from analysis.__main__ import main

    article = tmp_path / "harbour.txt"
    article.write_text(AFTER, encoding="utf-8")
    fixes = tmp_path / "fixes.json"
    fixes.write_text(json.dumps({"corrections": [
        {"op": "rename_entity", "entity": {"name": "Lena Ortiz"}, "name": "Mayor Ortiz"},
        {"op": "drop_entity", "entity": {"name": "Harbour Workers Union"}}]}), encoding="utf-8")
    assert main([str(article), "--corrections", str(fixes)]) == 0
    captured = capsys.readouterr()
    payload = json.loads(captured.out)
    assert [op["op"] for op in payload["corrections"]] == ["rename_entity"]
    assert payload["stale_corrections"][0]["index"] == 1
    assert "Mayor Ortiz" in {e["name"] for e in payload["entities"]}
    assert "correction 2 no longer applies: no entity named Harbour Workers Union" in captured.err
    fixes.write_text('[{"op": "explode"}]', encoding="utf-8")
    assert main([str(article), "--corrections", str(fixes)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Correction 1 is not valid: unknown operation 'explode'") and err.count("\n") == 1
    assert main([str(article), "--corrections", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
