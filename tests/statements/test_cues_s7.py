"""Cue rows added in session 7 (``data/cues.tsv``), each on invented sentences: accusations traded
between two sides, court acts (rule, quash, overturn, bring a case), and estimates ("put the figure
at"); and what they are not ("ruled out", "the lorry overturned", "put the box on the shelf")."""

from __future__ import annotations

import pytest

from tests.statements.test_detect import cue_words


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Kell and Vilnia traded accusations over the river dam.", "traded accusations", id="traded"),
    pytest.param("The two ferry firms traded accusations on Monday.", "traded accusations", id="ferry-firms"),
    pytest.param("The rival bakers traded barbs on the radio.", "traded barbs", id="barbs"),
    pytest.param("The coaches traded insults after the match.", "traded insults", id="insults"),
    pytest.param("Norland and Kell exchanged accusations at the summit.", "exchanged accusations", id="exchanged"),
    pytest.param("The appeals judge ruled that the ferry tender had to be rerun.", "ruled", id="ruled-that"),
    pytest.param("The high court quashed the permit for the quarry.", "quashed", id="quashed"),
    pytest.param("The appeal panel overturned the ban on street stalls.", "overturned", id="overturned"),
    pytest.param("The Kell Fishing Cooperative brought a case against the harbour board.", "brought case",
                 id="brought-case"),
    pytest.param("The tenants brought a lawsuit against the landlord.", "brought lawsuit", id="brought-lawsuit"),
    pytest.param("The Kell Ministry put the figure at 46 percent.", "put figure", id="figure"),
    pytest.param("The organisers put the number of visitors at 12,000.", "put number", id="number"),
    pytest.param("The coastguard put the toll at four boats.", "put toll", id="toll"),
    pytest.param("The council put the cost of the repairs at two million euros.", "put cost", id="cost"),
    pytest.param("The union put the figure at nearly 80 percent of staff.", "put figure", id="figure-union"),
])
def test_new_cue_rows(parsed, text, cue):
    assert cue in cue_words(parsed, text)


@pytest.mark.parametrize("text", [
    pytest.param("The mayor ruled out a second vote.", id="ruled-out"),
    pytest.param("The lorry overturned on the ring road.", id="lorry-overturned"),
    pytest.param("The porter put the box on the shelf.", id="put-box"),
    pytest.param("The traders traded grain and salt.", id="traded-grain"),
    pytest.param("The king ruled the country for forty years.", id="ruled-country"),
])
def test_not_cues(parsed, text):
    assert cue_words(parsed, text) == []


@pytest.mark.parametrize("text", [
    pytest.param("Tom Reyes read a book about trains.", id="read-book"),
    pytest.param("The sign reads \"closed\".", id="sign-short"),
    pytest.param("Ida Brandt read the report on the train.", id="read-report"),
    pytest.param("The children read in the library every day.", id="read-intransitive"),
    pytest.param("The meter reads zero.", id="meter"),
])
def test_read_without_words_is_no_cue(parsed, text):
    assert "reads" not in cue_words(parsed, text) and "read" not in cue_words(parsed, text)


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("The Kell inquiry found that the ferry had been overloaded.", "found", id="inquiry"),
    pytest.param("A poll by Vilnia Research found that most voters backed the bridge.", "found", id="poll"),
    pytest.param("The auditors found that the club had overspent.", "found", id="auditors"),
    pytest.param("The Norland Water Institute found that half the rivers were polluted.", "found", id="institute"),
    pytest.param("The Vilnia Court found the mayor guilty.", "found", id="small-clause"),
])
def test_found_that_is_a_finding(parsed, text, cue):
    assert cue in cue_words(parsed, text)


def test_found_an_object_is_no_cue(parsed):
    assert "found" not in cue_words(parsed, "Police found a body in the river.")


@pytest.mark.parametrize(("text", "is_cue"), [
    pytest.param("Ida Brandt is expected to press her advantage in the next debate.", False, id="advantage"),
    pytest.param("The Vilnia League pressed its case in court.", False, id="case"),
    pytest.param("Tom Reyes pressed home his point.", False, id="point"),
    pytest.param("Ida Brandt will press her advantage on security in the next debate.", False, id="advantage-on"),
    pytest.param("Tom Reyes pressed the minister on the cost.", True, id="minister-on"),
    pytest.param("The teachers pressed the school board to hire more staff.", True, id="board-to-hire"),
    pytest.param("The Kell Union pressed for a pay rise.", True, id="pressed-for"),
    pytest.param("The farmers pressed the council to act.", True, id="council-to-act"),
])
def test_press_asks_only_with_a_request(parsed, text, is_cue):
    assert any(w.startswith("press") for w in cue_words(parsed, text)) is is_cue
