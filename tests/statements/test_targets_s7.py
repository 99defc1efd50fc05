"""Target rules added in session 7, on invented topics, through the whole pipeline.

- a judged act named by a definite noun ("the plan", "the recount", "the transfers") targets
  its author, told before: the one who announced, ordered, ruled or promised it, or named with
  it ("the ministry's plan", "a plan drawn up by X") (:mod:`analysis.statements.authors`);
- a label given to an act ("called the ruling a victory") and an action aimed at it ("vowed to
  challenge the transfers") target the act's author too;
- a speaker's own act, and an indefinite one, give no author.
"""

from __future__ import annotations

import pytest

from analysis.statements.authors import same_act
from tests.statements.conftest import same_name
from tests.statements.test_target_rules_s5 import statement


def _target(row: dict) -> str | None:
    target = row["target"]
    return target if isinstance(target, str) and target else None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Kell Transport Authority announced on Monday that buses would stop running after ten.\n\n"
                 "Student leader Ida Brandt said the plan was a disaster for night workers.",
                 "said", "Kell Transport Authority", id="announced-then-plan"),
    pytest.param("Ballots from twelve towns must be counted again, Judge Tom Varga ruled on Friday.\n\n"
                 "Senator Ana Lee said the recount was a waste of public money.",
                 "said", "Tom Varga", id="ruled-then-recount"),
    pytest.param("Mayor Lena Ostrova promised to close the old harbour to cars by June.\n\n"
                 "Shopkeeper Piet Dahl said the plan would ruin his business.",
                 "said", "Lena Ostrova", id="promised-then-plan"),
    pytest.param("The Norland Ministry of Water ordered a recount of the reservoir levels.\n\n"
                 "Farmer Ole Brun said the recount was pointless.",
                 "said", "Norland Ministry of Water", id="ordered-a-recount"),
    pytest.param("Kell Rail presented a plan to cut the night trains.\n\n"
                 "Commuter group Late Shift said the plan was cruel.",
                 "said", "Kell Rail", id="presented-plan"),
])
def test_judged_act_targets_its_author(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Dunmore Water Board announced that water would be shipped to the coast.\n\n"
                 "Farmers' leader Ida Brandt vowed to challenge the transfers in court.",
                 "vowed", "Dunmore Water Board", id="challenge-the-transfers"),
    pytest.param("The Kell Court of Appeal quashed the permit for the mine, ruling that residents had not been heard.\n\n"
                 "Villager Tom Reyes called the ruling a victory for every family in the valley.",
                 "called", "Kell Court of Appeal", id="label-on-ruling"),
    pytest.param("Governor Ana Lee announced that the ferry would be sold.\n\n"
                 "The Island Party branded the decision a betrayal.",
                 "branded", "Ana Lee", id="branded-the-decision"),
    pytest.param("Vattner Energy announced that prices would rise in May.\n\n"
                 "Consumer group Fair Power vowed to block the increase.",
                 "vowed", "Vattner Energy", id="block-the-increase"),
    pytest.param("Minister Olga Berg decided that the clinic would close.\n\n"
                 "Nurse Piet Dahl called the closure a scandal.",
                 "called", "Olga Berg", id="called-the-closure"),
])
def test_label_or_action_on_an_act_targets_its_author(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("Minister Olga Berg announced that the clinic would close.\n\n"
                 "Minister Olga Berg said the plan was painful but necessary.", "said", id="own-plan"),
    pytest.param("Student leader Ida Brandt said a plan would be a disaster for night workers.",
                 "said", id="indefinite-plan"),
    pytest.param("Student leader Ida Brandt said the plan was a disaster for night workers.",
                 "said", id="no-author-told"),
    pytest.param("Kell Rail announced that the night trains would stop.\n\n"
                 "Kell Rail chief Tom Varga said the plan was the only way to save money.",
                 "said", id="speakers-own-side"),
    pytest.param("Mayor Lena Ostrova promised a new park.\n\n"
                 "Mayor Lena Ostrova said the plan would be ready by June.",
                 "said", id="same-speaker"),
])
def test_no_author_for_own_or_untold_acts(nlp, body, cue):
    row = statement(nlp, body, cue)
    assert _target(row) is None, row


@pytest.mark.parametrize(("noun", "verb", "expected"), [
    ("withdrawal", "withdraw", True), ("decision", "decide", True), ("ruling", "rule", True),
    ("recount", "recount", True), ("cancellation", "cancel", True), ("proposal", "propose", True),
    ("nation", "name", False), ("plan", "say", False),
])
def test_same_act(noun, verb, expected):
    assert same_act(noun, verb) is expected
