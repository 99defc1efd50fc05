"""This session's documents: the bytes (or share id) of each, the current one, their analyses,
and the reader's corrections of each.

The bytes are kept in ``st.session_state`` so an analysis evicted from the process cache
(:mod:`ui.caches`) can be rebuilt; at most :data:`MAX_SESSION_DOCUMENTS` are kept. The
corrections (operations of :mod:`analysis.corrections`) are kept per document digest; every
page gets the corrected analysis from :func:`current_analysis` unless the sidebar's "Show
original" is on (:data:`ORIGINAL_KEY`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from streamlit import runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx

from analysis import Analysis, NewsprismError, analyze, load
from analysis.corrections import apply_corrections
from ui.caches import analysis_cache, language_model, share_store, worker_pool
from ui.text import show_error
from ui.workers import AnalysisCancelled

SAMPLE_PATH = Path(__file__).resolve().parent.parent / "analysis" / "samples" / "seed.txt"
#: Documents kept per browser session (oldest dropped first).
MAX_SESSION_DOCUMENTS = 10
#: The sidebar toggle's key: when on, pages show the machine analysis without corrections.
ORIGINAL_KEY = "show_original"


@dataclass(frozen=True)
class SessionDocument:
    """A document of this session: uploaded bytes, or a share id whose saved analysis is loaded."""

    digest: str
    name: str
    data: bytes = b""
    share_id: str | None = None


def cached_analysis(document: SessionDocument, *, slot=None, hold: bool = True) -> Analysis:
    """The analysis of a document, computed once per content hash, with a progress bar when new
    (in ``slot``, an ``st.empty()``, when given). Never call it from a widget callback: elements
    drawn there land on top of the page and shift it.

    The analysis runs in a worker process (:mod:`ui.workers`): the reader sees "queued" while
    others' analyses hold every worker, and the worker is stopped when this session ends. The
    current document's analysis is also held by the session, so one too large for the shared
    cache is not recomputed on every click; ``hold=False`` reads another document without
    pushing the held one out (the Compare page reading every article for its title).

    Raises NewsprismError when the document cannot be read or goes over a server limit.
    """
    held = st.session_state.get("held_analysis")
    if held is not None and held[0] == document.digest:
        return held[1]
    cache = analysis_cache()
    result = cache.get(document.digest)
    if result is None:
        result = _analyse(document, slot if slot is not None else st.empty())
        cache.put(document.digest, result)
    if hold:
        st.session_state["held_analysis"] = (document.digest, result)
    return result


def _analyse(document: SessionDocument, placeholder) -> Analysis:
    def report(fraction: float, message: str) -> None:
        placeholder.progress(min(max(fraction, 0.0), 1.0), text=message)

    def queued(ahead: int) -> None:
        placeholder.info(f"Queued: {ahead} analysis(es) ahead of {document.name!r} on this server; "
                         "it starts as soon as a worker is free.", icon=":material/hourglass_top:")

    report(0.0, f"Analysing {document.name}...")
    try:
        if document.share_id:
            saved = share_store().load(document.share_id)
            if saved.analysis is not None:
                return saved.analysis
            task = ("document", saved.document)
        else:
            task = ("load", document.data, document.name)
        pool = worker_pool()
        if pool is None:  # NEWSPRISM_WORKERS=0: in the server process, without limits
            source = task[1] if task[0] == "document" else load(task[1], task[2])
            return analyze(source, nlp=language_model(), progress=report)
        try:
            return pool.run(task, on_progress=report, on_queued=queued, cancelled=_session_ended)
        except AnalysisCancelled:
            st.stop()  # nobody is there to see the result
    finally:
        placeholder.empty()


def _session_ended() -> bool:
    """Whether this script's browser session has gone (closed tab, lost connection)."""
    ctx = get_script_run_ctx()
    if ctx is None or not runtime.exists():
        return False
    return not runtime.get_instance().is_active_session(ctx.session_id)


def _documents() -> dict[str, SessionDocument]:
    return st.session_state.setdefault("documents", {})


def remember(document: SessionDocument) -> None:
    """Add a document to this session (or move it to the end) and make it the current one."""
    documents = _documents()
    documents.pop(document.digest, None)
    documents[document.digest] = document
    while len(documents) > MAX_SESSION_DOCUMENTS:
        documents.pop(next(iter(documents)))
    st.session_state["current"] = document.digest


def add_document(data: bytes, name: str, *, slot=None) -> Analysis:
    """Analyse a new document and make it the current one.

    Raises NewsprismError (and changes nothing) when the document cannot be read,
    so the analysis the reader already had stays on screen.
    """
    digest = hashlib.sha256(name.encode("utf-8") + b"\0" + data).hexdigest()
    document = SessionDocument(digest, name, data)
    result = cached_analysis(document, slot=slot)
    remember(document)
    return result


