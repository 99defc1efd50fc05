"""Corrections through the pages (AppTest): statements on Stance, entities on Entities, every page
and the share link using the corrected analysis, "Show original" one click away."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def seeded(seed_bytes) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.file_uploader(key="overview_upload").set_value(("seed.txt", seed_bytes, "text/plain")).run()
    assert not at.exception
    return at


def open_corrections(at: AppTest, page: str) -> AppTest:
    """Switch to the Stance or Entities page with its corrections' expander open (its forms are
    drawn only while open)."""
    at.session_state["stance_fix_box" if page == "stance" else "entities_fix_box"] = True
    return at.switch_page(f"pages/{page}.py").run()


def shown(at: AppTest):
    """The analysis the pages were given in the last run (the corrected one, or the original)."""
    return at.session_state["held_corrected"][at.session_state["current"]][2]


def statements_table(at: AppTest):
    """The statements every page of the last run used (the tables' layout is the pages' own)."""
    return shown(at).statements


def pick_statement(at: AppTest, speaker: str, cue: str) -> None:
    box = at.selectbox(key="stance_fix_statement")
    # the options are row numbers shown as labels
    box.set_value(next(i for i, label in enumerate(box.options) if f" {speaker} {cue}" in label)).run()
    assert not at.exception


def test_statement_corrections_change_every_view_and_can_be_undone(seeded):
    open_corrections(seeded, "stance")
    before = statements_table(seeded)
    pick_statement(seeded, "Iran", "denying")
    seeded.button(key="stance_fix_delete").click().run()
    assert not seeded.exception
    after = statements_table(seeded)
    assert len(after) == len(before) - 1 and "denying" not in after["cue"].tolist()
    assert next(m.value for m in seeded.metric if m.label == "Statements") == str(len(after))
    # edit: the stance of Khamenei's "said" becomes support
    pick_statement(seeded, "Ali Khamenei", "said")
    seeded.radio(key="stance_fix_stance").set_value("support")
    seeded.button(key="stance_fix_apply").click().run()
    assert not seeded.exception
    table = statements_table(seeded)
    said = table[table["cue"] == "said"].iloc[0]
    assert (said["stance"], bool(said["corrected"])) == ("support", True)
    assert not table[table["cue"] == "urged"]["corrected"].any()
    # add a missed statement by its sentence
    sentences = seeded.selectbox(key="stance_add_sentence")
    # the options are sentence numbers (1-based over the article) shown as "¶paragraph text"
    sentences.set_value(1 + next(i for i, label in enumerate(sentences.options) if label.startswith("¶5")))
    seeded.selectbox(key="stance_add_speaker").set_value("Ali Khamenei")
    seeded.text_input(key="stance_add_cue").input("delivered")
    seeded.button(key="stance_add_submit").click().run()
    assert not seeded.exception and not seeded.error
    assert "delivered" in statements_table(seeded)["cue"].tolist()
    ops = seeded.session_state["corrections"][seeded.session_state["current"]]
    assert [op["op"] for op in ops] == ["delete_statement", "edit_statement", "add_statement"]
    # "Show original" brings the machine analysis back on every page, and off again
    open_corrections(seeded, "stance")
    seeded.toggle(key="show_original").set_value(True).run()
    assert not seeded.exception
    assert len(statements_table(seeded)) == len(before)
    assert any("Showing the original" in i.value for i in seeded.info)
    open_corrections(seeded, "entities")
    assert seeded.toggle(key="show_original").value is True
    seeded.toggle(key="show_original").set_value(False).run()
    open_corrections(seeded, "stance")
    assert len(statements_table(seeded)) == len(before)  # deleted one, added one
    # undo the deletion
    seeded.button(key="stance_made_undo_0").click().run()
    assert not seeded.exception
    assert len(statements_table(seeded)) == len(before) + 1


def test_entity_corrections(seeded):
    open_corrections(seeded, "stance")
    seeded.button(key="stance_add_submit").click().run()  # a statement without speaker or cue
    assert not seeded.exception
    assert any("is not valid" in e.value for e in seeded.error)
    assert not seeded.session_state["corrections"].get(seeded.session_state["current"])
    open_corrections(seeded, "entities")
    assert not seeded.exception
    seeded.selectbox(key="entities_fix_entity").set_value("Muslim")
    seeded.selectbox(key="entities_fix_other").set_value("Islamic")
    seeded.button(key="entities_fix_apply").click().run()
    assert not seeded.exception
    table = shown(seeded).entities
    assert "Islamic" not in table["name"].tolist()
    muslim = table[table["name"] == "Muslim"].iloc[0]
    assert muslim["mentions"] == 5 and bool(muslim["corrected"])
    seeded.radio(key="entities_fix_action").set_value("Rename").run()
    seeded.selectbox(key="entities_fix_entity").set_value("Ebrahim Raisi")
    seeded.text_input(key="entities_fix_name").input("President Raisi")
    seeded.button(key="entities_fix_apply").click().run()
    seeded.radio(key="entities_fix_action").set_value("Change type").run()
    seeded.selectbox(key="entities_fix_entity").set_value("Hamas")
    seeded.selectbox(key="entities_fix_type").set_value("NORP")
    seeded.button(key="entities_fix_apply").click().run()
    seeded.radio(key="entities_fix_action").set_value("Drop").run()
    seeded.selectbox(key="entities_fix_entity").set_value("Holocaust")
    seeded.button(key="entities_fix_apply").click().run()
    assert not seeded.exception and not seeded.error
    table = shown(seeded).entities.set_index("name")
    assert "President Raisi" in table.index and "Holocaust" not in table.index
    assert table.loc["Hamas", "type"] == "NORP"
    # the statements follow: the merged target, the renamed speaker
    open_corrections(seeded, "stance")
    statements = statements_table(seeded)
    assert "Islamic" not in set(statements["target"].dropna()) and "Muslim" in set(statements["target"])
    assert "President Raisi" in set(statements["speaker"])


def test_sharing_after_correcting_opens_the_corrected_view(seeded):
    open_corrections(seeded, "stance")
    before = len(statements_table(seeded))
    pick_statement(seeded, "Iran", "denying")
    seeded.button(key="stance_fix_delete").click().run()
    seeded.button(key="sidebar_share").click().run()
    assert not seeded.exception
    links = {c.value for c in seeded.code if "doc=" in c.value}
    assert len(links) == 1
    share_id = links.pop().split("doc=")[1]
    assert seeded.query_params["doc"] == [share_id] or seeded.query_params["doc"] == share_id
    assert len(seeded.session_state["documents"]) == 1  # the new link is not opened again as a second article
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["doc"] = share_id
    fresh.run()
    open_corrections(fresh, "stance")
    assert not fresh.exception
    table = statements_table(fresh)
    assert len(table) == before - 1 and "denying" not in table["cue"].tolist()
    fresh.toggle(key="show_original").set_value(True).run()
    assert len(statements_table(fresh)) == before
    # the JSON download carries the corrections
    fresh.toggle(key="show_original").set_value(False).run()
    fresh.switch_page("pages/overview.py").run()
    assert not fresh.exception
    ops = fresh.session_state["corrections"][fresh.session_state["current"]]
    assert [op["op"] for op in ops] == ["delete_statement"]
    json.dumps(ops)


def test_a_statement_can_be_added_to_an_article_with_none():
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.text_area(key="overview_paste").input("Harbour Notes\n\nThe Harbour Board ferry left at noon. Rain fell.")
    next(b for b in at.button if b.label == "Analyse pasted text").click().run()
    open_corrections(at, "stance")
    assert not at.exception
    assert any("No attributed statements" in i.value for i in at.info)
    sentences = at.selectbox(key="stance_add_sentence")
    sentences.set_value(1)
    at.selectbox(key="stance_add_speaker").set_value("Harbour Board")  # an entity of the article
    at.text_input(key="stance_add_cue").input("said")
    at.button(key="stance_add_submit").click().run()
    assert not at.exception and not at.error
    assert at.session_state["corrections"][at.session_state["current"]][0]["op"] == "add_statement"
    assert "said" in at.session_state["corrections"][at.session_state["current"]][0]["cue"]
