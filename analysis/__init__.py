"""Newsprism's analysis: article bytes in, pandas DataFrames out. Never imports streamlit.

    >>> from analysis import load, analyze
    >>> result = analyze(load(open("article.txt", "rb").read(), "article.txt"))
    >>> result.paragraphs[["index", "polarity", "tone"]]

Modules follow the flow: :mod:`~analysis.document` (loading, paragraphs),
:mod:`~analysis.sentiment`, :mod:`~analysis.analyze` (the :class:`Analysis`
and its column reference), :mod:`~analysis.charts` (plotly figures).
"""

from analysis.analyze import ANALYSIS_VERSION, Analysis, analyze
from analysis.document import Document, Paragraph, from_text, load
from analysis.errors import (DocumentTooLarge, EmptyDocument, NewsprismError, SharedLinkNotFound,
                             UnreadableDocument, UnsupportedFormat)
from analysis.sentiment import tone_of

__all__ = ["ANALYSIS_VERSION", "Analysis", "Document", "DocumentTooLarge", "EmptyDocument",
           "NewsprismError", "Paragraph", "SharedLinkNotFound", "UnreadableDocument",
           "UnsupportedFormat", "analyze", "from_text", "load", "tone_of"]
