"""Charts of who is in the article: entity mentions, presence, co-occurrence, tone, stance matrix."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.bins import is_big, presence_windows, window_size
from analysis.charts.base import empty as _empty
from analysis.charts.base import AXIS_TITLE_PX, TICK_PX, fixed_margins, label, labels, text_px
from analysis.colours import (
    EDGE_COLOR,
    STANCE_SCALE,
    TONE_SCALE,
    TYPE_NAMES,
    type_color,
    type_key,
)
from analysis.views import CORRECTED_MARK, NO_TARGET, matrix_cells


#: Width of the matrix' cells side by side past which target names are tilted, and the right
#: margin its colour bar takes (bar, padding and the longest of its tick labels), in px.
MATRIX_PX, COLORBAR_PX = 700, 16 + 30 + text_px(["support"]) + 20


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
    shown_types = [TYPE_NAMES[k] for k in TYPE_NAMES if k in set(keys)]
    fig.update_layout(fixed_margins({
        "title": title, "xaxis": {"title": {"text": "mentions (title and body)"}}, "yaxis": {
            "title": None, "categoryorder": "array", "categoryarray": labels(frame["name"])},
        "barmode": "stack", "height": max(300, 28 * len(frame) + 120),
        "legend": {"title": {"text": "type"}, "traceorder": "normal"},
    }, left=text_px(frame["name"]) + 16, right=text_px(shown_types) + 60, top=80,
        bottom=TICK_PX + AXIS_TITLE_PX + 10))
    return fig


def figure_presence(matrix: pd.DataFrame) -> go.Figure:
    """Each entity becomes a row, each paragraph a column; colour = mentions there (0 = title). A
    long article's paragraphs are summed in windows (:func:`~analysis.bins.presence_windows`)."""
    title = "Where each entity appears"
    if matrix.empty:
        return _empty(title, "No entities to place")
    paragraphs = len(matrix.columns) - (0 in matrix.columns)
    if is_big(paragraphs):
        size = window_size(paragraphs)
        matrix = presence_windows(matrix, size)
        title += f" (mentions in windows of {size} paragraphs)"
        columns = list(matrix.columns)
    else:
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


def _cell_hover(speaker: str, target: str, count: int, net: float, parts: Mapping[str, int] | None) -> str:
    on = "no target" if target == NO_TARGET else label(target)
    head = f"{label(speaker)} on {on}: {count} statement(s)"
    if parts is None:
        return f"{head}, net stance {net:+.2f}"
    text = f"{head}<br>support {parts['support']} · oppose {parts['oppose']} · neutral {parts['neutral']}"
    corrected = parts.get("corrected", 0)
    return text + (f"<br>{CORRECTED_MARK} {corrected} corrected" if corrected else "")


