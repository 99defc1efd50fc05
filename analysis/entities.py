"""Mentions -> canonical entities: who and what the article is about, counted as a reader would.

The rules, in the order they run (see ``../shared/eval/README.md`` for the
annotation rules they follow):

1. **Mentions** come from spaCy's NER, named types only (PERSON, ORG, GPE,
   NORP, LOC, FAC, EVENT, PRODUCT, LAW, WORK_OF_ART, LANGUAGE), two common
   slips mended (a name split at "von"/"de"/"bin" is joined; a name right
   after a person's title, "Chancellor Olaf Scholz", is a person). Spans are
   cleaned: no leading article, no trailing possessive or punctuation, and
   titles kept apart from people's names ("President Ebrahim Raisi" ->
   Ebrahim Raisi, title "President").
2. **Units**: an organisation in the possessive directly followed by another
   ("the Islamic Revolutionary Guard Corps' Aerospace Force") is one mention
   of the unit, with the parent's name among its aliases.
3. **Demonyms**: a country's adjective or demonym (Israeli, Iranians) is a
   mention of the country (:mod:`analysis.gazetteer`); name variants (U.S.,
   Britain) join the country's usual name. Group words (Muslim, Arab, Jews)
   stay their own entities, with their inflections (Muslims, Jewish) merged.
4. **Grouping**: mentions with the same normalised name are one entity, with
   the majority label as its type. A later surname or first name alone joins
   the unique full name that contains it ("Khamenei" -> "Ali Khamenei"); an
   acronym joins the name whose initials it spells ("OIC").
5. **Countries** the model missed in the body are found by name (a closed
   class, :data:`analysis.gazetteer.COUNTRIES`), outside longer mentions; so
   are a wire dateline's place ("KINSHASA - ...") and a name spelt by an
   acronym in brackets ("North-East Atlantic Fisheries Commission (NEAFC)").
   Labels are mended from context: a name ending in Bill/Act/Treaty is a LAW,
   a one-word name mostly seen as a place ("in Goma") a GPE.
6. **Propagation**: every surface form of an entity is searched for in the
   title and the body, so the places the model missed (headlines in title
   case, sentence starts) are counted too, and so is an organisation's
   acronym ("EU" for European Union); a form inside a longer mention
   ("Arab" in "Arab League") is not a mention. The title's mentions come
   only from propagation: NER on title-cased headlines mostly invents names.
7. **Roles**: an apposition ("Ali Khamenei, the Supreme Leader of Iran,") or
   a possessive title ("Iran's President Ebrahim Raisi") links a role to a
   person; the qualified forms ("Supreme Leader of Iran", "Iran's Supreme
   Leader") become aliases, and the bare role ("Supreme Leader") is kept in
   ``roles`` for resolving speakers. Roles are not counted as mentions.

Salience: the sum over an entity's mentions of ``1 + 1 (in the title or the
first paragraph) + 0.5 (grammatical subject)``, divided by the same sum over
all entities: the entity's share of the article's attention, in [0, 1].
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Doc, Span

from analysis.document import DATELINE
from analysis.pieces import Piece, SentenceLocator
from analysis.gazetteer import COUNTRIES, COUNTRY_VARIANTS, DEMONYMS, GROUP_FORMS, INITIALS_SKIP, TITLE_WORDS

NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW",
                "WORK_OF_ART", "LANGUAGE"}
ENTITY_COLUMNS = ["name", "type", "mentions", "aliases", "first_paragraph", "paragraphs",
                  "salience", "tone", "titles", "roles"]
MENTION_COLUMNS = ["entity", "type", "paragraph", "sentence", "start", "end", "text", "subject",
                   "source"]
_POSSESSIVE = {"'s", "'", "s'"}
_LEADING_JUNK = {"the", "a", "an", "'", '"', "-", "(", "["}
_TRAILING_JUNK = {"of", "for", "and", "the", "in", "at", "on", "to", "with"}
_TITLE_KEYS = {w.rstrip(".") for w in TITLE_WORDS}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday"}
_COUNTRY_PATTERN = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True)) + r")(?![\w-])")


@dataclass
class Mention:
    paragraph: int
    start: int
    end: int
    text: str
    label: str
    subject: bool = False
    source: str = "ner"
    key: str = ""
    parent: str | None = None
    title: str | None = None
    sentence: int = 0
    roles: tuple[tuple[str, str | None], ...] = ()


@dataclass
class Entity:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    country: str | None = None
    _cache: dict = field(default_factory=dict, repr=False)

    def _cached(self, what: str, compute):
        """Label and name depend only on the mentions, which only grow: recompute when they do."""
        size = len(self.mentions)
        if self._cache.get(what, (None,))[0] != size:
            self._cache[what] = (size, compute())
        return self._cache[what][1]

    @property
    def label(self) -> str:
        """The majority label of the mentions (ties: the one seen first)."""
        def compute() -> str:
            labels = Counter(m.label for m in self.mentions)
            first = {m.label: i for i, m in reversed(list(enumerate(self.mentions)))}
            return max(labels, key=lambda lab: (labels[lab], -first[lab]))
        return self._cached("label", compute)

    @property
    def name(self) -> str:
        """The country's name, a person's longest name, else the commonest form the model found."""
        def compute() -> str:
            if self.country:
                return self.country
            forms = Counter(m.text for m in self.mentions if m.source == "ner") or \
                Counter(m.text for m in self.mentions)
            if self.label == "PERSON":
                return max(forms, key=lambda f: (len(f.split()), forms[f]))
            return max(forms, key=lambda f: (forms[f], len(f)))
        return self._cached("name", compute)


# --- 1-3: mentions ---------------------------------------------------------------------------------

def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:'s|')$", "", text).strip()


def clean_span(span: Span) -> tuple[Span, str | None] | None:
    """The span without leading articles, trailing possessives and punctuation, and (for people)
    without leading titles; returns (span, title) or None when nothing is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING_JUNK or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in _TRAILING_JUNK):
        end -= 1
    title = None
    if span.label_ == "PERSON":
        first = start
        while start < end - 1 and doc[start].lower_.rstrip(".") in _TITLE_KEYS:
            start += 1
        if start > first:
            title = doc[first:start].text
    if start >= end:
        return None
    cleaned = doc[start:end]
    if not any(ch.isalpha() for ch in cleaned.text):
        return None
    return cleaned, title


