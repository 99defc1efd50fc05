"""The words around a name, as the type rules (:mod:`analysis.entities.types`) read them.

* :func:`mention_contexts`: up to three words before each mention in its sentence and the word
  after it; :func:`occurrence_contexts` the same for every occurrence of the name, tagged or not;
  :func:`words_after_name` the lower-case word after each occurrence in the body.
* :func:`is_placed`: whether a context makes a mention a place ("in X", "the X district", "the
  plant at X", "moved to X").
* :func:`apposed_firm`, :func:`apposed_product`, :func:`apposed_place`: what an apposition after a
  mention says the name is ("Valuco, a rival retailer,", "Zorvex, a new drug,", "X, a river in
  the north,").
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from analysis.entities.model import Entity
from analysis.entities.typewords import (
    FAC_WORDS,
    FACILITY_AFTER,
    LOC_WORDS,
    MOTION_TO,
    ORG_CLASS_BEFORE,
    OTHER_CLASS_BEFORE,
    PLACE_BEFORE,
    PLACE_HYPHEN,
    SETTLEMENT_AFTER,
    SETTLEMENT_OF,
    SITE_AT,
)


def head_word(name: str) -> str:
    """The name's head: the word before "of" ("Commission on X" -> commission), else the last."""
    words = re.findall(r"[\w'-]+", name)
    for i, word in enumerate(words):
        if word.lower() in ("of", "on", "for") and i > 0:
            return words[i - 1].lower()
    return words[-1].lower() if words else ""


def context_words(entity: Entity, texts: dict[int, str]) -> list[tuple[str, str]]:
    """The lower-case word before and after each mention ("" at a paragraph's edge)."""
    return [(before[-1] if before else "", after) for before, after in mention_contexts(entity, texts)]


#: A sentence's end: a full stop after a word of three lower-case letters or more ("Gen." is none).
SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?][\"”’']?\s+")


def mention_contexts(entity: Entity, texts: dict[int, str], *, lower: bool = True) -> list[tuple[list[str], str]]:
    """Up to three words before each mention in its sentence (lower case, or as written when not
    ``lower``: "the group. Zahiri said" has none) and the word after it (lower case, "" when the
    next word is capitalised or at a paragraph's edge; "-based" after a hyphen)."""
    out = []
    for m in entity.mentions:
        text = texts.get(m.paragraph, "")
        window = SENTENCE_END.split(text[max(0, m.start - 40):m.start])[-1]
        before = [w.lower() if lower else w for w in re.findall(r"[A-Za-z'-]+", window)[-3:]]
        if text[m.start - 1:m.start] == '"':
            before = []
        after = re.match(r"(?:'s)?\s+([a-z][a-z-]*)|(-[a-z]+)", text[m.end:m.end + 25])
        out.append((before, (after.group(1) or after.group(2)) if after else ""))
    return out


def occurrence_contexts(name: str, texts: dict[int, str]) -> list[tuple[list[str], str]]:
    """The context :func:`mention_contexts` gives every occurrence of the name in the title and the body,
    tagged or not ("Red: Kell district" in a map legend the model skipped)."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w])")
    spots = [SimpleNamespace(paragraph=p, start=match.start(), end=match.end())
             for p, text in texts.items() for match in pattern.finditer(text)]
    return mention_contexts(Entity(name, mentions=spots), texts)


def mention_context(m, texts: dict[int, str]) -> tuple[list[str], str]:
    """The context :func:`mention_contexts` gives one mention."""
    probe = Entity(m.key, mentions=[m])
    return mention_contexts(probe, texts)[0]


def words_after_name(name: str, texts: dict[int, str]) -> list[str]:
    """The lower-case word after each occurrence of the name in the body, tagged or not (the model
    often tags a new name once and misses it later: "Quorvia won ... Quorvia engineers")."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?:'s)?\s+([a-z][a-z-]*)")
    return [match.group(1) for paragraph, text in texts.items() if paragraph > 0
            for match in pattern.finditer(text)]


def apposed_firm(entity: Entity, texts: dict[int, str]) -> bool:
    """Whether an apposition after a mention is headed by an organisation's class noun ("Valuco,
    a rival retailer,", "Holvik, the furniture maker,")."""
    for m in entity.mentions:
        match = APPOSED_CLASS.match(texts.get(m.paragraph, ""), m.end)
        if match and match.group(1) in ORG_CLASS_BEFORE | {"rival", "competitor", "subsidiary", "supplier"}:
            return True
    return False


#: Ends of a hyphenated word before a name that make the name a firm's ("Kell-based X").
OWNED_SUFFIXES = ("-based", "-owned", "-listed", "-registered", "-headquartered", "-run", "-backed")


def apposed_product(entity: Entity, texts: dict[int, str]) -> bool:
    """Whether an apposition after a mention is headed by a product's class noun ("Zorvex, a new
    drug,")."""
    for m in entity.mentions:
        match = APPOSED_CLASS.match(texts.get(m.paragraph, ""), m.end)
        if match and match.group(1) in OTHER_CLASS_BEFORE:
            return True
    return False


def is_placed(before: list[str], after: str, *, strong: bool = False) -> bool:
    """Whether a mention's context makes it a place: "in X", "near X", "the city of X", "the X
    district", "the plant at X", "an X-based firm", "moved to X"; ``strong`` leaves out the prepositions that as often lead to a person or a firm
    ("to X", "from X")."""
    if len(before) >= 2 and before[-1] == "of" and before[-2] in SETTLEMENT_AFTER | SETTLEMENT_OF:
        return True
    prepositions = PLACE_BEFORE - {"to", "from", "into"} if strong else PLACE_BEFORE
    if len(before) >= 2 and (before[-1] == "at" and before[-2] in SITE_AT
                             or before[-1] in ("to", "from") and before[-2] in MOTION_TO):
        return True  # "the plant at X", "clashes at X", "moved to X", "flights from X"
    return bool(before) and before[-1] in prepositions or after in SETTLEMENT_AFTER | FACILITY_AFTER \
        or after.lstrip("-") in PLACE_HYPHEN and after.startswith("-")


#: An apposition after a name that says what the name is: ", formerly an old church and now a
#: museum," -> the head noun of its first noun phrase ("church"; "island" in ", an island off X").
APPOSED_CLASS = re.compile(r"(?:['’]s?)?,\s+(?:formerly|once|originally|now|still)?\s*(?:a|an|the)\s+"
                            r"(?:[\w'-]+\s+){0,4}?([a-z]+)(?=\s*(?:[,;.]|$)|\s+(?:and|which|that|in|on|at|of|near|off|by|for|with|from|to)\b)")


def apposed_place(entity: Entity, texts: dict[int, str]) -> str | None:
    """FAC or LOC when an apposition after one of the mentions names a facility or a natural
    place ("X, formerly a church and now a museum,", "Y, a river in the north,"), else None."""
    for m in entity.mentions:
        match = APPOSED_CLASS.match(texts.get(m.paragraph, ""), m.end)
        head = match.group(1) if match else ""
        if head in FAC_WORDS:
            return "FAC"
        if head in LOC_WORDS:
            return "LOC"
    return None
