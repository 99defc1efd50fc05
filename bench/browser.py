"""The dashboard as a person meets it: ``python -m bench.browser [--runs N]``.

Starts ``streamlit run app.py`` on 127.0.0.1 and drives Debian's chromium through playwright.
Prints the median (min-max) of: cold start (server start to the sample article's first chart:
model load and first analysis included), a warm first chart in a new session (model and
analysis cached), and page switches (click in the sidebar to the page's first chart drawn).
Also the server's resident memory before and after (from /proc).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGES = [("Sentiment", ".st-key-sentiment_chart .js-plotly-plot"),
         ("Entities", ".st-key-entities_mentions_chart .js-plotly-plot"),
         ("Stance", ".st-key-stance_matrix_chart .js-plotly-plot"),
         ("Overview", ".np-paragraph")]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_chart(page, url: str) -> float:
    """From opening the app to the Sentiment chart of the sample article, in seconds."""
    start = time.perf_counter()
    page.goto(url)
    page.get_by_role("button", name="Try the sample article").click()
    page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=120_000)
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Sentiment").click()
    page.locator(PAGES[0][1]).wait_for(timeout=120_000)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(prog="python -m bench.browser")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                               "--server.address", "127.0.0.1", "--server.headless", "true"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.1)
            if time.perf_counter() - started > 60:
                raise SystemExit("the server did not start")
        idle_rss = rss_mb(server.pid)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            context = browser.new_context()
            cold = first_chart(context.new_page(), url)
            cold_total = time.perf_counter() - started
            context.close()
            warm, switches = [], []
            for _ in range(args.runs):
                context = browser.new_context()
                page = context.new_page()
                warm.append(first_chart(page, url))
                for name, selector in PAGES[1:] + PAGES[:1]:
                    start = time.perf_counter()
                    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=name).click()
                    page.locator(selector).first.wait_for(timeout=60_000)
                    switches.append(time.perf_counter() - start)
                context.close()
            browser.close()
        print(f"cold start to first chart (server start included) {cold_total:6.2f} s "
              f"(in the browser: {cold:.2f} s)")
        print(f"warm first chart, new session    {statistics.median(warm):6.2f} s median "
              f"({min(warm):.2f}-{max(warm):.2f}, {len(warm)} runs)")
        print(f"page switch to first chart       {1000 * statistics.median(switches):6.0f} ms median "
              f"({1000 * min(switches):.0f}-{1000 * max(switches):.0f}, {len(switches)} switches)")
        print(f"server RSS: {idle_rss:.0f} MB idle, {rss_mb(server.pid):.0f} MB after {args.runs + 1} sessions")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
