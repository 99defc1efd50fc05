"""Tone against people: ``python -m bench.tone [--data PATH] [--runs N]``.

Prints the Pearson r with the mean human rating of VADER's compound, TextBlob's polarity, the old
hand-set blend and the fitted ``tone`` model, cross-validated on the development half of the rated
NYT editorial sentences with 5 folds grouped by editorial (the model is refitted on each fold's
training editorials with the shipped lexicons and penalty, as ``scripts/fit_tone.py`` does); then
the time each measure takes per 1,000 sentences (medians of several runs, caches emptied), and the
new tone's time as a ratio of the old blend's measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from pathlib import Path

import numpy as np

from analysis import sentiment

ROOT = Path(__file__).resolve().parent.parent


def _fit_tone():
    spec = importlib.util.spec_from_file_location("fit_tone", ROOT / "scripts" / "fit_tone.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def per_thousand(function, texts: list[str], runs: int) -> list[float]:
    """Seconds per 1,000 sentences, one figure per run, every cache emptied before each run."""
    times = []
    for _ in range(runs):
        sentiment.clear_caches()
        start = time.perf_counter()
        for text in texts:
            function(text)
        times.append((time.perf_counter() - start) * 1000 / len(texts))
    return times


def main(argv: list[str] | None = None) -> None:
    fit_tone = _fit_tone()
    parser = argparse.ArgumentParser(prog="python -m bench.tone")
    parser.add_argument("--data", type=Path, default=fit_tone.DATA)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    texts, y, groups = fit_tone.read_data(args.data)
    model = sentiment.load_model()
    alpha = float(model.metadata["alpha"])
    results = fit_tone.cross_validate(texts, y, groups, model.lexicons, alphas=(alpha,))
    print(f"Pearson r with the mean human rating, {len(texts):,} sentences, "
          f"{fit_tone.FOLDS}-fold CV grouped by editorial")
    for name, rs in results.items():
        label = "new tone (model)" if name.startswith("model@") else name
        print(f"  {label:20s} {np.mean(rs):.4f}   folds " + " ".join(f"{r:.3f}" for r in rs))

    sample = texts[:1000]
    timings = {"VADER compound": sentiment.vader_compound,
               "TextBlob polarity": sentiment.textblob_scores,
               "old tone (blend)": sentiment._old_tone,
               "new tone": sentiment.tone_of}
    print(f"\nseconds per 1,000 sentences (median of {args.runs} runs, min-max, caches emptied)")
    medians = {}
    for _ in range(1):  # warm-up: the model file and analyzers load once
        sentiment.tone_of(sample[0])
    for label, function in timings.items():
        times = per_thousand(function, sample, args.runs)
        medians[label] = statistics.median(times)
        print(f"  {label:20s} {medians[label]:.3f}  ({min(times):.3f}-{max(times):.3f})")
    print(f"  new / old tone       {medians['new tone'] / medians['old tone (blend)']:.2f}x")


if __name__ == "__main__":
    main()
