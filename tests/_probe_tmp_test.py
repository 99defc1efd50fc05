import sys
sys.path.insert(0, "/work/main/tests")
import test_browser as tb
from test_browser import browser, app_url, expect
import random

def test_probe(browser, app_url):
    ctx = browser.new_context(viewport={"width": 1400, "height": 3200})
    page = ctx.new_page()
    msgs = []
    page.on("console", lambda m: msgs.append(f"{m.type}: {m.text}"))
    page.goto(app_url); tb.wait_idle(page)
    page.screenshot(path="/tmp/shots/0_empty.png")
    tb.load_seed(page)
    page.screenshot(path="/tmp/shots/1_overview.png")
    tb.upload(page, {"name": "junk.txt", "mimeType": "text/plain", "buffer": random.Random(0).randbytes(4000)})
    expect(page.locator('[data-testid="stAlertContentError"]')).to_be_visible(); tb.wait_idle(page)
    page.screenshot(path="/tmp/shots/2_junk.png")
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Sentiment").click()
    expect(page.locator(".st-key-sentiment_chart .js-plotly-plot")).to_be_visible(); tb.wait_idle(page)
    page.screenshot(path="/tmp/shots/3_sentiment.png")
    print("\n".join(msgs))
    ctx.close()
