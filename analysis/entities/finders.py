"""Pass 3: names the model missed, found in the text by rules that need no parse.

* A wire dateline's place ("KINSHASA - ...").
* A name spelt by an acronym in brackets ("North-East Atlantic Fisheries Commission (NEAFC)").
* Places of the table (:mod:`analysis.entities.countries`) anywhere in the body, outside longer
  mentions, hyphenated compounds included ("a Ruritania-based firm"); a place name inside a longer
  known place ("Northern Ireland", "Guinea-Bissau") is that place, not the shorter one.
* Coordinated ellipsis: "the Transport and Housing Departments" names two organisations, the
  Transport Department and the Housing Department (the model's span over both gives way).
* Names the model misses by their position or shape: a capitalised word after "via" and a web
  domain ("fairtix.com") are platforms (ORG), so is a name with digits that reports ("KTV24
  reported"); a named identity group ("LGBT", "Latinos") is a group (NORP); the place of a
  territorial title ("the Bishop of Kell", "the mayor of Dunmore") is a place (GPE); a capitalised religion or doctrine ("Buddhism") is a
  group (NORP); a product with a model code before a product noun ("the Zephyr X2 phone"), a
  disease code ("Kessler-19") and a Title-Case or capitals name after "the" before a programme
  or product noun ("the BRIGHT Futures scheme") are OTHER.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.document import DATELINE
from analysis.entities import countries
from analysis.entities.model import ByParagraph, Coverage, Mention
from analysis.entities.typewords import FACILITY_KINDS
from analysis.entities.words import INITIALS_SKIP, NOT_NAMES

_BRACKETED = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
#: Plural heads of organisations that a coordinated ellipsis shares ("Health and Education Ministries").
_ELLIPSIS_HEADS = {"Ministries": "Ministry", "Departments": "Department", "Committees": "Committee",
                   "Authorities": "Authority", "Services": "Service", "Councils": "Council",
                   "Universities": "University", "Agencies": "Agency", "Commissions": "Commission",
                   "Offices": "Office", "Boards": "Board", "Institutes": "Institute", "Unions": "Union",
                   "Foundations": "Foundation", "Parties": "Party", "Courts": "Court", "Banks": "Bank",
                   "Federations": "Federation", "Associations": "Association", "Leagues": "League"}
_ELLIPSIS = re.compile(r"(?<![\w-])([A-Z][a-z]+)((?:,\s+[A-Z][a-z]+)*),?\s+(?:and|&)\s+([A-Z][a-z]+)\s+("
                       + "|".join(_ELLIPSIS_HEADS) + r")\b")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_VIA = re.compile(r"\bvia\s+([A-Z][\w]*[a-z][\w]*(?:\s+[A-Z][\w]+)?)")
_DOMAIN = re.compile(r"(?<![\w@./-])[a-z0-9][a-z0-9-]*\.(?:com|org|net|io|co\.uk|org\.uk|tv|app|info|news)\b")
#: The place a territorial title belongs to ("the Bishop of Kell", "the mayor of Dunmore").
_TITLE_OF_PLACE = re.compile(r"\b(?:[Mm]ayor|[Gg]overnor|[Bb]ishop|[Aa]rchbishop|[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]rincess|"
                             r"[Ee]mir|[Ss]ultan|[Dd]uke|[Dd]uchess|[Mm]ayors|[Gg]overnors)\s+of\s+"
                             r"([A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z])?)(?!['’]s)\b")
#: Named identity groups the model does not tag ("LGBT", "Latinos"): NORP by the annotation rules.
_IDENTITY = re.compile(r"(?<![\w-])(?:LGBT[QIA+]*|Latin[oax]s?|Hispanics?)(?![\w])")
#: An outlet whose name has digits ("KTV24 reported", "according to KTV24").
_DIGIT_OUTLET = re.compile(r"(?<![\w-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*\d+)(?=\s+(?:reported|reports|said|says|quoted|"
                           r"cited|broadcast|aired|showed)\b)")
_DIGIT_OUTLET_AFTER = re.compile(r"\b(?:according to|told|reported by|quoted by|broadcaster|channel)\s+"
                                 r"([A-Z][A-Za-z]*[A-Z][A-Za-z]*\d+)\b")
_ISM = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:ism|ity|am)\b")
_CODE_PRODUCT = re.compile(r"(?<![\w-])([A-Z][a-z]+\s+[A-Z]*\d+[A-Za-z]*)\s+([a-z]+)")
_DISEASE_CODE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]+-\d{1,2}\b")
_THE_NAME_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:[A-Z][\w'-]*\s+){1,3})"
                            r"(scheme|programme|program|initiative|phone|smartphone|scooter|app|drug|vaccine)\b")


def initials(name: str, *, split_hyphens: bool = False) -> str:
    """The capital initials of a name's words, small words skipped ("Organization for Islamic
    Cooperation" -> "OIC")."""
    words = re.findall(r"[\w']+" if split_hyphens else r"[\w'-]+", name)
    return "".join(w[0] for w in words if w.lower() not in INITIALS_SKIP).upper()


