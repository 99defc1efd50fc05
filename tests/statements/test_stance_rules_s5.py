"""Stance rules by construction (``polarity.py`` and ``evaluation.py``), on invented sentences.

Each group names the construction it covers; the sentences and names are made up for this file.
"""

from __future__ import annotations

import pytest

from analysis.statements.evaluation import valence
from tests.statements.test_polarity import stance, tokens

# -- a negation word reverses; it does not blame by itself ------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The ferry will no longer be called a cruise.", id="no-longer"),
    pytest.param("There is no bus on Sundays.", id="no-bus"),
])
def test_negation_word_has_no_valence_of_its_own(parsed, text):
    assert valence(tokens(parsed, text)) == 0


def test_renaming_with_no_longer_is_neutral(parsed):
    text = '"Port Amsel will no longer be called a village," the mayor Ida Wren said.'
    assert stance(parsed, text, "said", "Port Amsel").value == "neutral"


# -- the target's own friendly act is reported, not praised ------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    pytest.param("Commissioner Lea Dorn announced Valdora was to join.", "Valdora", id="was-to-join"),
    pytest.param("The coach said Kelmark would visit the school next week.", "Kelmark", id="would-visit"),
    pytest.param("The envoy said Ostrava would sign the accord in May.", "Ostrava", id="would-sign"),
])
def test_own_friendly_act_is_neutral(parsed, text, target):
    cue = "announced" if "announced" in text else "said"
    assert stance(parsed, text, cue, target).value == "neutral"


def test_own_act_with_praise_still_supports(parsed):
    text = "The coach said Kelmark had been brilliant all season."
    assert stance(parsed, text, "said", "Kelmark").value == "support"


# -- an act on the target told as done is an event; an intended or required one is a position ---------

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param("The general said the army had defeated the Red Lantern Front.", "Red Lantern Front", "neutral",
                 id="had-defeated"),
    pytest.param("The general said the army defeated the Red Lantern Front last spring.", "Red Lantern Front",
                 "neutral", id="defeated-last-spring"),
    pytest.param("The general said the army would defeat the Red Lantern Front.", "Red Lantern Front", "oppose",
                 id="would-defeat"),
    pytest.param("The general said the Red Lantern Front must be punished.", "Red Lantern Front", "oppose",
                 id="must-be-punished"),
    pytest.param('"We will help Ostrava rebuild," the envoy Ana Kell said.', "Ostrava", "support", id="will-help"),
])
def test_done_act_is_an_event_intended_act_a_position(parsed, text, target, value):
    assert stance(parsed, text, "said", target, how="action").value == value


# -- a speech participle elaborating a judgement takes that judgement's stance ---------------------------

@pytest.mark.parametrize(("text", "value"), [
    pytest.param("The union criticised the rota, saying shifts were changed at night.", "oppose",
                 id="criticised-saying"),
    pytest.param("Senator Ola Brandt posted a note blaming Kelmark for the outage, saying the cables were cut.",
                 "oppose", id="note-blaming-saying"),
    pytest.param("The jury praised the bakers of Valdora, saying they had worked through the night.", "support",
                 id="praised-saying"),
])
def test_participle_elaborates_the_judgement(parsed, text, value):
    assert stance(parsed, text, "saying").value == value


def test_participle_after_a_plain_report_stays_neutral(parsed):
    text = "The club confirmed the signing, saying the striker arrives on Monday."
    assert stance(parsed, text, "saying").value == "neutral"


# -- a judgement noun heading the target's phrase judges the target ------------------------------------

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param('"The biggest lie told by the Amber League is that the lake is clean," Tom Vries said.',
                 "Amber League", "oppose", id="lie-told-by"),
    pytest.param('"The success of the Orla Accord will shape the next decade," Tom Vries said.', "Orla Accord",
                 "support", id="success-of"),
    pytest.param('"The failure of the Amber League was plain to all of us," Tom Vries said.', "Amber League",
                 "oppose", id="failure-of"),
])
def test_judgement_noun_over_the_target(parsed, text, target, value):
    assert stance(parsed, text, "said", target).value == value


# -- a judged clause counts even when the target gets no evaluation of its own -------------------------

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param('"The Tarn villagers trusted us. Leaving them alone now is a big mistake," Eva Holt wrote.',
                 "Tarn", "oppose", id="mistake-later-sentence"),
    pytest.param('"Kelmark asked for the vote. Holding it in May was a wise decision," Eva Holt said.', "Kelmark",
                 "support", id="wise-decision"),
])
def test_judged_clause_beside_an_unjudged_target(parsed, text, target, value):
    cue = "wrote" if "wrote" in text else "said"
    assert stance(parsed, text, cue, target).value == value
