"""Charts of who is in the article: entity mentions, presence, co-occurrence, tone, stance matrix."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.charts.base import empty as _empty
from analysis.charts.base import label, labels
from analysis.colours import (
    EDGE_COLOR,
    STANCE_SCALE,
    TONE_SCALE,
    TYPE_NAMES,
    type_color,
    type_key,
)
from analysis.views import CORRECTED_MARK, NO_TARGET, matrix_cells


def _count_colorbar(title: str, top: float) -> dict:
    """A colour bar of whole numbers: ticks on integers only, at most about six of them."""
    step = 1 if math.isnan(top) else max(1, math.ceil(top / 6))
    return {"title": title, "tickformat": "d", "tick0": 0, "dtick": step}


def figure_entity_mentions(entities: pd.DataFrame) -> go.Figure:
    """Each entity (columns name, type, mentions, and aliases when known) becomes a horizontal
    bar of its mention count, one trace per shown type (named in words) in its colour, most
    mentioned on top."""
    title = "Mentions per entity"
    if entities.empty:
        return _empty(title, "No named entities found")
    frame = entities.iloc[::-1]  # most mentioned on top
    aliases = frame["aliases"] if "aliases" in frame else pd.Series([[]] * len(frame), index=frame.index)
    keys = frame["type"].map(type_key)
    fig = go.Figure()
    for key in [k for k in TYPE_NAMES if k in set(keys)]:  # legend in the fixed order of the types
        part = frame[keys == key]
        fig.add_trace(go.Bar(
            x=part["mentions"], y=labels(part["name"]), orientation="h", name=TYPE_NAMES[key],
            marker={"color": type_color(key)},
            customdata=[label(", ".join(list(a)[:6]) or "-") for a in aliases.loc[part.index]],
            hovertemplate="%{y}: %{x} mentions<br>also: %{customdata}<extra>%{fullData.name}</extra>",
        ))
    fig.update_layout(title=title, xaxis_title="mentions (title and body)", yaxis_title=None,
                      barmode="stack", height=max(300, 28 * len(frame) + 120),
                      yaxis={"categoryorder": "array", "categoryarray": labels(frame["name"])},
                      legend_title_text="type", legend_traceorder="normal")
    return fig


def figure_presence(matrix: pd.DataFrame) -> go.Figure:
    """Each entity becomes a row, each paragraph a column; colour = mentions there (0 = title)."""
    title = "Where each entity appears"
    if matrix.empty:
        return _empty(title, "No entities to place")
    columns = ["title" if c == 0 else f"¶{c}" for c in matrix.columns]
    fig = go.Figure(go.Heatmap(
        z=matrix.values, x=columns, y=labels(matrix.index), colorscale="Blues", zmin=0,
        colorbar=_count_colorbar("mentions", float(matrix.values.max())), hovertemplate="%{y} in %{x}: %{z} mentions<extra></extra>",
        xgap=1, ygap=1,
    ))
    fig.update_layout(title=title, xaxis_title="paragraph", yaxis_title=None,
                      yaxis={"autorange": "reversed"}, height=max(300, 26 * len(matrix) + 140))
    return fig


def figure_cooccurrence(matrix: pd.DataFrame) -> go.Figure:
    """Each pair of entities becomes a cell: sentences mentioning both. The diagonal (an entity
    with itself) is left blank so that it does not set the scale."""
    title = "Mentioned in the same sentence"
    if matrix.empty:
        return _empty(title, "No entities to pair")
    z = matrix.astype(float).to_numpy(copy=True)
    for i in range(min(z.shape)):
        z[i, i] = float("nan")
    top = max(1.0, float(pd.DataFrame(z).max().max())) if len(matrix) > 1 else 1.0
    fig = go.Figure(go.Heatmap(
        z=z, x=labels(matrix.columns), y=labels(matrix.index), colorscale="Purples",
        zmin=0, zmax=top, colorbar=_count_colorbar("sentences", top), xgap=1, ygap=1, hoverongaps=False,
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


def _cell_text(support: int, oppose: int, neutral: int) -> str:
    return f"+{support} \u2212{oppose}" + (f" ={neutral}" if neutral else "")


def _cell_hover(speaker: str, target: str, count: int, net: float, parts: Mapping[str, pd.DataFrame] | None) -> str:
    on = "no target" if target == NO_TARGET else label(target)
    head = f"{label(speaker)} on {on}: {count} statement(s)"
    if parts is None:
        return f"{head}, net stance {net:+.2f}"
    support, oppose, neutral = (int(parts[s].loc[speaker, target]) for s in ("support", "oppose", "neutral"))
    text = f"{head}<br>support {support} · oppose {oppose} · neutral {neutral}"
    corrected = int(parts["corrected"].loc[speaker, target]) if "corrected" in parts else 0
    return text + (f"<br>{CORRECTED_MARK} {corrected} corrected" if corrected else "")


def figure_stance_matrix(counts: pd.DataFrame, net: pd.DataFrame, *,
                         breakdown: Mapping[str, pd.DataFrame] | None = None) -> go.Figure:
    """Each speaker x target cell of :func:`~analysis.views.stance_matrix` coloured by net stance
    (teal support ... brown oppose); statements without a target in a strip of their own.

    With ``breakdown`` (:func:`~analysis.views.stance_breakdown`) a cell reads "+support
    -oppose =neutral" and its tooltip counts corrected statements; without it, the count. Over
    each non-empty cell lies an invisible point whose ``customdata[0]`` is the cell's position in
    :func:`~analysis.views.matrix_cells`, so a click (a plotly selection) names the cell; empty
    cells have no point, hence no tooltip.
    """
    title = "Who takes positions on whom"
    if counts.empty:
        return _empty(title, "No attributed statements found")
    targets = [t for t in counts.columns if t != NO_TARGET]
    blocks = [block for block in (targets, [NO_TARGET] if NO_TARGET in counts.columns else []) if block]
    widths = [len(block) + (0.6 if block == [NO_TARGET] else 0) for block in blocks]
    fig = make_subplots(rows=1, cols=len(blocks), shared_yaxes=True, horizontal_spacing=0.04 if len(blocks) > 1 else 0,
                        column_widths=[w / sum(widths) for w in widths])
    net = net.reindex(index=counts.index, columns=counts.columns)
    cells = matrix_cells(counts)
    for column, block in enumerate(blocks, start=1):
        part = counts[block]
        if breakdown is None:
            text = part.astype(str).where(part > 0, "")
        else:
            text = pd.DataFrame([[_cell_text(*(int(breakdown[s].loc[r, t]) for s in ("support", "oppose", "neutral")))
                                  if part.loc[r, t] > 0 else "" for t in block] for r in part.index])
        fig.add_trace(go.Heatmap(
            z=net[block].values, x=labels(block), y=labels(counts.index), text=text.values, texttemplate="%{text}",
            colorscale=STANCE_SCALE, zmin=-1, zmax=1, xgap=2, ygap=2, hoverinfo="skip", showscale=column == 1,
            colorbar={"title": "net stance", "tickvals": [-1, 0, 1], "ticktext": ["oppose", "neutral", "support"]},
        ), row=1, col=column)
        numbered = [(i, s, t) for i, (s, t) in enumerate(cells) if t in block]
        fig.add_trace(go.Scatter(
            x=[label(t) for _, _, t in numbered], y=[label(s) for _, s, _ in numbered], mode="markers",
            marker={"symbol": "square-open", "size": 22, "color": EDGE_COLOR, "opacity": 0,
                    "line": {"width": 2}},
            selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 0}}, showlegend=False,
            customdata=[[i, _cell_hover(s, t, int(counts.loc[s, t]), float(net.loc[s, t]), breakdown)]
                        for i, s, t in numbered],
            hovertemplate="%{customdata[1]}<extra></extra>",
        ), row=1, col=column)
    if breakdown is not None:
        title += "<br><sup>each cell: +support \u2212oppose =neutral · click a cell for its evidence</sup>"
    fig.update_layout(title=title, height=max(320, 40 * len(counts) + 180), clickmode="event+select",
                      hoverlabel={"bgcolor": "white", "font": {"color": "black"}})
    fig.update_yaxes(autorange="reversed")
    fig.update_yaxes(title_text="speaker", row=1, col=1)
    fig.update_xaxes(title_text="target", row=1, col=1)
    return fig
