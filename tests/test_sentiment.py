import pytest
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import sentiment


@pytest.mark.parametrize("text", [
    "The minister praised the excellent new bridge.",
    "This is a horrific and barbaric attack.",
    "The committee met on Tuesday.",
    "It is not good at all, but the staff were wonderful.",
])
def test_textblob_and_vader_pass_through_unchanged(text):
    polarity, subjectivity = sentiment.textblob_scores(text)
    assert (polarity, subjectivity) == tuple(TextBlob(text).sentiment)
    assert sentiment.vader_compound(text) == SentimentIntensityAnalyzer().polarity_scores(text)["compound"]


@pytest.mark.parametrize("text,sign", [
    ("The mayor praised the wonderful new bridge.", 1),
    ("The attack killed dozens of civilians.", -1),
    ("Rescuers welcomed the ceasefire as a breakthrough.", 1),
    ("Relentless bombings left the city devastated.", -1),
    ("The talks were not a success.", -1),
])
def test_tone_sign(text, sign):
    assert sentiment.tone_of(text) * sign > 0.1


def test_neutral_sentence_has_zero_tone():
    assert sentiment.tone_of("The committee met on Tuesday in Geneva.") == 0.0
    assert sentiment.tone_of("   ") == 0.0


def test_but_clause_weighs_more_for_textblob():
    # The second clause carries the sentence's point.
    assert sentiment.tone_of("The plan is good, but the outcome was terrible.") < 0


def test_scare_quoted_word_counts_half():
    plain = sentiment.tone_of("The group called the raid a success yesterday.")
    quoted = sentiment.tone_of('The group called the raid a "success" yesterday.')
    assert 0 < quoted < plain


def test_hedge_softens():
    firm = sentiment.tone_of("The regime committed terrible atrocities.")
    hedged = sentiment.tone_of("The regime allegedly committed terrible atrocities.")
    assert firm < hedged < 0


def test_tone_in_range_on_extremes():
    assert -1 <= sentiment.tone_of("horrible " * 200) < 0
    assert 0 < sentiment.tone_of("wonderful " * 200) <= 1


@pytest.mark.parametrize("polarity,vader,expected", [
    (0.5, -0.5, True), (-0.3, 0.4, True), (0.5, 0.5, False), (0.05, -0.9, False), (0.0, 0.0, False),
])
def test_disagree(polarity, vader, expected):
    assert sentiment.disagree(polarity, vader) is expected


def test_score_bundles_all_measures():
    result = sentiment.score("The excellent report was welcomed.")
    assert result.polarity == TextBlob("The excellent report was welcomed.").sentiment.polarity
    assert -1 <= result.tone <= 1 and -1 <= result.vader <= 1 and 0 <= result.subjectivity <= 1


def test_weighted_mean():
    assert sentiment.weighted_mean([1.0, -1.0], [3, 1]) == 0.5
    assert sentiment.weighted_mean([], []) == 0.0
