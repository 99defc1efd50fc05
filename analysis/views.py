"""Derived tables the pages show: filters, matrices, per-entity sentence lists, speaker cards.

Every function takes frames of an :class:`~analysis.Analysis` and returns a new
frame; none modifies its input. Pages call these instead of grouping data
themselves, so each view is tested here once. The HTML of the article lives in
:mod:`analysis.markup`.
"""

from __future__ import annotations

import math
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


def flatten_lists(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with list cells joined as '; ' text, so spreadsheets and Parquet get one type a column."""
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, (list, tuple))).any():
            out[column] = out[column].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV of a table, list cells joined with '; ' so spreadsheets read them."""
    return flatten_lists(frame).to_csv(index=False).encode("utf-8")


NO_TARGET = "(no target)"
STANCE_VALUE = {"support": 1, "oppose": -1, "neutral": 0}


def filter_statements(statements: pd.DataFrame, *, speakers: Sequence[str] | None = None,
                      stances: Sequence[str] | None = None, kinds: Sequence[str] | None = None,
                      include_unnamed: bool = True) -> pd.DataFrame:
    """Statements restricted to the given speakers, stances and kinds (None = all)."""
    mask = pd.Series(True, index=statements.index)
    if speakers:
        mask &= statements["speaker"].isin(list(speakers))
    if stances:
        mask &= statements["stance"].isin(list(stances))
    if kinds:
        mask &= statements["kind"].isin(list(kinds))
    if not include_unnamed:
        mask &= ~statements["unnamed"].astype(bool)
    return statements[mask].reset_index(drop=True)


def stance_matrix(statements: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(counts, net) speaker x target matrices: statements per cell, and their net stance
    ((support - oppose) / count, in [-1, 1]). A statement without target goes to NO_TARGET."""
    if statements.empty:
        return pd.DataFrame(), pd.DataFrame()
    frame = statements.assign(target=statements["target"].fillna(NO_TARGET),
                              value=statements["stance"].map(STANCE_VALUE).fillna(0))
    counts = pd.crosstab(frame["speaker"], frame["target"])
    net = pd.crosstab(frame["speaker"], frame["target"], values=frame["value"], aggfunc="mean")
    speakers = frame["speaker"].value_counts().index.tolist()
    targets = [t for t in frame["target"].value_counts().index if t != NO_TARGET]
    targets += [NO_TARGET] if (frame["target"] == NO_TARGET).any() else []
    return (counts.reindex(index=speakers, columns=targets, fill_value=0),
            net.reindex(index=speakers, columns=targets))


def cell_statements(statements: pd.DataFrame, *, speaker: str, target: str) -> pd.DataFrame:
    """The statements of one matrix cell (target NO_TARGET = statements without target)."""
    targets = statements["target"].fillna(NO_TARGET)
    return statements[(statements["speaker"] == speaker) & (targets == target)].reset_index(drop=True)


SPEAKER_COLUMNS = ["speaker", "statements", "direct", "indirect", "position", "support", "oppose",
                   "neutral", "targets", "cues", "first_paragraph", "unnamed"]


def speaker_summary(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker: how often and how they are quoted, their stances, targets and cue words."""
    rows = []
    for speaker, part in statements.groupby("speaker", sort=False):
        kinds = part["kind"].value_counts()
        stances = part["stance"].value_counts()
        rows.append({
            "speaker": speaker, "statements": len(part),
            "direct": int(kinds.get("direct", 0)), "indirect": int(kinds.get("indirect", 0)),
            "position": int(kinds.get("position", 0)), "support": int(stances.get("support", 0)),
            "oppose": int(stances.get("oppose", 0)), "neutral": int(stances.get("neutral", 0)),
            "targets": list(dict.fromkeys(t for t in part["target"] if isinstance(t, str))),
            "cues": list(dict.fromkeys(part["cue"])), "first_paragraph": int(part["paragraph"].min()),
            "unnamed": bool(part["unnamed"].all()),
        })
    frame = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    return frame.sort_values(["statements", "first_paragraph"], ascending=[False, True], ignore_index=True)


def score_text(value: float | None, *, signed: bool = True) -> str:
    """A score as the pages print it: two decimals, with its sign unless ``signed=False``
    ("+0.25", "-0.10", "0.40"); "-" for a missing value (None or NaN)."""
    if value is None or math.isnan(value):
        return "-"
    return f"{value:+.2f}" if signed else f"{value:.2f}"