#: Number words an acronym writes as a digit ("N5" for "Northern Five").
NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                "eight": "8", "nine": "9", "ten": "10", "twenty": "20"}


def digit_initials(name: str) -> str:
    """The initials with number words as digits ("Northern Five" -> "N5", "Group of Seven" -> "G7")."""
    words = re.findall(r"[\w'-]+", name)
    return "".join(NUMBER_WORDS.get(w.lower(), w[0]) for w in words if w.lower() not in INITIALS_SKIP).upper()


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym spells a name: its capitals are the name's initials ("NRC" spells
    "Northern Rowing Clubs"; "UNRC" spells "Union of Northern Rowing Clubs"); a number word may be
    written as its digit ("N5" spells "Northern Five")."""
    capitals = "".join(ch for ch in acronym if ch.isupper() or ch.isdigit())
    if len(capitals) < 2:
        return False
    whole = acronym.replace(".", "").replace("&", "").upper()
    for candidate in (initials(name), initials(name, split_hyphens=True), digit_initials(name)):
        if candidate in (capitals, whole):
            return True
    return False


_DASH_DATELINE = re.compile(r"^([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3})(?:,[^-–—\n]{1,40})? *[–—] *")
#: A dateline in Title Case names the town and its country or region: "Kell, Norland — The ...".
_TITLE_DATELINE = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) *[–—-] +(?=[A-Z\"“])")


def find_dateline(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """The place of a wire dateline ("KINSHASA - The Democratic Republic of Congo ...", with a
    hyphen or a dash; "Kell, Norland — The ...", town and country in Title Case): a place, whatever
    label the model gave it."""
    match = DATELINE.match(texts.get(1, "")) or _DASH_DATELINE.match(texts.get(1, ""))
    if not match:
        return _title_dateline(texts, found)
    for m in found:
        if m.paragraph == 1 and (m.start, m.end) == match.span(1) and not m.place:
            m.label = "GPE"
    if not Coverage(texts, found).free(1, match.start(1), match.end(1)):
        return []
    return [Mention(1, match.start(1), match.end(1), match.group(1), "GPE", source="dateline")]


def _title_dateline(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Both places of a Title Case dateline ("Kell, Norland — The court ..."), whatever label the
    model gave them."""
    match = _TITLE_DATELINE.match(texts.get(1, ""))
    if not match:
        return []
    added = []
    coverage = Coverage(texts, found)
    for group in (1, 2):
        for m in found:
            if m.paragraph == 1 and (m.start, m.end) == match.span(group) and not m.place:
                m.label, m.source = "GPE", "dateline"
        if coverage.free(1, *match.span(group)):
            added.append(Mention(1, *match.span(group), match.group(group), "GPE", source="dateline"))
    return added


