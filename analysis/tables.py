"""The sentiment tables of an article: one row per sentence, one per paragraph, and key figures.

Built from the parsed pieces (:class:`~analysis.pieces.Piece`) and the document's paragraphs;
each measure is defined in :mod:`analysis.sentiment`, each column in :mod:`analysis.analyze`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

import pandas as pd

from analysis import sentiment
from analysis.document import Paragraph
from analysis.pieces import Piece

PARAGRAPH_COLUMNS = ["index", "text", "display", "n_sentences", "n_words", "polarity",
                     "subjectivity", "vader", "tone", "disagree", "voice"]
SENTENCE_COLUMNS = ["paragraph", "index", "start", "end", "text", "n_words", "polarity",
                    "subjectivity", "vader", "tone", "disagree", "voice"]

_WORD = re.compile(r"\w+(?:['-]\w+)*")


def word_count(text: str) -> int:
    """Words in a text: runs of letters and digits, a hyphen or apostrophe inside a word keeping
    it one word ("ex-minister's" is one)."""
    return len(_WORD.findall(text))


def sentence_table(pieces: Iterable[Piece], *, texts: dict[int, str]) -> pd.DataFrame:
    """One row per sentence of the parsed pieces, in reading order (:data:`SENTENCE_COLUMNS`,
    ``voice`` left empty). ``texts`` maps a paragraph index to its text (the same length as the
    parsed text, which may differ in a marked dateline), so offsets point into it and a sentence's
    ``text`` is cut from it; blank sentences are skipped; the index runs from 1 over the article."""
    rows = []
    for piece in pieces:
        for sent in piece.doc.sents:
            lead = len(sent.text) - len(sent.text.lstrip())
            start = piece.offset + sent.start_char + lead
            text = texts[piece.paragraph][start:start + len(sent.text.strip())]
            if not text:
                continue
            tone = sentiment.score(text)
            rows.append({
                "paragraph": piece.paragraph, "index": len(rows) + 1, "start": start,
                "end": start + len(text), "text": text, "n_words": word_count(text),
                "polarity": tone.polarity, "subjectivity": tone.subjectivity, "vader": tone.vader,
                "tone": tone.tone, "disagree": sentiment.disagree(tone.polarity, tone.vader), "voice": None,
            })
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def paragraph_table(paragraphs: Sequence[Paragraph], sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph (:data:`PARAGRAPH_COLUMNS`, ``voice`` left empty): TextBlob on the
    whole paragraph, VADER and tone as the means of its sentences weighted by their words."""
    by_paragraph: dict[int, list[dict]] = {}
    for row in sentences.to_dict(orient="records"):
        by_paragraph.setdefault(row["paragraph"], []).append(row)
    rows = []
    for p in paragraphs:
        own = by_paragraph.get(p.index, [])
        weights = [max(1, r["n_words"]) for r in own]
        polarity, subjectivity = sentiment.textblob_scores(p.text)
        vader = sentiment.weighted_mean([r["vader"] for r in own], weights)
        rows.append({
            "index": p.index, "text": p.text, "display": p.display, "n_sentences": len(own),
            "n_words": word_count(p.text), "polarity": polarity, "subjectivity": subjectivity,
            "vader": vader, "tone": sentiment.weighted_mean([r["tone"] for r in own], weights),
            "disagree": sentiment.disagree(polarity, vader), "voice": None,
        })
    return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)


def with_voices(paragraphs: pd.DataFrame, sentences: pd.DataFrame, *,
                attributed: Collection[int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Copies of both tables with ``voice`` filled: a sentence whose index is in ``attributed``
    is "attributed", any other "author"; a paragraph takes its sentences' voice when they agree,
    "mixed" when they do not, "author" when it has none."""
    sentences = sentences.assign(voice=["attributed" if i in attributed else "author"
                                        for i in sentences["index"]])
    voices: dict[int, set[str]] = {}
    for paragraph, voice in zip(sentences["paragraph"], sentences["voice"]):
        voices.setdefault(paragraph, set()).add(voice)
    paragraphs = paragraphs.assign(voice=[
        next(iter(voices[i])) if len(voices.get(i, ())) == 1 else ("mixed" if i in voices else "author")
        for i in paragraphs["index"]])
    return paragraphs, sentences


def summarise(paragraphs: pd.DataFrame, sentences: pd.DataFrame, statements: pd.DataFrame) -> dict:
    """Key figures of the whole article: counts, word-weighted mean sentiment, and the tone of the
    author's own sentences against that of the attributed ones (None when a voice has none)."""
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

    named = statements.loc[~statements["unnamed"].astype(bool), "speaker"] if len(statements) else []
    return {
        "paragraphs": len(paragraphs), "sentences": len(sentences),
        "words": int(paragraphs["n_words"].sum()) if len(paragraphs) else 0,
        "polarity": mean("polarity"), "subjectivity": mean("subjectivity"),
        "vader": mean("vader"), "tone": mean("tone"),
        "disagreeing_paragraphs": int(paragraphs["disagree"].sum()) if len(paragraphs) else 0,
        "statements": len(statements),
        "speakers": int(pd.Series(named).nunique()),
        "tone_author": voice_tone("author"), "tone_attributed": voice_tone("attributed"),
        "author_sentences": voices.count("author"),
    }
