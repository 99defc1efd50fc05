"""Mentions -> canonical entities: who and what the article is about, counted as a reader would.

One pass per module, in the order they run (the annotation rules they follow are in
``../shared/eval/README.md``):

1. :mod:`~analysis.entities.spans`: spaCy's named entities (PERSON, ORG, GPE, NORP, LOC, FAC,
   EVENT, PRODUCT, LAW, WORK_OF_ART, LANGUAGE; the pipeline's country ``entity_ruler`` adds the
   places the model missed) become clean mentions: no articles, possessives or titles in the
   name, units with their parent, places resolved through the country table.
2. :mod:`~analysis.entities.countries`: the table (``analysis/data/countries.json``, generated
   from pycountry and country-converter by ``scripts/make_countries.py``): every UN member, its
   variants and demonyms, territories, subdivisions that contain a country's name, continents.
   Places are keyed by code, so near-names (Sudan / South Sudan, Niger / Nigeria) never merge.
3. :mod:`~analysis.entities.finders`: names found without the parse: a wire dateline's place, a
   name an acronym in brackets spells, and places of the table anywhere in the body;
   :mod:`~analysis.entities.recall`: rare words the model skipped, by their neighbours and shape
   (a name coordinated with a tagged one, an acronym in capitals, a product after "makes", a name
   after an outlet's class noun, "the High Court of Kell" as one name, "Portuguese language", a
   party's word before its members); :mod:`~analysis.entities.bodies`: a body named after a
   place found whole ("the Dornby City Council"), the place alone where the model skipped it,
   towns told by one context ("Floods hit Kell", "the port of Kell"), persons apposed to a plural
   role ("The mayors of A and B, Joel Ferrand and Rosa Mir,"), names the tagger cut short extended;
   :mod:`~analysis.entities.mending`: spans drawn wrong around titles and owners (a minister's
   portfolio dropped, "the Methodist Bishop of Kell" -> Methodist and Kell, "Kell's Court of
   Appeal" -> Kell and the court, "from Kell to Tarn" -> two places) and names skipped before
   "residents" or "-based", at a range's end or as a law's name. Language names come from
   :mod:`~analysis.entities.languages` (ISO 639, ``analysis/data/languages.json``); places are
   resolved in :mod:`~analysis.entities.placespans`.
4. :mod:`~analysis.entities.grouping`: one entity per key, then variant names merged by rules
   (surname, acronym, spelling, plural, party, place prefix, affix, unit), each with a reason;
   :mod:`~analysis.entities.variants`: appositions, glosses, spelling variants and a place's
   inhabitants, merged once the entities exist.
5. :mod:`~analysis.entities.types`: labels mended from the name's words and its context (word
   lists in :mod:`~analysis.entities.typewords`, the words around a name read by
   :mod:`~analysis.entities.contexts`; a full name apposed to a person's role noun is a
   person: :func:`~analysis.entities.mending.name_apposed_persons`); then :mod:`~analysis.entities.bodies`: the place a
   body is named after is a place ("the Tarn" beside "the Tarn Basin Authority", LOC for a
   river's), one telling context decides a one-word name ("a Kell labour court", "Its rival, X,").
   Titles and roles around a name come from :mod:`~analysis.entities.roles`.
6. :mod:`~analysis.entities.propagation`: every form of an entity searched for in the title and
   the body. Roles ("Ana Lindqvist, the Chief Justice of Norland,") are kept for the statements.

Columns: :data:`ENTITY_COLUMNS` (name, type, mentions, aliases, first_paragraph, paragraphs,
salience, tone, titles, roles, merged) and :data:`MENTION_COLUMNS`. ``merged`` explains every
alias that is not the name's own spelling: a list of "Form (reason)" strings, the reason codes of
:mod:`~analysis.entities.grouping` ("Lindqvist (surname)", "Iranian (demonym)", "UNRC (acronym)").

Salience: the sum over an entity's mentions of ``1 + 1 (in the title or the first paragraph) +
0.5 (grammatical subject)``, divided by the same sum over all entities: the entity's share of the
article's attention, in [0, 1].
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from analysis.entities.bodies import (
    extend_cut_names,
    find_apposed_persons,
    find_body_places,
    find_place_bodies,
    find_told_places,
    merge_feature_names,
    place_bodies,
    split_comma_lists,
    tell_by_context,
)
from analysis.entities.conjuncts import agree_with_conjuncts
from analysis.entities.finders import (
    find_bracketed_acronyms,
    find_bracketed_names,
    find_dateline,
    find_ellipses,
    find_headed_names,
    find_places,
    find_plural_titled,
    find_shaped_names,
)
from analysis.entities.grouping import group, merge_short_forms, merge_surnames
from analysis.entities.mending import (
    drop_portfolios,
    find_hyphen_places,
    find_law_names,
    find_range_ends,
    name_apposed_persons,
    find_resident_places,
    split_clergy_titles,
    split_place_owners,
    split_ranges,
)
from analysis.entities.model import (
    ENTITY_COLUMNS,
    MENTION_COLUMNS,
    NAMED_LABELS,
    Entity,
    Mention,
)
from analysis.entities.propagation import propagate
from analysis.entities.recall import (
    find_acronyms,
    find_after_class,
    find_apposed_firms,
    find_coordinated,
    find_institutions,
    find_languages,
    find_marches,
    find_named_after_class,
    find_party_members,
    find_products,
    find_speakers,
    split_coordinated,
)
from analysis.entities.placespans import strip_possessive
from analysis.entities.spans import clean_span, mentions_from_doc
from analysis.entities.types import relabel, word_label
from analysis.entities.variants import (
    merge_appositions,
    merge_inhabitants,
    merge_spelling_variants,
    split_compounds,
)
from analysis.entities.words import NOT_NAMES
from analysis.pieces import Piece, SentenceLocator

__all__ = ["ENTITY_COLUMNS", "MENTION_COLUMNS", "NAMED_LABELS", "Entity", "Mention", "clean_span",
           "extract_entities", "find_places", "group"]

_APPOSED_ROLE = re.compile(r"(?:\s*\([A-Z&]{2,8}\))?,\s+(?:the|a|an)\s+([a-z][a-z'\- ]{2,60}?),")


def collect_mentions(pieces: Sequence[Piece], texts: dict[int, str]) -> list[Mention]:
    """Passes 1 to 3: mentions from the parse, then those the finders add."""
    raw = split_place_owners([m for piece in pieces if piece.paragraph > 0 for m in mentions_from_doc(piece)])
    raw = split_coordinated([m for m in raw if strip_possessive(m.text).lower() not in NOT_NAMES])
    raw = split_comma_lists(split_ranges(drop_portfolios(raw, texts), texts))
    raw = split_clergy_titles(raw)
    extend_cut_names(raw, texts)
    raw += find_dateline(texts, raw)
    raw += find_bracketed_names(texts, raw)
    raw += find_ellipses(texts, raw)
    raw += find_plural_titled(texts, raw)
    raw += find_headed_names(texts, raw)
    raw += find_marches(texts, raw)
    raw += find_institutions(texts, raw)
    raw += find_apposed_persons(texts, raw)
    raw += find_place_bodies(texts, raw)
    raw = [m for m in raw if m.source != "dropped"]
    raw += find_bracketed_acronyms(texts, raw)
    raw += find_places(texts, raw)
    raw += find_told_places(texts, raw)
    raw += find_body_places(texts, raw)
    raw += find_shaped_names(texts, raw)
    raw += find_products(texts, raw)
    raw += find_acronyms(texts, raw)
    raw += find_apposed_firms(texts, raw)
    raw += find_named_after_class(texts, raw)
    raw += find_after_class(texts, raw)
    raw += find_speakers(texts, raw)
    raw += find_coordinated(texts, raw)
    raw += find_languages(texts, raw)
    raw += find_party_members(texts, raw)
    raw += find_resident_places(texts, raw)
    raw += find_law_names(texts, raw)
    raw += find_range_ends(texts, raw)
    raw += find_hyphen_places(texts, raw)
    return raw


def add_roles(entities: list[Entity], texts: dict[int, str]) -> None:
    """Roles from the parse and from ", the industry's safety regulator," after a name."""
    for entity in entities:
        for m in entity.mentions:
            for bare, owner in m.roles:
                if owner:  # "Supreme Leader of Iran" and "Iran's Supreme Leader" are aliases too
                    entity.aliases.update({f"{bare} of {owner}", f"{owner}'s {bare}"})
                    entity.merged.update({f"{bare} of {owner}": "role", f"{owner}'s {bare}": "role"})
                entity.roles.add(bare)
            if entity.label in ("PERSON", "ORG"):
                apposed = _APPOSED_ROLE.match(texts[m.paragraph], m.end)
                if apposed:
                    entity.roles.add(apposed.group(1))


def extract_entities(pieces: Sequence[Piece], *, texts: dict[int, str],
                     sentences: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Canonical entities and their mentions for a parsed article.

    ``pieces`` are the parsed body paragraphs (paragraph >= 1); ``texts`` maps paragraph number to
    normalised text, 0 being the title; ``sentences`` is the sentences table (for tone and
    sentence numbers).
    """
    entities = group(collect_mentions(pieces, texts), texts=texts)
    entities = merge_appositions(entities, texts)
    entities = merge_spelling_variants(entities)
    for entity in entities:
        relabel(entity, texts)
    name_apposed_persons(entities, texts, word_label=word_label)
    agree_with_conjuncts(entities, texts)
    place_bodies(entities, texts)
    tell_by_context(entities, texts)
    entities = merge_inhabitants(entities)
    entities = split_compounds(entities)
    by_key = {e.key: e for e in entities}
    merge_surnames(by_key, settled=True, texts=texts)
    merge_short_forms(by_key, texts=texts)  # once typed: "Halvorsen" joins "Halvorsen Marine", now a firm
    merge_feature_names(by_key)  # once typed: "the Sorna" (LOC) joins "the Sorna River"
    entities = list(by_key.values())
    add_roles(entities, texts)
    propagate(entities, texts)
    return build_frames(entities, texts=texts, sentences=sentences)


