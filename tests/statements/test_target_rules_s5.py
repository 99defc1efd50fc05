"""Target and speaker rules by construction, through the whole pipeline (``analyze``), on
sentences written for these tests (invented people and bodies):

- the speaker's own affiliation, named in the speaker phrase, is not the target;
- a country that only modifies a person's title stands for the person;
- parties to an event "between" two are incidental; "promises from X" names a giver;
- a clausal subject is read first; a reported clause hung on the verb above is still read;
- "the statement" is the speaker who issued it; "a change" of someone's is its author's;
- he/she in reported words is the person last named;
- the culprit named anywhere in the article is the target of a position on the attack and
  the one meant by "the assailant";
- an action word in a relative clause describing a party is not the reported act.
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from tests.statements.conftest import same_name


def statement(nlp, body: str, cue: str, paragraph: int | None = None) -> dict:
    """The last named statement whose cue starts with ``cue``."""
    rows = analyze(from_text(f"Test article\n\n{body}"), nlp=nlp).statements
    rows = rows[~rows["unnamed"].astype(bool) & rows["cue"].str.lower().str.startswith(cue.lower())]
    if paragraph is not None:
        rows = rows[rows["paragraph"] == paragraph]
    assert len(rows), f"no statement with cue {cue!r}"
    return rows.iloc[-1].to_dict()


def target_of(nlp, body: str, cue: str) -> str | None:
    target = statement(nlp, body, cue)["target"]
    return target if isinstance(target, str) and target else None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Norwegian Prime Minister Ada Vinter said Norwegian diplomats had thanked Chile.",
                 "said", "Chile", id="own-country-in-speaker-phrase"),
    pytest.param("The Kenya Rowing Federation said the match between Kenya and Peru would be played in June.",
                 "said", None, id="parties-between-are-incidental"),
    pytest.param("The Harbour Workers Union said it had received firm promises from Sweden about the port.",
                 "said", "Sweden", id="promises-from-giver"),
    pytest.param('Colonel Martin Kessler said "keeping the Red Hand Brigade out of the valley" was the only goal of '
                 "the patrols.", "said", "Red Hand Brigade", id="clausal-subject-first"),
    pytest.param("The Daily Courier reported that the Green Front, which backs the Red Hand Brigade, would hold "
                 "a rally in May.", "reported", "Green Front", id="action-in-relative-clause"),
])
def test_scope_of_reported_content(nlp, body, cue, expected):
    assert same_name(expected, target_of(nlp, body, cue))


def test_document_is_its_issuer(nlp):
    body = ("Mayor Tom Hale closed the public pool on Monday. A statement from his office said the roof was unsafe.\n\n"
            'Swimming coach Ana Berg said, "That statement ignores every swimmer in town."')
    assert same_name("Tom Hale", target_of(nlp, body, "said"))


def test_event_noun_is_its_authors(nlp):
    body = ("Mayor Tom Hale decided to close the harbour to yachts. He told reporters the decision was final.\n\n"
            "The Fishermen's Union said the decision would cost its members dearly.")
    assert same_name("Tom Hale", target_of(nlp, body, "said"))


def test_reported_pronoun_is_the_person_last_named(nlp):
    body = ("Coach Eva Dahl said striker Oskar Lind had hurt his knee in training. "
            "The Daily Courier reported he would miss the final.")
    assert same_name("Oskar Lind", target_of(nlp, body, "reported"))


def test_reported_pronoun_for_the_speaker_is_no_target(nlp):
    body = "Coach Oskar Lind said he would stay at the club for another season."
    assert target_of(nlp, body, "said") is None


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("A man set fire to a bus depot on Friday. Minister Pia Holm condemned the arson.\n\n"
                 "The suspect's name was given as Martin Kessler.", "condemned", id="culprit-named-later"),
    pytest.param("A guard was hurt at the museum on Friday.\n\nPolice spokeswoman Kari Lund said the assailant "
                 "had climbed over a fence.\n\nThe suspect, Martin Kessler, will appear in court on Monday.",
                 "said", id="the-assailant"),
    pytest.param("A guard was stabbed at the museum on Friday. Police arrested Martin Kessler on Saturday.\n\n"
                 'Minister Pia Holm condemned the attack as "cowardly".', "condemned", id="arrested-person"),
])
def test_culprit_named_anywhere(nlp, body, cue):
    assert same_name("Martin Kessler", target_of(nlp, body, cue))


def test_victim_is_no_culprit(nlp):
    body = ("The attacker stabbed Martin Kessler outside the museum.\n\n"
            'Minister Pia Holm condemned the attack as "cowardly".')
    assert target_of(nlp, body, "condemned") != "Martin Kessler"


# -- speakers: a place-qualified role or body named elsewhere ------------------------------------------

def speaker_of(nlp, body: str, cue: str, paragraph: int | None = None) -> str:
    return statement(nlp, body, cue, paragraph)["speaker"]


def test_place_qualified_title_is_the_titled_person(nlp):
    body = ("The Swedish foreign minister criticised the fishing plan on Monday.\n\n"
            "Swedish Foreign Minister Lena Vik later said the plan was too expensive.")
    assert same_name("Lena Vik", speaker_of(nlp, body, "criticised"))


def test_place_qualified_body_is_the_named_body(nlp):
    body = ("Chile's National Assembly met on Monday to discuss the budget.\n\n"
            "The Chilean assembly approved the new pension law in 2010.")
    assert same_name("National Assembly", speaker_of(nlp, body, "approved"))


def test_place_qualified_role_without_a_named_holder_is_the_place(nlp):
    body = "The Swedish foreign minister criticised the fishing plan on Monday."
    assert same_name("Sweden", speaker_of(nlp, body, "criticised"))


def test_title_across_an_honorific(nlp):
    body = ("The new law was criticised by bishop Reverend Paolo Verdi. In a sermon on Sunday the bishop said "
            "the church would resist it.")
    assert same_name("Paolo Verdi", speaker_of(nlp, body, "said"))


def test_elaborating_participle_shares_the_target(nlp):
    body = "Senator Nora Lind wrote an open letter blaming Peru for the fire, saying the evidence was clear."
    assert same_name("Peru", target_of(nlp, body, "saying"))


def test_report_in_a_participle_is_about_the_noun_it_describes(nlp):
    body = ("A guard was hurt at the museum.\n\nPolice spokeswoman Kari Lund said the fence had been cut by the "
            "assailant, described by the Daily Courier as a former soldier.\n\n"
            "The suspect, Martin Kessler, will appear in court on Monday.")
    assert same_name("Martin Kessler", target_of(nlp, body, "described"))


def test_the_attacker_speaks_as_the_culprit(nlp):
    body = ("The gunman is believed to have shouted at the crowd and claimed he had been cheated by the "
            "Harbour Board.\n\nThe suspect, Martin Kessler, will appear in court on Monday.")
    row = statement(nlp, body, "claimed")
    assert same_name("Martin Kessler", row["speaker"])
    assert same_name("Harbour Board", row["target"])


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Senator Nora Lind called for Peru to halt its fishing fleet at once.", "called", "Peru",
                 id="called-for-x-to-stop"),
    pytest.param('"Pupils in Lima have learned so much from their coach Martin Kessler," said headmaster Paolo Verdi.',
                 "said", "Martin Kessler", id="learned-from-a-person"),
    pytest.param("The Lima Cathedral was damaged by a storm in May.\n\nBishop Paolo Verdi said he would restore the "
                 "cathedral within a year.", "said", "Lima Cathedral", id="the-building-named-before"),
])
def test_request_actor_giver_and_building(nlp, body, cue, expected):
    assert same_name(expected, target_of(nlp, body, cue))


def test_quote_opening_with_this_is_about_the_author_of_the_move(nlp):
    body = ("Mayor Tom Hale closed the harbour to yachts on Monday. Tom Hale said the harbour needed repairs.\n\n"
            'Sailing coach Ana Berg said, "This will ruin the summer for every club on the coast."')
    assert same_name("Tom Hale", target_of(nlp, body, "said"))
