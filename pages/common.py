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
from streamlit.errors import StreamlitSecretNotFoundError

from analysis import Analysis, NewsprismError, analyze, load
from analysis.nlp import load_pipeline
from analysis.store import Store, database_url

SAMPLE_PATH = Path(__file__).resolve().parent.parent / "analysis" / "samples" / "seed.txt"
#: Documents kept per browser session (oldest dropped first).
MAX_SESSION_DOCUMENTS = 10
#: Analyses kept in memory by the server process, across sessions.
MAX_CACHED_ANALYSES = 32


@dataclass(frozen=True)
class SessionDocument:
    """A document of this session: uploaded bytes, or a share id whose saved analysis is loaded."""

    digest: str
    name: str
    data: bytes = b""
    share_id: str | None = None


@st.cache_resource
def _store_for(url: str) -> Store:
    return Store(url)


def share_store() -> Store:
    """The share-link database, one per process: ``NEWSPRISM_DB_URL`` or ``NEWSPRISM_DB_PATH`` from
    ``.streamlit/secrets.toml`` when set there, else from the environment (analysis.store)."""
    for key in ("NEWSPRISM_DB_URL", "NEWSPRISM_DB_PATH"):
        value = _secret(key)
        if value:
            return _store_for(value if key.endswith("URL") else f"sqlite:///{value}")
    return _store_for(database_url())


def _secret(key: str) -> str | None:
    try:
        return st.secrets.get(key)
    except (FileNotFoundError, KeyError, StreamlitSecretNotFoundError):
        return None


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


def cached_analysis(document: SessionDocument, *, slot=None) -> Analysis:
    """The analysis of a document, computed once per content hash, with a progress bar when new
    (in ``slot``, an ``st.empty()``, when given). Never call it from a widget callback: elements
    drawn there land on top of the page and shift it.

    Raises NewsprismError when the document cannot be read.
    """
    cache = analysis_cache()
    result = cache.get(document.digest)
    if result is not None:
        return result
    placeholder = slot if slot is not None else st.empty()

    def report(fraction: float, message: str) -> None:
        placeholder.progress(fraction, text=message)

    report(0.0, f"Analysing {document.name}...")
    try:
        if document.share_id:
            saved = share_store().load(document.share_id)
            result = saved.analysis or analyze(saved.document, nlp=language_model(), progress=report)
        else:
            result = analyze(load(document.data, document.name), nlp=language_model(), progress=report)
    finally:
        placeholder.empty()
    cache.put(document.digest, result)
    return result


def _documents() -> dict[str, SessionDocument]:
    return st.session_state.setdefault("documents", {})


def _remember(document: SessionDocument) -> None:
    documents = _documents()
    documents.pop(document.digest, None)
    documents[document.digest] = document
    while len(documents) > MAX_SESSION_DOCUMENTS:
        documents.pop(next(iter(documents)))
    st.session_state["current"] = document.digest


def open_share(share_id: str) -> None:
    """Open a share link's analysis as this session's current document.

    Raises NewsprismError (SharedLinkNotFound) for an unknown or malformed id.
    """
    saved = share_store().load(share_id)
    document = SessionDocument(f"share:{share_id}", saved.document.name, share_id=share_id)
    cached_analysis(document)
    _remember(document)
    st.session_state.setdefault("shares", {})[document.digest] = share_id
    if saved.outdated:
        st.session_state["share_note"] = ("This link was saved by an older version of Newsprism; the "
                                          "article has been analysed again with the current version.")


def share_current() -> str | None:
    """Save the current analysis under a new share id (once per document); returns the id."""
    digest = st.session_state.get("current")
    shares = st.session_state.setdefault("shares", {})
    if digest in shares:
        return shares[digest]
    result = current_analysis()
    if result is None:
        return None
    shares[digest] = share_store().save(result)
    return shares[digest]


def current_share_id() -> str | None:
    return st.session_state.get("shares", {}).get(st.session_state.get("current"))


def handle_share_link() -> None:
    """Open ``?doc=<id>`` once per session, and keep the URL pointing at the current document's
    share id (so a copied browser URL opens the same analysis)."""
    requested = st.query_params.get("doc")
    if requested and st.session_state.get("opened_share") != requested:
        st.session_state["opened_share"] = requested
        try:
            open_share(requested)
            st.session_state.pop("share_error", None)
        except NewsprismError as err:
            st.session_state["share_error"] = str(err)
    share_id = current_share_id()
    if share_id and st.query_params.get("doc") != share_id:
        st.query_params["doc"] = share_id
    elif not share_id and "doc" in st.query_params and not st.session_state.get("share_error"):
        del st.query_params["doc"]


def queue_document(data: bytes, name: str) -> None:
    """From a widget callback: ask for a document to be analysed. The work happens in
    :func:`run_pending`, inside the script run, so the page keeps its layout."""
    st.session_state["pending_document"] = (data, name)


def queue_share() -> None:
    """From a widget callback: ask for the current analysis to be shared (see run_pending)."""
    st.session_state["pending_share"] = True


def run_pending() -> None:
    """Analyse a queued document and save a queued share, at a fixed place on every run (the
    entry point calls it before the sidebar, so the sidebar already lists the new document)."""
    slot = st.empty()
    pending = st.session_state.pop("pending_document", None)
    if pending is not None:
        data, name = pending
        try:
            add_document(data, name, slot=slot)
            st.session_state.pop("overview_error", None)
        except NewsprismError as err:
            st.session_state["overview_error"] = str(err)
    if st.session_state.pop("pending_share", False):
        try:
            share_current()
            st.session_state.pop("share_save_error", None)
        except NewsprismError as err:
            st.session_state["share_save_error"] = str(err)


