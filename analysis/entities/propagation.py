"""Pass 6: every surface form of an entity is searched for in the title and the body.

The model misses names in title-cased headlines and at sentence starts; an organisation's
acronym ("NRC" for Northern Rowing Clubs), a person's surname (with or without its "al-") and a
club's last word ("Rovers" for the article's one club named "... Rovers") are forms too, and so is every written
name of a place in the country table. A form inside a longer mention ("Arab" in "Arab League")
is not a mention. The title's mentions come only from here: NER on title-cased headlines mostly
invents names; a place's demonym used as an adjective in the title ("Portuguese teachers strike")
is a mention of the place. A firm's first word alone ("Vantor" for "Vantor Logistics") is a
form when it is no English word; an institution's capitalised head word after "the" ("the
Commission") is a form of the article's one organisation with that head.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.entities import countries
from analysis.entities.classnames import feature_forms, head_forms
from analysis.entities.finders import initials
from analysis.entities.grouping import CLUB_WORDS, unprefixed
from analysis.entities.model import Coverage, Entity, Mention
from analysis.entities.placespans import strip_possessive
from analysis.entities.recall import rare
from analysis.entities.typewords import FIRM_WORDS, firm_short_form
from analysis.entities.words import CALENDAR


def _forms(entity: Entity, lowercase_words: set[str]) -> dict[str, str]:
    """The forms of one entity worth searching for, each with the reason it is a form of it."""
    reasons: dict[str, str] = {}
    seen = {strip_possessive(m.text) for m in entity.mentions}
    surfaces = set(seen)
    name = entity.name
    codes = {m.place for m in entity.mentions if m.place}
    for code in codes:
        for n in (n for n, c in countries.table().by_name.items() if c == code):
            surfaces.add(n)
            reasons.setdefault(n, "variant")
    if entity.label == "ORG":
        for form in {name} | {f for f in surfaces if " " in f}:
            # "Northern Rowing Clubs" is also "NRC"; "US Commission on Rowing" also "CR"
            for spelt in filter(None, (form, unprefixed(form))):
                if len(re.findall(r"[A-Z][\w'-]*", spelt)) >= 2:
                    surfaces.add(initials(spelt))
                    reasons.setdefault(initials(spelt), "acronym")
    stem = re.sub(r"-\d+[A-Za-z]?$", "", name)
    if stem != name and entity.label == "OTHER":
        surfaces.add(stem)  # a code name's stem: "XYZ-19" is also "XYZ"
        reasons.setdefault(stem, "spelling")
    if entity.label == "PERSON" and len(name.split()) > 1:
        words = name.split()
        # "Anna Lindqvist" ... "Lindqvist denied"; "Marta Ruiz Oyola" ... "Ruiz said" (the first of
        # two surnames, in a three-word name); "Karim al-Zahiri" ... "Zahiri" (without its article)
        bare = re.match(r"(?:al|el|Al|El)-([A-Z][\w'’]{3,})$", words[-1])  # "al-Zahiri" ... "Zahiri said"
        for surname in [words[-1]] + (words[1:2] if len(words) == 3 else []) + ([bare.group(1)] if bare else []):
            if surname.lower() not in CALENDAR and surname.lower() not in lowercase_words \
                    and not any(ch.isdigit() for ch in surname):
                surfaces.add(surname)
                reasons.setdefault(surname, "surname")
    return {f: reasons.get(f, "form") for f in surfaces
            if (len(f) >= 3 and f[:1].isupper()) or (len(f) == 2 and f.isupper())}


def propagate(entities: list[Entity], texts: dict[int, str]) -> None:
    """Add mentions the model missed: each entity's surface forms found elsewhere in the text."""
    coverage = Coverage(texts, (m for entity in entities for m in entity.mentions))
    # words the article also uses in lower case are common words ("young", "may"): not surnames
    lowercase_words = set(re.findall(r"\b[a-z]+\b", " ".join(texts.values())))
    reasons = {id(entity): _forms(entity, lowercase_words) for entity in entities}
    # a club's last word alone ("Rovers" for "Kell Rovers") when no other club of the article ends with it
    clubs = [e for e in entities if e.label == "ORG" and len(e.name.split()) > 1
             and e.name.split()[-1].lower() in CLUB_WORDS]
    ends = Counter(e.name.split()[-1] for e in clubs)
    for club in clubs:
        if ends[club.name.split()[-1]] == 1:
            reasons[id(club)].setdefault(club.name.split()[-1], "short form")
    _firm_short_forms(entities, reasons, lowercase_words)
    forms = [(form, entity) for entity in entities for form in reasons[id(entity)]]
    if not forms:
        return
    # One pattern for all forms, longer forms first, so "Ana Lindqvist" is found before
    # "Lindqvist" inside it; a form belongs to the first entity that has it.
    owner: dict[str, Entity | None] = {}
    for form, entity in sorted(forms, key=lambda item: -len(item[0])):
        owner.setdefault(form, entity)
    # every place name of the table guards its words: "Sudan" is not found inside "South Sudan"
    for name in countries.table().by_name:
        owner.setdefault(name, None)
    labels = {id(e): Counter(m.label for m in e.mentions).most_common(1)[0][0]
              for e in owner.values() if e is not None}
    places = {id(e): next((m.place for m in e.mentions if m.place), None) for e in owner.values() if e is not None}
    # hyphens do not end a form: "Smith-Jones talks" mentions both
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(owner, key=len, reverse=True)))
                         + r")(?![\w$])")
    for paragraph, text in texts.items():
        for match in pattern.finditer(text):
            span = (match.start(), match.end())
            if not coverage.free(paragraph, *span):
                continue
            coverage.take(paragraph, *span)
            entity = owner[match.group(0)]
            if entity is None:
                continue
            place = places[id(entity)]
            if match.group(0) != entity.name and reasons[id(entity)][match.group(0)] != "form":
                entity.merged.setdefault(match.group(0), reasons[id(entity)][match.group(0)])
            entity.mentions.append(Mention(paragraph, span[0], span[1], match.group(0), labels[id(entity)],
                                           source="text", key=entity.key, place=place))
    _head_words(entities, texts, coverage)
    _title_demonyms(entities, texts, coverage)


