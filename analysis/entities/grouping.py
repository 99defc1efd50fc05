"""Pass 4: mentions -> entities, and the rules that merge variant names, each with its reason.

Every merge records, for each form it brings in, a short reason code (shown in the entities
table's ``merged`` column as "Form (reason)"):

``demonym``      a country's adjective or demonym ("Iranian" -> Iran);
``variant``      a written variant of a place in the country table ("U.S.", "Britain");
``spelling``     the same name but for accents or case ("Sokolovic" / "Sokolović");
``group word``   a group word's plural or adjective ("Kells" / "Kellish": one key);
``surname``      a surname or first name alone joins the one full name that has it;
``acronym``      an acronym joins the name whose initials it spells, in either order;
``acronym variant`` two acronyms that differ only in their last letter ("KLFA" / "KLFB");
``apposition``   "X, or the Y," names one thing twice;
``gloss``        an editor's gloss in square brackets: "Kellstadt [Kell City]";
``variant``      also two spellings of one multi-word name ("Hagen Sofie" / "Haagen Sofie");
``place prefix`` a name that is another's with a place or demonym before it ("US Commission on X");
``ellipsis``     one conjunct of a coordinated ellipsis ("Health" in "the Health and Education
                 Ministries" is the Health Ministry);
``affix``        "X Summit", "Team X", "X campaign", "X regime" join X, whose type they take
                 ("X Party" and "Team X" make X an organisation);
``suffix``       a company's legal suffix: "X Inc.", "X Ltd" join X;
``short form``   a one-word name joins the one organisation whose name begins with it ("Delmont"
                 -> "Delmont Foods"), unless the article uses it as a place ("in Delmont") or it
                 is a town tagged as one beside an organisation named after it ("Boston" and
                 "the Boston Globe");
``plural``       a name in the plural joins the singular ("the Kellites", "Kellite");
``party``        a party's adjective or members' word joins the party ("Democratic", "Democrats");
``unit``         a unit named with its parent ("Royal Navy's Submarine Service"), and the parent's
                 own mentions: one entity, named after the unit, the parent's name an alias; an
                 organisation whose name is another's followed by a unit word ("Senate Ethics
                 Committee" and "Senate") is that one's unit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from analysis.entities import countries
from analysis.entities.finders import spells
from analysis.entities.model import Entity, Mention
from analysis.entities.placespans import strip_possessive
from analysis.entities.typewords import ORG_WORDS, firm_short_form, named_after_place
from analysis.entities.words import NAME_PARTICLES

#: Words after a name that make a thing of that name's own (its summit, its campaign).
AFFIX_AFTER = {"summit", "summits", "campaign", "administration", "government", "team", "movement",
               "group", "rebels", "forces", "party", "regime", "caliphate"}
#: Affix words that never head an organisation's own name: "X Summit" is X's, never X a short form of it.
AFFIX_ONLY = {"summit", "summits", "campaign", "administration", "government", "regime", "caliphate"}
#: Words before a name that make a thing of that name's own ("Team X").
AFFIX_BEFORE = {"team"}
#: Group words of political parties (as grouping keys: singular, lower case) -> the party's stem.
PARTY_STEMS = {"democrat": "democratic", "democratic": "democratic", "republican": "republican",
               "labour": "labour", "tory": "conservative", "torie": "conservative", "conservative": "conservative",
               "liberal democrat": "liberal democrat"}
#: A company's legal suffixes ("Inc.", "Ltd"), compared without their full stop.
LEGAL_SUFFIXES = {"inc", "ltd", "plc", "llc", "corp", "co", "gmbh", "ag", "sa", "nv", "bv", "ab", "limited",
                  "incorporated", "corporation", "pty", "lp", "llp"}
#: Head words of a unit of an organisation ("Senate Ethics Committee").
UNIT_WORDS = {"committee", "subcommittee", "department", "division", "unit", "branch", "wing", "squadron",
              "regiment", "battalion", "brigade", "command", "directorate", "bureau", "office", "school",
              "faculty", "panel", "board", "service", "force", "team", "section", "desk", "council"}
#: Words before a one-word name that make it a place ("in Delmont").
PLACE_WORDS_BEFORE = {"in", "near", "at", "from", "to", "outside", "around", "across"}


def fold(text: str) -> str:
    """Lower case without accents: "Sokolović" and "Sokolovic" are one key."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def normalise_key(mention: Mention) -> str:
    """The grouping key of a cleaned mention: a place by its code, a group by its word, any other
    name by its accent-folded lower-case form."""
    if mention.place:
        return f"place:{mention.place}"
    lowered = fold(strip_possessive(mention.text))
    if mention.label == "NORP":  # a group word's plural and "-ish" adjective are one entity
        word = lowered[:-3] if lowered.endswith("ish") and len(lowered) > 5 else lowered
        return word[:-1] if word.endswith("s") and len(word) > 3 else word
    return lowered