def _possessive_after(doc: Doc, span: Span) -> int | None:
    """Index of the token after a possessive ending the span (inside it or right after it)."""
    if doc[span.end - 1].lower_ in _POSSESSIVE:
        return span.end
    if span.end < len(doc) and doc[span.end].lower_ in _POSSESSIVE:
        return span.end + 1
    return None


_NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "bin", "ibn",
                   "al", "el", "la", "le", "ter", "ten", "dos", "das"}
#: Titles that only ever stand before a person's name ("Chancellor Olaf Scholz").
PERSON_TITLES = {"president", "chancellor", "senator", "governor", "mayor", "king", "queen", "prince",
                 "princess", "pope", "dr", "mr", "mrs", "ms", "sir", "dame", "ceo", "judge", "ambassador",
                 "spokesman", "spokeswoman", "premier", "sheikh", "ayatollah", "minister", "secretary",
                 "rep", "sen", "gov", "lord", "lady", "emir", "sultan", "rabbi", "imam", "cardinal",
                 "lawmaker", "legislator", "congressman", "congresswoman", "councillor", "councilor",
                 "commissioner", "envoy", "director", "inspector", "executive", "chairman", "chairwoman",
                 "coach", "striker", "captain", "actor", "actress", "singer", "author", "professor"}


def repair_entities(doc: Doc) -> list[Span]:
    """spaCy's named entities with two common slips mended: a name split at a particle ("Ursula von
    der" + "Leyen") is joined, and a name right after a person's title ("Chancellor Olaf Scholz"
    tagged ORG) is a person."""
    ents = [e for e in doc.ents if e.label_ in NAMED_LABELS]
    repaired: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if ent.label_ == "PERSON" and doc[ent.end - 1].lower_ in _NAME_PARTICLES:
            end = ent.end
            if i + 1 < len(ents) and ents[i + 1].start == ent.end:
                end = ents[i + 1].end
                i += 1
            while end < len(doc) and doc[end].is_title and not doc[end].is_punct and end - ent.start < 6:
                end += 1
            ent = Span(doc, ent.start, end, label="PERSON")
        elif ent.label_ != "PERSON" and ent.start > 0 and len(ent) <= 3 \
                and all(t.is_title for t in ent if t.lower_ not in _TRAILING_JUNK) \
                and doc[ent.start - 1].lower_.rstrip(".") in PERSON_TITLES:
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        repaired.append(ent)
        i += 1
    return repaired


