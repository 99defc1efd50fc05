"""``analyze(document) -> Analysis``: one immutable object holding every table the pages show.

Column reference (every frame is built with its column list, so an empty
article keeps its schema):

``paragraphs`` (:data:`PARAGRAPH_COLUMNS`), one row per body paragraph
    index (1-based, title excluded), text (normalised), display (as written),
    n_sentences, n_words, polarity and subjectivity (TextBlob on the
    paragraph), vader and tone (length-weighted mean of its sentences),
    disagree (TextBlob and VADER differ in sign by a clear margin), voice
    ("author", "attributed" or "mixed" over its sentences).
``sentences`` (:data:`SENTENCE_COLUMNS`), one row per sentence
    paragraph, index (1-based over the article), start and end (character
    offsets into the paragraph's text), text (as written), n_words, polarity,
    subjectivity, vader, tone, disagree, voice ("attributed" when the sentence
    holds a statement's cue or a direct quote, else "author").
``entities`` (:data:`~analysis.entities.ENTITY_COLUMNS`), one row per canonical entity
    name, type (spaCy label, the majority over its mentions; countries found
    through demonyms are GPE), mentions (count over title and body), aliases
    (other surface forms, parent organisations, qualified roles), first_paragraph
    (0 = the title), paragraphs (body paragraphs it appears in), salience (share
    of the article's attention, see :mod:`analysis.entities`), tone (mean tone
    of the sentences that mention it), titles (titles seen before the name:
    "President"), roles (bare roles the text gives a person: "Supreme Leader"),
    merged (each other form with the reason it joined the entity, "Form (reason)").
    Sorted by mentions, most first.
``mentions`` (:data:`~analysis.entities.MENTION_COLUMNS`), one row per mention
    entity (canonical name), type, paragraph (0 = title), sentence (index in
    ``sentences``; 0 for the title), start and end (offsets into the paragraph's
    text), text (the surface form), subject (grammatical subject), source
    ("ner" from the model, "text" found by the entity's other forms).
``statements`` (:data:`~analysis.statements.STATEMENT_COLUMNS`), one row per statement
    paragraph, sentence, speaker (canonical entity, or the phrase for an
    unnamed source), speaker_text (the words in the article), cue, target,
    target_text, stance (support/oppose/neutral), kind (direct/indirect/
    position), evidence (the sentence or sentences), content (the quote or the
    reported words), unnamed, confidence (0..1). Rules: :mod:`analysis.statements`.

Corrected analyses (:func:`analysis.corrections.apply_corrections`, what every page shows) add a
bool ``corrected`` column to ``entities`` and ``statements``: True on a row a reader's correction
made or changed (edited, confirmed, added, merged, renamed, retyped, or naming such an entity);
the machine analysis of :func:`analyze` has no such column. Their ``corrections`` field lists the
operations applied, ``stale_corrections`` those that no longer fit.

``summary`` (a dict of key figures)
    paragraphs, sentences, words, polarity, subjectivity, vader, tone (word-weighted
    means over paragraphs), disagreeing_paragraphs, statements, speakers (named),
    tone_author and tone_attributed (mean tone of each voice's sentences, None when
    there are none), author_sentences.

Definitions of the sentiment measures: :mod:`analysis.sentiment`; the sentence and paragraph
tables and the summary are built in :mod:`analysis.tables`, the JSON and the saved record in
:mod:`analysis.serialize`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pandas as pd
from spacy.language import Language

from analysis import serialize
from analysis.document import Document, mark_dateline
from analysis.entities import extract_entities
from analysis.nlp import MAX_PIECE_CHARS, load_pipeline
from analysis.pieces import Piece
from analysis.statements import attributed_sentences, extract_statements
from analysis.tables import (PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, paragraph_table, sentence_table,  # noqa: F401
                             summarise, with_voices)

#: Bumped whenever the analysis' results change, so saved analyses can be recognised as older.
ANALYSIS_VERSION = 1

ProgressCallback = Callable[[float, str], None]


@dataclass(frozen=True, eq=False)  # DataFrame fields can't be compared or hashed
class Analysis:
    """Everything the pages show, computed once per document (columns: module docstring)."""

    title: str | None
    name: str
    format: str
    encoding: str | None
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    statements: pd.DataFrame
    title_display: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()
    version: int = ANALYSIS_VERSION
    author: str | None = None
    removed: tuple[tuple[str, str], ...] = ()  # (text, reason): page furniture left out of the paragraphs
    summary: dict = field(default_factory=dict)
    #: The reader's corrections applied to these tables (operations of :mod:`analysis.corrections`),
    #: and those that no longer fit (``{"index", "op", "reason"}``); empty for the machine analysis.
    corrections: tuple[dict, ...] = ()
    stale_corrections: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        """The JSON contract of ``python -m analysis FILE --format json`` (keys are stable)."""
        return serialize.to_dict(self)

    def to_record(self) -> dict:
        """Everything needed to rebuild this Analysis (every column, full precision), as JSON-able
        values; :meth:`from_record` is its inverse. Used by :mod:`analysis.store`."""
        return serialize.to_record(self)

    @classmethod
    def from_record(cls, record: dict) -> Analysis:
        """Rebuild an Analysis saved with :meth:`to_record`."""
        return cls(**serialize.fields_of_record(record))

    def table(self, name: str) -> pd.DataFrame:
        """One of the five tables as exported (CSV, Parquet, JSON): without the columns kept for
        the pages only (see :func:`analysis.serialize.export_table`)."""
        return serialize.export_table(self, name)


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """Cut a very long paragraph into pieces of at most MAX_PIECE_CHARS, at whitespace."""
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_PIECE_CHARS)
        if end < len(text):
            space = text.rfind(" ", start + MAX_PIECE_CHARS // 2, end)
            end = space + 1 if space > 0 else end
        yield start, text[start:end]
        start = end


def batch_size(texts: list[tuple[int, int, str]]) -> int:
    """Pieces per ``nlp.pipe`` batch: 32 for paragraphs of ordinary length, up to 128 when they are
    short, so a list of one-line paragraphs fills the model's matrices as prose does (measured on
    5,000 one-sentence lines: 34.7 s at 32, 24.2 s at 128, 28.4 s at 512)."""
    mean = sum(len(piece) for _, _, piece in texts) / max(1, len(texts))
    return max(32, min(128, int(32 * 400 / max(mean, 1.0))))


def parse(document: Document, *, nlp: Language, progress: ProgressCallback | None = None) -> list[Piece]:
    """The document's paragraphs parsed by ``nlp``, long ones in pieces (the first paragraph with
    its dateline marked, see :func:`~analysis.document.mark_dateline`), in reading order;
    ``progress(fraction, message)`` is called every ten pieces and at the end."""
    texts = [(p.index, offset, piece) for p in document.paragraphs
             for offset, piece in _pieces(mark_dateline(p.text) if p.index == 1 else p.text)]
    total = max(1, len(texts))
    pieces = []
    docs = nlp.pipe((piece for _, _, piece in texts), batch_size=batch_size(texts))
    for done, ((paragraph, offset, _), doc) in enumerate(zip(texts, docs), start=1):
        pieces.append(Piece(paragraph, offset, doc))
        if progress is not None and (done == total or done % 10 == 0):
            progress(done / total, f"Analysed {done} of {total} paragraphs")
    return pieces


def analyze(document: Document, *, nlp: Language | None = None,
            progress: ProgressCallback | None = None) -> Analysis:
    """Analyse a Document: sentences, sentiment, entities and statements, as DataFrames.

    ``nlp`` is a loaded spaCy pipeline (the process-wide one of
    :func:`~analysis.nlp.load_pipeline` when not given); ``progress(fraction, message)`` is
    called as paragraphs are parsed.
    """
    pieces = parse(document, nlp=nlp or load_pipeline(), progress=progress)
    texts = {p.index: p.text for p in document.paragraphs}
    sentences = sentence_table(pieces, texts=texts)
    paragraphs = paragraph_table(document.paragraphs, sentences)
    entities, mentions = extract_entities(pieces, texts={0: document.title or ""} | texts, sentences=sentences)
    statements = extract_statements(pieces, mentions=mentions, entities=entities, sentences=sentences,
                                    texts=texts)
    attributed = attributed_sentences(pieces, statements, sentences)
    paragraphs, sentences = with_voices(paragraphs, sentences, attributed=attributed)
    return Analysis(
        title=document.title, name=document.name, format=document.format, encoding=document.encoding,
        paragraphs=paragraphs, sentences=sentences, entities=entities, mentions=mentions,
        statements=statements, title_display=document.title_display, published=document.published,
        warnings=document.warnings, author=document.author,
        removed=tuple((r.text, r.reason) for r in document.removed), summary=summarise(paragraphs, sentences, statements),
    )
