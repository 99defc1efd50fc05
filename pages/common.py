"""What every page shares: the two caches, the documents of this session, the sidebar picker.

The spaCy pipeline is loaded once per process (``st.cache_resource``); an
analysis is computed once per content hash (:class:`AnalysisCache`), so switching
pages or documents never recomputes. The bytes of this session's documents are
kept in ``st.session_state`` so an evicted analysis can be rebuilt.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from spacy.language import Language

from analysis import Analysis, NewsprismError, analyze, load
from analysis.nlp import load_pipeline

SAMPLE_PATH = Path(__file__).resolve().parent.parent / "analysis" / "samples" / "seed.txt"
#: Documents kept per browser session (oldest dropped first).
MAX_SESSION_DOCUMENTS = 10
#: Analyses kept in memory by the server process, across sessions.
MAX_CACHED_ANALYSES = 32


@dataclass(frozen=True)
class SessionDocument:
    digest: str
    name: str
    data: bytes


@st.cache_resource(show_spinner="Loading the language model...")
def language_model() -> Language:
    return load_pipeline()


class AnalysisCache:
    """A process-wide LRU of analyses keyed by content hash, shared by every session.

    Used instead of ``st.cache_data`` because the analysis reports progress to a
    bar on the page, and ``st.cache_data`` refuses to cache a function that
    writes to elements created outside it. Entries are never mutated: pages
    only read the DataFrames.
    """

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[str, Analysis] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, digest: str) -> Analysis | None:
        with self._lock:
            if digest in self._entries:
                self._entries.move_to_end(digest)
                return self._entries[digest]
        return None

    def put(self, digest: str, result: Analysis) -> None:
        with self._lock:
            self._entries[digest] = result
            self._entries.move_to_end(digest)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)


@st.cache_resource
def analysis_cache() -> AnalysisCache:
    return AnalysisCache(MAX_CACHED_ANALYSES)


def cached_analysis(document: SessionDocument) -> Analysis:
    """The analysis of a document, computed once per content hash, with a progress bar when new.

    Raises NewsprismError when the document cannot be read.
    """
    cache = analysis_cache()
    result = cache.get(document.digest)
    if result is not None:
        return result
    placeholder = st.empty()

    def report(fraction: float, message: str) -> None:
        placeholder.progress(fraction, text=message)

    try:
        with st.spinner(f"Analysing {document.name}..."):
            result = analyze(load(document.data, document.name), nlp=language_model(), progress=report)
    finally:
        placeholder.empty()
    cache.put(document.digest, result)
    return result


def _documents() -> dict[str, SessionDocument]:
    return st.session_state.setdefault("documents", {})


def add_document(data: bytes, name: str) -> Analysis:
    """Analyse a new document and make it the current one.

    Raises NewsprismError (and changes nothing) when the document cannot be read,
    so the analysis the reader already had stays on screen.
    """
    digest = hashlib.sha256(name.encode("utf-8") + b"\0" + data).hexdigest()
    result = cached_analysis(SessionDocument(digest, name, data))
    documents = _documents()
    documents.pop(digest, None)
    documents[digest] = SessionDocument(digest, name, data)
    while len(documents) > MAX_SESSION_DOCUMENTS:
        documents.pop(next(iter(documents)))
    st.session_state["current"] = digest
    return result


def current_analysis() -> Analysis | None:
    """The analysis of the document picked in the sidebar, or None before any upload."""
    documents = _documents()
    digest = st.session_state.get("current")
    if digest not in documents:
        return None
    try:
        return cached_analysis(documents[digest])
    except NewsprismError as err:  # cannot happen for a document that loaded once; shown, not raised
        st.error(str(err))
        return None


def sample_bytes() -> bytes:
    return SAMPLE_PATH.read_bytes()


def _label(digest: str) -> str:
    return _documents()[digest].name


def _pick_document() -> None:
    st.session_state["current"] = st.session_state["sidebar_document"]


def sidebar() -> None:
    """The document picker, shown on every page."""
    documents = _documents()
    with st.sidebar:
        st.markdown("**Newsprism** · how an article is built")
        if not documents:
            st.caption("No article yet: upload one on the Overview page.")
            return
        digests = list(documents)
        if st.session_state.get("current") in digests:
            st.session_state["sidebar_document"] = st.session_state["current"]
        st.selectbox("Article", digests, format_func=_label, key="sidebar_document",
                     on_change=_pick_document)


STYLES = """
<style>
mark.np-mark, mark.np-entity { background: rgba(255, 215, 0, 0.35); color: inherit; padding: 0 2px; }
mark.np-entity { background: none; border-bottom: 2px solid #009E73; }
mark.np-support { background: rgba(33, 102, 172, 0.25); color: inherit; }
mark.np-oppose { background: rgba(178, 24, 43, 0.25); color: inherit; }
mark.np-neutral { background: rgba(140, 140, 140, 0.25); color: inherit; }
mark.np-mixed { background: rgba(118, 42, 131, 0.25); color: inherit; }
p.np-paragraph, p.np-sentence { line-height: 1.6; }
</style>
"""


def inject_styles() -> None:
    """The marks' colours (fixed CSS; no article text)."""
    st.markdown(STYLES, unsafe_allow_html=True)


def require_analysis() -> Analysis:
    """The current analysis, or a hint and a stop when there is none."""
    result = current_analysis()
    if result is None:
        st.info("No article yet: upload one, paste one or try the sample on the Overview page.")
        st.page_link("pages/overview.py", label="Go to Overview", icon=":material/upload:")
        st.stop()
    return result
