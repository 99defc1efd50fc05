"""Plotly figures: a DataFrame in, a ``go.Figure`` out. No streamlit, no ``.show()``, input untouched.

Colours come from :mod:`analysis.colours`, the map the article's marks use too: tone on a
diverging red-blue scale, stances, entity types, voices and compared articles each with their
own fixed colours. An empty frame gives an annotated empty figure, not an exception.

Plotly renders a subset of HTML in labels, hover text and legends (``<a href>``, ``<span
style>``...), so every string taken from an article or a file name goes through :func:`label`
(HTML-escaped; plotly shows ``&lt;`` as ``<``) before it reaches a figure, and is never put
into a ``hovertemplate`` (plotly would read ``%{...}`` in it): templates are fixed text.
"""


from analysis.charts.base import label, labels, opening_words
from analysis.charts.people import (
                                   figure_cooccurrence,
                                   figure_entity_mentions,
                                   figure_entity_tone,
                                   figure_presence,
                                   figure_stance_matrix,
)
from analysis.charts.tone import (
                                   figure_paragraph_sentiment,
                                   figure_sentence_tone,
                                   figure_sentiment_arcs,
                                   figure_share_of_voice,
                                   figure_tone_over_time,
                                   figure_voice_tone,
)

__all__ = [
                                   "figure_cooccurrence",
                                   "figure_entity_mentions",
                                   "figure_entity_tone",
                                   "figure_paragraph_sentiment",
                                   "figure_presence",
                                   "figure_sentence_tone",
                                   "figure_sentiment_arcs",
                                   "figure_share_of_voice",
                                   "figure_stance_matrix",
                                   "figure_tone_over_time",
                                   "figure_voice_tone",
                                   "label",
                                   "labels",
                                   "opening_words",
]
