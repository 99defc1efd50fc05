"""The dashboard as a person meets it: ``python -m bench.browser [--runs N] [--root DIR] [--baseline DIR]``.

Starts ``streamlit run app.py`` on 127.0.0.1 and drives Debian's chromium through playwright.
Prints the median (min-max) of: cold start (server start to the sample article's first chart:
model load and first analysis included), a warm first chart in a new session (model and
analysis cached), and page switches (click in the sidebar to the page's first chart drawn).
Then, on a generated 1,000-word article (:func:`bench.corpus.article`, a new one each run so it is
analysed each time): from the upload finishing (the file's PUT answered) to the Overview's first
figures and to its first chart, and the page switches after its analysis (the Overview's first
chart is its tone sparkline). Also the server's
resident memory before and after (from /proc).

``--root`` runs another checkout of the app (``git archive <rev> | tar -x -C DIR``);
``--baseline DIR`` (repeatable) runs that checkout too, in the same run: both servers are up at once and the
sessions alternate between them, so both sets of figures share the machine's load. Figures
only: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.corpus import article

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: The Overview's first chart (the tone sparkline); a checkout without it reports figures only.
OVERVIEW_CHART = ".st-key-overview_sparkline .js-plotly-plot"
#: Each page and its first chart. The Overview's is its sparkline (a checkout without one: its
#: article); not the article, which the Stance page left on the screen also shows until replaced.
PAGES = [("Sentiment", ".st-key-sentiment_chart .js-plotly-plot"),
         ("Entities", ".st-key-entities_mentions_chart .js-plotly-plot"),
         ("Stance", ".st-key-stance_matrix_chart .js-plotly-plot"),
         ("Overview", OVERVIEW_CHART)]
NAV = '[data-testid="stSidebarNav"]'
METRIC = '[data-testid="stMetricValue"]'
IDLE = '[data-testid="stApp"][data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]'
LONG = 120_000


def rss_mb(pid: int) -> float:
    """The resident memory of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_chart(page, url: str) -> float:
    """From opening the app to the Sentiment chart of the sample article, in seconds."""
    start = time.perf_counter()
    page.goto(url)
    page.get_by_role("button", name="Try the sample article").click()
    page.locator(METRIC).first.wait_for(timeout=LONG)
    page.locator(NAV).get_by_role("link", name="Sentiment").click()
    page.locator(PAGES[0][1]).wait_for(timeout=LONG)
    return time.perf_counter() - start


def switch_pages(page, switches: list[float], by_page: dict[str, list[float]] | None = None,
                 pages: list[tuple[str, str]] = PAGES) -> None:
    """Visit every page through the sidebar, each time from the click to the page's first chart
    (also kept by page name in ``by_page``)."""
    for name, selector in pages:
        page.locator(IDLE).wait_for(state="attached", timeout=LONG)
        start = time.perf_counter()
        page.locator(NAV).get_by_role("link", name=name).click()
        page.locator(selector).first.wait_for(timeout=LONG)
        switches.append(time.perf_counter() - start)
        if by_page is not None:
            by_page.setdefault(name, []).append(switches[-1])


def upload_article(page, url: str, run: int, figures: list[float], charts: list[float] | None) -> None:
    """Upload a new 1,000-word article; append the seconds from the upload finishing to the
    Overview's first metric to ``figures``, and to its first chart to ``charts`` (None for a
    checkout whose Overview draws none)."""
    page.goto(url)
    page.locator(IDLE).wait_for(state="attached", timeout=LONG)
    data = article(1000, seed=1000 + run, title=f"Leaders Clash Over Trade And Climate {run}").encode()
    name = f"article-{os.getpid()}-{time.time_ns()}.txt"  # never analysed on this server before
    with page.expect_response(lambda r: r.request.method == "PUT" and "/_stcore/upload_file/" in r.url):
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
            {"name": name, "mimeType": "text/plain", "buffer": data})
    start = time.perf_counter()
    page.locator(METRIC).first.wait_for(timeout=LONG)
    figures.append(time.perf_counter() - start)
    if charts is not None:
        page.locator(OVERVIEW_CHART).first.wait_for(timeout=LONG)
        charts.append(time.perf_counter() - start)


def median(values: list[float], unit: str = "s") -> str:
    """Median (min-max, count) of some timings, in seconds or milliseconds."""
    if not values:
        return "     -"
    scale, digits = (1000, 0) if unit == "ms" else (1, 2)
    return (f"{scale * statistics.median(values):6.{digits}f} {unit} median "
            f"({scale * min(values):.{digits}f}-{scale * max(values):.{digits}f}, {len(values)})")


