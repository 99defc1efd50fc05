"""Sentiment of sentences and paragraphs: TextBlob, VADER, and Newsprism's combined ``tone``.

Three measures stand side by side, and each keeps its own meaning:

``polarity`` and ``subjectivity``
    TextBlob's own numbers (its PatternAnalyzer, which works offline), passed
    through unchanged: polarity in [-1, 1], subjectivity in [0, 1] (0 = factual
    wording, 1 = opinionated wording). They are the product's headline figures.
``vader``
    VADER's compound score in [-1, 1], with VADER's stock lexicon, unchanged.
``tone``
    Newsprism's estimate of how people read the sentence, in [-1, 1]: the mean
    rating (-4 most negative .. +4 most positive) that a linear model predicts
    for it, divided by 2.5 and clipped to [-1, 1] (people's mean ratings of
    editorial sentences stay within about +-2.5, so +-1 is about as strong
    as the most extreme sentences they rated). The model is a ridge
    regression fitted (``scripts/fit_tone.py``) on 2,568 New York Times
    editorial sentences, each rated by 20 people, and shipped as
    ``analysis/data/tone_model.json``. Its inputs are VADER's and TextBlob's
    scores (VADER also with :data:`NEWS_LEXICON`, news words its social-media
    lexicon lacks; TextBlob also with the clause after "but"/"however" weighted
    2/3), the old hand-set blend of the two, the words' values in three
    published word lexicons of human ratings (labMT, Hu & Liu's opinion
    lexicon, AFINN; a word after "not", "no",
    "never"... up to the next punctuation counts -1/2), the sentence's length,
    quotes, "?" and "!", and a weight for each of about 4,200 words (and
    negated words) seen in the rated sentences. Cross-validated by editorial on
    those sentences it correlates with people at r 0.60, where VADER reaches
    0.50, TextBlob 0.31 and the old blend 0.51.

Paragraph figures: ``polarity``/``subjectivity`` are TextBlob on the whole
paragraph (TextBlob's own figure), ``vader`` and ``tone`` are the
length-weighted means of the paragraph's sentences (VADER's authors advise
averaging sentences rather than scoring long text, where compound saturates).
``disagree`` marks a paragraph where TextBlob polarity and VADER point in
opposite directions, each by more than :data:`DISAGREE_MARGIN`.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from textblob.en import sentiment as pattern_sentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

#: TextBlob and VADER disagree when they differ in sign and each is beyond this margin.
DISAGREE_MARGIN = 0.1
VADER_WEIGHT = 0.7
SINGLE_LEXICON_SCALE = 0.85
HEDGE_SCALE = 0.8
QUOTED_FRAGMENT_WEIGHT = 0.5
QUOTED_FRAGMENT_MAX_WORDS = 4

#: Words with clear tone in news prose that VADER's social-media lexicon lacks (VADER scale -4..4).
NEWS_LEXICON = {
    "retaliation": -1.6, "retaliate": -1.4, "bombing": -2.6, "bombings": -2.6, "bombed": -2.4,
    "bombardment": -2.6, "airstrike": -2.2, "airstrikes": -2.2, "hostage": -2.4, "hostages": -2.4,
    "casualties": -2.3, "wounded": -2.2, "slaughter": -3.4, "massacre": -3.5, "atrocity": -3.3,
    "atrocities": -3.3, "genocide": -3.6, "invasion": -2.2, "occupation": -1.2, "militants": -1.5,
    "insurgents": -1.4, "extremists": -2.2, "extremist": -2.2, "sanctions": -1.0, "embargo": -1.0,
    "crackdown": -1.9, "clashes": -1.7, "unrest": -1.6, "riots": -2.2, "shelling": -2.4,
    "famine": -2.8, "starvation": -2.9, "refugees": -0.8, "displaced": -1.3, "destroyed": -2.2,
    "devastating": -2.6, "devastation": -2.6, "ceasefire": 1.2, "truce": 1.2, "peace": 2.0,
    "reconciliation": 1.8, "breakthrough": 2.2, "recovery": 1.4, "rescued": 1.8,
    "humanitarian": 0.6, "aid": 0.8, "relief": 1.5, "condemnation": -1.8, "scandal": -2.2,
    "corruption": -2.6, "fraud": -2.6, "recession": -2.1, "inflation": -0.9, "layoffs": -1.9,
    "bankruptcy": -2.2, "deadly": -2.8, "lethal": -2.4, "barbaric": -3.0, "proscribed": -1.0,
    "terror": -2.9, "eradicate": -1.4,
}
_HEDGES = re.compile(r"\b(purported(ly)?|alleged(ly)?|reportedly|supposedly|claimed|claims|apparently|"
                     r"unconfirmed|unverified|so-called)\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(but|however|yet|nevertheless|though)\b", re.IGNORECASE)
_QUOTED = re.compile(r'"([^"]{1,80})"')


class Tone(NamedTuple):
    """Sentiment of one piece of text (see the module docstring for each measure)."""

    polarity: float
    subjectivity: float
    vader: float
    tone: float


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _vader_news() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(NEWS_LEXICON)
    return analyzer


@lru_cache(maxsize=4096)
def textblob_scores(text: str) -> tuple[float, float]:
    """TextBlob's (polarity, subjectivity), exactly as ``TextBlob(text).sentiment`` gives them:
    the function its PatternAnalyzer calls, without the namedtuple class it builds on every call
    (cached: a sentence is scored once, whichever measure asks first)."""
    polarity, subjectivity = pattern_sentiment(text)
    return float(polarity), float(subjectivity)


def vader_compound(text: str) -> float:
    """VADER's compound score with its stock lexicon."""
    return _vader_compound_cached(text)


