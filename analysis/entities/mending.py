"""Spans the tagger draws wrong around titles, owners and ranges, names it skips in telling
contexts, and two type rules that need no word list.

* A minister's portfolio is part of the title, not a name: "Norland's Minister for the Green
  Transition, Ida Brandt," or "the Minister of Digital Affairs, Oskar Lind," give no entity for the
  portfolio (:func:`drop_portfolios`); the state ("Norland") stays.
* A denomination before a clergy title is a religious group, the title is no part of a name: "The
  Methodist Bishop of Tarnby" gives "Methodist" (NORP), not an organisation "Methodist Bishop"
  (:func:`split_clergy_titles`).
* A rare capitalised word right before "residents", "villagers", "inhabitants" and the like is a
  town ("Marlow residents were told to leave"): :func:`find_resident_places`.
* A run of capitalised words ending in "Directive", "Act", "Regulation", "Treaty", "Convention",
  "Charter", "Protocol" or "Accord" after "the" or a possessive is a law's name ("the Union's
  Clean Harbours Directive"): :func:`find_law_names`.
* A place's possessive before its institution is a mention of the place, not a parent body:
  "Kellmark's Federal Court of Appeal" gives Kellmark and the court (:func:`split_place_owners`).
* The ends of "from X to Y" are places: one span over both is split, an end called an
  organisation beside a place is a place, an untagged end beside a place is found
  (:func:`split_ranges`, :func:`find_range_ends`); "Kellby-based" makes Kellby a place
  (:func:`find_hyphen_places`).
* A full name the model called an organisation, apposed to a person's role noun ("its elected
  chief, Joel Ferrand,"), is a person (:func:`name_apposed_persons`); "on X" makes X a platform only
  after a publishing word ("posted a clip on X"; :func:`posted_on`), and "via X" in a sentence
  about publishing makes even a place's name a platform (:func:`published_via`).
* A full name after a person's title that the tagger skipped ("Mayor Ana Lind of the Tarn Council
  said") is a person (:func:`find_titled_names`).
* A person's name the tagger cut after its lower-case particle ("Jan ter Horst" tagged "Horst",
  "Maria de la Cruz" tagged "Cruz") takes back the particle and the given name before it
  (:func:`extend_particle_names`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from analysis.entities.model import Entity, Mention
from analysis.entities.recall import _scan, rare
from analysis.entities.words import CALENDAR, NAME_PARTICLES, TITLE_KEYS

#: A person's title that takes a portfolio after "of" or "for" ("Minister for the Green Transition").
_PORTFOLIO_BEFORE = re.compile(r"\b(?:[Mm]inisters?|[Ss]ecretary|[Ss]ecretaries|[Cc]ommissioner|"
                               r"(?:[Mm]inister|[Ss]ecretary)\s+of\s+[Ss]tate)\s+(?:of|for)\s+(?:the\s+)?$")
#: What ends a portfolio: a comma, a clause's end, a bracket, a line's end, or "and" ("Minister for
#: Housing and Transport" is one title).
_PORTFOLIO_END = re.compile(r"\s*(?:[,;:.)]|$|and\s)")


#: A portfolio coordinated before a title ("Labour and Housing Minister Ida Brandt"): the words
#: after the mention that make it the first half of a portfolio.
_PORTFOLIO_PAIR_AFTER = re.compile(r"\s+and\s+[A-Z][a-z]+\s+(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner)\b")


def drop_portfolios(mentions: list[Mention], texts: dict[int, str]) -> list[Mention]:
    """Mentions that are a minister's portfolio ("the Minister for the Green Transition,") left out:
    right after a minister's or secretary's "of"/"for", closed by a comma, the clause's end or the
    person's name the model tagged apart ("Secretary for Ocean Affairs Ida Brandt said"), and no
    place ("the Minister of Norland" keeps Norland; "Minister of Culture Ida Brandt said" keeps the
    person the span runs on to); so is the first of two portfolios before a title ("Labour and
    Housing Minister Ida Brandt")."""
    person_starts = {(m.paragraph, m.start) for m in mentions if m.label == "PERSON"}
    kept = []
    for m in mentions:
        text = texts.get(m.paragraph, "")
        closed = _PORTFOLIO_END.match(text, m.end) or m.label != "PERSON" \
            and (m.paragraph, m.end + 1) in person_starts and text[m.end:m.end + 1] == " "
        if m.label not in ("GPE", "LOC") and not m.place and "," not in m.text and (
                _PORTFOLIO_BEFORE.search(text[max(0, m.start - 40):m.start]) and closed
                or " " not in m.text and m.label != "PERSON" and _PORTFOLIO_PAIR_AFTER.match(text, m.end)):
            continue
        kept.append(m)
    return kept


#: Titles of clergy that follow a denomination ("the Anglican Bishop", "the Coptic Patriarch").
CLERGY_TITLES = frozenset({"bishop", "archbishop", "cardinal", "patriarch", "pope", "imam", "rabbi", "mufti",
                           "priest", "pastor", "vicar", "dean", "primate", "metropolitan", "moderator",
                           "grand mufti", "chief rabbi"})
#: A denomination's adjective: a capitalised word ending as group adjectives do ("Anglican",
#: "Catholic", "Methodist", "Orthodox", "Lutheran", "Coptic", "Presbyterian", "Protestant").
_DENOMINATION = re.compile(r"[A-Z][a-z]+(?:an|ic|ist|ox|ant|ite)$")


def split_clergy_titles(mentions: list[Mention]) -> list[Mention]:
    """A span "(The) <Denomination> <clergy title> (of <Place>)" the model called an organisation
    becomes the denomination alone, a religious group (NORP), and the place after "of" a place:
    "The Methodist Bishop of Tarnby" -> "Methodist", "Tarnby". Persons are left alone ("Adrian
    Bishop")."""
    out = []
    for m in mentions:
        out.append(m)
        if m.label in ("PERSON", "GPE", "LOC"):
            continue
        words = m.text.split()
        lead = 1 if words and words[0].lower() == "the" else 0
        tail = words[lead + 3:] if len(words) > lead + 3 and words[lead + 2] == "of" else []
        if len(words) - lead - (len(tail) + 1 if tail else 0) != 2 or words[lead + 1].lower() not in CLERGY_TITLES \
                or not _DENOMINATION.fullmatch(words[lead]) \
                or not all(re.fullmatch(r"[A-Z][\w'’-]+", w) for w in tail):
            continue
        if tail:
            place = " ".join(tail)
            start = m.start + m.text.rindex(place)
            out.append(Mention(m.paragraph, start, start + len(place), place, "GPE", source=m.source))
        offset = m.text.index(words[lead])
        m.start += offset
        m.end = m.start + len(words[lead])
        m.text = words[lead]
        m.label = "NORP"
    return out


#: Lower-case nouns for the people of a town ("Marlow residents").
_RESIDENTS = re.compile(r"\b([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?:residents|villagers|inhabitants|townspeople|"
                        r"townsfolk|householders|homeowners|islanders|commuters)\b")


def find_resident_places(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A rare capitalised word the model skipped right before "residents", "villagers" and the like
    is a town ("Marlow residents", "Kell villagers"), unless a capitalised word precedes it (then it
    ends a longer name: "Kell Housing residents")."""
    def decide(match: re.Match, text: str, lowercase: set[str]) -> str | None:
        before = text[max(0, match.start() - 30):match.start()]
        if re.search(r"[A-Z][\w'’-]*\s+$", before) or not rare(match.group(1), lowercase):
            return None
        return "GPE"

    return _scan(texts, found, _RESIDENTS, "residents", decide)


#: Last words of a law's name ("Directive", "Act") after "the" or a possessive.
_LAW_NAME = re.compile(r"(?:\b[Tt]he(?:\s+[A-Z][\w.]*['’]s?)?|[A-Z][\w.]*['’]s?)\s+((?:[A-Z][\w'’-]*(?<!['’]s)\s+){1,5}"
                       r"(?:Directive|Act|Regulation|Treaty|Convention|Charter|Protocol|Accord|Accords))\b")


def find_law_names(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A run of capitalised words ending in a law's word the model skipped is a law's name (OTHER):
    "breaches the Union's Clean Harbours Directive", "under the Fair Rents Act"."""
    def decide(match: re.Match, _text: str, _lowercase: set[str]) -> str | None:
        return "LAW"

    return _scan(texts, found, _LAW_NAME, "law name", decide)


#: Heads of a state's own institutions: "Kell's Supreme Court" is Kell's court, not a unit of a body.
STATE_BODIES = frozenset({"court", "parliament", "senate", "congress", "assembly", "ministry", "government",
                          "army", "navy", "police", "embassy", "cabinet", "treasury", "constitution",
                          "appeal", "appeals", "justice", "bank", "agency", "commission", "council",
                          "service", "forces", "guard"})


def split_place_owners(mentions: list[Mention]) -> list[Mention]:
    """A place's possessive is a mention of the place, not a parent body: "Kellmark's Federal Court of
    Appeal" gives Kellmark (GPE) and the court, when the owner is a place of the country table, or a
    one-word owner of a state's institution (court, parliament, army)."""
    from analysis.entities.countries import place_of_name

    out = []
    for m in mentions:
        owner = m.parent
        lead = re.match(r"(?:[Tt]he\s+)?", m.text).end()
        rest = m.text[lead + len(owner or ""):]
        tail = re.match(r"['’]s?\s+", rest) if owner and m.text[lead:].startswith(owner) else None
        code = place_of_name(owner) if tail else None
        unit_words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
        if tail is None or not (code or (len(owner.split()) == 1 and unit_words & STATE_BODIES)):
            out.append(m)
            continue
        start = m.start + lead
        out.append(Mention(m.paragraph, start, start + len(owner), owner, "GPE", place=code,
                           source=m.source))
        body_start = start + len(owner) + tail.end()
        m.start, m.text, m.parent = body_start, m.text[body_start - m.start:], None
        out.append(m)
    return out


#: "from X to Y" with one-word names: a range between two places ("schools from Kell to Tarnby").
_RANGE = re.compile(r"\bfrom\s+([A-Z][\w'’-]+)\s+to\s+([A-Z][\w'’-]+)\b")


def split_ranges(mentions: list[Mention], texts: dict[int, str]) -> list[Mention]:
    """The ends of "from X to Y" (one word each) are places of one kind: a span the model drew over
    both is split into two places, and an end the model called an organisation or a group beside
    a place at the other end is a place ("from Kellby to Tarnby", "from Bergen to Oslo")."""
    spans = {(m.paragraph, m.start, m.end): m for m in mentions}
    out = []
    for m in mentions:
        text = texts.get(m.paragraph, "")
        match = _RANGE.match(text, max(0, m.start - 5))
        if match and match.span(1)[0] == m.start and match.end() == m.end:
            for group in (1, 2):
                start, end = match.span(group)
                out.append(Mention(m.paragraph, start, end, match.group(group), "GPE", source=m.source))
            continue
        out.append(m)
    for paragraph, text in texts.items():
        for match in _RANGE.finditer(text):
            ends = [spans.get((paragraph, *match.span(g))) for g in (1, 2)]
            if None in ends:
                continue
            labels = {e.label for e in ends}
            if "GPE" in labels and labels <= {"GPE", "ORG", "NORP", "FAC", "LOC"}:
                for e in ends:
                    e.label = "GPE"
    return out


def find_range_ends(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """The untagged end of "from X to Y" whose other end is a place is a place too, unless the
    article writes the word in lower case or it is a month, a day or a title ("from Kellby to
    Tarnby", "from Lisbon to Porto" with only the first tagged)."""
    places = {(id(texts.get(m.paragraph)), m.start, m.end) for m in found if m.label == "GPE"}
    added: list[Mention] = []
    for group, other in ((1, 2), (2, 1)):
        def decide(match: re.Match, text: str, lowercase: set[str], group: int = group, other: int = other):
            return "GPE" if match.group(group).lower() not in lowercase | CALENDAR | TITLE_KEYS \
                and (id(text), *match.span(other)) in places else None

        added += _scan(texts, list(found) + added, _RANGE, "range", decide, group=group)
    return added


#: A name before "-based", "-born", "-headquartered" ("a Kellby-based firm").
_HYPHEN_PLACE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})-(?:based|born|headquartered|registered)\b")


def find_hyphen_places(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A rare capitalised word the model skipped before "-based", "-born", "-headquartered" or
    "-registered" is a place ("run by Kellby-based Varn Timber")."""
    def decide(match: re.Match, _text: str, lowercase: set[str]) -> str | None:
        return "GPE" if rare(match.group(1), lowercase) else None

    return _scan(texts, found, _HYPHEN_PLACE, "hyphen place", decide)


#: A person's role noun right before ", Name," ("its elected chief, Joel Ferrand,").
_ROLE_NOUNS = ("(?:chief|secretary-general|secretary|general|leader|head|chair|chairman|chairwoman|president|"
               "director|spokesperson|spokesman|spokeswoman|founder|manager|coordinator|treasurer|governor|"
               "mayor|minister|deputy|editor|ceo|executive)")
_ROLE_BEFORE = re.compile(r"\b(?i:" + _ROLE_NOUNS + r")\s*,\s+$")


def name_apposed_persons(entities: Sequence, texts: dict[int, str], *,
                         word_label: Callable[[Entity], str | None]) -> None:
    """A name of two or three capitalised words the model called an organisation, set off by commas
    after a person's role noun ("Its elected chief, Joel Ferrand, said"; "the union's secretary-general,
    Rosa Mir, told"), is a person, unless its own words name a body ("Kell Rowing League"):
    ``word_label`` gives the type a name's own words say (:func:`analysis.entities.types.word_label`,
    passed in, since the type rules import this module)."""
    for entity in entities:
        words = entity.name.split()
        if entity.label != "ORG" or entity.place_name or not 2 <= len(words) <= 3 \
                or not all(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", w) for w in words) or word_label(entity):
            continue
        for m in entity.mentions:
            text = texts.get(m.paragraph, "")
            if _ROLE_BEFORE.search(text[max(0, m.start - 30):m.start]) and re.match(r"\s*,", text[m.end:]):
                entity.set_label("PERSON")
                break


#: A publishing verb, up to three words before "on X" ("posted a video on X", "sold on X").
_POSTED_ON = re.compile(r"\b(?:post(?:s|ed|ing)?|shar(?:e|es|ed|ing)|stream(?:s|ed|ing)?|live|publish(?:ed|es)?|"
                        r"upload(?:s|ed)?|wrote|written|tweeted|sold|sells|available|viral|trending|appeared|"
                        r"broadcast|aired|accounts?|channel|page|profile|message|messages)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"on\s+$", re.IGNORECASE)


def posted_on(entity: Entity, texts: dict[int, str]) -> bool:
    """Whether a mention stands after "on" in a publishing context ("posted a video on Snapgram",
    "his account on Snapgram"): a platform. A bare "on X" ("On Tarnia, the talks grew tense",
    "the talks on Kell") is no platform."""
    return any(_POSTED_ON.search(texts.get(m.paragraph, "")[max(0, m.start - 60):m.start]) for m in entity.mentions)


_PUBLISHED = re.compile(r"\b(?:post(?:s|ed)?|shared?|shares|publish(?:ed|es)?|stream(?:s|ed)?|announc(?:ed|es?)|"
                        r"said|says|wrote|writes|messages?|statements?|videos?|photos?|tweet(?:s|ed)?|live|"
                        r"broadcast|accounts?|pages?|channels?|appeals?|notices?|updates?)\b")


def published_via(entity: Entity, texts: dict[int, str]) -> bool:
    """Whether every mention follows "via" or "on" in a sentence about publishing ("posted the
    notice via Snapgram", "a video shared on Chirpr"); "flew to Oslo via Kell" is a route."""
    for m in entity.mentions:
        before = texts.get(m.paragraph, "")[max(0, m.start - 60):m.start]
        if not re.search(r"\b(?:via|on)\s+$", before) or not _PUBLISHED.search(before.split(".")[-1]):
            return False
    return bool(entity.mentions)


#: A capitalised given name and one to three lower-case particles right before a mention
#: ("Jan ter ", "Maria de la ", "Karim bin ").
_PARTICLE_TAIL = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*[a-z][\w'’-]*)\s+((?:[a-z]+\s+){1,3})$")


def extend_particle_names(mentions: Sequence[Mention], texts: dict[int, str]) -> None:
    """A person preceded by lower-case name particles and a capitalised word is that longer name: the tagger cut it at the particle ("Jan ter Horst"). The
    capitalised word must be no title ("Judge de la Cruz" stays), no sentence-opening function
    word ("In de Wit's view") and no part of another mention."""
    from spacy.lang.en.stop_words import STOP_WORDS

    spans = {(m.paragraph, m.start, m.end) for m in mentions}
    for m in mentions:
        if m.label != "PERSON" or not m.text[:1].isupper():
            continue
        text = texts.get(m.paragraph, "")
        match = _PARTICLE_TAIL.search(text[max(0, m.start - 60):m.start])
        if not match or not all(w in NAME_PARTICLES for w in match.group(2).split()):
            continue
        first = match.group(1)
        start = m.start - len(match.group(0))
        if first.lower() in STOP_WORDS or first.rstrip(".").lower() in TITLE_KEYS or any(
                p == m.paragraph and s < m.start and e > start for p, s, e in spans):
            continue
        m.start, m.text, m.key, m.label = start, text[start:m.end], "", "PERSON"


#: A capitalised title and the two or three capitalised words after it, the run ending there
#: ("Mayor Ana Lind of", "Chief Oskar van Berg said"; a possessive may follow).
_NAME = r"[A-Z](?:[\w-]|['’](?!s\b))*[a-z]"
_TITLED = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\.?\s+((?:" + _NAME + r"\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES))
                     + r")\s+)?){1,2}" + _NAME + r")(?![\w-])(?!\s+[A-Z])")


#: Titles of :data:`~analysis.entities.words.TITLE_WORDS` that stand before a full name only as titles.
_MORE_TITLES = {"chief", "deputy", "speaker", "justice", "representative", "trustee", "don", "doña", "herr", "frau",
                "mme", "signor", "signora", "senor", "señor", "senora", "señora", "miss", "madame", "marshal",
                "defender", "goalkeeper", "keeper", "winger", "skipper", "midfielder"}


def find_titled_names(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """A full name of two or three words right after a person's title that the model skipped
    ("Mayor Ana Lind of the Tarn Council said"): a person, unless a word of it is a title, an
    organisation's, facility's or natural place's word, a month, or a country ("Prince Kell
    Island", "General Norland Motors")."""
    from analysis.entities import countries
    from analysis.entities.typewords import ADMIN_WORDS, FAC_WORDS, LOC_WORDS, ORG_WORDS
    from analysis.entities.words import PERSON_TITLES

    blocked = TITLE_KEYS | ORG_WORDS | FAC_WORDS | LOC_WORDS | ADMIN_WORDS | CALENDAR | {"city", "town"}

    def decide(match: re.Match, _text: str, _lowercase: set[str]) -> str | None:
        words = match.group(2).split()
        if match.group(1).lower() not in PERSON_TITLES | _MORE_TITLES or any(
                w.lower() in blocked or countries.place_of_name(w) or countries.place_of_demonym(w) for w in words):
            return None
        return "PERSON"

    return _scan(texts, found, _TITLED, "titled", decide, group=2)
