"""Tone charts: paragraphs and sentences along the article, voices, arcs, articles compared."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.bins import is_big, window_size
from analysis.charts.base import empty as _empty
from analysis.charts.base import AXIS_TITLE_PX, SCORE_AXIS_PX, TICK_PX, fixed_margins, label, labels, opening_words
from analysis.charts.windows import (
    VOICE_LEGEND_PX,
    figure_paragraph_windows,
    figure_sentence_windows,
    figure_voice_windows,
)
from analysis.colours import (
    EDGE_COLOR,
    JOIN_COLOR,
    LINE_COLORS,
    TONE_SCALE,
    VOICE_COLORS,
    article_color,
)
from analysis.findings import HEADLINE_MEASURE, TONE_MEASURE


def figure_paragraph_sentiment(paragraphs: pd.DataFrame, *, show_vader: bool = True,
                               show_tone: bool = True) -> go.Figure:
    """Each paragraph becomes a polarity bar (diverging colour; the headline measure) and a
    subjectivity bar beside it; VADER and tone are lines over the polarity bars, toggled by the
    options or the legend. Every trace is in the legend. A long article (:func:`~analysis.bins.is_big`)
    gets windows of paragraphs instead (:func:`~analysis.charts.windows.figure_paragraph_windows`)."""
    title = "Sentiment by paragraph"
    if paragraphs.empty:
        return _empty(title, "No paragraphs to show")
    if is_big(len(paragraphs)):
        return figure_paragraph_windows(paragraphs, window_size(len(paragraphs)), show_vader=show_vader,
                                        show_tone=show_tone)
    hover = [opening_words(t) for t in paragraphs["text"]]
    traces = [go.Bar(
        x=paragraphs["index"], y=paragraphs["polarity"], name=HEADLINE_MEASURE, legendrank=1,
        marker={"color": paragraphs["polarity"], "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1,
                "line": {"color": EDGE_COLOR, "width": 1}},
        customdata=hover, xaxis="x", yaxis="y",
        hovertemplate="Paragraph %{x}<br>Polarity %{y:.2f}<br>%{customdata}<extra></extra>",
    )]
    for column, name, shown in (("vader", "VADER compound", show_vader), ("tone", TONE_MEASURE, show_tone)):
        if shown:
            traces.append(go.Scatter(
                x=paragraphs["index"], y=paragraphs[column], name=name, mode="lines+markers",
                line={"color": LINE_COLORS[column], "width": 2}, customdata=hover, xaxis="x", yaxis="y",
                hovertemplate=f"Paragraph %{{x}}<br>{name} %{{y:.2f}}<br>%{{customdata}}<extra></extra>",
            ))
    traces.append(go.Bar(
        x=paragraphs["index"], y=paragraphs["subjectivity"], name="TextBlob subjectivity", legendrank=4,
        marker={"color": LINE_COLORS["subjectivity"]}, customdata=hover, xaxis="x2", yaxis="y2",
        hovertemplate="Paragraph %{x}<br>Subjectivity %{y:.2f}<br>%{customdata}<extra></extra>",
    ))
    # Two panels laid out by hand (polarity 72 %, subjectivity 28 %): make_subplots costs more
    # than the whole figure, and the page is redrawn on every visit.
    dtick = 1 if len(paragraphs) <= 30 else None
    xaxis = {"title": {"text": "paragraph"}, "dtick": dtick}
    panel_title = {"xref": "paper", "yref": "paper", "y": 1.0, "yanchor": "bottom", "showarrow": False,
                   "font": {"size": 16}}
    return go.Figure(data=traces, layout=fixed_margins({
        "title": {"text": title}, "showlegend": True, "legend": {"orientation": "h", "y": -0.2},
        "bargap": 0.25, "height": 460,
        "xaxis": {**xaxis, "domain": [0.0, 0.6624], "anchor": "y"},
        "xaxis2": {**xaxis, "domain": [0.7424, 1.0], "anchor": "y2"},
        "yaxis": {"domain": [0.0, 1.0], "anchor": "x", "range": [-1.05, 1.05], "zeroline": True,
                  "zerolinecolor": EDGE_COLOR, "title": {"text": "score (-1 negative ... +1 positive)"}},
        "yaxis2": {"domain": [0.0, 1.0], "anchor": "x2", "range": [0, 1.05],
                   "title": {"text": "subjectivity (0 factual ... 1 opinion)"}},
        "annotations": [{**panel_title, "x": 0.3312, "text": "Polarity, VADER and tone (-1 to 1)"},
                        {**panel_title, "x": 0.8712, "text": "Subjectivity (0 to 1)"}],
    }, left=SCORE_AXIS_PX, right=20, top=80, bottom=TICK_PX + AXIS_TITLE_PX + 60))


def paragraph_dividers(sentences: pd.DataFrame) -> dict:
    """The x axis of a chart of sentences (x = sentence index): a dotted grid line where each
    paragraph begins, labelled with its number (``¶n``) to the right of the line. Grid lines and
    tick labels, not one shape and one annotation per paragraph: plotly lays those out one by
    one, a third of the chart's drawing time."""
    firsts = sentences.drop_duplicates("paragraph")
    return {"tickvals": [index - 0.5 for index in firsts["index"].tolist()],
            "ticktext": [f"¶{int(paragraph)}" for paragraph in firsts["paragraph"].tolist()],
            "ticklabelposition": "outside right", "showgrid": True, "griddash": "dot", "gridcolor": EDGE_COLOR,
            "gridwidth": 1, "zeroline": False}


