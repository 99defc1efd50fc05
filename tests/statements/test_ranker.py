"""The target ranker's candidates and features (:mod:`bench.target_ranker`) and the fit
script's model file, on invented sentences. The ranker is measured by ``scripts/fit_targets.py``
and not called by the extractor, so these tests pin the features and the decision rule, not
the extractor's targets."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from analysis import analyze, from_text
from bench import target_ranker as ranker
from analysis.statements.reported import NO_TARGET

ROOT = Path(__file__).resolve().parents[2]
BODY = ["The Kell Dockers Union accused the Norland Port Authority of cutting wages.",
        "Union leader Ida Brandt said in Vestby that the talks had been a waste of time.",
        "\"We will not give up,\" Brandt said."]


def _script():
    spec = importlib.util.spec_from_file_location("fit_targets", ROOT / "scripts" / "fit_targets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _flags(candidate: ranker.Candidate) -> set[str]:
    return {f for f, v in zip(ranker.FEATURES, candidate.features) if v}


@pytest.fixture
def read(article):
    """Every statement of BODY with its candidates, read in order as the fit script does."""
    art = article(*BODY)
    rows, ranking = [], None
    for hit, speaker, target, _ in art.statements():
        ranking = ranking or ranker.TargetRanker(art.finder)
        rows.append((hit, speaker, target, {c.name: c for c in ranking.candidates(hit, {speaker.name})}))
        ranking.remember(hit, {speaker.name}, target)
    return rows


def test_the_object_of_a_position_is_an_object_in_the_content(read):
    hit, speaker, target, found = read[0]
    assert (hit.text, speaker.name, target.name) == ("accused", "Kell Dockers Union", "Norland Port Authority")
    assert set(found) == {"Norland Port Authority"}  # the speaker is never a candidate
    assert {"type_org", "in_sentence", "in_content", "role_object", "family_judgement", "cue_sided",
            "sided_in_content"} <= _flags(found["Norland Port Authority"])


def test_a_place_in_passing_is_a_place_pobj_outside_the_content(read):
    hit, speaker, target, found = read[1]
    assert (hit.text, speaker.name, target.name) == ("said", "Ida Brandt", None)
    flags = _flags(found["Vestby"])
    assert {"type_gpe", "in_sentence", "role_place_pobj", "family_speech"} <= flags
    assert not flags & {"in_content", "role_subject", "role_object", "prev_target"}


def test_the_previous_statement_gives_its_target_and_speaker(read):
    found = read[1][3]
    assert {"prev_target", "recent_target", "in_prev_paragraph", "in_lede"} <= _flags(found["Norland Port Authority"])
    assert {"prev_speaker", "was_speaker"} <= _flags(found["Kell Dockers Union"])
    assert "prev_target" not in _flags(found["Kell Dockers Union"])


def test_a_quote_two_paragraphs_on_sees_the_lede_only_as_far(read):
    hit, _, target, found = read[2]
    assert target.name is None and hit.quote is not None
    flags = _flags(found["Norland Port Authority"])
    assert {"has_quote", "in_lede", "only_far", "recent_target"} <= flags
    assert "prev_target" not in flags  # the statement just before had no target


def _model(**weights: float) -> ranker.Model:
    return ranker.Model(tuple(weights.get(f, 0.0) for f in ranker.FEATURES), -2.0, 0.5)


def test_choose_takes_the_best_candidate_above_the_threshold_else_abstains(read):
    found = list(read[1][3].values())
    assert ranker.choose(_model(prev_target=4.0), found).name == "Norland Port Authority"
    assert ranker.choose(_model(role_place_pobj=4.0), found).name == "Vestby"
    assert ranker.choose(_model(prev_target=1.0), found) is None  # p = 0.27 < 0.5
    assert ranker.choose(_model(), found) is None
    assert ranker.choose(_model(prev_target=4.0), []) is None


def test_after_fills_only_an_empty_target(article):
    art = article(*BODY)
    ranking, out = None, []
    model = _model(prev_target=4.0)
    for hit, speaker, target, _ in art.statements():
        ranking = ranking or ranker.TargetRanker(art.finder)
        out.append(ranking.after(hit, {speaker.name}, target, model))
    assert [(t.name, t.how) for t in out] == [("Norland Port Authority", "object"),
                                              ("Norland Port Authority", "ranked"), (None, "none")]
    assert out[1].text == ""  # not named in the paragraph: no words of its own
    hit = art.cues(2)[0]
    assert ranker.TargetRanker(art.finder).after(hit, {"Ida Brandt"}, NO_TARGET, None) == NO_TARGET  # no model


def test_load_model_reads_the_fitted_file_and_rejects_other_features(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"features": list(ranker.FEATURES), "weights": [0.5] * len(ranker.FEATURES),
                                "intercept": -1.0, "threshold": 0.4}))
    model = ranker.load_model(path)
    assert model.threshold == 0.4 and model.weights[0] == 0.5
    path.write_text(json.dumps({"features": ["type_person"], "weights": [1.0], "intercept": 0, "threshold": 0.5}))
    ranker.load_model.cache_clear()
    with pytest.raises(ValueError):
        ranker.load_model(path)
    ranker.load_model.cache_clear()
    assert ranker.load_model(tmp_path / "absent.json") is None


def test_the_model_file_holds_no_names():
    script = _script()
    examples = [script.Example("kell-dockers-vote", np.zeros((2, len(ranker.FEATURES))), np.array([1.0, 0.0]), False)]
    articles = [script.Article("kell-dockers-vote", "open", False, 3, 2, examples)]
    record = script.model_record(np.arange(len(ranker.FEATURES)) / 10, -1.5, 0.4, penalty=3.0,
                                 articles=articles, examples=examples, nested_right=1)
    text = json.dumps(record).lower()
    assert "kell" not in text and "dockers" not in text
    assert record["features"] == list(ranker.FEATURES)
    assert all(f.islower() and f.replace("_", "").isalpha() for f in ranker.FEATURES)  # words, not names
    assert record["metadata"]["sets"]["open"]["articles"] == 1


def test_the_fit_script_records_the_features_the_ranker_computes(nlp, read):
    """Round trip: the fit script's recorder, around the whole extractor, sees the same
    candidates with the same features as the ranker reading the article itself, and leaves the
    extractor's output the rules' own."""
    script = _script()
    with script.recording([]) as records:
        rows = analyze(from_text("Test article\n\n" + "\n\n".join(BODY)), nlp=nlp).statements
    assert [(p, cue, set(s)) for p, cue, s, _ in records] == [(2, "said", {"Ida Brandt"}), (3, "said", {"Ida Brandt"})]
    assert "ranked" not in rows.to_string()
    for (_, _, _, recorded), (_, _, target, found) in zip(records, read[1:]):
        assert target.name is None
        assert {c.name: c.features for c in recorded} == {n: c.features for n, c in found.items()}
