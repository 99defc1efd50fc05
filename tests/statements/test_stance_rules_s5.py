"""Stance rules by construction (``polarity.py`` and ``evaluation.py``), on invented sentences.

Each group names the construction it covers; the sentences and names are made up for this file.
"""

from __future__ import annotations

import pytest

from analysis.statements.evaluation import valence
from tests.statements.test_polarity import stance, tokens

# -- a negation word reverses; it does not blame by itself ------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The ferry will no longer sail at night.", id="no-longer"),
    pytest.param("There is no bus on Sundays.", id="no-bus"),
])
def test_negation_word_has_no_valence_of_its_own(parsed, text):
    assert valence(tokens(parsed, text)) == 0


def test_renaming_with_no_longer_is_neutral(parsed):
    text = '"Port Amsel will no longer run its night market," the mayor Ida Wren said.'
    assert stance(parsed, text, "said", "Port Amsel").value == "neutral"


# -- the target's own friendly act is reported, not praised ------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    pytest.param("League chair Lea Dorn announced Valdora would enter next season and join.", "Valdora",
                 id="would-join"),
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
    pytest.param("Senator Ola Brandt sent a letter accusing Kelmark of negligence, saying the cables were cut.",
                 "oppose", id="letter-accusing-saying"),
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
    pytest.param('"The worst lie of the Amber League was about the lake," Tom Vries said.',
                 "Amber League", "oppose", id="lie-of"),
    pytest.param('"The triumph of the Orla Accord will shape the next decade," Tom Vries said.', "Orla Accord",
                 "support", id="triumph-of"),
    pytest.param('"The failure of the Amber League was plain to all of us," Tom Vries said.', "Amber League",
                 "oppose", id="failure-of"),
])
def test_judgement_noun_over_the_target(parsed, text, target, value):
    assert stance(parsed, text, "said", target).value == value


# -- a judged clause counts even when the target gets no evaluation of its own -------------------------

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param('"The Tarn villagers trusted us. Closing their clinic now would be a grave error," Eva Holt wrote.',
                 "Tarn", "oppose", id="error-later-sentence"),
    pytest.param('"Kelmark asked for the vote. Holding it in May was a wise decision," Eva Holt said.', "Kelmark",
                 "support", id="wise-decision"),
])
def test_judged_clause_beside_an_unjudged_target(parsed, text, target, value):
    cue = "wrote" if "wrote" in text else "said"
    assert stance(parsed, text, cue, target).value == value


# -- a character label put on a named entity in the reported words judges it ----------------------------

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param('"The Grey Hand terrorists crossed the river at dawn," the minister Ola Lind said.',
                 "Grey Hand", "oppose", id="x-terrorists"),
    pytest.param("The minister said the corrupt Tomas Riel had to go.", "Tomas Riel", "oppose", id="corrupt-x"),
    pytest.param('"Ana Kell, a true patriot, served the town for forty years," the mayor said.', "Ana Kell",
                 "support", id="x-a-patriot"),
])
def test_character_label_on_the_target(parsed, text, target, value):
    assert stance(parsed, text, "said", target).value == value


def test_judgement_word_inside_a_name_is_no_label(parsed):
    text = '"The Kell Fair Trade Union met on Monday," the clerk Ola Lind said.'
    assert stance(parsed, text, "said", "Kell Fair Trade Union").value == "neutral"


def test_descriptive_modifier_is_no_label(parsed):
    text = '"The Grey Hand fighters crossed the river at dawn," the minister Ola Lind said.'
    assert stance(parsed, text, "said", "Grey Hand").value == "neutral"


# -- "according to" a person or a person's document reports that person's words ------------------------

@pytest.mark.parametrize(("text", "family"), [
    pytest.param("Spokesman Ivo Brant spoke first. According to him, the plan is a disgrace.", "speech",
                 id="according-to-him"),
    pytest.param("According to a letter issued by Senator Tomas Riel, the levy is unfair.", "speech",
                 id="letter-by-a-person"),
    pytest.param("According to the Kell Times, the levy is unfair.", "report", id="outlet"),
])
def test_according_to_a_person_is_speech(article, text, family):
    doc = article(text)
    hit = next(h for p in doc.pieces for h in doc.cues(p.paragraph) if h.text == "according to")
    assert hit.family == family


# -- the doer of a nominal action is not the one it is aimed at ------------------------------------------

def test_helper_named_in_the_help_is_not_helped(parsed):
    text = "The envoy said the rescue owed much to the help of sailors from Ostrava."
    assert stance(parsed, text, "said", "Ostrava", how="action").value == "neutral"


# -- the speaker's own warning or threat to the target -------------------------------------------------

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param('"We warn the Valdorans to keep out of our waters," the commander Ivo Brant said.', "Valdorans",
                 "oppose", id="we-warn"),
])
def test_own_warning_opposes(parsed, text, target, value):
    assert stance(parsed, text, "said", target).value == value


# -- harm told of a thing ("costs X ..."), an "as" predicate, a surprise --------------------------------

def test_what_costs_the_target_is_against(parsed):
    text = 'The banker Ola Lind said the toll "costs Valdora two million a year."'
    assert stance(parsed, text, "said", "Valdora").value == "oppose"


def test_as_predicate_is_read(parsed):
    text = "The fund said the Orla Accord could serve the region as a lifeline."
    assert stance(parsed, text, "said", "Orla Accord").value == "support"


def test_a_surprise_is_no_praise(parsed):
    text = '"Kelmark\'s result surprised everyone," the analyst Ola Lind said.'
    assert stance(parsed, text, "said", "Kelmark").value == "neutral"


# -- a fronted judgement or label participle gives the speech cue its stance ---------------------------

@pytest.mark.parametrize(("text", "value"), [
    pytest.param('Calling the plan a "recipe for ruin", the union leader Ivo Brant said "Members will march on Friday."',
                 "oppose", id="calling-ruin"),
    pytest.param("Praising the volunteers, the mayor Ada Holm said the town would pay for the new hall.", "support",
                 id="praising"),
    pytest.param('Calling the levy "the second of its kind", the clerk Ivo Brant said it would start in May.',
                 "neutral", id="descriptive-label"),
])
def test_fronted_participle_gives_the_stance(parsed, text, value):
    assert stance(parsed, text, "said").value == value


# -- a decision, rule or policy judged by what it does ---------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    pytest.param("Mayor Ida Wren said the tax had ruined many small farms.", "oppose", id="tax-ruined"),
    pytest.param("Mayor Ida Wren said the new rule helps every tenant.", "support", id="rule-helps"),
    pytest.param("Mayor Ida Wren said the storm destroyed the pier.", "neutral", id="storm-destroyed"),
    pytest.param("Mayor Ida Wren said the plan would start in May.", "neutral", id="plan-starts"),
])
def test_conduct_judged_by_its_effect(parsed, text, value):
    assert stance(parsed, text, "said").value == value


def test_what_a_decision_requires_is_no_judgement(parsed):
    text = "The Orla Heritage Board said the new road would need a permit from the council."
    assert stance(parsed, text, "said").value == "neutral"


def test_participle_hung_on_a_time_phrase_speaks_for_the_subject(article):
    text = ("The Orla Heritage Board criticized the plan, this time implying that the mayor had lied, "
            "and urging sanctions against Kelmark.")
    _, speaker, _, found = article(text).statement("implying")
    assert speaker.name == "Orla Heritage Board"
    assert found.value == "oppose"
