"""Is ``confidence`` worth reading? ``python -m bench.confidence [--held-out]``.

Scores every predicted statement of the development articles against the gold annotation the
way the shared scorer pairs them (paragraph and resolved speaker; the same cue word first) and
prints, per confidence band, how many statements there are, the share that match an annotated
statement, and the share that match with the right stance and target. Unnamed sources are left
out, as the scorer does. The held-out articles are included only with ``--held-out``.
"""

from __future__ import annotations

import argparse
import json

from analysis import analyze, load
from analysis.nlp import load_pipeline
from bench.dev import DEV, HELD_OUT
from bench.entity_baseline import _scorer

BANDS = [(0.0, 0.6), (0.6, 0.8), (0.8, 0.95), (0.95, 1.01)]


def judged(score, gold: dict, pred: dict) -> list[tuple[float, bool, bool]]:
    """(confidence, matched, fully right) per predicted named statement."""
    cmap = score.canon_map(gold["entities"])
    preds = [p for p in pred["statements"] if p.get("speaker") and not p.get("unnamed")]
    used: dict[int, dict] = {}
    for g in gold["statements"]:
        speaker = score.resolve(g["speaker"], cmap)
        options = [(score.same_cue(g.get("cue"), p.get("cue")),
                    score.overlap(g.get("evidence", ""), p.get("evidence", "")), -i)
                   for i, p in enumerate(preds) if i not in used and p["paragraph"] == g["paragraph"]
                   and score.resolve(p["speaker"], cmap) == speaker]
        if options:
            used[-max(options)[2]] = g
    out = []
    for i, p in enumerate(preds):
        g = used.get(i)
        right = g is not None and p["stance"] == g["stance"] and score.target_matches(
            g.get("target"), p.get("target"), cmap)
        out.append((float(p["confidence"]), g is not None, right))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.confidence")
    parser.add_argument("--held-out", action="store_true")
    args = parser.parse_args(argv)
    score = _scorer()
    nlp = load_pipeline()
    rows = []
    for gold_path in sorted(DEV.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        if name in HELD_OUT and not args.held_out:
            continue
        text = DEV / f"{name}.txt"
        pred = analyze(load(text.read_bytes(), text.name), nlp=nlp).to_dict()
        rows += judged(score, json.loads(gold_path.read_text(encoding="utf-8")), pred)
    print(f"{'confidence':>12} {'statements':>10} {'matched':>8} {'right':>8}")
    for low, high in BANDS:
        band = [r for r in rows if low <= r[0] < high]
        if band:
            matched = sum(r[1] for r in band) / len(band)
            right = sum(r[2] for r in band) / len(band)
            print(f"{low:5.2f}-{min(high, 1.0):4.2f} {len(band):>10} {matched:>8.2f} {right:>8.2f}")


if __name__ == "__main__":
    main()