def add_document(data: bytes, name: str, *, slot=None) -> Analysis:
    """Analyse a new document and make it the current one.

    Raises NewsprismError (and changes nothing) when the document cannot be read,
    so the analysis the reader already had stays on screen.
    """
    digest = hashlib.sha256(name.encode("utf-8") + b"\0" + data).hexdigest()
    document = SessionDocument(digest, name, data)
    result = cached_analysis(document, slot=slot)
    _remember(document)
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


def session_documents() -> dict[str, SessionDocument]:
    """This session's documents, oldest first."""
    return dict(_documents())


def analyses_of(digests: list[str]) -> dict[str, Analysis]:
    """Analyses of some of this session's documents, labelled as in the pickers."""
    documents = _documents()
    labels = {d: f"{i}. {doc.name}" for i, (d, doc) in enumerate(documents.items(), start=1)}
    return {labels[d]: cached_analysis(documents[d]) for d in digests if d in documents}


def sample_bytes() -> bytes:
    return SAMPLE_PATH.read_bytes()


def share_control(*, key: str) -> None:
    """The Share button, or the link once the current analysis is shared."""
    share_id = current_share_id()
    if share_id is None:
        st.button("Share this analysis", key=key, icon=":material/share:", on_click=queue_share,
                  help="Saves the article's text and its analysis under a private, unguessable link "
                       "that anyone you send it to can open.")
    else:
        st.caption("Share link (anyone with it sees this analysis):")
        st.code(share_url(share_id), language=None)
    if st.session_state.get("share_save_error"):
        st.error(st.session_state["share_save_error"])


def share_url(share_id: str) -> str:
    """The link for a share id, on the page being viewed."""
    base = (st.context.url or "").split("?")[0]
    return f"{base}?doc={share_id}"


def _pick_document(key: str, digests: dict[str, str]) -> None:
    st.session_state["current"] = digests[st.session_state[key]]


def sidebar() -> None:
    """The document picker, shown on every page."""
    documents = _documents()
    with st.sidebar:
        st.markdown("**Newsprism** · how an article is built")
        if not documents:
            st.caption("No article yet: upload one on the Overview page.")
            return
        digests = list(documents)
        labels = [f"{i}. {documents[d].name}" for i, d in enumerate(digests, start=1)]
        current = st.session_state.get("current")
        index = digests.index(current) if current in digests else 0
        # Options are plain labels and the key follows the current document, so the picker always
        # shows it (a new document from the Overview or a share link gives a new widget).
        key = f"sidebar_document_{digests[index][:16]}"
        st.selectbox("Article", labels, index=index, key=key, on_change=_pick_document,
                     args=(key, dict(zip(labels, digests))))
        share_control(key="sidebar_share")


STYLES = """
<style>
mark.np-mark, mark.np-entity { background: rgba(255, 215, 0, 0.35); color: inherit; padding: 0 2px; }
mark.np-entity { background: none; border-bottom: 2px solid #009E73; }
mark.np-support { background: rgba(33, 102, 172, 0.25); color: inherit; }
mark.np-oppose { background: rgba(178, 24, 43, 0.25); color: inherit; }
mark.np-neutral { background: rgba(140, 140, 140, 0.25); color: inherit; }
mark.np-mixed { background: rgba(118, 42, 131, 0.25); color: inherit; }
p.np-paragraph, p.np-sentence { line-height: 1.6; }
div.np-paragraph { line-height: 1.6; padding: 0.4rem 0.6rem; margin-bottom: 0.5rem; border-radius: 0.3rem; }
span.np-tone { font-size: 0.8em; opacity: 0.7; }
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


def restore_from_url(key: str, param: str, *, options: list[str], multi: bool = False) -> None:
    """Before a widget is drawn: take its value from the URL (?param=...) when the URL names one
    this session has not applied yet, so a copied link reproduces what its sender saw."""
    raw = st.query_params.get_all(param)
    marker = f"_from_url_{key}"
    if not raw or st.session_state.get(marker) == raw:
        return
    st.session_state[marker] = raw
    values = [v for value in raw for v in value.split(",") if v in options]
    if values:
        st.session_state[key] = values if multi else values[0]


def write_to_url(key: str, param: str, value: str | list[str] | None) -> None:
    """Keep the URL in step with a widget (an empty value removes the parameter); what is written
    here is marked as applied, so restore_from_url does not read it back over a later choice."""
    if value:
        text = ",".join(value) if isinstance(value, list) else value
        if st.query_params.get(param) != text:
            st.query_params[param] = text
        st.session_state[f"_from_url_{key}"] = [text]
    elif param in st.query_params:
        del st.query_params[param]


def page_frame() -> None:
    """What every page shows first: queued work done, share link opened, styles, the sidebar."""
    inject_styles()
    run_pending()
    handle_share_link()
    if st.session_state.get("share_error"):
        st.error(st.session_state["share_error"], icon=":material/link_off:")
    if st.session_state.get("share_note"):
        st.info(st.session_state.pop("share_note"), icon=":material/update:")
    sidebar()
