"""Pass 1 and 2: spaCy's entity spans -> clean mentions, units with their parent, places resolved.

* Spans lose leading articles and junk, trailing possessives and punctuation; a person's
  leading titles are kept apart ("President Ana Lindqvist" -> Ana Lindqvist, title "President").
* NER slips are mended: a name split at a particle ("Ursula von der" + "Leyen") is joined;
  a name right after a person's title ("Chancellor Olaf Scholz" tagged ORG), or starting with one
  ("Ms Hanna Olt" tagged ORG), is a person; a title misspelt by one or two letters
  ("Comissioner") is still a title.
* Roles are no names: a span ending in a person's title ("Foreign Affairs Spokesperson"), or an
  organisation-like word right before a capitalised title ("the Health Secretary"); nor is one
  capitalised common noun used as a description ("the Council", "the Consulate").
* An organisation in the possessive directly followed by another ("the Royal Navy's Submarine
  Service"), or a unit followed by "of" and another ("the Finance Committee of the Kell
  Assembly"), is one mention of the unit, with the parent's name among its aliases.
* Places come from the table (:mod:`analysis.entities.countries`): a span whose whole text is a
  place name is that place, whatever label the model gave it; a demonym is the country only when
  used for the state, its people or institutions.
"""

from __future__ import annotations

import difflib
import re

from spacy.tokens import Doc, Span, Token

from analysis.entities import countries
from analysis.entities.model import NAMED_LABELS, Mention
from analysis.entities.placespans import doc_text, resolve_place
from analysis.entities.roles import roles_for, title_across_body, title_before
from analysis.entities.typewords import SURNAME_HEADS
from analysis.entities.words import (
    GENERIC_NOUNS,
    NAME_PARTICLES,
    OFFICE_TITLES,
    PERSON_TITLES,
    POSSESSIVE,
    POST_NOMINALS,
    TITLE_KEYS,
)
from analysis.pieces import Piece

