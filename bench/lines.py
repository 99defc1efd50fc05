"""The cost of many short paragraphs: ``python -m bench.lines [--lines 5000 20000 50000] [--runs 3]``.

For each size N, the same N short generated sentences are written twice: one sentence per line
(N one-line paragraphs, no blank lines) and as prose (paragraphs of five sentences separated by
blank lines), so both files hold the same names and the same bytes give or take a few. Each file
goes through the command line (``python -m analysis FILE --format json``) in a subprocess of its
own, so its peak memory (RSS, from ``os.wait4``) is that run's alone; the two are interleaved run
by run. Printed: median wall time, CPU time (user + system: steadier than wall time on a shared
machine) and peak RSS of each, and their ratios (lines / prose), the figures issue 14 bounds
(time at most 3x, memory at most 2x). Sizes of 50,000 lines and more run
once whatever ``--runs`` says. ``--profile N`` instead prints a cProfile of ``analyze()`` on N
lines (cumulative time, top 25 functions).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import COUNTRIES, DEMONYMS, ORGS, PEOPLE, TOPICS

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Ministers Meet As Talks Resume"
SHORT = [
    "{person} praised {topic}.",
    "{country} rejected {topic}.",
    "{org_cap} met in {country}.",
    "{person} visited {country}.",
    "{demonym} officials were silent.",
    "Prices rose in {country}.",
    "{person} criticised {org}.",
    "The vote was delayed again.",
]


def sentences(n: int, *, seed: int = 0) -> list[str]:
    """``n`` short one-sentence lines (about 30 characters each), the same for the same seed."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        org = rng.choice(ORGS)
        out.append(rng.choice(SHORT).format(
            person=rng.choice(PEOPLE), topic=rng.choice(TOPICS), country=rng.choice(COUNTRIES),
            org=org, org_cap=org[0].upper() + org[1:], demonym=rng.choice(DEMONYMS)))
    return out


def lines_text(n: int, *, seed: int = 0) -> str:
    """A title and ``n`` one-sentence paragraphs, one per line."""
    return TITLE + "\n" + "\n".join(sentences(n, seed=seed)) + "\n"


def prose_text(n: int, *, seed: int = 0, per_paragraph: int = 5) -> str:
    """The same sentences as :func:`lines_text`, as paragraphs of ``per_paragraph`` sentences."""
    s = sentences(n, seed=seed)
    paragraphs = [" ".join(s[i:i + per_paragraph]) for i in range(0, len(s), per_paragraph)]
    return TITLE + "\n\n" + "\n\n".join(paragraphs) + "\n"


def run_cli(path: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of ``python -m analysis PATH
    --format json`` in a subprocess."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "analysis", str(path), "--format", "json"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{path.name}: exit {proc.returncode}: {proc.stderr.read().decode()[-400:]}")
    proc.stderr.close()
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(n: int, runs: int, folder: Path) -> None:
    """Print the medians of ``runs`` interleaved runs on N lines and on the same bytes of prose."""
    files = {"lines": folder / f"lines-{n}.txt", "prose": folder / f"prose-{n}.txt"}
    files["lines"].write_text(lines_text(n), encoding="utf-8")
    files["prose"].write_text(prose_text(n), encoding="utf-8")
    results: dict[str, list[tuple[float, float, float]]] = {"lines": [], "prose": []}
    for _ in range(runs):
        for kind, path in files.items():
            results[kind].append(run_cli(path))
    med = {k: [statistics.median(run[i] for run in r) for i in range(3)] for k, r in results.items()}
    sizes = {k: p.stat().st_size for k, p in files.items()}
    print(f"{n:>7,} lines ({sizes['lines'] / 1e6:.2f} MB; prose {sizes['prose'] / 1e6:.2f} MB), {runs} run(s)")
    for kind in files:
        print(f"  {kind:6s} {med[kind][0]:8.1f} s wall  {med[kind][1]:8.1f} s CPU  {med[kind][2]:7.0f} MB peak RSS")
    ratio = [med["lines"][i] / med["prose"][i] for i in range(3)]
    print(f"  ratio  {ratio[0]:8.2f} x wall    {ratio[1]:8.2f} x CPU  {ratio[2]:7.2f} x memory", flush=True)


def profile(n: int) -> None:
    """cProfile of ``analyze()`` (model loaded beforehand) on ``n`` one-sentence lines."""
    import cProfile
    import pstats

    from analysis import analyze, from_text
    from analysis.nlp import load_pipeline

    nlp = load_pipeline()
    document = from_text(lines_text(n))
    profiler = cProfile.Profile()
    profiler.enable()
    analyze(document, nlp=nlp)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.lines")
    parser.add_argument("--lines", type=int, nargs="+", default=[5_000, 20_000, 50_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=int, metavar="N", help="profile analyze() on N lines instead")
    args = parser.parse_args(argv)
    if args.profile:
        profile(args.profile)
        return
    with tempfile.TemporaryDirectory() as folder:
        for n in args.lines:
            measure(n, 1 if n >= 50_000 else args.runs, Path(folder))


if __name__ == "__main__":
    main()
