"""Corpus mode: the same analysis over many files, on all cores or on a Dask cluster.

``python -m analysis batch DIR_OR_GLOB --out results/`` analyses every article file found
(recursively in a folder, or matching a glob), one document per task, and writes Parquet
tables keyed by ``doc_id`` (the first 16 hex digits of the file's SHA-256):

``documents``  one row per file: doc_id, path, name, title, published, format, encoding,
               words, paragraphs, sentences, polarity, subjectivity, vader, tone,
               tone_author, tone_attributed, statements, speakers, analysis_version
``paragraphs``, ``sentences``, ``entities``, ``mentions``, ``statements``
               the tables of :class:`~analysis.Analysis` with ``doc_id`` in front; list
               cells (aliases, paragraphs...) are stored as ``; ``-joined text.

Each document's rows are first written to ``OUT/parts/<table>/<doc_id>.parquet`` by the
worker that analysed it; a second run skips every document whose parts are all there
(resumable), and at the end the parts of the files found in this run are combined into
``OUT/<table>.parquet`` (an edited file's old rows and a deleted file's rows are left out).
Every file is written to a temporary name and renamed, so a table is whole or absent. A file
that cannot be read is reported on standard error and in ``OUT/failures.csv`` and never
stops the batch (it is tried again on the next run). Ctrl-C stops the workers at once and
still combines what was finished.

Files: symbolic links (to files or folders) are skipped unless ``follow_links``; a followed
folder is entered once by its real path, so looping links end. Files with the same real path
or the same content are analysed once, as one document whose ``paths`` lists them all;
``path`` and ``paths`` are relative to the input folder (or to a glob's fixed part), never
absolute server paths.

Engines: ``local`` (default) runs a process pool, one spaCy pipeline per process;
``dask`` submits the same per-document function to a Dask cluster: a local one
(``--processes`` workers) or the scheduler at ``--scheduler tcp://host:8786``, whose
workers must see the input files and the output folder at the same paths (a shared
filesystem) and have Newsprism installed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from analysis.analyze import Analysis, analyze
from analysis.document import load
from analysis.errors import NewsprismError
from analysis.nlp import load_pipeline
from analysis.sources import find_files, relative_name
from analysis.views import flatten_lists

log = logging.getLogger(__name__)

TABLES = ("documents", "paragraphs", "sentences", "entities", "mentions", "statements")
DOCUMENT_COLUMNS = ["doc_id", "path", "name", "title", "published", "format", "encoding", "words",
                    "paragraphs", "sentences", "polarity", "subjectivity", "vader", "tone",
                    "tone_author", "tone_attributed", "statements", "speakers", "analysis_version", "paths"]

class Outcome(NamedTuple):
    """What happened to one file: its doc_id, and an error message or None."""

    path: str
    doc_id: str
    error: str | None
    seconds: float


def doc_id_of(data: bytes) -> str:
    """A file's id in the tables: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]


def tables_of(analysis: Analysis, *, doc_id: str, path: str) -> dict[str, pd.DataFrame]:
    """The Parquet tables' rows for one analysed document."""
    summary = analysis.summary
    document = pd.DataFrame([{
        "doc_id": doc_id, "path": path, "name": analysis.name, "title": analysis.title,
        "published": analysis.published, "format": analysis.format, "encoding": analysis.encoding,
        "words": summary["words"], "paragraphs": summary["paragraphs"], "sentences": summary["sentences"],
        "polarity": summary["polarity"], "subjectivity": summary["subjectivity"], "vader": summary["vader"],
        "tone": summary["tone"], "tone_author": summary["tone_author"],
        "tone_attributed": summary["tone_attributed"], "statements": summary["statements"],
        "speakers": summary["speakers"], "analysis_version": analysis.version,
    }], columns=DOCUMENT_COLUMNS)
    tables = {"documents": document}
    for name in TABLES[1:]:
        frame = analysis.table(name)
        tables[name] = flatten_lists(frame).assign(doc_id=doc_id)[["doc_id", *frame.columns]]
    return tables


def _part(out: Path, table: str, doc_id: str) -> Path:
    return out / "parts" / table / f"{doc_id}.parquet"


def is_done(out: Path, doc_id: str) -> bool:
    """Whether every table's part of a document is written (a rerun skips it)."""
    return all(_part(out, table, doc_id).exists() for table in TABLES)