def figure_sentence_tone(sentences: pd.DataFrame, *, compact: bool = False) -> go.Figure:
    """Each sentence becomes a point: position in the article against its tone; dotted lines
    divide the paragraphs. ``compact`` makes it a sparkline (the Overview's): small, no title,
    legend or dividers, the page naming the measure and the sentences it rests on. A long article
    gets windows of sentences (:func:`~analysis.charts.windows.figure_sentence_windows`)."""
    title = "" if compact else "Tone sentence by sentence"
    if sentences.empty:
        return _empty(title, "No sentences to show")
    if is_big(len(sentences)):
        return figure_sentence_windows(sentences, window_size(len(sentences)), compact=compact)
    tones = sentences["tone"].tolist()
    trace = go.Scatter(
        x=sentences["index"].tolist(), y=tones, mode="markers+lines", name=TONE_MEASURE,
        marker={"color": tones, "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1,
                "size": 6 if compact else 9, "line": {"color": EDGE_COLOR, "width": 0.5}},
        line={"color": JOIN_COLOR, "width": 1},
        customdata=list(zip(sentences["paragraph"].tolist(), [opening_words(t) for t in sentences["text"]])),
        hovertemplate="Sentence %{x} (paragraph %{customdata[0]})<br>Tone %{y:.2f}<br>"
                      "%{customdata[1]}<extra></extra>",
    )
    if compact:
        return go.Figure(data=[trace], layout=fixed_margins({
            "height": 130, "showlegend": False,
            "yaxis": {"range": [-1.05, 1.05], "tickvals": [-1, 0, 1], "fixedrange": True, "zeroline": True,
                      "zerolinecolor": EDGE_COLOR},
            "xaxis": {"fixedrange": True, "tickfont": {"size": 10}}}, left=36, right=8, top=8, bottom=24))
    return go.Figure(data=[trace], layout=fixed_margins({
        "title": {"text": title}, "showlegend": True,
        "xaxis": {"title": {"text": "sentences in reading order; dotted lines: where each paragraph begins"},
                  **paragraph_dividers(sentences)},
        "yaxis": {"title": {"text": "tone (-1 negative ... +1 positive)"}, "range": [-1.05, 1.05]},
        "height": 380, "legend": {"orientation": "h", "y": -0.25}},
        left=SCORE_AXIS_PX, right=20, top=80, bottom=TICK_PX + AXIS_TITLE_PX + 50))