_LEADING_JUNK = {"the", "a", "an", "'", '"', "-", "(", "[", ")", "]"}
_TRAILING_JUNK = {"of", "for", "and", "the", "in", "at", "on", "to", "with"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
#: Head words of a unit after its parent's possessive ("the Coast Guard's Air Wing").
#: Organisation words that head a body with officials of its own ("the Party Secretary" keeps the
#: party); a sector word ("Energy", "Media") before a title is a portfolio, no name.
BODY_HEADS = {"party", "council", "union", "ministry", "department", "committee", "commission", "agency", "office",
              "board", "court", "assembly", "parliament", "senate", "congress", "league", "federation", "association",
              "foundation", "institute", "university", "company", "group", "bank", "fund", "authority", "police",
              "army", "navy", "forces", "guard", "service", "corps", "front", "alliance", "movement"}
UNIT_HEADS = {"committee", "subcommittee", "department", "division", "unit", "branch", "wing", "squadron",
              "regiment", "battalion", "brigade", "command", "directorate", "bureau", "office", "school",
              "faculty", "panel", "board", "service", "force", "team", "section", "desk", "council", "corps"}


def _junk_token(token: Token) -> bool:
    """Leading junk: articles, punctuation, and fragments without letters glued to a name."""
    return token.lower_ in _LEADING_JUNK or token.is_punct or not any(ch.isalpha() for ch in token.text)


def _is_title_key(word: str) -> bool:
    """A title word, singular or plural ("President", "Presidents"), or a long person's title
    misspelt by a letter or two ("Comissioner", "Counciler")."""
    word = word.rstrip(".")
    return word in TITLE_KEYS or (word.endswith("s") and word[:-1] in TITLE_KEYS) or is_misspelt_title(word)


def is_misspelt_title(word: str) -> bool:
    """A word of eight letters or more that is one or two letters away from a person's title."""
    return len(word) >= 8 and word.isalpha() and bool(
        difflib.get_close_matches(word.lower(), [t for t in PERSON_TITLES if len(t) >= 7], n=1, cutoff=0.88))


def is_person_title(word: str) -> bool:
    """A title that stands before a person's name, possibly misspelt ("Cllr", "Comissioner")."""
    word = word.lower().rstrip(".")
    return word in PERSON_TITLES or is_misspelt_title(word)


def is_role_phrase(span: Span) -> bool:
    """A title, not a name: a non-person span ending in an office title ("Foreign Affairs
    Spokesperson"), a person span made of title words only, an organisation-like span (no place
    of the table) right before a capitalised office title ("the Health Secretary", "the Energy
    Secretary") whose head is no body's word ("Party", "Council"), or one capitalised common noun
    ("the Council")."""
    from analysis.entities.typewords import ORG_WORDS

    words = [t.lower_.rstrip(".") for t in span]
    if re.fullmatch(r"[A-Z][A-Z&.]+", span.text):  # "NATO Secretary-General": an acronym is a name
        return False
    if span.label_ != "PERSON" and words[-1] in OFFICE_TITLES:
        return True
    if span.label_ == "PERSON" and all(_is_title_key(w) for w in words):
        return True
    if len(words) == 1 and (words[0] in GENERIC_NOUNS or _is_title_key(words[0])):
        return True  # "the Council"; "State" cut from "Secretary of State"
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return span.label_ in ("ORG", "FAC") and not span[0].ent_id_ and nxt is not None and nxt.text[:1].isupper() \
        and nxt.lower_.rstrip(".") in OFFICE_TITLES and words[-1] not in ORG_WORDS & BODY_HEADS


def is_noise(span: Span) -> bool:
    """A span that is no name: it starts with a lower-case word that is not a name particle
    ("senate"), none of its words is capitalised ("la decisión"), it is one word the tagger reads
    as a common word capitalised only because it opens a sentence ("Turnout"), or its text carries markup glued to a word ("pt))Portuguese")."""
    first = span[0].text
    if first[:1].islower() and first.split("-")[0].lower() not in NAME_PARTICLES:
        return True
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        return True  # "la decisión": a particle but no capitalised word
    if len(span) == 1 and span.label_ != "NORP" and span[0].pos_ in ("NOUN", "ADJ", "VERB", "ADV") \
            and _opens_sentence(span[0]) and not countries.place_of_name(first) \
            and not countries.place_of_demonym(first):
        return True  # "Turnout was high": a common word capitalised only by its place
    return bool(re.search(r"\w[)\]]{2,}\w", span.text))


def _opens_sentence(token: Token) -> bool:
    """Whether the token begins its sentence, opening quotes aside."""
    i = token.i
    while i > 0 and token.doc[i - 1].is_quote and not token.doc[i - 1].is_sent_start:
        i -= 1
    return token.doc[i].is_sent_start or (i > 0 and token.doc[i - 1].is_sent_start and token.doc[i - 1].is_quote)


#: An amount of money the model tagged as a name: it opens with a currency sign and a number
#: ("NZ$75 million", "£12bn") or a number and an amount word ("900 million kronur").
_AMOUNT = re.compile(r"(?:[A-Z]{1,3})?[$€£¥]\s?\d|\d[\d.,]*\s*(?:million|billion|trillion|bn)\b")


def clean_span(span: Span) -> tuple[Span, str | None] | None:
    """The span without leading articles, trailing possessives and punctuation, and (for people)
    without leading titles; returns (span, title) or None when nothing is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and _junk_token(doc[start]):
        start += 1
    bracket = next((t.i for t in doc[start:end] if t.text in ("(", "[")), None)
    if bracket is not None and bracket > start:  # "Name (ACRONYM": the acronym is a mention of its own
        end = bracket
    while end > start and (doc[end - 1].lower_ in POSSESSIVE or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in _TRAILING_JUNK
                           or (span.label_ in ("ORG", "FAC") and end - 1 > start and doc[end - 1].is_lower
                               and doc[end - 2].is_lower)):  # "Northwind Press of bank robberies"
        end -= 1
    if end - start >= 2 and countries.place_of_demonym(doc[start].text) \
            and all(t.is_lower for t in doc[start + 1:end]):
        end = start + 1  # "the Kellish foreign ministry" cut after "foreign": the demonym alone
    while span.label_ == "PERSON" and end - start > 2 and doc[end - 1].text.rstrip(".") in POST_NOMINALS:
        end -= 1  # "Clara Bex MP": the letters after the name are no part of it
    score = re.search(r"\s\d+\s*[-–]\s*\d+$", doc[start:end].text)
    if score and span.label_ in ("ORG", "PERSON", "GPE", "NORP"):  # "Arsenal 2-0": a score is no name
        while end > start + 1 and doc[end - 1].idx >= doc[start].idx + score.start() + 1:
            end -= 1
    title = None
    if span.label_ == "PERSON":  # "President of Chile Ana Torres": the place is a mention of its own
        place = countries.name_pattern().match(doc_text(doc), doc[start].idx)
        after = next((t.i for t in doc[start:end] if t.idx >= place.end()), None) if place else None
        if after is not None and end - after >= 2 and all(t.is_title for t in doc[after:end]):
            start = after
        first = start
        # "Queen Ida Hospital", "Prince Kell Island": a place named after a titled person, whole
        named_after = end - start == 3 and _is_title_key(doc[start].lower_) and _org_head(doc[end - 1].lower_) \
            and doc[end - 1].lower_ not in SURNAME_HEADS
        while not named_after and start < end - 1 and _is_title_key(doc[start].lower_):
            start += 1
        if start > first:
            title = doc[first:start].text
    if start >= end:
        return None
    cleaned = Span(doc, start, end, label=span.label_)
    if not any(ch.isalpha() for ch in cleaned.text) or _AMOUNT.match(span.text):
        return None  # "NZ$75 million" tagged as a name: an amount
    return cleaned, title


def _possessive_after(doc: Doc, span: Span) -> int | None:
    """Index of the token after a possessive ending the span (inside it or right after it)."""
    if doc[span.end - 1].lower_ in POSSESSIVE:
        return span.end
    if span.end < len(doc) and doc[span.end].lower_ in POSSESSIVE:
        return span.end + 1
    return None


def repair_entities(doc: Doc) -> list[Span]:
    """spaCy's named entities with common slips mended: a name split at a particle ("Ursula von
    der" + "Leyen") is joined, a name right after a person's title ("Chancellor Olaf Scholz"
    tagged ORG) is a person, and a place or body named after a titled person takes its title back
    ("Queen" + "Ida Hospital", "Prince" + "Kell Island")."""
    ents = [e for e in doc.ents if e.label_ in NAMED_LABELS]
    repaired: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if ent.label_ == "PERSON" and doc[ent.end - 1].lower_ in NAME_PARTICLES:
            end = ent.end
            if i + 1 < len(ents) and ents[i + 1].start == ent.end:
                end = ents[i + 1].end
                i += 1
            while end < len(doc) and doc[end].is_title and not doc[end].is_punct and end - ent.start < 6:
                end += 1
            ent = Span(doc, ent.start, end, label="PERSON")
        elif i + 1 < len(ents) and _joins_next(ent, ents[i + 1]):
            nxt = ents[i + 1]
            ent = Span(doc, ent.start, nxt.end, label="PERSON" if nxt.label_ == "PERSON" else ent.label_)
            i += 1
        elif len(ent) <= 2 and ent.start > 1 and not ent.ent_id_ and all(t.is_title for t in ent) \
                and _first_name_left_out(doc, ent.start - 1) \
                and doc[ent.start - 2].lower_.rstrip(".") in PERSON_TITLES:
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Secretary Ana Price" ("Price" alone)
        elif ent.label_ != "PERSON" and ent.start > 0 and len(ent) <= 3 and not ent.ent_id_ \
                and all(t.is_title for t in ent if t.lower_ not in _TRAILING_JUNK) \
                and _after_person_title(doc, ent.start):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Secretary of State Ana Lee" tagged ORG
        elif ent.label_ != "PERSON" and 2 <= len(ent) <= 4 and not ent.ent_id_ and is_person_title(ent[0].text) \
                and ent[0].text[:1].isupper() and all(t.is_title for t in ent[1:]) \
                and not _org_head(ent[-1].lower_) and not _is_title_key(ent[-1].lower_):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Ms Hanna Olt", "Cllr Ben Okafor"
        if len(ent) <= 3 and ent.start > 0 and not ent.ent_id_ and _org_head(ent[-1].lower_) \
                and ent[-1].lower_ not in SURNAME_HEADS and doc[ent.start - 1].is_title \
                and _is_title_key(doc[ent.start - 1].lower_) \
                and (ent.start < 2 or not doc[ent.start - 2].is_title or doc[ent.start - 2].is_stop):
            ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)  # "Queen" + "Ida Hospital": one place
        if ent.label_ != "PERSON" and 3 <= len(ent) <= 4 and ent[-1].lower_ == "of" and not ent.ent_id_ \
                and all(t.is_title and t.pos_ == "PROPN" and not _org_head(t.lower_) for t in ent[:-1]) \
                and ent.end < len(doc) and doc[ent.end].ent_type_ == "GPE":
            ent = Span(doc, ent.start, ent.end - 1, label="PERSON")  # "Ana Torres of" + "Chile": a person
        if ent.label_ == "PERSON" and len(ent) <= 2 and ent.start > 0 and _first_name_left_out(doc, ent.start - 1) \
                and not any(_is_title_key(t.lower_) for t in ent) and (not repaired or repaired[-1].end < ent.start - 1):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "the Archbishop, Ana Maria Lee"
        if ent.label_ == "PERSON" and 2 <= len(ent) <= 3 and _second_surname(doc, ent.end) \
                and (i + 1 >= len(ents) or ents[i + 1].start > ent.end):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Inés Soto Varela"
        repaired.append(ent)
        i += 1
    return repaired


def _after_person_title(doc: Doc, start: int) -> bool:
    """Whether a person's title ends right before ``start``: "Mayor X", or a capitalised title
    phrase that holds one ("Secretary of State X", "Deputy Foreign Minister X")."""
    i = start - 1
    while i >= 0 and start - i <= 4 and (doc[i].lower_ == "of" or (doc[i].text[:1].isupper()
                                                                    and _is_title_key(doc[i].lower_))):
        if doc[i].lower_.rstrip(".") in PERSON_TITLES and doc[i].text[:1].isupper() or \
                (i == start - 1 and doc[i].lower_.rstrip(".") in PERSON_TITLES):
            return True
        i -= 1
    return start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES


def _first_name_left_out(doc: Doc, i: int) -> bool:
    """Whether the token at ``i``, right before a name, is a first name the model left out: a
    capitalised proper noun in no entity, no title."""
    token = doc[i]
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_ \
        and not _is_title_key(token.lower_) and not is_person_title(token.text)


def _second_surname(doc: Doc, i: int) -> bool:
    """Whether the token at ``i``, right after a person's name, is one more surname the model left
    out ("Inés Soto Varela"): a capitalised proper noun in no entity, no title, month or day,
    not followed by another capitalised word."""
    from analysis.entities.words import CALENDAR

    if i >= len(doc):
        return False
    token = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and token.is_alpha \
        and not _is_title_key(token.lower_) and token.lower_ not in CALENDAR \
        and (nxt is None or not nxt.is_title or nxt.is_sent_start)


def _joins_next(ent: Span, nxt: Span) -> bool:
    """Two spans that are one name: a first name tagged apart right before a person's surname
    ("Novak" + "Brezina"; not a place or demonym of the table, "Norland" + "Ida ..."), or an organisation whose "of"/"for" complement is coordinated into the
    next span ("Institute for Coastal" + "and" + "Marine Studies"; not "... for Islamic Cooperation"
    + "and" + "the Arab League", a name of its own)."""
    doc = ent.doc
    if nxt.start == ent.end and nxt.label_ == "PERSON" and len(ent) == 1 and not ent.ent_id_ \
            and ent[0].is_title and not _is_title_key(ent[0].lower_) and ent.label_ in ("GPE", "ORG", "NORP") \
            and not countries.place_of_name(ent.text) and not countries.place_of_demonym(ent.text):
        return True
    ofs = [t.i for t in ent if t.lower_ in ("of", "for")]
    if not (ent.label_ == "ORG" and ofs and nxt.start == ent.end + 1 and doc[ent.end].lower_ in ("and", "&")
            and not nxt.ent_id_ and nxt[0].lower_ not in ("the", "a", "an") and not _org_head(nxt[-1].lower_)):
        return False
    if nxt.root.dep_ == "conj" and ofs[-1] < nxt.root.head.i < ent.end:
        return True
    # the parse may hang the conjunct elsewhere: a short complement ("of Marine") and a short
    # Title-Case conjunct that is no person or place ("Coastal Science") still make one name
    complement = doc[ofs[-1] + 1:ent.end]
    return 1 <= len(complement) <= 2 and len(nxt) <= 3 and nxt.label_ not in ("PERSON", "GPE") \
        and all(t.is_title for t in list(complement) + list(nxt)) \
        and not any(countries.place_of_name(t.text) for t in list(complement) + list(nxt))


def _org_head(word: str) -> bool:
    """An organisation's, facility's or place's head word ("Foundation", "Hotel", "River")."""
    from analysis.entities.typewords import FAC_WORDS, LOC_WORDS, ORG_WORDS

    return word in ORG_WORDS or word in FAC_WORDS or word in LOC_WORDS


