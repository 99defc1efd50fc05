"""The sentiment tables from small inputs: words, sentence rows, paragraph means, voices, summary."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.document import Paragraph
from analysis.pieces import Piece
from analysis.tables import (PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, paragraph_table, sentence_table, summarise,
                             with_voices, word_count)


@pytest.mark.parametrize("text,words", [
    ("", 0), ("One two three.", 3), ("The ex-minister's plan", 3), ("1,200 people - mostly civilians", 5),
    ("  spaced   out  ", 2), ("«Quoted» — words", 2),
])
def test_word_count(text, words):
    assert word_count(text) == words


def test_sentence_table_offsets_and_numbering(nlp):
    texts = {1: "The talks went well. Everyone was pleased.", 2: "Then the plan failed badly."}
    pieces = [Piece(1, 0, nlp(texts[1])), Piece(2, 0, nlp(texts[2]))]
    table = sentence_table(pieces, texts=texts)
    assert list(table.columns) == SENTENCE_COLUMNS
    assert table[["paragraph", "index", "start", "end", "n_words"]].values.tolist() == [
        [1, 1, 0, 20, 4], [1, 2, 21, 42, 3], [2, 3, 0, 27, 5]]
    assert table["text"].tolist() == ["The talks went well.", "Everyone was pleased.", "Then the plan failed badly."]
    assert table["voice"].isna().all()


def test_sentence_table_cuts_text_from_the_paragraph_at_a_piece_offset(nlp):
    # the parsed text may differ from the paragraph's (a marked dateline): text comes from the paragraph
    paragraph = "GENEVA - Talks resumed."
    pieces = [Piece(1, 0, nlp("GENEVA . Talks resumed."))]
    table = sentence_table(pieces, texts={1: paragraph})
    assert table["text"].tolist()[-1] == "Talks resumed."
    assert [paragraph[s:e] for s, e in zip(table["start"], table["end"])] == table["text"].tolist()


SENTENCES = pd.DataFrame({
    "paragraph": [1, 1, 2], "index": [1, 2, 3], "n_words": [1, 3, 2],
    "vader": [0.8, -0.4, 0.0], "tone": [1.0, -0.6, 0.2], "voice": [None, None, None]})


def test_paragraph_table_weights_sentences_by_words():
    paragraphs = [Paragraph(1, "Good. Not so good here.", "Good. Not so good here."),
                  Paragraph(2, "Plain words.", "Plain words."), Paragraph(3, "Empty", "Empty")]
    table = paragraph_table(paragraphs, SENTENCES)
    assert list(table.columns) == PARAGRAPH_COLUMNS
    assert table["n_sentences"].tolist() == [2, 1, 0]
    assert table["n_words"].tolist() == [5, 2, 1]
    assert table["vader"].tolist() == pytest.approx([(0.8 - 1.2) / 4, 0.0, 0.0])
    assert table["tone"].tolist() == pytest.approx([(1.0 - 1.8) / 4, 0.2, 0.0])


def test_with_voices_marks_sentences_and_mixes_paragraphs():
    paragraphs = pd.DataFrame({"index": [1, 2, 3], "voice": [None] * 3})
    new_paragraphs, sentences = with_voices(paragraphs, SENTENCES, attributed={2, 3})
    assert sentences["voice"].tolist() == ["author", "attributed", "attributed"]
    assert new_paragraphs["voice"].tolist() == ["mixed", "attributed", "author"]
    assert paragraphs["voice"].isna().all() and SENTENCES["voice"].isna().all()  # inputs untouched


def test_summarise():
    paragraphs = pd.DataFrame({"n_words": [6, 2], "polarity": [0.5, -0.5], "subjectivity": [0.4, 0.8],
                               "vader": [0.2, 0.6], "tone": [0.1, -0.3], "disagree": [False, True]})
    sentences = pd.DataFrame({"voice": ["author", "attributed", "author"], "tone": [0.5, -0.5, -0.1],
                              "n_words": [3, 4, 1]})
    statements = pd.DataFrame({"speaker": ["Egypt", "Egypt", "officials", "Qatar"],
                               "unnamed": [False, False, True, False]})
    assert summarise(paragraphs, sentences, statements) == {
        "paragraphs": 2, "sentences": 3, "words": 8, "polarity": 0.25, "subjectivity": 0.5, "vader": 0.3,
        "tone": 0.0, "disagreeing_paragraphs": 1, "statements": 4, "speakers": 2,
        "tone_author": 0.35, "tone_attributed": -0.5, "author_sentences": 2}


def test_summarise_without_statements_or_a_voice():
    paragraphs = pd.DataFrame({"n_words": [3], "polarity": [0.0], "subjectivity": [0.0], "vader": [0.0],
                               "tone": [0.0], "disagree": [False]})
    sentences = pd.DataFrame({"voice": ["author"], "tone": [0.0], "n_words": [3]})
    summary = summarise(paragraphs, sentences, pd.DataFrame(columns=["speaker", "unnamed"]))
    assert (summary["statements"], summary["speakers"], summary["tone_attributed"]) == (0, 0, None)
