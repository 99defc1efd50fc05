"""Speaker rules added in session 6 (``speakers.py`` and ``holders.py``), on invented topics.

- a noun for an act or decision is no speaker: its agent speaks ("the decision by Kellia to
  expel ..." -> Kellia), else no one;
- a body noun followed by a capitalised name the tagger missed ("toy company Just Play said",
  "the magazine Outside reported"): that name speaks (NER-SPEAKER);
- "the organisers", "its curators", "staff running the clean-up" -> who ran the event (ROLE);
- "among them X" hung by the parser on the verb still names the member who speaks (POSSOWNER);
- two subjects of one verb the parser did not join, each with its relative clause (SUBJ2).
"""

from __future__ import annotations

import pytest

from tests.statements.conftest import same_name


def named(speakers) -> list[str]:
    return sorted(s.name for s in speakers if not s.unnamed)


# -- a nominal as speaker ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Norland condemned the decision by Kellia to expel three Norland diplomats.", "expel", "Kellia",
                 id="decision-by"),
    pytest.param("The mayor Ida Brandt criticised Kell Council's move to ban street music.", "ban", "Kell Council",
                 id="possessive-move"),
    pytest.param("Farmers protested against the plan of the Ostrava government to ban imports of grain.", "ban",
                 "Ostrava", id="plan-of"),
    pytest.param("Union leader Ray Dunn welcomed the attempt by Brightmart to ban overtime.", "ban",
                 "Brightmart", id="attempt-by"),
])
def test_an_act_noun_speaks_for_its_agent(article, text, cue, expected):
    hit_speakers = [s for h, s in article(text).run() if h.token.lower_ == cue]
    if not hit_speakers:
        pytest.skip(f"no cue {cue!r} detected")
    names = named(hit_speakers[0])
    assert names and same_name(expected, names[0]), names
    assert not any(s.name.lower().startswith(("the decision", "the plan", "the attempt")) for s in hit_speakers[0])


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Norland condemned the decision to expel three diplomats from Kellia.", "expel", id="decision"),
    pytest.param("Critics mocked the plan to ban street music in Kell.", "ban", id="plan"),
    pytest.param("Ida Brandt praised the move to ban plastic bags in the Kell markets.", "ban", id="move"),
])
def test_an_act_noun_without_agent_is_no_speaker(article, text, cue):
    rows = [s for h, s in article(text).run() if h.token.lower_ == cue]
    assert all(not speakers for speakers in rows), rows


# -- a name the tagger missed after a body noun ---------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Toy company Just Play said its sales had doubled over the winter.", "said", "Just Play",
                 id="company-two-words"),
    pytest.param("The magazine Outside reported that the coastal trail had been closed.", "reported", "Outside",
                 id="magazine-common-word"),
    pytest.param("The newspaper Today reported that the harbour would close in spring.", "reported", "Today",
                 id="newspaper-today"),
    pytest.param("The broadcaster Channel Nine said the final would be shown live.", "said", "Channel Nine",
                 id="broadcaster"),
    pytest.param("The charity Warm Hands said donations had fallen by a third.", "said", "Warm Hands",
                 id="charity"),
])
def test_a_missed_name_after_a_body_noun_speaks(article, text, cue, expected):
    speakers = article(text).speakers_of(cue)
    assert len(speakers) == 1 and same_name(expected, speakers[0].name) and not speakers[0].unnamed, speakers


def test_a_weekday_after_a_body_noun_is_no_name(article):
    speakers = article("The company Monday said its profits had doubled.").speakers_of("said")
    assert not any(s.name == "Monday" for s in speakers)


# -- who ran the event ------------------------------------------------------------------------------

@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("The marathon was run by the Kell Athletics Club.", "The race organisers said the course would change."),
                 "said", "Kell Athletics Club", id="race-organisers-run"),
    pytest.param(("The exhibition was put on by the Norland Art Society. Its curators said the paintings had been cleaned.",),
                 "said", "Norland Art Society", id="its-curators"),
    pytest.param(("The beach clean-up was run by Greenleaf Foods. Staff running the clean-up said two tonnes were collected.",),
                 "said", "Greenleaf Foods", id="staff-running"),
    pytest.param(("The food fair was hosted by the Ostrava Chamber of Commerce.", "The hosts said turnout beat all hopes."),
                 "said", "Ostrava Chamber of Commerce", id="hosts"),
    pytest.param(("The Kell Jazz Society staged a festival in June. The organisers said ticket sales had doubled.",),
                 "said", "Kell Jazz Society", id="staged-organisers"),
])
def test_organisers_are_who_ran_the_event(article, paragraphs, cue, expected):
    speakers = article(*paragraphs).speakers_of(cue, paragraph=len(paragraphs))
    assert len(speakers) == 1 and same_name(expected, speakers[0].name), speakers


