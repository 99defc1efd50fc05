"""Pages driven through Streamlit's AppTest: upload, sample, errors, navigation."""

import random

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def app():
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def metrics(at):
    return {m.label: m.value for m in at.metric}


def upload(at, name, data, mime="text/plain"):
    at.file_uploader(key="overview_upload").set_value((name, data, mime)).run()
    return at


def test_first_visit_invites_an_article(app):
    assert any("Upload an article" in i.value for i in app.info)
    assert not app.error


def test_upload_seed_shows_metrics(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    assert not app.exception and not app.error
    figures = metrics(app)
    assert figures["Paragraphs"] == "7"
    assert any("Iran's Supreme Leader" in s.value for s in app.subheader)


def test_sample_button(app):
    app.button(key="overview_sample").click().run()
    assert not app.exception
    assert metrics(app)["Paragraphs"] == "7"


def test_sentiment_page_has_chart_and_download(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    app.switch_page("pages/sentiment.py").run()
    assert not app.exception
    charts = app.get("plotly_chart")
    assert len(charts) == 1  # one chart drawn at a time: the paragraphs first
    assert app.segmented_control(key="sentiment_view").value == "paragraphs"
    assert any(b.proto.label.startswith("Download paragraphs") for b in app.get("download_button"))


def test_sentiment_toggles(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    app.switch_page("pages/sentiment.py").run()
    app.checkbox(key="sentiment_vader").uncheck().run()
    app.checkbox(key="sentiment_tone").uncheck().run()
    assert not app.exception
    spec = app.get("plotly_chart")[0].proto.spec
    assert "VADER compound" not in spec and "Tone (combined)" not in spec


def test_sentiment_toggles_survive_another_chart_and_page(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    app.switch_page("pages/sentiment.py").run()
    app.checkbox(key="sentiment_vader").uncheck().run()
    app.segmented_control(key="sentiment_view").set_value("sentences").run()
    app.switch_page("pages/entities.py").run()
    app.switch_page("pages/sentiment.py").run()
    app.segmented_control(key="sentiment_view").set_value("paragraphs").run()
    assert not app.exception
    assert app.checkbox(key="sentiment_vader").value is False
    assert app.checkbox(key="sentiment_tone").value is True
    assert "VADER compound" not in app.get("plotly_chart")[0].proto.spec


def test_sentiment_page_without_article_points_to_overview(app):
    app.switch_page("pages/sentiment.py").run()
    assert not app.exception
    assert any("No article yet" in i.value for i in app.info)


@pytest.mark.parametrize("name,data,words", [
    ("junk.txt", random.Random(0).randbytes(4000), "binary"),
    ("empty.txt", b"", "empty"),
    ("broken.docx", b"this is not a zip file at all", "damaged"),
    ("scan.pdf", b"%PDF-1.4\n%garbage that is not a pdf", "PDF"),
    ("program.exe", b"MZ\x90\x00 some bytes", "not supported"),
])
def test_bad_upload_keeps_previous_analysis(app, seed_bytes, name, data, words):
    upload(app, "seed.txt", seed_bytes)
    upload(app, name, data)
    assert not app.exception
    assert len(app.error) == 1 and words in app.error[0].value
    # the previous analysis is still on screen
    assert metrics(app)["Paragraphs"] == "7"


def test_paste_text(app):
    app.text_area(key="overview_paste").input("A Short Title\n\nFirst paragraph. It is good.\n\nSecond one.")
    submit = [b for b in app.button if b.label == "Analyse pasted text"][0]
    submit.click().run()
    assert not app.exception
    figures = metrics(app)
    assert (figures["Paragraphs"], figures["Sentences"], figures["Words"]) == ("2", "3", "7")


def test_session_keeps_several_documents(app, seed_bytes):
    # AppTest drops the entrypoint's sidebar elements after the first run, so the picker
    # itself is exercised in the browser test; here the state behind it.
    upload(app, "seed.txt", seed_bytes)
    upload(app, "other.txt", b"Another Title\n\nA calm paragraph.\n\nAnd another.")
    assert metrics(app)["Paragraphs"] == "2"
    documents = app.session_state["documents"]
    assert [d.name for d in documents.values()] == ["seed.txt", "other.txt"]
    app.session_state["current"] = next(iter(documents))
    app.run()
    assert not app.exception
    assert metrics(app)["Paragraphs"] == "7"


def test_entities_page_filter_and_top_n(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    app.switch_page("pages/entities.py").run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == 1  # one chart drawn at a time, the mentions first
    for view in ("tone", "presence", "cooccurrence", "mentions"):
        app.segmented_control(key="entities_view").set_value(view).run()
        assert not app.exception and len(app.get("plotly_chart")) == 1
    table = app.dataframe[0].value
    assert table["name"].iloc[0] == "Israel" and table["mentions"].iloc[0] == 12
    app.slider(key="entities_top").set_value(3).run()
    assert len(app.dataframe[0].value) == 3
    app.multiselect(key="entities_types").set_value(["PERSON"]).run()
    assert not app.exception
    assert set(app.dataframe[0].value["type"]) == {"Person"}  # the type in words
    # choosing an entity lists its sentences with the mention marked
    app.selectbox(key="entities_entity").set_value("Ali Khamenei").run()
    # one element holds them all
    marked = [part for m in app.markdown if m.value.startswith('<p class="np-sentence"')
              for part in m.value.split('<p class="np-sentence"')[1:]]
    assert len(marked) == 3 and all("<mark" in m for m in marked)


def test_entity_sentences_escape_article_markup(app):
    hostile = b"Markup Test\n\n<script>window.pwned=1</script> Angela Merkel spoke in Berlin.\n\nMerkel left."
    upload(app, "hostile.txt", hostile)
    app.switch_page("pages/entities.py").run()
    assert not app.exception
    app.selectbox(key="entities_entity").set_value("Angela Merkel").run()
    marked = [m.value for m in app.markdown if m.value.startswith('<p class="np-sentence"')]
    assert marked and all("<script>" not in m for m in marked)
    assert any("&lt;script&gt;" in m for m in marked)


def test_stance_page_table_filters_and_matrix(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    app.switch_page("pages/stance.py").run()
    assert not app.exception
    table = app.dataframe[0].value
    assert len(table) > 0 and metrics(app)["Statements"] == str(len(table))
    assert {"speaker", "cue", "target", "stance", "evidence", "kind"} <= set(table.columns)
    assert len(app.get("plotly_chart")) == 1
    app.multiselect(key="stance_stances").set_value(["oppose"]).run()
    assert not app.exception
    assert set(app.dataframe[0].value["stance"]) == {"oppose"}
    # the matrix cell pickers list evidence sentences
    evidence = [m.value for m in app.markdown if 'class="np-sentence"' in m.value]
    assert evidence


def test_sentiment_voice_split(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    app.switch_page("pages/sentiment.py").run()
    app.segmented_control(key="sentiment_view").set_value("voices").run()
    assert not app.exception
    assert any("author's voice" in c.value for c in app.caption)
    assert app.query_params["chart"] == ["voices"] or app.query_params["chart"] == "voices"
    assert len(app.get("plotly_chart")) == 1


def shared_link(app):
    """Share the current analysis from the Overview and return its id."""
    app.button(key="overview_share").click().run()
    assert not app.exception
    links = {c.value for c in app.code if "doc=" in c.value}  # shown in the sidebar and the Overview
    assert len(links) == 1
    return links.pop().split("doc=")[1]


def test_share_link_reopens_the_same_analysis(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    before = metrics(app)
    share_id = shared_link(app)
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["doc"] = share_id
    fresh.run()
    assert not fresh.exception and not fresh.error
    assert metrics(fresh) == before
    fresh.switch_page("pages/stance.py").run()
    assert not fresh.exception
    assert len(fresh.dataframe[0].value) == int(before["Statements"])


@pytest.mark.parametrize("share_id,words", [("not-a-link", "malformed"), ("B" * 32, "No saved analysis")])
def test_bad_share_link_says_so(share_id, words):
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["doc"] = share_id
    at.run()
    assert not at.exception
    assert any(words in e.value for e in at.error)
    assert any("Upload an article" in i.value for i in at.info)


def test_view_state_round_trips_through_the_url(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    share_id = shared_link(app)
    app.switch_page("pages/entities.py").run()
    app.multiselect(key="entities_types").set_value(["PERSON"]).run()
    app.selectbox(key="entities_entity").set_value("Ebrahim Raisi").run()
    assert app.query_params["types"] == "PERSON" and app.query_params["entity"] == "Ebrahim Raisi"
    # a fresh session with the copied URL sees the same view
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["doc"] = share_id
    fresh.query_params["types"] = "PERSON"
    fresh.query_params["entity"] = "Ebrahim Raisi"
    fresh.run()
    fresh.switch_page("pages/entities.py").run()
    assert not fresh.exception
    assert set(fresh.dataframe[0].value["type"]) == {"Person"}
    assert fresh.selectbox(key="entities_entity").value == "Ebrahim Raisi"


def test_stance_speaker_filter_from_url(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    share_id = shared_link(app)
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["doc"] = share_id
    fresh.query_params["speaker"] = "Bahrain"
    fresh.run()
    fresh.switch_page("pages/stance.py").run()
    assert not fresh.exception
    assert set(fresh.dataframe[0].value["speaker"]) == {"Bahrain"}


def test_compare_two_articles(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    upload(app, "other.txt", b"Ceasefire Talks Resume\n\nEgypt welcomed the talks and praised Qatar.\n\n"
                             b"Israel rejected the proposal, officials said.")
    app.switch_page("pages/compare.py").run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == 2
    differences = app.dataframe[0].value
    assert list(differences.columns) == ["measure", "1. Iran's Supreme Leader Calls For Temporary Severance Of...",
                                         "2. Ceasefire Talks Resume"]  # labelled by title
    assert [str(v) for v in differences.set_index("measure").loc["Paragraphs"]] == ["7", "2"]


def test_compare_needs_two_articles(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    app.switch_page("pages/compare.py").run()
    assert not app.exception
    assert any("at least two" in i.value for i in app.info)


def test_hostile_article_is_shown_as_text(app):
    hostile = (b"**Breaking** <script>window.pwned=1</script>\n\n"
               b"<img src=x onerror=alert(1)> Angela Merkel said the plan was \"dangerous\".\n\n"
               b"[click](javascript:alert(1)) Merkel left.")
    upload(app, "<b>evil</b>.txt", hostile)
    assert not app.exception
    rendered = " ".join(m.value for m in app.markdown) + " ".join(s.value for s in app.subheader)
    assert "<script>" not in rendered and "<img src" not in rendered and "<b>evil" not in rendered
    assert "&lt;img src=x onerror" in rendered and "\\<script\\>" in rendered


def test_sidebar_picker_switches_documents(app, seed_bytes):
    upload(app, "seed.txt", seed_bytes)
    upload(app, "other.txt", b"Another Title\n\nA calm paragraph.\n\nAnd another.")
    assert metrics(app)["Paragraphs"] == "2"
    picker = app.sidebar.selectbox[0]
    assert picker.options == ["1. seed.txt", "2. other.txt"] and picker.value == "2. other.txt"
    picker.set_value("1. seed.txt").run()
    assert not app.exception
    assert metrics(app)["Paragraphs"] == "7"
    app.switch_page("pages/sentiment.py").run()
    assert app.sidebar.selectbox[0].value == "1. seed.txt"


def test_corpus_page_without_results(app, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSPRISM_CORPUS_ROOT", str(tmp_path / "none"))
    app.run()  # the page is registered only with a root configured
    app.switch_page("pages/corpus.py").run()
    assert not app.exception
    assert any("No corpus results" in i.value for i in app.info)


def test_corpus_page_browses_batch_results(app, tmp_path, monkeypatch):
    from analysis.batch import run_batch

    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Date: 2024-01-05\nTalks Resume\n\nEgypt welcomed the talks.\n\nIt ended.")
    (corpus / "b.txt").write_text("Date: 2024-02-05\nTalks Fail\n\nEgypt condemned Israel.\n\nIt ended badly.")
    run_batch(str(corpus), tmp_path / "results" / "demo", processes=1, show_progress=False)
    monkeypatch.setenv("NEWSPRISM_CORPUS_ROOT", str(tmp_path / "results"))
    app.run()
    app.switch_page("pages/corpus.py").run()
    assert not app.exception
    assert metrics(app)["Documents"] == "2"
    assert len(app.get("plotly_chart")) == 2
    assert "Egypt" in app.dataframe[0].value["name"].tolist()


def test_entities_table_shows_merged_forms_with_reasons(app):
    app.text_area(key="overview_paste").input("Leader Speaks\n\nAli Khamenei spoke on Monday.\n\n"
                                             "Khamenei said Iranian forces were ready.")
    [b for b in app.button if b.label == "Analyse pasted text"][0].click().run()
    app.switch_page("pages/entities.py").run()
    assert not app.exception
    table = app.dataframe[0]
    row = table.value.set_index("name").loc["Ali Khamenei"]
    assert list(row["merged"]) == ["Khamenei (surname)"]
    assert table.proto.column_order[:4] == ["name", "type", "mentions", "merged"]


def test_entities_page_with_a_single_entity(app):
    app.text_area(key="overview_paste").input("Short Note\n\nAngela Merkel spoke.")
    [b for b in app.button if b.label == "Analyse pasted text"][0].click().run()
    app.switch_page("pages/entities.py").run()
    assert not app.exception
    assert app.dataframe[0].value["name"].tolist() == ["Angela Merkel"]
    assert not app.slider  # nothing to choose from: no "top N" slider


def test_corpus_page_is_off_without_a_configured_root(app, monkeypatch):
    monkeypatch.delenv("NEWSPRISM_CORPUS_ROOT", raising=False)
    try:  # not in the navigation: AppTest refuses to switch, or the run shows the default page
        app.switch_page("pages/corpus.py").run()
    except ValueError as err:
        assert "Could not find a navigation page" in str(err)
        return
    assert not app.exception
    assert not any(s.label == "Results folder" for s in app.selectbox)
    assert not any(t.value == "Corpus" for t in app.title)


def test_corpus_page_never_shows_server_paths_and_names_a_truncated_table(app, tmp_path, monkeypatch):
    from analysis.batch import run_batch

    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Talks Resume\n\nEgypt welcomed the talks.\n\nIt ended.")
    run_batch(str(corpus), tmp_path / "results" / "good", processes=1, show_progress=False)
    run_batch(str(corpus), tmp_path / "results" / "bad", processes=1, show_progress=False)
    table = tmp_path / "results" / "bad" / "documents.parquet"
    table.write_bytes(table.read_bytes()[:50])
    monkeypatch.setenv("NEWSPRISM_CORPUS_ROOT", str(tmp_path / "results"))
    app.run()
    app.switch_page("pages/corpus.py").run()
    assert not app.exception
    assert app.selectbox[-1].options == ["bad", "good"]
    assert "truncated" in app.error[0].value and str(tmp_path) not in app.error[0].value
    app.selectbox[-1].set_value("good").run()
    assert not app.exception and not app.error
    shown = app.dataframe[-1].value
    assert shown["path"].tolist() == ["a.txt"]


def test_a_refused_share_says_why_and_keeps_the_analysis(seed_bytes, monkeypatch):
    monkeypatch.setenv("NEWSPRISM_SHARE_MAX_MB", "0.0001")  # read when this test's store opens
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    upload(at, "seed.txt", seed_bytes)
    at.button(key="overview_share").click().run()
    assert not at.exception
    assert any("too large to share" in e.value for e in at.error)
    assert not any("doc=" in c.value for c in at.code)
    assert metrics(at)["Paragraphs"] == "7"


def test_compare_choices_follow_documents_not_labels_after_eviction(app):
    from ui.documents import MAX_SESSION_DOCUMENTS

    def paste(i):
        paragraphs = "\n\n".join(f"Minister Number{i} spoke on day {k}." for k in range(i + 1))
        app.text_area(key="overview_paste").input(f"Story {i}\n\n{paragraphs}")
        [b for b in app.button if b.label == "Analyse pasted text"][0].click().run()

    def chosen_entities():
        table = app.dataframe[0].value.set_index("measure")
        return dict(zip(table.columns, table.loc["Paragraphs"].astype(int)))  # Story i has i + 1

    for i in range(MAX_SESSION_DOCUMENTS):
        paste(i)
    app.switch_page("pages/compare.py").run()
    picker = app.multiselect(key="compare_articles")
    picker.set_value(picker.value[:2]).run()  # Story 5 and Story 6, all named "pasted text.txt"
    before = chosen_entities()
    assert not app.exception and len(before) == 2
    app.switch_page("pages/overview.py").run()
    paste(MAX_SESSION_DOCUMENTS)  # evicts Story 0: every label renumbers
    app.switch_page("pages/compare.py").run()
    assert not app.exception
    after = chosen_entities()
    assert sorted(before.values()) == [6, 7]
    assert sorted(after.values()) == [6, 7]  # the same two articles...
    assert set(after) != set(before)  # ...under their new labels