def mentions_from_doc(piece: Piece) -> list[Mention]:
    """Clean NER mentions of one parsed piece, units merged with their parent organisation."""
    doc = piece.doc
    ents = repair_entities(doc)
    found = []
    skip = set()
    for i, ent in enumerate(ents):
        if i in skip:
            continue
        parent = None
        span = ent
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        after = _possessive_after(doc, ent)
        if ent.label_ == "ORG" and nxt is not None and after is not None and nxt.start == after \
                and nxt.label_ in ("ORG", "FAC", "PRODUCT"):
            cleaned_parent = clean_span(ent)
            parent = cleaned_parent[0].text if cleaned_parent else None
            span = doc[ent.start:nxt.end]
            span = Span(doc, span.start, span.end, label="ORG")
            skip.add(i + 1)
        cleaned = clean_span(span)
        if cleaned is None:
            continue
        span, title = cleaned
        if span.label_ == "PERSON" or ent.label_ == "PERSON":
            title = title or title_before(span)
        if ent.label_ == "ORG" and parent is None:
            inner = [t for t in span[:-1] if t.lower_ in _POSSESSIVE and t.i > span.start]
            if inner:  # "Islamic Revolutionary Guard Corps' Quds Force" in one span
                parent = span.doc[span.start:inner[-1].i].text
        subject = any(t.dep_ in _SUBJECT_DEPS for t in span) or \
            (span.root.dep_ in ("poss", "compound") and span.root.head.dep_ in _SUBJECT_DEPS)
        found.append(Mention(piece.paragraph, piece.offset + span.start_char,
                             piece.offset + span.end_char, span.text, ent.label_ if not parent else "ORG",
                             subject=subject, parent=parent, title=title,
                             roles=_roles_for(span) if ent.label_ in ("PERSON", "ORG") else ()))
    return found


def _is_title_word(token) -> bool:
    return token.lower_.rstrip(".") in _TITLE_KEYS and token.text[:1].isupper()


def title_before(span: Span) -> str | None:
    """Capitalised title words right before a person's name ("President" in "President X")."""
    i = span.start - 1
    while i >= 0 and _is_title_word(span.doc[i]):
        i -= 1
    return span.doc[i + 1:span.start].text if i + 1 < span.start else None


def _role_of_phrase(words: list) -> tuple[str, str | None]:
    """(bare role, owner) of a role phrase: the owner is the entity after its last "of"/"for"."""
    for j in range(len(words) - 1, 0, -1):
        if words[j].lower_ in ("of", "for") and j + 1 < len(words) \
                and (words[j + 1].ent_type_ in ("GPE", "ORG", "NORP")
                     or (words[j + 1].pos_ == "PROPN" and not _is_title_word(words[j + 1]))):
            owner = " ".join(t.text for t in words[j + 1:])
            return " ".join(t.text for t in words[:j]), owner
    return " ".join(t.text for t in words), None


