"""What every chart shares: user strings made safe for plotly, the empty figure, hover snippets."""

from __future__ import annotations

import html
import textwrap

import plotly.graph_objects as go


def label(text) -> str:
    """A user-derived string made safe for a plotly label, hover or legend: HTML-escaped, so
    markup in a name is shown as written rather than rendered."""
    return html.escape(str(text), quote=False)


def labels(values) -> list[str]:
    """:func:`label` of each value (for an axis' categories or a trace's customdata)."""
    return [label(v) for v in values]


def empty(title: str, message: str) -> go.Figure:
    """A figure with no data: its title and a centred message saying why."""
    fig = go.Figure()
    fig.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False})
    fig.add_annotation(text=message, showarrow=False, font={"size": 14})
    return fig


def opening_words(text: str, *, width: int = 80) -> str:
    """The first words of a paragraph, for hover labels (wrapped to ``width`` characters)."""
    lines = textwrap.wrap(textwrap.shorten(text, width=2 * width, placeholder=" ..."), width=width)
    return "<br>".join(label(line) for line in lines)
