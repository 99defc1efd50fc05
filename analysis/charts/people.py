"""Charts of who is in the article: entity mentions, presence, co-occurrence, tone, stance matrix."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.base import empty as _empty
from analysis.charts.base import label, labels
from analysis.colours import (
    EDGE_COLOR,
    STANCE_SCALE,
    TONE_SCALE,
    type_color,
)


def figure_entity_mentions(entities: pd.DataFrame) -> go.Figure:
    """Each entity (columns name, type, mentions, and aliases when known) becomes a horizontal
    bar of its mention count, one trace per type in its type's colour, most mentioned on top."""
    title = "Mentions per entity"
    if entities.empty:
        return _empty(title, "No named entities found")
    frame = entities.iloc[::-1]  # most mentioned on top
    aliases = frame["aliases"] if "aliases" in frame else pd.Series([[]] * len(frame), index=frame.index)
    fig = go.Figure()
    for entity_type in dict.fromkeys(frame["type"]):
        part = frame[frame["type"] == entity_type]
        fig.add_trace(go.Bar(
            x=part["mentions"], y=labels(part["name"]), orientation="h", name=label(entity_type),
            marker={"color": type_color(entity_type)},
            customdata=[label(", ".join(list(a)[:6]) or "-") for a in aliases.loc[part.index]],
            hovertemplate="%{y}: %{x} mentions<br>also: %{customdata}<extra>%{fullData.name}</extra>",
        ))
    fig.update_layout(title=title, xaxis_title="mentions (title and body)", yaxis_title=None,
                      barmode="stack", height=max(300, 28 * len(frame) + 120),
                      yaxis={"categoryorder": "array", "categoryarray": labels(frame["name"])},
                      legend_title_text="type")
    return fig


def figure_presence(matrix: pd.DataFrame) -> go.Figure:
    """Each entity becomes a row, each paragraph a column; colour = mentions there (0 = title)."""
    title = "Where each entity appears"
    if matrix.empty:
        return _empty(title, "No entities to place")
    columns = ["title" if c == 0 else f"¶{c}" for c in matrix.columns]
    fig = go.Figure(go.Heatmap(
        z=matrix.values, x=columns, y=labels(matrix.index), colorscale="Blues", zmin=0,
        colorbar={"title": "mentions"}, hovertemplate="%{y} in %{x}: %{z} mentions<extra></extra>",
        xgap=1, ygap=1,
    ))
    fig.update_layout(title=title, xaxis_title="paragraph", yaxis_title=None,
                      yaxis={"autorange": "reversed"}, height=max(300, 26 * len(matrix) + 140))
    return fig


def figure_cooccurrence(matrix: pd.DataFrame) -> go.Figure:
    """Each pair of entities becomes a cell: sentences mentioning both (diagonal: the entity's own)."""
    title = "Mentioned in the same sentence"
    if matrix.empty:
        return _empty(title, "No entities to pair")
    fig = go.Figure(go.Heatmap(
        z=matrix.values, x=labels(matrix.columns), y=labels(matrix.index), colorscale="Purples",
        zmin=0, colorbar={"title": "sentences"}, xgap=1, ygap=1,
        hovertemplate="%{y} + %{x}: %{z} sentences<extra></extra>",
    ))
    fig.update_layout(title=title, xaxis_title=None, yaxis_title=None, yaxis={"autorange": "reversed"},
                      height=max(320, 26 * len(matrix) + 160))
    return fig


def figure_entity_tone(entities: pd.DataFrame) -> go.Figure:
    """Each entity becomes a bar of the mean tone of the sentences that mention it."""
    title = "Tone of the sentences mentioning each entity"
    if entities.empty:
        return _empty(title, "No named entities found")
    frame = entities.iloc[::-1]
    fig = go.Figure(go.Bar(
        x=frame["tone"], y=labels(frame["name"]), orientation="h",
        marker={"color": frame["tone"], "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1,
                "line": {"color": EDGE_COLOR, "width": 0.5}},
        customdata=frame["mentions"],
        hovertemplate="%{y}: tone %{x:.2f} over %{customdata} mentions<extra></extra>",
    ))
    fig.update_layout(title=title, xaxis_title="mean tone (-1 negative ... +1 positive)",
                      xaxis_range=[-1.05, 1.05], yaxis_title=None,
                      yaxis={"categoryorder": "array", "categoryarray": labels(frame["name"])},
                      height=max(300, 28 * len(frame) + 120))
    return fig


def figure_stance_matrix(counts: pd.DataFrame, net: pd.DataFrame) -> go.Figure:
    """Each speaker x target cell shows its number of statements, coloured by net stance
    (blue support ... red oppose)."""
    title = "Who takes positions on whom"
    if counts.empty:
        return _empty(title, "No attributed statements found")
    text = counts.astype(str).where(counts > 0, "")
    fig = go.Figure(go.Heatmap(
        z=net.values, x=labels(counts.columns), y=labels(counts.index), text=text.values,
        texttemplate="%{text}", colorscale=STANCE_SCALE, zmin=-1, zmax=1, xgap=2, ygap=2,
        customdata=counts.values,
        colorbar={"title": "net stance", "tickvals": [-1, 0, 1], "ticktext": ["oppose", "neutral", "support"]},
        hovertemplate="%{y} on %{x}: %{customdata} statement(s), net stance %{z:+.2f}<extra></extra>",
    ))
    fig.update_layout(title=title, xaxis_title="target", yaxis_title="speaker",
                      yaxis={"autorange": "reversed"}, height=max(320, 40 * len(counts) + 160))
    return fig
