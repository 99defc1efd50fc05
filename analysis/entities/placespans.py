"""Pass 1, places: a cleaned span resolved through the country table (names, variants, demonyms
by their use) and the language names (:mod:`analysis.entities.languages`)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from analysis.entities import countries
from analysis.entities.languages import language_names
from analysis.entities.words import PERSON_TITLES


def strip_possessive(text: str) -> str:
    """The name without a trailing possessive ("Iran's" -> "Iran")."""
    return re.sub(r"(?:'s|'|’s|’)$", "", text).strip()


def doc_text(doc) -> str:
    """The Doc's text, built once per Doc (spaCy rebuilds ``Doc.text`` from its tokens on every
    read, which made one long paragraph quadratic)."""
    text = doc.user_data.get("newsprism_text")
    if text is None:
        text = doc.user_data["newsprism_text"] = doc.text
    return text


def resolve_place(span: Span) -> tuple[Span, str, str | None, str | None]:
    """(span, label, place code, reason) for a cleaned span, by the rules of
    :mod:`analysis.entities.countries`: names and demonyms of the table become the place (GPE, or
    LOC for a region); a demonym not used for the state keeps its own NORP or LANGUAGE entity, and
    so does a language name used as a language ("in Swahili")."""
    longer = countries.name_pattern().match(doc_text(span.doc), span.start_char)
    if longer and longer.end() > span.end_char:  # the model cut "Guinea-Bissau" to "Guinea"
        extended = span.doc.char_span(span.start_char, longer.end(), alignment_mode="expand")
        span = Span(span.doc, extended.start, extended.end, label=span.label_) if extended is not None else span
    text = strip_possessive(span.text)
    core = countries.strip_affixes(text)
    if core != text:  # "pan-African", "northern Syria": the place part only
        offset = span.text.index(core)
        narrowed = span.doc.char_span(span.start_char + offset, span.start_char + offset + len(core),
                                      label=span.label_, alignment_mode="expand")
        span = narrowed if narrowed is not None else span
        text = core
    code = countries.place_of_name(text)
    if code:
        person_context = span.label_ == "PERSON" and span.start > 0 \
            and span.doc[span.start - 1].lower_.rstrip(".") in PERSON_TITLES
        if not person_context:
            return span, countries.place(code).label, code, None if text == countries.place(code).name \
                else "variant"
    code = countries.place_of_demonym(text)
    if code:
        use = countries.demonym_use(span)
        if use == "state":
            return span, countries.place(code).label, code, "demonym"
        if use == "language":
            return span, "LANGUAGE", None, None
        if use == "religion":
            return Span(span.doc, span.start, span.end + 1, label="NORP"), "NORP", None, None
        return span, "NORP", None, None
    if text in language_names() and countries.demonym_use(span) == "language":
        return span, "LANGUAGE", None, None  # "in Swahili", "speaks Tagalog": no place, no people
    words = text.split()
    if span.label_ == "NORP" and len(words) > 1 and countries.place_of_demonym(words[0]) \
            and all(w[:1].isupper() and w.lower() not in countries.RELIGION_WORDS for w in words[1:]):
        return span, "ORG", None, None  # "Ruritanian Airways": a company, not the people
    return span, span.label_, None, None