def figure_stance_matrix(counts: pd.DataFrame, net: pd.DataFrame, *,
                         breakdown: Mapping[str, pd.DataFrame] | None = None) -> go.Figure:
    """Each speaker x target cell of :func:`~analysis.views.stance_matrix` coloured by net stance
    (teal support ... brown oppose); statements without a target in a strip of their own.

    With ``breakdown`` (:func:`~analysis.views.stance_breakdown`) a cell reads "+support
    -oppose =neutral" and its tooltip counts corrected statements; without it, the count. Over
    each non-empty cell lies an invisible point whose ``customdata[0]`` is the cell's position in
    :func:`~analysis.views.matrix_cells`, so a click (a plotly selection) names the cell; empty
    cells have no point, hence no tooltip. No gaps between cells: plotly draws a heatmap with gaps
    brick by brick into a full-size picture, about twice the cost of the whole figure without them
    (the cells' text and the empty cells keep them apart).
    """
    title = "Who takes positions on whom"
    if counts.empty:
        return _empty(title, "No attributed statements found")
    columns = list(counts.columns)
    targets = [t for t in columns if t != NO_TARGET]
    blocks = [block for block in (targets, [NO_TARGET] if NO_TARGET in columns else []) if block]
    widths = [len(block) + (0.6 if block == [NO_TARGET] else 0) for block in blocks]
    # The panels laid out by hand, as make_subplots would (it costs more than the whole figure)
    gap = 0.04 if len(blocks) > 1 else 0.0
    usable = 1.0 - gap * (len(blocks) - 1)
    domains, left = [], 0.0
    for width in widths:
        domains.append([left, min(1.0, left + usable * width / sum(widths))])
        left = domains[-1][1] + gap
    values = counts.to_numpy()
    nets = net.reindex(index=counts.index, columns=counts.columns).to_numpy(dtype=float)
    parts = None if breakdown is None else {
        name: frame.reindex(index=counts.index, columns=counts.columns, fill_value=0).to_numpy()
        for name, frame in breakdown.items()}
    speakers = list(counts.index)
    speaker_labels = labels(speakers)
    position = {t: j for j, t in enumerate(columns)}
    numbers = {cell: i for i, cell in enumerate(matrix_cells(counts))}
    traces = []
    for panel, block in enumerate(blocks, start=1):
        js = [position[t] for t in block]
        text = [[("" if values[i, j] <= 0 else str(int(values[i, j])) if parts is None
                  else _cell_text(*(int(parts[s][i, j]) for s in ("support", "oppose", "neutral"))))
                 for j in js] for i in range(len(speakers))]
        axes = {"xaxis": "x" if panel == 1 else f"x{panel}", "yaxis": "y" if panel == 1 else f"y{panel}"}
        traces.append(go.Heatmap(
            z=nets[:, js], x=labels(block), y=speaker_labels, text=np.array(text, dtype=object), texttemplate="%{text}",
            colorscale=STANCE_SCALE, zmin=-1, zmax=1, hoverinfo="skip", showscale=panel == 1,
            colorbar={"title": {"text": "net stance"}, "tickvals": [-1, 0, 1],
                      "ticktext": ["oppose", "neutral", "support"]}, **axes))
        numbered = sorted((numbers[(speakers[i], columns[j])], i, j) for i in range(len(speakers)) for j in js
                          if values[i, j] > 0)
        traces.append(go.Scatter(
            x=[label(columns[j]) for _, _, j in numbered], y=[speaker_labels[i] for _, i, _ in numbered],
            mode="markers", marker={"symbol": "square-open", "size": 22, "color": EDGE_COLOR, "opacity": 0,
                                    "line": {"width": 2}},
            selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 0}}, showlegend=False,
            customdata=[[n, _cell_hover(speakers[i], columns[j], int(values[i, j]), float(nets[i, j]),
                                        None if parts is None else {k: int(v[i, j]) for k, v in parts.items()})]
                        for n, i, j in numbered],
            hovertemplate="%{customdata[1]}<extra></extra>", **axes))
    if breakdown is not None:
        title += "<br><sup>each cell: +support \u2212oppose =neutral · click a cell for its evidence</sup>"
    layout = {"title": {"text": title}, "height": max(320, 40 * len(counts) + 180), "clickmode": "event+select",
              "hoverlabel": {"bgcolor": "white", "font": {"color": "black"}}}
    # Target names turned 45 degrees when side by side they would not fit (about 700 px of cells)
    tilted = text_px(columns) * len(columns) > MATRIX_PX
    for panel, domain in enumerate(domains, start=1):
        suffix = "" if panel == 1 else str(panel)
        layout[f"xaxis{suffix}"] = {"domain": domain, "anchor": f"y{suffix}"}
        layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "autorange": "reversed",
                                    **({} if panel == 1 else {"matches": "y", "showticklabels": False})}
        layout[f"xaxis{suffix}"]["tickangle"] = -45 if tilted else 0
    layout["xaxis"]["title"] = {"text": "target"}
    layout["yaxis"]["title"] = {"text": "speaker"}
    labels_height = int(0.71 * text_px(columns)) + 12 if tilted else TICK_PX
    return go.Figure(data=traces, layout=fixed_margins(
        layout, left=text_px(speakers) + AXIS_TITLE_PX + 10, right=COLORBAR_PX,
        top=100 if breakdown is not None else 80, bottom=labels_height + AXIS_TITLE_PX))
