"""What a page computes from the analysis is computed once per analysis and options (ui.memo): a
rerun that changes nothing it depends on (another widget, a return from another page) reuses it,
a new filter or a correction computes it again. Counts calls; no timings."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis import screens


@pytest.fixture
def counted(monkeypatch):
    """Calls of each screen function, by name (the pages call them through the module)."""
    calls: Counter[str] = Counter()
    for name in ("overview", "stance_screen", "entity_screen", "sentiment_paragraphs", "sentiment_sentences",
                 "stance_speakers"):
        original = getattr(screens, name)

        def wrapper(*args, _original=original, _name=name, **kwargs):
            calls[_name] += 1
            return _original(*args, **kwargs)

        wrapper.__qualname__ = original.__qualname__
        wrapper.__module__ = original.__module__
        monkeypatch.setattr(screens, name, wrapper)
    return calls


def test_overview_computed_once_across_reruns_and_returns(sample_app, counted):
    at = sample_app
    at.run()
    at.switch_page("pages/sentiment.py").run()
    at.switch_page("pages/overview.py").run()
    assert not at.exception
    assert counted["overview"] <= 1  # (the sample's first run, before the counting, made it)


def test_stance_screen_once_per_filters(sample_app, counted):
    at = sample_app
    at.switch_page("pages/stance.py").run()
    assert counted["stance_screen"] == 1 and counted["stance_speakers"] == 1
    at.toggle(key="stance_details").set_value(True).run()  # the table's columns, not its rows
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/stance.py").run()
    assert not at.exception
    assert counted["stance_screen"] == 1 and counted["stance_speakers"] == 1
    at.toggle(key="stance_uncertain").set_value(False).run()  # another filter: another screen
    assert counted["stance_screen"] == 2
    at.toggle(key="stance_uncertain").set_value(True).run()  # back: the first one, kept
    assert counted["stance_screen"] == 2


def test_entities_and_sentiment_once_per_options(sample_app, counted):
    at = sample_app
    at.switch_page("pages/entities.py").run()
    at.selectbox(key="entities_entity").set_value(at.selectbox(key="entities_entity").options[1].split(" · ")[0]).run()
    assert counted["entity_screen"] == 1
    at.slider(key="entities_top").set_value(3).run()
    assert counted["entity_screen"] == 2
    at.switch_page("pages/sentiment.py").run()
    at.checkbox(key="sentiment_vader").uncheck().run()
    at.segmented_control(key="sentiment_view").set_value("sentences").run()
    at.segmented_control(key="sentiment_view").set_value("voices").run()
    at.segmented_control(key="sentiment_view").set_value("sentences").run()
    assert not at.exception
    assert counted["sentiment_paragraphs"] == 2  # with VADER, without
    assert counted["sentiment_sentences"] == 2  # along the article (kept), by voice


def test_a_correction_is_a_new_analysis_with_its_own_views(sample_app, counted):
    at = sample_app
    at.session_state["stance_fix_box"] = True  # the corrections' forms are drawn while their expander is open
    at.switch_page("pages/stance.py").run()
    before = at.get("plotly_chart")[0].proto.spec
    at.button(key="stance_fix_delete").click().run()
    assert not at.exception
    assert counted["stance_screen"] == 2  # the corrected analysis is another object: computed again
    assert at.get("plotly_chart")[0].proto.spec != before


def test_memo_keeps_few_analyses_and_views():
    from ui import memo

    at = AppTest.from_string("""
import streamlit as st
from ui import memo

class Fake:  # stands for an analysis
    pass

analyses = st.session_state.setdefault("fakes", [Fake() for _ in range(4)])
for fake in analyses:
    for option in range(30):
        memo.memo(lambda analysis, n: n * 2, fake, option)
st.text(str(memo.held()))
""", default_timeout=60)
    at.run()
    assert not at.exception
    assert int(at.text[0].value) <= memo.MAX_VIEWS
    assert memo.KEEP_ANALYSES <= 2


def test_chart_code_loaded_on_a_sessions_first_run_only():
    """A new session's first run draws one hidden empty chart and table (the browser loads their
    code then); its later runs draw none, and the Overview with no article draws no other."""
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    first = at.get("plotly_chart")
    assert len(first) == 1 and len(at.dataframe) == 1 and at.session_state["_chart_code_loaded"]
    at.run()
    assert not at.exception and len(at.get("plotly_chart")) == 0 and len(at.dataframe) == 0


def test_entities_page_makes_only_the_chart_it_draws(sample_app, monkeypatch):
    """The Entities page's screen makes a chart when it is first drawn: a visit makes the
    mentions chart, not the presence or same-sentence ones; choosing one makes it once."""
    from analysis import charts

    made: Counter[str] = Counter()
    for name in ("figure_entity_mentions", "figure_entity_tone", "figure_presence", "figure_cooccurrence"):
        original = getattr(charts, name)
        monkeypatch.setattr(charts, name, lambda *a, _o=original, _n=name, **k: made.update([_n]) or _o(*a, **k))
    at = sample_app
    at.switch_page("pages/entities.py").run()
    assert not at.exception
    assert made == Counter({"figure_entity_mentions": 1})
    at.segmented_control(key="entities_view").set_value("presence").run()
    at.segmented_control(key="entities_view").set_value("mentions").run()
    at.segmented_control(key="entities_view").set_value("presence").run()
    assert not at.exception
    assert made == Counter({"figure_entity_mentions": 1, "figure_presence": 1})
