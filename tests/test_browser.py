"""End-to-end tests: `streamlit run app.py` driven by headless Chromium through playwright.

The browser is Debian's chromium (``apt-get install chromium``), never a
playwright download. The server listens on 127.0.0.1 only, on a free port.
Waiting is always done with playwright's ``expect``/``wait_for_*``/``expect_*``
and their timeouts, never with sleeps. Run only these with ``pytest -m browser``.

Where a test must know that a script run is over (not just that the page shows
something), it waits for Streamlit's own ``script_finished`` message on the
page's websocket, decoded with Streamlit's protobuf classes.
"""

from __future__ import annotations

import os
import random
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect
PlaywrightTimeoutError = playwright_sync.TimeoutError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed.txt"
SEED_TITLE = "Iran's Supreme Leader"
SEED_PARAGRAPHS = 7
CHROMIUM = os.environ.get("NEWSPRISM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: Bound on the server start (health check), in seconds.
SERVER_START_TIMEOUT = 60
#: Bound on anything the page has to do (the first analysis loads the spaCy model), in ms.
UI_TIMEOUT = 60_000
UPLOADER = '[data-testid="stFileUploader"]'
# expect() waits 5 s by default; a page's first chart (plotly loaded on demand) can take longer
# on a busy machine.
expect.set_options(timeout=UI_TIMEOUT)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"no chromium at {CHROMIUM} (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200 and response.read().strip() == b"ok"
    except (urllib.error.URLError, OSError):
        return False


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@pytest.fixture(scope="module")
def app_url(request, tmp_path_factory):
    """The URL of a `streamlit run app.py` server on a free 127.0.0.1 port: the shared one, or
    a server of the module's own when the module sets ``OWN_SERVER = True`` (it changes the
    server's environment first, as the worker-limit tests do)."""
    if getattr(request.module, "OWN_SERVER", False):
        yield from server(tmp_path_factory)
    else:
        yield request.getfixturevalue("shared_app_url")  # tests/conftest.py


def server(tmp_path_factory):
    """Start a server, yield its URL once healthy, stop it afterwards."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true",
               "--browser.gatherUsageStats", "false"]
    # The server's share links go to a database of this test module, never the app's own file.
    env = dict(os.environ, NEWSPRISM_DB_PATH=str(log_path.parent / "shares.sqlite3"))
    env.pop("NEWSPRISM_DB_URL", None)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not _healthy(url):
            if process.poll() is not None:
                pytest.fail(f"streamlit exited with status {process.returncode}:\n{_tail(log_path)}")
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit not healthy after {SERVER_START_TIMEOUT} s:\n{_tail(log_path)}")
            try:  # the poll interval; returns at once if the server dies
                process.wait(timeout=0.25)
            except subprocess.TimeoutExpired:
                pass
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _is_script_finished(payload) -> bool:
    """Whether a websocket frame is Streamlit's ForwardMsg ``script_finished``."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    if not isinstance(payload, bytes):
        return False
    message = ForwardMsg()
    try:
        message.ParseFromString(payload)
    except Exception:  # not a ForwardMsg: not ours to judge
        return False
    return message.WhichOneof("type") == "script_finished"


@dataclass
class App:
    """A browser tab on the app: the page, its Streamlit websocket, its uncaught JS errors."""

    page: object
    websocket: object
    js_errors: list[str] = field(default_factory=list)

    @contextmanager
    def script_run(self):
        """Wrap an action; on exit, a script run it started has finished on the server."""
        with self.websocket.expect_event("framereceived", predicate=_is_script_finished,
                                         timeout=UI_TIMEOUT):
            yield
        wait_idle(self.page)


@pytest.fixture
def app(browser, app_url):
    """A fresh browser context (so a fresh Streamlit session) with the app open and idle."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(UI_TIMEOUT)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    try:
        with page.expect_websocket(lambda ws: ws.url.endswith("/_stcore/stream")) as ws_info:
            page.goto(app_url)
        wait_idle(page)
        yield App(page, ws_info.value, errors)
    finally:
        context.close()


def wait_idle(page) -> None:
    """Wait until the app is connected and no script run is in progress."""
    expect(page.locator('[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
                        '[data-test-script-state="notRunning"]')).to_be_attached(timeout=UI_TIMEOUT)


def upload(page, files) -> None:
    """Upload through the real <input type=file> of the Overview page's uploader."""
    file_input = page.locator(f'{UPLOADER} input[type="file"]')
    expect(file_input).to_be_attached()
    file_input.set_input_files(files)


def download(page, button, attempts: int = 3) -> Path:
    """Click a download ``button`` and return the downloaded file's path. A deferred download
    (its bytes made on click) asks the server for them over the websocket; a click that lands
    while a run replaces the button is answered by nothing, and a user clicks again: so does this."""
    for attempt in range(attempts):
        wait_idle(page)
        try:
            with page.expect_download(timeout=20_000 if attempt < attempts - 1 else UI_TIMEOUT) as info:
                button.click()
            return Path(info.value.path())
        except PlaywrightTimeoutError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def metric_value(page, label: str):
    metric = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=re.compile(f"^{label}$"))).first
    return metric.locator('[data-testid="stMetricValue"]')