def _vader_compound_cached(text: str) -> float:
    return _vader_scores(text)[0]


@lru_cache(maxsize=4096)
def _vader_scores(text: str) -> tuple[float, float, float, float]:
    """VADER's (compound, pos, neg, neu) with its stock lexicon, computed once per text."""
    scores = _vader().polarity_scores(text)
    return float(scores["compound"]), float(scores["pos"]), float(scores["neg"]), float(scores["neu"])


@lru_cache(maxsize=4096)
def _vader_news_scores(text: str) -> tuple[float, float, float, float]:
    """VADER's (compound, pos, neg, neu) with :data:`NEWS_LEXICON` added (the stock scores when the
    text has no news word)."""
    if NEWS_LEXICON.keys().isdisjoint(_WORDS.findall(text.lower())):
        return _vader_scores(text)
    scores = _vader_news().polarity_scores(text)
    return float(scores["compound"]), float(scores["pos"]), float(scores["neg"]), float(scores["neu"])


def _textblob_contrast(text: str) -> float:
    """TextBlob polarity with the clause after the last contrast word weighted 2/3."""
    matches = list(_CONTRAST.finditer(text))
    whole = textblob_scores(text)[0]
    if not matches:
        return whole
    cut = matches[-1]
    before, after = text[:cut.start()], text[cut.end():]
    if not before.strip() or not after.strip():
        return whole
    return textblob_scores(before)[0] / 3 + 2 * textblob_scores(after)[0] / 3


def _short_quotes(text: str) -> list[re.Match]:
    """Quoted fragments of a few words inside a longer sentence: scare quotes and cited words."""
    return [m for m in _QUOTED.finditer(text)
            if len(m.group(1).split()) <= QUOTED_FRAGMENT_MAX_WORDS and len(m.group(0)) < len(text) - 10]


_WORDS = re.compile(r"[a-z]+")


def _lexicon_tone(text: str) -> tuple[float, float]:
    """(VADER with the news lexicon, TextBlob with contrast) for one text."""
    return _vader_news_scores(text)[0], _textblob_contrast(text)


