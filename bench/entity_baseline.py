"""Entities before and after Newsprism's rules, scored on the development article.

``python -m bench.entity_baseline [ARTICLE GOLD]`` prints the shared scorer's figures for
(a) raw spaCy NER grouped by exact surface text and (b) Newsprism's canonical entities.
Defaults to ../shared/eval/dev/seed.txt and its gold annotation.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

from analysis import analyze, load
from analysis.entities import NAMED_LABELS
from analysis.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def raw_entities(document, nlp) -> list[dict]:
    """spaCy's entities as they come: one entity per distinct surface text and label."""
    texts = ([document.title] if document.title else []) + [p.text for p in document.paragraphs]
    counts, labels = Counter(), {}
    for doc in nlp.pipe(texts):
        for ent in doc.ents:
            if ent.label_ in NAMED_LABELS:
                counts[ent.text] += 1
                labels.setdefault(ent.text, ent.label_)
    return [{"name": t, "type": labels[t], "mentions": n, "aliases": []} for t, n in counts.items()]


def main(argv: list[str]) -> None:
    article = Path(argv[0]) if argv else EVAL / "dev" / "seed.txt"
    gold_path = Path(argv[1]) if len(argv) > 1 else EVAL / "dev" / "seed.gold.json"
    import json

    score = _scorer()
    gold = json.loads(gold_path.read_text())
    nlp = load_pipeline()
    document = load(article.read_bytes(), article.name)
    raw = {"entities": raw_entities(document, nlp), "statements": []}
    ours = analyze(document, nlp=nlp).to_dict()
    for label, pred in (("raw spaCy", raw), ("Newsprism", ours)):
        figures = score.score_entities(gold, pred)
        print(f"{label:10s} entF1={figures['ent_f1']:.2f} typedF1={figures['ent_typed_f1']:.2f} "
              f"countMAE={figures['count_mae'] if figures['count_mae'] is None else round(figures['count_mae'], 2)} "
              f"top10exact={figures['top10_exact']:.2f} predicted={figures['n_pred_ent']}")


if __name__ == "__main__":
    main(sys.argv[1:])
