"""Sentiment of sentences and paragraphs: TextBlob, VADER, and Newsprism's combined ``tone``.

Three measures stand side by side, and each keeps its own meaning:

``polarity`` and ``subjectivity``
    TextBlob's own numbers (its PatternAnalyzer, which works offline), passed
    through unchanged: polarity in [-1, 1], subjectivity in [0, 1] (0 = factual
    wording, 1 = opinionated wording). They are the product's headline figures.
``vader``
    VADER's compound score in [-1, 1], with VADER's stock lexicon, unchanged.
``tone``
    Newsprism's best estimate of how a reader perceives the sentence, in
    [-1, 1]. It is built from the two lexicons, corrected for what they get
    wrong in news prose:

    1. *News lexicon.* VADER's lexicon comes from social media and misses
       words that carry clear tone in news (``retaliation``, ``bombings``,
       ``hostage``, ``ceasefire``, ``sanctions``...); a short list,
       :data:`NEWS_LEXICON`, adds them for the tone score only.
    2. *Negation and contrast.* VADER already flips negated words and weighs
       the clause after "but" more; TextBlob does neither for "but", so its
       share is computed as 1/3 before and 2/3 after the last contrast word
       ("but", "however", "yet", "although" reversed).
    3. *Quoted words.* A word in a short quoted fragment inside the author's
       sentence (the attacks were a "success") is someone else's word, often
       used ironically: fragments of up to four words count half.
    4. *Hedges.* "purportedly", "allegedly", "reportedly", "claimed"... soften a
       sentence: its tone is scaled by 0.8.
    5. *Combination.* ``tone = 0.7 * vader' + 0.3 * textblob'`` when both
       lexicons find sentiment words; when only one does, that one alone,
       scaled by 0.85 (one witness is weaker than two). VADER gets the larger
       weight because it correlates better with human ratings of news
       sentences (r ~ 0.50 against ~ 0.30 for TextBlob in published
       comparisons).

Paragraph figures: ``polarity``/``subjectivity`` are TextBlob on the whole
paragraph (TextBlob's own figure), ``vader`` and ``tone`` are the
length-weighted means of the paragraph's sentences (VADER's authors advise
averaging sentences rather than scoring long text, where compound saturates).
``disagree`` marks a paragraph where TextBlob polarity and VADER point in
opposite directions, each by more than :data:`DISAGREE_MARGIN`.
"""

from __future__ import annotations

import re
from functools import lru_cache
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


@lru_cache(maxsize=4096)
def _vader_compound_cached(text: str) -> float:
    return float(_vader().polarity_scores(text)["compound"])


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
    if NEWS_LEXICON.keys().isdisjoint(_WORDS.findall(text.lower())):
        vader = _vader_compound_cached(text)  # no news word: the stock score is the same
    else:
        vader = float(_vader_news().polarity_scores(text)["compound"])
    return vader, _textblob_contrast(text)


@lru_cache(maxsize=4096)
def tone_of(text: str) -> float:
    """Newsprism's combined tone of one sentence, in [-1, 1] (definition in the module docstring)."""
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
    _vader_compound_cached.cache_clear()