def find_bracketed_names(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Names the model missed or cut that an acronym in brackets spells: "The North-East Atlantic
    Fisheries Commission (NEAFC)" is an organisation even when spaCy does not say so. Mentions the
    model made inside the spelt name (its fragments) give way to it; so does a tagged prefix the
    acronym leaves out ("United Nations Office for ... (OCHA)": one name)."""
    added = []
    taken = ByParagraph(found)
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
                    inside = [m for m in taken.of(paragraph) if m.start >= start and m.end <= end]
                    crossing = [m for m in taken.of(paragraph) if m.start < end and m.end > start
                                and m not in inside]
                    # a prefix the acronym leaves out ("United Nations Office for the Coordination of
                    # Humanitarian Affairs (OCHA)"): the tagged prefix and the spelt name are one name
                    if crossing and all(m.start < start and m.end <= end for m in crossing) \
                            and re.fullmatch(r"(?:[A-Z][\w'’-]*\s+)+", text[min(m.start for m in crossing):start]):
                        start = min(m.start for m in crossing)
                        candidate = text[start:end]
                        inside, crossing = inside + crossing, []
                    if not crossing and not any(m.start == start and m.end == end for m in inside):
                        for m in inside:
                            m.source = "dropped"
                        mention = Mention(paragraph, start, end, candidate, "ORG", source="acronym")
                        taken.add(mention)
                        added.append(mention)
                    break
    return added


def find_bracketed_acronyms(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """An abbreviation in brackets right after the name it spells is one more mention of that name
    ("Union of Northern Rowing Clubs (UNRC)" counts 2), whether or not the model tagged it; so is
    one in capitals after an organisation's name that it does not spell (its initials in another
    language)."""
    coverage = Coverage(texts, found)
    ends = {(m.paragraph, m.end): m for m in found}
    added = []
    for paragraph, text in texts.items():
        for match in _BRACKETED.finditer(text):
            before = text[:match.start()].rstrip()
            named = ends.get((paragraph, len(before)))
            acronym = match.group(1)
            foreign = named is not None and named.label == "ORG" and len(named.text.split()) > 1 \
                and acronym.isupper() and acronym.lower() not in NOT_NAMES  # "Workers' Party (PTK)"
            if named is None or not (spells(acronym, named.text) or foreign) \
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


_NAME_WORD = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
_PLURAL_TITLED = re.compile(
    r"\b((?:Prime |Foreign |Vice )?(?:Presidents|Ministers|Senators|Governors|Mayors|Generals|Chancellors|Kings|"
    r"Queens|Ambassadors|Judges|Coaches))\s+(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2})"
    r"((?:\s+of\s+(?:the\s+)?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)?,?\s+and\s+)(" + _NAME_WORD
    + r"(?:\s+" + _NAME_WORD + r"){0,2})")


def find_plural_titled(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """The people a plural title stands before ("Presidents Ana Velik of Norland and Tomas Brun"):
    both names are people with the singular title, whatever the model made of them; its mentions
    inside a name give way (marked "dropped"), one crossing a name's edge keeps the name out."""
    added = []
    in_paragraph = ByParagraph(found)
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _PLURAL_TITLED.finditer(text):
            title = match.group(1)[:-2] if match.group(1).endswith("ches") else match.group(1)[:-1]
            for group in (2, 4):
                start, end = match.span(group)
                touching = [m for m in in_paragraph.of(paragraph) if m.start < end and m.end > start]
                if any(m.start < start or m.end > end for m in touching if m.source != "dropped"):
                    continue
                for m in touching:
                    m.source = "dropped"
                mention = Mention(paragraph, start, end, match.group(group), "PERSON", source="title", title=title)
                added.append(mention)
                in_paragraph.add(mention)
    return added