def test_a_participle_that_is_not_organising_finds_no_runner(article):
    paragraphs = ("Bishop Ada Park criticised the rules on fishing.",
                  "Back in 2010, the Kell Assembly approved a bill easing the rules on fishing.")
    _, _, target, _ = article(*paragraphs).statement("approved", paragraph=2)
    assert not same_name("Ada Park", target.name)


# -- "among them X" on the verb; two subjects with relative clauses -------------------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Northwind Bank grew fast. Its competitors, among them Baltic Savings Bank, accuse it of hiding losses.",
                 "accuse", "Baltic Savings Bank", id="among-them-bank"),
    pytest.param("The mayor closed the pool. Her opponents, among them the Kell Swimmers' Union, criticise the decision.",
                 "criticise", "Kell Swimmers' Union", id="among-them-union"),
    pytest.param("The plan split the council. Its critics, including Ida Brandt, say it costs too much.",
                 "say", "Ida Brandt", id="including"),
])
def test_named_member_hung_on_the_verb_speaks(article, text, cue, expected):
    speakers = article(text).speakers_of(cue)
    assert len(speakers) == 1 and same_name(expected, speakers[0].name), speakers


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Coach Anna Berg, who led the team for six years, and captain Lars Holm, who scored twice, praised the fans.",
                 "praised", ["Anna Berg", "Lars Holm"], id="coach-captain"),
    pytest.param("Ida Brandt, who chairs the board, and Tom Reyes, who founded the club, said the pool must stay open.",
                 "said", ["Ida Brandt", "Tom Reyes"], id="chair-founder"),
    pytest.param("Alpha Mills, which owns two bakeries, and Beta Oats, which is based in Kell, said stocks were low.",
                 "said", ["Alpha Mills", "Beta Oats"], id="two-firms"),
])
def test_split_subjects_each_speak(article, text, cue, expected):
    speakers = article(text).speakers_of(cue)
    names = named(speakers)
    assert len(names) == len(expected), names
    assert all(any(same_name(e, n) for n in names) for e in expected), names


@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Kell mayor Ida Brandt and her deputy Tom Reyes visited the flooded school.",
                  "The two said repairs would take a year."), "said", ["Ida Brandt", "Tom Reyes"], id="her-deputy"),
    pytest.param(("Coach Anna Berg and her assistant Lars Holm were fined.", "Both said the fine was unfair."),
                 "said", ["Anna Berg", "Lars Holm"], id="her-assistant"),
])
def test_a_group_member_named_in_apposition(article, paragraphs, cue, expected):
    speakers = article(*paragraphs).speakers_of(cue, paragraph=len(paragraphs))
    names = named(speakers)
    assert len(names) == len(expected) and all(any(same_name(e, n) for n in names) for e in expected), names


@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Greenleaf Foods and the Norland Sailing League signed a deal in May.",
                  "The organisations said the lake would be cleaned."), "said",
                 ["Greenleaf Foods", "Norland Sailing League"], id="the-organisations"),
    pytest.param(("Kellia and Ostrava signed a treaty on Monday.", "Their leaders said trade would double."),
                 "said", ["Kellia", "Ostrava"], id="their-leaders"),
    pytest.param(("Kellia and Ostrava signed a treaty on Monday.", "Their officials said the border would open."),
                 "said", ["Kellia", "Ostrava"], id="their-officials"),
])
def test_a_plural_description_of_a_fitting_kind_stands_for_the_group(article, paragraphs, cue, expected):
    speakers = article(*paragraphs).speakers_of(cue, paragraph=len(paragraphs))
    names = named(speakers)
    assert len(names) == len(expected) and all(any(same_name(e, n) for n in names) for e in expected), names


def test_a_plural_description_of_another_kind_is_no_group(article):
    paragraphs = ("Ida Brandt and Tom Reyes opened a bakery in Kell.", "The companies said flour prices had risen.")
    speakers = article(*paragraphs).speakers_of("said", paragraph=2)
    assert not any(same_name("Ida Brandt", s.name) or same_name("Tom Reyes", s.name) for s in speakers), speakers


@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Ida Brandt met Tom Reyes on Friday. They said the talks had been useful.",), "said",
                 ["Ida Brandt", "Tom Reyes"], id="met"),
    pytest.param(("Kellia's president Ida Brandt talked with Ostrava's prime minister Tom Reyes in Kell.",
                  "They agreed that the border should open."), "agreed", ["Ida Brandt", "Tom Reyes"],
                 id="talked-with-titles"),
    pytest.param(("Lars Holm met Anna Berg in Ostrava.", "They said a new club would be founded."), "said",
                 ["Lars Holm", "Anna Berg"], id="met-next-paragraph"),
])
def test_they_after_two_parties_who_met(article, paragraphs, cue, expected):
    speakers = article(*paragraphs).speakers_of(cue, paragraph=len(paragraphs))
    names = named(speakers)
    assert len(names) == len(expected) and all(any(same_name(e, n) for n in names) for e in expected), names