def _roles_for(span: Span) -> tuple[tuple[str, str | None], ...]:
    """Roles the text gives a person, as (bare role, owner): 'X, the Role of Y,' (apposition) or
    'Y's Role X' (possessive title)."""
    doc = span.doc
    roles = []
    # appositions of the name, and of an appositive acronym right after it ("Office of Rail and
    # Road (ORR), the industry's safety regulator,")
    heads = [span.root] + [c for c in span.root.children if c.dep_ == "appos" and c.ent_type_]
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "appos" and child.i >= span.end and child.ent_type_ == "":
            phrase = doc[child.left_edge.i:child.right_edge.i + 1]
            words = [t for t in phrase if t.lower_ not in ("the", "a", "an") and not t.is_punct]
            if words and words[0].text[:1].isupper():
                roles.append(_role_of_phrase(words))
    i = span.start - 1
    title_tokens = []
    while i >= 0 and _is_title_word(doc[i]):
        title_tokens.insert(0, doc[i])
        i -= 1
    if title_tokens and i >= 1 and doc[i].lower_ in _POSSESSIVE and doc[i - 1].ent_type_ in ("GPE", "ORG"):
        owner = doc[doc[i - 1].left_edge.i:i] if doc[i - 1].ent_iob_ else doc[i - 1:i]
        owner_text = re.sub(r"^the\s+", "", owner.text, flags=re.IGNORECASE)
        roles.append((" ".join(t.text for t in title_tokens), owner_text))
    return tuple(roles)


def normalise_key(text: str, label: str) -> tuple[str, str | None]:
    """(grouping key, country) for a cleaned mention: countries by name, groups by their word."""
    lowered = _strip_possessive(text).lower()
    if label in ("NORP", "GPE", "LOC", "ORG") and lowered in DEMONYMS and label != "ORG":
        country = DEMONYMS[lowered]
        return country.lower(), country
    if lowered in COUNTRY_VARIANTS and label in ("GPE", "LOC", "ORG"):
        country = COUNTRY_VARIANTS[lowered]
        return country.lower(), country
    if label == "NORP":
        word = GROUP_FORMS.get(lowered, lowered)
        return (word[:-1] if word.endswith("s") and len(word) > 3 else word), None
    return lowered, None


class _Coverage:
    """Which characters of each paragraph a mention already covers (overlap checks in O(span))."""

    def __init__(self, texts: dict[int, str], mentions: Iterable[Mention]) -> None:
        self._covered = {p: bytearray(len(t) + 1) for p, t in texts.items()}
        for m in mentions:
            self.take(m.paragraph, m.start, m.end)

    def free(self, paragraph: int, start: int, end: int) -> bool:
        return not any(self._covered[paragraph][start:end])

    def take(self, paragraph: int, start: int, end: int) -> None:
        covered = self._covered.get(paragraph)
        if covered is not None:
            covered[start:end] = b"\x01" * (end - start)


_APPOSED_ROLE = re.compile(r"(?:\s*\([A-Z&]{2,8}\))?,\s+(?:the|a|an)\s+([a-z][a-z'\- ]{2,60}?),")
_BRACKETED = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")


