"""Fit the learned side of :mod:`bench.stance_sides` on the annotated training articles.

    python scripts/fit_stance.py [--out bench/stance_model.json] [--no-write]

Runs the pipeline (rules alone: the learned side switched off) on the 27 training articles: the
tuning development articles and the seed (``../shared/eval/dev`` without the three held out in
:data:`bench.dev.HELD_OUT`), and the open, blind2 and blind3 sets under ``/work/notes``. Predicted
statements are paired with the gold ones by the shared scorer's own matching (its ``resolve``,
``same_cue``, ``overlap`` and ``target_matches``; the pairing is checked against its
``score_statements``). Every paired statement the model would be asked about (a default neutral
with a target entity: :func:`bench.stance_sides.asks`) gives one training row: :func:`bench.stance_sides.side_features` of its cue and target, and the gold
stance.

Model: multinomial logistic regression (numpy, L2 penalty ``alpha`` on the weights, accelerated
gradient descent); numbers standardised; a binary feature (cue lemma, family, target rule and
position) kept when seen in at least :data:`MIN_ROWS` rows of :data:`MIN_ARTICLES` training
articles, the rarer cue lemmas counting as ``cue:other``. A side is taken when its
probability reaches ``threshold``. ``alpha`` and ``threshold`` are chosen by leave-one-article-out
cross-validation on stance accuracy over all paired statements (rules alone for the others);
the honest estimate is the nested figure (the choice itself made inside each outer fold, by 5
folds grouped by article). Vocabulary and standardisation are rebuilt inside every fold.
"""

from __future__ import annotations

import argparse
import datetime
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import analysis.statements as statements_module  # noqa: E402
from analysis import analyze, load  # noqa: E402
from analysis.nlp import load_pipeline  # noqa: E402
from bench import stance_sides as sides  # noqa: E402
from bench.dev import DEV, HELD_OUT  # noqa: E402
from bench.entity_baseline import _scorer  # noqa: E402

NOTES = Path("/work/notes")
SETS = (("tuning", DEV), ("open", NOTES / "s7" / "open"), ("blind2", NOTES / "s7" / "blind2"),
        ("blind3", NOTES / "s8" / "blind3"))
MIN_ARTICLES = 3
MIN_ROWS = 3
ALPHAS = (0.003, 0.01, 0.03, 0.1, 0.3)
THRESHOLDS = tuple(round(0.35 + 0.05 * k, 2) for k in range(10))
ITERATIONS = 1500


# --- data -------------------------------------------------------------------------------------------

def articles() -> list[tuple[str, str, Path]]:
    """(set, name, folder) of every training article; the held-out three never."""
    out = []
    for set_name, folder in SETS:
        for gold in sorted(folder.glob("*.gold.json")):
            name = gold.name.removesuffix(".gold.json")
            if name not in HELD_OUT:
                out.append((set_name, name, folder))
    return out


def run_rules(text_path: Path, nlp) -> tuple[dict, list[dict]]:
    """The prediction with rules alone, and per statement row (in order) what the stance stage
    saw: the cue text, the rule stance, the target before the neutral scope, and the features of
    a statement the model is asked about."""
    calls: list[dict] = []
    stance_of = statements_module.stance_of

    def recording(hit, target, **kwargs):
        stance = stance_of(hit, target, **kwargs)
        calls.append({"paragraph": hit.piece.paragraph, "cue": hit.text, "stance": stance.value,
                      "asked": sides.asks(target, stance), "target": target.name,
                      "features": sides.side_features(hit, target) if sides.asks(target, stance) else None})
        return stance

    statements_module.stance_of = recording
    try:
        pred = analyze(load(text_path.read_bytes(), text_path.name), nlp=nlp).to_dict()
    finally:
        statements_module.stance_of = stance_of
    rows = pred["statements"]
    if len(rows) != len(calls) or any(r["paragraph"] != c["paragraph"] or r["cue"] != c["cue"]
                                      for r, c in zip(rows, calls)):
        raise SystemExit(f"{text_path.name}: statement rows and stance calls differ")
    return pred, calls


