"""Stance rules tightened so that they generalise (sitting 6): evidence aimed at the target, or neutral.

Each group names the over-reach it closes and the README rule that decides it; sentences and names
are invented for this file. ``stance`` is the unit helper of ``test_polarity`` (the real detector,
a hand-built target).
"""

from __future__ import annotations

import pytest

from tests.statements.test_polarity import stance

# -- S-TONE-NEUTRAL: what befalls or is felt by the target is no evaluation of it ---------------------

@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param("Doctors warned that Norland faced a long recovery.", "warned", "Norland", id="faced-recovery"),
    pytest.param("The minister said Kell had lost its best players to injury.", "said", "Kell", id="lost-players"),
    pytest.param("The report said Norland suffered heavy losses in the storm.", "said", "Norland",
                 id="suffered-losses"),
    pytest.param("The agency said Kell Mills won the contract.", "said", "Kell Mills", id="won-contract"),
    pytest.param("The coach said Ida Brandt was injured.", "said", "Ida Brandt", id="was-injured"),
    pytest.param("Police said Tom Reyes died in the crash.", "said", "Tom Reyes", id="died"),
    pytest.param("The spokesman said Kell Mills had received an award.", "said", "Kell Mills", id="received-award"),
    pytest.param("The club said Ida Brandt was happy with the new contract.", "said", "Ida Brandt", id="happy"),
    pytest.param("The coach said Ida Brandt was worried about her knee.", "said", "Ida Brandt", id="worried"),
    pytest.param("Analysts said Norland's economy was struggling.", "said", "Norland", id="economy-struggling"),
    pytest.param("The minister said Norland would face a difficult winter.", "said", "Norland", id="face-winter"),
    pytest.param("The spokesman said Norland had survived the crisis.", "said", "Norland", id="survived"),
    pytest.param("The mayor said Kell was safe after the storm.", "said", "Kell", id="safe"),
    pytest.param("The coach said Tom Reyes was devastated by the defeat.", "said", "Tom Reyes", id="devastated"),
    pytest.param("The coach said Anna Berg would fight and recover.", "said", "Anna Berg", id="fight-and-recover"),
    pytest.param("Ida Brandt said Kell Rovers were the winners of the cup.", "said", "Kell Rovers", id="winners"),
    pytest.param("The coach said Kell Rovers were a victim of their own success.", "said", "Kell Rovers",
                 id="victim-of-success"),
    pytest.param("The coach said Ida Brandt would miss the final.", "said", "Ida Brandt", id="miss-the-final"),
])
def test_fortune_and_feelings_of_the_target_are_neutral(parsed, text, cue, target):
    assert stance(parsed, text, cue, target).value == "neutral"


@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param("Tom Reyes said Norland had bribed the judges.", "Norland", "oppose", id="bribed"),
    pytest.param("Tom Reyes said the Kell Board was corrupt.", "Kell", "oppose", id="corrupt"),
    pytest.param("Tom Reyes said Norland was a reliable partner.", "Norland", "support", id="reliable-partner"),
    pytest.param("The coach said Kell Rovers were a good team.", "Kell", "support", id="good-team"),
    pytest.param("The union said the Kell Board was a disgrace.", "Kell", "oppose", id="disgrace"),
    pytest.param('The bank said the Kell Pact might prove a "game changer" for farmers.', "Kell", "support",
                 id="game-changer"),
    pytest.param("Tom Reyes said the Kell Board had done a terrible job.", "Kell", "oppose", id="terrible-job"),
])
def test_judging_the_target_still_counts(parsed, text, target, value):
    assert stance(parsed, text, "said", target).value == value


# -- a possible or reported departure is no grief; a felt loss is -----------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    pytest.param("The club said it could lose Ida Brandt to Kell Rovers.", "neutral", id="could-lose"),
    pytest.param('"We are devastated to lose Ida Brandt," the coach said.', "support", id="devastated-to-lose"),
    pytest.param('"We have lost Ida Brandt, a true friend," the coach said.', "support", id="we-have-lost"),
])
def test_losing_a_person(parsed, text, value):
    assert stance(parsed, text, "said", "Ida Brandt").value == value


# -- S-NEGVOCAB-SUPPORT: an oppose judgement of a person's death grieves them ------------------------------

@pytest.mark.parametrize(("text", "cue", "value"), [
    pytest.param("The mayor lamented the death of Ida Brandt.", "lamented", "support", id="lamented-death"),
    pytest.param("The mayor deplored the loss of Ida Brandt.", "deplored", "support", id="deplored-loss"),
    pytest.param("The mayor condemned the murder of Ida Brandt.", "condemned", "oppose", id="murder-is-not-grief"),
    pytest.param("The mayor criticised Ida Brandt.", "criticised", "oppose", id="plain-criticism"),
])
def test_judging_a_death(parsed, text, cue, value):
    assert stance(parsed, text, cue, "Ida Brandt", "object").value == value


# -- the target's own act is reported, not judged, unless it is wrongdoing in itself ---------------------

