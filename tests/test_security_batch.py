"""Corpus batch integrity against a hostile or changing input folder: symbolic links, looping
links, duplicates, edited and deleted files, damaged tables, and Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from analysis.batch import CorpusUnreadable, find_files, load_results, run_batch
from tests.conftest import ROOT
from tests.test_security_workers import prose

#: Run alone, after the parallel part of the suite (Ctrl-C timing and child processes depend on a quiet machine).
pytestmark = pytest.mark.serial


def article(i: int) -> str:
    return f"Story Number {i}\n\nMinister Number{i} said on Monday that the plan was good.\n"


@pytest.fixture
def linked(tmp_path):
    """An input folder holding one article, a link to a file outside, a link to a folder
    outside, and two links that loop."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret Memo\n\nZorblax said the password is hunter2.\n")
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(article(1))
    os.symlink(outside / "secret.txt", corpus / "secret.txt")
    os.symlink(outside, corpus / "elsewhere")
    os.symlink(corpus, corpus / "sub" / "loop")
    os.symlink(corpus / "sub", corpus / "back")
    return corpus


@pytest.mark.parametrize("pattern", ["{corpus}", "{corpus}/**/*.txt", "{corpus}/*"])
def test_links_are_not_followed_unless_asked(linked, pattern):
    assert [p.name for p in find_files(pattern.format(corpus=linked))] == ["a.txt"]


def test_followed_links_end_even_when_they_loop(linked):
    names = sorted(p.name for p in find_files(str(linked), follow_links=True))
    assert names == ["a.txt", "secret.txt", "secret.txt"]  # itself and through the folder link, once each


def test_duplicates_are_one_document_with_every_path(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        (corpus / f"copy{i:02}.txt").write_text(article(0))
    (corpus / "other.txt").write_text(article(1))
    os.symlink(corpus / "other.txt", corpus / "other-link.txt")
    summary = run_batch(str(corpus), tmp_path / "out", processes=1, show_progress=False, follow_links=True)
    assert (summary["found"], summary["documents"], summary["duplicates"], summary["analysed"]) == (32, 2, 30, 2)
    documents = load_results(tmp_path / "out")["documents"].set_index("path")
    assert len(documents) == 2
    assert documents.loc["copy00.txt", "paths"].split("; ") == [f"copy{i:02}.txt" for i in range(30)]
    assert documents.loc["other-link.txt", "paths"] == "other-link.txt; other.txt"
    assert not any(os.path.isabs(p) for p in documents.index)


def test_only_current_files_are_combined(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"{i}.txt").write_text(article(i))
    out = tmp_path / "out"
    run_batch(str(corpus), out, processes=1, show_progress=False)
    (corpus / "1.txt").write_text(article(7))  # edited
    (corpus / "2.txt").unlink()  # deleted
    summary = run_batch(str(corpus), out, processes=1, show_progress=False)
    assert (summary["analysed"], summary["skipped"]) == (1, 1)
    results = load_results(out)
    documents = results["documents"].set_index("path")
    assert sorted(documents.index) == ["0.txt", "1.txt"]
    assert documents.loc["1.txt", "title"] == "Story Number 7"
    for table in ("paragraphs", "sentences"):
        assert set(results[table]["doc_id"]) == set(documents["doc_id"])
    assert set(results["mentions"]["doc_id"]) <= set(documents["doc_id"])


def test_damaged_tables_and_parts(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article(1))
    out = tmp_path / "out"
    run_batch(str(corpus), out, processes=1, show_progress=False)
    table = out / "entities.parquet"
    table.write_bytes(table.read_bytes()[: len(table.read_bytes()) // 2])
    with pytest.raises(CorpusUnreadable, match="entities table .* truncated"):
        load_results(out)
    (part,) = (out / "parts" / "sentences").glob("*.parquet")
    part.write_bytes(b"PAR1 not really")
    run_batch(str(corpus), out, processes=1, show_progress=False)  # the damaged part is dropped...
    summary = run_batch(str(corpus), out, processes=1, show_progress=False)  # ...and redone
    assert summary["rows"]["sentences"] > 0 and len(load_results(out)["documents"]) == 1
    assert not list(out.rglob("*.tmp"))


def _as_in_a_terminal() -> None:
    """The batch starts as from a shell: Ctrl-C delivered, whatever an earlier test left in this
    process's signal state (a child inherits an ignored or blocked SIGINT, and Python then never
    raises KeyboardInterrupt: the batch ran to the end in the full suite)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_ctrl_c_stops_promptly_and_keeps_what_was_finished(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):
        (corpus / f"{i:02}.txt").write_bytes(prose(25_000, seed=i))
    out = tmp_path / "out"
    batch = subprocess.Popen([sys.executable, "-m", "analysis", "batch", str(corpus), "--out", str(out),
                              "--processes", "2", "--quiet"], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, preexec_fn=_as_in_a_terminal)
    parts = out / "parts" / "documents"
    seen: list[float] = []
    deadline = time.monotonic() + 600
    while len(seen) < 3 and time.monotonic() < deadline and batch.poll() is None:
        count = len(list(parts.glob("*.parquet"))) if parts.exists() else 0
        while len(seen) < count:
            seen.append(time.monotonic())
        time.sleep(0.05)
    assert len(seen) >= 3, batch.stderr.read()[-2000:]
    per_document = (seen[-1] - seen[0]) / (len(seen) - 1) * 2  # two workers: each document takes twice that
    interrupted = time.monotonic()
    batch.send_signal(signal.SIGINT)
    batch.wait(timeout=600)
    stopped = time.monotonic() - interrupted
    print(f"\nCtrl-C: stopped in {stopped:.1f} s; a document takes {per_document:.1f} s per worker")
    assert stopped < per_document, (stopped, per_document)  # before the running documents could finish
    errors = batch.stderr.read().decode()
    assert batch.returncode == 130 and "interrupted: the documents finished so far" in errors, errors[-2000:]
    assert "Traceback" not in errors, errors[-2000:]
    finished = {p.stem for p in parts.glob("*.parquet")}
    documents = pd.read_parquet(out / "documents.parquet")
    assert set(documents["doc_id"]) == finished and len(finished) < 12
    assert not list(out.rglob("*.tmp"))