def process_file(path: str, out: str) -> Outcome:
    """Analyse one file and write its parts; the per-document function of every engine."""
    start = time.perf_counter()
    out_dir = Path(out)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return Outcome(path, "", f"cannot read: {err.strerror or err}", time.perf_counter() - start)
    doc_id = doc_id_of(data)
    if is_done(out_dir, doc_id):
        return Outcome(path, doc_id, None, 0.0)
    try:
        analysis = analyze(load(data, Path(path).name), nlp=load_pipeline())  # one pipeline per worker process
    except NewsprismError as err:
        return Outcome(path, doc_id, str(err), time.perf_counter() - start)
    for table, frame in tables_of(analysis, doc_id=doc_id, path=path).items():
        target = _part(out_dir, table, doc_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        _write(frame, target)  # a part is there whole or not at all
    return Outcome(path, doc_id, None, time.perf_counter() - start)


class Inventory(NamedTuple):
    """The distinct documents of a run: one file to analyse per content, and every relative path
    of each content (duplicates by real path or by content included)."""

    first: dict[str, Path]
    paths: dict[str, list[str]]
    unreadable: list[str]


def inventory(files: list[Path], source: str) -> Inventory:
    """Group the files by real path, then by content (doc_id)."""
    first: dict[str, Path] = {}
    paths: dict[str, list[str]] = {}
    by_real: dict[str, str] = {}
    unreadable = []
    for path in files:
        real = os.path.realpath(path)
        doc_id = by_real.get(real)
        if doc_id is None:
            try:
                doc_id = doc_id_of(path.read_bytes())
            except OSError:
                unreadable.append(str(path))
                continue
            by_real[real] = doc_id
        first.setdefault(doc_id, path)
        paths.setdefault(doc_id, []).append(relative_name(path, source))
    return Inventory(first, paths, unreadable)


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which ends the workers


def _run_local(paths: list[str], out: Path, processes: int, progress) -> list[Outcome]:
    if processes <= 1:
        outcomes = []
        for path in paths:
            outcomes.append(process_file(path, str(out)))
            progress(outcomes[-1])
        return outcomes
    outcomes = []
    pool = ProcessPoolExecutor(max_workers=processes, initializer=_ignore_interrupt)
    try:
        futures = [pool.submit(process_file, path, str(out)) for path in paths]
        for future in as_completed(futures):
            outcomes.append(future.result())
            progress(outcomes[-1])
    except KeyboardInterrupt:
        workers = list((pool._processes or {}).values())  # no public way to stop running tasks
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            process.terminate()
        raise
    pool.shutdown()
    return outcomes


def _run_dask(paths: list[str], out: Path, processes: int, scheduler: str | None, progress) -> list[Outcome]:
    from distributed import Client, LocalCluster, as_completed as dask_completed

    logging.getLogger("distributed").setLevel(logging.ERROR)  # its INFO chatter is not the reader's
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")  # nor its workers' (they read it at start)

    # Ctrl-C in a terminal reaches the whole process group: the workers start with SIGINT ignored
    # (inherited), so only this process stops them, and they print no tracebacks of their own.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        cluster = None if scheduler else LocalCluster(n_workers=processes, threads_per_worker=1,
                                                      processes=True, dashboard_address=None)
    finally:
        signal.signal(signal.SIGINT, previous)
    client = Client(scheduler or cluster)
    futures = []
    try:
        futures = client.map(process_file, paths, out=str(out), pure=False)
        outcomes = []
        for future in dask_completed(futures):
            outcomes.append(future.result())
            progress(outcomes[-1])
        return outcomes
    except KeyboardInterrupt:
        logging.getLogger("distributed").setLevel(logging.CRITICAL)  # cancelled tasks are not errors
        client.cancel(futures, force=True)
        raise
    finally:
        client.close(timeout=10)
        if cluster is not None:
            cluster.close(timeout=10)


def _write(frame: pd.DataFrame, target: Path) -> None:
    """Write a Parquet file through a temporary name, so it is whole or absent."""
    temporary = target.with_name(target.name + ".tmp")
    frame.to_parquet(temporary, index=False)
    os.replace(temporary, target)


def combine(out: Path, paths: dict[str, list[str]]) -> dict[str, int]:
    """Concatenate the parts of the documents in ``paths`` (doc_id -> relative paths, this run's
    files) into OUT/<table>.parquet; returns the row count of each table. A part that cannot be
    read is deleted (its document is analysed again on the next run) and left out, and so is a
    temporary file left by a worker stopped mid-write."""
    for stale in (out / "parts").glob("*/*.tmp"):
        stale.unlink(missing_ok=True)
    counts = {}
    for table in TABLES:
        frames = []
        for doc_id in sorted(paths):
            part = _part(out, table, doc_id)
            if not part.exists():
                continue
            try:
                frames.append(pd.read_parquet(part))
            except (OSError, ValueError) as err:
                log.warning("damaged part %s (%s): deleted, analysed again next run", part.name, err)
                part.unlink(missing_ok=True)
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        if table == "documents" and not frame.empty:
            frame = frame.assign(path=[paths[d][0] for d in frame["doc_id"]],
                                 paths=["; ".join(paths[d]) for d in frame["doc_id"]])
            frame = frame.reindex(columns=DOCUMENT_COLUMNS).sort_values("path", ignore_index=True)
        _write(frame, out / f"{table}.parquet")
        counts[table] = len(frame)
    return counts