def current_digest() -> str | None:
    """The digest of the document picked in the sidebar, or None before any."""
    return st.session_state.get("current")


def choose(digest: str) -> None:
    """Make one of this session's documents the current one."""
    st.session_state["current"] = digest


def machine_analysis() -> Analysis | None:
    """The machine analysis (no corrections) of the document picked in the sidebar, or None."""
    documents = _documents()
    digest = current_digest()
    if digest not in documents:
        return None
    try:
        return cached_analysis(documents[digest])
    except NewsprismError as err:  # cannot happen for a document that loaded once; shown, not raised
        show_error(err)
        return None


def corrections_of(digest: str | None = None) -> list[dict]:
    """The reader's corrections of a document (the current one when not given), a copy."""
    digest = digest or current_digest()
    return list(st.session_state.setdefault("corrections", {}).get(digest, []))


def set_corrections(ops: list[dict], *, digest: str | None = None) -> None:
    """Replace the corrections of a document (the current one when not given); valid operations
    only (see :func:`analysis.corrections.validate`)."""
    st.session_state.setdefault("corrections", {})[digest or current_digest()] = list(ops)


def showing_original() -> bool:
    """Whether the reader asked to see the machine analysis without corrections."""
    return bool(st.session_state.get(f"_kept_{ORIGINAL_KEY}", False))


def set_showing_original(value: bool) -> None:
    """Show the machine analysis (True) or the corrected one (False) on every page."""
    st.session_state[f"_kept_{ORIGINAL_KEY}"] = bool(value)


def corrected(digest: str, machine: Analysis) -> Analysis:
    """``machine`` with this session's corrections of ``digest`` applied (none when the original
    is asked for); computed once per document and list of corrections. Every row has a
    ``corrected`` mark."""
    ops = [] if showing_original() else corrections_of(digest)
    fingerprint = json.dumps(ops, sort_keys=True)
    held = st.session_state.setdefault("held_corrected", {})
    if digest in held and held[digest][0] == fingerprint and held[digest][1] is machine:
        return held[digest][2]
    try:
        result, _ = apply_corrections(machine, ops)
    except NewsprismError as err:  # operations are validated when made or loaded: not expected
        show_error(err)
        result, _ = apply_corrections(machine, [])
    held[digest] = (fingerprint, machine, result)
    for old in [d for d in held if d not in _documents()]:
        del held[old]
    return result


def current_analysis() -> Analysis | None:
    """The analysis of the document picked in the sidebar with the reader's corrections (unless
    "Show original" is on), or None before any upload."""
    machine = machine_analysis()
    return None if machine is None else corrected(current_digest(), machine)


def require_analysis() -> Analysis:
    """The current analysis, or a hint with a link to the Overview and a stop when there is none."""
    result = current_analysis()
    if result is None:
        st.info("No article yet: upload one, paste one or try the sample on the Overview page.")
        st.page_link("pages/overview.py", label="Go to Overview", icon=":material/upload:")
        st.stop()
    return result


def session_documents() -> dict[str, SessionDocument]:
    """This session's documents by digest, oldest first (a copy)."""
    return dict(_documents())


def document_labels() -> dict[str, str]:
    """Each document's label in the pickers, by digest, oldest first: "1. name", "2. name"..."""
    return {digest: f"{i}. {document.name}" for i, (digest, document) in enumerate(_documents().items(), start=1)}


def keep_choices(key: str, digests: list[str], *, default: list[str]) -> None:
    """Before a picker of documents keyed by digest is drawn (without a ``default`` of its own):
    start it at ``default``, and drop from its state the digests of documents this session no
    longer holds (evicted), so a choice always names the same documents. The choice is also kept
    under a key of its own, since Streamlit forgets a widget's state on another page."""
    kept = f"_kept_{key}"
    chosen = st.session_state.get(key, st.session_state.get(kept))
    chosen = default if chosen is None else [d for d in chosen if d in digests]
    st.session_state[key] = st.session_state[kept] = chosen


def analyses_of(digests: list[str]) -> dict[str, Analysis]:
    """Analyses of some of this session's documents (corrected as the pages show them), keyed by
    their labels, in ``digests``' order (unknown digests skipped)."""
    documents, labels = _documents(), document_labels()
    return {labels[d]: corrected(d, cached_analysis(documents[d], hold=d == current_digest()))
            for d in digests if d in documents}


def sample_bytes() -> bytes:
    """The bundled sample article."""
    return SAMPLE_PATH.read_bytes()
