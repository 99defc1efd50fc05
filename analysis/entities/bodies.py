"""Bodies named after places, persons apposed to a plural role, names the tagger cut short, and
places or firms told by one context the type rules of :mod:`~analysis.entities.types` miss.

* A public body named after a river, region or town ("the Tarn Basin Authority", "the Kell
  Hydrographic Confederation", "the Velda Water Board") is an organisation of its own: the place's
  name alone is never its short form (:func:`~analysis.entities.typewords.named_after_place`), and that name, used alone, is a
  place (:func:`place_bodies`): LOC when the body is a river's or a basin's, GPE otherwise; a
  river's name alone joins its name with "River" (:func:`merge_feature_names`).
* A body named after a place the model cut to the place or skipped ("the Dornby City Council") is
  found whole (:func:`find_place_bodies`); the place written alone where the model skipped it is
  found too (:func:`find_body_places`).
* Names in apposition to a plural person role ("The mayors of Kellby and Dornby, Ana Vidal and Rosa
  Mir, ...") are persons (:func:`find_apposed_persons`).
* A name the tagger cut short ("Pacific Quay" of "Pacific Quay Terminals said") is extended when
  the words after it complete a longer name of the same article (:func:`extend_cut_names`).
* One context makes a one-word name a place or a firm (:func:`tell_by_context`): "a Kell labour
  court", "the Kell court", "the Kell regional government", "Floods hit Kell and Tarn", "Aid
  reached Kell", "the port of Kell", "the mayors of Kell and Tarnby", "the flow at Kell", "the
  (regional) government of Kell" (no person) -> a place; "Its rival, Brightmart," -> a firm. A rare
  name the model skipped in such a context is found as a place (:func:`find_told_places`).
* A span the model drew over a comma list of one-word names ("Ostmark, Vellany"), no place, is
  one mention per name (:func:`split_comma_lists`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.entities.model import Entity, Mention
from analysis.entities.recall import _lowercase_words, _scan, rare
from analysis.entities.typewords import GEO_BODY_WORDS, ORG_WORDS, PARTY_PLURALS, WATER_BODY_WORDS, named_after_place


def place_bodies(entities: Sequence[Entity], texts: dict[int, str]) -> None:
    """A one-word name that begins a body named after a place (or a longer one followed only by the
    body's geographic words and head: "Kell Bay" of "the Kell Bay City Council"), typed anything
    but a place, is that place: LOC when the body is a river's or a basin's ("the Tarn Basin Authority"), else GPE; a
    "town" the article writes with "the" ("the Ebrin") beside a river's body is the river (LOC)."""
    bodies = [e for e in entities if e.label == "ORG" and named_after_place(e.key)]
    for entity in entities:
        if entity.place_name or entity.titles or len(entity.key.split()) > 3 \
                or entity.label == "LOC" or _person_named(entity):
            continue
        size = len(entity.key.split())  # "Kell Bay" of "the Kell Bay City Council": the whole rest geographic
        mine = [b for b in bodies if b is not entity and b.key.split()[:size] == entity.key.split()
                and (size == 1 or len(b.key.split()) > size + 1 and set(b.key.split()[size:-1]) <= GEO_BODY_WORDS)]
        if not mine:
            continue
        natural = any(WATER_BODY_WORDS & set(b.key.split()[1:]) for b in mine)
        if entity.label != "GPE":
            entity.set_label("LOC" if natural else "GPE")
        elif natural and any(re.search(r"\bthe\s+$", texts.get(m.paragraph, "")[max(0, m.start - 5):m.start])
                             for m in entity.mentions):
            entity.set_label("LOC")  # "the Ebrin" beside "the Ebrin Basin Authority": a river, no town


_PLACE_BODY = re.compile(
    r"(?<![\w'’-])(?!(?:The|An?|In|At|For|From)\s)([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\s+(?:City|Town|County|District|Regional|Municipal|"
    r"Provincial|Metropolitan|Water|River|Basin|Port|Harbour|Harbor|Hydrographic)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:Council|Authority|Board|Commission|Agency|Government|Assembly|Confederation|Corporation|Trust|Court|"
    r"Police|Service))(?![\w'’-]|\s+(?:of\b|[A-Z]))")


def find_place_bodies(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A body named after a place that the model cut to the place ("Dornby" of "the Dornby City
    Council") or skipped, its first word rare, is one organisation; the model's mentions inside it
    give way (marked "dropped")."""
    lowercase = _lowercase_words(texts)
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _PLACE_BODY.finditer(text):
            start, end = match.span(1)
            inside = [m for m in found if m.paragraph == paragraph and m.start < end and m.end > start]
            if not rare(match.group(1).split()[0], lowercase) or any(
                    m.start < start or m.end > end or (m.start, m.end) == (start, end) for m in inside):
                continue
            for m in inside:
                m.source = "dropped"
            added.append(Mention(paragraph, start, end, match.group(1), "ORG", source="place body"))
    return added


def find_body_places(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """The place a body is named after, written alone where the model skipped it ("the Ostmark
    Regional Authority ... Ostmark wants a dam"): a place (LOC for a river's or a basin's body),
    when its name is a rare word."""
    added: list[Mention] = []
    for body in sorted({strip_article(m.text) for m in found if m.label == "ORG"}):
        words = body.split()
        if not named_after_place(body.lower()) or not re.fullmatch(r"[A-Z][a-z]{2,}", words[0]):
            continue
        label = "LOC" if WATER_BODY_WORDS & {w.lower() for w in words[1:]} else "GPE"
        pattern = re.compile(rf"(?<![\w'’-]){words[0]}(?![\w’-]|\s+[A-Z])")
        added += _scan(texts, [*found, *added], pattern, "body place",
                       lambda match, _text, lowercase, label=label: label if rare(match.group(0), lowercase) else None,
                       group=0)
    return added


def strip_article(text: str) -> str:
    """The name without a leading article ("The Tarn Basin Authority" -> "Tarn Basin Authority")."""
    return re.sub(r"^(?:[Tt]he|THE)\s+", "", text)


#: Words that name a natural feature with its proper name ("the Sorna River", "Lake Tarn").
FEATURE_WORDS = frozenset({"river", "lake", "basin", "delta", "estuary", "creek", "canal", "reservoir", "sea", "strait",
                           "gulf", "ocean"})


def merge_feature_names(entities: dict[str, Entity], *, texts: dict[int, str] | None = None) -> None:
    """A natural feature's name alone ("the Sorna", LOC, or any type when every mention follows
    "the" and it has no title or merged form) joins the one feature of the article named with it
    and a feature word ("the Sorna River", "Lake Sorna"), reason "short form"."""
    from analysis.entities.grouping import merge

    def after_the(entity: Entity) -> bool:
        return texts is not None and not entity.titles and not entity.merged and all(
            texts.get(m.paragraph, "")[max(0, m.start - 4):m.start] in ("the ", "The ") for m in entity.mentions)

    for key, entity in list(entities.items()):
        if key not in entities or len(key.split()) != 1 or entity.place_name \
                or entity.label != "LOC" and not after_the(entity):
            continue
        owners = [o for o in entities.values() if o is not entity and o.label == "LOC" and not o.place_name
                  and len(o.key.split()) == 2 and key in o.key.split() and set(o.key.split()) - {key} <= FEATURE_WORDS]
        if len(owners) == 1:
            merge(entities, owners[0], key, "short form")


def _person_named(entity: Entity) -> bool:
    """Whether the entity is a person's surname or first name (merged with a full name)."""
    return any(why in ("surname", "first name") for why in entity.merged.values())


_NAME = r"[A-Z][a-zà-ÿ'’-]+(?:\s+(?:de|da|del|van|von|la|le)?\s*[A-Z][a-zà-ÿ'’-]+){1,2}"
#: A plural person role (optionally "of" places), then two or three names in apposition.
_APPOSED_PERSONS = re.compile(
    r"\b(?:mayors|ministers|governors|presidents|leaders|heads|chiefs|directors|founders|owners|chairs|"
    r"chairmen|chairwomen|judges|senators|councillors|councilors|premiers|spokespeople|spokesmen|"
    r"spokeswomen|coaches|captains|ambassadors|envoys|candidates|prime ministers|lawyers|managers)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^,;.]{1,80}?)?,\s+"
    rf"({_NAME})(?:,\s+({_NAME}))?,?\s+and\s+({_NAME})(?=\s*[,;.]|\s+(?:were|are|have|had|both|all|said|say)\b)")


def find_apposed_persons(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Names in apposition to a plural person role ("The mayors of Kellby and Dornby, Ana Vidal
    and Rosa Mir, both from ...", not "the leaders of the two parties, Green Left and ...", nor a
    name with an organisation's word) are persons: the model's mentions inside them give way (marked
    "dropped") to one PERSON mention each, marked "apposed"."""
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _APPOSED_PERSONS.finditer(text):
            for group in (1, 2, 3):
                if match.group(group) is None:
                    continue
                start, end = match.span(group)
                words = match.group(group).lower().split()
                if set(words) & ORG_WORDS or words[-1] in PARTY_PLURALS:
                    continue  # "the leaders of the parties, Kell Forward and Social Democrats"
                inside = [m for m in found if m.paragraph == paragraph and m.start < end and m.end > start]
                if any(m.start < start or m.end > end for m in inside):
                    continue  # a longer name across the apposition's edge: leave the model's
                for m in inside:
                    m.source = "dropped"
                added.append(Mention(paragraph, start, end, match.group(group), "PERSON", source="apposed"))
    return added


_COMMA_LIST = re.compile(r"[A-Z][a-z]{2,}(?:\s*,\s*[A-Z][a-z]{2,})+")


def split_comma_lists(mentions: list[Mention]) -> list[Mention]:
    """A span over one-word names joined by commas ("Ostmark, Vellany"), labelled anything but a
    place (a "city, state" pair stays one name), is one mention per name, of the span's label."""
    out = []
    for m in mentions:
        if m.label in ("GPE", "LOC", "FAC") or not _COMMA_LIST.fullmatch(m.text):
            out.append(m)
            continue
        for part in re.finditer(r"[A-Z][a-z]+", m.text):
            out.append(Mention(m.paragraph, m.start + part.start(), m.start + part.end(), part.group(0), m.label,
                               subject=m.subject, source=m.source))
    return out


def extend_cut_names(mentions: Sequence[Mention], texts: dict[int, str]) -> None:
    """A mention that is a strict word prefix of a longer name found elsewhere in the article, and
    that the text right after it completes ("Pacific Quay" before "Terminals said" where the article
    names "Pacific Quay Terminals"), is that longer name: the tagger cut it short. Never across a
    conjunction ("Halvex" of "Halvex and Norbridge" stays one of two names)."""
    longer = {m.text for m in mentions if len(m.text.split()) > 1}
    for m in mentions:
        text = texts.get(m.paragraph, "")
        for full in sorted(longer, key=len, reverse=True):
            if len(full) > len(m.text) and full.startswith(m.text + " ") \
                    and not re.search(r"\s(?:and|or|&)\s", full[len(m.text):]) \
                    and text[m.start:m.start + len(full)] == full \
                    and not re.match(r"[\w'’-]", text[m.start + len(full):m.start + len(full) + 1]):
                m.end, m.text, m.key = m.start + len(full), full, ""
                m.label = next(o.label for o in mentions if o.text == full)
                break


#: The names listed before a name in the same list ("Kell, Tarn and "), at the end of a context.
_LIST_TAIL = r"(?:[A-Z][\w'’-]*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
#: Contexts after a one-word name that make it a town: "a Kell labour court", "the Kell court",
#: "the Kell regional government".
_COURT_AFTER = re.compile(r"\s+(?:labou?r|district|regional|provincial|municipal|county|city|magistrates'?)\s+"
                          r"courts?\b|\s+courts?\b(?!\s+(?:cases?|battles?|fights?|rulings?|challenges?|hearings?|"
                          r"actions?|orders?|wins?|loss|losses|defeats?|victory|filings?|documents?|papers|fees?|bids?))|\s+(?:regional|provincial|state|local|municipal|city)\s+governments?\b")
#: Contexts before a one-word name that make it a place: "Floods hit X", "Aid reached X and Y".
_STRUCK_BEFORE = re.compile(r"(?i:\b(?:floods?|flooding|storms?|fires?|wildfires?|quakes?|earthquakes?|drought|"
                            r"rains?|heatwaves?|landslides?|aid|help|supplies|relief|rescuers|troops)\s+"
                            r"(?:hit|hits|struck|strikes|reached|reaches|swept|sweeps|battered|batters|ravaged)\s+|"
                            r"\b(?:flood|floods|flooded|inundate[sd]?|evacuate[sd]?|conquer(?:s|ed)?|besieg(?:e|es|ed)|"
                            r"annex(?:es|ed)?|shell(?:s|ed)|bomb(?:s|ed))\s+)"
                            + _LIST_TAIL)
#: "in the X", "across the X": X a region (when an organisation is named after it).
_REGION_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+the\s+$")
#: "X residents", "X villagers", "the X enclave": X a town.
_RESIDENTS_AFTER = re.compile(r"\s+(?:residents|villagers|inhabitants|townspeople|townsfolk|islanders|enclaves?|"
                              r"exclaves?)\b")
#: "the port of X", "the mayors of X and Y", "the flow at X": X a place.
_SITE_OF = re.compile(r"\b(?:ports?|harbou?rs?|mayors?|flows?|levels?)\s+(?:of|at)\s+" + _LIST_TAIL)
#: "the (regional) government(s) of X (and Y)": X a place unless the model saw a person.
_GOVERNMENT_OF = re.compile(r"\bgovernments?\s+of\s+" + _LIST_TAIL)
#: "Its rival, X," / "its parent, X,": X a firm ("Brandt's rival, Lind," may be a person).
_FIRM_APPOSED = re.compile(r"\b(?i:its|their)\s+(?:\w+\s+)?(?:rivals?|competitors?|parent|"
                           r"subsidiary|subsidiaries|suppliers?|buyers?)\s*,\s+$")


_TOLD_PLACE = re.compile(
    r"(?:(?i:\b(?:floods?|flooding|storms?|fires?|wildfires?|quakes?|earthquakes?|drought|aid|relief|rescuers)\s+"
    r"(?:hit|hits|struck|reached|reaches|swept|battered|ravaged)|\b(?:would|will|could|to)\s+(?:flood|"
    r"inundate|evacuate))|\b(?:port|harbour|harbor|mayors?)\s+of|"
    r"\b(?i:in|a|an|the)\s+(?=[A-Z][a-z]+\s+(?:(?:labou?r|district|magistrates'?)\s+courts?|"
    r"(?:regional|provincial|state|municipal)\s+governments?|enclaves?|exclaves?)\b))"
    r"\s*([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’-]|\s+[A-Z])")


def find_told_places(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A rare one-word name the model skipped in a context only a town fits ("Floods hit Kell",
    "Aid reached Kell", "the port of Kell", "the mayor of Kell", "the Kell district court", "the
    Kell enclave") is a place."""
    def decide(match: re.Match, _text: str, lowercase: set[str]) -> str | None:
        return "GPE" if rare(match.group(1), lowercase) else None

    return _scan(texts, found, _TOLD_PLACE, "told place", decide)


def tell_by_context(entities: Sequence[Entity], texts: dict[int, str]) -> None:
    """One context decides the type of a one-word name with no title that is no person's surname:
    a court, disaster, residents or government context, or a verb only a place takes ("would flood
    X", "conquered X", "shelled X"), or "in the X" where X begins an organisation's name ("in the
    Kellvale" beside "the Kellvale Rugby Union"), makes it a place (GPE), an apposition to a firm's
    rival or parent a firm (ORG)."""
    heads = {e.key.split()[0] for e in entities if e.label == "ORG" and len(e.key.split()) > 1}
    for entity in entities:
        if entity.place_name or entity.titles or len(entity.name.split()) != 1 or _person_named(entity):
            continue
        for m in entity.mentions:
            text = texts.get(m.paragraph, "")
            before = text[max(0, m.start - 60):m.start]
            if entity.label not in ("GPE", "LOC") and (
                    _COURT_AFTER.match(text, m.end) or _RESIDENTS_AFTER.match(text, m.end) or _SITE_OF.search(before)
                    or _STRUCK_BEFORE.search(before) and not (entity.label == "ORG" and text.startswith(("'", "’"), m.end))
                    or entity.label != "PERSON" and _GOVERNMENT_OF.search(before)
                    or _REGION_BEFORE.search(before) and entity.key in heads and entity.label != "NORP"):
                entity.set_label("GPE")
                break
            if entity.label in ("PERSON", "GPE", "NORP") and _FIRM_APPOSED.search(before) \
                    and re.match(r"\s*[,;.]", text[m.end:m.end + 3]):
                entity.set_label("ORG")
                break


#: Lower-case nouns of a natural feature after a name ("the Kell valley", "the Kell hills").
FEATURE_NOUNS = frozenset({"valley", "basin", "hills", "gorge", "plateau", "oasis", "glacier"})
#: ... and of a site a firm may also own or name ("the Kell copper mine", "near Kell market").
SITE_NOUNS = frozenset({"mine", "market", "slum"})
_FEATURE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:" + "|".join(sorted(FEATURE_NOUNS)) + r")\b")
_SITE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:" + "|".join(sorted(FEATURE_NOUNS | SITE_NOUNS)) + r")\b")


def site_places(entities: Sequence[Entity], texts: dict[int, str]) -> None:
    """A one-word name that is no country and no city of the table, named before a natural
    feature's noun ("the Kell valley", "the Kell hills"), or a town (GPE) named before a site's
    ("the Kell copper mine", "near Kell market"), is that feature or site: LOC. A person's or a
    firm's name with a title, surname or role is left alone."""
    from analysis.entities.cities import city_of_name

    for entity in entities:
        if entity.label not in ("GPE", "PERSON", "ORG") or entity.place_name or " " in entity.name \
                or city_of_name(entity.name) or entity.titles or entity.merged:
            continue
        after = _SITE_AFTER if entity.label == "GPE" else _FEATURE_AFTER
        if any(after.match(texts.get(m.paragraph, ""), m.end) for m in entity.mentions):
            entity.set_label("LOC")