def group(mentions: Iterable[Mention], *, texts: dict[int, str] | None = None) -> list[Entity]:
    """Group mentions into entities: same key first, then the variant rules of this module
    (``texts``, the paragraphs, tell a place from a short form)."""
    entities: dict[str, Entity] = {}
    for m in mentions:
        m.key = normalise_key(m)
        entity = entities.setdefault(m.key, Entity(m.key))
        entity.mentions.append(m)
        if m.place:
            entity.place_name = countries.place(m.place).name
            if m.reason and strip_possessive(m.text) != entity.place_name:
                entity.merged.setdefault(strip_possessive(m.text), m.reason)
        if m.reason and not m.place:
            entity.merged.setdefault(texts_form(m, texts), m.reason)
        if m.parent:
            entity.aliases.add(m.parent)
            entity.merged.setdefault(m.parent, "unit")
        if m.title:
            entity.titles.add(m.title)
    for entity in entities.values():
        spellings = {strip_possessive(m.text) for m in entity.mentions} - {entity.name}
        for form in spellings:
            if not entity.place_name and fold(form) == fold(entity.name) and form != entity.name:
                entity.merged.setdefault(form, "spelling")
            elif not entity.place_name and entity.label == "NORP":  # "Kellish" beside "Kells"
                entity.merged.setdefault(form, "group word")
    merge_plurals(entities)
    merge_parties(entities)
    merge_surnames(entities)
    merge_short_forms(entities, texts=texts)
    merge_acronyms(entities)
    merge_acronym_variants(entities)
    merge_prefixed(entities)
    merge_units(entities, texts=texts)
    return list(entities.values())


def texts_form(mention: Mention, texts: dict[int, str] | None) -> str:
    """The mention as the paragraph writes it ("Health" for the Health Ministry of an ellipsis)."""
    written = texts.get(mention.paragraph, "")[mention.start:mention.end] if texts else ""
    return written or mention.text


def merge(entities: dict[str, Entity], into: Entity, key: str, reason: str) -> None:
    """Move the entity under ``key`` into ``into``; its forms are recorded with the reason."""
    source = entities.pop(key)
    if into.mentions:
        into.hosts[into.name] = reason
    for m in source.mentions:
        m.key = into.key
    forms = {strip_possessive(m.text) for m in source.mentions} | source.aliases
    into.mentions.extend(source.mentions)
    into.aliases |= source.aliases
    into.titles |= source.titles
    into.roles |= source.roles
    for form, why in source.hosts.items():
        into.hosts.setdefault(form, why)
    for form, why in source.merged.items():  # a form keeps the reason it first joined for
        into.merged.setdefault(form, why)
    for form in forms:
        into.merged.setdefault(form, reason)
    into.forget()


def merge_plurals(entities: dict[str, Entity]) -> None:
    """A name in the plural joins the same name in the singular, whatever their labels ("the
    Kellites" and "Kellite fighters"); places keep their own forms."""
    for key in list(entities):
        stem = key[:-1] if key.endswith("s") and len(key) > 4 and " " not in key else None
        if stem is None or key not in entities or stem not in entities or entities[stem] is entities[key] \
                or entities[key].place_name or entities[stem].place_name:
            continue
        merge(entities, entities[stem], key, "plural")


def merge_parties(entities: dict[str, Entity]) -> None:
    """A party's adjective or members' word ("Democratic rival", "the Tories") is a mention of the
    party: it joins "<Stem> Party" when the article names it, and is typed ORG in any case; any
    other group word joins "<Word> Party" when the article names that ("the Greens", "Green Party")."""
    by_name = {fold(e.name): e for e in entities.values()}
    for key in list(entities):
        entity = entities.get(key)
        if entity is None or entity.label != "NORP":
            continue
        if key not in PARTY_STEMS:  # "the Greens" and "the Green Party": any party the article names
            party = by_name.get(f"{key} party")
            if party is not None and party is not entity and party.key in entities and not party.place_name:
                merge(entities, party, key, "party")
                party.set_label("ORG")
            continue
        stem = PARTY_STEMS[key]
        party = by_name.get(f"{stem} party")
        if party is None:
            party = next((e for k, e in entities.items() if e is not entity and PARTY_STEMS.get(k) == stem
                          and e.label in ("NORP", "ORG")), None)
        if party is not None and party.key in entities:
            merge(entities, party, key, "party")
            party.set_label("ORG")
        else:
            entity.set_label("ORG")