def figure_voice_tone(sentences: pd.DataFrame) -> go.Figure:
    """Each sentence becomes a point of its tone, coloured by whose voice it is (author or attributed);
    a long article gets windows of each voice's sentences."""
    title = "Tone of the author's voice and of attributed voices"
    if sentences.empty:
        return _empty(title, "No sentences to show")
    if is_big(len(sentences)):
        return figure_voice_windows(sentences, window_size(len(sentences)))
    fig = go.Figure()
    for voice, color in VOICE_COLORS.items():
        part = sentences[sentences["voice"] == voice]
        fig.add_trace(go.Scatter(
            x=part["index"], y=part["tone"], mode="markers", name=voice,
            marker={"color": color, "size": 10, "symbol": "circle" if voice == "author" else "diamond"},
            customdata=list(zip(part["paragraph"], [opening_words(t) for t in part["text"]])),
            hovertemplate="Sentence %{x} (paragraph %{customdata[0]})<br>Tone %{y:.2f}<br>"
                          "%{customdata[1]}<extra>" + voice + "</extra>",
        ))
    fig.update_layout(fixed_margins({
        "title": title, "xaxis": {"title": {"text": "sentence (in reading order)"}},
        "yaxis": {"title": {"text": "tone (-1 negative ... +1 positive)"}, "range": [-1.05, 1.05]}, "height": 360},
        left=SCORE_AXIS_PX, right=VOICE_LEGEND_PX, top=80, bottom=TICK_PX + AXIS_TITLE_PX))
    return fig


def figure_sentiment_arcs(arcs: pd.DataFrame) -> go.Figure:
    """Each article becomes a line of paragraph tone over its relative position (0 start, 1 end)."""
    title = "Sentiment arcs"
    if arcs.empty:
        return _empty(title, "No articles to compare")
    fig = go.Figure()
    for i, (article, part) in enumerate(arcs.groupby("article", sort=False)):
        fig.add_trace(go.Scatter(
            x=part["position"], y=part["tone"], mode="lines+markers", name=label(article),
            line={"color": article_color(i), "width": 2},
            customdata=list(zip(part["paragraph"], [opening_words(t) for t in part["text"]])),
            hovertemplate="%{fullData.name}<br>paragraph %{customdata[0]}: tone %{y:.2f}<br>"
                          "%{customdata[1]}<extra></extra>",
        ))
    fig.update_layout(title=title, xaxis_title="position in the article (0 = start, 1 = end)",
                      yaxis_title="paragraph tone (-1 ... +1)", xaxis_range=[0, 1], yaxis_range=[-1.05, 1.05],
                      height=420, legend={"orientation": "h", "y": -0.25})
    return fig


def figure_share_of_voice(voice: pd.DataFrame) -> go.Figure:
    """Each entity becomes a group of bars, one per article: mentions per 1,000 words."""
    title = "Share of voice: mentions per 1,000 words"
    if voice.empty:
        return _empty(title, "No entities to compare")
    fig = go.Figure()
    for i, (article, part) in enumerate(voice.groupby("article", sort=False)):
        fig.add_trace(go.Bar(
            x=labels(part["entity"]), y=part["per_1000_words"], name=label(article),
            marker={"color": article_color(i)}, customdata=part["mentions"],
            hovertemplate="%{fullData.name}<br>%{x}: %{y:.1f} per 1,000 words (%{customdata} mentions)"
                          "<extra></extra>",
        ))
    fig.update_layout(title=title, barmode="group", xaxis_title="entity",
                      yaxis_title="mentions per 1,000 words", height=420,
                      legend={"orientation": "h", "y": -0.35})
    return fig


def figure_tone_over_time(timeline: pd.DataFrame) -> go.Figure:
    """Each dated document becomes a point: publication date against overall tone."""
    title = "Tone over publication date"
    if timeline.empty:
        return _empty(title, "No document states a publication date")
    fig = go.Figure(go.Scatter(
        x=timeline["published"], y=timeline["tone"], mode="markers+lines",
        marker={"color": timeline["tone"], "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1, "size": 9,
                "line": {"color": EDGE_COLOR, "width": 0.5}},
        line={"color": JOIN_COLOR, "width": 1}, customdata=labels(timeline["title"].fillna("(no title)")),
        hovertemplate="%{x|%Y-%m-%d}: tone %{y:.2f}<br>%{customdata}<extra></extra>",
    ))
    fig.update_layout(title=title, xaxis_title="publication date", yaxis_title="overall tone (-1 ... +1)",
                      yaxis_range=[-1.05, 1.05], height=380)
    return fig