def build_frames(entities: list[Entity], *, texts: dict[int, str],
                 sentences: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The entities and mentions tables (columns: :data:`ENTITY_COLUMNS`, :data:`MENTION_COLUMNS`)."""
    locate = SentenceLocator(sentences)
    tone = dict(zip(sentences["index"], sentences["tone"]))
    weights = {}
    for entity in entities:
        entity.sort_mentions()
        for m in entity.mentions:
            m.sentence = locate(m.paragraph, m.start) if m.paragraph > 0 else 0
        weights[entity.key] = sum(1 + (m.paragraph <= 1) + 0.5 * m.subject for m in entity.mentions)
    total_weight = sum(weights.values()) or 1.0
    entity_rows, mention_rows = [], []
    for entity in entities:
        name = entity.name
        aliases = sorted(({strip_possessive(m.text) for m in entity.mentions} | entity.aliases) - {name})
        sentence_ids = sorted({m.sentence for m in entity.mentions if m.sentence})
        tones = [tone[s] for s in sentence_ids if s in tone]
        paragraphs = sorted({m.paragraph for m in entity.mentions if m.paragraph > 0})
        reasons = {**{f: w for f, w in entity.hosts.items() if f not in entity.merged}, **entity.merged}
        merged = sorted(f"{form} ({why})" for form, why in reasons.items() if form != name)
        entity_rows.append({
            "name": name, "type": entity.label, "mentions": len(entity.mentions), "aliases": aliases,
            "first_paragraph": min((m.paragraph for m in entity.mentions), default=0),
            "paragraphs": paragraphs, "salience": round(weights[entity.key] / total_weight, 4),
            "tone": round(sum(tones) / len(tones), 4) if tones else 0.0,
            "titles": sorted(entity.titles), "roles": sorted(entity.roles), "merged": merged,
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
