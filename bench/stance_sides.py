"""A learned side for statements the rules leave neutral for want of evidence: an experiment,
measured and not called by the extractor.

Grouped by article (nested cross-validation on the 27 training articles) it raised stance
accuracy from 0.777 to 0.817; on articles outside the training (two blind sets written for the
project, the three held-out real articles, an older blind set) its sides were right as often
as wrong, or worse (README, "How the numbers are made"). The product's stance is the rules'.

:func:`learned_side` is asked only when :func:`~analysis.statements.polarity.stance_of` found no
evidence (``Stance.default``) and the statement has a target entity (:func:`asks`). It reads
:func:`side_features` of the cue and its target (the cue's family and lemma, the rule that found
the target and where the target sits in the reported clause, whether the words are quoted, how
many, their negations and modal words, VADER's compound and the summed word valence of them, near
the target and elsewhere) and applies a small multinomial logistic regression fitted by
``scripts/fit_stance.py`` on the annotated statements (``bench/stance_model.json``:
weights, feature names, decision threshold, the fit's date, sets and cross-validated figures).
A side is taken only when the model's probability of support or of oppose reaches the
threshold; the stance then carries ``how = "learned"``, else the default
neutral comes back unchanged. More word features (the labMT, Hu & Liu and AFINN values of the
content near the target and elsewhere, binary content lemmas) were measured and left out: with
them the grouped cross-validated stance accuracy was no better (0.77-0.79 against 0.80 without,
measured when every default was asked).

The features are a plain ``{name: value}`` dict: names beginning ``cue:``, ``fam:``, ``how:`` and
``dep:`` are binary, the others numbers. :func:`encode` turns it into the model's vector; fitting
and run time both use these two functions, so they agree. No feature holds a proper name.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
from spacy.tokens import Token

from analysis.sentiment import vader_compound
from analysis.statements.detect import CueHit
from analysis.statements.evaluation import NEGATIONS, valence
from analysis.statements.polarity import Stance
from analysis.statements.reported import Target

MODEL_PATH = Path(__file__).resolve().parent / "stance_model.json"
CLASSES = ("neutral", "support", "oppose")
#: Prefixes of the binary features (the rest are numbers, standardised by the model).
BINARY = ("cue:", "fam:", "how:", "dep:")
#: Tokens either side of the target's mention that count as near it.
NEAR = 4
_MODALS = frozenset({"should", "must", "ought", "need", "needs", "would", "could", "will", "shall", "can", "may"})


def content_tokens(hit: CueHit) -> list[Token]:
    """What was said or done: the cue's content, quotation and label, in text order, once each."""
    seen = {t.i: t for t in (*hit.content, *hit.quoted, *hit.label)}
    return [seen[i] for i in sorted(seen)]


