"""Nominal cues the parse breaks, and nominal cues under other cues (sitting 6), on invented sentences.

``hits`` runs the real detector on one parsed paragraph and returns (cue text, holder head) pairs.
"""

from __future__ import annotations

import pytest

from analysis.statements.detect import detect_cues
from analysis.statements.lexicon import lexicon
from analysis.statements.quotes import Quote, quote_spans
from tests.statements.test_polarity import stance


def hits(parsed, text: str) -> dict[str, str | None]:
    piece, text = parsed(text)
    quotes = [Quote(s, e) for s, e in quote_spans(text)]
    return {h.token.text: (h.speaker_head.text if h.speaker_head is not None else None)
            for h in detect_cues(piece, text=text, quotes=quotes, lex=lexicon())}


# -- "X's refusal to ...": an act noun under another cue stays the holder's position ----------------------

@pytest.mark.parametrize("text", [
    pytest.param("The Kell Party criticised Ida Brandt's refusal to debate online.", id="criticised-refusal"),
    pytest.param("Ida Brandt's refusal to meet the strikers angered the union.", id="refusal-subject"),
    pytest.param("The sponsors condemned the skipper Tom Reyes's refusal to race.", id="condemned-refusal"),
])
def test_refusal_is_a_position_of_its_holder(parsed, text):
    found = hits(parsed, text)
    assert found.get("refusal") in ("Brandt", "Reyes")


def test_refusal_opposes(parsed):
    assert stance(parsed, "Ida Brandt's refusal to meet the strikers angered the union.", "refusal").value == "oppose"


def test_a_statement_under_another_cue_is_still_no_statement(parsed):
    assert "statement" not in hits(parsed, "The mayor dismissed Ida Brandt's statement.")


# -- a request noun with a that-clause; a cue verb used without content does not swallow it ---------------

@pytest.mark.parametrize("text", [
    pytest.param("Referee Tom Reyes's recommendation that the match be replayed was accepted.", id="was-accepted"),
    pytest.param("Ida Brandt's recommendation that the pool stay open was ignored for a year.",
                 id="was-ignored"),
])
def test_request_noun_with_a_clause(parsed, text):
    assert hits(parsed, text).get("recommendation") in ("Reyes", "Brandt")


def test_request_noun_without_content_is_no_cue(parsed):
    assert "recommendation" not in hits(parsed, "Ida Brandt's recommendation arrived late.")


# -- the holder of a label the parse hides -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "holder"), [
    pytest.param("The rare branding of Norland as a rogue state by Ida Brandt surprised observers.", "Brandt",
                 id="by-under-label"),
    pytest.param("The town has condemned the fines, but the rare branding of the protests as barbaric rang loud.",
                 "town", id="conj-of-verb"),
    pytest.param('The country has stood firm in condemning the raids but the rare branding of the Red Hand\'s '
                 'attacks as "barbaric" rang loud across the region.', "country", id="conj-of-object"),
])
def test_hidden_label_holder(parsed, text, holder):
    assert hits(parsed, text).get("branding") == holder


def test_agentless_noun_in_its_own_clause_keeps_no_holder(parsed):
    assert "concern" not in hits(parsed, "The museum said there was concern about the roof.")


def test_quoted_label_inside_a_long_as_phrase(parsed):
    text = ('The country has stood firm in condemning the raids but the rare branding of the Red Hand\'s attacks '
            'as "barbaric" rang loud across the region which has as yet avoided criticism of the group.')
    assert stance(parsed, text, "branding", "Red Hand", "object").value == "oppose"
