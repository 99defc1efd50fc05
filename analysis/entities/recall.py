"""Pass 3b: names the model left untagged, found by their neighbours and their shape.

A candidate must be a rare word: not in the English word list (TextBlob's spelling list), not
written in lower case anywhere in the article, no title, month or common acronym. Rare
capitalised words the model skipped are names far more often than not; common ones ("Police",
"However") are left alone.

* A rare capitalised word coordinated with a tagged name is a name of the same kind: "Brightmart
  and Valuco cut prices" (Valuco an organisation) makes Brightmart one; "Ana Silva, Tomas Berg and
  Dorne" makes Dorne a person.
* A rare word in capitals of three to six letters is an acronym, an organisation: "KDRL had held
  the town" (the model often skips one at a sentence's start).
* A rare capitalised name between a verb of making or selling and a product noun is a product
  (OTHER): "the firm, which makes Softo tissues", "it recalled Zipp scooters".
* A rare capitalised name followed by an apposition headed by an organisation's class noun is an
  organisation: "Dorrik, a rival retailer, cut prices"; a two- or three-word name ending in a
  rare word, with an apposition headed by a person's role, is a person: "Ana Brik, the mayor,".
* A rare capitalised name apposed after a firm's class noun ("a battery supplier, Voltaro of
  Kell,", "its rival, Brightmart.") is an organisation.
* A capitalised name right after a lower-case class noun of outlets and firms ("the paper Today",
  "the website Daily Beacon") is an organisation, even when its words are common ones.
* A skipped name right before a speech verb ("Medisure said") is a speaker: a person when it
  has two or three words, else an organisation.
* A language name or a demonym before the word "language" ("the Portuguese language", a wiki's
  "Swahili language:" note) is a language (LANGUAGE, OTHER for the scorer).
* An institution with "of" and a place ("the High Court of Kell", "the Supreme Court of Norland")
  is one organisation: the place inside it is no mention of the place.
* A party's word before a members' noun ("Green councillors", "Green voters") is a mention of the
  party when the article names "the Green Party" (a group word that joins it).
* Two rare names the model tagged as one ("Halvex and Norbridge") are two; "the March for Clean
  Air" is an event (the model reads "March" as a month).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from analysis.entities.model import Coverage, Mention
from analysis.entities.words import CALENDAR, NOT_NAMES, TITLE_KEYS

_WORD = r"[A-Z][a-z][\w'’-]*[a-z]"
_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))(" + _WORD + r")(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$")
_AFTER = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(" + _WORD + r")(?![\w'’-]|\s+[A-Z])")
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w-])")
_ROMAN = re.compile(r"[IVXLCDM]+")
_PRODUCT = re.compile(r"\b(?:makes|made|make|sells|sold|sell|produces|produced|launched|recalled|recalls|"
                      r"ships|shipped|markets|marketed)\s+(?:(?:its|their|the|a|an)\s+)?(" + _WORD
                      + r"(?:\s+[A-Z][\w'’-]+)?)\s+([a-z][a-z-]*[a-z])\b")
#: Labels a coordinated name takes from its partner.
_PARTNER_LABELS = {"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT"}


@functools.lru_cache(maxsize=1)
def _spelling_words() -> frozenset[str]:
    """TextBlob's spelling list: common English words (and a few very common names)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = os.path.join(spec.submodule_search_locations[0], "en", "en-spelling.txt")
    try:
        with open(path, encoding="utf-8") as handle:
            return frozenset(line.split(" ", 1)[0].lower() for line in handle if not line.startswith(";"))
    except OSError:
        return frozenset()


def rare(word: str, lowercase: set[str]) -> bool:
    """Whether a word is rare enough to be a name the model skipped: not an English word of the
    spelling list, not written in lower case in the article, no title, month or common acronym."""
    lowered = word.lower().replace("’", "'")
    return lowered not in _spelling_words() and lowered not in lowercase and lowered not in TITLE_KEYS \
        and lowered not in CALENDAR and lowered not in NOT_NAMES and not _ROMAN.fullmatch(word)