class App:
    """One checkout's server and the figures measured on it."""

    def __init__(self, root: Path, tmp: Path) -> None:
        self.root = root
        self.has_chart = (root / "analysis" / "findings.py").exists()  # the Overview's sparkline came with it
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.started = time.perf_counter()
        env = dict(os.environ, NEWSPRISM_DB_PATH=str(tmp / f"shares-{port}.sqlite3"))
        self.server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.cold = self.cold_total = self.healthy = float("nan")
        self.idle_rss = float("nan")
        self.warm: list[float] = []
        self.switches: list[float] = []
        self.figures: list[float] = []
        self.charts: list[float] = []
        self.long_switches: list[float] = []
        self.by_page: dict[str, list[float]] = {}
        self.pages = PAGES if self.has_chart else [*PAGES[:-1], ("Overview", ".np-paragraph")]

    def wait_healthy(self) -> None:
        """Wait for the server to answer its health check; keep how long it took to start."""
        _wait_healthy(self.url, self.started)
        self.healthy = time.perf_counter() - self.started
        self.idle_rss = rss_mb(self.server.pid)

    def cold_start(self, browser) -> None:
        """Time the sample's first chart on the fresh server (model load and analysis)."""
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.set_default_timeout(LONG)
        self.cold = first_chart(context.new_page(), self.url)
        self.cold_total = self.healthy + self.cold  # not counting another checkout's cold start
        context.close()

    def run(self, browser, number: int) -> None:
        """One session: the sample, its page switches, a new 1,000-word article, its switches."""
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.set_default_timeout(LONG)
        page = context.new_page()
        self.warm.append(first_chart(page, self.url))
        switch_pages(page, self.switches, pages=self.pages)
        upload_article(page, self.url, number, self.figures, self.charts if self.has_chart else None)
        switch_pages(page, self.long_switches, self.by_page, pages=self.pages)
        context.close()

    def report(self, runs: int) -> None:
        """Print the medians."""
        print(f"== {self.root}")
        print(f"cold start to first chart (server start included) {self.cold_total:6.2f} s "
              f"(in the browser: {self.cold:.2f} s)")
        print(f"warm first chart, new session (sample)         {median(self.warm)}")
        print(f"page switch to first chart (sample)            {median(self.switches, 'ms')}")
        print(f"1,000 words: upload finished to first figures  {median(self.figures)}")
        print(f"1,000 words: upload finished to first chart    {median(self.charts)}")
        print(f"1,000 words: page switch to first chart        {median(self.long_switches, 'ms')}")
        for name, values in self.by_page.items():
            print(f"    to {name:<10}                              {median(values, 'ms')}")
        print(f"server RSS: {self.idle_rss:.0f} MB idle, {rss_mb(self.server.pid):.0f} MB after {runs + 1} sessions")

    def stop(self) -> None:
        """Stop the server."""
        self.server.terminate()
        try:
            self.server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a loaded machine: do not leave it running
            self.server.kill()
            self.server.wait(timeout=10)


def measure(roots: list[Path], runs: int) -> None:
    """Start the app of every checkout, measure them in turns (so a change in the machine's load
    falls on all of them alike), and print each one's figures."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        apps = [App(root, Path(tmp)) for root in roots]
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                for app in apps:
                    app.wait_healthy()
                for app in apps:
                    app.cold_start(browser)
                for number in range(runs):
                    for app in apps:
                        app.run(browser, number)
                browser.close()
            print(f"load average at the end: {' '.join(Path('/proc/loadavg').read_text().split()[:3])} "
                  f"({os.cpu_count()} cores)")
            for app in apps:
                app.report(runs)
        finally:
            for app in apps:
                app.stop()


def _wait_healthy(url: str, started: float) -> None:
    while True:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                return
        except OSError:
            time.sleep(0.1)
        if time.perf_counter() - started > 60:
            raise SystemExit("the server did not start")


def main(argv: list[str] | None = None) -> None:
    """Measure the app (after a baseline checkout when one is given) and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.browser")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout of the app to run")
    parser.add_argument("--baseline", type=Path, action="append", default=[],
                        help="another checkout, measured in turns with this one (may be given again)")
    args = parser.parse_args(argv)
    roots = [baseline.resolve() for baseline in args.baseline]
    measure([*roots, args.root.resolve()], args.runs)


if __name__ == "__main__":
    main()
