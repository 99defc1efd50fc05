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
    "President"), roles (bare roles the text gives a person: "Supreme Leader").
    Sorted by mentions, most first.
``mentions`` (:data:`~analysis.entities.MENTION_COLUMNS`), one row per mention
    entity (canonical name), type, paragraph (0 = title), sentence (index in
    ``sentences``; 0 for the title), start and end (offsets into the paragraph's
    text), text (the surface form), subject (grammatical subject), source
    ("ner" from the model, "text" found by the entity's other forms).
``statements`` (:data:`~analysis.stance.STATEMENT_COLUMNS`), one row per statement
    paragraph, sentence, speaker (canonical entity, or the phrase for an
    unnamed source), speaker_text (the words in the article), cue, target,
    target_text, stance (support/oppose/neutral), kind (direct/indirect/
    position), evidence (the sentence or sentences), content (the quote or the
    reported words), unnamed, confidence (0..1). Rules: :mod:`analysis.stance`.

``summary`` (a dict of key figures)
    paragraphs, sentences, words, polarity, subjectivity, vader, tone (word-weighted
    means over paragraphs), disagreeing_paragraphs, statements, speakers (named),
    tone_author and tone_attributed (mean tone of each voice's sentences, None when
    there are none), author_sentences.

Definitions of the sentiment measures: :mod:`analysis.sentiment`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pandas as pd
from spacy.language import Language

from analysis import sentiment
from analysis.document import Document, mark_dateline
from analysis.entities import extract_entities
from analysis.pieces import Piece
from analysis.stance import attributed_sentences, extract_statements
from analysis.nlp import MAX_PIECE_CHARS, load_pipeline

#: Bumped whenever the analysis' results change, so saved analyses can be recognised as older.
ANALYSIS_VERSION = 1

PARAGRAPH_COLUMNS = ["index", "text", "display", "n_sentences", "n_words", "polarity",
                     "subjectivity", "vader", "tone", "disagree", "voice"]
SENTENCE_COLUMNS = ["paragraph", "index", "start", "end", "text", "n_words", "polarity",
                    "subjectivity", "vader", "tone", "disagree", "voice"]

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
    summary: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The JSON contract of ``python -m analysis FILE --format json`` (keys are stable)."""
        paragraphs = self.paragraphs.drop(columns=["display"])
        return {
            "title": self.title,
            "name": self.name,
            "published": self.published,
            "version": self.version,
            "summary": self.summary,
            "paragraphs": _records(paragraphs),
            "sentences": _records(self.sentences),
            "entities": _records(self.entities),
            "mentions": _records(self.mentions),
            "statements": _records(self.statements),
        }


    def to_record(self) -> dict:
        """Everything needed to rebuild this Analysis (every column, full precision), as JSON-able
        values; :meth:`from_record` is its inverse. Used by :mod:`analysis.store`."""
        record = {key: getattr(self, key) for key in _SCALAR_FIELDS}
        record["warnings"] = list(self.warnings)
        for key in _FRAME_FIELDS:
            record[key] = {"columns": list(getattr(self, key).columns),
                           "rows": _records(getattr(self, key), digits=None)}
        return record

    @classmethod
    def from_record(cls, record: dict) -> Analysis:
        """Rebuild an Analysis saved with :meth:`to_record`."""
        frames = {key: pd.DataFrame(record[key]["rows"], columns=record[key]["columns"])
                  for key in _FRAME_FIELDS}
        scalars = {key: record.get(key) for key in _SCALAR_FIELDS}
        return cls(**scalars, **frames, warnings=tuple(record.get("warnings") or ()))


_SCALAR_FIELDS = ("title", "name", "format", "encoding", "title_display", "published", "version",
                  "summary")
_FRAME_FIELDS = ("paragraphs", "sentences", "entities", "mentions", "statements")


def _records(frame: pd.DataFrame, *, digits: int | None = 4) -> list[dict]:
    """Rows as plain Python values (numpy scalars and NaN made JSON-friendly, floats rounded to
    ``digits`` unless None)."""
    rows = []
    for row in frame.to_dict(orient="records"):
        clean = {}
        for key, value in row.items():
            if hasattr(value, "item") and not isinstance(value, (list, tuple)):
                value = value.item()
            if isinstance(value, float):
                value = None if math.isnan(value) else (value if digits is None else round(value, digits))
            clean[key] = value
        rows.append(clean)
    return rows


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


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:['-]\w+)*", text))


def analyze(document: Document, *, nlp: Language | None = None,
            progress: ProgressCallback | None = None) -> Analysis:
    """Analyse a Document: sentences, sentiment, entities and statements, as DataFrames.

    ``nlp`` is a loaded spaCy pipeline (loaded here when not given);
    ``progress(fraction, message)`` is called as paragraphs are processed.
    """
    nlp = nlp or load_pipeline()
    texts = [(p.index, offset, piece) for p in document.paragraphs
             for offset, piece in _pieces(mark_dateline(p.text) if p.index == 1 else p.text)]
    paragraph_text = {p.index: p.text for p in document.paragraphs}
    sentence_rows = []
    pieces: list[Piece] = []
    total = max(1, len(texts))
    docs = nlp.pipe((piece for _, _, piece in texts), batch_size=32)
    for done, ((paragraph, offset, _), doc) in enumerate(zip(texts, docs), start=1):
        pieces.append(Piece(paragraph, offset, doc))
        for sent in doc.sents:
            lead = len(sent.text) - len(sent.text.lstrip())
            start = offset + sent.start_char + lead
            text = paragraph_text[paragraph][start:start + len(sent.text.strip())]  # as written
            if not text:
                continue
            tone = sentiment.score(text)
            sentence_rows.append({
                "paragraph": paragraph, "index": len(sentence_rows) + 1,
                "start": start, "end": start + len(text), "text": text,
                "n_words": _word_count(text), "polarity": tone.polarity,
                "subjectivity": tone.subjectivity, "vader": tone.vader, "tone": tone.tone,
                "disagree": sentiment.disagree(tone.polarity, tone.vader),
            })
        if progress is not None and (done == total or done % 10 == 0):
            progress(done / total, f"Analysed {done} of {total} paragraphs")
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)

    by_paragraph: dict[int, list[dict]] = {}
    for row in sentence_rows:
        by_paragraph.setdefault(row["paragraph"], []).append(row)
    paragraph_rows = []
    for p in document.paragraphs:
        rows = by_paragraph.get(p.index, [])
        weights = [max(1, r["n_words"]) for r in rows]
        polarity, subjectivity = sentiment.textblob_scores(p.text)
        vader = sentiment.weighted_mean([r["vader"] for r in rows], weights)
        paragraph_rows.append({
            "index": p.index, "text": p.text, "display": p.display, "n_sentences": len(rows),
            "n_words": _word_count(p.text), "polarity": polarity, "subjectivity": subjectivity,
            "vader": vader, "tone": sentiment.weighted_mean([r["tone"] for r in rows], weights),
            "disagree": sentiment.disagree(polarity, vader),
        })
    paragraphs = pd.DataFrame(paragraph_rows, columns=PARAGRAPH_COLUMNS)
    paragraph_texts = {0: document.title or ""} | {p.index: p.text for p in document.paragraphs}
    entities, mentions = extract_entities(pieces, texts=paragraph_texts, sentences=sentences)
    statements = extract_statements(pieces, mentions=mentions, entities=entities, sentences=sentences)
    attributed = attributed_sentences(pieces, statements, sentences)
    sentences["voice"] = ["attributed" if i in attributed else "author" for i in sentences["index"]]
    voices = sentences.groupby("paragraph")["voice"].agg(lambda v: v.iloc[0] if v.nunique() == 1 else "mixed")
    paragraphs["voice"] = paragraphs["index"].map(voices).fillna("author")
    return Analysis(
        title=document.title, name=document.name, format=document.format,
        encoding=document.encoding, paragraphs=paragraphs, sentences=sentences,
        entities=entities, mentions=mentions,
        statements=statements, title_display=document.title_display, published=document.published,
        warnings=document.warnings, summary=summarise(paragraphs, sentences, statements),
    )


def summarise(paragraphs: pd.DataFrame, sentences: pd.DataFrame, statements: pd.DataFrame) -> dict:
    """Key figures of the whole article: counts, word-weighted mean sentiment, and the tone of the
    author's own sentences against that of the attributed ones (quotes and reported positions)."""
    weights = paragraphs["n_words"].clip(lower=1).tolist()

    voices, tones = sentences["voice"].tolist(), sentences["tone"].tolist()
    words = [max(1, n) for n in sentences["n_words"].tolist()]

    def voice_tone(voice: str) -> float | None:
        chosen = [i for i, v in enumerate(voices) if v == voice]
        if not chosen:
            return None
        return round(sentiment.weighted_mean([tones[i] for i in chosen], [words[i] for i in chosen]), 4)

    def mean(column: str) -> float:
        return round(sentiment.weighted_mean(paragraphs[column].tolist(), weights), 4)

    return {
        "paragraphs": len(paragraphs), "sentences": len(sentences),
        "words": int(paragraphs["n_words"].sum()) if len(paragraphs) else 0,
        "polarity": mean("polarity"), "subjectivity": mean("subjectivity"),
        "vader": mean("vader"), "tone": mean("tone"),
        "disagreeing_paragraphs": int(paragraphs["disagree"].sum()) if len(paragraphs) else 0,
        "statements": len(statements),
        "speakers": int(statements.loc[~statements["unnamed"].astype(bool), "speaker"].nunique())
        if len(statements) else 0,
        "tone_author": voice_tone("author"), "tone_attributed": voice_tone("attributed"),
        "author_sentences": voices.count("author"),
    }