def place_after_of(span: Span) -> Span | None:
    """The place in "<Title> of <Place>" or "<Word> of <Country>" tagged as one organisation
    ("Archbishop of Kell", "Economy of Ruritania"): the place is the mention, the rest no name.
    An organisation's own words ("Bank of ...", "University of ...") keep the whole name."""
    from analysis.entities.typewords import ORG_WORDS

    words = [t for t in span]
    ofs = [i for i, t in enumerate(words) if t.lower_ == "of"]
    if len(ofs) != 1 or ofs[0] == 0 or ofs[0] == len(words) - 1:
        return None
    before, after = words[:ofs[0]], span.doc[words[ofs[0] + 1].i:span.end]
    if any(t.lower_ in ORG_WORDS for t in before):
        return None
    titled = all(_is_title_key(t.lower_) for t in before)
    plain = len(before) == 1 and countries.place_of_name(after.text) is not None
    if (titled or plain) and all(t.text[:1].isupper() for t in after):
        return Span(span.doc, after.start, after.end, label="GPE")
    return None


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
                and nxt.label_ in ("ORG", "FAC", "PRODUCT") and not (  # "X's Shadow Energy Secretary"
                    nxt.end < len(doc) and doc[nxt.end].lower_.rstrip(".") in OFFICE_TITLES):
            cleaned_parent = clean_span(ent)
            parent = cleaned_parent[0].text if cleaned_parent else None
            span = Span(doc, ent.start, nxt.end, label="ORG")
            skip.add(i + 1)
        elif ent.label_ == "ORG" and nxt is not None and nxt.label_ == "ORG" and doc[ent.end - 1].lower_ in UNIT_HEADS \
                and doc[ent.end].lower_ == "of" and nxt.start - ent.end <= 2 and not nxt.ent_id_:
            cleaned_parent = clean_span(nxt)  # "the Finance Committee of the Kell Assembly": its unit
            parent = cleaned_parent[0].text if cleaned_parent else None
            span = Span(doc, ent.start, nxt.end, label="ORG")
            skip.add(i + 1)
        cleaned = clean_span(span)
        if cleaned is None or is_noise(cleaned[0]) or is_role_phrase(cleaned[0]):
            continue
        span, title = cleaned
        if span.label_ in ("ORG", "FAC", "PERSON") and not parent:
            span = place_after_of(span) or span
        label = span.label_ if not parent else "ORG"
        code = reason = None
        if not parent:
            span, label, code, reason = resolve_place(span)
        if label == "PERSON" or ent.label_ == "PERSON":
            title = title or title_before(span)
        elif label == "ORG" and 2 <= len(span) <= 3 and all(t.pos_ == "PROPN" for t in span) \
                and not _org_head(span[-1].lower_):  # a name after "Envoy to the Kell Union"
            title = title or title_across_body(span)
        if parent is None and (label == "ORG" or (label in ("LAW", "PRODUCT", "WORK_OF_ART", "FAC")
                                                  and span[-1].lower_ in UNIT_HEADS)):
            inner = [t for t in span[:-1] if t.lower_ in POSSESSIVE and t.i > span.start]
            if inner and inner[-1].i == span.end - 2 and _org_head(span[-1].lower_) \
                    and span[-1].lower_ not in UNIT_HEADS:
                inner = []  # "the Farmers' Union", "the People's Alliance": one name, no unit
            if inner:  # "Northern Rowing Clubs' Youth Section" in one span (whatever the model's label)
                parent, label = span.doc[span.start:inner[-1].i].text, "ORG"
        subject = any(t.dep_ in _SUBJECT_DEPS for t in span) or \
            (span.root.dep_ in ("poss", "compound") and span.root.head.dep_ in _SUBJECT_DEPS)
        found.append(Mention(piece.paragraph, piece.offset + span.start_char, piece.offset + span.end_char,
                             span.text, label, subject=subject, parent=parent, title=title,
                             source="ruler" if ent.ent_id_ else "ner", place=code, reason=reason,
                             roles=roles_for(span) if label in ("PERSON", "ORG") else ()))
    return found
