"""Target rules added in session 6 (``targets.py`` and ``scope.py``), on invented topics.

- a periphrasis inside a requested or promised action ("action to save one of Europe's longest
  rivers") is the entity the article was just about, not the possessor (T-PERIPHRASIS);
- an object "it" of a verb whose object is an actor ("accuse it of", "thanked it") is the last
  organisation or country named, never the speaker; after other verbs "it" stays a thing;
- a his/her in the content repeating the possessor of the speaker phrase ("Her supporters,
  among them X, praise her courage") is that possessor, not the speaker (POSSOWNER).
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from tests.statements.conftest import same_name


def target_of(article, paragraphs, cue):
    _, _, target, _ = article(*paragraphs).statement(cue, paragraph=len(paragraphs))
    return target


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("The Danube has been polluted for decades. Activist Eva Novak called for action to save one of "
                 "Europe's longest rivers.", "called", "Danube", id="call-for-action"),
    pytest.param("The Kell Tower was damaged by a storm. Minister Ana Gil promised money to restore one of "
                 "Norland's oldest buildings.", "promised", "Kell Tower", id="promised-money"),
    pytest.param("Lake Vella is drying out. The Green League urged Norland to protect one of the region's "
                 "largest lakes.", "urged", "Lake Vella", id="urged-protect"),
    pytest.param("The Ostrava Bridge is cracking. Engineer Tom Reyes called for funds to repair one of "
                 "Kellia's busiest bridges.", "called", "Ostrava Bridge", id="funds-repair"),
])
def test_periphrasis_in_an_action_is_the_entity_meant(article, text, cue, expected):
    target = target_of(article, (text,), cue)
    assert same_name(expected, target.name), target


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Northwind Bank grew fast last year. Rival lender Ida Brandt accused it of hiding losses.",
                 "accused", "Northwind Bank"),
    pytest.param("Greenleaf Foods cut prices again. The farmers' union blamed it for the fall in milk prices.",
                 "blamed", "Greenleaf Foods"),
    pytest.param("The Norland Rowing Federation rebuilt the boathouse. Mayor Tom Reyes thanked it for the work.",
                 "thanked", "Norland Rowing Federation"),
])
def test_object_it_of_an_actor_verb_is_an_organisation(article, text, cue, expected):
    target = target_of(article, (text,), cue)
    assert same_name(expected, target.name), target


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Brightmart sold out of umbrellas. A spokeswoman for Brightmart called it \"a surprise\".", "called"),
    pytest.param("The Norland Weather Service recorded snow in June. Kari Lie described it as \"very rare\".",
                 "described"),
])
def test_object_it_of_other_verbs_is_a_thing(article, text, cue):
    target = target_of(article, (text,), cue)
    assert target.name is None, target


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("The director Ingrid Sollie made her last film in Kellia. Her supporters, among them the actor "
                 "Paul Moreno, praise her courage.", "praise", "Ingrid Sollie", id="her-supporters"),
    pytest.param("Coach Tom Reyes left the club in May. His critics, among them the winger Lars Holm, "
                 "condemn his tactics.", "condemn", "Tom Reyes", id="his-critics"),
])
def test_possessor_of_the_speaker_phrase_repeated_in_the_content(article, text, cue, expected):
    target = target_of(article, (text,), cue)
    assert same_name(expected, target.name), target


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Tom Reyes said the strike would cost Greenleaf Foods five million dollars.", "said", id="cost-said"),
    pytest.param("The Kell union warned that the closure would cost Greenleaf Foods thousands of customers.", "warned",
                 id="cost-warned"),
    pytest.param("Ida Brandt said the long winter had hurt Northwind Bank.", "said", id="hurt"),
    pytest.param("Economist Lars Holm said the new levy would deprive Greenleaf Foods of its profits.", "said",
                 id="deprive"),
])
def test_the_party_a_cost_befalls_is_no_target(article, text, cue):
    target = target_of(article, (text,), cue)
    assert target.name is None, target


def test_the_subject_of_a_harm_verb_stays_the_target(article):
    target = target_of(article, ("Ida Brandt said Greenleaf Foods had hurt the small farmers of Kell.",), "said")
    assert same_name("Greenleaf Foods", target.name), target


@pytest.mark.parametrize("text", [
    pytest.param("Ida Brandt said Kellia's biggest factory would close in May.", id="factory"),
    pytest.param("Tom Reyes said Kellia's new port had opened on Monday.", id="port"),
    pytest.param("The Norland Weather Service said Kellia's northern coast would see snow.", id="coast"),
])
def test_a_place_owning_the_reported_subject_is_no_target_of_a_neutral_report(text):
    statements = analyze(from_text("Test article\n\n" + text)).statements
    row = statements[statements["cue"] == "said"].iloc[0]
    assert row["stance"] == "neutral" and not isinstance(row["target"], str), row.to_dict()


def test_a_place_owning_the_subject_of_an_accusation_stays_the_target():
    statements = analyze(from_text("Test article\n\nIda Brandt said Kellia's army had committed war crimes.")).statements
    row = statements[statements["cue"] == "said"].iloc[0]
    assert row["target"] == "Kellia" and row["stance"] == "oppose", row.to_dict()


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Scientist Ida Brandt called for Orion Mining action to clean up the river it had polluted.", "called",
                 "Orion Mining", id="clean-up-it-polluted"),
    pytest.param("Villagers led by Tom Reyes called for Greenleaf Foods action to repair the damage its trucks had "
                 "caused.", "called", "Greenleaf Foods", id="repair-its-damage"),
])
def test_the_actor_asked_to_undo_its_own_conduct_is_the_target(article, text, cue, expected):
    _, _, target, stance = article(text).statement(cue)
    assert same_name(expected, target.name) and stance.value == "oppose", (target, stance)


def test_a_call_for_an_actor_to_help_names_no_target_of_its_own(article):
    _, _, target, stance = article("The diver Ida Brandt called for Norland Sailing League action to save the reef.").statement("called")
    assert target.name is None and stance.value == "support", (target, stance)


@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Kell has been at peace since the war declared by the Red Front in May.",
                  "Norland, a sponsor of the Red Front, praised the attacks as a success."), "praised", "Red Front",
                 id="war-declared-by"),
    pytest.param(("Three depots burned in the raids carried out by the Delta Brigade in Kell.",
                  "Ostrava, an ally of the Delta Brigade, hailed the raids."), "hailed", "Delta Brigade",
                 id="raids-carried-out-by"),
])
def test_an_attack_told_by_its_by_agent_has_that_author(article, paragraphs, cue, expected):
    target = target_of(article, paragraphs, cue)
    assert same_name(expected, target.name), target


def test_praising_an_attack_is_no_attack_of_ones_own(article):
    paragraphs = ("The Red Front set fire to a depot in Kell on Monday.",
                  "Norland praised the arson.", "Mayor Ida Brandt condemned the attack.")
    target = target_of(article, paragraphs, "condemned")
    assert same_name("Red Front", target.name), target
