"""Entities named by a description in a target position ("the company", "the government", "the
law", "the programme"), resolved by the class of what the article names (a part of
:class:`~analysis.statements.targets.TargetFinder`, kept apart for size).

:func:`describe` applies, to a head noun with "the", "this" or "that" and no name, possessor or
noun modifier of its own (adjectives allowed: "the national government", "the Norland
government", "the neighbouring district"):

1. "the government", "the administration", "the cabinet": the state of a demonym before it
   ("the Norland government" spelled "the Norlandic government"), else the state of the
   speaker phrase ("Norland's opposition leader"), else the article's state: the first state
   (``analysis/data/countries.json``) its lede names, else the one it names most;
2. a class noun (:data:`CLASSES`: "the company", "the airline", "the law", "the programme",
   "the fund", "the district" ...) stands for the entity named before it whose name, aliases or
   described role ("Kell Foods, a dairy company") has the noun or a word of its class ("Kell
   Airways" is an airline and a company, "the Grain Act" a law), the last one named when several
   are; for a company, failing that, the one organisation the article names most often among
   those whose name has no word of another class (not a union, ministry, court ...), and no
   one when another is named as often ("Kell Foods and Osk Dairies ... the company");
3. never the speaker or the speaker's own body: "the company" said by the company's director,
   "the government" or "the ministry" said by a minister or a government spokesman, by the state
   itself or by a ministry; "the other"/"the neighbouring"/"the rival" district is another than
   the speaker's (with no district named as one, the last other place named: "Kell's district
   chief accused the neighbouring district" -> Dunn, named before); in reported words "the council" said by a councillor or the mayor is theirs.
   For these :func:`describe` returns :data:`OWN` (no target).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Token

from analysis.entities.countries import place, place_of_demonym, place_of_name
from analysis.statements.index import EntityIndex

#: A description of the speaker's own body: no target.
OWN = ""

#: Nouns for a state's government.
GOVERNMENT = frozenset({"government", "administration", "cabinet"})

#: Class nouns and the words that mark an entity of the class in its name or described role.
_COMPANY = frozenset({"company", "firm", "corporation", "corp", "inc", "ltd", "plc", "llc", "holdings",
                      "consortium", "airways", "airlines", "airline", "carrier", "operator", "retailer",
                      "miner", "developer", "manufacturer", "insurer", "lender", "chain", "brand", "brands"})
CLASSES: dict[str, frozenset[str]] = {
    "company": _COMPANY, "firm": _COMPANY, "operator": _COMPANY, "consortium": _COMPANY,
    "employer": _COMPANY, "management": _COMPANY, "developer": _COMPANY,
    "airline": frozenset({"airline", "airlines", "airways", "carrier"}),
    "carrier": frozenset({"airline", "airlines", "airways", "carrier"}),
    "retailer": frozenset({"retailer", "chain", "stores", "supermarkets"}),
    "miner": frozenset({"miner", "mining", "mines"}),
    "law": frozenset({"law", "act", "code", "decree"}),
    "act": frozenset({"act"}),
    "bill": frozenset({"bill"}),
    "programme": frozenset({"programme", "program", "facility", "scheme", "initiative"}),
    "program": frozenset({"programme", "program", "facility", "scheme", "initiative"}),
    "fund": frozenset({"fund"}),
    "club": frozenset({"club", "fc"}),
    "league": frozenset({"league"}),
    "district": frozenset({"district"}),
    "province": frozenset({"province"}),
    "municipality": frozenset({"municipality"}),
    "council": frozenset({"council"}),
    "regulator": frozenset({"regulator", "authority", "watchdog", "commission"}),
    "watchdog": frozenset({"regulator", "authority", "watchdog", "commission"}),
}

#: Name words of bodies that are no company ("the company" is never a union or a ministry).
_NOT_COMPANY = frozenset({"union", "unions", "ministry", "department", "government", "council", "court", "party",
                          "front", "association", "federation", "alliance", "commission", "committee",
                          "authority", "agency", "board", "institute", "fund", "organisation", "organization",
                          "movement", "network", "police", "army", "parliament", "assembly", "office",
                          "bank", "league", "club", "group", "coalition", "collective", "forum", "watch",
                          "guild", "society", "foundation", "campaign", "newspaper", "radio", "television",
                          "university", "school", "hospital", "church", "congress", "senate", "tribunal",
                          "cooperative", "co-operative", "platform", "observatory", "charity", "rights",
                          "residents", "ngo", "mission", "confederation", "chamber", "bureau", "service"})
#: Name words of government bodies: a speaker of one owns "the government" and "the ministry".
_GOVERNMENT_BODY = frozenset({"ministry", "department", "government", "cabinet", "presidency", "treasury"})
#: Title words of a government office holder.
_GOVERNMENT_TITLES = frozenset({"minister", "government", "premier", "chancellor", "ministry", "cabinet"})
#: Words before a title that say its holder is not in government.
_NOT_IN_OFFICE = frozenset({"opposition", "shadow", "former", "ex"})
#: Titles of members of a body of a class: their "the council" is their own.
_MEMBERS: dict[str, frozenset[str]] = {"council": frozenset({"councillor", "councilor", "mayor", "alderman"})}
#: Adjectives that make a description another than the speaker's own ("the neighbouring district").
_OTHER = frozenset({"neighbouring", "neighboring", "other", "rival", "adjacent", "nearby"})
#: Nouns of places: "the neighbouring district" with no district named as one is the last other
#: place named (never the speaker's own).
_PLACES = frozenset({"district", "province", "region", "county", "municipality", "town", "village", "city"})
#: Determiners of a definite description.
_DEFINITE = frozenset({"the", "this", "that"})


def is_description(head: Token) -> bool:
    """A definite common noun with no name, possessor or noun modifier of its own ("the
    company", "the national government"; not "its government", "the Kell company")."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    if any(c.dep_ in ("poss", "compound", "nmod") and c.lower_ not in _OTHER for c in head.children):
        return False  # "neighbouring" may be parsed as a compound
    if head.lemma_.lower() == "management" and head.dep_ == "poss":
        return True  # "management's refusal"
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)