def pairs(score, gold: dict, pred: dict) -> list[tuple[dict, int]]:
    """(gold statement, index of its predicted row) as the scorer's ``score_statements`` pairs them."""
    cmap = score.canon_map(gold["entities"])
    preds = [(i, p) for i, p in enumerate(pred.get("statements", [])) if p.get("speaker") and not p.get("unnamed")]
    used, out = set(), []
    for g in gold["statements"]:
        gs = score.resolve(g["speaker"], cmap)
        cands = []
        for pi, (_, p) in enumerate(preds):
            if pi in used or int(p.get("paragraph") or 0) != g["paragraph"]:
                continue
            if score.resolve(p.get("speaker"), cmap) != gs:
                continue
            cands.append((score.same_cue(g.get("cue"), p.get("cue")),
                          score.overlap(g.get("evidence", ""), p.get("evidence", "")), -pi))
        if cands:
            pi = -max(cands)[2]
            used.add(pi)
            out.append((g, preds[pi][0]))
    return out


def collect(score, nlp) -> list[dict]:
    """One record per paired statement: set, article, gold and rule stance, whether the model is asked,
    features, and whether the target is right as predicted and as it would be with a side."""
    records = []
    for set_name, name, folder in articles():
        gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
        pred, calls = run_rules(folder / f"{name}.txt", nlp)
        cmap = score.canon_map(gold["entities"])
        matched = pairs(score, gold, pred)
        official = score.score_statements(gold, pred)
        rule_ok = sum(pred["statements"][i]["stance"] == g["stance"] for g, i in matched)
        if len(matched) != official["st_tp"] or (matched and abs(rule_ok / len(matched) - official["stance_acc"]) > 1e-9):
            raise SystemExit(f"{name}: pairing differs from the scorer's")
        entity_words = {score.norm(n) for e in gold["entities"] for n in score.names_of(e)}
        entity_words |= {score.norm(e["name"]) for e in pred["entities"]}
        for g, i in matched:
            row, call = pred["statements"][i], calls[i]
            records.append({
                "set": set_name, "article": name, "real": set_name == "tuning", "gold": g["stance"],
                "rule": row["stance"], "asked": call["asked"], "features": call["features"],
                "target_ok": score.target_matches(g.get("target"), row.get("target"), cmap),
                "target_ok_sided": score.target_matches(g.get("target"), call["target"], cmap),
                "entities": entity_words})
    return records


# --- model ------------------------------------------------------------------------------------------

def columns_of(rows: list[dict]) -> dict[str, int]:
    """The model's columns from training rows: every number; a binary feature seen in at least
    MIN_ROWS rows of at least MIN_ARTICLES articles; and ``cue:other`` for the rarer cues."""
    numeric, seen = set(), {}
    for r in rows:
        for name in r["features"]:
            if name.startswith(sides.BINARY):
                seen.setdefault(name, []).append(r["article"])
            else:
                numeric.add(name)
    binary = {n for n, a in seen.items() if len(a) >= MIN_ROWS and len(set(a)) >= MIN_ARTICLES} | {"cue:other"}
    return {name: i for i, name in enumerate(sorted(numeric) + sorted(binary))}


