"""Fit Newsprism's target ranker (:mod:`bench.target_ranker`) on the annotated training articles.

    python scripts/fit_targets.py [--out analysis/data/target_model.json] [--dry-run]

Runs the pipeline with the ranker recording instead of filling (so the rules alone decide), on
the 27 training articles: the development articles without the three held out (7 real articles
and the seed, "real") and the written sets open, blind2 and blind3 ("written"). Predicted
statements are matched to the gold ones with the shared scorer's own matching (same paragraph,
same resolved speaker, then same cue and most evidence words in common). Every matched statement
whose rules gave no target is an example: its candidates (:func:`bench.target_ranker.candidates`)
labelled by the scorer's :func:`target_matches` against the gold target; a gold null makes
abstaining right.

Model: L2-penalised logistic regression on the candidates (Newton's method, numpy); a statement
takes its best candidate when the probability clears a threshold, else no target. The penalty
and the threshold are chosen by cross-validation grouped by article (5 folds, article k in fold
k modulo 5, in name order); the honest estimate is nested: each article is scored by a model
chosen and fitted on the other 26 (leave one article out, inner 5 folds). Printed: target
accuracy over all matched statements, rules alone vs rules + ranker, per set, pooled, and real vs
written; how many empty targets the ranker fills and how many fills are right. Without
``--dry-run`` the model is written to ``--out`` (default ``analysis/data/target_model.json``,
which the extractor does not read: the ranker is not called, see :mod:`bench.target_ranker`).

Result on 2026-12-02 (nested CV): 0.632 -> 0.641 pooled over 421 matched statements, 0.885 ->
0.923 on the 8 real articles, 0.549 -> 0.549 on the 19 written ones; 34 fills, 16 right.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import analyze, load  # noqa: E402
from analysis.nlp import load_pipeline  # noqa: E402
from bench import target_ranker as ranker  # noqa: E402
from analysis.statements.targets import TargetFinder  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
HELD_OUT = ("christchurch-suspect-court", "kurds-assad-deal", "puerto-rico-governor-resigns")
SETS = (("tuning", EVAL / "dev", True), ("open", Path("/work/notes/s7/open"), False),
        ("blind2", Path("/work/notes/s7/blind2"), False), ("blind3", Path("/work/notes/s8/blind3"), False))
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.81, 0.05))
FOLDS = 5


def scorer():
    """The shared scorer module (``../shared/eval/score.py``)."""
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Example(NamedTuple):
    """A matched statement whose rules gave no target: its candidates' features and labels."""

    article: str
    X: np.ndarray  # candidates x features
    y: np.ndarray  # 1 where the candidate is an acceptable gold target
    abstain_ok: bool  # whether no target is right (gold null)
    stance: str = "neutral"  # the statement's predicted stance
    names: tuple[str, ...] = ()  # the candidates (for diagnosis; not in the model)
    note: str = ""  # speaker, cue, gold target and evidence (for diagnosis)


class Article(NamedTuple):
    name: str
    set: str
    real: bool
    matched: int  # matched statements
    rules_right: int  # of them, with the right target by the rules alone
    examples: list[Example]


def pairs(score, gold: dict, pred: dict) -> list[tuple[dict, dict]]:
    """(gold, predicted) statement pairs, matched as :func:`score_statements` does."""
    cmap = score.canon_map(gold["entities"])
    preds = [p for p in pred.get("statements", []) if p.get("speaker") and not p.get("unnamed")]
    used, out = set(), []
    for g in gold["statements"]:
        gs = score.resolve(g["speaker"], cmap)
        cands = [(score.same_cue(g.get("cue"), p.get("cue")),
                  score.overlap(g.get("evidence", ""), p.get("evidence", "")), -pi)
                 for pi, p in enumerate(preds) if pi not in used and int(p.get("paragraph") or 0) == g["paragraph"]
                 and score.resolve(p.get("speaker"), cmap) == gs]
        if cands:
            pi = -max(cands)[2]
            used.add(pi)
            out.append((g, preds[pi]))
    return out


@contextmanager
def recording(records: list):
    """While inside, :meth:`TargetFinder.find` appends (paragraph, cue, speakers, candidates) for
    every cue the rules leave without a target (denials aside) and still returns the rules'
    target: the extractor's output is the rules' own."""
    original = TargetFinder.find

    def find(self, hit, *, speakers, actions=None):
        target = original(self, hit, speakers=speakers, actions=actions)
        denial = target.how == "denial" or (hit.token.lemma_.lower() in ("deny", "denial") and hit.family == "report")
        if denial:
            return target
        ranking = self.__dict__.setdefault("_ranker", ranker.TargetRanker(self))
        if target.name is None:
            records.append((hit.piece.paragraph, hit.text, frozenset(speakers), ranking.candidates(hit, speakers)))
        ranking.remember(hit, speakers, target)
        return target

    TargetFinder.find = find
    try:
        yield records
    finally:
        TargetFinder.find = original


