"""A saved news page uploaded in the browser: the article is analysed, not the page around it.

Readers' comments, most-read headlines and the newsletter box of the page must not become
speakers on the Stance page; the Overview shows the page furniture that was left out.
"""

from __future__ import annotations

from tests import realistic
from tests.test_browser import (app, app_url, browser, expect, metric_value, open_page,  # noqa: F401
                                pytestmark, upload)


def test_saved_news_page_has_no_commenter_among_the_speakers(app, tmp_path):  # noqa: F811
    data, name = realistic.html_main_article()
    path = tmp_path / name
    path.write_bytes(data)
    page = app.page
    with app.script_run():
        upload(page, str(path))
    expect(page.get_by_role("heading", name=realistic.HARBOUR.title)).to_be_visible()
    expect(metric_value(page, "Paragraphs")).to_have_text(str(len(realistic.HARBOUR.paragraphs)))
    expect(page.get_by_text("removed as page furniture")).to_be_visible()
    open_page(app, "Stance")
    expect(metric_value(page, "Statements")).not_to_have_text("0")
    text = page.locator('[data-testid="stMain"]').inner_text()
    for commenter in ("Kessler", "Fenwick", "Quill", "Lifeboat", "Morning Brief"):
        assert commenter not in text
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
