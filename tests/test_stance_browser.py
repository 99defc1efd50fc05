"""The Stance page's matrix in a real browser: a click on a cell lists that cell's evidence.

Reuses the server, browser and session fixtures of :mod:`tests.test_browser` (the browser modules
share one server: ``shared_app_url`` in tests/conftest.py). Plotly's selection events reach Streamlit only
from a real click, which AppTest cannot make.
"""

from __future__ import annotations

import re

from tests.test_browser import (  # noqa: F401  (fixtures, marks)
    CHROMIUM,
    app,
    app_url,
    browser,
    expect,
    load_seed,
    open_page,
    pytestmark,
)


def test_clicking_a_matrix_cell_lists_its_evidence(app):  # noqa: F811
    page = app.page
    load_seed(app)
    open_page(app, "Stance")
    chart = page.locator(".st-key-stance_matrix_chart .js-plotly-plot")
    expect(chart).to_be_visible()
    # The clickable points over the matrix's cells (trace 1), from plotly's own data: pick the
    # last cell, not the first one the pickers show before any click.
    cells = chart.evaluate("el => ({x: Array.from(el._fullData[1].x), y: Array.from(el._fullData[1].y),"
                           " tips: el._fullData[1].customdata.map(c => c[1])})")
    last = len(cells["x"]) - 1
    assert last > 0
    speaker, target = cells["y"][last], cells["x"][last]
    count = int(re.search(r": (\d+) statement", cells["tips"][last]).group(1))
    point = chart.locator(".scatterlayer .trace").first.locator("path.point").nth(last)
    point.evaluate("el => el.scrollIntoView({block: 'center'})")
    box = point.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(chart.locator(".hoverlayer")).to_contain_text(f"{speaker} on {target}")  # the cell's tooltip
    with app.script_run():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    # the cell pickers follow the click, and the evidence below is that cell's
    expect(page.locator(".st-key-stance_cell_speaker input")).to_have_value(speaker)
    expect(page.locator(".st-key-stance_cell_target input")).to_have_value(target)
    evidence = page.locator("p.np-sentence")
    expect(evidence).to_have_count(count)
    expect(evidence.first).to_contain_text("¶")
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    assert app.js_errors == []
