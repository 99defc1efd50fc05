"""Fit Newsprism's ``tone`` model on the development half of the rated editorial sentences.

    python scripts/fit_tone.py [--data ../shared/eval/sentiment/nyt-editorials-dev.tsv]

Writes ``analysis/data/tone_model.json`` (read by :func:`analysis.sentiment.load_model`) and prints
the grouped cross-validated Pearson r of VADER, TextBlob, the old hand-set blend and the model.

Data: ``ID<TAB>MEAN_RATING<TAB>TEXT``, the rating the mean of 20 people on -4 .. +4, the ID
``EDITORIAL_SENTENCE``. Sentences of one editorial are alike, so every cross-validation is grouped
by editorial: fold k holds the editorials whose number is k modulo 5.

Model: ridge regression (closed form, numpy; no scikit-learn) of the rating on
  * the sentence-level features of :data:`analysis.sentiment.DENSE_FEATURES` (VADER's compound and
    pos/neg/neu shares, with and without the news lexicon; TextBlob's polarity, subjectivity and
    'but'-weighted polarity; the old blend; length, quotes, '?' and '!'), standardized;
  * for each of three word lexicons, the mean, sum, positive and negative sums of the values of the
    sentence's words (a word in a negation's scope counts -1/2), standardized;
  * one binary feature per word (and per negated word, ``NOT_word``) seen in at least
    :data:`MIN_DF` training sentences.
The ridge penalty is chosen among :data:`ALPHAS` by the grouped cross-validation, then the model
is refitted on the whole development half. Nothing else (in particular not the held-out half) is
used for any choice.

The lexicons, all read from packages on PyPI (install them only to refit:
``pip install labmtsimple==2.8.8 afinn==0.1``), values scaled to [-1, 1] and rounded to 2 decimals:
  * ``labmt``: the labMT 1.0 happiness ratings of 10,222 words (Dodds et al. 2011), (h - 5) / 4;
  * ``ol``: Hu & Liu's opinion lexicon (2004): +-1;
  * ``afinn``: AFINN-165 (Nielsen 2011), score / 5.
The lists are shipped inside the model file. Warriner et al.'s valence norms (CC BY-NC-ND) and
the MPQA clues (GPL) were tried and left out for their terms: with them the CV r was 0.606,
without them 0.598.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import sentiment  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "sentiment" / "nyt-editorials-dev.tsv"
FOLDS = 5
MIN_DF = 2
ALPHAS = (10.0, 30.0, 100.0, 300.0, 1000.0)


def read_data(path: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(texts, mean ratings, editorial numbers) of the rated sentences."""
    texts, ratings, groups = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        ident, rating, text = line.split("\t", 2)
        texts.append(text)
        ratings.append(float(rating))
        groups.append(int(ident.split("_")[0]))
    return texts, np.array(ratings), np.array(groups)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {name} is needed to refit: pip install labmtsimple==2.8.8 afinn==0.1")
    return Path(list(spec.submodule_search_locations)[0])


def build_lexicons() -> dict[str, dict[str, float]]:
    """The three word lexicons, values in [-1, 1] rounded to 2 decimals (see the module docstring)."""
    lab = _package_dir("labMTsimple") / "data"
    lexicons: dict[str, dict[str, float]] = {"labmt": {}, "ol": {}, "afinn": {}}
    for line in (lab / "LabMT" / "labMT1.txt").read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        lexicons["labmt"][parts[0]] = (float(parts[2]) - 5) / 4
    for name, sign in (("positive", 1.0), ("negative", -1.0)):
        for word in (lab / "OL" / f"{name}-words-clean.txt").read_text(encoding="latin-1").splitlines():
            word = word.strip()
            if word and not word.startswith(";"):
                lexicons["ol"][word] = sign
    afinn = _package_dir("afinn") / "data" / "AFINN-en-165.txt"
    for line in afinn.read_text(encoding="utf-8").splitlines():
        word, score = line.rsplit("\t", 1)
        lexicons["afinn"][word] = int(score) / 5
    return {name: {w: round(v, 2) for w, v in sorted(lex.items())} for name, lex in lexicons.items()}


def featurize(texts: list[str], lexicons: dict) -> tuple[np.ndarray, list[set[str]]]:
    """Dense feature matrix and the set of (NOT_-marked) words of each sentence."""
    dense, words = [], []
    for text in texts:
        tokens = sentiment.tone_tokens(text)
        dense.append(sentiment.dense_features(text, tokens, lexicons))
        words.append(set(tokens))
    return np.array(dense), words


def _design(dense: np.ndarray, words: list[set[str]], mean, scale, vocab: dict[str, int]) -> np.ndarray:
    X = np.zeros((len(words), dense.shape[1] + len(vocab)))
    X[:, :dense.shape[1]] = (dense - mean) / scale
    for i, ws in enumerate(words):
        for w in ws:
            j = vocab.get(w)
            if j is not None:
                X[i, dense.shape[1] + j] = 1.0
    return X