def _old_tone(text: str) -> float:
    """The hand-set blend that was ``tone`` before the fitted model (kept as one of its features)."""
    if not text.strip():
        return 0.0
    vader, blob = _lexicon_tone(text)
    quotes = _short_quotes(text)
    if quotes:
        stripped = text
        for m in reversed(quotes):
            stripped = stripped[:m.start()] + '"it"' + stripped[m.end():]
        v_out, b_out = _lexicon_tone(stripped)
        w = QUOTED_FRAGMENT_WEIGHT
        vader, blob = w * vader + (1 - w) * v_out, w * blob + (1 - w) * b_out
    if vader and blob:
        tone = VADER_WEIGHT * vader + (1 - VADER_WEIGHT) * blob
    else:
        tone = SINGLE_LEXICON_SCALE * (vader or blob)
    if _HEDGES.search(text):
        tone *= HEDGE_SCALE
    return max(-1.0, min(1.0, round(tone, 4)))


# --- the fitted tone model -------------------------------------------------------------------------

#: The fitted model: coefficients, vocabulary, word lexicons and the fit's metadata (scripts/fit_tone.py).
MODEL_PATH = Path(__file__).resolve().parent / "data" / "tone_model.json"
#: People rated sentences on -4 .. +4, but their mean ratings of editorial sentences stay within
#: about +-2.5: tone is the model's predicted rating divided by this, clipped to [-1, 1], so that
#: +-1 is about as strongly worded as the most extreme sentences people rated.
RATING_SCALE = 2.5
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|[.,;:!?]")
_NEGATORS = frozenset("not no never nor none nothing nobody neither without hardly cannot".split())
_CLAUSE_END = frozenset(".,;:!?")
_SUFFIXES = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""),
             ("ies", "y"), ("ied", "y"))
#: Names of the sentence-level features, in the model file's order (per-lexicon features follow).
DENSE_FEATURES = ("vader_compound", "vader_pos", "vader_neg", "vader_neu", "vader_news_compound",
                  "vader_news_pos", "vader_news_neg", "textblob_polarity", "textblob_subjectivity",
                  "polarity_x_subjectivity", "textblob_contrast", "old_tone", "log_words", "quotes",
                  "question", "exclamation")
LEXICON_FEATURES = ("mean", "sum", "positive_sum", "negative_sum")


def tone_tokens(text: str) -> list[str]:
    """Lower-case words, with ``NOT_`` before each word in a negation's scope (from "not", "no",
    "never", "n't"... to the end of the clause: the next punctuation mark)."""
    text = text.lower().replace("\u2019", "'").replace("n't", " not")
    tokens, negated = [], False
    for word in _TOKEN.findall(text):
        if word in _CLAUSE_END:
            negated = False
            continue
        tokens.append("NOT_" + word if negated else word)
        if word in _NEGATORS:
            negated = True
    return tokens


def _lexicon_value(lexicon: dict[str, float], word: str) -> float | None:
    """The word's value in a lexicon, or its stem's (plural, past, -ing, -ly stripped)."""
    value = lexicon.get(word)
    if value is not None:
        return value
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            value = lexicon.get(word[:-len(suffix)] + replacement)
            if value is not None:
                return value
    return None


def lexicon_features(tokens: list[str], lexicon: dict[str, float]) -> list[float]:
    """Mean, sum, positive sum and negative sum of the words' values (negated words count -1/2)."""
    values = []
    for token in tokens:
        negated = token.startswith("NOT_")
        value = _lexicon_value(lexicon, token[4:] if negated else token)
        if value is not None:
            values.append(-0.5 * value if negated else value)
    if not values:
        return [0.0, 0.0, 0.0, 0.0]
    total = sum(values)
    return [total / len(values), total, sum(v for v in values if v > 0), sum(v for v in values if v < 0)]


def dense_features(text: str, tokens: list[str], lexicons: dict[str, dict[str, float]]) -> list[float]:
    """The sentence-level features of :data:`DENSE_FEATURES`, then :data:`LEXICON_FEATURES` for each
    lexicon in ``lexicons`` order."""
    stock, news = _vader_scores(text), _vader_news_scores(text)
    polarity, subjectivity = textblob_scores(text)
    features = [*stock, *news[:3], polarity, subjectivity, polarity * subjectivity, _textblob_contrast(text),
                _old_tone(text), math.log(max(1, len(text.split()))),
                text.count("''") / 2 + text.count('"') / 2, float("?" in text), float("!" in text)]
    for lexicon in lexicons.values():
        features += lexicon_features(tokens, lexicon)
    return features