def _head_words(entities: list[Entity], texts: dict[int, str], coverage: Coverage) -> None:
    """An institution's head word alone ("the Commission", "Commission President Ida Brandt") is a
    mention of the article's one organisation with that head (:func:`~analysis.entities.classnames.head_forms`),
    a river's name without "River" ("the Sorna") one of the river (:func:`~analysis.entities.classnames.feature_forms`)."""
    for entity, head, spans in head_forms(entities, texts) + feature_forms(entities, texts):
        for paragraph, start, end in spans:
            if coverage.free(paragraph, start, end):
                coverage.take(paragraph, start, end)
                entity.merged.setdefault(head, "short form")
                entity.mentions.append(Mention(paragraph, start, end, head, entity.label, source="text",
                                               key=entity.key))


def _firm_short_forms(entities: list[Entity], reasons: dict[int, dict[str, str]], lowercase_words: set[str]) -> None:
    """A firm's first word alone ("Vantor did not comment" for "Vantor Logistics") is a form of the
    firm when it is rare (no English word: "Green Energy Partners" ... "Green politicians"), no place of the table and no other entity's first word or name;
    so is a firm's name of three words or more without its trade word ("Red Ember" of "Red Ember
    Studios") when no other entity's name begins with it."""
    firms = [e for e in entities if e.label == "ORG" and len(e.name.split()) > 1 and not e.place_name]
    keys = [e.key for e in entities if " " in e.key]
    for firm in firms:
        first = firm.name.split()[0]
        if first[:1].isupper() and rare(first, lowercase_words) and len(first) >= 4 \
                and not countries.place_of_name(first) and firm_short_form(firm.key.split()[0], keys) \
                and not any(e is not firm and e.key.split()[0] == firm.key.split()[0] for e in entities):
            reasons[id(firm)].setdefault(first, "short form")
        stem = firm.name.rsplit(" ", 1)[0]
        if len(firm.key.split()) > 2 and firm.key.split()[-1] in FIRM_WORDS and not countries.place_of_name(stem) \
                and all(w[:1].isupper() for w in stem.split()) \
                and not any(e is not firm and e.key.startswith(firm.key.rsplit(" ", 1)[0] + " ") for e in entities):
            reasons[id(firm)].setdefault(stem, "short form")  # "Red Ember" of "Red Ember Studios"


#: Words after a demonym that make it no adjective of the state or its people ("Kellish language").
_NOT_STATE_AFTER = {"language", "speaking", "speakers", "fries", "cuisine", "food", "dish", "style", "translation"}


def _title_demonyms(entities: list[Entity], texts: dict[int, str], coverage: Coverage) -> None:
    """A place's demonym in the title used as an adjective ("Portuguese teachers strike", "Kellan
    court rules") is a mention of the place, as it is in the body: the table's demonyms of the
    place and those merged into it by rule ("demonym")."""
    title = texts.get(0, "")
    if not title:
        return
    demonyms = countries.table().by_demonym
    for entity in entities:
        codes = {m.place for m in entity.mentions if m.place}
        forms = {d for d, c in demonyms.items() if c in codes} | {
            f for f, why in entity.merged.items() if why == "demonym" and " " not in f}
        for form in forms:
            for match in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?=\s+([A-Za-z]+))", title):
                if match.group(1).lower() in _NOT_STATE_AFTER or not coverage.free(0, *match.span()):
                    continue
                coverage.take(0, *match.span())
                entity.merged.setdefault(form, "demonym")
                entity.mentions.append(Mention(0, match.start(), match.end(), form, entity.label,
                                               source="text", key=entity.key,
                                               place=next(iter(codes), None)))