def find_dateline(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """The place of a wire dateline ("KINSHASA - The Democratic Republic of Congo ...")."""
    match = DATELINE.match(texts.get(1, ""))
    if not match or not _Coverage(texts, found).free(1, match.start(1), match.end(1)):
        return []
    return [Mention(1, match.start(1), match.end(1), match.group(1), "GPE", source="dateline")]


def find_bracketed_names(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Names the model missed that an acronym in brackets spells: "The North-East Atlantic
    Fisheries Commission (NEAFC)" is an organisation even when spaCy does not say so."""
    coverage = _Coverage(texts, found)
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _BRACKETED.finditer(text):
            acronym = match.group(1).replace("&", "")
            words = list(re.finditer(r"[A-Za-z][\w'-]*", text[:match.start()]))[-12:]
            for first in range(len(words) - 1, -1, -1):
                candidate = text[words[first].start():words[-1].end()] if words else ""
                if not words[first].group(0)[0].isupper():
                    continue
                if acronym in (_initials(candidate), _initials(candidate, split_hyphens=True)):
                    start, end = words[first].start(), words[-1].end()
                    if coverage.free(paragraph, start, end):
                        coverage.take(paragraph, start, end)
                        added.append(Mention(paragraph, start, end, candidate, "ORG", source="acronym"))
                    break
    return added


def find_countries(texts: dict[int, str], found: Sequence[Mention]) -> list[Mention]:
    """Country names the model missed in the body ("Prime Minister of Bahrain"): country names are
    a closed class, so every capitalised occurrence outside a longer mention is one."""
    coverage = _Coverage(texts, found)
    added = []
    for paragraph, text in texts.items():
        if paragraph == 0:
            continue
        for match in _COUNTRY_PATTERN.finditer(text):
            if coverage.free(paragraph, match.start(), match.end()):
                added.append(Mention(paragraph, match.start(), match.end(), match.group(0), "GPE",
                                     source="gazetteer"))
    return added


# --- 4: grouping -----------------------------------------------------------------------------------

def _initials(name: str, *, split_hyphens: bool = False) -> str:
    words = re.findall(r"[\w']+" if split_hyphens else r"[\w'-]+", name)
    return "".join(w[0] for w in words if w.lower() not in INITIALS_SKIP).upper()


def group(mentions: Iterable[Mention]) -> list[Entity]:
    """Group mentions into entities: same key, surnames to full names, acronyms to names."""
    entities: dict[str, Entity] = {}
    for m in mentions:
        key, country = normalise_key(m.text, m.label)
        m.key = key
        if country:
            m.label = "GPE"
        entity = entities.setdefault(key, Entity(key))
        entity.mentions.append(m)
        entity.country = entity.country or country
        if m.parent:
            entity.aliases.add(m.parent)
        if m.title:
            entity.titles.add(m.title)
    # Surname or first name alone -> the unique multi-word person containing it.
    people = [e for e in entities.values() if e.label == "PERSON" and len(e.key.split()) > 1]
    for key, entity in list(entities.items()):
        # any label but a place or group: the model often mislabels a lone surname after a quote
        if len(key.split()) != 1 or entity.label in ("GPE", "LOC", "NORP", "FAC") or entity.country:
            continue
        owners = [p for p in people if key in (p.key.split()[-1], p.key.split()[0])]
        if len(owners) == 1:
            _merge(entities, owners[0], key)
    # A short place name that ends a longer one is the same place ("Congo", "Democratic Republic
    # of Congo"); the longer name is kept.
    places = [e for e in entities.values() if e.label == "GPE" and len(e.key.split()) > 1]
    for key, entity in list(entities.items()):
        if key not in entities or entity.label != "GPE" or len(key.split()) != 1:
            continue
        owners = [p for p in places if p.key.split()[-1] == key and p.key != key]
        if len(owners) == 1:
            _merge(entities, owners[0], key)
    # Acronyms -> the name whose initials they spell.
    for key, entity in list(entities.items()):
        if key not in entities:
            continue
        surface = entity.mentions[0].text.replace(".", "")
        if entity.country or not (2 <= len(surface) <= 6 and surface.isupper()):
            continue
        owners = [e for e in entities.values() if e is not entity and len(e.key.split()) > 1
                  and surface in (_initials(e.name), _initials(e.name, split_hyphens=True))]
        if len(owners) == 1:
            _merge(entities, owners[0], key)
    return list(entities.values())


def _merge(entities: dict[str, Entity], into: Entity, key: str) -> None:
    source = entities.pop(key)
    for m in source.mentions:
        m.key = into.key
    into.mentions.extend(source.mentions)
    into.aliases |= source.aliases
    into.titles |= source.titles


_LAW_WORDS = {"bill", "act", "treaty", "accord", "accords", "agreement", "convention", "law", "protocol",
              "charter", "directive", "amendment"}
_PLACE_BEFORE = {"in", "near", "around", "outside", "into", "across", "inside", "to", "from"}
_PLACE_AFTER = {"city", "town", "province", "region", "district", "village", "camp", "camps", "port",
                "airport", "depot", "refinery", "plant", "harbour", "harbor", "border", "area", "county"}


def relabel(entity: Entity, texts: dict[int, str]) -> None:
    """Mend labels the model gets wrong from context: a name ending in Bill/Act/Treaty is a law;
    a one-word name mostly seen as a place ("in Goma", "the Aberdeen depot") is a place."""
    name = entity.name
    if entity.label != "LAW" and name.split()[-1].lower() in _LAW_WORDS and len(name.split()) > 1 \
            and name.split()[-1][:1].isupper():
        _set_label(entity, "LAW")
        return
    if entity.country or entity.label in ("GPE", "LOC", "FAC") or len(name.split()) != 1:
        return
    placed = 0
    for m in entity.mentions:
        text = texts.get(m.paragraph, "")
        before = re.findall(r"[A-Za-z]+", text[max(0, m.start - 20):m.start].lower())[-1:]
        after = re.findall(r"[A-Za-z]+", text[m.end:m.end + 20].lower())[:1]
        placed += bool(set(before) & _PLACE_BEFORE or set(after) & _PLACE_AFTER)
    if placed * 2 > len(entity.mentions) and entity.label in ("PERSON", "NORP", "ORG"):
        _set_label(entity, "GPE")


def _set_label(entity: Entity, label: str) -> None:
    for m in entity.mentions:
        m.label = label
    entity._cache.clear()


# --- 5: propagation --------------------------------------------------------------------------------

def propagate(entities: list[Entity], texts: dict[int, str]) -> None:
    """Add mentions the model missed: each entity's surface forms found elsewhere in the text."""
    coverage = _Coverage(texts, (m for entity in entities for m in entity.mentions))
    # words the article also uses in lower case are common words ("young", "may"): not surnames
    lowercase_words = set(re.findall(r"\b[a-z]+\b", " ".join(texts.values())))
    forms = []
    for entity in entities:
        surfaces = {_strip_possessive(m.text) for m in entity.mentions}
        name = entity.name
        if entity.label == "ORG" and len(re.findall(r"[A-Z][\w'-]*", name)) >= 2:
            surfaces.add(_initials(name))  # "European Union" is also "EU"
        if entity.label == "PERSON" and len(name.split()) > 1:
            surname = name.split()[-1]
            if surname.lower() not in _CALENDAR and not lowercase_words & {surname.lower()}:
                surfaces.add(surname)  # "Anna Lindqvist" ... "Lindqvist denied"
        for form in surfaces:
            if (len(form) >= 3 and form[:1].isupper()) or (len(form) == 2 and form.isupper()):
                forms.append((form, entity))
    if not forms:
        return
    # One pattern for all forms, longer forms first, so "Ali Khamenei" is found before
    # "Khamenei" inside it; a form belongs to the first entity that has it.
    owner: dict[str, Entity] = {}
    for form, entity in sorted(forms, key=lambda item: -len(item[0])):
        owner.setdefault(form, entity)
    labels = {id(e): Counter(m.label for m in e.mentions).most_common(1)[0][0] for e in owner.values()}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, owner)) + r")(?![\w-])")
    for paragraph, text in texts.items():
        for match in pattern.finditer(text):
            span = (match.start(), match.end())
            if not coverage.free(paragraph, *span):
                continue
            coverage.take(paragraph, *span)
            entity = owner[match.group(0)]
            entity.mentions.append(Mention(paragraph, span[0], span[1], match.group(0), labels[id(entity)],
                                           source="text", key=entity.key))