def load_seed(app: App, files=SEED) -> None:
    """Upload the seed article and wait for its analysis to be on the page, the run over."""
    with app.script_run():
        upload(app.page, files)
    expect(metric_value(app.page, "Paragraphs")).to_have_text(str(SEED_PARAGRAPHS))
    expect(app.page.get_by_role("heading", name=SEED_TITLE)).to_be_visible()


def junk_file() -> dict:
    return {"name": "junk.txt", "mimeType": "text/plain", "buffer": random.Random(0).randbytes(4000)}


def test_upload_then_sentiment_chart(app):
    page = app.page
    load_seed(app)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)

    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Sentiment").click()
    expect(page).to_have_url(re.compile(r"/sentiment/?$"))
    chart = page.locator(".st-key-sentiment_chart .js-plotly-plot")
    expect(chart).to_be_visible()
    # The first trace is the TextBlob polarity bar chart: one bar per paragraph.
    bars = chart.locator(".barlayer .trace").first.locator(".point")
    expect(bars).to_have_count(SEED_PARAGRAPHS)
    wait_idle(page)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)

    # The same from plotly's own data. `el.data[0].x` is plotly.py's base64 typed-array
    # encoding ({dtype, bdata}), so read the decoded arrays plotly.js keeps in `_fullData`.
    data = chart.evaluate("el => ({type: el._fullData[0].type, name: el._fullData[0].name,"
                          " x: Array.from(el._fullData[0].x)})")
    assert data == {"type": "bar", "name": "TextBlob polarity",
                    "x": list(range(1, SEED_PARAGRAPHS + 1))}
    # The chart is drawn at the width of the main column (width="stretch"), not a thumbnail:
    # the main column of a 1400-pixel window is over 700 pixels wide.
    box = chart.bounding_box()
    assert box is not None and box["width"] > 700 and box["height"] > 300
    assert app.js_errors == []


def test_junk_upload_keeps_previous_analysis(app):
    page = app.page
    load_seed(app)
    with app.script_run():
        upload(page, junk_file())  # replaces seed.txt in the uploader
    alert = page.locator('[data-testid="stAlertContentError"]')
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("junk.txt")
    expect(page.locator('[data-testid="stAlert"]').filter(has_text="junk.txt")).to_have_count(1)
    # The previous analysis stays on screen.
    expect(page.get_by_role("heading", name=SEED_TITLE)).to_be_visible()
    expect(metric_value(page, "Paragraphs")).to_have_text(str(SEED_PARAGRAPHS))
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    assert app.js_errors == []


def test_replacing_upload_survives_the_rerun(app):
    """Picking a second file while the first is shown: the second one must be analysed.

    Deterministic: the second file's upload (HTTP PUT) is held until the rerun that
    removing the first file triggers has finished, as happens with any slow upload.
    """
    page = app.page
    # A name never analysed on this server, so the analysis (and its progress bar) runs now.
    load_seed(app, {"name": f"seed-{uuid.uuid4().hex[:8]}.txt", "mimeType": "text/plain",
                    "buffer": SEED.read_bytes()})
    held = []
    page.route("**/_stcore/upload_file/**",
               lambda route: held.append(route) if route.request.method == "PUT" else route.continue_())
    with app.script_run():  # the run with the uploader emptied (the old file is deleted first)
        with page.expect_request(lambda r: r.method == "PUT" and "/_stcore/upload_file/" in r.url):
            upload(page, junk_file())
    assert len(held) == 1
    # Still uploading, the new file must still be listed (the bug: the uploader comes back empty).
    expect(page.locator(UPLOADER)).to_contain_text("junk.txt", timeout=5_000)
    held[0].continue_()
    page.unroute("**/_stcore/upload_file/**")

    alert = page.locator('[data-testid="stAlertContentError"]')
    expect(alert).to_contain_text("junk.txt", timeout=15_000)
    expect(page.get_by_role("heading", name=SEED_TITLE)).to_be_visible()


def open_page(app: App, name: str) -> None:
    """Go to a page through the sidebar navigation (a new URL would start a new session)."""
    with app.script_run():
        app.page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=name).click()


