"""Speakers named through what the article says elsewhere (a part of
:class:`~analysis.statements.speakers.SpeakerResolver`, kept apart for size).

* a document speaks for its owner, its by-agent or whoever put it out ("the ministry's letter",
  "a statement released by X's office", "They released a statement which said");
* a common noun naming a role or a kind of body, qualified only by a place or nationality
  ("the Norland foreign minister", "the Norland parliament"), is the person the article gives
  that title, or the body of that kind, when the article names it right after that place
  ("Norland Foreign Minister Ana Lee", "Norland's National Assembly") anywhere; otherwise
  the place speaks, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from analysis.pieces import Piece

_PLACE_TYPES = ("GPE", "NORP", "LOC")
_MODIFIER_ARCS = ("amod", "compound", "poss")


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name (or the phrase, when unnamed) and how it was found."""

    name: str
    text: str
    unnamed: bool = False
    indirect: bool = False
    group: bool = False
    loose: bool = False  # a name found inside the phrase rather than at its head


class SpeakerContext:
    """Context rules of the speaker resolver; the resolver supplies ``index``, ``discourse``,
    ``entities_in``, ``resolve_one`` and ``_role``."""

    def _kind_holder(self, head: Token, words: list[Token], entities: list[tuple[str, Token]]) -> str | None:
        """The titled person or named body a place-qualified common noun stands for (module
        docstring), or None."""
        if not (head.pos_ == "NOUN" or head.text.islower()) or not entities or not all(
                self.index.types.get(name) in _PLACE_TYPES and token.dep_ in _MODIFIER_ARCS
                and token.head.i == head.i for name, token in entities):
            return None
        places = [name for name, _ in entities]
        role = self._role(words)
        if role and self.index.types.get(role) == "PERSON" and any(
                self.index.adjacent(place, role) for place in places):
            return role
        lemma = head.lemma_.lower()
        for name, kind in self.index.types.items():
            if kind == "ORG" and lemma in name.lower().split() and any(
                    self.index.adjacent(place, name) for place in places):
                return name
        return None

    def _author_of_document(self, piece: Piece, head: Token) -> Speaker | None:
        """Who speaks through a document: its owner ("the ministry's letter", "the Turkish
        statement"), its by-agent ("a
        statement by X", "a statement released by X's office"), the subject of the verb that
        put it out ("They released a statement which said"), else, for "the statement", the
        last named speaker of this or the previous paragraph."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None:
            return self.resolve_one(piece, owner)
        modifiers = [t for c in head.children if c.dep_ in ("amod", "compound") for t in c.subtree]
        named = self.entities_in(piece, modifiers)
        if named:  # "the Turkish statement", "the Rail Board letter"
            return Speaker(named[0][0], head.text)
        agents = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "at", "of")
                  for g in c.children if g.dep_ == "pobj"]
        agents += [g for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                   for g in a.children if g.dep_ == "pobj"]
        for agent in agents:
            resolved = self.resolve_one(piece, agent)
            if resolved is not None:
                return resolved
        if head.dep_ == "dobj":
            subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return self.resolve_one(piece, subject)
        determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
        if determiners & {"the", "this", "that"}:
            voice = self.discourse.last_voice(piece.paragraph)
            if voice is not None and not voice.unnamed:
                return Speaker(voice.name, head.text, indirect=True)
        return None
