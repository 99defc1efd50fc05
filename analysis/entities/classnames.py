"""Names told by the words around them: class nouns, heads, trade words, cut names.

* A capitalised name between "the" or a possessive (and at most one lower-case word: "ruling",
  "opposition", "the mayor's") and a lower-case class noun of parties and outlets is an
  organisation, whatever its words: "the ruling Kellist party", "the Bright Way party", "the Tarn
  Lantern newspaper". Model mentions inside it (a town in "the Kell Unida party") give way; a
  demonym or a place alone ("the Norlandic party") is no such name.
* An institution's head word alone, capitalised, after "the" or before a title ("the Commission
  said", "Commission Vice-President Ida Brandt") is a mention of the one organisation of the
  article with that head ("the Norland Commission"); never when two organisations share the head.
  A river's name without "River" after "the" ("the Sorna") is a mention of the river.
* An institution cut short before "of" or "and" ("the Court of Appeal" ... "the Court of Appeal of
  Norland") joins the one longer name; a firm's name without its trade word ("Red Ember" of "Red
  Ember Studios") joins the firm; a name the tagger stopped before its trade word or its members'
  plural ("Silver Kettle" before "Seafoods", "the Federation of Kell Boat" before "Owners") takes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.entities import countries
from analysis.entities.model import Entity, Mention
from analysis.entities.words import CALENDAR, NOT_NAMES, TITLE_KEYS

#: Lower-case class nouns after a name that make the name an organisation's.
PARTY_OUTLET_NOUNS = ("party", "newspaper", "daily", "weekly", "tabloid", "magazine", "broadcaster")
_NAME_BEFORE_CLASS = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z][a-z-]+(?:['’]s)?\s+)?((?:[A-Z][\w'’&-]*\s+){0,3}"
    r"[A-Z][\w'’&-]*)\s+(?:"
    + "|".join(PARTY_OUTLET_NOUNS) + r")\b")


def find_named_before_class(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """An organisation named right before a party's or an outlet's class noun ("the ruling Kellist
    party", "the Tarn Lantern newspaper"); model mentions wholly inside it give way (marked
    "dropped"), one crossing its edge keeps it out, one drawn the same, or with the class noun,
    is the organisation (the noun cut off; a group's or a person's label becomes ORG; marked
    "class", which the type rules keep an organisation); a month, a title, a demonym or a place of the
    table alone is no such name."""
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _NAME_BEFORE_CLASS.finditer(text):
            start, end = match.span(1)
            name = match.group(1)
            first = name.split()[0].lower()
            if first in CALENDAR or first in TITLE_KEYS or name.lower() in NOT_NAMES \
                    or countries.place_of_demonym(name) or countries.place_of_name(name):
                continue
            inside = [m for m in found if m.paragraph == paragraph and m.start < end and m.end > start
                      and m.source != "dropped"]
            for m in inside:  # "the Bright Way party" drawn with its class noun: the name alone
                if (m.start, m.end) == (start, match.end()) and m.label in ("ORG", "NORP", "PERSON"):
                    m.end, m.text, m.key = end, name, ""
            same = [m for m in inside if (m.start, m.end) == (start, end)]
            for m in same:  # the model's "Kellist" (NORP) before "party" is the party's name
                if m.label in ("NORP", "PERSON", "ORG"):
                    m.label, m.source = "ORG", "class"
            if same or any(m.start < start or m.end > end for m in inside):
                continue
            for m in inside:
                m.source = "dropped"
            added.append(Mention(paragraph, start, end, name, "ORG", source="class"))
    return added


#: Head words of institutions that stand for the whole name when capitalised ("the Commission").
INSTITUTION_HEADS = frozenset({"Commission", "Council", "Parliament", "Assembly", "Court", "Ministry", "Department",
                               "Agency", "Authority", "Tribunal", "Senate", "Congress", "Bank", "Fund",
                               "Board", "Committee", "Federation", "Union", "Inspectorate", "Regulator"})
#: Title words after a head word that make it the institution's ("Commission President").
_HEAD_TITLES = r"(?:Vice-President|Vice[- ]Chair|President|Chair|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|Secretary|Director|Head|Commissioner)"


def institution_head(name: str) -> str | None:
    """The head word of an institution's name of two words or more: its last word, or the word
    before its first "of" ("Court of Justice of the Union" -> Court), when it is one of
    :data:`INSTITUTION_HEADS`."""
    words = name.split()
    if len(words) < 2:
        return None
    head = words[words.index("of") - 1] if "of" in words and words.index("of") > 0 else words[-1]
    return head if head in INSTITUTION_HEADS else None


def head_forms(entities: Sequence[Entity], texts: dict[int, str]) -> list[tuple[Entity, str, list[tuple[int, int, int]]]]:
    """For each organisation that is the article's only one with its head word, the spans of that
    word alone, capitalised, after "the" or before a title word ("the Commission's", "Commission
    President Ida Brandt"): (entity, head, [(paragraph, start, end)])."""
    heads: dict[str, list[Entity]] = {}
    for entity in entities:
        head = institution_head(entity.name) if entity.label == "ORG" else None
        if head:
            heads.setdefault(head, []).append(entity)
    out = []
    for head, owners in heads.items():
        if len(owners) != 1:
            continue
        pattern = re.compile(r"(?:(?<=\bthe )|(?<=\bThe ))" + head + r"(?![\w-])|(?<![\w-])" + head
                             + r"(?=\s+" + _HEAD_TITLES + r"\b)")
        spans = [(p, m.start(), m.end()) for p, text in texts.items() for m in pattern.finditer(text)]
        if spans:
            out.append((owners[0], head, spans))
    return out


def merge_cut_institutions(by_key: dict[str, Entity]) -> None:
    """An institution's name that begins the one longer organisation name of the article, which goes
    on with "of" or "and" ("the Court of Appeal" ... "the Court of Appeal of Norland", "the Ministry of
    Fisheries" ... "the Ministry of Fisheries and Ports"), is that organisation cut short."""
    from analysis.entities.grouping import merge

    orgs = [e for e in by_key.values() if e.label == "ORG"]
    for entity in list(orgs):
        if entity.key not in by_key or not institution_head(entity.name):
            continue
        longer = [o for o in orgs if o is not entity and o.key in by_key
                  and re.match(re.escape(entity.name) + r"\s+(?:of|and)\s+\S", o.name)]
        if len(longer) == 1:
            merge(by_key, longer[0], entity.key, "short form")


def merge_firm_stems(by_key: dict[str, Entity]) -> None:
    """A name of two words or more that is a firm's name without its last, trade word ("Tarn Star"
    for "Tarn Star Garments", "Blue Lantern" for "Blue Lantern Analytics") is the firm, whatever the
    model called it (never a place of the table): the one firm of the article with that stem."""
    from analysis.entities.grouping import merge
    from analysis.entities.typewords import FIRM_WORDS

    firms = [e for e in by_key.values() if e.label == "ORG" and len(e.key.split()) > 2
             and e.key.split()[-1] in FIRM_WORDS and not e.place_name]
    stems: dict[str, list[Entity]] = {}
    for firm in firms:
        stems.setdefault(firm.key.rsplit(" ", 1)[0], []).append(firm)
    for stem, owners in stems.items():
        entity = by_key.get(stem)
        if len(owners) == 1 and entity is not None and entity is not owners[0] and not entity.place_name \
                and entity.label not in ("GPE", "LOC", "NORP") and not countries.place_of_name(entity.name):
            merge(by_key, owners[0], stem, "short form")
            owners[0].set_label("ORG")


#: A capitalised plural of members that ends a federation's name ("... Vessel Owners", "... Growers").
_MEMBERS_WORD = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ants|ents|ians)")


