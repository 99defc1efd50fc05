"""Pass 5: types mended from the name's own words and its context, after grouping.

The rules, in order (the first that applies decides):

* Places of the country table keep the table's label (GPE, LOC for regions).
* A name ending in Bill/Act/Treaty/... is a LAW.
* A disease or model code ("XYZ-19", "Qwerty-2") is OTHER.
* A named event or movement ends in an event word ("... Civil War", "... Revolution") -> EVENT.
* A facility or natural feature ends in a place word ("... Museum", "... River", "... Heights")
  -> FAC or LOC.
* An outlet, company or body ends in an organisation word ("... News", "... Platform",
  "... Charity", "... Union") -> ORG.
* A person: a full name the model called PERSON, or a name seen after a person's title, is a
  person although its surname alone was tagged otherwise.
* A platform or brand: a one-word name after "on", "via", "makes" -> ORG.
* A one-word name mostly seen as a place ("in Goma", "the Aberdeen depot") is a place: GPE, or
  LOC when the word after it is a facility ("the Kell oil field").
"""

from __future__ import annotations

import re

from analysis.entities.model import Entity
from analysis.entities.words import PERSON_TITLES

LAW_WORDS = {"bill", "act", "treaty", "accord", "accords", "agreement", "convention", "law", "protocol",
             "charter", "directive", "amendment"}
EVENT_WORDS = {"war", "revolution", "uprising", "crisis", "election", "elections", "olympics", "games",
               "cup", "championship", "festival", "massacre", "genocide", "holocaust", "spring", "intifada",
               "rebellion", "referendum", "pandemic", "epidemic", "marathon", "expo", "conference", "summit",
               "protests", "riots", "bombing", "bombings", "attacks", "earthquake", "hurricane", "storm"}
LOC_WORDS = {"river", "valley", "lake", "sea", "ocean", "gulf", "bay", "strait", "mountain", "mountains",
             "mount", "hills", "heights", "desert", "island", "islands", "peninsula", "coast", "field",
             "basin", "plain", "plains", "canal", "forest", "delta"}
FAC_WORDS = {"museum", "mosque", "church", "cathedral", "basilica", "temple", "synagogue", "palace",
             "airport", "stadium", "arena", "bridge", "tower", "square", "station", "hospital", "prison",
             "base", "refinery", "plant", "dam", "embassy", "street", "road", "avenue", "hall"}
ORG_WORDS = {"news", "times", "post", "herald", "journal", "gazette", "tribune", "reporter", "telegraph",
             "agency", "tv", "radio", "press", "broadcasting", "network", "platform", "party", "union",
             "front", "alliance", "movement", "council", "committee", "commission", "bank", "fund",
             "association", "foundation", "institute", "university", "college", "school", "charity",
             "orchestra", "corps", "forces", "army", "navy", "police", "ministry", "department", "office",
             "court", "assembly", "parliament", "congress", "senate", "group", "company", "corporation",
             "inc", "ltd", "plc", "airways", "airlines", "organization", "organisation", "authority",
             "federation", "league", "club", "board", "service", "guard", "brigade", "brigades"}
PLATFORM_BEFORE = {"on", "via", "makes", "make", "made", "using", "uses", "through"}
PLACE_BEFORE = {"in", "near", "around", "outside", "into", "across", "inside", "to", "from"}
SETTLEMENT_AFTER = {"city", "town", "province", "region", "district", "village", "camp", "camps",
                    "port", "harbour", "harbor", "border", "area", "county", "governorate", "battle",
                    "offensive", "siege"}
FACILITY_AFTER = {"oil", "field", "oilfield", "airport", "depot", "refinery", "plant", "mine", "dam"}
_CODE = re.compile(r"^[A-Z][A-Za-z]*(?:-[A-Za-z]+)*-\d+[A-Za-z]?$")


def _head_word(name: str) -> str:
    """The name's head: the word before "of" ("Commission on X" -> commission), else the last."""
    words = re.findall(r"[\w'-]+", name)
    for i, word in enumerate(words):
        if word.lower() in ("of", "on", "for") and i > 0:
            return words[i - 1].lower()
    return words[-1].lower() if words else ""


def _context_words(entity: Entity, texts: dict[int, str]) -> list[tuple[str, str]]:
    """The lower-case word before and after each mention ("" at a paragraph's edge)."""
    pairs = []
    for m in entity.mentions:
        text = texts.get(m.paragraph, "")
        before = re.findall(r"[A-Za-z]+", text[max(0, m.start - 20):m.start].lower())[-1:]
        after = re.findall(r"[A-Za-z]+", text[m.end:m.end + 20].lower())[:1]
        pairs.append((before[0] if before else "", after[0] if after else ""))
    return pairs


def word_label(entity: Entity) -> str | None:
    """The label the name's own words give it, or None."""
    name = entity.name
    words = name.split()
    head = _head_word(name)
    last = words[-1].lower()
    if len(words) > 1 and last in LAW_WORDS and words[-1][:1].isupper():
        return "LAW"
    if _CODE.match(name):
        return "OTHER"
    if last in EVENT_WORDS and words[-1][:1].isupper() and (len(words) > 1 or entity.label in ("FAC", "ORG")):
        return "EVENT"
    if len(words) > 1 and head in ORG_WORDS:
        return "ORG"
    if len(words) > 1 and last in LOC_WORDS:
        return "LOC"
    if len(words) > 1 and last in FAC_WORDS:
        return "FAC"
    return None


def person_label(entity: Entity) -> bool:
    """A full name the model called a person, or a name after a person's title, is a person."""
    full = [m for m in entity.mentions if m.label == "PERSON" and len(m.text.split()) > 1]
    others = [m for m in entity.mentions if m.label != "PERSON" and len(m.text.split()) > 1]
    if full and not others:
        return True
    return bool(entity.titles) and entity.label in ("ORG", "GPE", "NORP", "PRODUCT")


def relabel(entity: Entity, texts: dict[int, str]) -> None:
    """Mend the entity's label by the module's rules."""
    if entity.place_name:
        return
    label = word_label(entity)
    if label and label != entity.label:
        entity.set_label(label)
        return
    if label:
        return
    if entity.label in ("GPE", "LOC", "NORP") and re.fullmatch(r"[A-Z]{2,5}", entity.name):
        entity.set_label("ORG")  # an acronym that is no place of the table: an organisation or outlet
        return
    if person_label(entity) and entity.label != "PERSON":
        entity.set_label("PERSON")
        return
    name = entity.name
    if len(name.split()) != 1 or entity.label in ("GPE", "LOC", "FAC"):
        return
    pairs = _context_words(entity, texts)
    before = {b for b, _ in pairs}
    after = {a for _, a in pairs}
    if entity.label in ("PERSON", "NORP", "GPE") and not entity.titles \
            and before & PLATFORM_BEFORE and not before & PERSON_TITLES:
        entity.set_label("ORG")
        return
    placed = sum(1 for b, a in pairs if b in PLACE_BEFORE or a in SETTLEMENT_AFTER | FACILITY_AFTER)
    if placed * 2 > len(entity.mentions) and entity.label in ("PERSON", "NORP", "ORG"):
        entity.set_label("LOC" if after & FACILITY_AFTER else "GPE")
