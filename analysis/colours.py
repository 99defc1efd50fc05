"""The one colour map of the product: charts, article marks and legends all read it from here.

Colour-blind-safe palettes throughout: tone on ColorBrewer's RdBu (red negative, blue positive,
pale at 0); stance on its own BrBG (brown opposing, teal supporting), so a statement's stance is
never read as a paragraph's tone; entity types, compared articles and voices on Okabe-Ito. A
colour changed here changes on every page at once. The names of the entity types in words
(:data:`TYPE_NAMES`) live here too, beside their colours, so charts, tables and legends agree.
"""

from __future__ import annotations

#: Ends and middle of the tone scale: red for -1, near-white for 0, blue for +1.
NEGATIVE = "#b2182b"
NEUTRAL_TONE = "#f7f7f7"
POSITIVE = "#2166ac"

#: Diverging plotly colour scale for tone in [-1, 1] (ColorBrewer RdBu).
TONE_SCALE = [[0.0, NEGATIVE], [0.25, "#ef8a62"], [0.5, NEUTRAL_TONE], [0.75, "#67a9cf"], [1.0, POSITIVE]]

#: Stance of a statement (ColorBrewer BrBG, apart from the tone's red and blue); "mixed" marks a
#: sentence holding statements of several stances.
OPPOSE = "#a6611a"
SUPPORT = "#018571"
STANCE_COLORS = {"support": SUPPORT, "oppose": OPPOSE, "neutral": "#8c8c8c", "mixed": "#762a83"}

#: Net stance in [-1, 1] (oppose ... support), the same ends as the stance colours.
STANCE_SCALE = [[0.0, OPPOSE], [0.25, "#dfc27d"], [0.5, NEUTRAL_TONE], [0.75, "#80cdc1"], [1.0, SUPPORT]]

#: The entity types a reader sees, in words, in this order; every other spaCy label is "Other".
TYPE_NAMES = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Country or city", "NORP": "Group",
              "LOC": "Place", "EVENT": "Event", "OTHER": "Other"}
#: spaCy labels shown under another type's name: facilities (buildings, airports) are places.
_SAME_TYPE = {"FAC": "LOC"}

#: One colour per shown type (Okabe-Ito), "Other" grey.
TYPE_COLORS = {"PERSON": "#0072B2", "ORG": "#E69F00", "GPE": "#009E73", "NORP": "#CC79A7",
               "LOC": "#56B4E9", "EVENT": "#D55E00", "OTHER": "#999999"}
OTHER_TYPE_COLOR = TYPE_COLORS["OTHER"]

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


def type_key(entity_type: str) -> str:
    """The shown type of a spaCy label: a key of :data:`TYPE_NAMES` ("FAC" -> "LOC", "LAW" -> "OTHER")."""
    key = _SAME_TYPE.get(entity_type, entity_type)
    return key if key in TYPE_NAMES else "OTHER"


def type_name(entity_type: str) -> str:
    """An entity type in words, as every page shows it ("GPE" -> "Country or city", "LAW" -> "Other")."""
    return TYPE_NAMES[type_key(entity_type)]


def type_color(entity_type: str) -> str:
    """The colour of an entity type (its shown type's), grey for "Other"."""
    return TYPE_COLORS[type_key(entity_type)]


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