def extend_trade_words(mentions: Sequence[Mention], texts: dict[int, str]) -> None:
    """A name the tagger stopped right before a capitalised trade word that ends a firm's name
    ("Silver Kettle" before "Seafoods cut jobs") is the firm's whole name: the word joins it and the
    mention becomes an organisation's (trade words: :data:`~analysis.entities.typewords.FIRM_WORDS`);
    so is an organisation's "X of Y" name stopped before its members' plural ("the Federation of
    Kell Boat" before "Owners said")."""
    from analysis.entities.typewords import FIRM_WORDS

    for m in mentions:
        if m.label not in ("ORG", "PERSON", "FAC", "LOC", "GPE") or m.place:
            continue
        after = re.match(r" ([A-Z][a-z]+)(?![\w'’-]| [A-Z]| (?:and|&) )", texts.get(m.paragraph, "")[m.end:])
        if after and (after.group(1).lower() in FIRM_WORDS
                      or m.label == "ORG" and " of " in m.text and _MEMBERS_WORD.fullmatch(after.group(1))):
            m.end += after.end()
            m.text, m.key, m.label = texts[m.paragraph][m.start:m.end], "", "ORG"


#: Class words after a natural feature's name that the article may drop ("the Sorna River" ...
#: "the Sorna").
FEATURE_CLASS_WORDS = frozenset({"River", "Sea", "Ocean", "Strait", "Gulf"})


