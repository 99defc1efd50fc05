"""Corrections in a real browser: merge two entities (one bar), correct a stance and delete a
statement, share, and open the link in a fresh browser context: the corrected matrix and JSON
("Show original" on a shared link is covered by the AppTests, tests/test_corrections_pages.py)."""

from __future__ import annotations

import json
import re

from tests.test_browser import (  # noqa: F401  (fixtures, marks)
    UI_TIMEOUT,
    App,
    app,
    app_url,
    browser,
    download,
    expect,
    load_seed,
    open_page,
    pytestmark,
    wait_idle,
)


def choose(tab: App, key: str, text: str, *, in_form: bool = True) -> None:
    """Pick the option of selectbox ``key`` that holds ``text`` (typed to filter the list; typed
    again if a rerun redrew the box meanwhile); out of a form, the choice starts a run, waited for."""
    box = tab.page.locator(f".st-key-{key} input:visible").first
    option = tab.page.locator('[role="option"]').filter(has_text=text).first
    for attempt in range(3):
        wait_idle(tab.page)
        box.click()
        box.fill(text)
        try:
            expect(option).to_be_visible(timeout=10_000 if attempt < 2 else UI_TIMEOUT)
            break
        except AssertionError:
            tab.page.keyboard.press("Escape")
    # picked with the keyboard (the filtered option is the highlighted one): a click can wait on an
    # option the list is still moving into place
    if in_form:
        tab.page.keyboard.press("Enter")
        return
    with tab.script_run():
        tab.page.keyboard.press("Enter")


def click(tab: App, key: str) -> None:
    """Click the button of ``key`` and wait for the run it starts to finish."""
    with tab.script_run():
        tab.page.locator(f".st-key-{key} button:visible").first.click()


def plotted(page, chart_key: str, axis: str) -> list[str]:
    chart = page.locator(f".st-key-{chart_key} .js-plotly-plot")
    expect(chart).to_be_visible()
    return chart.evaluate(f"el => el._fullData.flatMap(t => Array.from(t.{axis} || []))")


def test_corrections_travel_with_the_share_link(app, browser, app_url):  # noqa: F811
    page = app.page
    load_seed(app)
    # merge two entities: one bar left
    open_page(app, "Entities")
    assert {"Muslim", "Islamic"} <= set(plotted(page, "entities_mentions_chart", "y"))
    with app.script_run():  # the forms are drawn by the run that opening the section starts
        page.get_by_text("Correct the entities").click()
    choose(app, "entities_fix_entity", "Muslim")
    choose(app, "entities_fix_other", "Islamic")
    click(app, "entities_fix_apply")
    names = plotted(page, "entities_mentions_chart", "y")
    assert "Muslim" in names and "Islamic" not in names
    # a statement deleted (the only one of its speaker), another's stance corrected
    open_page(app, "Stance")
    with app.script_run():  # the forms are drawn by the run that opening the section starts
        page.get_by_text("Correct the statements").click()
    choose(app, "stance_fix_statement", "¶2 Arab stood by", in_form=False)
    click(app, "stance_fix_delete")
    choose(app, "stance_fix_statement", "¶4 Ebrahim Raisi suggested", in_form=False)
    page.locator(".st-key-stance_fix_stance").get_by_text("support").click()
    click(app, "stance_fix_apply")
    assert "Arab" not in plotted(page, "stance_matrix_chart", "y")
    click(app, "sidebar_share")
    link = page.locator('[data-testid="stCode"]').filter(has_text="?doc=").first
    share_id = re.search(r"doc=([A-Za-z0-9_-]+)", link.inner_text()).group(1)

    other = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    try:
        fresh = other.new_page()
        fresh.goto(f"{app_url}/stance?doc={share_id}")
        speakers = plotted(fresh, "stance_matrix_chart", "y")
        assert "Ebrahim Raisi" in speakers and "Arab" not in speakers
        fresh.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="Overview").click()
        button = fresh.locator(".st-key-overview_json button")
        expect(button).to_be_visible(timeout=UI_TIMEOUT)
        payload = json.loads(download(fresh, button).read_text(encoding="utf-8"))
        assert [op["op"] for op in payload["corrections"]] == ["merge_entities", "delete_statement", "edit_statement"]
        statements = payload["statements"]
        assert not [s for s in statements if s["speaker"] == "Arab"]
        raisi = [s for s in statements if s["speaker"] == "Ebrahim Raisi"]
        assert [(s["stance"], s["corrected"]) for s in raisi] == [("support", True)]
        assert "Islamic" not in {e["name"] for e in payload["entities"]}
        expect(fresh.locator('[data-testid="stException"]')).to_have_count(0)
    finally:
        other.close()
    assert app.js_errors == []
