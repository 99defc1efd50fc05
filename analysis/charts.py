"""Plotly figures: a DataFrame in, a ``go.Figure`` out. No streamlit, no ``.show()``, input untouched.

Colours come from :mod:`analysis.colours`, the map the article's marks use too: tone on a
diverging red-blue scale, stances, entity types, voices and compared articles each with their
own fixed colours. An empty frame gives an annotated empty figure, not an exception.

Plotly renders a subset of HTML in labels, hover text and legends (``<a href>``, ``<span
style>``...), so every string taken from an article or a file name goes through :func:`label`
(HTML-escaped; plotly shows ``&lt;`` as ``<``) before it reaches a figure, and is never put
into a ``hovertemplate`` (plotly would read ``%{...}`` in it): templates are fixed text.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analysis.colours import (EDGE_COLOR, JOIN_COLOR, LINE_COLORS, STANCE_SCALE, TONE_SCALE, VOICE_COLORS,
                              article_color, type_color)


def label(text) -> str:
    """A user-derived string made safe for a plotly label, hover or legend: HTML-escaped, so
    markup in a name is shown as written rather than rendered."""
    return html.escape(str(text), quote=False)


def labels(values) -> list[str]:
    """:func:`label` of each value (for an axis' categories or a trace's customdata)."""
    return [label(v) for v in values]


def _empty(title: str, message: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False})
    fig.add_annotation(text=message, showarrow=False, font={"size": 14})
    return fig


def opening_words(text: str, *, width: int = 80) -> str:
    """The first words of a paragraph, for hover labels (wrapped to ``width`` characters)."""
    lines = textwrap.wrap(textwrap.shorten(text, width=2 * width, placeholder=" ..."), width=width)
    return "<br>".join(label(line) for line in lines)


def figure_paragraph_sentiment(paragraphs: pd.DataFrame, *, show_vader: bool = True,
                               show_tone: bool = True) -> go.Figure:
    """Each paragraph becomes a polarity bar (diverging colour) and a subjectivity bar beside it;
    VADER and tone are lines over the polarity bars, toggled by the options or the legend."""
    title = "Sentiment by paragraph"
    if paragraphs.empty:
        return _empty(title, "No paragraphs to show")
    hover = [opening_words(t) for t in paragraphs["text"]]
    fig = make_subplots(rows=1, cols=2, column_widths=[0.72, 0.28], horizontal_spacing=0.08,
                        subplot_titles=("Polarity, VADER and tone (-1 to 1)", "Subjectivity (0 to 1)"))
    fig.add_trace(go.Bar(
        x=paragraphs["index"], y=paragraphs["polarity"], name="TextBlob polarity", showlegend=False,
        marker={"color": paragraphs["polarity"], "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1,
                "line": {"color": EDGE_COLOR, "width": 1}},
        customdata=hover,
        hovertemplate="Paragraph %{x}<br>Polarity %{y:.2f}<br>%{customdata}<extra></extra>",
    ), row=1, col=1)
    for column, label, shown in (("vader", "VADER compound", show_vader), ("tone", "Tone (combined)", show_tone)):
        if shown:
            fig.add_trace(go.Scatter(
                x=paragraphs["index"], y=paragraphs[column], name=label, mode="lines+markers",
                line={"color": LINE_COLORS[column], "width": 2}, customdata=hover,
                hovertemplate=f"Paragraph %{{x}}<br>{label} %{{y:.2f}}<br>%{{customdata}}<extra></extra>",
            ), row=1, col=1)
    fig.add_trace(go.Bar(
        x=paragraphs["index"], y=paragraphs["subjectivity"], name="TextBlob subjectivity", showlegend=False,
        marker={"color": LINE_COLORS["subjectivity"]}, customdata=hover,
        hovertemplate="Paragraph %{x}<br>Subjectivity %{y:.2f}<br>%{customdata}<extra></extra>",
    ), row=1, col=2)
    fig.update_yaxes(range=[-1.05, 1.05], title_text="score (-1 negative ... +1 positive)",
                     zeroline=True, zerolinecolor=EDGE_COLOR, row=1, col=1)
    fig.update_yaxes(range=[0, 1.05], title_text="subjectivity (0 factual ... 1 opinion)", row=1, col=2)
    fig.update_xaxes(title_text="paragraph", dtick=1 if len(paragraphs) <= 30 else None)
    fig.update_layout(title=title, legend={"orientation": "h", "y": -0.2, "title_text": "lines:"},
                      bargap=0.25,
                      margin={"t": 80, "b": 40}, height=460)
    return fig


def figure_sentence_tone(sentences: pd.DataFrame) -> go.Figure:
    """Each sentence becomes a point: position in the article against its tone."""
    title = "Tone sentence by sentence"
    if sentences.empty:
        return _empty(title, "No sentences to show")
    fig = go.Figure(go.Scatter(
        x=sentences["index"], y=sentences["tone"], mode="markers+lines",
        marker={"color": sentences["tone"], "colorscale": TONE_SCALE, "cmin": -1, "cmax": 1, "size": 9,
                "line": {"color": EDGE_COLOR, "width": 0.5}},
        line={"color": JOIN_COLOR, "width": 1},
        customdata=list(zip(sentences["paragraph"], [opening_words(t) for t in sentences["text"]])),
        hovertemplate="Sentence %{x} (paragraph %{customdata[0]})<br>Tone %{y:.2f}<br>"
                      "%{customdata[1]}<extra></extra>",
    ))
    fig.update_layout(title=title, xaxis_title="sentence (in reading order)",
                      yaxis_title="tone (-1 negative ... +1 positive)", yaxis_range=[-1.05, 1.05],
                      height=360)
    return fig


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


def figure_voice_tone(sentences: pd.DataFrame) -> go.Figure:
    """Each sentence becomes a point of its tone, coloured by whose voice it is (author or attributed)."""
    title = "Tone of the author's voice and of attributed voices"
    if sentences.empty:
        return _empty(title, "No sentences to show")
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
    fig.update_layout(title=title, xaxis_title="sentence (in reading order)",
                      yaxis_title="tone (-1 negative ... +1 positive)", yaxis_range=[-1.05, 1.05], height=360)
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
