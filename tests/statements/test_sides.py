"""The learned side of :mod:`bench.stance_sides`, on invented sentences.

The model is asked only for statements the rules leave neutral for want of evidence and that
have a target entity (a quoted report with no target stays neutral): criticism
said of a named party in words the rules read no judgement in is read as oppose (a learned side,
lower confidence); plain reports of events stay neutral; support the rules find stays support.
The shipped model file holds no proper name, and the features and decisions are the same in the
fitting script and at run time.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from analysis.statements import confidence
from bench import stance_sides as sides
from analysis.statements.polarity import Stance
from analysis.statements.reported import Target
from analysis.statements.speakers import Speaker

ROOT = Path(__file__).resolve().parents[2]


def final(article, text: str, cue: str) -> Stance:
    """The stance of the (last) statement whose cue token is ``cue``, after the learned side."""
    hit, _, target, stance = article(text).statement(cue)
    return sides.learned_side(hit, target, stance)


# -- criticism the rules read no judgement in: the learned side ---------------------------------

@pytest.mark.parametrize("text, cue", [
    ('"The Kell council has not answered a single one of the letters we have sent since the spring," '
     'Ida Brandt said.', "said"),
    ('"Norland is not serious about these talks and never has been," Tom Reyes said.', "said"),
    ('"The Kell Water Board keeps changing its story about the pipes every time we ask," Ida Brandt said.',
     "said"),
    ('"The Kell Mining Company has not paid a cent of the money it owes the valley," Tom Reyes said.', "said"),
    ('"Norland does not want an agreement, it wants our fishing grounds," Ida Brandt said.', "said"),
])
def test_unread_criticism_gets_a_learned_oppose(article, text, cue):
    hit, _, target, stance = article(text).statement(cue)
    assert stance.default  # the rules alone find no evidence
    side = sides.learned_side(hit, target, stance)
    assert side == Stance("oppose", False, "learned")


# -- support the rules find stays support --------------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("Ida Brandt praised the Kell council for its quick response.", "praised"),
    ('"The Kell council has done a great deal for this town," Ida Brandt said.', "said"),
    ("Tom Reyes said the Norland government had kept every promise it made.", "said"),
    ("The Kell Teachers' Union welcomed the Norland ministry's offer.", "welcomed"),
    ("Ida Brandt thanked the Orion Shipping Line for its help.", "thanked"),
])
def test_support_stays_support(article, text, cue):
    assert final(article, text, cue).value == "support"


# -- plain reports stay neutral ------------------------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("Ida Brandt said the new bridge would open in May.", "said"),
    ("Tom Reyes told reporters the meeting would take place on Tuesday.", "told"),
    ("The Kell council said it had received 300 applications.", "said"),
    ("Tom Reyes announced that the Kell museum will reopen next year.", "announced"),
    ("Ida Brandt said the report would be published after the summer.", "said"),
    ("Tom Reyes said the ferry to Norland leaves twice a day.", "said"),
])
def test_plain_reports_stay_neutral(article, text, cue):
    assert final(article, text, cue) == Stance("neutral", True)


@pytest.mark.xfail(strict=True, reason="the learned side reads the statement's shape, hardly its words: "
                   "a quoted remark on a named party's conduct with no evaluation the rules read is taken "
                   "as oppose, even when it is loyal ('has stood with us' is solidarity the rules miss)")
def test_unread_loyalty_is_not_read_as_oppose(article):
    assert final(article, '"Kell has stood with us from the start," Ida Brandt said.', "said").value != "oppose"


@pytest.mark.parametrize("text, cue", [
    ('Professor Ida Brandt told Radio Kell: "Our trial shows that the new vaccine works."', "told"),
    ('Tom Reyes wrote to the Norland Rowing Club: "I will not race again this season."', "wrote"),
    ("The Kell Savings Bank warns customers that fees will rise in the spring.", "warns"),
])
def test_no_target_is_never_asked(article, text, cue):
    """With no target entity the model is not asked: a quoted report stays neutral."""
    hit, _, target, stance = article(text).statement(cue)
    assert target.name is None and stance.default
    assert sides.learned_side(hit, target, stance) is stance


def test_a_side_the_rules_found_is_never_asked(article):
    hit, _, target, stance = article("Ida Brandt condemned the Kell council.").statement("condemned")
    assert sides.learned_side(hit, target, stance) is stance


def test_rules_confidence_of_a_stance():
    speaker = Speaker("Ida Brandt", "Ida Brandt")
    target = Target("Kell", "Kell", "reported")
    assert confidence(speaker, target, Stance("oppose", False), family="speech") == 0.9
    assert confidence(speaker, target, Stance("neutral", True), family="speech") == 0.75


# -- the model file ------------------------------------------------------------------------------

def test_model_file_has_no_capitalised_or_proper_vocabulary():
    data = json.loads(sides.MODEL_PATH.read_text(encoding="utf-8"))
    assert len(data["features"]) == len(data["mean"]) == len(data["scale"]) == len(data["weights"])
    for name in data["features"]:
        assert name == name.lower(), name
        assert name.startswith(sides.BINARY) or name in _NUMERIC, name
    text = json.dumps(data["metadata"])
    assert not any(ch.isupper() for ch in text.replace("L2", "")), "metadata must name no article"


_NUMERIC = {"log_words", "modals", "negations", "quoted", "vader", "valence_near", "valence_rest"}


def _fit_script():
    spec = importlib.util.spec_from_file_location("fit_stance", ROOT / "scripts" / "fit_stance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fit_and_run_time_agree(article, tmp_path):
    """Features made once, a tiny model fitted by the script, written, read back: the run-time
    probabilities and decisions are the fit's."""
    fit = _fit_script()
    texts = [
        ('"Norland is not serious about these talks," Tom Reyes said.', "oppose"),
        ("Ida Brandt said the new bridge would open in May.", "neutral"),
        ('"The Kell council keeps moving the goalposts," Ida Brandt said.', "oppose"),
        ("Tom Reyes told reporters the meeting would take place on Tuesday.", "neutral"),
        ('"Kell has stood with us from the start," Ida Brandt said.', "support"),
        ("The Kell council said it had received 300 applications.", "neutral"),
    ]
    rows = []
    for k, (text, gold) in enumerate(texts):
        hit, _, target, _ = article(text).statement("said" if " said" in text else "told")
        rows.append({"article": f"a{k % 3}", "features": sides.side_features(hit, target), "gold": gold})
    model = fit.train(rows, 0.01)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(fit.model_file(model, 0.45, {"date": "test"})), encoding="utf-8")
    loaded = sides.load_side_model.__wrapped__(path)
    expected = fit.predict(model, rows)
    for row, p in zip(rows, expected):
        x = sides.encode(row["features"], loaded.columns, loaded.mean, loaded.scale)
        assert np.allclose(sides.probabilities(x, loaded.weights, loaded.bias), p, atol=1e-4)
        assert loaded.side(row["features"]) == sides.decide(p, 0.45)
