"""Target and speaker rules by construction, through the whole pipeline (``analyze``), on
sentences written for these tests (invented people and bodies):

- the speaker's own affiliation, named in the speaker phrase, is not the target;
- a country that only modifies a person's title stands for the person;
- parties to an event "between" two are incidental; "assurances from X" names a giver;
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
    pytest.param("The Norwegian Prime Minister Ada Vinter announced Norwegian troops would be leaving Chile.",
                 "announced", "Chile", id="own-country-in-speaker-phrase"),
    pytest.param("The Kenya Rowing Federation announced the final between Kenya and Peru had been postponed.",
                 "announced", None, id="parties-between-are-incidental"),
    pytest.param('The Harbour Workers Union said it had been given "assurances from Sweden that the port would stay open."',
                 "said", "Sweden", id="assurances-from-giver"),
    pytest.param('According to a statement by Martin Kessler, "stopping the Red Hand Brigade" is the aim of the Peruvian '
                 "operation.", "according", "Red Hand Brigade", id="clausal-subject-first"),
    pytest.param("According to the Daily Courier, the Green Front is made up of youth groups which support the "
                 "Red Hand Brigade.", "according", "Green Front", id="action-in-relative-clause"),
])
def test_scope_of_reported_content(nlp, body, cue, expected):
    assert same_name(expected, target_of(nlp, body, cue))


def test_document_is_its_issuer(nlp):
    body = ("Mayor Tom Hale closed the public pool on Monday. A statement from his office said the roof was unsafe.\n\n"
            'Swimming coach Ana Berg said, "The statement was a shock to all of us."')
    assert same_name("Tom Hale", target_of(nlp, body, "said"))


def test_event_noun_is_its_authors(nlp):
    body = ("Mayor Tom Hale decided to close the harbour to yachts. He told reporters the decision was final.\n\n"
            "The Fishermen's Union said a change of this kind would require a vote of the council.")
    assert same_name("Tom Hale", target_of(nlp, body, "said"))


def test_reported_pronoun_is_the_person_last_named(nlp):
    body = "Nurse Eva Dahl said Oskar Lind needed an operation; the Daily Courier reported he was recovering."
    assert same_name("Oskar Lind", target_of(nlp, body, "reported"))


def test_reported_pronoun_for_the_speaker_is_no_target(nlp):
    body = "Coach Oskar Lind said he would stay at the club for another season."
    assert target_of(nlp, body, "said") is None


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("A man stabbed a guard at the museum on Friday. Minister Pia Holm called the stabbing "
                 '"a cowardly act".\n\nThe suspect\'s name was given as Martin Kessler.', "called", id="culprit-named-later"),
    pytest.param("A guard was stabbed at the museum on Friday.\n\nPolice spokeswoman Kari Lund said a fake badge "
                 "was used by the assailant.\n\nThe detained suspect, Martin Kessler, will appear in court on Monday.",
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
            "Back in 2010, the Chilean assembly approved a bill to raise the pension age.")
    assert same_name("National Assembly", speaker_of(nlp, body, "approved"))


def test_place_qualified_role_without_a_named_holder_is_the_place(nlp):
    body = "The Swedish foreign minister criticised the fishing plan on Monday."
    assert same_name("Sweden", speaker_of(nlp, body, "criticised"))


def test_title_across_an_honorific(nlp):
    body = ('The new law was criticised by bishop Reverend Paolo Verdi. Calling it "a disgrace", the bishop said '
            "the church would resist it.")
    assert same_name("Paolo Verdi", speaker_of(nlp, body, "said"))


def test_elaborating_participle_shares_the_target(nlp):
    body = ("Senator Nora Lind posted a message on Twitter blaming Peru for the fire, "
            'saying there was "no doubt at all about it."')
    assert same_name("Peru", target_of(nlp, body, "saying"))


def test_report_in_a_participle_is_about_the_noun_it_describes(nlp):
    body = ("A guard was stabbed at the museum.\n\nPolice spokeswoman Kari Lund said a fake badge was used by the "
            "assailant, described by the Daily Courier as a former soldier.\n\n"
            "The detained suspect, Martin Kessler, will appear in court on Monday.")
    assert same_name("Martin Kessler", target_of(nlp, body, "described"))


def test_the_attacker_speaks_as_the_culprit(nlp):
    body = ("The attacker is reported to have shouted at the crowd and claimed he had been cheated by the "
            "Harbour Board.\n\nThe detained suspect, Martin Kessler, will appear in court on Monday.")
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
            'Sailing coach Ana Berg said, "This is going to ruin the summer for every club on the coast."')
    assert same_name("Tom Hale", target_of(nlp, body, "said"))