def article_state(index: EntityIndex) -> str | None:
    """The state the article is set in: the first state its lede (the first body paragraph naming anything) names,
    else the state it names most often, the first named on a tie; None if it names none."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for k, (paragraph, _, name, kind) in enumerate(index.ordered):
        if kind == "GPE" and _is_state(name):
            if paragraph == index.ordered[0][0]:
                return name
            counts[name] += 1
            first.setdefault(name, k)
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


def _is_state(name: str) -> bool:
    code = place_of_name(name)
    return code is not None and place(code).kind == "state"


def _words(index: EntityIndex, name: str) -> set[str]:
    """The words of an entity's name, aliases and described roles, lower case."""
    return index.words_of(name) | set(name.lower().replace("'", " ").replace("’", " ").split())


def governs(index: EntityIndex, speakers: Iterable[str], titles: Iterable[str]) -> bool:
    """Whether the speakers are a government: a state, a government body ("the Kell Ministry
    of Health"), or a person whose title holds office ("Health Minister", "Government
    spokesman", "State Secretary for Trade"; not "opposition spokesman", "former minister")."""
    for name in speakers:
        kind = index.types.get(name)
        if kind == "GPE" and _is_state(name):
            return True
        if kind == "ORG" and _words(index, name) & _GOVERNMENT_BODY:
            return True
    words = {w.lower() for w in titles}
    office = bool(words & _GOVERNMENT_TITLES) or {"secretary", "state"} <= words  # "State Secretary for X"
    return office and not words & _NOT_IN_OFFICE


def describe(head: Token, *, index: EntityIndex, position: tuple[int, int], own: frozenset[str],
             titles: Iterable[str] = (), members: bool = False) -> str | None:
    """The entity a definite description stands for (rules 1-3 of the module docstring), OWN
    for the speaker's own body, None when the noun is no description this module resolves.
    ``own`` holds the speakers and their bodies named in the speaker phrase; ``titles`` the
    words of the speaker phrase and the speakers' titles; with ``members``, a member's body
    ("the council" said by a councillor) is the speaker's own too (for reported words, where a
    member tells of the body's acts; a member who condemns "the council's decision" judges it)."""
    if not is_description(head):
        return None
    lemma = head.lemma_.lower()
    titles = list(titles)
    if lemma in GOVERNMENT:
        return _government(head, index=index, own=own, titles=titles)
    other = any(c.dep_ in ("amod", "compound") and c.lower_ in _OTHER for c in head.children)
    if other and lemma in _PLACES:
        name = _last_of_class(index, position, CLASSES.get(lemma, frozenset({lemma})), skip=own) or index.last_such(
            *position, lambda n: n not in own and index.types.get(n) == "GPE")
        return name or None
    if lemma not in CLASSES:
        return None
    if lemma in ("ministry", "department") and governs(index, own, titles) \
            or (members and set(titles) & _MEMBERS.get(lemma, frozenset())):
        return OWN
    name = _last_of_class(index, position, CLASSES[lemma], skip=own if other else frozenset())
    if name is None and CLASSES[lemma] is _COMPANY:
        name = _main_company(index, position)
    if name is None:
        return None
    return OWN if name in own else name


def _government(head: Token, *, index: EntityIndex, own: frozenset[str], titles: list[str]) -> str | None:
    """"the government": the state of its demonym, else of the speaker phrase, else of the
    article; OWN when the speaker governs (a minister's "the government")."""
    demonym = next((c for c in head.children if c.dep_ == "amod" and place_of_demonym(c.text)), None)
    state = None
    if demonym is not None:
        code = place_of_demonym(demonym.text)
        state = next((n for n in index.types if place_of_name(n) == code and index.types[n] == "GPE"), None)
        if state is None:
            return None
    state = state or next((n for n in sorted(own) if index.types.get(n) == "GPE" and _is_state(n)), None)
    state = state or article_state(index)
    if state is None:
        return None
    if state in own or governs(index, own, titles):
        return OWN
    return state


def _last_of_class(index: EntityIndex, position: tuple[int, int], words: frozenset[str], *,
                   skip: frozenset[str]) -> str | None:
    """The last entity named before a position whose name or role has one of the words."""
    return index.last_such(*position, lambda n: n not in skip and bool(_words(index, n) & words))


def _main_company(index: EntityIndex, position: tuple[int, int]) -> str | None:
    """The organisation named before a position that the article names most, among those whose
    name has no word of another class; OWN (no one) when another such one is named as often."""
    counts: Counter[str] = Counter(name for p, s, name, kind in index.ordered if kind == "ORG"
                                   and not _words(index, name) & _NOT_COMPANY)
    if not counts:
        return None
    (best, top), *rest = counts.most_common() + [("", 0)]
    if rest[0][1] == top:
        return OWN  # two named as often: none of them
    return best if index.last_such(*position, lambda n: n == best) is not None else None