def _target_dep(hit: CueHit, target: Target, scope: set[int]) -> str:
    """Where the target sits: subject or object of a clause of the content, elsewhere in it, or
    outside it (none when there is no target)."""
    token = target.token
    if target.name is None or token is None:
        return "none"
    if token.i not in scope:
        return "outside"
    head = token
    while head.dep_ in ("compound", "poss", "amod", "det", "flat", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        return "subject"
    if head.dep_ in ("dobj", "attr", "oprd"):
        return "object"
    if head.dep_ == "pobj":
        return "pobj"
    return "other"


def side_features(hit: CueHit, target: Target) -> dict[str, float]:
    """The features of one default-neutral statement: the cue's family and lemma, the rule that
    found the target and where the target sits (:func:`_target_dep`), whether the words are
    quoted, their number (log), their negations and modal words, VADER's compound of them, and
    their summed valence (:func:`~analysis.statements.evaluation.valence`, divided by 4) within
    :data:`NEAR` tokens of the target's mention and elsewhere."""
    tokens = content_tokens(hit)
    scope = {t.i for t in tokens}
    anchor = target.token if target.name is not None and target.token is not None else None
    near = [t for t in tokens if anchor is not None and abs(t.i - anchor.i) <= NEAR and t.i != anchor.i]
    rest = [t for t in tokens if t not in near]
    text = "".join(t.text_with_ws for t in tokens).strip()
    return {
        f"fam:{hit.family}": 1.0,
        f"cue:{hit.token.lemma_.lower()}": 1.0,
        f"how:{target.how}": 1.0,
        f"dep:{_target_dep(hit, target, scope)}": 1.0,
        "quoted": float(bool(hit.quoted)),
        "log_words": math.log1p(len(tokens)),
        "negations": float(sum(t.lower_ in NEGATIONS or t.dep_ == "neg" for t in tokens)),
        "modals": float(sum(t.lower_ in _MODALS for t in tokens)),
        "vader": vader_compound(text) if text else 0.0,
        "valence_near": valence(near) / 4 if near else 0.0,
        "valence_rest": valence(rest) / 4 if rest else 0.0,
    }


def encode(features: dict[str, float], columns: dict[str, int], mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """The model's vector of a feature dict: numbers standardised by ``mean`` and ``scale`` (0 when
    absent), binary features 1 when present and in ``columns``; a cue lemma outside the vocabulary
    counts as ``cue:other``."""
    x = np.zeros(len(columns))
    numeric = [name for name in columns if not name.startswith(BINARY)]
    for name in numeric:
        j = columns[name]
        x[j] = (features.get(name, 0.0) - mean[j]) / scale[j]
    for name in features:
        if not name.startswith(BINARY):
            continue
        j = columns.get(name)
        if j is None and name.startswith("cue:"):
            j = columns.get("cue:other")
        if j is not None:
            x[j] = 1.0
    return x


def probabilities(x: np.ndarray, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Softmax of the classes' scores (rows of ``x`` or one vector), in :data:`CLASSES` order."""
    scores = x @ weights + bias
    scores = scores - scores.max(axis=-1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=-1, keepdims=True)


def decide(p: np.ndarray, threshold: float) -> str:
    """Support or oppose when that side's probability is the larger and reaches the threshold,
    else neutral."""
    side = 1 if p[1] >= p[2] else 2
    return CLASSES[side] if p[side] >= threshold else "neutral"


class SideModel(NamedTuple):
    """The fitted model (``stance_model.json``)."""

    columns: dict[str, int]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # features x classes
    bias: np.ndarray
    threshold: float
    metadata: dict

    def side(self, features: dict[str, float]) -> str:
        """support, oppose or neutral for one statement's features."""
        p = probabilities(encode(features, self.columns, self.mean, self.scale), self.weights, self.bias)
        return decide(p, self.threshold)


@lru_cache(maxsize=1)
def load_side_model(path: Path = MODEL_PATH) -> SideModel | None:
    """Read the model file once; None when there is none (the rules alone then decide)."""
    if not Path(path).exists():
        return None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    names = data["features"]
    return SideModel({name: i for i, name in enumerate(names)}, np.array(data["mean"], dtype=float),
                     np.array(data["scale"], dtype=float), np.array(data["weights"], dtype=float),
                     np.array(data["bias"], dtype=float), float(data["threshold"]), data["metadata"])


def asks(target: Target, stance: Stance) -> bool:
    """Whether the model is asked: the rules found no evidence (a default neutral) and there is a
    target entity. With no target the model has only the shape of the sentence to go on, and a
    plain quoted report ('"Our results show the drug works," she told the radio') is no side."""
    return stance.default and target.name is not None


def learned_side(hit: CueHit, target: Target, stance: Stance) -> Stance:
    """A side for a default-neutral statement with a target, or the stance unchanged (module
    docstring)."""
    model = load_side_model()
    if model is None or not asks(target, stance):
        return stance
    side = model.side(side_features(hit, target))
    return stance if side == "neutral" else Stance(side, False, "learned")
