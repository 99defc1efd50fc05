"""Speed and memory of the analysis: ``python -m bench`` (options: ``--runs N``, ``--words N``).

Prints, as medians (min-max) of several runs on the development article and on a generated
text of about 20,000 words (:mod:`bench.corpus`): the spaCy pipeline alone, the full
``analyze()``, and their ratio measured in the same run; the model's load time; the peak
memory (RSS) of the process. Every ``analyze()`` run starts with the sentiment caches
emptied, as for a document the app has not seen.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from analysis import analyze, from_text, load, sentiment
from analysis.nlp import load_pipeline
from analysis.tables import word_count
from bench.corpus import article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed.txt"


def timed(function, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def fresh_analysis(document, nlp):
    sentiment.clear_caches()
    return analyze(document, nlp=nlp)


def describe(times: list[float]) -> str:
    return f"{1000 * statistics.median(times):9.1f} ms  ({1000 * min(times):.1f}-{1000 * max(times):.1f})"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--words", type=int, default=20_000)
    args = parser.parse_args(argv)

    load_times = []
    for _ in range(3):
        start = time.perf_counter()
        nlp = load_pipeline()
        load_times.append(time.perf_counter() - start)
    print(f"model load                 {describe(load_times)}")
    print(f"peak RSS after model load  {peak_rss_mb():9.0f} MB")

    documents = {"development article": load(SEED.read_bytes(), SEED.name),
                 f"generated ~{args.words:,} words": from_text(article(args.words))}
    for label, document in documents.items():
        texts = [p.text for p in document.paragraphs]
        words = word_count(document.text)
        runs = args.runs if words < 5000 else max(3, args.runs // 2)
        fresh_analysis(document, nlp)  # warm-up
        spacy_times, full_times = [], []
        for _ in range(runs):  # interleaved, so both see the same machine state
            spacy_times += timed(lambda: list(nlp.pipe(texts, batch_size=32)), 1)  # noqa: B023 (called here)
            full_times += timed(lambda: fresh_analysis(document, nlp), 1)  # noqa: B023 (called here)
        ratio = statistics.median(full_times) / statistics.median(spacy_times)
        print(f"\n{label}: {words:,} words, {len(texts)} paragraphs, {runs} runs")
        print(f"  spaCy pipeline alone     {describe(spacy_times)}")
        print(f"  full analyze()           {describe(full_times)}")
        print(f"  ratio analyze / spaCy    {ratio:9.2f}")
    print(f"\npeak RSS of the process    {peak_rss_mb():9.0f} MB")


if __name__ == "__main__":
    main()