def standardisation(rows: list[dict], columns: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    mean, scale = np.zeros(len(columns)), np.ones(len(columns))
    for name, j in columns.items():
        if not name.startswith(sides.BINARY):
            values = np.array([r["features"].get(name, 0.0) for r in rows])
            mean[j], scale[j] = values.mean(), values.std() or 1.0
    return mean, scale


def train(rows: list[dict], alpha: float) -> dict:
    """Fit on rows; the model as a dict (columns, mean, scale, weights, bias)."""
    columns = columns_of(rows)
    mean, scale = standardisation(rows, columns)
    X = np.array([sides.encode(r["features"], columns, mean, scale) for r in rows])
    Y = np.zeros((len(rows), len(sides.CLASSES)))
    for k, r in enumerate(rows):
        Y[k, sides.CLASSES.index(r["gold"])] = 1.0
    n, d = X.shape
    W, b = np.zeros((d, Y.shape[1])), np.log(Y.mean(0) + 1e-3)
    step = 1.0 / (0.5 * np.linalg.norm(X, 2) ** 2 / n + alpha + 1e-9)
    W_prev, b_prev = W.copy(), b.copy()
    for t in range(1, ITERATIONS + 1):  # Nesterov-accelerated gradient descent (convex objective)
        m = (t - 1) / (t + 2)
        Wv, bv = W + m * (W - W_prev), b + m * (b - b_prev)
        G = (sides.probabilities(X, Wv, bv) - Y) / n
        W_prev, b_prev = W, b
        W, b = Wv - step * (X.T @ G + alpha * Wv), bv - step * G.sum(0)
    return {"columns": columns, "mean": mean, "scale": scale, "weights": W, "bias": b}


def predict(model: dict, rows: list[dict]) -> np.ndarray:
    if not rows:
        return np.zeros((0, len(sides.CLASSES)))
    X = np.array([sides.encode(r["features"], model["columns"], model["mean"], model["scale"]) for r in rows])
    return sides.probabilities(X, model["weights"], model["bias"])


def out_of_fold(records: list[dict], folds: list[set[str]], alphas) -> dict[float, dict[int, np.ndarray]]:
    """Probabilities of every asked row, each from the model fitted without its fold's articles."""
    rows = [k for k, r in enumerate(records) if r["asked"]]
    out = {a: {} for a in alphas}
    for fold in folds:
        train_rows = [records[k] for k in rows if records[k]["article"] not in fold]
        test = [k for k in rows if records[k]["article"] in fold]
        if not test:
            continue
        for a in alphas:
            model = train(train_rows, a)
            for k, p in zip(test, predict(model, [records[k] for k in test])):
                out[a][k] = p
    return out


def stances(records: list[dict], probs: dict[int, np.ndarray], threshold: float) -> list[str]:
    """The final stance of every paired statement: the rule's, or the model's for an asked row."""
    return [sides.decide(probs[k], threshold) if r["asked"] and k in probs else r["rule"]
            for k, r in enumerate(records)]


def accuracy(records: list[dict], final: list[str], keep=lambda r: True) -> tuple[float, int]:
    chosen = [(r, s) for r, s in zip(records, final) if keep(r)]
    return (sum(s == r["gold"] for r, s in chosen) / len(chosen) if chosen else 0.0), len(chosen)


def best_choice(records: list[dict], probs_by_alpha: dict) -> tuple[float, float, float]:
    """(alpha, threshold, pooled accuracy) with the best pooled stance accuracy (ties: the larger
    alpha and threshold, the more cautious model)."""
    best = None
    for a, probs in probs_by_alpha.items():
        for t in THRESHOLDS:
            acc = accuracy(records, stances(records, probs, t))[0]
            key = (round(acc, 9), a, t)
            if best is None or key > best:
                best = key
    return best[1], best[2], best[0]


def article_folds(names: list[str], k: int) -> list[set[str]]:
    return [set(names[i::k]) for i in range(k)]


def nested(records: list[dict]) -> dict[int, str]:
    """Outer leave-one-article-out; inside each, alpha and threshold chosen by 5 folds grouped by
    article on the remaining articles. The stance of every asked row."""
    names = sorted({r["article"] for r in records})
    final: dict[int, str] = {}
    for held in names:
        inner = [r for r in records if r["article"] != held]
        inner_names = sorted({r["article"] for r in inner})
        a, t, _ = best_choice(inner, out_of_fold(inner, article_folds(inner_names, 5), ALPHAS))
        model = train([r for r in inner if r["asked"]], a)
        test = [k for k, r in enumerate(records) if r["article"] == held and r["asked"]]
        for k, p in zip(test, predict(model, [records[k] for k in test])):
            final[k] = sides.decide(p, t)
    return final


def report(records: list[dict], final: list[str], label: str) -> None:
    """Stance accuracy rules alone vs with the model, per set, pooled, real vs written; flips."""
    rule = [r["rule"] for r in records]
    groups = [(s, lambda r, s=s: r["set"] == s) for s, _ in SETS]
    groups += [("pooled", lambda r: True), ("real (8)", lambda r: r["real"]), ("written (19)", lambda r: not r["real"])]
    print(f"-- {label}")
    for name, keep in groups:
        before, n = accuracy(records, rule, keep)
        after, _ = accuracy(records, final, keep)
        flips = [(r, s) for r, s in zip(records, final) if keep(r) and s != r["rule"]]
        right = sum(s == r["gold"] for r, s in flips)
        t_before = sum(r["target_ok"] for r in records if keep(r)) / n
        t_after = sum((r["target_ok_sided"] if s != "neutral" and r["asked"] else r["target_ok"])
                      for r, s in zip(records, final) if keep(r)) / n
        print(f"  {name:13s} n={n:3d} stance {before:.3f} -> {after:.3f}  flips {len(flips):2d} "
              f"(right {right:2d}, were right {sum(r['rule'] == r['gold'] for r, _ in flips):2d})  "
              f"target {t_before:.3f} -> {t_after:.3f}")


def check_vocabulary(columns: dict[str, int], records: list[dict]) -> None:
    """Fail if a vocabulary item is capitalised or the text of an entity of any article."""
    entities = set().union(*(r["entities"] for r in records))
    for name in columns:
        if name.startswith(sides.BINARY):
            word = name.split(":", 1)[1]
            if word != word.lower() or word in entities:
                raise SystemExit(f"vocabulary item {name!r} is capitalised or an entity's name")


def model_file(model: dict, threshold: float, metadata: dict) -> dict:
    """The JSON of a fitted model, as :func:`bench.stance_sides.load_side_model` reads it."""
    return {
        "features": sorted(model["columns"], key=model["columns"].get),
        "mean": [round(float(v), 6) for v in model["mean"]],
        "scale": [round(float(v), 6) for v in model["scale"]],
        "weights": [[round(float(v), 6) for v in row] for row in model["weights"]],
        "bias": [round(float(v), 6) for v in model["bias"]],
        "threshold": threshold,
        "metadata": metadata,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python scripts/fit_stance.py")
    parser.add_argument("--out", type=Path, default=sides.MODEL_PATH)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--no-nested", action="store_true")
    parser.add_argument("--records", type=Path, help="keep the paired statements here (pickle), and reuse them")
    args = parser.parse_args(argv)
    if args.records and args.records.exists():
        records = pickle.loads(args.records.read_bytes())
    else:
        records = collect(_scorer(), load_pipeline())
        if args.records:
            args.records.write_bytes(pickle.dumps(records))
    defaults = [r for r in records if r["asked"]]
    counts = ", ".join(f"{c} {sum(r['gold'] == c for r in defaults)}" for c in sides.CLASSES)
    print(f"{len(records)} paired statements, {len(defaults)} asked (default neutrals with a target; gold: {counts})")
    names = sorted({r["article"] for r in records})
    loao = out_of_fold(records, [{n} for n in names], ALPHAS)
    alpha, threshold, acc = best_choice(records, loao)
    for a in ALPHAS:
        print(f"  alpha {a:g}: " + " ".join(f"{t:.2f}:{accuracy(records, stances(records, loao[a], t))[0]:.3f}"
                                          for t in THRESHOLDS))
    print(f"chosen alpha {alpha:g}, threshold {threshold:.2f}: leave-one-article-out pooled stance {acc:.3f}")
    report(records, stances(records, loao[alpha], threshold), "leave-one-article-out, chosen alpha and threshold")
    nested_final = None
    if not args.no_nested:
        by_row = nested(records)
        nested_final = [by_row.get(k, r["rule"]) if r["asked"] else r["rule"] for k, r in enumerate(records)]
        report(records, nested_final, "nested (choice made inside each outer fold): the honest estimate")

    model = train(defaults, alpha)
    check_vocabulary(model["columns"], records)
    in_sample = stances(records, dict(zip([k for k, r in enumerate(records) if r["asked"]],
                                          predict(model, defaults))), threshold)
    report(records, in_sample, "in sample (optimistic)")
    if args.no_write:
        return
    cv = {label: accuracy(records, final)[0] for label, final in
          (("rules", [r["rule"] for r in records]), ("loao", stances(records, loao[alpha], threshold)),
           ("nested", nested_final))
          if final is not None}
    data = model_file(model, threshold, {
        "fitted_by": "scripts/fit_stance.py", "date": datetime.date.today().isoformat(),
        "sets": {s: {"articles": len({r["article"] for r in records if r["set"] == s}), "folder": str(folder)}
                 for s, folder in SETS},  # article names would name places: counts only
        "classes": list(sides.CLASSES), "alpha": alpha, "rows": len(defaults),
        "paired_statements": len(records),
        "model": "multinomial logistic regression, L2, on default-neutral statements with a target",
        "cv_pooled_stance_accuracy": {k: round(v, 4) for k, v in cv.items()},
    })
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, {len(data['features'])} features)")
    sides.load_side_model.cache_clear()
    loaded = sides.load_side_model(args.out)
    again = [loaded.side(r["features"]) for r in defaults]
    fitted = [s for s, r in zip(in_sample, records) if r["asked"]]
    print(f"run-time decisions equal to the fit's: {sum(a == b for a, b in zip(again, fitted))}/{len(again)}")


if __name__ == "__main__":
    main()
