import json

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


def test_neutral_sentence_has_near_zero_tone():
    assert abs(sentiment.tone_of("The committee met on Tuesday in Geneva.")) < 0.05
    assert sentiment.tone_of("   ") == 0.0


def test_negation_turns_tone_round():
    assert sentiment.tone_of("The talks were a success.") > 0.1
    assert sentiment.tone_of("The talks were not a success.") < -0.05
    assert sentiment.tone_of("The reform did not fail.") > sentiment.tone_of("The reform did fail.")


def test_contrast_clause_weighs_more():
    # The clause after "but" carries the sentence's point.
    good_then_bad = sentiment.tone_of("The plan is good, but the outcome was terrible.")
    bad_then_good = sentiment.tone_of("The outcome was terrible, but the plan is good.")
    assert good_then_bad < 0 and good_then_bad < bad_then_good


def test_scare_quoted_word_counts_less():
    plain = sentiment.tone_of("The group called the raid a success yesterday.")
    quoted = sentiment.tone_of('The group called the raid a "success" yesterday.')
    assert 0 < quoted < plain


def test_model_file_has_documented_shape():
    data = json.loads(sentiment.MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data) == {"intercept", "dense", "words", "lexicons", "metadata"}
    names = [name for name, _ in data["dense"]]
    assert names[:len(sentiment.DENSE_FEATURES)] == list(sentiment.DENSE_FEATURES)
    assert len(names) == len(sentiment.DENSE_FEATURES) + len(sentiment.LEXICON_FEATURES) * len(data["lexicons"])
    assert all(isinstance(c, float) for c in data["words"].values()) and len(data["words"]) > 1000
    assert all(-1 <= v <= 1 for lex in data["lexicons"].values() for v in lex.values())
    assert data["metadata"]["tone"] == "clip(prediction / 2.5, -1, 1)"
    assert sentiment.MODEL_PATH.stat().st_size < 1_000_000


def test_model_documented_value_on_a_sentence():
    # tone = clip((intercept + dense coefficients . features + word weights) / 2.5, -1, 1)
    model = sentiment.load_model()
    text = "The attack killed dozens of civilians."
    tokens = sentiment.tone_tokens(text)
    assert tokens == ["the", "attack", "killed", "dozens", "of", "civilians"]
    assert sentiment.tone_tokens("It did not work, sadly.") == ["it", "did", "not", "NOT_work", "sadly"]
    by_hand = model.intercept + sum(c * f for c, f in zip(model.dense, sentiment.dense_features(
        text, tokens, model.lexicons))) + sum(model.words.get(t, 0.0) for t in set(tokens))
    assert sentiment.tone_of(text) == round(by_hand / 2.5, 4)


def test_cross_validated_r_recorded_by_the_fit():
    meta = sentiment.load_model().metadata
    assert meta["cv_r"] >= 0.57 and len(meta["cv_r_folds"]) == 5
    assert meta["cv_r"] > meta["baselines_cv_r"]["VADER compound"]["mean"]
    assert meta["cv_r"] > meta["baselines_cv_r"]["old tone (blend)"]["mean"]


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
