"""Corpus-mode throughput: ``python -m bench.batch [--docs N] [--words N] [--runs N]``.

Writes a folder of generated articles (:mod:`bench.corpus`), then runs the batch with 1 and
2 processes (and the Dask engine with 2 workers), each into a fresh results folder, and
prints the median wall time, documents per second, words per second and the speed-up of
2 processes over 1 measured in the same run. Start-up (model loading in each worker) is
included: it is what a user waits for.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from analysis.batch import run_batch
from bench.corpus import article


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.batch")
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="newsprism-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        for i in range(args.docs):
            (corpus / f"doc{i:04d}.txt").write_text(article(args.words, seed=i, title=f"Story {i}"))
        total_words = args.docs * args.words
        configurations = [("local", 1), ("local", 2)] + ([] if args.no_dask else [("dask", 2)])
        medians = {}
        for engine, processes in configurations:
            times = []
            for run in range(args.runs):
                out = work / f"out-{engine}-{processes}-{run}"
                start = time.perf_counter()
                summary = run_batch(str(corpus), out, processes=processes, engine=engine, show_progress=False)
                times.append(time.perf_counter() - start)
                assert summary["analysed"] == args.docs, summary
                shutil.rmtree(out)
            medians[(engine, processes)] = statistics.median(times)
            print(f"{engine:5s} x{processes}: {statistics.median(times):7.2f} s median "
                  f"({min(times):.2f}-{max(times):.2f}), {args.docs / statistics.median(times):6.2f} docs/s, "
                  f"{total_words / statistics.median(times):7.0f} words/s")
        print(f"speed-up, 2 processes over 1: {medians[('local', 1)] / medians[('local', 2)]:.2f}x "
              f"({args.docs} documents of ~{args.words} words, {args.runs} runs each)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
