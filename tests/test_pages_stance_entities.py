"""The Stance and Entities pages through AppTest: the statements table's columns and filters,
the matrix's figure, types in words, the entity picker, and filters kept across pages and in
the URL."""

import base64
import json

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from analysis.views import STATEMENT_TABLE_DETAILS, STATEMENT_TABLE_MAIN
from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def seeded(sample_app):
    return sample_app


def test_stance_table_columns_details_and_uncertain_filter(seeded):
    at = seeded
    at.switch_page("pages/stance.py").run()
    assert not at.exception
    table = at.dataframe[0]
    assert list(table.proto.column_order) == STATEMENT_TABLE_MAIN
    frame = table.value
    assert "-" in set(frame["target"])  # a statement without target: a dash, not "None"
    found_by = frame["speaker via"]
    uncertain = found_by.str.startswith("⚠")
    assert uncertain.any() and (found_by == "name").any()  # shown by default, and marked
    at.toggle(key="stance_details").set_value(True).run()
    assert list(at.dataframe[0].proto.column_order) == STATEMENT_TABLE_MAIN + STATEMENT_TABLE_DETAILS
    at.toggle(key="stance_uncertain").set_value(False).run()
    assert not at.exception
    assert len(at.dataframe[0].value) == int((~uncertain).sum())
    assert not at.dataframe[0].value["speaker via"].str.startswith("⚠").any()
    assert at.query_params["uncertain"] == "False"


def test_stance_matrix_figure_counts_and_strip(seeded):
    at = seeded
    at.switch_page("pages/stance.py").run()
    chart = at.get("plotly_chart")[0]
    spec = json.loads(chart.proto.spec)
    types = [trace["type"] for trace in spec["data"]]
    assert types == ["heatmap", "scatter", "heatmap", "scatter"]  # the matrix, then the no-target strip
    assert spec["data"][2]["x"] == ["(no target)"]
    assert "each cell: +support" in spec["layout"]["title"]["text"]
    texts = [t for row in spec["data"][0]["text"] for t in row if t]
    assert texts and all(t.startswith("+") and "\u2212" in t for t in texts)
    # the pickers below the matrix list a cell's evidence until a click moves them
    assert any('class="np-sentence"' in m.value for m in at.markdown)


def test_entities_types_in_words_and_the_picker_lists_every_entity(seeded):
    at = seeded
    at.switch_page("pages/entities.py").run()
    assert not at.exception
    everyone = len(at.dataframe[0].value) if len(at.dataframe[0].value) < 15 else None
    picker_before = at.selectbox(key="entities_entity").options
    assert "Person" in at.multiselect(key="entities_types").options
    assert "PERSON" not in at.multiselect(key="entities_types").options
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Country or city" in {trace["name"] for trace in spec["data"]}
    at.slider(key="entities_top").set_value(3).run()
    assert len(at.dataframe[0].value) == 3
    assert at.selectbox(key="entities_entity").options == picker_before  # whatever the top-N
    assert everyone is None or len(picker_before) == everyone
    assert set(at.dataframe[0].value["type"]) <= {"Person", "Organisation", "Country or city", "Group", "Place",
                                                  "Event", "Other"}
    at.segmented_control(key="entities_view").set_value("cooccurrence").run()
    z = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]["z"]  # plotly's typed-array encoding
    cooccurrence = np.frombuffer(base64.b64decode(z["bdata"]), dtype=z["dtype"]).reshape(
        [int(n) for n in str(z["shape"]).split(",")])
    assert np.isnan(np.diag(cooccurrence)).all() and not np.isnan(cooccurrence[0, 1:]).any()  # the diagonal blank


def test_entities_filters_survive_another_page_and_sit_in_the_url(seeded):
    at = seeded
    at.switch_page("pages/entities.py").run()
    at.slider(key="entities_top").set_value(4).run()
    at.multiselect(key="entities_types").set_value(["GPE", "PERSON"]).run()
    assert at.query_params["top"] == "4" and at.query_params["types"] == "GPE,PERSON"
    at.switch_page("pages/stance.py").run()
    at.switch_page("pages/entities.py").run()
    assert not at.exception
    assert at.slider(key="entities_top").value == 4
    assert at.multiselect(key="entities_types").value == ["GPE", "PERSON"]
    assert len(at.dataframe[0].value) == 4
    # a copied link with top=2 shows two
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["top"] = "2"
    fresh.run()
    fresh.button(key="overview_sample").click().run()
    fresh.switch_page("pages/entities.py").run()
    assert not fresh.exception
    assert len(fresh.dataframe[0].value) == 2


def test_a_corrected_statement_is_marked_in_the_table_and_the_matrix(seeded):
    at = seeded
    at.session_state["stance_fix_box"] = True  # the corrections' forms are drawn while their expander is open
    at.switch_page("pages/stance.py").run()
    box = at.selectbox(key="stance_fix_statement")  # the corrections form (ui/corrections.py)
    box.set_value(next(i for i, label in enumerate(box.options) if " Ali Khamenei said" in label)).run()
    at.radio(key="stance_fix_stance").set_value("support")
    at.button(key="stance_fix_apply").click().run()
    assert not at.exception
    table = at.dataframe[0].value
    said = table[table["cue"] == "said"].iloc[0]
    assert (said["stance"], said["speaker via"], said["stance via"]) == ("support", "✎ corrected", "✎ corrected")
    assert (table["speaker via"] == "✎ corrected").sum() == 1
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    tips = [c[1] for trace in spec["data"] if trace["type"] == "scatter" for c in trace["customdata"]]
    assert sum("✎ 1 corrected" in tip for tip in tips) == 1


def test_entities_choices_of_another_article_do_not_break_the_page(seeded):
    at = seeded
    at.switch_page("pages/entities.py").run()
    top_max = at.slider(key="entities_top").max
    at.slider(key="entities_top").set_value(top_max).run()
    at.selectbox(key="entities_entity").set_value("Ebrahim Raisi").run()
    at.switch_page("pages/overview.py").run()
    at.text_area(key="overview_paste").input("Short Note\n\nLena Varga met Tomas Brel in Norland.\n\n"
                                             "Varga praised Brel.")
    next(b for b in at.button if b.label == "Analyse pasted text").click().run()
    at.switch_page("pages/entities.py").run()
    assert not at.exception
    assert at.slider(key="entities_top").value <= at.slider(key="entities_top").max < top_max
    assert at.selectbox(key="entities_entity").value == "Lena Varga"  # the first of this article
