"""Derived views of an analysis kept between reruns of this session's pages.

A page is rerun from the top on every click, and most of what it draws comes from the same
analysis with the same options: the stance matrix and its figure, the speaker cards, the tables
as shown, the article's HTML. :func:`memo` computes such a view once per analysis (the corrected
analysis is one object per document and list of corrections, see
:func:`ui.documents.corrected`) and per argument, and hands the same object back after that.
Views are read-only for the pages, like the analysis itself.

Kept in the session (``st.session_state``), for the last :data:`KEEP_ANALYSES` analyses used, at
most :data:`MAX_VIEWS` views in all (least recently used dropped first), so a long session or a
big article cannot grow it without bound.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import streamlit as st

from analysis import Analysis

T = TypeVar("T")
#: Analyses whose views are kept (the current one and the one before: "Show original" back and forth).
KEEP_ANALYSES = 2
#: Views kept in all, per session.
MAX_VIEWS = 48
_STATE = "_memo_views"


def _frozen(value: Any) -> Hashable:
    """A hashable stand-in for an argument (lists and sets as tuples, dicts as sorted items)."""
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(map(repr, value))))
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    hash(value)
    return value


def memo(function: Callable[..., T], analysis: Analysis, *args: Any, **kwargs: Any) -> T:
    """``function(analysis, *args, **kwargs)``, computed once per analysis and arguments in this
    session (arguments made hashable: lists, sets and dicts of plain values are fine)."""
    state = st.session_state.get(_STATE)
    if state is None:
        state = st.session_state[_STATE] = {"analyses": OrderedDict(), "views": OrderedDict()}
    analyses: OrderedDict[int, Analysis] = state["analyses"]
    views: OrderedDict[tuple, Any] = state["views"]
    owner = id(analysis)
    if analyses.get(owner) is not analysis:  # a new analysis (or an old id reused: forget its views)
        for key in [k for k in views if k[0] == owner]:
            del views[key]
        analyses[owner] = analysis
    analyses.move_to_end(owner)
    while len(analyses) > KEEP_ANALYSES:
        dropped, _ = analyses.popitem(last=False)
        for key in [k for k in views if k[0] == dropped]:
            del views[key]
    key = (owner, f"{function.__module__}.{function.__qualname__}", _frozen(args), _frozen(kwargs))
    if key in views:
        views.move_to_end(key)
        return views[key]
    value = function(analysis, *args, **kwargs)
    views[key] = value
    while len(views) > MAX_VIEWS:
        views.popitem(last=False)
    return value


def held() -> int:
    """Views held in this session (for tests)."""
    state = st.session_state.get(_STATE)
    return 0 if state is None else len(state["views"])