def _vocabulary(words: list[set[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ws in words:
        for w in ws:
            counts[w] = counts.get(w, 0) + 1
    return {w: i for i, w in enumerate(sorted(w for w, c in counts.items() if c >= MIN_DF))}


class _Fold:
    """Standardization, vocabulary and the ridge's eigen-decomposition on one training set (dual
    form: n x n, since words outnumber sentences), so every penalty costs one matrix product."""

    def __init__(self, dense: np.ndarray, words: list[set[str]], y: np.ndarray):
        self.mean = dense.mean(0)
        self.scale = dense.std(0)
        self.scale[self.scale == 0] = 1.0
        self.vocab = _vocabulary(words)
        X = _design(dense, words, self.mean, self.scale, self.vocab)
        self.x_mean, self.y_mean = X.mean(0), y.mean()
        self.Xc = X - self.x_mean
        self.eigenvalues, self.U = np.linalg.eigh(self.Xc @ self.Xc.T)
        self.Uy = self.U.T @ (y - self.y_mean)

    def weights(self, alpha: float) -> np.ndarray:
        return self.Xc.T @ (self.U @ (self.Uy / (self.eigenvalues + alpha)))

    def predict(self, dense: np.ndarray, words: list[set[str]], alpha: float) -> np.ndarray:
        X = _design(dense, words, self.mean, self.scale, self.vocab)
        return (X - self.x_mean) @ self.weights(alpha) + self.y_mean


def pearson(a, b) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def cross_validate(texts: list[str], y: np.ndarray, groups: np.ndarray, lexicons: dict,
                   alphas=ALPHAS) -> dict[str, list[float]]:
    """Per-fold Pearson r (folds: editorial number modulo 5) of VADER, TextBlob, the old blend and
    the model at each penalty (``model@alpha``)."""
    dense, words = featurize(texts, lexicons)
    names = list(sentiment.DENSE_FEATURES)
    fixed = {"VADER compound": dense[:, names.index("vader_compound")],
             "TextBlob polarity": dense[:, names.index("textblob_polarity")],
             "old tone (blend)": dense[:, names.index("old_tone")]}
    results: dict[str, list[float]] = {name: [] for name in fixed}
    results.update({f"model@{a:g}": [] for a in alphas})
    for k in range(FOLDS):
        test = groups % FOLDS == k
        train = ~test
        fold = _Fold(dense[train], [w for w, t in zip(words, train) if t], y[train])
        test_words = [w for w, t in zip(words, test) if t]
        for name, values in fixed.items():
            results[name].append(pearson(values[test], y[test]))
        for a in alphas:
            results[f"model@{a:g}"].append(pearson(fold.predict(dense[test], test_words, a), y[test]))
    return results


def fit(texts, y, lexicons, alpha: float) -> dict:
    """Refit on every sentence; coefficients in raw feature units (standardization folded in)."""
    dense, words = featurize(texts, lexicons)
    fold = _Fold(dense, words, y)
    w = fold.weights(alpha)
    n_dense = dense.shape[1]
    dense_coef = w[:n_dense] / fold.scale
    word_coef = w[n_dense:]
    # prediction = y_mean + (x - x_mean) . w, with x_dense = (d - mean) / scale
    intercept = fold.y_mean - float(fold.x_mean @ w) - float((fold.mean / fold.scale) @ w[:n_dense])
    names = list(sentiment.DENSE_FEATURES) + [f"{lex}_{f}" for lex in lexicons for f in sentiment.LEXICON_FEATURES]
    vocab = sorted(fold.vocab, key=fold.vocab.get)
    return {"intercept": round(intercept, 6),
            "dense": [[name, round(float(c), 6)] for name, c in zip(names, dense_coef)],
            "words": {word: round(float(c), 5) for word, c in zip(vocab, word_coef) if abs(c) >= 5e-5},
            "in_sample": fold.predict(dense, words, alpha)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python scripts/fit_tone.py")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=sentiment.MODEL_PATH)
    args = parser.parse_args(argv)

    texts, y, groups = read_data(args.data)
    lexicons = build_lexicons()
    results = cross_validate(texts, y, groups, lexicons)
    for name, rs in results.items():
        print(f"{name:20s} r = {np.mean(rs):.4f}   folds " + " ".join(f"{r:.3f}" for r in rs))
    alpha = max(ALPHAS, key=lambda a: np.mean(results[f"model@{a:g}"]))
    best = results[f"model@{alpha:g}"]
    print(f"chosen alpha {alpha:g}: grouped-CV r {np.mean(best):.4f}")

    model = fit(texts, y, lexicons, alpha)
    in_sample = model.pop("in_sample")
    model["lexicons"] = lexicons
    model["metadata"] = {
        "fitted_by": "scripts/fit_tone.py",
        "data": "NYT editorial sentences, development half (shared/eval/sentiment/nyt-editorials-dev.tsv)",
        "sentences": len(texts), "editorials": int(len(set(groups.tolist()))),
        "target": "mean of 20 human ratings on -4 .. +4",
        "tone": f"clip(prediction / {sentiment.RATING_SCALE:g}, -1, 1)",
        "model": "ridge regression on standardized sentence features, lexicon features and binary words",
        "alpha": alpha, "min_df": MIN_DF,
        "cv": f"{FOLDS} folds grouped by editorial (editorial number modulo {FOLDS})",
        "cv_r": round(float(np.mean(best)), 4), "cv_r_folds": [round(r, 4) for r in best],
        "baselines_cv_r": {name: {"mean": round(float(np.mean(rs)), 4), "folds": [round(r, 4) for r in rs]}
                           for name, rs in results.items()},
        "lexicon_sources": {
            "labmt": "labMT 1.0 happiness ratings, Dodds et al. 2011, (h - 5) / 4 (via labMTsimple 2.8.8)",
            "ol": "Hu & Liu 2004 opinion lexicon, +-1 (via labMTsimple 2.8.8)",
            "afinn": "AFINN-165, Nielsen 2011, score / 5 (afinn 0.1)"},
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, {len(model['words'])} words)")

    # The shipped file must give what the fit gave (up to the rounding of the coefficients).
    sentiment.load_model.cache_clear()
    loaded = sentiment.load_model(args.out)
    check = np.array([loaded.predict(t) for t in texts[:200]])
    print(f"max |runtime - fit| on 200 sentences: {np.abs(check - in_sample[:200]).max():.5f}; "
          f"in-sample r {pearson(in_sample, y):.3f}")


if __name__ == "__main__":
    main()
