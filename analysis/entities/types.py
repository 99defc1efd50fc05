"""Pass 5: types mended from the name's own words and its context, after grouping.

The rules, in order (the first that applies decides):

* Places of the country table keep the table's label (GPE, LOC for regions); a dateline's places
  are places (GPE).
* A name ending in Bill/Act/Treaty/... is a LAW.
* A disease or model code ("XYZ-19", "Qwerty-2") is OTHER.
* A named event or movement ends in an event word ("... Civil War", "... Revolution") -> EVENT.
* A named energy or infrastructure project or farm ("the X Hydropower Project", "the X Wind
  Farm") is a facility (FAC), as annotators type such projects.
* A facility or natural feature ends in a place word ("... Museum", "... River", "... Heights",
  "... Mine", "... Pipeline") or is "<Place word> of ..." -> FAC or LOC, unless it is a person's
  name with a title or acting as a subject ("Mayor Linda Park criticised"; "the X" is no person),
  or a firm named after its facility: a company or speech word after it ("X Mill shares", "X
  Pipeline said") makes it an organisation, unless the model's person has a surname that is a
  facility's word ("Ann Mill said").
* An outlet, company or body ends in an organisation word ("... News", "... Platform",
  "... Charity", "... Union") -> ORG.
* A religion or doctrine ("Buddhism", "Islam") is a group (NORP).
* A person: a full name the model called PERSON, a name seen after a person's title, or the
  agent of "founded by", "led by", "written by" ... is a person although its surname alone was
  tagged otherwise; a one-word agent of "built by", "operated by", "owned by" is a firm.
* A place's other or older name ("the town, then called Kellstad", "the name of this area is X")
  is a place; a group name ending in a party's plural ("the Social Democrats") is a party (ORG).
* A name whose possessive owns what only a state has ("Kellmark's defence minister", "X's
  embassy", "X's armed forces") is a country (GPE); so is a one-word name after "the people of",
  "the citizens of", "the economy of" ("the government of" may lead to a person).
* A name right after a lower-case class noun takes that class ("the housing charity Shelter",
  "the airline Fly Better" -> ORG; "the drug Xolvan" -> OTHER), or before an apposition headed by
  one ("Xolvan, a new drug,"); a name after "<Place>-based" or "-owned" is a firm's.
* A name before a lower-case noun that only a company has ("X shares", "X staff"), or after
  "shares of", "members of", is an organisation; before a product or disease noun ("X biscuits",
  "X phone", "X disease") it is a product or disease (OTHER); before an event noun ("X protest",
  "X heatwave", "X rally") an EVENT ("X movement" stays an organisation: a movement that acts and
  speaks is annotated ORG); a weather name ("Storm X", "Hurricane X") is an EVENT.
* A platform or brand: a one-word name after "via" or "makes", or after "on" in a publishing context ("posted a clip on X"; rules in :mod:`~analysis.entities.mending`) -> ORG.
* A name beginning with "Team" is a team (ORG).
* A "place" or group the country table does not know that is written as an acronym ("KLF"), has
  one with a digit ("N5"), or holds a summit ("the N5 Summit") is an organisation.
* A bare name of the city table (:mod:`~analysis.entities.cities`, generated from GeoNames) the
  model called an organisation, a person or a group is a city (GPE) when no rule above gave it a
  type and no organisation or person signal stands around it ("the reaction from Kellborg").
* A one-word name mostly seen as a place ("in Goma", "the Aberdeen depot", "the plant at Kell",
  "a Kell-based firm") is a place: GPE, or LOC when the word after it is a facility ("the Kell oil
  field"); so is a one-word "person" with no title, no full name and never a subject that is seen
  once where only places stand ("in Kell", "the Kell district", "within Kell", "visited Kell").
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.entities.cities import lone_city
from analysis.entities.contexts import (
    OWNED_SUFFIXES,
    apposed_firm,
    apposed_place,
    apposed_product,
    context_words,
    head_word,
    is_placed,
    mention_contexts,
    occurrence_contexts,
    words_after_name,
)
from analysis.entities.countries import RELIGION_WORDS
from analysis.entities.finders import initials
from analysis.entities.model import Entity
from analysis.entities.mending import posted_on, published_via
from analysis.entities.typewords import (
    ACTOR_AFTER,
    ADMIN_WORDS,
    COMPANY_AFTER,
    EVENT_AFTER,
    EVENT_WORDS,
    FAC_ORG_HEADS,
    FAC_WORDS,
    FACILITY_AFTER,
    FACILITY_KINDS,
    FIRM_FACILITY_HEADS,
    GROUP_AFTER,
    IDENTITY_WORDS,
    LAW_WORDS,
    LOC_WORDS,
    ORG_BEFORE_PAIRS,
    ORG_CLASS_BEFORE,
    ORG_WORDS,
    OTHER_AFTER,
    ORG_AGENT_VERBS,
    OTHER_CLASS_BEFORE,
    PARTY_PLURALS,
    PERSON_AGENT_VERBS,
    PERSON_CLASS_BEFORE,
    PLACE_FIRST,
    PLATFORM_BEFORE,
    PROGRAMME_WORDS,
    PROJECT_HEADS,
    RELIGIONS,
    SLOGAN_BEFORE,
    SURNAME_HEADS,
    WEATHER_FIRST,
)
from analysis.entities.words import PERSON_TITLES, TITLE_KEYS

_CODE = re.compile(r"^[A-Z][A-Za-z]*(?:-[A-Za-z]+)*-\d+[A-Za-z]?$")


#: What only a state has, after its possessive ("Kellmark's defence minister", "Kellmark's embassy",
#: "Kellmark's neighbours", "Kellmark's economy").
_STATE_OWNED = re.compile(r"['’]s?\s+(?:(?:former|new|acting|deputy|then|current)\s+)?(?:(?:defen[cs]e|foreign|"
                          r"interior|finance|prime|home|justice|health|education|economy)\s+minist|minist(?:er|ry)\b|ambassador|"
                          r"embassy|army|military|armed\s+forces|navy|air\s+force|parliament|capital\b|"
                          r"border\b|borders\b|citizens|head\s+of\s+state|neighbou?rs?\b|government\b|economy\b|"
                          r"population\b|airspace\b|territor(?:y|ies)\b|coastline\b|provinces\b)", re.IGNORECASE)
#: What a place has, but a party may too ("Labour's mayor", "the party's ministers"): a place when
#: the model did not call the name an organisation (one "Minister"/"Ministry" is a state's, above).
_PLACE_OWNED = re.compile(r"['’]s?\s+(?:(?:former|new|acting|deputy|then|current)\s+)?(?:minist(?:ers|ries)\b|"
                          r"districts?\b|mayor\b|governor\b|residents\b|villagers\b|inhabitants\b)", re.IGNORECASE)


#: Words before a place's (other, older) name: "the town, then called X", "the name of this area is X".
_NAMED_PLACE = re.compile(r"\b(?:city|town|village|country|capital|island|region|province|port|area|place|"
                          r"settlement)\b[^.;]{0,30}?\b(?:called|named|known\s+as|renamed(?:\s+as|\s+to)?|"
                          r"name\s+is|formerly)\s+[\"“]?$|\bname\s+of\s+(?:this|the|that)\s+(?:city|town|village|"
                          r"area|place|country|region)\s+(?:is|was)\s+[\"“]?$", re.IGNORECASE)


def context_label(entity: Entity, texts: dict[int, str]) -> str | None:
    """The label the words around the mentions give the entity (see the module's rules), or None.
    A class noun is lower case as written: "Union" before a name ends another name."""
    if any(_STATE_OWNED.match(texts.get(m.paragraph, ""), m.end)
           or entity.label != "ORG" and _PLACE_OWNED.match(texts.get(m.paragraph, ""), m.end) for m in entity.mentions):
        return "GPE"
    contexts = mention_contexts(entity, texts)
    if entity.label != "PERSON" and len(entity.name.split()) <= 3 \
            and any(len(b) >= 2 and b[-1] == "by" and b[-2] in PERSON_AGENT_VERBS for b, _ in contexts) \
            and head_word(entity.name) not in ORG_WORDS:
        return "PERSON"
    if entity.label in ("PERSON", "GPE", "NORP") and len(entity.name.split()) == 1 and not entity.titles \
            and any(len(b) >= 2 and b[-1] == "by" and b[-2] in ORG_AGENT_VERBS and not a.startswith("-")
                    for b, a in contexts):
        return "ORG"  # "built by Norbuild"
    for before, _ in mention_contexts(entity, texts, lower=False):
        if before and before[-1] in PERSON_CLASS_BEFORE:
            return "PERSON"
        if before and before[-1] in ORG_CLASS_BEFORE:
            return "ORG"
        if before and before[-1] in OTHER_CLASS_BEFORE:
            return "OTHER"
    if apposed_firm(entity, texts):
        return "ORG"
    if apposed_product(entity, texts):
        return "OTHER"
    if any(before and before[-1].endswith(OWNED_SUFFIXES) for before, _ in contexts):
        return "ORG"  # "Kell-based Skarv Fisk", "a state-owned Orvia"
    # the class most of the telling words after the mentions name ("X reported ... X shares ... X
    # staff": two votes for a company; words of no class do not vote)
    votes = Counter(label for a in words_after_name(entity.name, texts) for label, words in
                    (("ORG", COMPANY_AFTER), ("OTHER", OTHER_AFTER), ("EVENT", EVENT_AFTER)) if a in words)
    if votes:
        return votes.most_common(1)[0][0]
    if any(len(b) >= 2 and (b[-2], b[-1]) in ORG_BEFORE_PAIRS for b, _ in contexts):
        return "ORG"
    return None


def class_label(entity: Entity, texts: dict[int, str]) -> str | None:
    """The label a class noun right before a mention gives ("the airline Fly Better", "caps
    reading Keep Parks Green"), an organisation's class noun heading an apposition ("Valuco, a
    rival retailer,"), or a group noun after the name ("Kell al-Rif fighters": ORG): it outweighs
    the model's PERSON, which it gives any unknown name."""
    for before, _ in mention_contexts(entity, texts, lower=False):
        if before and before[-1] in PERSON_CLASS_BEFORE:
            return "PERSON"
        if before and before[-1] in ORG_CLASS_BEFORE:
            return "ORG"
        if before and before[-1] in OTHER_CLASS_BEFORE | SLOGAN_BEFORE:
            return "OTHER"
        if before and before[-1].lower().endswith(OWNED_SUFFIXES):
            return "ORG"  # "Kell-based Skarv Fisk"
    if apposed_firm(entity, texts):
        return "ORG"
    if apposed_product(entity, texts):
        return "OTHER"
    if any(word in GROUP_AFTER for word in words_after_name(entity.name, texts)):
        return "ORG"  # "the Kell al-Rif alliance", "Kell al-Rif fighters": an armed group
    return None


#: Words before "Facility" that make it a lending programme, not a building ("Extended Credit Facility").
LENDING_WORDS = frozenset({"fund", "credit", "financing", "lending", "loan", "liquidity", "resilience"})


def word_label(entity: Entity) -> str | None:
    """The label the name's own words give it, or None; an acronym's words are those of its
    expansion ("EFF" read as "Extended Fund Facility")."""
    name = entity.name
    if re.fullmatch(r"[A-Z]{2,8}", name):  # the longest written form that the acronym spells
        spelt = [m.text for m in entity.mentions if " " in m.text and initials(m.text) == name]
        name = max(spelt or [name], key=len)
    words = name.split()
    head = head_word(name)
    last = words[-1].lower()
    if len(words) > 1 and last in LAW_WORDS and words[-1][:1].isupper():
        return "LAW"
    if len(words) > 1 and last in PROJECT_HEADS and any(w.lower() in FACILITY_KINDS for w in words[:-1]):
        return "FAC"  # "the Vesta Hydropower Project", "the Kell Wind Farm": a facility
    if len(words) > 2 and last in PROGRAMME_WORDS and (" ".join(words[:2]) == "United Nations" or words[0] == "World"):
        return "ORG"  # "the United Nations Development Programme", "the World Food Programme": agencies
    if _CODE.match(name) or (len(words) > 1 and last in PROGRAMME_WORDS) \
            or (len(words) > 1 and last == "facility" and words[-2].lower() in LENDING_WORDS):
        return "OTHER"  # "XYZ-19", "the Green Homes Grant", "the Extended Credit Facility"
    if last in EVENT_WORDS and words[-1][:1].isupper() and (len(words) > 1 or entity.label in ("FAC", "ORG")):
        return "EVENT"
    if len(words) > 1 and head in ORG_WORDS:
        return "ORG"
    if len(words) > 1 and head in ADMIN_WORDS and words[-1][:1].isupper():
        return "GPE"  # "the Lower Tarn Region", "Kell Province": an administrative area
    if len(words) > 1 and (last in LOC_WORDS or (head != last and head in LOC_WORDS)):
        return "LOC"
    if len(words) > 1 and (last in FAC_WORDS or (head != last and head in FAC_WORDS - FAC_ORG_HEADS)):
        return "FAC"
    if len(words) > 1 and words[0].lower() in PLACE_FIRST:
        return PLACE_FIRST[words[0].lower()]
    if len(words) > 1 and words[0].lower() in WEATHER_FIRST or (len(words) > 2 and words[0].lower() in (
            "march", "rally", "walk", "vigil") and words[1].lower() in ("for", "against", "to")):
        return "EVENT"  # "Storm Hilda", "the March for Clean Air"
    if len(words) > 1 and words[0].lower() == "team":
        return "ORG"
    if len(words) == 1 and (name.lower() in RELIGIONS or (name.endswith("ism") and name[:1].isupper())):
        return "NORP"
    return None


def person_label(entity: Entity) -> bool:
    """A full name the model called a person, or a name after a person's title, is a person."""
    full = [m for m in entity.mentions if m.label == "PERSON" and len(m.text.split()) > 1
            and head_word(m.text) not in ORG_WORDS]  # "Tarnby Athletic" tagged PERSON is no person
    others = [m for m in entity.mentions if m.label != "PERSON" and len(m.text.split()) > 1]
    if full and not others:
        return True
    return bool(entity.titles) and entity.label in ("ORG", "GPE", "NORP", "PRODUCT")


def fold_plural(name: str) -> str:
    """A group word in the singular, lower case ("Muslims" -> "muslim")."""
    lowered = name.lower()
    return lowered[:-1] if lowered.endswith("s") and len(lowered) > 4 else lowered


def relabel(entity: Entity, texts: dict[int, str]) -> None:
    """Mend the entity's label by the module's rules."""
    if entity.place_name:
        return
    if entity.label == "ORG" and any(m.source == "class" for m in entity.mentions):
        return  # "the Bright Valley party": a party's or an outlet's name, whatever its words
    if any(m.source == "dateline" for m in entity.mentions) and entity.label not in ("GPE", "LOC"):
        entity.set_label("GPE")  # the town of a dateline ("Kell, Norland — ...") is a place
        return
    if entity.label not in ("GPE", "LOC") and any(_NAMED_PLACE.search(texts.get(m.paragraph, "")[:m.start])
                                                   for m in entity.mentions):
        entity.set_label("GPE")  # "the city was still called Kellstad": a place's other (older) name
        return
    words = entity.name.split()
    if entity.label == "NORP" and len(words) > 1 and words[-1].lower() in PARTY_PLURALS:
        entity.set_label("ORG")  # "the Social Democrats": a party
        return
    if entity.label == "PERSON" and not entity.titles and word_label(entity) is None:
        place = apposed_place(entity, texts)  # a person's apposition heads in a role ("a church warden")
        if place:
            entity.set_label(place)
            return
    if {entity.name.lower(), fold_plural(entity.name)} & (RELIGION_WORDS | IDENTITY_WORDS):
        entity.set_label("NORP")  # "Muslims", "Catholic", "Latinos": groups, whatever the model said
        return
    label = word_label(entity)
    if label == "FAC" and words[-1].lower() in FIRM_FACILITY_HEADS:
        after = set(words_after_name(entity.name, texts))
        if after & COMPANY_AFTER or after & ACTOR_AFTER and (entity.label != "PERSON" or words[-1].lower()
                                                              not in SURNAME_HEADS):
            label = "ORG"  # "Kell Pipeline said", "Norvik Mill shares": a firm named after its facility
        elif after & ACTOR_AFTER:
            label = None  # "Ann Mill said": the model's person, its surname a facility's word
    if label in ("FAC", "LOC") and entity.label == "PERSON" and person_label(entity) \
            and entity.name.split()[0].lower() not in PLACE_FIRST.keys() | TITLE_KEYS \
            and (entity.titles or any(m.subject for m in entity.mentions)) \
            and not any(b[-1:] == ["the"] for b, _ in mention_contexts(entity, texts)):
        label = None  # "Mayor Linda Park", "Ann Hall": a surname that is also a place word
    if label and label != entity.label:
        entity.set_label(label)
        return
    if label:
        return
    if entity.label in ("GPE", "LOC", "NORP") and (re.fullmatch(r"[A-Z]{2,5}", entity.name) or any(
            re.fullmatch(r"[A-Z]+\d+", form) or why == "affix" and form.lower().endswith(" summit")
            for form, why in list(entity.merged.items()) + [(m.text, "") for m in entity.mentions])):
        entity.set_label("ORG")  # an acronym that is no place of the table ("N5"), a summit's holder
        return
    person_named = entity.label == "PERSON" and (entity.titles or any(
        len(m.text.split()) > 1 for m in entity.mentions) or any(
        why in ("surname", "first name") for why in entity.merged.values()))
    label = class_label(entity, texts) if person_named and not entity.titles else None
    label = label or (None if person_named else context_label(entity, texts))
    if label and label != entity.label:
        entity.set_label(label)
        return
    if label is None and lone_city(entity, texts):
        entity.set_label("GPE")  # "the reaction from Kellborg": a city of the table, no actor
        return
    if person_label(entity) and entity.label != "PERSON":
        entity.set_label("PERSON")
        return
    name = entity.name
    if entity.label == "GPE" and len(name.split()) == 1 and published_via(entity, texts):
        entity.set_label("ORG")  # "posted the notice via Snapgram": a platform, not a town
        return
    if entity.label in ("GPE", "LOC") or (entity.label == "FAC" and len(name.split()) > 1):
        return
    if len(name.split()) != 1:
        if entity.label == "PERSON" and not entity.titles and not any(m.subject for m in entity.mentions) \
                and all(is_placed(b, a, strong=True) or b[-1:] == ["at"] for b, a in mention_contexts(entity, texts)):
            entity.set_label("GPE")  # "the towns of Tal Rima", "a camp at Ain Sora": no person
        return
    pairs = context_words(entity, texts)
    before = {b for b, _ in pairs}
    after = {a for _, a in pairs}
    if entity.label in ("PERSON", "NORP", "GPE") and not entity.titles \
            and (before & (PLATFORM_BEFORE - {"on"}) or posted_on(entity, texts)) and not before & PERSON_TITLES:
        entity.set_label("ORG")
        return
    if re.fullmatch(r"[A-Z]{2,}", name):
        return  # an acronym that is no place of the table ("bought from CATL") is no place
    contexts = mention_contexts(entity, texts)
    placed = sum(1 for b, a in contexts if is_placed(b, a, strong=entity.label == "ORG"))
    if placed * 2 > len(entity.mentions) and entity.label in ("PERSON", "NORP", "ORG", "FAC", "PRODUCT",
                                                               "WORK_OF_ART") \
            or entity.label == "PERSON" and not person_named and not any(m.subject for m in entity.mentions) \
            and any(is_placed(b, a, strong=True) or b[-1:] == ["visiting"]
                    for b, a in occurrence_contexts(name, texts)):
        entity.set_label("LOC" if after & FACILITY_AFTER else "GPE")
