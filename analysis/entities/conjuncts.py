"""Pass 5b: names coordinated in a list are of one kind (after the type rules of
:mod:`analysis.entities.types`)."""

from __future__ import annotations

import re

from analysis.entities.model import Entity
from analysis.entities.contexts import is_placed, mention_context

#: ", the mayor of X," after a name: an apposition headed by a person's title.
_APPOSED_TITLE = re.compile(r"\s*,\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")


def _apposed_title(entity: Entity, texts: dict[int, str]) -> bool:
    """Whether a mention is followed by an apposition headed by a person's title ("Oskar Lind, the
    mayor of Tarnby,"): a person, whatever list of places it stands in."""
    from analysis.entities.words import TITLE_KEYS

    for m in entity.mentions:
        match = _APPOSED_TITLE.match(texts.get(m.paragraph, ""), m.end)
        if match and match.group(1) in TITLE_KEYS:
            return True
    return False


_CONJUNCTION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)\s*")
#: A list of names after a place preposition, up to the name at the end ("in Kell, Tarn and ").
_PLACED_LIST = re.compile(r"\b(?:in|near|across|around|outside|inside|within|throughout)\s+"
                          r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")


def agree_with_conjuncts(entities: list[Entity], texts: dict[int, str]) -> None:
    """Names coordinated in a list are of one kind: a name the model called a person, with no
    title and never a subject, listed only beside places, in a list that stands where places do
    (the list's first name after "in", "near", "across"...), or a one-word name listed beside countries
    of the table only ("Fires hit Norland, Vilnia and Ostrava"), is a place ("the towns of Tal Rima and
    Ras Doha", "in Kell, Tarn and Brenn"; not "Ana Kone of Mali and Ida Sow", nor a name apposed to a
    person's title: "Kell, and Oskar Lind, the mayor of Tarnby," or to a plural role: "the mayors of
    Kell and Tarnby, Ana Vidal and Oskar Lind,"); a one-word "place" or "facility" that is no place of the table, listed beside an
    organisation, is an organisation ("Vimeo and Snapgram removed the clips"); so is a one-word
    "person" with no title and no full name listed, in any of its mentions, beside organisations
    only ("Orvanta and Brightmart cut prices")."""
    by_start = {(m.paragraph, m.start): (e, m) for e in entities for m in e.mentions}
    by_end = {(m.paragraph, m.end): (e, m) for e in entities for m in e.mentions}
    for entity in entities:
        if entity.place_name or entity.titles or any(m.source in ("dateline", "apposed") for m in entity.mentions):
            continue
        partners, placed, joined = [], False, False
        for m in entity.mentions:
            text = texts.get(m.paragraph, "")
            # a bare comma may be an apposition ("the Bishop of Kell, Ana Lee,"): a list has a conjunction
            joined = joined or bool(re.match(r"\s*,?\s*(?:and|or|&)\s", text[m.end:m.end + 8])) \
                or bool(re.search(r"\s(?:and|or|&)\s+$", text[max(0, m.start - 6):m.start]))
            before = next((by_end[(m.paragraph, end)] for end in range(max(0, m.start - 8), m.start)
                           if (m.paragraph, end) in by_end
                           and _CONJUNCTION.fullmatch(text, end, m.start)), None)
            after = _CONJUNCTION.match(text, m.end)
            partner = before or (by_start.get((m.paragraph, after.end())) if after else None)
            partners.append(partner[0] if partner else None)
            # the list itself stands where places stand ("the towns of X and Y", "in X and Y")
            placed = placed or bool(_PLACED_LIST.search(text[max(0, m.start - 120):m.start])) or any(is_placed(*mention_context(mention, texts), strong=True)
                                   for mention in (m, partner[1] if partner else None) if mention is not None)
        found = [p for p in partners if p is not None]
        if found and entity.label == "PERSON" and {p.label for p in found} == {"ORG"} \
                and len(entity.name.split()) == 1 and not any(p is entity for p in found) \
                and not any(why in ("surname", "first name") for why in entity.merged.values()):
            entity.set_label("ORG")  # "Orvanta and Brightmart sell tablets": two firms
            continue
        if not all(partners) or any(p is entity for p in partners):
            continue
        labels = {p.label for p in partners}
        listed_places = len(entity.name.split()) == 1 and all(p.place_name for p in partners) \
            and entity.label in ("PERSON", "PRODUCT", "WORK_OF_ART")
        if (entity.label == "PERSON" and placed or listed_places) and labels <= {"GPE"} and joined \
                and not any(m.subject for m in entity.mentions) and not _apposed_title(entity, texts):
            entity.set_label("GPE")
        elif entity.label in ("GPE", "LOC", "FAC") and labels == {"ORG"} and len(entity.name.split()) == 1:
            entity.set_label("ORG")
