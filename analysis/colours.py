"""The one colour map of the product: charts, article marks and legends all read it from here.

Colour-blind-safe palettes throughout: tone and stance on ColorBrewer's RdBu (red negative or
opposing, blue positive or supporting, pale at 0), entity types, compared articles and voices
on Okabe-Ito. A colour changed here changes on every page at once.
"""

from __future__ import annotations

#: Ends and middle of the tone scale: red for -1, near-white for 0, blue for +1.
NEGATIVE = "#b2182b"
NEUTRAL_TONE = "#f7f7f7"
POSITIVE = "#2166ac"

#: Diverging plotly colour scale for tone in [-1, 1] (ColorBrewer RdBu).
TONE_SCALE = [[0.0, NEGATIVE], [0.25, "#ef8a62"], [0.5, NEUTRAL_TONE], [0.75, "#67a9cf"], [1.0, POSITIVE]]

#: Stance of a statement; "mixed" marks a sentence holding statements of several stances.
STANCE_COLORS = {"support": POSITIVE, "oppose": NEGATIVE, "neutral": "#8c8c8c", "mixed": "#762a83"}

#: Net stance in [-1, 1] (oppose ... support), the same ends as the stance colours.
STANCE_SCALE = [[0.0, STANCE_COLORS["oppose"]], [0.5, NEUTRAL_TONE], [1.0, STANCE_COLORS["support"]]]

#: One colour per entity type (Okabe-Ito); types not listed get :data:`OTHER_TYPE_COLOR`.
TYPE_COLORS = {"PERSON": "#0072B2", "ORG": "#E69F00", "GPE": "#009E73", "NORP": "#CC79A7",
               "LOC": "#56B4E9", "FAC": "#56B4E9", "EVENT": "#D55E00", "PRODUCT": "#999999",
               "LAW": "#999999", "WORK_OF_ART": "#999999", "LANGUAGE": "#F0E442"}
OTHER_TYPE_COLOR = "#999999"

#: Lines drawn over the polarity bars, and the subjectivity bars.
LINE_COLORS = {"vader": "#e08214", "tone": "#542788", "subjectivity": "#7f7f7f"}

#: Whose voice a sentence is in: the author's own, or a quoted or reported one.
VOICE_COLORS = {"author": "#4d4d4d", "attributed": "#e08214"}

#: Articles compared side by side, in the reader's order (cycled past five).
ARTICLE_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"]

#: Outlines of bars and markers, and the thin line joining points in reading or date order.
EDGE_COLOR = "#444444"
JOIN_COLOR = "#bbbbbb"

#: Marks on a highlighted mention with no entity type (a search hit).
HIGHLIGHT_COLOR = "#ffd700"


def type_color(entity_type: str) -> str:
    """The colour of an entity type, :data:`OTHER_TYPE_COLOR` for a type without its own."""
    return TYPE_COLORS.get(entity_type, OTHER_TYPE_COLOR)


def article_color(position: int) -> str:
    """The colour of the article at ``position`` (0-based) in a comparison; cycles past five."""
    return ARTICLE_COLORS[position % len(ARTICLE_COLORS)]


def rgba(color: str, alpha: float) -> str:
    """A ``#rrggbb`` colour as CSS ``rgba(r, g, b, alpha)``, alpha rounded to two decimals.

    Raises ValueError for anything but a six-digit hex colour.
    """
    if len(color) != 7 or not color.startswith("#"):
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha:.2f})"


def tone_background(tone: float) -> str:
    """A CSS background for a tone in [-1, 1]: blue for positive, red for negative, stronger with
    the tone's size (at most 0.35 opaque), transparent at 0 so text stays readable in any theme."""
    strength = min(1.0, abs(float(tone))) * 0.35
    return rgba(POSITIVE if tone > 0 else NEGATIVE, strength)
