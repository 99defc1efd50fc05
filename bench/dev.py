"""Development figures with three articles kept apart: ``python -m bench.dev [--details] [--held-out]``.

Scores the real development articles in ``../shared/eval/dev`` in one process (the pipeline
loaded once) with the shared scorer. The three articles in :data:`HELD_OUT` were chosen before
any rule work of the staged statement extractor began; while rules are written their text and
per-article lines stay unread, and only ``--held-out`` prints them (for the closing report).

``--dir FOLDER`` scores another folder of annotated articles (``NAME.txt`` + ``NAME.gold.json``,
all counted as tuning articles), for example a set written for the project outside the repository.

``--details`` lists, for the tuning articles only, the statements missed, the extra ones, the
wrong stances and targets, and the entity errors.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from analysis import analyze, load
from analysis.nlp import load_pipeline
from bench.entity_baseline import EVAL, _scorer

DEV = EVAL / "dev"
#: Kept apart from rule writing (chosen 2026-12-01, before the staged extractor).
HELD_OUT = ("christchurch-suspect-court", "kurds-assad-deal", "puerto-rico-governor-resigns")
KEYS = ["ent_f1", "ent_typed_f1", "count_mae", "top10_exact", "st_f1", "st_p", "st_r",
        "stance_acc", "target_acc"]


def macro(rows: list[dict]) -> dict:
    """Like run-dev: means over articles, stance and target pooled over matched statements."""
    out = {k: statistics.mean(r[k] or 0 for r in rows) for k in KEYS}
    tp = sum(r["st_tp"] for r in rows)
    for k in ("stance_acc", "target_acc"):
        out[k] = sum(r[k] * r["st_tp"] for r in rows) / tp if tp else 0.0
    return out


def line(name: str, r: dict) -> str:
    return (f"{name:30s} entF1={r['ent_f1']:.2f} typedF1={r['ent_typed_f1']:.2f} "
            f"top10={r['top10_exact']:.2f} | stF1={r['st_f1']:.2f} (P={r['st_p']:.2f} "
            f"R={r['st_r']:.2f}) stance={r['stance_acc']:.2f} target={r['target_acc']:.2f}")


def details(score, gold: dict, pred: dict) -> None:
    """Missed and extra statements, wrong stances and targets, entity errors."""
    cmap = score.canon_map(gold["entities"])
    preds = [s for s in pred["statements"] if s.get("speaker") and not s.get("unnamed")]
    used = set()
    for g in gold["statements"]:
        speaker = score.resolve(g["speaker"], cmap)
        match = next((i for i, p in enumerate(preds) if i not in used
                      and p["paragraph"] == g["paragraph"]
                      and score.resolve(p["speaker"], cmap) == speaker), None)
        if match is None:
            print(f"    MISSED p{g['paragraph']} {g['speaker']} '{g['cue']}' -> {g.get('target')} "
                  f"[{g['stance']}] :: {g.get('evidence', '')[:140]}")
            continue
        used.add(match)
        p = preds[match]
        if p["stance"] != g["stance"] or not score.target_matches(g.get("target"), p.get("target"), cmap):
            print(f"    WRONG  p{g['paragraph']} {g['speaker']} '{g['cue']}': gold {g.get('target')} "
                  f"[{g['stance']}] / pred {p.get('target')} [{p['stance']}] cue '{p['cue']}'")
    for i, p in enumerate(preds):
        if i not in used:
            print(f"    EXTRA  p{p['paragraph']} {p['speaker']} '{p['cue']}' -> {p.get('target')} "
                  f"[{p['stance']}] :: {p.get('evidence', '')[:140]}")
    gold_names = [score.names_of(g) for g in gold["entities"]]
    for e in pred["entities"]:
        if not any(score.names_of(e) & names for names in gold_names):
            print(f"    extra entity: {e['name']} ({e['type']}, {e['mentions']})")
    for g in gold["entities"]:
        match = [e for e in pred["entities"] if score.names_of(e) & score.names_of(g)]
        if not match:
            print(f"    missed entity: {g['name']} ({g['type']}, {g['mentions']})")
        else:
            e = match[0]
            if int(e["mentions"]) != g["mentions"] or score.TYPE_MAP.get(e["type"], "OTHER") != g["type"]:
                print(f"    entity: {g['name']} gold {g['type']} {g['mentions']} / "
                      f"pred {e['type']} {e['mentions']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.dev")
    parser.add_argument("--details", action="store_true", help="errors of the tuning articles")
    parser.add_argument("--held-out", action="store_true", help="also show the held-out articles")
    parser.add_argument("--only", help="one tuning article")
    parser.add_argument("--dir", help="score this folder of annotated articles instead of the dev set")
    args = parser.parse_args(argv)
    score = _scorer()
    nlp = load_pipeline()
    groups: dict[str, list[dict]] = {"tune": [], "held-out": [], "seed": []}
    folder = Path(args.dir) if args.dir else DEV
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        if args.only and name != args.only:
            continue
        group = "seed" if name == "seed" else "held-out" if name in HELD_OUT and not args.dir else "tune"
        if group == "held-out" and not args.held_out:
            continue
        text_path = folder / f"{name}.txt"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = analyze(load(text_path.read_bytes(), text_path.name), nlp=nlp).to_dict()
        result = score.score(gold, pred)
        groups[group].append(result)
        print(line(name, result))
        if args.details and group != "held-out":
            details(score, gold, pred)
    for group, rows in groups.items():
        if rows:
            print(line(f"MACRO {group} ({len(rows)})", macro(rows)))
    real = groups["tune"] + groups["held-out"]
    if groups["tune"] and groups["held-out"]:
        print(line(f"MACRO real ({len(real)})", macro(real)))


if __name__ == "__main__":
    main()
