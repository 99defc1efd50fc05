import json
import pickle

import pandas as pd

from analysis import analyze, from_text
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.analyze import PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, _pieces


def test_seed_paragraphs_and_sentences(seed_analysis):
    assert seed_analysis.title.startswith("Iran's Supreme Leader")
    assert list(seed_analysis.paragraphs.columns) == PARAGRAPH_COLUMNS
    assert list(seed_analysis.sentences.columns) == SENTENCE_COLUMNS
    assert seed_analysis.paragraphs["index"].tolist() == list(range(1, 8))
    assert seed_analysis.sentences["index"].tolist() == list(range(1, len(seed_analysis.sentences) + 1))
    # every paragraph has sentences, and the counts agree
    counts = seed_analysis.sentences.groupby("paragraph").size()
    assert counts.tolist() == seed_analysis.paragraphs["n_sentences"].tolist()
    # paragraph 2 opens with a two-sentence quote followed by a third sentence
    assert seed_analysis.paragraphs.loc[1, "n_sentences"] == 3


def test_sentence_offsets_point_into_paragraph_text(seed_analysis):
    texts = dict(zip(seed_analysis.paragraphs["index"], seed_analysis.paragraphs["text"]))
    for row in seed_analysis.sentences.itertuples():
        assert texts[row.paragraph][row.start:row.end] == row.text


def test_lexicon_numbers_are_the_libraries_own(seed_analysis):
    """polarity and subjectivity are TextBlob's, a sentence's vader is VADER's compound, unchanged."""
    vader = SentimentIntensityAnalyzer()
    for frame in (seed_analysis.paragraphs, seed_analysis.sentences):
        for row in frame.itertuples():
            assert (row.polarity, row.subjectivity) == tuple(TextBlob(row.text).sentiment)
    for row in seed_analysis.sentences.itertuples():
        assert row.vader == vader.polarity_scores(row.text)["compound"]


def test_tones_of_a_small_article(nlp):
    result = analyze(from_text("Talks\n\nThe ceasefire is a wonderful success.\n\n"
                               "The bombing killed many. The city mourned."), nlp=nlp)
    assert result.sentences["paragraph"].tolist() == [1, 2, 2]
    assert result.paragraphs["n_words"].tolist() == [6, 7]
    tone = result.sentences["tone"].tolist()
    assert tone[0] > 0.5 and tone[1] < -0.5
    assert result.summary["paragraphs"] == 2 and result.summary["words"] == 13
    assert result.summary["sentences"] == 3 and result.summary["statements"] == 0


def test_to_dict_is_json_contract(seed_analysis):
    payload = json.loads(json.dumps(seed_analysis.to_dict()))
    assert {"title", "paragraphs", "entities", "statements"} <= set(payload)
    first = payload["paragraphs"][0]
    assert {"index", "text", "polarity", "subjectivity", "vader", "tone"} <= set(first)
    assert first["index"] == 1


def test_analysis_pickles(seed_analysis):
    copy = pickle.loads(pickle.dumps(seed_analysis))
    pd.testing.assert_frame_equal(copy.paragraphs, seed_analysis.paragraphs)


def test_empty_frames_keep_schema(nlp):
    result = analyze(from_text("Just one short line"), nlp=nlp)
    assert result.title is None
    assert len(result.paragraphs) == 1
    assert list(result.entities.columns)[:3] == ["name", "type", "mentions"]
    assert result.entities.empty and result.statements.empty and result.mentions.empty
    assert result.paragraphs["voice"].tolist() == ["author"]


def test_progress_is_reported(nlp):
    calls = []
    analyze(from_text("A title\n\nOne paragraph here.\n\nAnother one."), nlp=nlp,
            progress=lambda fraction, message: calls.append(fraction))
    assert calls and calls[-1] == 1.0


def test_long_paragraph_is_cut_in_pieces_at_spaces():
    text = "word " * 50_000
    pieces = list(_pieces(text))
    assert len(pieces) > 1
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece


def test_deterministic(nlp, seed_bytes):
    from analysis import load

    a = analyze(load(seed_bytes, "seed.txt"), nlp=nlp)
    b = analyze(load(seed_bytes, "seed.txt"), nlp=nlp)
    assert a.to_dict() == b.to_dict()


def test_short_paragraphs_go_through_the_pipeline_in_larger_batches():
    from analysis.analyze import batch_size

    prose = [(i, 0, "A sentence of ordinary length, written as news is. " * 7) for i in range(10)]
    lines = [(i, 0, f"Item {i} was sold.") for i in range(10)]
    assert batch_size(prose) == 35 and batch_size(lines) == 128 and batch_size([]) == 128
