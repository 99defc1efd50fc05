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


#: Generous width of one character of a tick label or legend entry (the 12 px chart font), in px.
CHAR_PX = 7.0
#: Height of a line of tick labels, and of an axis title with its distance from the ticks, in px.
TICK_PX, AXIS_TITLE_PX = 20, 44
#: Left margin of a score axis (ticks such as "-0.5" or "0.8") with its title, in px.
SCORE_AXIS_PX = 40 + AXIS_TITLE_PX


def text_px(texts) -> int:
    """Width in px the longest of ``texts`` takes as a tick label (escaped markup counted as shown)."""
    return int(CHAR_PX * max((len(html.unescape(str(t))) for t in texts), default=0))


def fixed_margins(layout: dict, *, left: int, right: int, top: int, bottom: int) -> dict:
    """``layout`` with margins set from what its labels need and every axis' ``automargin`` off.

    The Streamlit theme turns automargin on with no left or right margin, so plotly measures
    every tick label, pushes the margins and draws the whole figure again: about half the
    browser's drawing time. The figure functions size the margins from their own labels
    instead (:func:`text_px`); a legend or colour bar still pushes a margin it overflows.

    Tick labels may overflow (``ticklabeloverflow`` "allow"): plotly's default for a numeric axis
    measures every tick label to hide those past the figure's edge, a third of a chart's drawing
    time, when the margins already leave them room."""
    for name, axis in layout.items():
        if name.startswith(("xaxis", "yaxis")):
            axis["automargin"] = False
            axis.setdefault("ticklabeloverflow", "allow")
    return {**layout, "margin": {"l": left, "r": right, "t": top, "b": bottom}}
