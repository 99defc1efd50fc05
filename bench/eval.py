"""Entity and statement figures on annotated articles: ``python -m bench.eval [--details]``.

Scores every ``bench/eval_articles/NAME.txt`` that has a ``NAME.gold.json`` beside it, and the
development article in ``../shared/eval/dev``, with the shared scorer
(``../shared/eval/score.py``). The extra articles were written and annotated for this project by
the README's rules, by annotators who did not see the code; they check that rules tuned on the
development article carry over. ``--details`` lists the statements missed and the extra ones.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from analysis import analyze, load
from analysis.nlp import load_pipeline
from bench.entity_baseline import EVAL, _scorer

ARTICLES = Path(__file__).resolve().parent / "eval_articles"


def articles() -> list[tuple[Path, Path]]:
    pairs = [(EVAL / "dev" / "seed.txt", EVAL / "dev" / "seed.gold.json")]
    pairs += [(t, t.with_suffix(".gold.json")) for t in sorted(ARTICLES.glob("*.txt"))
              if t.with_suffix(".gold.json").exists()]
    return [(t, g) for t, g in pairs if t.exists() and g.exists()]


def details(score, gold: dict, pred: dict) -> None:
    cmap = score.canon_map(gold["entities"])
    golds = {(s["paragraph"], score.resolve(s["speaker"], cmap), score.norm(s["cue"])[:4]) for s in gold["statements"]}
    preds = {(s["paragraph"], score.resolve(s["speaker"], cmap), score.norm(s["cue"])[:4])
             for s in pred["statements"] if s.get("speaker") and not s.get("unnamed")}
    for label, items in (("missed", golds - preds), ("extra", preds - golds)):
        for item in sorted(items, key=str):
            print(f"    {label}: paragraph {item[0]} {item[1]} '{item[2]}'")
    for e in pred["entities"]:
        if not (score.names_of(e) & set().union(*(score.names_of(g) for g in gold["entities"]))):
            print(f"    extra entity: {e['name']} ({e['type']}, {e['mentions']})")
    for g in gold["entities"]:
        match = [e for e in pred["entities"] if score.names_of(e) & score.names_of(g)]
        if not match:
            print(f"    missed entity: {g['name']} ({g['type']}, {g['mentions']})")
        elif int(match[0]["mentions"]) != g["mentions"]:
            print(f"    count: {g['name']} gold {g['mentions']} predicted {match[0]['mentions']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.eval")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args(argv)
    score = _scorer()
    nlp = load_pipeline()
    for text_path, gold_path in articles():
        gold = json.loads(gold_path.read_text())
        pred = analyze(load(text_path.read_bytes(), text_path.name), nlp=nlp).to_dict()
        print(f"{text_path.stem:12s} {score.fmt(score.score(gold, pred))}")
        if args.details:
            details(score, gold, pred)


if __name__ == "__main__":
    main()
