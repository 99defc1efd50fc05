"""Named members listed inside a plural speaker phrase (a part of
:mod:`analysis.statements.speakers`, kept apart for size).

* "The mayors of Kell and Vilnia, Ida Brandt and Tom Reyes, said ...": the people listed in the
  phrase (in apposition, or joined by the parser to the places) speak, one statement each;
* "The regional governments of Kell and Vilnia traded accusations": without people, the named
  bodies or places of an "of" list speak, one statement each; so do the names joined in
  apposition ("rival carriers Kell Air and Osk Jet both said") and the joined names or
  nationalities before the head ("Kell and Norland officials", "Indian and Chinese officials");
* the members are remembered as a group with the phrase's noun, so that a later "both mayors",
  "the two governments" or "they" stands for them.

A singular head ("the mayor of Kell") or a list of one name is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_SPEAKING = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PLACES_AND_BODIES = frozenset({"ORG", "GPE", "NORP"})
#: Arcs that list members below a plural head: an "of" phrase, an apposition, conjuncts.
_LISTING = frozenset({"prep", "pobj", "appos", "conj", "compound"})


def listed_members(head: Token, *, type_of: Callable[[Token], str | None]) -> tuple[list[Token], str]:
    """The member tokens a plural phrase lists and their kind ("person" or "named"), or ([], "").

    ``type_of`` gives the entity type a token belongs to (None when it names nothing). People
    win over places ("the mayors of Kell and Vilnia, Ida Brandt and Tom Reyes"); otherwise the
    names of an "of" list count ("the governments of Kell and Vilnia"), then names joined in
    apposition or as modifiers of the head (module docstring).
    """
    if head.tag_ not in ("NNS", "NNPS") or head.pos_ != "NOUN":
        return [], ""
    tokens = list(_listing(head))
    people = _heads([t for t in tokens if type_of(t) == "PERSON"])
    if len(people) >= 2:
        return people, "person"
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    named = _heads([t for p in of for t in _listing(p) if type_of(t) is not None])
    if len(named) >= 2:
        return named, "named"
    for arcs, types in ((("appos",), _SPEAKING), (("amod", "compound", "nmod"), _PLACES_AND_BODIES)):
        joined = [t for c in head.children if c.dep_ in arcs and c.conjuncts
                  for t in (c, *c.conjuncts, *(g for k in (c, *c.conjuncts) for g in k.children
                                               if g.dep_ == "compound")) if type_of(t) in types]
        named = _heads(joined)
        if len(named) >= 2:  # "rival carriers Kell Air and Osk Jet", "Kell and Norland officials"
            return named, "named"
    return [], ""


def _listing(token: Token):
    """Tokens below ``token`` reached only through listing arcs (not relative clauses, not other
    prepositions than "of")."""
    for child in token.children:
        if child.dep_ not in _LISTING or (child.dep_ == "prep" and child.lower_ != "of"):
            continue
        yield child
        yield from _listing(child)


def _heads(tokens: list[Token]) -> list[Token]:
    """One token per name: the ones whose head is not also in the list ("Ida" of "Ida Brandt"
    is dropped, "Brandt" kept)."""
    inside = {t.i for t in tokens}
    return [t for t in tokens if not (t.dep_ == "compound" and t.head.i in inside)]


def acting_together(prep: Token) -> tuple[Token, Token] | None:
    """The two parties of "X, which called the strike together with Y" or "X, alongside Y,
    ...": (X's head, Y's head), for a later "the two unions"; None for any other preposition."""
    together = prep.head.lower_ == "together" or any(c.lower_ == "together" for c in [*prep.children,
                                                                                       *prep.head.children])
    if prep.dep_ != "prep" or not (prep.lower_ == "alongside" or (prep.lower_ == "with" and together)):
        return None
    partner = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = prep.head.head if prep.head.lower_ == "together" else prep.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if partner is None or subject is None:
        return None
    return subject, partner
