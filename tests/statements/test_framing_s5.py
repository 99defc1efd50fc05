"""Cues that only carry others' words, participles that belong to the reporter, and points
stressed with an object (``framing.py``, ``detect.py``, ``cues.tsv``), on invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    pytest.param("The Kell Times reported, citing unnamed insiders, that the mill had closed.", id="citing-insiders"),
    pytest.param("The Orla Post, citing officials, said the ferry would resume on Monday.", id="citing-officials"),
])
def test_citing_a_source_is_no_statement(article, text):
    assert "citing" not in article(text).cue_texts()


def test_citing_a_reason_is_a_statement(article):
    assert "cited" in article("The bakery cited rising flour prices for closing its second shop.").cue_texts()


def test_as_quoted_by_is_no_statement(article):
    texts = article('Mayor Ida Wren, as quoted by the Kell Times, said "We will rebuild the mill."').cue_texts()
    assert "quoted" not in texts
    assert "said" in texts


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The Kell Rowing Club announced that the regatta has been called off, citing high winds.",
                 "Kell Rowing Club", id="called-off-citing"),
    pytest.param("The Orla Ferry Company said the night crossing had been suspended, citing a shortage of crew.",
                 "Orla Ferry Company", id="suspended-citing"),
])
def test_dangling_participle_is_the_reporters(article, text, speaker):
    _, found, _, _ = article(text).statement("citing")
    assert found.name == speaker


def test_participle_under_an_active_clause_stays_nested(article):
    text = "Mayor Ida Wren said the council had closed the pool, citing the cost of repairs."
    assert "citing" not in article(text).cue_texts()


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("The Orla harbour master emphasised the need for new lifeboats.", "emphasised", id="emphasised-need"),
    pytest.param("Councillor Ida Wren stressed the importance of the night bus.", "stressed", id="stressed-importance"),
])
def test_point_stressed_with_an_object_is_a_statement(article, text, cue):
    assert cue in article(text).cue_texts()


def test_speech_participle_after_a_closed_quotation_is_the_reporters(article):
    text = ('Bank chief Ola Lind said the toll "is too high for small firms," later adding, '
            '"The drivers pay twice."')
    _, found, _, _ = article(text).statement("adding")
    assert found.name == "Ola Lind"


def test_clause_misread_as_a_noun_phrase_is_content(article):
    text = "Minister Ola Lind said Tomas Riel needed stitches and would stay in hospital overnight."
    assert "said" in article(text).cue_texts()


def test_speech_verb_with_a_plain_object_is_still_no_statement(article):
    assert "said" not in article("Minister Ola Lind said a short prayer.").cue_texts()