class ToneModel(NamedTuple):
    """The fitted linear model (see :func:`load_model`)."""

    intercept: float
    dense: tuple[float, ...]         # one coefficient per raw dense feature
    words: dict[str, float]          # coefficient of each (possibly NOT_-marked) word present
    lexicons: dict[str, dict[str, float]]
    metadata: dict

    def predict(self, text: str) -> float:
        """The predicted mean human rating of the sentence, on -4 .. +4 (not clipped)."""
        tokens = tone_tokens(text)
        value = self.intercept + sum(c * f for c, f in zip(self.dense, dense_features(text, tokens, self.lexicons)))
        return value + sum(self.words.get(t, 0.0) for t in set(tokens))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> ToneModel:
    """Read the fitted model once. The file holds ``intercept``, ``dense`` (feature names and
    coefficients, in :func:`dense_features` order), ``words`` (word -> coefficient), ``lexicons``
    (name -> word -> value in [-1, 1]) and ``metadata`` (how it was fitted, cross-validated r)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    names = [name for name, _ in data["dense"]]
    expected = list(DENSE_FEATURES) + [f"{lex}_{f}" for lex in data["lexicons"] for f in LEXICON_FEATURES]
    if names != expected:
        raise ValueError(f"{path}: dense features {names} do not match the code's {expected}")
    return ToneModel(float(data["intercept"]), tuple(float(c) for _, c in data["dense"]),
                     {w: float(c) for w, c in data["words"].items()}, data["lexicons"], data["metadata"])


@lru_cache(maxsize=4096)
def tone_of(text: str) -> float:
    """Newsprism's tone of one sentence, in [-1, 1]: the fitted model's predicted human rating
    divided by 2.5, clipped (definition in the module docstring)."""
    if not text.strip():
        return 0.0
    return max(-1.0, min(1.0, round(load_model().predict(text) / RATING_SCALE, 4)))


_SENTENCE_BREAK = re.compile(r'(?<=[.!?])["\')\]]?\s+(?=["\'(\[]?[A-Z0-9])')


def tone_of_passage(text: str) -> float:
    """Tone of a passage of several sentences (a quote): the length-weighted mean of its sentences.

    Scoring the passage at once would let VADER's negation window reach across a
    sentence break ("...some have not. This is unacceptable" reads "not ... unacceptable").
    """
    parts = [p for p in _SENTENCE_BREAK.split(text) if p.strip()]
    if len(parts) <= 1:
        return tone_of(text)
    return round(weighted_mean([tone_of(p) for p in parts], [max(1, len(p.split())) for p in parts]), 4)


def score(text: str) -> Tone:
    """All measures for one sentence or short text."""
    polarity, subjectivity = textblob_scores(text)
    return Tone(polarity, subjectivity, vader_compound(text), tone_of(text))


def disagree(polarity: float, vader: float, *, margin: float = DISAGREE_MARGIN) -> bool:
    """True when TextBlob and VADER point in opposite directions, each by more than ``margin``."""
    return (polarity > margin and vader < -margin) or (polarity < -margin and vader > margin)


def weighted_mean(values: list[float], weights: list[float]) -> float:
    """Mean of ``values`` weighted by ``weights``; 0.0 for nothing."""
    total = sum(weights)
    if not values or total <= 0:
        return 0.0
    return sum(v * w for v, w in zip(values, weights)) / total


def clear_caches() -> None:
    """Forget every cached score (benchmarks use it to measure a document seen for the first time)."""
    tone_of.cache_clear()
    textblob_scores.cache_clear()
    _vader_scores.cache_clear()
    _vader_news_scores.cache_clear()
