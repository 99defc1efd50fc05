"""Many readers at once on one server: ten browser sessions upload ten different articles at the
same time; each sees only its own analysis, none errors, and the server's memory settles."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, UI_TIMEOUT, UPLOADER, app_url  # noqa: F401

async_api = pytest.importorskip("playwright.async_api")
async_playwright, async_expect = async_api.async_playwright, async_api.expect
#: The app is connected and no script run is in progress.
IDLE = '[data-testid="stApp"][data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]'

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


async def _sessions(url: str, ids: list[int], results: dict[int, str], errors: list[str]) -> None:
    """One chromium, one context per session (ten browser processes on a 2-core runner cost
    minutes); every session uploads at the same moment, after all of them are connected."""
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ready = asyncio.Barrier(len(ids))

        async def session(i: int) -> None:
            try:
                page = await (await browser.new_context()).new_page()
                page.set_default_timeout(UI_TIMEOUT * 2)
                await page.goto(url)
                await async_expect(page.locator(IDLE)).to_be_attached(timeout=UI_TIMEOUT)
                await ready.wait()  # everyone uploads at the same moment
                await page.locator(f'{UPLOADER} input[type="file"]').set_input_files(
                    {"name": f"story{i}.txt", "mimeType": "text/plain", "buffer": article(i)})
                await async_expect(page.get_by_role("heading", name=f"Story Number {i}")).to_be_visible(
                    timeout=UI_TIMEOUT * 2)
                metric = page.locator('[data-testid="stMetric"]').filter(
                    has=page.locator('[data-testid="stMetricLabel"]', has_text=re.compile("^Paragraphs$"))).first
                await async_expect(metric.locator('[data-testid="stMetricValue"]')).to_have_text(
                    str(i + 1), timeout=UI_TIMEOUT)
                if await page.locator('[data-testid="stException"]').count():
                    errors.append(f"session {i}: exception box")
                titles = await page.get_by_role("heading", name=re.compile(r"^Story Number \d+$")).all_inner_texts()
                results[i] = " | ".join(titles)
            except Exception as err:  # noqa: BLE001 (collected and asserted by the test, with its session)
                errors.append(f"session {i}: {type(err).__name__}: {err}")

        await asyncio.gather(*(session(i) for i in ids))
        await browser.close()


def test_ten_sessions_at_once(app_url):  # noqa: F811
    pid = server_pid(app_url)
    results: dict[int, str] = {}
    errors: list[str] = []
    # one session first, so the model is loaded before the baseline is read
    asyncio.run(_sessions(app_url, [SESSIONS], results, errors))
    results.clear()
    baseline = rss_mb(pid) if pid else 0.0
    asyncio.run(_sessions(app_url, list(range(SESSIONS)), results, errors))
    assert not errors, errors
    assert results == {i: f"Story Number {i}" for i in range(SESSIONS)}  # each saw only its own
    if pid:
        after = rss_mb(pid)
        print(f"\nserver RSS: {baseline:.0f} MB with the model loaded, {after:.0f} MB after "
              f"{SESSIONS} concurrent sessions")
        assert after < baseline + 150  # ten small analyses cached, sessions gone: no runaway growth