def find_ellipses(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """One organisation per conjunct of "the Health and Education Ministries": the first conjunct's
    word is a mention of "Health Ministry", the last "Education Ministries" of "Education Ministry".
    Model mentions inside the phrase give way (they are marked "dropped")."""
    added = []
    in_paragraph = ByParagraph(found)
    for paragraph, text in texts.items():
        for match in _ELLIPSIS.finditer(text):
            head = _ELLIPSIS_HEADS[match.group(4)]
            words = list(_CAPITALISED.finditer(text, match.start(), match.start(4)))
            for m in in_paragraph.of(paragraph):
                if m.start < match.end() and m.end > match.start():
                    m.source = "dropped"
            for i, word in enumerate(words):
                end = match.end() if i == len(words) - 1 else word.end()
                added.append(Mention(paragraph, word.start(), end, f"{word.group(0)} {head}", "ORG",
                                     source="ellipsis", reason="ellipsis"))
    return added


def _free_matches(texts: dict[int, str], coverage: Coverage,
                  pattern: re.Pattern[str], group: int = 0) -> list[tuple[int, int, int, str]]:
    """(paragraph, start, end, text) of the pattern's group where no mention covers it yet (the
    matches of one pattern never overlap: the caller takes the ranges of those it keeps)."""
    out = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in pattern.finditer(text):
            start, end = match.span(group)
            name = match.group(group).strip()
            end = start + len(name)
            if name and coverage.free(paragraph, start, end):
                out.append((paragraph, start, end, name))
    return out


def _product_noun_after(text: str, end: int) -> bool:
    """Whether a product noun follows ("the Bolt 500 scooter"; not "October 15 vote")."""
    from analysis.entities.typewords import OTHER_AFTER

    after = re.match(r"\s+([a-z]+)", text[end:end + 20])
    return after is not None and after.group(1) in OTHER_AFTER


def find_shaped_names(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Names the model missed, by position or shape (see the module's rules)."""
    from analysis.entities.typewords import RELIGIONS

    added: list[Mention] = []
    coverage = Coverage(texts, found)
    for pattern, group, label in ((_VIA, 1, "ORG"), (_DOMAIN, 0, "ORG"), (_CODE_PRODUCT, 1, "OTHER"),
                                  (_DISEASE_CODE, 0, "OTHER"), (_THE_NAME_NOUN, 1, "OTHER"),
                                  (_IDENTITY, 0, "NORP"), (_DIGIT_OUTLET, 1, "ORG"), (_DIGIT_OUTLET_AFTER, 1, "ORG"),
                                  (_TITLE_OF_PLACE, 1, "GPE")):
        for paragraph, start, end, name in _free_matches(texts, coverage, pattern, group):
            if pattern is _CODE_PRODUCT and not _product_noun_after(texts[paragraph], end):
                continue
            added.append(Mention(paragraph, start, end, name, label, source="shape"))
            coverage.take(paragraph, start, end)
    for paragraph, start, end, name in _free_matches(texts, coverage, _ISM):
        sentence_start = re.search(r"(?:^|[.!?]\s+|\n)[\"'“]?$", texts[paragraph][:start]) is not None
        in_name = re.search(r"[A-Z][\w'’-]*\s+$", texts[paragraph][:start]) is not None  # "Civil Protection Mechanism"
        if name.lower() in RELIGIONS or (name.endswith("ism") and not sentence_start and not in_name
                                         and name.lower() not in COMMON_ISMS):
            added.append(Mention(paragraph, start, end, name, "NORP", source="shape"))
    return added


#: Words in -ism that name no doctrine ("the Mechanism", "Tourism" in a heading).
COMMON_ISMS = {"mechanism", "mechanisms", "organism", "organisms", "tourism", "prism", "truism", "journalism",
               "criticism", "optimism", "pessimism", "mechanism's", "aneurism", "metabolism", "magnetism"}
_WORD = re.compile(r"[\w'’.-]*\w")
#: Capitalised function words that begin a sentence, never a name.
_NOT_FIRST = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
              "in", "on", "at", "by", "for", "from", "to", "with", "after", "before", "when", "while", "if",
              "as", "but", "and", "or", "so", "yet", "some", "many", "most", "all", "every", "each", "no"}
_CONNECTORS = {"of", "for", "on"}

def _capitalised_runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of capitalised words, "of"/"for"/"on" (and "the" after them) allowed inside."""
    runs, run = [], []
    for word in _WORD.finditer(text):
        gap = text[run[-1].end():word.start()] if run else " "
        if run and not gap.isspace():
            runs.append(run)
            run = []
        lowered = word.group(0).lower()
        if re.search(r"['’]s$", word.group(0)) or text.startswith(("'", "’"), word.end()):  # "Kell's High Court": the owner is apart
            if run:
                runs.append(run)
            run = []
            continue
        if word.group(0)[:1].isupper() or (run and (lowered in _CONNECTORS or (
                lowered == "the" and run[-1].group(0) in _CONNECTORS))):
            run.append(word)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def find_headed_names(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Names the model missed that end in a facility's or natural place's head word ("the Al Qadir
    Mosque", "the Tarn Valley"), and outlets and companies named by a demonym and an organisation
    word ("the Danish Reporter", "Ruritanian Airways"), and a people's nation ("the Kel'tsa First
    Nation", an organisation) or an energy or infrastructure project ("the Kell Hydro Scheme", a
    facility): the longest run of two or more capitalised
    words ("of"/"for"/"on" allowed inside, a possessive ends it) ending in such a word. The
    demonym the model tagged at its start is part of the name (it gives way); a run that holds any
    other mention is left to the model. Other organisation words are not enough: a run like "the
    Kell Appeals Court" the model left untagged is as often a description as a name. A place's
    fragment the model tagged without its head word ("Baker" of "221 Baker Street") gives way."""
    from analysis.entities.typewords import FAC_WORDS, LOC_WORDS, ORG_WORDS, PROJECT_HEADS

    heads = {"ORG": ORG_WORDS, "FAC": FAC_WORDS, "LOC": LOC_WORDS, "NATION": {"nation"}, "PROJECT": PROJECT_HEADS}
    added: list[Mention] = []
    in_paragraph = ByParagraph(found)
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for run in _capitalised_runs(text):
            # a run may start after a connector ("Flights on Fijian Airways": the name is the tail)
            # ("Residents of Kell Bridge" at a sentence's start: the first word is no part of it)
            opening = len(run) > 1 and run[1].group(0) in _CONNECTORS \
                and re.search(r"(?:^|[.!?:;\"“”]\s*)$", text[:run[0].start()]) is not None
            starts = [k for k in range(len(run)) if (k == 0 and not opening) or
                      (k > 0 and run[k - 1].group(0) in _CONNECTORS)]
            for k in starts:
                mention = _headed_name(paragraph, text, run[k:], heads, in_paragraph.of(paragraph))
                if mention is not None:
                    added.append(mention)
                    in_paragraph.add(mention)
                    break
    return added


def _headed_name(paragraph: int, text: str, run: list[re.Match[str]], heads: dict[str, set[str]],
                 found: Sequence[Mention]) -> Mention | None:
    """The mention :func:`find_headed_names` makes of one run of capitalised words, or None
    (``found``: the paragraph's mentions so far)."""
    while run and run[0].group(0).lower() in _NOT_FIRST | _CONNECTORS:
        run = run[1:]
    last = max((i for i, w in enumerate(run) if w.group(0)[:1].isupper()
                and any(w.group(0).lower() in words for words in heads.values())), default=None)
    if last is None or last < 1:
        return None
    start, end = run[0].start(), run[last].end()
    label = next(lab for lab, words in heads.items() if run[last].group(0).lower() in words)
    nation = label == "NATION"  # "the Kel'tsa First Nation": an Indigenous nation's government, a body
    label = "ORG" if nation else label
    if label == "PROJECT":  # "the Kell Hydro Scheme": a facility with an energy or infrastructure word
        if not any(w.group(0).lower() in FACILITY_KINDS for w in run[:last]):
            return None
        label = "FAC"
    touching = sorted((m for m in found if m.start < end and m.end > start),
                      key=lambda m: m.start)
    demonym = bool(touching) and touching[0].start == start and countries.place_of_demonym(touching[0].text) \
        is not None and all(m.end <= end and len(m.text.split()) == 1 and not m.place for m in touching[1:])
    # the model's fragment without the head word ("Baker" of "Baker Street") gives way too
    inside = label in ("FAC", "LOC") and all(start <= m.start and m.end <= run[last].start() and not m.place
                                             for m in touching)
    if (label == "ORG" and not demonym and not nation) or (touching and not demonym and not inside):
        return None
    for m in touching:
        m.source = "dropped"
    return Mention(paragraph, start, end, text[start:end], label, source="shape")