def read_article(score, nlp, name: str, folder: Path, set_name: str, real: bool) -> Article:
    """Run the pipeline (the rules alone, candidates recorded) on one article and build its examples."""
    gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = folder / f"{name}.txt"
    with recording([]) as records:
        pred = analyze(load(text.read_bytes(), text.name), nlp=nlp).to_dict()
    queues: dict[tuple, list] = {}
    for paragraph, cue, speakers, found in records:
        for speaker in speakers:
            queues.setdefault((paragraph, cue, speaker), []).append(found)
    recorded = {}
    for i, p in enumerate(pred["statements"]):
        queue = queues.get((p["paragraph"], p["cue"], p["speaker"]))
        if p.get("target") is None and queue:
            recorded[i] = queue.pop(0)
    index_of = {id(p): i for i, p in enumerate(pred["statements"])}
    cmap = score.canon_map(gold["entities"])
    matched = pairs(score, gold, pred)
    rules_right, examples = 0, []
    width = len(ranker.FEATURES)
    for g, p in matched:
        right = score.target_matches(g.get("target"), p.get("target"), cmap)
        rules_right += right
        found = recorded.get(index_of[id(p)])
        if found is None:
            continue
        X = np.array([c.features for c in found], dtype=float).reshape(-1, width)
        y = np.array([score.target_matches(g.get("target"), c.name, cmap) for c in found], dtype=float)
        examples.append(Example(name, X, y, bool(score.target_matches(g.get("target"), None, cmap)),
                                p.get("stance") or "neutral", tuple(c.name for c in found),
                                f"{p['speaker']} '{p['cue']}' gold={g.get('target')} [{g['stance']}] :: {p['evidence'][:160]}"))
    return Article(name, set_name, real, len(matched), rules_right, examples)


def read_all(sets=SETS) -> list[Article]:
    score, nlp = scorer(), load_pipeline()
    articles = []
    for set_name, folder, real in sets:
        for gold_path in sorted(folder.glob("*.gold.json")):
            name = gold_path.name.removesuffix(".gold.json")
            if name in HELD_OUT:
                continue
            articles.append(read_article(score, nlp, name, folder, set_name, real))
    return articles


def fit_logistic(examples: list[Example], penalty: float) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression of candidate labels on features (intercept unpenalised)."""
    rows = [e.X for e in examples if len(e.y)]
    if not rows:
        return np.zeros(len(ranker.FEATURES)), -5.0
    X = np.vstack(rows)
    y = np.concatenate([e.y for e in examples if len(e.y)])
    A = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(A.shape[1])
    reg = np.full(A.shape[1], penalty)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(A @ w, -30, 30)))
        grad = A.T @ (p - y) + reg * w
        hess = (A * (p * (1 - p))[:, None]).T @ A + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def decide(examples: list[Example], weights: np.ndarray, intercept: float, threshold: float) -> list[tuple[bool, bool]]:
    """(filled, right) for each example: the best candidate above the threshold, else none."""
    out = []
    for e in examples:
        if not len(e.y):
            out.append((False, e.abstain_ok))
            continue
        p = 1.0 / (1.0 + np.exp(-np.clip(e.X @ weights + intercept, -30, 30)))
        best = int(np.argmax(p))
        out.append((True, bool(e.y[best])) if p[best] >= threshold else (False, e.abstain_ok))
    return out


def grid(examples: list[Example], articles: list[str]) -> dict[tuple[float, float], int]:
    """Right decisions summed over 5 folds by article, for every (penalty, threshold)."""
    right = {(c, t): 0 for c in PENALTIES for t in THRESHOLDS}
    for k in range(FOLDS):
        test_names = {a for i, a in enumerate(articles) if i % FOLDS == k}
        train = [e for e in examples if e.article not in test_names]
        test = [e for e in examples if e.article in test_names]
        for c in PENALTIES:
            w, b = fit_logistic(train, c)
            for t in THRESHOLDS:
                right[(c, t)] += sum(r for _, r in decide(test, w, b, t))
    return right


def best_setting(right: dict[tuple[float, float], int]) -> tuple[float, float]:
    """The most right decisions; on a tie, the stronger penalty and the higher threshold."""
    return max(right, key=lambda k: (right[k], k[0], k[1]))


def nested(examples: list[Example], articles: list[str]) -> dict[str, list[tuple[bool, bool]]]:
    """Each article's decisions by a model chosen and fitted without it."""
    out = {}
    for name in articles:
        others = [a for a in articles if a != name]
        train = [e for e in examples if e.article != name]
        c, t = best_setting(grid(train, others))
        w, b = fit_logistic(train, c)
        out[name] = decide([e for e in examples if e.article == name], w, b, t)
    return out


