"""Who the article names as the author of its attack, wherever it names them.

The annotation rules let a position on an attack target its perpetrator "where the article
names one anywhere", and "the attacker", "the suspect" stand for that person even when the name
comes later ("The attacker shouted ... The suspect's name was given as Ivo Marek"). Before the
cues are read, :func:`name_culprits` reads the whole article for people linked to a culprit
noun or a charge:

* a culprit noun (attacker, assailant, suspect, gunman ...) with no name of its own and a
  person in the same clause, not as the subject of another verb: in apposition ("the suspect,
  Ivo Marek,"), as the complement ("the suspect's name was given as Ivo Marek", "the gunman
  was Ivo Marek"), or named as it ("police named the attacker as Ivo Marek");
* a person charged or arrested: the object of "charges against", the passive subject or the
  object of charge, arrest, detain, indict, convict.

The culprits are kept in reading order on the :class:`~analysis.statements.discourse.Discourse`.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from analysis.pieces import Piece
from analysis.statements.index import EntityIndex

#: Nouns for the unnamed author of an attack or crime.
CULPRIT_NOUNS = frozenset({"attacker", "assailant", "suspect", "gunman", "perpetrator", "killer", "stabber",
                           "shooter", "bomber", "murderer", "culprit", "hijacker", "kidnapper", "arsonist",
                           "assassin", "intruder", "knifeman", "offender"})
#: Verbs whose object or passive subject is held for a crime.
_HELD = frozenset({"charge", "arrest", "detain", "indict", "convict", "prosecute"})
#: Nouns whose "against" phrase names the one accused ("charges against X").
_CHARGES = frozenset({"charge", "case", "indictment", "prosecution", "accusation", "lawsuit"})


def name_culprits(pieces: Iterable[Piece], index: EntityIndex) -> list[str]:
    """The people the article names as culprits (rules of the module docstring), in reading
    order, each once."""
    found: list[str] = []
    for piece in pieces:
        for token in piece.doc:
            for person in _culprits_at(piece, token, index):
                if person not in found:
                    found.append(person)
    return found


def _person(piece: Piece, token: Token, index: EntityIndex) -> str | None:
    start = piece.offset + token.idx
    hit = index.at(piece.paragraph, start, start + len(token.text))
    return hit.name if hit is not None and hit.type == "PERSON" else None


def _culprits_at(piece: Piece, token: Token, index: EntityIndex) -> list[str]:
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in CULPRIT_NOUNS and _person(piece, token, index) is None:
        clause = _clause_of(token)
        return [name for t in token.sent if t.i != token.i and (name := _person(piece, t, index))
                and (_clause_of(t).i == clause.i and _complement(t)
                     or t.head.i == token.i and t.dep_ == "appos" or token.head.i == t.i and token.dep_ == "appos")]
    if token.pos_ == "VERB" and lemma in _HELD:
        return [name for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                if (name := _person(piece, c, index))]
    if token.pos_ == "NOUN" and lemma in _CHARGES:
        return [name for c in token.children if c.dep_ == "prep" and c.lower_ == "against"
                for g in c.children if g.dep_ == "pobj" if (name := _person(piece, g, index))]
    return []


def _clause_of(token: Token) -> Token:
    """The verb of the clause a token belongs to."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _complement(token: Token) -> bool:
    """Whether a name is given as a complement ("was Ivo Marek", "named as Ivo Marek", "given
    to Ivo Marek", "the suspect, Ivo Marek"), not as a subject or object of its own."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("attr", "oprd", "appos") or (
        token.dep_ == "pobj" and token.head.lower_ in ("to", "as"))
