"""A stranger's article in a real browser: no link and no styled text from its title, text,
entities or file name on any page (hovers included), and an analysis nobody waits for is
stopped, letting the next reader's queued analysis run.

Against ``streamlit run`` on 127.0.0.1 with one analysis worker; headless Debian chromium.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from tests.test_browser import (CHROMIUM, SEED, UI_TIMEOUT, UPLOADER, app, app_url, browser,  # noqa: F401
                                expect, metric_value, open_page, upload, wait_idle)
from tests.test_security_workers import prose

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no chromium")]

EVIL = "evil.example"
HOSTILE_NAME = f'<a href="https:{EVIL}">Zed</a> www.{EVIL} <span style="font-size:90px">big</span>.txt'
HOSTILE_TEXT = (
    f'<a href="https://{EVIL}/t">Ceasefire</a> Talks at www.{EVIL}\n\n'
    f'Minister Ali Khamenei of <span style="font-size:90px">Iran</span> condemned Israel on Monday, '
    f'according to https://{EVIL}/report and www.{EVIL}.\n\n'
    f'"We reject the <a href="https://{EVIL}/x">plan</a>," said <b>Benjamin Netanyahu</b> of Israel.\n\n'
    f'Egypt praised Qatar for the talks, officials at mail@{EVIL} said.\n'
).encode()

#: Links (HTML or SVG) and large or styled text anywhere in the document, hover layers included.
FIND_INJECTED = r"""() => {
  const found = [];
  for (const a of document.querySelectorAll('a')) {
    const href = a.getAttribute('href') || a.getAttribute('xlink:href') || '';
    if (href.includes('evil') || a.textContent.includes('evil')) found.push('link ' + a.outerHTML.slice(0, 120));
  }
  for (const el of document.querySelectorAll('[style]')) {
    const style = el.getAttribute('style') || '';
    if (/font-size:\s*90px/.test(style)) found.push('styled ' + el.outerHTML.slice(0, 120));
  }
  for (const el of document.querySelectorAll('img')) {
    if ((el.getAttribute('src') || '').includes('evil')) found.push('image ' + el.outerHTML.slice(0, 120));
  }
  return found;
}"""


#: This module's server runs with one worker (set below before it starts), so not the shared one.
OWN_SERVER = True


@pytest.fixture(scope="module", autouse=True)
def one_worker():
    """The server (started after this) runs one analysis worker."""
    before = os.environ.get("NEWSPRISM_WORKERS")
    os.environ["NEWSPRISM_WORKERS"] = "1"
    yield
    if before is None:
        del os.environ["NEWSPRISM_WORKERS"]
    else:
        os.environ["NEWSPRISM_WORKERS"] = before


def assert_clean(page, where: str) -> None:
    wait_idle(page)
    for chart in page.locator(".js-plotly-plot").all():  # hover the first mark of every chart
        mark = chart.locator(".point, .scatterlayer path.point, .hm, .nsewdrag").first
        if mark.count():
            mark.hover(force=True)
            assert page.evaluate(FIND_INJECTED) == [], where
    assert page.evaluate(FIND_INJECTED) == [], where
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_hostile_article_file_name_and_error_inject_nothing(app):
    page = app.page
    with app.script_run():
        upload(page, {"name": HOSTILE_NAME, "mimeType": "text/plain", "buffer": HOSTILE_TEXT})
    expect(metric_value(page, "Paragraphs")).to_have_text("3")
    expect(page.get_by_text("Talks at www", exact=False).first).to_be_visible()
    assert_clean(page, "Overview")
    for name in ("Sentiment", "Entities", "Stance"):
        open_page(app, name)
        expect(page.locator(".js-plotly-plot").first).to_be_visible()
        assert_clean(page, name)
    open_page(app, "Overview")
    with app.script_run():
        upload(page, {"name": "seed.txt", "mimeType": "text/plain", "buffer": SEED.read_bytes()})
    open_page(app, "Compare")
    expect(page.locator(".st-key-compare_arcs .js-plotly-plot")).to_be_visible()
    legend = page.locator(".st-key-compare_arcs .legendtext").evaluate_all("els => els.map(e => e.textContent)")
    assert any("<a href" in text for text in legend), legend  # the name shown as written
    assert_clean(page, "Compare")
    open_page(app, "Overview")
    with app.script_run():
        upload(page, {"name": f"www.{EVIL} <img src=https:{EVIL}> [x](https:{EVIL}) <b style=font-size:90px>b.docx",
                      "mimeType": "application/octet-stream", "buffer": b"not a zip"})
    expect(page.locator('[data-testid="stAlertContentError"]')).to_contain_text("<img src")
    assert_clean(page, "error message")
    assert app.js_errors == []


def _children(pid: int) -> set[int]:
    try:
        return {int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in "ZX"
    except OSError:
        return False


def _workers(server: int) -> set[int]:
    """The running analysis workers: children of the server's fork server (killed ones not yet
    reaped left out)."""
    return {worker for child in _children(server) for worker in _children(child) if _running(worker)}


def test_a_closed_session_frees_the_worker_for_the_queued_reader(browser, app_url):  # noqa: F811
    from tests.test_concurrency import server_pid

    server = server_pid(app_url)
    first = browser.new_context()
    second = browser.new_context()
    try:
        page = first.new_page()
        page.goto(app_url)
        wait_idle(page)
        started = time.monotonic()
        upload(page, {"name": "seed-a.txt", "mimeType": "text/plain", "buffer": SEED.read_bytes()})
        expect(metric_value(page, "Paragraphs")).to_have_text("7")
        plain = time.monotonic() - started  # a small article, upload to figures
        upload(page, {"name": "long.txt", "mimeType": "text/plain", "buffer": prose(600_000)})
        expect(page.get_by_text(re.compile("Analysed|Analysing")).first).to_be_visible()
        busy = _workers(server) if server else set()

        other = second.new_page()
        other.goto(app_url)
        wait_idle(other)
        upload(other, {"name": "seed-b.txt", "mimeType": "text/plain", "buffer": SEED.read_bytes() + b"\n"})
        expect(other.get_by_text("Queued: 1 analysis(es) ahead")).to_be_visible()

        first.close()  # the reader of the long article leaves
        left = time.monotonic()
        expect(metric_value(other, "Paragraphs")).to_have_text("7", timeout=UI_TIMEOUT)
        waited = time.monotonic() - left
        print(f"\nsmall article {plain:.1f} s; queued reader done {waited:.1f} s after the long one's reader left")
        assert waited < 3 * plain, (waited, plain)  # not the long article's whole analysis
        if server:
            assert busy and not busy & _workers(server)  # its worker was killed and replaced
    finally:
        second.close()
