"""Pass 3: names the model missed, found in the text by rules that need no parse.

* A wire dateline's place ("KINSHASA - ...").
* A name spelt by an acronym in brackets ("North-East Atlantic Fisheries Commission (NEAFC)").
* Places of the table (:mod:`analysis.entities.countries`) anywhere in the body, outside longer
  mentions, hyphenated compounds included ("a Ruritania-based firm"); a place name inside a longer
  known place ("Northern Ireland", "Guinea-Bissau") is that place, not the shorter one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.document import DATELINE
from analysis.entities import countries
from analysis.entities.model import Coverage, Mention
from analysis.entities.words import INITIALS_SKIP

_BRACKETED = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")


def initials(name: str, *, split_hyphens: bool = False) -> str:
    """The capital initials of a name's words, small words skipped ("Organization for Islamic
    Cooperation" -> "OIC")."""
    words = re.findall(r"[\w']+" if split_hyphens else r"[\w'-]+", name)
    return "".join(w[0] for w in words if w.lower() not in INITIALS_SKIP).upper()


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym spells a name: its capitals are the name's initials ("AfCFTA" spells
    "African Continental Free Trade Area"; "PMF" spells "Popular Mobilization Forces")."""
    capitals = "".join(ch for ch in acronym if ch.isupper() or ch.isdigit())
    if len(capitals) < 2:
        return False
    whole = acronym.replace(".", "").replace("&", "").upper()
    for candidate in (initials(name), initials(name, split_hyphens=True)):
        if candidate in (capitals, whole):
            return True
    return False


def find_dateline(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """The place of a wire dateline ("KINSHASA - The Democratic Republic of Congo ...")."""
    match = DATELINE.match(texts.get(1, ""))
    if not match or not Coverage(texts, found).free(1, match.start(1), match.end(1)):
        return []
    return [Mention(1, match.start(1), match.end(1), match.group(1), "GPE", source="dateline")]


def find_bracketed_names(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Names the model missed or cut that an acronym in brackets spells: "The North-East Atlantic
    Fisheries Commission (NEAFC)" is an organisation even when spaCy does not say so. Mentions the
    model made inside the spelt name (its fragments) give way to it."""
    added = []
    taken = list(found)
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _BRACKETED.finditer(text):
            acronym = match.group(1)
            words = list(re.finditer(r"[A-Za-z][\w'’-]*", text[:match.start()]))[-14:]
            for first in range(len(words) - 1, -1, -1):
                if not words[first].group(0)[0].isupper():
                    continue
                start, end = words[first].start(), words[-1].end()
                candidate = text[start:end]
                if spells(acronym, candidate):
                    inside = [m for m in taken if m.paragraph == paragraph and m.start >= start and m.end <= end]
                    crossing = [m for m in taken if m.paragraph == paragraph and m.start < end and m.end > start
                                and m not in inside]
                    if not crossing and not any(m.start == start and m.end == end for m in inside):
                        for m in inside:
                            m.source = "dropped"
                        mention = Mention(paragraph, start, end, candidate, "ORG", source="acronym")
                        taken.append(mention)
                        added.append(mention)
                    break
    return added


def find_bracketed_acronyms(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """An abbreviation in brackets right after the name it spells is one more mention of that name
    ("Popular Mobilization Forces (PMF)" counts 2), whether or not the model tagged it."""
    coverage = Coverage(texts, found)
    ends = {(m.paragraph, m.end): m for m in found}
    added = []
    for paragraph, text in texts.items():
        for match in _BRACKETED.finditer(text):
            before = text[:match.start()].rstrip()
            named = ends.get((paragraph, len(before)))
            if named is None or not spells(match.group(1), named.text) \
                    or not coverage.free(paragraph, match.start(1), match.end(1)):
                continue
            coverage.take(paragraph, match.start(1), match.end(1))
            added.append(Mention(paragraph, match.start(1), match.end(1), match.group(1), named.label,
                                 source="acronym"))
    return added


def find_places(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Places of the table the model missed in the body ("Prime Minister of Bahrain"): their names
    are a closed class, so every capitalised occurrence outside a longer mention is one."""
    coverage = Coverage(texts, found)
    pattern = countries.name_pattern()
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in pattern.finditer(text):
            if not coverage.free(paragraph, match.start(), match.end()):
                continue
            code = countries.place_of_name(match.group(0))
            place = countries.place(code)
            added.append(Mention(paragraph, match.start(), match.end(), match.group(0), place.label,
                                 source="gazetteer", place=code,
                                 reason=None if match.group(0) == place.name else "variant"))
    return added