# --- 6 and the frames ------------------------------------------------------------------------------

def extract_entities(pieces: Sequence[Piece], *, texts: dict[int, str],
                     sentences: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Canonical entities and their mentions for a parsed article.

    ``pieces`` are the parsed body paragraphs (paragraph >= 1); ``texts`` maps
    paragraph number to normalised text, 0 being the title; ``sentences`` is
    the sentences table (for tone and sentence numbers).
    """
    raw = [m for piece in pieces if piece.paragraph > 0 for m in mentions_from_doc(piece)]
    raw += find_dateline(texts, raw)
    raw += find_bracketed_names(texts, raw)
    raw += find_countries(texts, raw)
    entities = group(raw)
    for entity in entities:
        relabel(entity, texts)
    for entity in entities:
        for m in entity.mentions:
            for bare, owner in m.roles:
                _add_role(entity, bare, owner)
            apposed = _APPOSED_ROLE.match(texts[m.paragraph], m.end) if entity.label in ("PERSON", "ORG") else None
            if apposed:  # ", the industry's safety regulator," even where the parse lost it
                entity.roles.add(apposed.group(1))
    propagate(entities, texts)
    locate = SentenceLocator(sentences)
    tone = dict(zip(sentences["index"], sentences["tone"]))
    weights = {}
    for entity in entities:
        entity.mentions.sort(key=lambda m: (m.paragraph, m.start))
        for m in entity.mentions:
            m.sentence = locate(m.paragraph, m.start) if m.paragraph > 0 else 0
        weights[entity.key] = sum(1 + (m.paragraph <= 1) + 0.5 * m.subject for m in entity.mentions)
    total_weight = sum(weights.values()) or 1.0
    entity_rows, mention_rows = [], []
    for entity in entities:
        name = entity.name
        aliases = sorted(({_strip_possessive(m.text) for m in entity.mentions} | entity.aliases) - {name})
        sentence_ids = sorted({m.sentence for m in entity.mentions if m.sentence})
        tones = [tone[s] for s in sentence_ids if s in tone]
        paragraphs = sorted({m.paragraph for m in entity.mentions if m.paragraph > 0})
        entity_rows.append({
            "name": name, "type": entity.label, "mentions": len(entity.mentions), "aliases": aliases,
            "first_paragraph": min((m.paragraph for m in entity.mentions), default=0),
            "paragraphs": paragraphs, "salience": round(weights[entity.key] / total_weight, 4),
            "tone": round(sum(tones) / len(tones), 4) if tones else 0.0,
            "titles": sorted(entity.titles), "roles": sorted(entity.roles),
        })
        for m in entity.mentions:
            mention_rows.append({"entity": name, "type": entity.label, "paragraph": m.paragraph,
                                 "sentence": m.sentence, "start": m.start, "end": m.end,
                                 "text": texts[m.paragraph][m.start:m.end], "subject": m.subject,
                                 "source": m.source})
    entities_frame = pd.DataFrame(entity_rows, columns=ENTITY_COLUMNS)
    if len(entities_frame):
        entities_frame = entities_frame.sort_values(["mentions", "salience", "first_paragraph"],
                                                    ascending=[False, False, True], ignore_index=True)
    mentions_frame = pd.DataFrame(mention_rows, columns=MENTION_COLUMNS)
    if len(mentions_frame):
        mentions_frame = mentions_frame.sort_values(["paragraph", "start"], ignore_index=True)
    return entities_frame, mentions_frame


def _add_role(entity: Entity, bare: str, owner: str | None) -> None:
    """A qualified role ("Supreme Leader of Iran", "Iran's President") is an alias as well; its
    bare form ("Supreme Leader", "President") is kept for resolving speakers."""
    if owner:
        entity.aliases.update({f"{bare} of {owner}", f"{owner}'s {bare}"})
    entity.roles.add(bare)