def particled(key: str) -> bool:
    """Whether a lower-case name holds a name particle: a first word of :data:`NAME_PARTICLES`
    ("de la cruz"), or a later one, alone or before a hyphen ("abd al-karim", "ali bin tarek")."""
    words = key.split()
    return words[0] in NAME_PARTICLES or any(w in NAME_PARTICLES or "-" in w and w.split("-")[0] in NAME_PARTICLES
                                             for w in words[1:])


def merge_surnames(entities: dict[str, Entity], *, settled: bool = False,
                   texts: dict[int, str] | None = None) -> None:
    """A surname or first name alone joins the unique multi-word person containing it (with its
    particle: "De Vries" for "Lars de Vries", "De la Cruz", "Abd al-Karim": any tail of a person's
    name that holds a particle, :func:`particled`); in a name of
    three words or more, the middle words are surnames too (Spanish and Portuguese names put
    the father's surname there). Run again once the types are ``settled``, for people the type
    rules found ("the rapper Lil Vasco" ... "Vasco"); then a lone "place" the text never uses as
    one may be such a surname too."""
    people = [e for e in entities.values() if e.label == "PERSON" and len(e.key.split()) > 1]
    for key, entity in list(entities.items()):
        # any label but a place or group: the model often mislabels a lone surname after a quote
        placed = entity.label in ("GPE", "LOC", "FAC") and not (settled and texts is not None
                                                               and not used_as_place(entity, texts))
        if key not in entities or entity.label == "NORP" or placed or entity.place_name:
            continue
        if 2 <= len(key.split()) <= 4 and particled(key):  # "De Vries", "De la Cruz", "Abd al-Karim"
            tails = [p for p in people if p is not entity and p.key.endswith(" " + key)]
            if len(tails) == 1:
                merge(entities, tails[0], key, "surname")
                if settled:
                    tails[0].set_label("PERSON")
            continue
        if len(key.split()) != 1:
            continue
        # a later word of a longer name too: "Inés Soto Varela" is "Soto" (a first surname)
        last = [p for p in people if (key == p.key.split()[-1] or key == p.key.split()[-1].split("-")[-1]
                or (len(p.key.split()) > 2 and key in p.key.split()[1:-1])) and key not in CLUB_WORDS]
        # never the first word of an organisation's name the model called a person ("Kell Gazette")
        first = [p for p in people if key == p.key.split()[0] and p.key.split()[-1] not in ORG_WORDS]
        owners = last or first
        if len(owners) == 1 and owners[0] is not entity:
            merge(entities, owners[0], key, "surname" if last else "first name")
            if settled:  # after the type rules: the person's type stands, whatever the surname's was
                owners[0].set_label("PERSON")


def merge_short_forms(entities: dict[str, Entity], *, texts: dict[int, str] | None = None) -> None:
    """A one-word name joins the one organisation whose name begins with it ("Delmont" ->
    "Delmont Foods"; never a public body's: "Kell" is no short form of "the Kell Weather Service"), or
    a club's last word the one club that ends with it ("Athletic" for "Tarnby Athletic"), unless a word around one of its mentions makes it a place ("in Delmont",
    "the Delmont territory"); a storm's or hurricane's name alone joins it ("Hurricane Delia")."""
    from analysis.entities.typewords import WEATHER_FIRST

    orgs = [e for e in entities.values() if e.label == "ORG" and len(e.key.split()) > 1 and not e.place_name]
    # an organisation's short form also names a longer name the model called a place ("Kell
    # United" ... "Kell Rovers": "Rovers" was tagged ORG, "Kell Rovers" LOC)
    places = [e for e in entities.values() if e.label in ("LOC", "FAC") and len(e.key.split()) > 1
              and not e.place_name]
    storms = [e for e in entities.values() if len(e.key.split()) == 2 and e.key.split()[0] in WEATHER_FIRST]
    for key, entity in list(entities.items()):
        if key not in entities or len(key.split()) != 1 or entity.place_name or entity.label == "NORP" \
                and not firm_short_form(key, [o.key for o in orgs]):  # "Vantor" of "Vantor Logistics"
            continue
        named = [o for o in storms if o.key.split()[-1] == key and o is not entity]
        if len(named) == 1:
            merge(entities, named[0], key, "short form")
            continue
        club = [o for o in orgs if o.key.split()[-1] == key and key in CLUB_WORDS and o is not entity]
        if len(club) == 1:  # "Athletic" alone: the one club of the article named "... Athletic"
            merge(entities, club[0], key, "short form")
            continue
        owners = [o for o in orgs if o.key.split()[0] == key and o is not entity
                  and o.key.split()[-1] not in AFFIX_ONLY  # "N5 Summit" joins N5 (affix), not N5 it
                  and not PUBLIC_BODY_WORDS & set(o.key.split()[1:]) and not named_after_place(o.key)]
        if not owners and entity.label == "ORG":
            owners = [o for o in places if o.key.split()[0] == key and o is not entity]
        if len(owners) != 1 or used_as_place(entity, texts) or _settled_place(entity, owners[0]):
            continue
        merge(entities, owners[0], key, "short form")


