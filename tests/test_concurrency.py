"""Many readers at once on one server: ten browser sessions upload ten different articles at the
same time; each sees only its own analysis, none errors, and the server's memory settles."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from tests.test_browser import (CHROMIUM, CHROMIUM_ARGS, UI_TIMEOUT, UPLOADER, app_url,  # noqa: F401
                                expect, metric_value, playwright_sync, wait_idle)

SESSIONS = 10
#: Its own server: the memory figure is read against this server's baseline, not a shared one's.
OWN_SERVER = True
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no chromium")]


def article(i: int) -> bytes:
    """A distinct article per session: its title and paragraph count tell them apart."""
    paragraphs = "\n\n".join(f"Minister Number{i} said on day {k} that the plan was good." for k in range(i + 1))
    return f"Story Number {i}\n\n{paragraphs}\n".encode()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def server_pid(url: str) -> int | None:
    port = url.rsplit(":", 1)[1]
    for status in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = status.read_bytes().split(b"\0")
        except OSError:
            continue
        if b"streamlit" in b" ".join(command) and port.encode() in command:
            return int(status.parent.name)
    return None


def test_ten_sessions_at_once(app_url):  # noqa: F811
    pid = server_pid(app_url)
    results: dict[int, str] = {}
    errors: list[str] = []
    def session(i: int, barrier: threading.Barrier) -> None:
        # each thread drives its own playwright and browser: the sync API is not shared across threads
        try:
            with playwright_sync.sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_context().new_page()
                page.set_default_timeout(UI_TIMEOUT * 2)
                page.goto(app_url)
                wait_idle(page)
                barrier.wait(timeout=120)  # everyone uploads at the same moment
                page.locator(f'{UPLOADER} input[type="file"]').set_input_files(
                    {"name": f"story{i}.txt", "mimeType": "text/plain", "buffer": article(i)})
                expect(page.get_by_role("heading", name=f"Story Number {i}")).to_be_visible(timeout=UI_TIMEOUT * 2)
                expect(metric_value(page, "Paragraphs")).to_have_text(str(i + 1), timeout=UI_TIMEOUT)
                if page.locator('[data-testid="stException"]').count():
                    errors.append(f"session {i}: exception box")
                titles = page.get_by_role("heading", name=re.compile(r"^Story Number \d+$")).all_inner_texts()
                results[i] = " | ".join(titles)
                browser.close()
        except Exception as err:  # collected and asserted below, with the session it came from
            errors.append(f"session {i}: {type(err).__name__}: {err}")

    warm_up = threading.Thread(target=session, args=(SESSIONS, threading.Barrier(1)))
    warm_up.start()  # one session first, so the model is loaded before the baseline is read
    warm_up.join(timeout=300)
    results.clear()
    barrier = threading.Barrier(SESSIONS)
    baseline = rss_mb(pid) if pid else 0.0
    threads = [threading.Thread(target=session, args=(i, barrier)) for i in range(SESSIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert not errors, errors
    assert results == {i: f"Story Number {i}" for i in range(SESSIONS)}  # each saw only its own
    if pid:
        after = rss_mb(pid)
        print(f"\nserver RSS: {baseline:.0f} MB with the model loaded, {after:.0f} MB after "
              f"{SESSIONS} concurrent sessions")
        assert after < baseline + 150  # ten small analyses cached, sessions gone: no runaway growth
