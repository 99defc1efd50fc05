"""What the server process keeps for every session: the analysis workers, the analyses by
content hash (bounded in entries and in bytes), the spaCy pipeline when analyses run in the
server process, and the share-link store. Each cached function reads only its parameters.

Settings (environment): ``NEWSPRISM_CACHE_MB`` (analyses kept in memory, default 512 MB);
the workers' settings are in :mod:`ui.workers`.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

import streamlit as st
from spacy.language import Language
from streamlit.errors import StreamlitSecretNotFoundError

from analysis import Analysis
from analysis.nlp import load_pipeline
from analysis.store import Store, database_url
from ui.workers import WorkerPool, configured_pool

#: Analyses kept in memory by the server process, across sessions.
MAX_CACHED_ANALYSES = 32
#: Default bytes of analyses kept in memory (``NEWSPRISM_CACHE_MB``).
DEFAULT_CACHE_MB = 512


@st.cache_resource(show_spinner="Loading the language model...")
def language_model() -> Language:
    """The spaCy pipeline, loaded once per process and shared by every session."""
    return load_pipeline()


def analysis_bytes(result: Analysis) -> int:
    """Memory held by an analysis' tables (strings counted), in bytes."""
    frames = (result.paragraphs, result.sentences, result.entities, result.mentions, result.statements)
    return sum(int(frame.memory_usage(deep=True, index=True).sum()) for frame in frames)


class AnalysisCache:
    """A process-wide LRU of analyses keyed by content hash, shared by every session, bounded by
    ``max_entries`` and ``max_bytes`` (an analysis larger than the whole budget is not kept: the
    session that asked for it keeps its own reference while it shows it).

    Used instead of ``st.cache_data`` because the analysis reports progress to a
    bar on the page, and ``st.cache_data`` refuses to cache a function that
    writes to elements created outside it. Entries are never mutated: pages
    only read the DataFrames.
    """

    def __init__(self, max_entries: int, *, max_bytes: int | None = None) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, Analysis] = OrderedDict()
        self._sizes: dict[str, int] = {}
        self._lock = threading.Lock()

    @property
    def bytes(self) -> int:
        """Bytes held by the cached analyses."""
        with self._lock:
            return sum(self._sizes.values())

    def get(self, digest: str) -> Analysis | None:
        """The analysis cached under ``digest`` (now the most recently used), or None."""
        with self._lock:
            if digest in self._entries:
                self._entries.move_to_end(digest)
                return self._entries[digest]
        return None

    def put(self, digest: str, result: Analysis) -> None:
        """Cache an analysis under ``digest``, dropping the least recently used past the limit."""
        size = analysis_bytes(result)
        with self._lock:
            if self.max_bytes is not None and size > self.max_bytes:
                return
            self._entries[digest] = result
            self._sizes[digest] = size
            self._entries.move_to_end(digest)
            while len(self._entries) > self.max_entries or (
                    self.max_bytes is not None and sum(self._sizes.values()) > self.max_bytes):
                dropped, _ = self._entries.popitem(last=False)
                del self._sizes[dropped]


@st.cache_resource
def analysis_cache() -> AnalysisCache:
    """The process's one :class:`AnalysisCache`."""
    megabytes = float(os.environ.get("NEWSPRISM_CACHE_MB", DEFAULT_CACHE_MB))
    return AnalysisCache(MAX_CACHED_ANALYSES, max_bytes=int(megabytes * 2**20))


_pool_lock = threading.Lock()
_pool: list[WorkerPool | None] = []


def worker_pool() -> WorkerPool | None:
    """The process's analysis workers (started on first use), or None when
    ``NEWSPRISM_WORKERS=0`` asks for analyses in the server process.

    A module global rather than ``st.cache_resource``: the workers are processes, and a cleared
    Streamlit cache must not orphan them.
    """
    with _pool_lock:
        if not _pool:
            pool = configured_pool()
            if pool is not None:
                pool.start()
            _pool.append(pool)
        return _pool[0]


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
