"""Pass 4b: variant names merged once the entities exist, each with its reason code (the codes
are listed in :mod:`analysis.entities.grouping`).

* "X, or the Y," and "X (ABC)" name one thing twice (``apposition``, ``acronym``);
* an editor's gloss in square brackets, "Kellstadt [Kell City]" (``gloss``);
* two spellings of one multi-word name, "Yusuf Karami" / "Yousuf Karami" (``variant``), and a
  surname spelt another way, "Yara Morven" ... "Morvan" (``spelling``);
* a place's inhabitants, "the Marvoans", are a mention of the place (``demonym``), after the
  type rules have said which names are places;
* a hyphenated compound of two names the article uses apart, "Kell-Vostria talks", is a mention
  of each.
"""

from __future__ import annotations

import difflib
import re

from analysis.entities.grouping import fold, merge
from analysis.entities.model import Entity, Mention
from analysis.entities.placespans import strip_possessive

_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z0-9][\w'’&-]*)*")
_APPOSED_NAME = re.compile(r",\s+or\s+(?:the\s+)?|\s*\((?=[A-Z][A-Z0-9&.]{1,7}\))|\s*\[(?=[^\]]{2,40}\])")


#: A short name in brackets, in mixed case, after an organisation's name ("(Kelcobod)").
_BRACKETED_SHORT = re.compile(r"\s*\((?=([A-Z][a-z][A-Za-z]{2,10})\))")


def contraction(short: str, name: str) -> bool:
    """Whether a one-word short name is made of the name's letters in order, from a word's first
    letter on ("Teabod" of "Kell Tea Board", "Pemex" of "Petroleos Mexicanos"; not "Labour" of
    "Kell Council")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    for i, word in enumerate(words):
        if word[:1] == short[:1].lower():
            letters = iter("".join(words[i:]))
            if all(ch in letters for ch in short.lower()):
                return True
    return False


def merge_appositions(entities: list[Entity], texts: dict[int, str]) -> list[Entity]:
    """"X, or the Y," and "X (ABC)" (or a contraction, "X (Kelcobod)") name one thing twice, even where the abbreviation spells the
    name in another language ("the Kell Workers' Party (PTK)"); so does an editor's gloss in square
    brackets, "Kellstadt [Kell City]", whatever the labels of the two. "X, or the Y," holds whatever
    the model's labels (but a person and a non-person stay apart), and where the model left Y
    untagged there but tagged it elsewhere ("the N5, or the Northern Five, ... the Northern Five
    chair")."""
    by_key = {e.key: e for e in entities}
    starts = {(m.paragraph, m.start): e.key for e in entities for m in e.mentions}
    for entity in list(entities):
        if entity.key not in by_key:
            continue
        for m in list(entity.mentions):
            text = texts.get(m.paragraph, "")
            match = _APPOSED_NAME.match(text, m.end)
            contracted = False
            if match is None and entity.label == "ORG":  # "the Kell Cocoa Board (Kelcobod)", whatever its label
                short = _BRACKETED_SHORT.match(text, m.end)
                match = short if short and contraction(short.group(1), entity.name) else None
                contracted = match is not None
            other_key = starts.get((m.paragraph, match.end())) if match else None
            gloss = match is not None and "[" in match.group(0)
            alternative = match is not None and "or" in match.group(0)
            if gloss and other_key is None:  # a gloss the model did not tag: a name seen elsewhere
                inside = fold(text[match.end():text.index("]", match.end())].strip())
                other_key = next((e.key for e in by_key.values() if fold(e.name) == inside), None)
            elif alternative and other_key is None:  # "N5, or the Northern Five," tagged only later
                run = _CAPITALISED_RUN.match(text, match.end())
                inside = fold(run.group(0)) if run else ""
                other_key = next((e.key for e in by_key.values() if fold(e.name) == inside), None)
            if other_key and other_key != entity.key and other_key in by_key and entity.key in by_key \
                    and (by_key[other_key].label == entity.label or gloss or contracted
                         or (alternative and "PERSON" not in (by_key[other_key].label, entity.label)))\
                    and not by_key[other_key].place_name and not entity.place_name:
                if gloss and len(by_key[other_key].mentions) > len(entity.mentions):  # the name seen most
                    merge(by_key, by_key[other_key], entity.key, "gloss")
                    break
                merge(by_key, entity, other_key, "acronym" if "(" in match.group(0) else
                      "gloss" if gloss else "apposition")
    merge_glosses(by_key, texts)
    return list(by_key.values())


def merge_glosses(by_key: dict[str, Entity], texts: dict[int, str]) -> None:
    """"Kellstadt [Kell City]" anywhere in the text, tagged or not: the two names are one entity."""
    by_name = {fold(e.name): e for e in by_key.values() if not e.place_name}
    if len(by_name) < 2:
        return
    names = sorted((e.name for e in by_name.values()), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")\s*\[\s*(" +
                         "|".join(map(re.escape, names)) + r")\s*\]")
    for text in texts.values():
        for match in pattern.finditer(text):
            first, second = by_name.get(fold(match.group(1))), by_name.get(fold(match.group(2)))
            if first is not None and second is not None and first is not second \
                    and first.key in by_key and second.key in by_key:
                big, small = (first, second) if len(first.mentions) >= len(second.mentions) else (second, first)
                merge(by_key, big, small.key, "gloss")


def inhabitant_forms(name: str) -> set[str]:
    """The words a place's people are called by when the country table does not know them:
    "Kell" -> "Kellers", "Kellans", "Kellites"; "Marvia" -> "Marvians"; a region in "-onia" drops it
    ("Veltonia" -> "Veltan"), one in "-y" too ("Tarvany" -> "Tarvan")."""
    stems = {name, name[:-1]} if name[-1:] in "aeiouy" else {name}
    forms = {f"{stem}{suffix}" for stem in stems for suffix in ("er", "ers", "an", "ans", "ian", "ians", "ite",
                                                             "ites", "ese")}
    if len(name) >= 7 and name.endswith("onia"):
        forms |= {name[:-4] + "an", name[:-4] + "ans"}
    if len(name) >= 6 and name.endswith("y") and name[-2:-1] not in "aeiou":
        forms |= {name[:-1], name[:-1] + "s"}
    return forms


def merge_inhabitants(entities: list[Entity]) -> list[Entity]:
    """A place's inhabitants ("Kellites", "the Marvians") are a mention of the place, as a
    country's demonym is (places of the country table have theirs already); a one-word name the
    model called a person or a firm whose inhabitants the article names is that place."""
    by_key = {e.key: e for e in entities}
    # a one-word "person" or "firm" with no title whose people are named ("Tarnia" ... "Tarnian church
    # leaders") is a place: nobody's name has inhabitants
    longer = {word for e in entities if e.label == "PERSON" and len(e.name.split()) > 1 for word in e.name.split()}
    places = [e for e in entities if not e.place_name and (e.label == "GPE" or (
        e.label in ("PERSON", "ORG") and len(e.name.split()) == 1 and not e.titles and e.name not in longer
        and not any(why in ("surname", "first name", "short form") for why in e.merged.values())))]
    forms = {fold(form): place for place in places for form in inhabitant_forms(place.name)}
    for entity in list(entities):
        place = forms.get(fold(entity.name))
        if place is None or entity is place or entity.place_name or len(entity.name.split()) != 1 \
                or place.label != "GPE" and entity.label not in ("NORP", "GPE") \
                or entity.label == "LANGUAGE" \
                or entity.key not in by_key or place.key not in by_key:
            continue
        place.minor_forms |= {strip_possessive(m.text) for m in entity.mentions}
        merge(by_key, place, entity.key, "demonym")
        place.set_label("GPE")
    return list(by_key.values())


def merge_spelling_variants(entities: list[Entity]) -> list[Entity]:
    """Two spellings of one multi-word name are one entity: the same number of words, at least
    one word the same, and each other word a close spelling of its counterpart with the same
    first letter ("Yusuf Karami" / "Yousuf Karami"). Places and people with different first
    names stay apart (the first word must match or be a close spelling)."""
    by_key = {e.key: e for e in entities}
    names = [e for e in entities if not e.place_name and len(e.key.split()) > 1]
    for i, entity in enumerate(names):
        for other in names[i + 1:]:
            if entity.key not in by_key or other.key not in by_key:
                continue
            words, others = fold(entity.name).split(), fold(other.name).split()
            if len(words) != len(others) or words == others or not set(words) & set(others):
                continue
            if all(a == b or (a[0] == b[0] and min(len(a), len(b)) >= 4
                              and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8)
                   for a, b in zip(words, others)):
                big, small = (entity, other) if len(entity.mentions) >= len(other.mentions) else (other, entity)
                merge(by_key, big, small.key, "variant")
    merge_surname_spellings(by_key)
    return list(by_key.values())


def close_spelling(a: str, b: str) -> bool:
    """Two spellings of one word: same first letter, five letters or more, at most one letter
    longer or shorter, and at least 80% alike ("Morven" / "Morvan")."""
    a, b = fold(a), fold(b)
    return a != b and a[0] == b[0] and min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 1 \
        and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def merge_surname_spellings(by_key: dict[str, Entity]) -> None:
    """A one-word name the model tagged (as anything but a place or a group) that is a close
    spelling of the surname of exactly one person named in full joins that person ("Yara Morven"
    ... "Morvan said"): news copy often spells a transliterated surname two ways."""
    people = [e for e in by_key.values() if e.label == "PERSON" and len(e.name.split()) > 1 and not e.place_name]
    for entity in list(by_key.values()):
        if entity.key not in by_key or len(entity.name.split()) != 1 or entity.place_name \
                or entity.label in ("NORP", "GPE", "LOC", "FAC"):
            continue
        owners = [p for p in people if p is not entity and p.key in by_key
                  and close_spelling(entity.name, p.name.split()[-1])]
        if len(owners) == 1:
            merge(by_key, owners[0], entity.key, "spelling")
            owners[0].set_label("PERSON")


def split_compounds(entities: list[Entity]) -> list[Entity]:
    """A hyphenated compound of two names the article uses apart ("Kell-Vostria relations" beside
    "Kell" and "Vostria") is one mention of each, not a name of its own (the country table does
    this for its places; this does it for the others). A person's double-barrelled name stays. The
    two parts are of one kind: a one-word "person" joined to a place is a place."""
    by_name = {fold(e.name): e for e in entities}
    kept = []
    for entity in entities:
        parts = entity.name.split("-")
        owners = [by_name.get(fold(p)) for p in parts] if len(parts) == 2 and all(
            len(p) >= 3 and p[:1].isupper() and " " not in p for p in parts) else []
        if entity.label == "PERSON" or not owners or not all(owners) or any(o is entity for o in owners):
            kept.append(entity)
            continue
        for one, other in (owners, owners[::-1]):  # the two parts are of one kind, as in a list
            if one.label == "GPE" and other.label == "PERSON" and not other.titles \
                    and len(other.name.split()) == 1 and not other.merged:
                other.set_label("GPE")
        for m in entity.mentions:
            cut = m.start + len(parts[0])
            for owner, start, end in ((owners[0], m.start, cut), (owners[1], cut + 1, m.end)):
                owner.mentions.append(Mention(m.paragraph, start, end, m.text[start - m.start:end - m.start],
                                              owner.label, source="compound", key=owner.key,
                                              place=next((x.place for x in owner.mentions if x.place), None)))
                owner.forget()
    return kept
