"""Each page's script time after the analysis: ``python -m bench.pages [--words N] [--paragraphs N]
[--runs N] [--profile PAGE] [--root DIR]``.

Runs the app in Streamlit's AppTest (in this process, analyses in the server process), brings
in a generated article (:func:`bench.corpus.article` of ``--words`` words, or ``--paragraphs``
one-sentence paragraphs), then switches to each page ``--runs`` times and prints the median
CPU seconds of one script run (the script thread's CPU time, so other processes' load counts
less; the page drawn into Streamlit's messages, figures and tables serialised; not the browser's
drawing), the first visit apart (what a cache would keep).
``--profile PAGE`` prints the functions taking the most time on that page's runs (cProfile,
cumulative). ``--root`` measures another checkout (``git archive <rev> | tar -x -C DIR``).
Figures only: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"Overview": "pages/overview.py", "Sentiment": "pages/sentiment.py",
         "Entities": "pages/entities.py", "Stance": "pages/stance.py"}


def big_article(paragraphs: int) -> str:
    """A title and ``paragraphs`` one-sentence paragraphs (blank lines between them)."""
    import random

    from bench.corpus import sentence

    rng = random.Random(5)
    return "Leaders Clash Over Trade\n\n" + "\n\n".join(sentence(rng) for _ in range(paragraphs)) + "\n"


def measure(root: Path, text: str, runs: int, profile: str | None) -> dict[str, tuple[float, list[float]]]:
    """{page: (first visit seconds, later visits' seconds)}; prints a profile when asked."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(root / "app.py"), default_timeout=900)
    at.run()
    start = time.perf_counter()
    at.file_uploader(key="overview_upload").set_value(("bench.txt", text.encode(), "text/plain")).run()
    print(f"upload and Overview (analysis included): {time.perf_counter() - start:.2f} s", file=sys.stderr)
    if at.exception:
        raise SystemExit(f"the app failed: {at.exception[0].message}")
    figures: dict[str, tuple[float, list[float]]] = {}
    profiler = cProfile.Profile() if profile else None
    recording = [False]
    cpu: list[float] = []
    # The script runs in a thread of its own: time its CPU (a loaded machine's waiting left out)
    # and profile its exec, not the test's waiting.
    from streamlit.runtime.scriptrunner import script_runner

    wrapped = script_runner.exec_func_with_error_handling

    def timed(func, ctx):
        start = time.thread_time()
        if recording[0]:
            profiler.enable()
        try:
            return wrapped(func, ctx)
        finally:
            if recording[0]:
                profiler.disable()
            cpu.append(time.thread_time() - start)

    script_runner.exec_func_with_error_handling = timed
    order = list(PAGES.items())
    for name, path in [*order[1:], order[0]]:
        times = []
        for visit in range(runs + 1):
            at.switch_page("pages/overview.py" if path != "pages/overview.py" else "pages/sentiment.py").run()
            at.switch_page(path)
            recording[0] = bool(profiler and name == profile and visit)
            cpu.clear()
            at.run()
            times.append(sum(cpu))
            recording[0] = False
            if at.exception:
                raise SystemExit(f"{name} failed: {at.exception[0].message}")
        figures[name] = (times[0], times[1:])
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(45)
        print(out.getvalue())
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pages")
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--paragraphs", type=int, help="one-sentence paragraphs instead of --words")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", choices=list(PAGES))
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    os.environ.setdefault("NEWSPRISM_WORKERS", "0")
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    os.chdir(root)
    from bench.corpus import article

    text = big_article(args.paragraphs) if args.paragraphs else article(args.words, seed=7)
    figures = measure(root, text, args.runs, args.profile)
    size = f"{args.paragraphs} one-sentence paragraphs" if args.paragraphs else f"{args.words} words"
    print(f"== {root}: {size}, script CPU seconds per page (first visit; median of {args.runs} later ones)")
    for name, (first, later) in figures.items():
        print(f"{name:<10} first {first:6.3f} s   later {statistics.median(later):6.3f} s "
              f"({min(later):.3f}-{max(later):.3f})")


if __name__ == "__main__":
    main()