def _lowercase_words(texts: dict[int, str]) -> set[str]:
    """Every word the article writes in lower case."""
    return set(re.findall(r"\b[a-z][a-z'-]*\b", " ".join(texts.values())))


def find_coordinated(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A rare capitalised word coordinated with a tagged name, right before or after it, is a name
    of the partner's kind ("Brightmart and Valuco", "Valuco, Brightmart and ...")."""
    lowercase = _lowercase_words(texts)
    coverage = Coverage(texts, found)
    added = []
    for m in found:
        if m.paragraph == 0 or m.label not in _PARTNER_LABELS or m.source == "dropped":
            continue
        text = texts.get(m.paragraph, "")
        spans = []
        before = _BEFORE.search(text[max(0, m.start - 40):m.start])
        if before:
            offset = max(0, m.start - 40)
            spans.append((offset + before.start(1), offset + before.end(1)))
        after = _AFTER.match(text, m.end)
        if after:
            spans.append(after.span(1))
        for start, end in spans:
            word = text[start:end]
            if rare(word, lowercase) and coverage.free(m.paragraph, start, end):
                coverage.take(m.paragraph, start, end)
                added.append(Mention(m.paragraph, start, end, word, m.label, source="conjunct"))
    return added


def _scan(texts: dict[int, str], found: Sequence[Mention], pattern: re.Pattern, source: str,
          decide: Callable[[re.Match, str, set[str]], str | None], group: int = 1) -> list[Mention]:
    """Every match of ``pattern`` in the body (the title left out) whose ``group`` covers no
    mention yet and which ``decide(match, paragraph text, lower-case words)`` gives a label: a
    mention of that label, marked ``source``."""
    lowercase = _lowercase_words(texts)
    coverage = Coverage(texts, found)
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in pattern.finditer(text):
            start, end = match.span(group)
            label = decide(match, text, lowercase)
            if label is not None and coverage.free(paragraph, start, end):
                coverage.take(paragraph, start, end)
                added.append(Mention(paragraph, start, end, match.group(group), label, source=source))
    return added


def find_acronyms(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A rare word in capitals of three to six letters the model skipped is an organisation's
    acronym ("KDRL had held the town"); a run of words in capitals (a shouted phrase) is not."""
    def decide(match: re.Match, text: str, lowercase: set[str]) -> str | None:
        start, end = match.span()
        beside = text[max(0, start - 8):start] + " " + text[end:end + 8]
        return None if re.search(r"\b[A-Z]{2,}\b", beside) or not rare(match.group(0), lowercase) else "ORG"

    return _scan(texts, found, _ACRONYM, "acronym", decide, group=0)


def find_products(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A rare capitalised name between a verb of making or selling and a product noun ("makes Softo
    tissues") is a product (OTHER)."""
    from analysis.entities.typewords import OTHER_AFTER

    def decide(match: re.Match, _text: str, lowercase: set[str]) -> str | None:
        return "OTHER" if match.group(2) in OTHER_AFTER and rare(match.group(1).split()[0], lowercase) else None

    return _scan(texts, found, _PRODUCT, "shape", decide)


_APPOSED = re.compile(r"(?<![\w-])(" + _WORD + r"(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"([a-z]+|[A-Z][a-z]+)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
                      r"\s*[,;.]")


def find_apposed_firms(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A rare capitalised name with an apposition headed by an organisation's class noun ("Dorrik,
    a rival retailer, cut prices") is an organisation; a name of two or three capitalised words,
    the last one rare, with an apposition headed by a person's role ("Ana Brik, the mayor,", "Ana
    Brik, the Chief Justice of Kell,") is a person."""
    from analysis.entities.typewords import ORG_CLASS_BEFORE, PERSON_CLASS_BEFORE
    from analysis.entities.words import OFFICE_TITLES, PERSON_TITLES

    firms = ORG_CLASS_BEFORE | {"rival", "competitor", "subsidiary", "supplier"}
    people = PERSON_CLASS_BEFORE | PERSON_TITLES | OFFICE_TITLES | {"farmer", "spokesperson", "resident",
                                                                    "owner", "manager", "teacher", "student", "justice"}

    def decide(match: re.Match, _text: str, lowercase: set[str]) -> str | None:
        words, role = match.group(1).split(), match.group(2)
        if role in firms and all(rare(w, lowercase) for w in words):
            return "ORG"
        if role.lower() in people and 2 <= len(words) <= 3 and rare(words[-1], lowercase):
            return "PERSON"
        return None

    return _scan(texts, found, _APPOSED, "shape", decide)


def split_coordinated(mentions: list[Mention]) -> list[Mention]:
    """One span over two rare names joined by "and" ("Halvex and Norbridge will cut prices") is two
    mentions of the span's kind (a work of art's label, the model's guess for a quoted phrase,
    becomes an organisation's; no person's name holds "and": "talks between Tarnby and Kell" are
    two names); "Marks and Spencer" (a common word) and "X & Y" stay one name."""
    out = []
    words = _spelling_words()
    for m in mentions:
        parts = re.fullmatch(r"(" + _WORD + r") and (" + _WORD + r")", m.text)
        if parts is None or any(p.lower() in words for p in parts.groups()):
            out.append(m)
            continue
        label = "ORG" if m.label in ("WORK_OF_ART", "PRODUCT", "LAW", "EVENT") else m.label
        for i in (1, 2):
            start, end = m.start + parts.start(i), m.start + parts.end(i)
            out.append(Mention(m.paragraph, start, end, parts.group(i), label, subject=m.subject, source=m.source))
    return out


_MARCH = re.compile(r"\b[Tt]he\s+((?:March|Rally|Walk|Vigil|Run|Ride)\s+(?:[Ff]or|[Aa]gainst|[Tt]o)\s+(?:the\s+)?"
                    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def find_marches(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A named march or rally ("the March for Clean Air", "the Walk Against Hunger") is an event;
    the model's mentions inside it (it reads "March" as a month) give way (marked "dropped")."""
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _MARCH.finditer(text):
            start, end = match.span(1)
            inside = [m for m in found if m.paragraph == paragraph and m.start < end and m.end > start]
            if any(m.start < start or m.end > end for m in inside):
                continue
            if any((m.start, m.end) == (start, end) for m in inside):
                for m in inside:
                    m.label = "EVENT"
                continue
            for m in inside:
                m.source = "dropped"
            added.append(Mention(paragraph, start, end, match.group(1), "EVENT", source="shape"))
    return added


_SPEAKER = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=,\s)|(?<=\sand\s))(" + _WORD
                      + r"(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:said|says|told|announced|added|warned|confirmed|denied|"
                      r"reported|stated|insisted)\b")


def find_speakers(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A name the model skipped right before a speech verb ("Medisure said", "Ana Brik told"), its
    last word rare: a national capital of the city table speaking for its government (GPE), a
    person when it has two or three words, none an organisation's word, else an organisation
    ("Nice Try Foods said")."""
    from analysis.entities.cities import capital_names
    from analysis.entities.typewords import ORG_WORDS

    def decide(match: re.Match, _text: str, lowercase: set[str]) -> str | None:
        words = match.group(1).split()
        if not rare(words[-1], lowercase) or any(w.lower() in TITLE_KEYS for w in words):
            return None
        if match.group(1) in capital_names():
            return "GPE"
        return "PERSON" if len(words) > 1 and not any(w.lower() in ORG_WORDS for w in words) else "ORG"

    return _scan(texts, found, _SPEAKER, "speaker", decide)


_LANGUAGE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+language\b")


def find_languages(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A language name or a demonym right before "language" the model skipped ("Portuguese language:")
    is a language."""
    from analysis.entities.countries import place_of_demonym
    from analysis.entities.languages import language_names

    def decide(match: re.Match, _text: str, _lowercase: set[str]) -> str | None:
        word = match.group(1)
        return "LANGUAGE" if word in language_names() or place_of_demonym(word) else None

    return _scan(texts, found, _LANGUAGE, "language", decide)


#: (an owner's possessive is no part of the name: "Kell's High Court of Appeal" names the court alone)
_INSTITUTION = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*(?<!['’]s)\s+){0,3}(?:Court|Parliament|Assembly|Senate|Congress|Bank|"
                          r"University|College|Academy|Tribunal|Library|Museum)\s+of\s+(?:the\s+)?"
                          r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’-]|\s+of\b|\s+[A-Z])")


def find_institutions(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """An institution named with "of" and its place ("the High Court of Kell") is one organisation;
    the model's mentions inside it (the court alone, the place) give way (marked "dropped")."""
    from analysis.entities.words import TITLE_KEYS as titles

    added = []
    skipped = {"the", "a", "an"} | (titles - {"supreme", "high"})
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _INSTITUTION.finditer(text):
            start, end = match.span(1)
            words = match.group(1).split()
            while words and words[0].lower().rstrip(".") in skipped:
                start = text.index(words[1], start) if len(words) > 1 else end
                words = words[1:]
            inside = [m for m in found if m.paragraph == paragraph and m.start < end and m.end > start]
            if not words or any(m.start < start or m.end > end for m in inside):
                continue
            if any((m.start, m.end) == (start, end) for m in inside):
                continue
            for m in inside:
                m.source = "dropped"
            added.append(Mention(paragraph, start, end, text[start:end], "ORG", source="shape"))
    return added


_MEMBERS = (r"s?\s+(?:voters|councillors|councilors|members|supporters|candidates|candidate|lawmakers|"
            r"politicians|activists|MPs|MP|MEPs|deputies|senators|legislators|leaders|leader|ministers|minister|"
            r"councillor|councilor|mayor|mayors|colleagues|rebels|ranks|group|wing|manifesto|campaign)\b")


def find_party_members(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """The word of a party the article names ("the Green Party") before a members' noun ("Green
    councillors said") is a group word that joins the party."""
    stems = {match.group(1) for m in found if (match := re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+Party",
                                                                        m.text.strip()))}
    if not stems:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(stems))) + r")" + _MEMBERS)
    return _scan(texts, found, pattern, "party", lambda _m, _t, _l: "NORP")


_CLASS_THEN_NAME = re.compile(r"\b(?:supplier|maker|manufacturer|firm|company|retailer|rival|competitor|subsidiary|"
                              r"partner|distributor|contractor|operator|developer|lender|insurer|startup|start-up|"
                              r"chain|brand|carrier|airline|publisher|broadcaster|outlet)s?,\s+(" + _WORD
                              + r"(?:\s+[A-Z][\w'’-]+){0,2})(?=\s+of\s|\s*[,.;]|\s+(?:and|which|who|said)\b)")


def find_named_after_class(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A rare capitalised name apposed after a firm's class noun ("a battery supplier, Voltaro of
    Kell") is an organisation."""
    def decide(match: re.Match, _text: str, lowercase: set[str]) -> str | None:
        words = match.group(1).split()
        return "ORG" if all(rare(w, lowercase) for w in words) else None

    return _scan(texts, found, _CLASS_THEN_NAME, "shape", decide)


_CLASS_BEFORE_NAME = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:newspaper|paper|magazine|website|"
                                r"broadcaster|channel|app|platform|airline|carrier|retailer|charity|band|publisher|"
                                r"outlet|daily|weekly|tabloid|podcast|blog|network|supermarket|chain|startup|"
                                r"start-up)\s+([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})")


def find_after_class(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A capitalised name right after an outlet's or a firm's class noun ("the paper Today") is an
    organisation the model skipped (its words may be common ones); no month, weekday or title."""
    def decide(match: re.Match, _text: str, _lowercase: set[str]) -> str | None:
        first = match.group(1).split()[0].lower()
        return None if first in CALENDAR or first in TITLE_KEYS or first in NOT_NAMES else "ORG"

    return _scan(texts, found, _CLASS_BEFORE_NAME, "shape", decide)
