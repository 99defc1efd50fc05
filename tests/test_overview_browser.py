"""The Overview's findings in a real browser: the sentence of findings on the sample, above the
figures, with its sparkline drawn.

Reuses the server, browser and session fixtures of :mod:`tests.test_browser` (the browser modules
share one server: ``shared_app_url`` in tests/conftest.py).
"""

from __future__ import annotations

from tests.test_browser import (  # noqa: F401  (fixtures, marks)
    CHROMIUM,
    app,
    app_url,
    browser,
    expect,
    load_seed,
    pytestmark,
)


def test_findings_sentence_on_the_sample(app):  # noqa: F811
    page = app.page
    load_seed(app)
    main = page.get_by_test_id("stMainBlockContainer")
    finding = main.get_by_text("Ali Khamenei makes 5 of the 14 statements, all opposing, 3 of them against Israel; "
                               "the most mentioned entity is Israel (12 mentions in 9 sentences).")
    expect(finding).to_be_visible()
    # findings first: the sentence above the key figures
    figures = main.get_by_role("heading", name="Key figures")
    assert finding.bounding_box()["y"] < figures.bounding_box()["y"]
    sparkline = page.locator(".st-key-overview_sparkline .js-plotly-plot")
    expect(sparkline).to_be_visible()
    assert sparkline.evaluate("el => el._fullData[0].x.length") == 11  # one point per sentence
    expect(main.get_by_text("from 2 sentences: too few to lean on")).to_be_visible()
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    assert app.js_errors == []
