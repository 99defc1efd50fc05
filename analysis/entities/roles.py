"""Titles and roles the text gives a name: "President" in "President Ana Lindqvist", "the Chief
Justice of Norland" in "Ana Lindqvist, the Chief Justice of Norland,", "Norland's Chief Justice"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis.entities.words import POSSESSIVE, TITLE_KEYS


def is_title_word(token: Token) -> bool:
    """A capitalised title word ("President", "Gen.")."""
    return token.lower_.rstrip(".") in TITLE_KEYS and token.text[:1].isupper()


def title_before(span: Span) -> str | None:
    """Capitalised title words right before a person's name ("President" in "President X")."""
    i = span.start - 1
    while i >= 0 and is_title_word(span.doc[i]):
        i -= 1
    return span.doc[i + 1:span.start].text if i + 1 < span.start else None


def title_across_body(span: Span) -> str | None:
    """The title words of "Ambassador to the Kell Union Ana Brik": title words, "to"/"of"/"for",
    a named body or place (tagged), then the name right after it; None otherwise."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].ent_type_ not in ("ORG", "GPE") or doc[span.start].ent_iob_ != "B":
        return None  # (the body must be an entity of its own, not the start of the name's)
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    j = i - 1 - (i >= 1 and doc[i - 1].lower_ == "the")
    if j < 1 or doc[j].lower_ not in ("to", "of", "for"):
        return None
    k = j - 1
    while k >= 0 and is_title_word(doc[k]):
        k -= 1
    return doc[k + 1:j].text if k + 1 < j else None


def _role_of_phrase(words: list[Token]) -> tuple[str, str | None]:
    """(bare role, owner) of a role phrase: the owner is the entity after its last "of"/"for"."""
    for j in range(len(words) - 1, 0, -1):
        if words[j].lower_ in ("of", "for") and j + 1 < len(words) \
                and (words[j + 1].ent_type_ in ("GPE", "ORG", "NORP")
                     or (words[j + 1].pos_ == "PROPN" and not is_title_word(words[j + 1]))):
            owner = " ".join(t.text for t in words[j + 1:])
            return " ".join(t.text for t in words[:j]), owner
    return " ".join(t.text for t in words), None


def roles_for(span: Span) -> tuple[tuple[str, str | None], ...]:
    """Roles the text gives a person, as (bare role, owner): 'X, the Role of Y,' (apposition) or
    'Y's Role X' (possessive title)."""
    doc = span.doc
    roles = []
    # appositions of the name, and of an appositive acronym right after it ("Office of Rail and
    # Road (ORR), the industry's safety regulator,")
    heads = [span.root] + [c for c in span.root.children if c.dep_ == "appos" and c.ent_type_]
    for child in (c for head in heads for c in head.children):
        # set off by a comma ("Kell, Norland — The High Court of Norland" holds no apposition)
        if child.dep_ == "appos" and child.i >= span.end and child.ent_type_ == "" \
                and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text in (",", "("):
            phrase = doc[child.left_edge.i:child.right_edge.i + 1]
            words = [t for t in phrase if t.lower_ not in ("the", "a", "an") and not t.is_punct]
            if words and words[0].text[:1].isupper():
                roles.append(_role_of_phrase(words))
    i = span.start - 1
    title_tokens: list[Token] = []
    while i >= 0 and is_title_word(doc[i]):
        title_tokens.insert(0, doc[i])
        i -= 1
    if title_tokens and i >= 1 and doc[i].lower_ in POSSESSIVE and doc[i - 1].ent_type_ in ("GPE", "ORG"):
        owner = doc[doc[i - 1].left_edge.i:i] if doc[i - 1].ent_iob_ else doc[i - 1:i]
        owner_text = re.sub(r"^the\s+", "", owner.text, flags=re.IGNORECASE)
        roles.append((" ".join(t.text for t in title_tokens), owner_text))
    return tuple(roles)
