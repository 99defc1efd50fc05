"""The charts of a long article (:func:`analysis.bins.is_big`): windows of paragraphs or sentences
instead of one bar or point each, the window's mean drawn, its size and range in the hover.

The figures of :mod:`analysis.charts.tone` and :mod:`analysis.charts.people` hand over to
these above :data:`analysis.bins.BIG` rows, so every page gets them.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.bins import paragraph_windows, sentence_windows
from analysis.charts.base import AXIS_TITLE_PX, CHAR_PX, SCORE_AXIS_PX, TICK_PX, fixed_margins
from analysis.colours import (
    EDGE_COLOR,
    JOIN_COLOR,
    LINE_COLORS,
    TONE_SCALE,
    VOICE_COLORS,
)
from analysis.findings import HEADLINE_MEASURE, TONE_MEASURE


#: The right margin taken by the voices' legend (the longest name, "attributed", and its symbol), in px.
VOICE_LEGEND_PX = int(CHAR_PX * len("attributed")) + 60


def _span(first: int, last: int, mark: str = "¶") -> str:
    return f"{mark}{first}" if first == last else f"{mark}{first}-{last}"


def figure_paragraph_windows(paragraphs: pd.DataFrame, size: int, *, show_vader: bool = True,
                             show_tone: bool = True) -> go.Figure:
    """:func:`~analysis.charts.figure_paragraph_sentiment` of a long article: one bar per window of
    ``size`` paragraphs (x: the window's middle paragraph), the mean of each measure."""
    windows = paragraph_windows(paragraphs, size)
    middle = ((windows["first"] + windows["last"]) / 2).tolist()
    hover = [f"{_span(f, l_)} ({n} paragraphs)" + (f", {d} flagged" if d else "")
             for f, l_, n, d in zip(windows["first"], windows["last"], windows["paragraphs"],
                                    windows.get("disagree", pd.Series(0, index=windows.index)))]
    width = [float(size) * 0.85] * len(windows)
    traces = [go.Bar(
        x=middle, y=windows["polarity"].tolist(), width=width, name=HEADLINE_MEASURE, legendrank=1,
        marker={"color": windows["polarity"].tolist(), "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1,
                "line": {"color": EDGE_COLOR, "width": 0.5}},
        customdata=hover, xaxis="x", yaxis="y",
        hovertemplate="%{customdata}<br>mean polarity %{y:.2f}<extra></extra>")]
    for column, name, shown in (("vader", "VADER compound", show_vader), ("tone", TONE_MEASURE, show_tone)):
        if shown:
            traces.append(go.Scatter(
                x=middle, y=windows[column].tolist(), name=name, mode="lines",
                line={"color": LINE_COLORS[column], "width": 2}, customdata=hover, xaxis="x", yaxis="y",
                hovertemplate=f"%{{customdata}}<br>mean {name} %{{y:.2f}}<extra></extra>"))
    traces.append(go.Bar(
        x=middle, y=windows["subjectivity"].tolist(), width=width, name="TextBlob subjectivity", legendrank=4,
        marker={"color": LINE_COLORS["subjectivity"]}, customdata=hover, xaxis="x2", yaxis="y2",
        hovertemplate="%{customdata}<br>mean subjectivity %{y:.2f}<extra></extra>"))
    xaxis = {"title": {"text": f"paragraph (each bar: the mean of {size} paragraphs)"}}
    panel_title = {"xref": "paper", "yref": "paper", "y": 1.0, "yanchor": "bottom", "showarrow": False,
                   "font": {"size": 16}}
    return go.Figure(data=traces, layout=fixed_margins({
        "title": {"text": f"Sentiment by paragraph, {len(paragraphs):,} paragraphs in windows of {size}"},
        "showlegend": True, "legend": {"orientation": "h", "y": -0.2}, "bargap": 0.1, "height": 460,
        "xaxis": {**xaxis, "domain": [0.0, 0.6624], "anchor": "y"},
        "xaxis2": {"title": {"text": "paragraph"}, "domain": [0.7424, 1.0], "anchor": "y2"},
        "yaxis": {"domain": [0.0, 1.0], "anchor": "x", "range": [-1.05, 1.05], "zeroline": True,
                  "zerolinecolor": EDGE_COLOR, "title": {"text": "mean score (-1 negative ... +1 positive)"}},
        "yaxis2": {"domain": [0.0, 1.0], "anchor": "x2", "range": [0, 1.05],
                   "title": {"text": "mean subjectivity (0 factual ... 1 opinion)"}},
        "annotations": [{**panel_title, "x": 0.3312, "text": "Polarity, VADER and tone (-1 to 1)"},
                        {**panel_title, "x": 0.8712, "text": "Subjectivity (0 to 1)"}],
    }, left=SCORE_AXIS_PX, right=20, top=80, bottom=TICK_PX + AXIS_TITLE_PX + 60))


def _sentence_trace(sentences: pd.DataFrame, size: int, *, name: str, compact: bool,
                    color: str | None = None) -> go.Scatter:
    windows = sentence_windows(sentences, size)
    tones = windows["tone"].tolist()
    hover = [f"sentences {f}-{l_} ({n}), {_span(fp, lp)}<br>lowest {lo:+.2f}, highest {hi:+.2f}"
             for f, l_, n, fp, lp, lo, hi in zip(windows["first"], windows["last"], windows["sentences"],
                                                 windows["first_paragraph"], windows["last_paragraph"],
                                                 windows["low"], windows["high"])]
    marker = ({"color": color, "size": 6 if compact else 8} if color else
              {"color": tones, "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1, "size": 5 if compact else 8,
               "line": {"color": EDGE_COLOR, "width": 0.5}})
    return go.Scatter(
        x=((windows["first"] + windows["last"]) / 2).tolist(), y=tones, mode="markers+lines", name=name,
        marker=marker, line={"color": color or JOIN_COLOR, "width": 1}, customdata=hover,
        hovertemplate="%{customdata}<br>mean tone %{y:.2f}<extra></extra>")


def figure_sentence_windows(sentences: pd.DataFrame, size: int, *, compact: bool = False) -> go.Figure:
    """:func:`~analysis.charts.figure_sentence_tone` of a long article: one point per window of
    ``size`` sentences (their mean tone; lowest and highest in the hover), no paragraph dividers."""
    trace = _sentence_trace(sentences, size, name=f"{TONE_MEASURE}, mean of {size} sentences", compact=compact)
    yaxis = {"range": [-1.05, 1.05], "zeroline": True, "zerolinecolor": EDGE_COLOR}
    if compact:
        return go.Figure(data=[trace], layout=fixed_margins({
            "height": 130, "showlegend": False,
            "yaxis": {**yaxis, "tickvals": [-1, 0, 1], "fixedrange": True},
            "xaxis": {"fixedrange": True, "tickfont": {"size": 10}}}, left=36, right=8, top=8, bottom=24))
    return go.Figure(data=[trace], layout=fixed_margins({
        "title": {"text": f"Tone along the article, {len(sentences):,} sentences in windows of {size}"},
        "xaxis": {"title": {"text": "sentence (in reading order)"}}, "showlegend": True,
        "yaxis": {**yaxis, "title": {"text": "mean tone (-1 negative ... +1 positive)"}},
        "height": 380, "legend": {"orientation": "h", "y": -0.25}},
        left=SCORE_AXIS_PX, right=20, top=80, bottom=TICK_PX + AXIS_TITLE_PX + 50))


def figure_voice_windows(sentences: pd.DataFrame, size: int) -> go.Figure:
    """:func:`~analysis.charts.figure_voice_tone` of a long article: per voice, one point per
    window of ``size`` of that voice's sentences."""
    traces = [_sentence_trace(part, size, name=voice, compact=False, color=color)
              for voice, color in VOICE_COLORS.items()
              if len(part := sentences[sentences["voice"] == voice])]
    return go.Figure(data=traces, layout=fixed_margins({
        "title": {"text": f"Tone of the author's voice and of attributed voices, in windows of {size} sentences"},
        "xaxis": {"title": {"text": "sentence (in reading order)"}}, "height": 360,
        "yaxis": {"title": {"text": "mean tone (-1 negative ... +1 positive)"}, "range": [-1.05, 1.05]}},
        left=SCORE_AXIS_PX, right=VOICE_LEGEND_PX, top=80, bottom=TICK_PX + AXIS_TITLE_PX))