@pytest.mark.parametrize(("text", "value"), [
    pytest.param("Tom Reyes said Norland would ban imports of grain.", "neutral", id="would-ban"),
    pytest.param("Tom Reyes said Norland had ended the war.", "neutral", id="ended-war"),
    pytest.param("Tom Reyes said Norland had arrested three protesters.", "neutral", id="arrested"),
    pytest.param("Tom Reyes said Norland had stopped the violence.", "neutral", id="stopped-violence"),
    pytest.param("Tom Reyes said Norland had welcomed thousands of refugees.", "neutral", id="welcomed-refugees"),
    pytest.param("Tom Reyes said Norland closed the border to refugees.", "neutral", id="closed-border"),
    pytest.param("Tom Reyes said Norland had stolen the election.", "oppose", id="stolen-election"),
    pytest.param("Tom Reyes said Norland had killed civilians.", "oppose", id="killed-civilians"),
    pytest.param("Tom Reyes said Norland caused the crisis.", "oppose", id="caused-crisis"),
    pytest.param("Tom Reyes said Norland would never help its neighbours.", "oppose", id="never-help"),
])
def test_own_act_of_the_target(parsed, text, value):
    assert stance(parsed, text, "said", "Norland").value == value


@pytest.mark.parametrize(("text", "value"), [
    pytest.param("Tom Reyes said Norland had broken every promise.", "oppose", id="broke-promise"),
    pytest.param("Tom Reyes said Norland had broken the truce.", "oppose", id="broke-truce"),
    pytest.param("Tom Reyes said Norland had broken the siege of the port.", "neutral", id="broke-siege"),
])
def test_breaking_an_obligation_is_wrongdoing(parsed, text, value):
    assert stance(parsed, text, "said", "Norland").value == value


# -- what is done to the target tells what happened to it; an attitude toward it, or its wrongdoing, judges it

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param("The mayor said the floods had devastated Norland.", "Norland", "neutral", id="floods-devastated"),
    pytest.param("The report said critics had attacked Kell Mills for years.", "Kell Mills", "neutral",
                 id="critics-attacked"),
    pytest.param("The envoy said the storm hit Norland hard.", "Norland", "neutral", id="storm-hit"),
    pytest.param('"Everyone here loves Ida Brandt," the coach said.', "Ida Brandt", "support", id="everyone-loves"),
    pytest.param('"Nobody in Kell trusts Tom Reyes any more," the mayor said.', "Tom Reyes", "oppose",
                 id="nobody-trusts"),
    pytest.param("The coach said the referee had been bribed by Kell Rovers.", "Kell Rovers", "oppose",
                 id="bribed-by"),
    pytest.param("Tom Reyes said he was illegally detained by the Kell Guard.", "Kell Guard", "oppose",
                 id="illegally-detained-by"),
    pytest.param("Tom Reyes said he was wrongfully jailed under the Kell Front government.", "Kell Front",
                 "oppose", id="wrongfully-under"),
    pytest.param("Tom Reyes said he was jailed under the Kell Front government.", "Kell Front", "neutral",
                 id="jailed-under"),
])
def test_done_to_the_target(parsed, text, target, value):
    assert stance(parsed, text, "said", target).value == value


def test_a_levy_judged_by_its_effect(parsed):
    text = 'The grower Ida Brandt said the new toll "costs every farm in Norland a fortune."'
    assert stance(parsed, text, "said", None).value == "oppose"


# -- an act foretold of a thing is an effect, not an intent; alarm for someone is sympathy ----------------

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param("The mayor said the bridge would help Norland traders.", "Norland", "neutral", id="bridge-helps"),
    pytest.param("The mayor said the new ferry would save Kell Mills.", "Kell", "neutral", id="ferry-saves"),
    pytest.param("The mayor said the government would help Norland traders.", "Norland", "support",
                 id="government-helps"),
    pytest.param("The general said the army would defeat the Red Lantern Front.", "Red", "oppose", id="army-defeats"),
])
def test_act_of_a_thing_is_an_effect(parsed, text, target, value):
    assert stance(parsed, text, "said", target, how="action").value == value


@pytest.mark.parametrize(("text", "value"), [
    pytest.param("Ida Brandt expressed concern for Tom Reyes after the crash.", "support", id="concern-for"),
    pytest.param("Ida Brandt voiced concern over the safety of Tom Reyes.", "support", id="concern-over-safety"),
    pytest.param("Ida Brandt voiced concern about the conduct of Tom Reyes.", "oppose", id="concern-about-conduct"),
])
def test_alarm_for_a_person(parsed, text, value):
    cue = "concern" if "concern" in text else "fears"
    assert stance(parsed, text, cue, "Tom Reyes", "object").value == value


# -- S-LABEL-DESC / S-TONE-NEUTRAL: a label of a calamity, or of a state, judges no one -------------------

@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param("The minister called the flood in Norland a disaster.", None, "neutral", id="flood-disaster"),
    pytest.param('The mayor described the storm as "brutal".', None, "neutral", id="storm-brutal"),
    pytest.param("The coach described Ida Brandt as tired but happy.", "Ida Brandt", "neutral", id="tired-happy"),
    pytest.param('The mayor called the attack on the market "horrific".', None, "oppose", id="attack-horrific"),
    pytest.param("The union called the pay plan reckless.", None, "oppose", id="plan-reckless"),
])
def test_labels_of_calamities_and_states(parsed, text, target, value):
    cue = "called" if "called" in text else "described"
    assert stance(parsed, text, cue, target, "object").value == value


@pytest.mark.parametrize(("text", "value"), [
    pytest.param("The mayor said the flood was a disaster.", "neutral", id="flood-was-disaster"),
    pytest.param("The mayor said the new levy was a disaster.", "oppose", id="levy-was-disaster"),
])
def test_judged_clause_about_a_calamity(parsed, text, value):
    assert stance(parsed, text, "said", None).value == value