#: Words of organisations named after their town: the town stays a place of its own ("Boston"
#: beside "the Boston Globe", "Kell" beside "Kell United").
PLACE_NAMED_ORGS = frozenset({"globe", "herald", "times", "post", "tribune", "gazette", "journal", "chronicle",
                              "news", "star", "telegraph", "observer", "examiner", "courier", "united", "city",
                              "rovers", "wanderers", "athletic", "fc", "university", "college", "council", "police",
                              "airport", "hospital", "museum", "zoo", "port", "harbour", "county", "district"})
#: Last words of a sports club's name that stand for the club alone ("Athletic" for "Tarnby Athletic").
CLUB_WORDS = frozenset({"rovers", "athletic", "wanderers", "rangers", "albion", "united", "hotspur", "athletico"})
#: Words of public bodies named after their country or town ("the Kell Weather Service"): nobody
#: shortens them to the place's name, so the place alone is never their short form.
PUBLIC_BODY_WORDS = frozenset({"service", "services", "authority", "association", "federation", "society",
                               "agency", "bureau", "board", "commission", "institute", "academy", "army", "navy",
                               "guard", "parliament", "assembly", "senate", "government", "ministry", "department",
                               "police", "council", "court", "coastguard", "library", "orchestra", "opera"})


def _settled_place(entity: Entity, owner: Entity) -> bool:
    """A name the model tagged a country or city in most of its mentions, beside an organisation
    named after its town ("Boston" and "the Boston Globe"), or a city of the table beside any
    organisation ("Kellberg" and "the Kellberg Unida party"): a place of its own."""
    from analysis.entities.cities import city_of_name

    labels = [m.label for m in entity.mentions]
    return bool(labels) and labels.count("GPE") * 2 > len(labels) \
        and (any(word in PLACE_NAMED_ORGS for word in owner.key.split()[1:]) or bool(city_of_name(entity.name)))


def _word_before(mention: Mention, texts: dict[int, str] | None) -> str:
    """The lower-case word right before a mention ("" when unknown)."""
    if texts is None:
        return ""
    words = re.findall(r"[A-Za-z]+", texts.get(mention.paragraph, "")[max(0, mention.start - 15):mention.start])
    return words[-1].lower() if words else ""


def used_as_place(entity: Entity, texts: dict[int, str] | None) -> bool:
    """Whether a word around one of the entity's mentions makes it a place ("in Delmont", "the
    Delmont territory", "the Delmont governor", "in the Delmont")."""
    from analysis.entities.typewords import SETTLEMENT_AFTER

    return any(_word_before(m, texts) in PLACE_WORDS_BEFORE or _word_after(m, texts) in SETTLEMENT_AFTER
               or _region_before(m, texts) for m in entity.mentions)


def _region_before(mention: Mention, texts: dict[int, str] | None) -> bool:
    """Whether "in the", "across the" or "throughout the" comes right before a mention (a region)."""
    return bool(re.search(r"\b(?:in|across|throughout)\s+the\s+$", (texts or {}).get(mention.paragraph, "")[
        max(0, mention.start - 20):mention.start]))


def _word_after(mention: Mention, texts: dict[int, str] | None) -> str:
    """The lower-case word right after a mention ("" when unknown or capitalised)."""
    if texts is None:
        return ""
    after = re.match(r"(?:'s)?\s+([a-z]+)", texts.get(mention.paragraph, "")[mention.end:mention.end + 20])
    return after.group(1) if after else ""


