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
    Ministry" is no "company"); otherwise ``candidate``."""
    if voice is None or voice.unnamed or voice.name == candidate or voice.paragraph < paragraph - 1:
        return candidate
    if candidate is not None and any(name == candidate and start < offset
                                     for start, _, name, _ in index.by_paragraph.get(paragraph, [])):
        return candidate
    words = set(voice.name.lower().replace("'", " ").split())
    if any(w in nouns and w != noun for w in words):
        return candidate
    return voice.name
