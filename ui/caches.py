"""What the server process keeps for every session: the spaCy pipeline, the analyses by content
hash, and the share-link store. Each cached function reads only its parameters."""

from __future__ import annotations

import threading
from collections import OrderedDict

import streamlit as st
from spacy.language import Language
from streamlit.errors import StreamlitSecretNotFoundError

from analysis import Analysis
from analysis.nlp import load_pipeline
from analysis.store import Store, database_url

#: Analyses kept in memory by the server process, across sessions.
MAX_CACHED_ANALYSES = 32


@st.cache_resource(show_spinner="Loading the language model...")
def language_model() -> Language:
    """The spaCy pipeline, loaded once per process and shared by every session."""
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
        """The analysis cached under ``digest`` (now the most recently used), or None."""
        with self._lock:
            if digest in self._entries:
                self._entries.move_to_end(digest)
                return self._entries[digest]
        return None

    def put(self, digest: str, result: Analysis) -> None:
        """Cache an analysis under ``digest``, dropping the least recently used past the limit."""
        with self._lock:
            self._entries[digest] = result
            self._entries.move_to_end(digest)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)


@st.cache_resource
def analysis_cache() -> AnalysisCache:
    """The process's one :class:`AnalysisCache`."""
    return AnalysisCache(MAX_CACHED_ANALYSES)


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
