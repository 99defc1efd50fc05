"""Corpus mode on a small folder: tables, failures, resuming, and the Dask engine."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from analysis.batch import DOCUMENT_COLUMNS, TABLES, corpus_entities, load_results, run_batch, tone_over_time
from tests.conftest import ROOT

ARTICLES = {
    "one.txt": "Date: 2024-01-05\nTalks Resume\n\nEgypt welcomed the talks and praised Qatar.\n\n"
               "Israel rejected the proposal, officials said.",
    "two.md": "# Budget Row\n\nThe minister Rishi Sunak said that Labour's plans would wreck the economy.\n\n"
              "Labour condemned the remarks.",
    "sub/three.html": "<html><head><meta property='article:published_time' content='2024-02-01'></head>"
                      "<body><article><h1>Trade Deal</h1><p>France backed the trade deal.</p>"
                      "<p>Germany criticised France for the delay.</p></article></body></html>",
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"this is not a zip")
    (folder / "notes.csv").write_text("ignored,file\n")
    return folder


def read_tables(out):
    return {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES}


def test_local_batch_tables_failures_and_resume(corpus, tmp_path):
    out = tmp_path / "results"
    summary = run_batch(str(corpus), out, processes=2, show_progress=False)
    assert (summary["found"], summary["analysed"], summary["failed"], summary["skipped"]) == (4, 3, 1, 0)
    tables = read_tables(out)
    documents = tables["documents"]
    assert list(documents.columns) == DOCUMENT_COLUMNS
    assert sorted(documents["name"]) == ["one.txt", "three.html", "two.md"]
    assert set(documents["published"].dropna()) == {"2024-01-05", "2024-02-01"}
    for table in TABLES[1:]:
        assert tables[table].columns[0] == "doc_id"
        assert set(tables[table]["doc_id"]) <= set(documents["doc_id"])
    # counts agree between tables
    for row in documents.itertuples():
        assert (tables["paragraphs"]["doc_id"] == row.doc_id).sum() == row.paragraphs
        assert (tables["statements"]["doc_id"] == row.doc_id).sum() == row.statements
    failures = pd.read_csv(out / "failures.csv")
    assert failures["path"].str.endswith("broken.docx").tolist() == [True]

    again = run_batch(str(corpus), out, processes=1, show_progress=False)
    assert (again["analysed"], again["skipped"], again["failed"]) == (0, 3, 1)
    pd.testing.assert_frame_equal(read_tables(out)["documents"], documents)


def test_dask_engine_gives_the_same_tables(corpus, tmp_path):
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local", tmp_path / "dask"
    run_batch(str(corpus), local, processes=1, show_progress=False)
    summary = run_batch(str(corpus), dask, processes=2, engine="dask", show_progress=False)
    assert summary["analysed"] == 3 and summary["failed"] == 1
    for table in TABLES:
        a, b = read_tables(local)[table], read_tables(dask)[table]
        key = ["doc_id"] + [c for c in ("index", "start", "name", "paragraph", "sentence") if c in a.columns]
        a = a.drop(columns=["path"], errors="ignore").sort_values(key, ignore_index=True)
        b = b.drop(columns=["path"], errors="ignore").sort_values(key, ignore_index=True)
        pd.testing.assert_frame_equal(a, b)


def test_corpus_views(corpus, tmp_path):
    out = tmp_path / "results"
    run_batch(str(corpus), out, processes=1, show_progress=False)
    results = load_results(out)
    entities = corpus_entities(results)
    france = entities[entities["name"] == "France"].iloc[0]
    assert france["mentions"] == 2 and france["documents"] == 1
    timeline = tone_over_time(results)
    assert len(timeline) == 2 and timeline["published"].is_monotonic_increasing


def test_batch_command_line(corpus, tmp_path):
    out = tmp_path / "cli"
    result = subprocess.run([sys.executable, "-m", "analysis", "batch", str(corpus), "--out", str(out),
                             "--processes", "1", "--quiet"], cwd=ROOT, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["analysed"] == 3 and summary["failed"] == 1
    assert b"broken.docx" in result.stderr and b"Traceback" not in result.stderr


def test_batch_on_nothing(tmp_path):
    result = subprocess.run([sys.executable, "-m", "analysis", "batch", str(tmp_path / "empty*"), "--out",
                             str(tmp_path / "out"), "--quiet"], cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == 2 and b"no article files" in result.stderr


def test_batch_command_line_follows_links_only_when_asked(tmp_path):
    """A linked article is skipped by default and read with --follow-links."""
    source, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    source.mkdir()
    elsewhere.mkdir()
    (source / "own.txt").write_text("Own Title\n\nThe council met in Leeds on Monday.", encoding="utf-8")
    (elsewhere / "linked.txt").write_text("Linked Title\n\nThe board met in York on Friday.", encoding="utf-8")
    (source / "linked.txt").symlink_to(elsewhere / "linked.txt")
    counts = []
    for extra in ([], ["--follow-links"]):
        out = tmp_path / f"out{len(extra)}"
        result = subprocess.run([sys.executable, "-m", "analysis", "batch", str(source), "--out", str(out),
                                 "--processes", "1", "--quiet", *extra], cwd=ROOT, capture_output=True, timeout=300)
        assert result.returncode == 0, result.stderr
        counts.append(json.loads(result.stdout)["analysed"])
    assert counts == [1, 2]
