"""Rules mended in review (sitting 7): a party's mayor or ministers leave the party an
organisation; a reply that names whom it is about keeps that target."""

from __future__ import annotations

import pytest

from analysis import analyze, load


def _analysis(nlp, text: str):
    return analyze(load(("Test article\n\n" + text).encode(), "a.txt"), nlp=nlp)


@pytest.mark.parametrize(("text", "party"), [
    ("The Kell Forward party won the city. Kell Forward's mayor, Ida Brandt, opened the bridge.", "Kell Forward"),
    ("The Norland Labour Party met on Monday. Norland Labour's ministers resigned in protest.", "Norland Labour"),
])
def test_a_party_with_a_mayor_or_ministers_stays_an_organisation(nlp, text, party):
    entities = _analysis(nlp, text).entities.set_index("name")
    assert entities.loc[party, "type"] == "ORG"


@pytest.mark.parametrize("text", [
    "Ida Brandt accused the board of hiding losses. Tom Reyes replied that Lena Holm had lied about the budget.",
    "Ida Brandt criticised the plan. Tom Reyes answered that Lena Holm had misled the council.",
])
def test_a_reply_keeps_the_target_it_names(nlp, text):
    statements = _analysis(nlp, text).statements
    reply = statements[statements["speaker"] == "Tom Reyes"].iloc[0]
    assert reply["target"] == "Lena Holm"
