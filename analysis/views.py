"""Derived tables the pages show: filters, matrices and per-entity sentence lists.

Every function takes frames of an :class:`~analysis.Analysis` and returns a new
frame; none modifies its input. Pages call these instead of grouping data
themselves, so each view is tested here once.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd


def top_entities(entities: pd.DataFrame, *, types: Sequence[str] | None = None,
                 top_n: int = 15) -> pd.DataFrame:
    """The ``top_n`` most-mentioned entities, optionally only of the given types."""
    frame = entities if not types else entities[entities["type"].isin(list(types))]
    return frame.sort_values(["mentions", "salience"], ascending=False).head(top_n).reset_index(drop=True)


def presence_matrix(mentions: pd.DataFrame, *, names: Sequence[str], n_paragraphs: int) -> pd.DataFrame:
    """Mentions per paragraph: one row per entity in ``names`` (in that order), one column per
    paragraph (0 = title, then 1..n_paragraphs)."""
    columns = list(range(0, n_paragraphs + 1))
    subset = mentions[mentions["entity"].isin(list(names))]
    counts = pd.crosstab(subset["entity"], subset["paragraph"]) if len(subset) else pd.DataFrame()
    return counts.reindex(index=list(names), columns=columns, fill_value=0).fillna(0).astype(int)


def cooccurrence(mentions: pd.DataFrame, *, names: Sequence[str]) -> pd.DataFrame:
    """Number of sentences (the title counts as one) in which each pair of entities is mentioned
    together; the diagonal holds the number of sentences mentioning the entity."""
    names = list(names)
    subset = mentions[mentions["entity"].isin(names)]
    keys = subset["paragraph"].astype(str) + ":" + subset["sentence"].astype(str)
    incidence = pd.crosstab(keys, subset["entity"]).clip(upper=1) if len(subset) else pd.DataFrame()
    incidence = incidence.reindex(columns=names, fill_value=0)
    matrix = incidence.T.dot(incidence) if len(incidence) else pd.DataFrame(0, index=names, columns=names)
    return matrix.reindex(index=names, columns=names, fill_value=0).astype(int)


def entity_sentences(sentences: pd.DataFrame, mentions: pd.DataFrame, *, name: str,
                     title: str | None = None) -> pd.DataFrame:
    """The sentences mentioning one entity, in reading order, with the mention spans inside each.

    Columns: paragraph, sentence, text, tone, spans (list of (start, end) offsets into ``text``).
    The title, when the entity is in it, comes first as paragraph 0, sentence 0.
    """
    own = mentions[mentions["entity"] == name]
    rows = []
    if title and (own["paragraph"] == 0).any():
        spans = [(int(m.start), int(m.end)) for m in own[own["paragraph"] == 0].itertuples()]
        rows.append({"paragraph": 0, "sentence": 0, "text": title, "tone": None, "spans": spans})
    by_sentence = sentences.set_index("index")
    for sentence_id in sorted(set(own.loc[own["paragraph"] > 0, "sentence"])):
        sent = by_sentence.loc[sentence_id]
        inside = own[own["sentence"] == sentence_id]
        spans = [(int(m.start - sent["start"]), int(m.end - sent["start"])) for m in inside.itertuples()]
        rows.append({"paragraph": int(sent["paragraph"]), "sentence": int(sentence_id),
                     "text": sent["text"], "tone": float(sent["tone"]), "spans": spans})
    return pd.DataFrame(rows, columns=["paragraph", "sentence", "text", "tone", "spans"])


def highlight(text: str, spans: Sequence[tuple[int, int]], *, css_class: str = "np-mark") -> str:
    """HTML for ``text`` with the given character spans wrapped in ``<mark>``; everything from the
    article is escaped, so markup in an article is shown as text and never runs."""
    pieces, cursor = [], 0
    for start, end in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text)):
        if start < cursor:
            continue  # overlapping spans: keep the first
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<mark class="{html.escape(css_class)}">{html.escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV of a table, list cells joined with '; ' so spreadsheets read them."""
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, (list, tuple))).any():
            out[column] = out[column].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out.to_csv(index=False).encode("utf-8")
