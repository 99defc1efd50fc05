"""Three large uploads at once against a running server: ``python -m bench.uploads [--mb 1.8] [--readers 3]``.

The attack of issue 14: several readers upload at the same moment a ``.txt`` of one-sentence
lines (about 30 characters each, :func:`bench.lines.lines_text`) of ``--mb`` megabytes. The
script starts ``streamlit run app.py`` on a free port with the deployment's defaults (only the
share database moved to a temporary folder), drives one headless chromium with one context per
reader, and samples every half second:

- the resident memory of the server and of all its child processes (the analysis workers), summed;
- the latency of the health endpoint (what another reader's page waits for).

Printed: the memory with the model loaded, the peak during the uploads, the memory 30 s after
every reader has left; the slowest health check; and for each reader what the page showed
(the article's title, or the message it got) and after how long.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from bench.lines import lines_text

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
UPLOADER = '[data-testid="stFileUploader"] input[type="file"]'
IDLE = '[data-testid="stApp"][data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]'


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, stack = 0.0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


class Sampler(threading.Thread):
    """Samples the server tree's memory and the health endpoint's latency until stopped."""

    def __init__(self, pid: int, url: str) -> None:
        super().__init__(daemon=True)
        self.pid, self.url = pid, url
        self.peak = 0.0
        self.slowest = 0.0
        self.slow: list[tuple[float, float]] = []  # (seconds since start, latency) of checks over 1 s
        self.stopped = threading.Event()

    def run(self) -> None:
        begun = time.perf_counter()
        while not self.stopped.is_set():
            self.peak = max(self.peak, tree_rss_mb(self.pid))
            started = time.perf_counter()
            try:
                urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=120).read()
            except OSError:
                pass
            latency = time.perf_counter() - started
            self.slowest = max(self.slowest, latency)
            if latency > 1:
                self.slow.append((started - begun, latency))
            self.stopped.wait(0.5)


async def reader(browser, url: str, name: str, data: bytes, ready: asyncio.Barrier, out: dict) -> None:
    """One reader: open the app, wait for the others, upload, and note what the page shows."""
    from playwright.async_api import expect

    context = await browser.new_context()
    page = await context.new_page()
    await page.goto(url)
    await expect(page.locator(IDLE)).to_be_attached(timeout=120_000)
    await ready.wait()
    started = time.perf_counter()
    await page.locator(UPLOADER).set_input_files({"name": name, "mimeType": "text/plain", "buffer": data})
    title = data.decode().split("\n", 1)[0]
    outcome = page.get_by_role("heading", name=title).or_(
        page.locator('[data-testid="stAlertContentError"], [data-testid="stAlertContentWarning"]'))
    try:
        await expect(outcome.first).to_be_visible(timeout=1_500_000)
        shown = (await outcome.first.inner_text()).strip().replace("\n", " ")[:160]
    except AssertionError:
        shown = "nothing within 25 minutes"
    out[name] = (time.perf_counter() - started, shown)
    await context.close()


async def drive(url: str, data: bytes, readers: int) -> dict:
    from playwright.async_api import async_playwright

    out: dict = {}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        ready = asyncio.Barrier(readers)
        await asyncio.gather(*(reader(browser, url, f"lines{i}.txt", data, ready, out) for i in range(readers)))
        await browser.close()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.8, help="size of each upload in MB")
    parser.add_argument("--readers", type=int, default=3)
    args = parser.parse_args(argv)
    lines = int(args.mb * 1e6 / 31)
    data = lines_text(lines).encode()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, NEWSPRISM_DB_PATH=str(Path(tmp) / "shares.sqlite3"))
        server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                                   "--server.address", "127.0.0.1", "--server.headless", "true"],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(240):
                try:
                    urllib.request.urlopen(f"{url}/_stcore/health", timeout=5).read()
                    break
                except OSError:
                    time.sleep(0.5)
            asyncio.run(drive(url, b"Warm Up\n\nThe minister spoke on Monday.\n", 1))  # model loaded
            loaded = tree_rss_mb(server.pid)
            sampler = Sampler(server.pid, url)
            sampler.start()
            started = time.perf_counter()
            seen = asyncio.run(drive(url, data, args.readers))
            total = time.perf_counter() - started
            time.sleep(30)
            sampler.stopped.set()
            sampler.join()
            after = tree_rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"{args.readers} readers upload {len(data) / 1e6:.2f} MB each ({lines:,} one-sentence lines) at once")
    print(f"server and workers: {loaded:.0f} MB with the model loaded, peak {sampler.peak:.0f} MB, "
          f"{after:.0f} MB 30 s after every reader left; all done in {total:.0f} s")
    print(f"slowest health check during the uploads: {sampler.slowest * 1000:.0f} ms; over 1 s: "
          + (", ".join(f"{latency:.1f} s at {at:.0f} s" for at, latency in sampler.slow) or "none"))
    for name, (seconds, shown) in sorted(seen.items()):
        print(f"  {name}: after {seconds:.0f} s: {shown}")


if __name__ == "__main__":
    main()