def feature_forms(entities: Sequence[Entity], texts: dict[int, str]) -> list[tuple[Entity, str, list[tuple[int, int, int]]]]:
    """For each natural feature named "X River" (or Sea, Strait ...), the spans of "the X" alone
    (X not followed by another capitalised word: "the Sorna flooded", not "the Sorna Valley Front"),
    when no other entity of the article is named X: (entity, X, [(paragraph, start, end)])."""
    names = {e.name for e in entities}
    out = []
    for entity in entities:
        words = entity.name.split()
        if entity.label != "LOC" or len(words) < 2 or words[-1] not in FEATURE_CLASS_WORDS:
            continue
        bare = " ".join(words[:-1])
        if bare in names or not bare[:1].isupper():
            continue
        pattern = re.compile(r"(?<=\bthe )" + re.escape(bare) + r"(?![\w'’-]|\s+[A-Z])")
        spans = [(p, m.start(), m.end()) for p, text in texts.items() for m in pattern.finditer(text)]
        if spans:
            out.append((entity, bare, spans))
    return out


#: A name of two or three capitalised words opening a sentence, apposed to a group's class noun
#: that heads the apposition ("Parents Together, a group formed last year, said ..."; not "Ida
#: Brandt, a campaign group leader,").
_GROUP_APPOSED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:group|campaign|movement|coalition|alliance|charity|lobby|association|network|collective)"
    r"(?=\s*[,.;)]|\s+(?:that|which|of|formed|founded|set|based|representing|led|created|launched|opposed|"
    r"backed|campaigning|fighting|calling)\b)")


def find_apposed_groups(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A name of two or three capitalised words at a sentence's start, apposed to a group's class
    noun ("Parents Together, a campaign group, said"), is an organisation even when its words are
    common ones (the model's person or group drawn the same becomes it); no month, weekday or title
    in it."""
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _GROUP_APPOSED.finditer(text):
            start, end = match.span(1)
            words = match.group(1).lower().split()
            if any(w in CALENDAR or w in TITLE_KEYS for w in words):
                continue
            inside = [m for m in found if m.paragraph == paragraph and m.start < end and m.end > start]
            for m in inside:  # the model's "person" drawn the same is the group
                if (m.start, m.end) == (start, end) and m.label in ("PERSON", "NORP", "ORG", "LOC", "FAC") \
                        and not m.place:
                    m.label, m.source = "ORG", "class"
            if not inside:
                added.append(Mention(paragraph, start, end, match.group(1), "ORG", source="class"))
    return added
