"""What a pronoun or a description may stand for (a part of :mod:`analysis.statements.speakers`,
kept apart for size).

* A name the tagger called a person but the article uses as a place ("blockades in Kell", "the
  Kell side of the river", "Kell district") never takes "he" or "she".
* "The company said" right after another body of the kind spoke ("Meadow Foods, a subsidiary of
  Brightmart, rejected the claim. The company said ...") is that body, not an earlier body whose
  name has the noun ("Norland Rail Company") and that is not mentioned in the paragraph so far:
  a description continues the actor whose statement precedes it.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from analysis.statements.discourse import Voice
from analysis.statements.index import EntityIndex

#: Words before a name that use it as a place.
_PLACE_BEFORE = frozenset({"in", "near", "across", "around", "inside", "outside", "throughout"})
#: Words after a name that use it as a place.
_PLACE_AFTER = frozenset({"side", "district", "province", "county", "valley", "region", "town", "village"})


def place_like_people(index: EntityIndex, texts: Mapping[int, str]) -> frozenset[str]:
    """One-word PERSON entities the article uses as places ("in Kell", "the Kell side")."""
    out = set()
    for paragraph, rows in index.by_paragraph.items():
        text = texts.get(paragraph, "")
        for start, end, name, kind in rows:
            if kind != "PERSON" or " " in name:
                continue
            before = text[max(0, start - 12):start].lower().split()
            after = text[end:end + 12].lower().split()
            if (before and before[-1] in _PLACE_BEFORE and text[end:end + 2] not in ("'s", "’s")) \
                    or (after and after[0].strip(".,;:") in _PLACE_AFTER):
                out.add(name)
    return frozenset(out)


def continued_actor(candidate: str | None, voice: Voice | None, *, paragraph: int, offset: int,
                    index: EntityIndex, nouns: frozenset[str], noun: str) -> str | None:
    """The body a description continues: the last speaker of a fitting type in this or the
    previous paragraph, when the name-based ``candidate`` is not mentioned in this paragraph
    before the description and the speaker's name has no other description noun ("Kell
    Ministry" is no "company"), nor lacks a naming noun that ``candidate`` has ("the union" is no
    airline); otherwise ``candidate``."""
    if voice is None or voice.unnamed or voice.name == candidate or voice.paragraph < paragraph - 1:
        return candidate
    if candidate is not None and any(name == candidate and start < offset
                                     for start, _, name, _ in index.by_paragraph.get(paragraph, [])):
        return candidate
    words = set(voice.name.lower().replace("'", " ").split())
    if any(w in nouns and w != noun for w in words):
        return candidate
    if candidate is not None and noun in nouns and noun not in words:
        return candidate  # "the union": the union named before, not an airline that spoke since
    return voice.name


#: Heads of lede descriptions the next paragraph names: bodies, and people.
_LEDE_BODIES = frozenset({"union", "company", "firm", "investor", "operator", "developer", "association",
                          "federation", "alliance", "organisation", "organization", "coalition", "party",
                          "agency", "bank", "lender", "insurer", "airline", "carrier", "retailer", "maker",
                          "producer", "owner", "regulator", "watchdog", "charity", "club", "court"})
_LEDE_PEOPLE = frozenset({"judge", "magistrate", "minister", "president", "premier", "mayor", "governor",
                          "chairman", "chairwoman", "director", "senator", "coach", "captain", "prosecutor"})
_COUNTS = {"two": 2, "three": 3, "both": 2, "pair": 2}


def lede_referents(head: Token, *, index: EntityIndex, unnamed: frozenset[str]) -> list[str]:
    """The names a description in the first paragraph stands for when the second names them
    ("a High Court judge ruled ... || Justice Ana Roy said", "the project's investor said ... ||
    Kell Energy, which holds ..., told", "the two largest farmers' unions rejected ... || The Grain
    Union and the Growers' Alliance said"): the second paragraph's first subject of the fitting
    kind (one whose name has the noun first: "unions" -> "the Grain Union") and, for a plural,
    the names that follow it; failing that, the body with a noun modifier of the description in
    its name ("the factory inspection agency" -> the Department of Inspection for Factories).
    Generic sources ("officials", "investors"; but "Kell's fisheries minister" is one office)
    and names at the phrase's head are left to the other rules."""
    lemma = head.lemma_.lower()
    kinds = ("ORG",) if lemma in _LEDE_BODIES else ("PERSON",) if lemma in _LEDE_PEOPLE else ()
    if not kinds or head.pos_ != "NOUN" or head.ent_type_ == "PERSON" \
            or (head.lower_ in unnamed and not _one_office(head)):
        return []
    rows = [r for r in index.by_paragraph.get(2, []) if r[3] in kinds]
    first = next((k for k, r in enumerate(rows) if lemma in r[2].lower()), None)  # "unions": a Union
    if first is None:  # "the factory inspection agency" -> the Department of Inspection for Factories
        first = next((k for k, r in enumerate(rows) if _shares_modifier(head, r[2])), None)
    if first is None:
        first = next((k for k, r in enumerate(rows) if (2, r[0]) in index.subjects), None)
    if first is None:
        return []
    count = 1
    if head.tag_ == "NNS":
        count = next((_COUNTS[c.lower_] for c in head.children if c.lower_ in _COUNTS), 2)
    names = list(dict.fromkeys(r[2] for r in rows[first:] if r[0] < rows[first][0] + 150))
    return names[:count] if len(names) >= count else []


def _one_office(head: Token) -> bool:
    """A singular office held by one person, owned or definite ("Kell's fisheries minister",
    "the agriculture minister"): no generic source, unlike "a minister" or "ministers"."""
    return head.tag_ == "NN" and any(c.dep_ == "poss" or c.lower_ == "the" for c in head.children)


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _shares_modifier(head: Token, name: str) -> bool:
    """Whether a noun modifier of the description is a word of the name ("the factory
    inspection agency" and the "Department of Inspection for Factories")."""
    words = {_stem(w) for w in name.replace("'", " ").split() if len(w) > 3}
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and _stem(c.text) in words for c in head.children)