def merge_acronyms(entities: dict[str, Entity]) -> None:
    """An acronym joins the name whose initials it spells, whichever the article wrote first, or
    spells without its place prefix ("CR" for "US Commission on Rowing")."""
    for key, entity in list(entities.items()):
        if key not in entities or entity.place_name:
            continue
        surface = strip_possessive(entity.mentions[0].text)
        if not (2 <= len(surface.replace(".", "")) <= 8 and sum(ch.isupper() for ch in surface) >= 2
                and " " not in surface):
            continue
        owners = [e for e in entities.values() if e is not entity and len(e.name.split()) > 1
                  and not e.place_name and (spells(surface, e.name) or spells(surface, unprefixed(e.name) or ""))]
        if len(owners) == 1:
            merge(entities, owners[0], key, "acronym")


def merge_acronym_variants(entities: dict[str, Entity]) -> None:
    """Two acronyms of four letters or more that differ only in their last letter are one group's
    variant names ("KLFA" / "KLFB" as the article writes them both), unless each spells a different
    name written out in the article (then they are two bodies)."""
    acronyms = [e for e in entities.values() if not e.place_name and e.label != "PERSON"
                and re.fullmatch(r"[A-Z]{4,8}", e.name)]
    for entity in acronyms:
        for other in acronyms:
            if entity is other or entity.key not in entities or other.key not in entities \
                    or len(entity.name) != len(other.name) or entity.name[:-1] != other.name[:-1]:
                continue
            spelt = [any(why == "acronym" and " " in form for form, why in e.merged.items()) for e in (entity, other)]
            if all(spelt):
                continue
            big, small = (entity, other) if len(entity.mentions) >= len(other.mentions) else (other, entity)
            merge(entities, big, small.key, "acronym variant")


def unprefixed(name: str) -> str | None:
    """The name without a leading place name or demonym ("US Commission on X" -> "Commission on X")."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n:  # "US Senate" -> "Senate"
            head = " ".join(words[:n])
            if countries.place_of_name(head) or countries.place_of_demonym(head):
                return " ".join(words[n:])
    return None


def merge_prefixed(entities: dict[str, Entity]) -> None:
    """Forms of one name with a place prefix or an affix word join the plain name."""
    by_name = {fold(e.name): e for e in entities.values()}
    for key, entity in list(entities.items()):
        if key not in entities or entity.place_name:
            continue
        plain = unprefixed(entity.name)
        if plain and fold(plain) in by_name and by_name[fold(plain)] is not entity \
                and by_name[fold(plain)].key in entities:
            merge(entities, by_name[fold(plain)], key, "place prefix")
            continue
        words = entity.name.split()
        stem, reason = None, "affix"
        if len(words) > 1 and words[-1].lower() in AFFIX_AFTER:
            stem = " ".join(words[:-1])
        elif len(words) > 1 and words[0].lower() in AFFIX_BEFORE:
            stem = " ".join(words[1:])
        elif len(words) > 1 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
            stem, reason = " ".join(words[:-1]).rstrip(","), "suffix"
        target = by_name.get(fold(stem)) if stem else None
        if target is not None and target is not entity and target.key in entities:
            label = "ORG" if words[-1].lower() == "party" or words[0].lower() == "team" else target.label
            target.minor_forms |= {strip_possessive(m.text) for m in entity.mentions}
            merge(entities, target, key, reason)
            target.set_label(label)


def merge_units(entities: dict[str, Entity], *, texts: dict[int, str] | None = None) -> None:
    """A parent's own mentions join its unit; "<Parent> <...> <unit word>" is a unit of Parent
    (not when the article uses the parent's name as a place: "the Kell territory", nor when the
    name is a place's public body: "the Kell City Council" is no unit of Kell)."""
    by_name = {fold(e.name): e for e in entities.values()}
    for key, entity in list(entities.items()):
        if key not in entities or entity.place_name or entity.label not in ("ORG", "FAC", "LAW", "PRODUCT"):
            continue
        parents = {p for p, why in entity.merged.items() if why == "unit"}
        words = entity.name.split()
        if not parents and len(words) > 2 and words[-1].lower() in UNIT_WORDS and not named_after_place(entity.key):
            parents = {" ".join(words[:n]) for n in range(1, len(words) - 1)}
        for parent in parents:
            owner = by_name.get(fold(parent))
            if owner is None or owner is entity or owner.key not in entities or owner.place_name \
                    or owner.label not in ("ORG", "FAC") or (parent not in entity.merged and used_as_place(owner, texts)):
                continue
            entity.minor_forms.add(parent)
            merge(entities, entity, owner.key, "unit")
            entity.set_label("ORG")
            break
