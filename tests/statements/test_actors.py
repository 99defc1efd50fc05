"""Actors and roles noted in the Discourse, and the context look-ups built on them."""

from __future__ import annotations

import pytest

from analysis.statements.actors import ActorNotes, acted_on, author_of, maker_of


def noted(article, *paragraphs: str):
    """The article's Discourse after its pieces were read by ActorNotes."""
    built = article(*paragraphs)
    notes = ActorNotes(index=built.index, discourse=built.discourse, lex=built.lex)
    for piece in built.pieces:
        if piece.paragraph > 0:
            notes.note(piece)
    return built, built.discourse


@pytest.mark.parametrize("text, name, verb, hostile", [
    ("Members of the Red Brigade set fire to a depot in Bergen.", "Red Brigade", "set", True),
    ("Northwind Bank launched a savings account in March.", "Northwind Bank", "launch", False),
    ("The fair was organised by Greenpeace in May.", "Greenpeace", "organise", False),
    ("Fighters from Hezbollah stormed a checkpoint on Sunday.", "Hezbollah", "storm", True),
    ("The Taliban attacked a police station in Kabul.", "Taliban", "attack", True),
])
def test_acts_are_noted_with_their_actor(article, text, name, verb, hostile):
    _, discourse = noted(article, text)
    acts = [a for a in discourse.acts if a.name == name]
    assert acts, discourse.acts
    assert acts[0].verb == verb
    assert acts[0].hostile is hostile


@pytest.mark.parametrize("text, role, name", [
    ("Sofia Mendes became director of the Lisbon Opera in June.", "director", "Sofia Mendes"),
    ("Tom Baker was named coach of Riverside United.", "coach", "Tom Baker"),
    ("Maria Lopez was elected mayor in 2019.", "mayor", "Maria Lopez"),
])
def test_roles_given_in_the_text_are_remembered(article, text, role, name):
    _, discourse = noted(article, text)
    assert discourse.roles.get(role) == name


@pytest.mark.parametrize("text, role, name", [
    ("Coach Tom Reyes dropped two players on Friday.", "coach", "Tom Reyes"),
    ("The speech by Mayor Ada Park lasted an hour.", "mayor", "Ada Park"),
    ("The late goal by striker Lea Holm won the final.", "striker", "Lea Holm"),
    ("Former senator Ivo Marsh joined the board.", "senator", "Ivo Marsh"),
    ("Prosecutor Nina Berg dropped the charges.", "prosecutor", "Nina Berg"),
])
def test_title_before_a_name_is_a_role(article, text, role, name):
    _, discourse = noted(article, text)
    assert discourse.roles.get(role) == name, discourse.roles


def test_honorifics_are_no_roles(article):
    _, discourse = noted(article, "Ms Ada Park and Mr Ivo Marsh met Sir Tom Reyes.")
    assert not {"ms", "mr", "sir"} & set(discourse.roles), discourse.roles


def test_maker_of_a_definite_thing_is_who_made_it(article):
    built, discourse = noted(article, "Denmark finished building a new bridge over the strait in May. "
                                      "Minister Eva Berg said the bridge was a masterpiece.")
    bridge = [t for t in built.piece().doc if t.text == "bridge"][-1]
    assert maker_of(discourse, bridge, position=(1, 10_000), skip=set()) == "Denmark"
    assert maker_of(discourse, bridge, position=(1, 10_000), skip={"Denmark"}) is None


def test_an_indefinite_thing_has_no_maker(article):
    built, discourse = noted(article, "Denmark built a bridge. Eva Berg said a bridge was planned.")
    bridge = [t for t in built.piece().doc if t.text == "bridge"][-1]
    assert maker_of(discourse, bridge, position=(1, 10_000), skip=set()) is None


def test_author_of_a_withdrawal_is_who_withdrew(article):
    built, discourse = noted(article, "Canada withdrew its troops from the border. "
                                      "Critics condemned the withdrawal.")
    withdrawal = next(t for t in built.piece().doc if t.text == "withdrawal")
    assert author_of(discourse, withdrawal, types=built.index.types, position=(1, 10_000),
                     skip=set()) == "Canada"


def test_acted_on_reaches_into_open_clauses(parsed):
    piece, _ = parsed("Denmark finished building a new bridge over the strait.")
    assert "bridge" in acted_on(next(t for t in piece.doc if t.text == "finished"))