def test_entities_and_stance_pages(app):
    """The Entities page charts the counted entities; the Stance page lists the statements and
    draws the speaker x target matrix, and highlights statements in the article."""
    page = app.page
    load_seed(app)
    open_page(app, "Entities")
    chart = page.locator(".st-key-entities_mentions_chart .js-plotly-plot")
    expect(chart).to_be_visible()
    names = chart.evaluate("el => el._fullData.flatMap(t => Array.from(t.y))")
    assert "Israel" in names and "Ali Khamenei" in names
    open_page(app, "Stance")
    expect(page.locator(".st-key-stance_matrix_chart .js-plotly-plot")).to_be_visible()
    expect(metric_value(page, "Statements")).not_to_have_text("0")
    expect(page.locator("mark.np-oppose").first).to_be_visible()
    # the marks' colours come from the frame's stylesheet: an oppose mark is shaded brown
    shade = page.locator("mark.np-oppose").first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert shade == "rgba(166, 97, 26, 0.25)"  # the stance palette (BrBG brown), not the tone's red
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    assert app.js_errors == []


def test_share_link_opens_the_same_analysis_in_a_fresh_browser(app, browser, app_url):
    page = app.page
    load_seed(app)
    statements = metric_value(page, "Statements").inner_text()
    with app.script_run():
        page.get_by_test_id("stMainBlockContainer").get_by_role("button", name="Share this analysis").click()
    link = page.locator('[data-testid="stCode"]').filter(has_text="?doc=").first
    expect(link).to_be_visible()
    share_id = re.search(r"doc=([A-Za-z0-9_-]+)", link.inner_text()).group(1)
    assert len(share_id) == 32
    expect(page).to_have_url(re.compile(f"doc={share_id}"))

    other = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        fresh = other.new_page()
        fresh.goto(f"{app_url}/stance?doc={share_id}")
        expect(metric_value(fresh, "Statements")).to_have_text(statements, timeout=UI_TIMEOUT)
        fresh.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Overview").click()
        expect(fresh.get_by_role("heading", name=SEED_TITLE)).to_be_visible(timeout=UI_TIMEOUT)
        expect(metric_value(fresh, "Paragraphs")).to_have_text(str(SEED_PARAGRAPHS))
        expect(metric_value(fresh, "Statements")).to_have_text(statements)
        expect(fresh.locator('[data-testid="stException"]')).to_have_count(0)
    finally:
        other.close()


def test_compare_two_articles_and_csv_download(app):
    page = app.page
    load_seed(app)
    with app.script_run():
        upload(page, {"name": "other.txt", "mimeType": "text/plain",
                      "buffer": b"Talks Resume In Cairo\n\nEgypt welcomed the talks and praised Qatar.\n\n"
                                b"Israel rejected the proposal, officials said."})
    expect(metric_value(page, "Paragraphs")).to_have_text("2")
    open_page(app, "Compare")
    expect(page.locator(".st-key-compare_arcs .js-plotly-plot")).to_be_visible()
    traces = page.locator(".st-key-compare_arcs .js-plotly-plot").evaluate(
        "el => el._fullData.map(t => t.name)")
    assert traces == ["1. Iran's Supreme Leader Calls For Temporary Severance Of...", "2. Talks Resume In Cairo"]

    open_page(app, "Sentiment")
    frame = pd.read_csv(download(page, page.locator(".st-key-sentiment_download button")))
    assert frame["index"].tolist() == [1, 2]  # the current article is the second one
    assert {"polarity", "subjectivity", "vader", "tone"} <= set(frame.columns)


def test_article_markup_never_runs(app):
    """Article text reaching the page is shown as text: a script or an onerror handler in an
    article (or its file name) never executes."""
    page = app.page
    hostile = (b"<b>Bold</b> Headline <img src=x onerror=\"window.__pwned=1\">\n\n"
               b"Angela Merkel said <script>window.__pwned=2</script> the plan was \"bad\".\n\n"
               b"<img src=x onerror=\"window.__pwned=3\"> Merkel left [x](javascript:window.__pwned=4).")
    with app.script_run():
        upload(page, {"name": "<img src=x onerror=alert(1)>.txt", "mimeType": "text/plain",
                      "buffer": hostile})
    shown_as_text = page.get_by_text("<script>window.__pwned=2</script>", exact=False).first
    expect(shown_as_text).to_be_visible()
    for name in ("Entities", "Stance", "Sentiment"):
        open_page(app, name)
        expect(page.locator('[data-testid="stException"]')).to_have_count(0)
        if name == "Stance":  # the article again, under the statements: still text
            expect(shown_as_text).to_be_attached()
    # the handlers would have set window.__pwned: it exists only if markup ran
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert app.js_errors == []