def report(articles: list[Article], decisions: dict[str, list[tuple[bool, bool]]], label: str) -> None:
    """Target accuracy over all matched statements, rules alone vs rules + ranker, by group."""
    groups = [(s, [a for a in articles if a.set == s]) for s, _, _ in SETS]
    groups += [("real (8)", [a for a in articles if a.real]), ("written (19)", [a for a in articles if not a.real]),
               ("pooled (27)", articles)]
    print(f"-- {label}")
    for name, rows in groups:
        matched = sum(a.matched for a in rows)
        rules = sum(a.rules_right for a in rows)
        empty = sum(len(a.examples) for a in rows)
        empty_right = sum(e.abstain_ok for a in rows for e in a.examples)
        dec = [d for a in rows for d in decisions[a.name]]
        filled = sum(f for f, _ in dec)
        filled_right = sum(r for f, r in dec if f)
        after = rules - empty_right + sum(r for _, r in dec)
        print(f"{name:14s} matched {matched:4d}  rules {rules / matched:.3f}  rules+ranker {after / matched:.3f}  "
              f"empty {empty:3d} (null right {empty_right:3d})  filled {filled:3d}, right {filled_right:3d}")


def model_record(weights, intercept: float, threshold: float, *, penalty: float, articles: list[Article],
                 examples: list[Example], nested_right: int) -> dict:
    """The model file: feature names, weights, intercept, threshold and how it was fitted (the
    sets by folder and size: no article's name)."""
    return {
        "features": list(ranker.FEATURES),
        "weights": [round(float(w), 5) for w in weights], "intercept": round(float(intercept), 5),
        "threshold": float(threshold),
        "metadata": {
            "fitted_by": "scripts/fit_targets.py", "date": datetime.date.today().isoformat(),
            "sets": {s: {"folder": str(folder), "articles": sum(a.set == s for a in articles)}
                     for s, folder, _ in SETS},
            "examples": len(examples), "candidates": int(sum(len(e.y) for e in examples)),
            "model": "L2 logistic regression on candidate features; best candidate if p >= threshold",
            "penalty": penalty,
            "cv": f"{FOLDS} folds grouped by article; nested leave-one-article-out for the estimate",
            "nested_cv_right_of_empty": [int(nested_right), len(examples)],
            "abstain_right_of_empty": int(sum(e.abstain_ok for e in examples)),
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python scripts/fit_targets.py")
    parser.add_argument("--out", type=Path, default=ranker.MODEL_PATH)
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    articles = read_all()
    examples = [e for a in articles for e in a.examples]
    names = [a.name for a in articles]
    print(f"{len(articles)} articles, {len(examples)} empty targets, "
          f"{sum(len(e.y) for e in examples)} candidates, {int(sum(e.y.sum() for e in examples))} right ones")
    outer = nested(examples, names)
    report(articles, outer, "nested grouped CV (each article by a model fitted without it)")
    right = grid(examples, names)
    penalty, threshold = best_setting(right)
    print(f"chosen penalty {penalty:g}, threshold {threshold:g} (5-fold grouped CV: {right[(penalty, threshold)]} "
          f"of {len(examples)} empty targets right; abstaining everywhere: {sum(e.abstain_ok for e in examples)})")
    weights, intercept = fit_logistic(examples, penalty)
    by_article = {n: decide([e for e in examples if e.article == n], weights, intercept, threshold) for n in names}
    report(articles, by_article, "in-sample (optimistic)")
    for f, w in sorted(zip(ranker.FEATURES, weights), key=lambda x: -abs(x[1]))[:12]:
        print(f"  {f:24s} {w:+.3f}")
    if args.dry_run:
        return
    model = model_record(weights, intercept, threshold, penalty=penalty, articles=articles, examples=examples,
                         nested_right=sum(r for d in outer.values() for _, r in d))
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    ranker.load_model.cache_clear()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