def run_batch(source: str, out: str | Path, *, processes: int | None = None, engine: str = "local",
              scheduler: str | None = None, show_progress: bool = True, follow_links: bool = False) -> dict:
    """Analyse every article under ``source`` into Parquet tables in ``out``; returns a summary
    (files found, distinct documents, analysed, skipped, failed, seconds, table row counts).
    On Ctrl-C the finished documents are combined before KeyboardInterrupt goes on."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files = find_files(source, follow_links=follow_links)
    processes = processes or os.cpu_count() or 1
    found = inventory(files, source)
    pending = [str(path) for doc_id, path in found.first.items() if not is_done(out, doc_id)]
    skipped = len(found.first) - len(pending)
    started = time.perf_counter()
    bar = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(total=len(pending), unit="doc", file=sys.stderr, desc="analysing")

    def progress(outcome: Outcome) -> None:
        if outcome.error:
            message = f"skipped {outcome.path}: {outcome.error}"
            (bar.write(message) if bar is not None else log.warning(message))
        if bar is not None:
            bar.update(1)

    try:
        if engine == "dask":
            outcomes = _run_dask(pending, out, processes, scheduler, progress) if pending else []
        elif engine == "local":
            outcomes = _run_local(pending, out, processes, progress)
        else:
            raise ValueError(f"unknown engine {engine!r}; use local or dask")
    except KeyboardInterrupt:
        combine(out, found.paths)
        raise
    finally:
        if bar is not None:
            bar.close()
    failures = [o for o in outcomes if o.error] + [Outcome(p, "", "cannot read", 0.0) for p in found.unreadable]
    frame = pd.DataFrame([{"path": o.path, "doc_id": o.doc_id, "error": o.error} for o in failures],
                         columns=["path", "doc_id", "error"])
    frame.to_csv(out / "failures.csv.tmp", index=False)
    os.replace(out / "failures.csv.tmp", out / "failures.csv")
    counts = combine(out, found.paths)
    return {"found": len(files), "documents": len(found.first), "duplicates": len(files) - len(found.first)
            - len(found.unreadable), "analysed": len(outcomes) - len(failures) + len(found.unreadable),
            "skipped": skipped, "failed": len(failures), "seconds": round(time.perf_counter() - started, 2),
            "processes": processes, "engine": engine, "rows": counts}


class CorpusUnreadable(NewsprismError):
    """A results folder's tables cannot be read (truncated, damaged or not Parquet)."""


def load_results(out: str | Path) -> dict[str, pd.DataFrame]:
    """The combined tables of a results folder (empty frames for missing tables).

    Raises CorpusUnreadable, naming the table (never the server path), when one is damaged.
    """
    out = Path(out)
    results = {}
    for table in TABLES:
        path = out / f"{table}.parquet"
        try:
            results[table] = pd.read_parquet(path) if path.exists() else pd.DataFrame()
        except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid is a ValueError
            raise CorpusUnreadable(f"The {table} table of this results folder is damaged or truncated "
                                   f"({type(err).__name__}): run the batch again to rewrite it.") from err
    return results


def shown_documents(documents: pd.DataFrame) -> pd.DataFrame:
    """The documents table as a public page shows it: a path written by an older batch as an
    absolute server path is cut to the file's name (newer batches write paths relative to their
    input)."""
    if documents.empty or "path" not in documents:
        return documents
    paths = [Path(p).name if Path(p).is_absolute() or ".." in Path(p).parts else p for p in documents["path"]]
    return documents.assign(path=paths)


def corpus_entities(results: dict[str, pd.DataFrame], *, top_n: int = 20) -> pd.DataFrame:
    """Entity counts across documents: total mentions and the number of documents naming each."""
    entities = results["entities"]
    if entities.empty:
        return pd.DataFrame(columns=["name", "type", "mentions", "documents"])
    grouped = entities.groupby(["name", "type"], as_index=False).agg(
        mentions=("mentions", "sum"), documents=("doc_id", "nunique"))
    return grouped.sort_values(["mentions", "documents"], ascending=False).head(top_n).reset_index(drop=True)


def tone_over_time(results: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Documents that carry a publication date, by date: their tone (for a time chart)."""
    documents = results["documents"]
    if documents.empty or "published" not in documents:
        return pd.DataFrame(columns=["published", "tone", "title", "doc_id"])
    dated = documents[documents["published"].notna()].copy()
    dated["published"] = pd.to_datetime(dated["published"], errors="coerce")
    dated = dated[dated["published"].notna()]
    return dated.sort_values("published")[["published", "tone", "title", "doc_id"]].reset_index(drop=True)

