"""Parsed pieces of an article and the look-up from a character offset to its sentence.

Both the entity and the statement steps walk the same parsed text; this module holds the two
small shapes they share, so neither step imports the other.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import NamedTuple

import pandas as pd
from spacy.tokens import Doc


class Piece(NamedTuple):
    """A parsed piece of a paragraph (paragraph 0 is the title); offsets into its normalised text."""

    paragraph: int
    offset: int
    doc: Doc


class SentenceLocator:
    """Finds the sentence index (as in the sentences table) holding a paragraph offset.

    Offsets before a paragraph's first sentence map to that first sentence; a paragraph with no
    sentences (the title) maps to 0.
    """

    def __init__(self, sentences: pd.DataFrame) -> None:
        self._starts: dict[int, list[int]] = defaultdict(list)
        self._index: dict[int, list[int]] = defaultdict(list)
        for paragraph, start, index in zip(sentences["paragraph"].tolist(), sentences["start"].tolist(),
                                           sentences["index"].tolist()):
            self._starts[paragraph].append(start)
            self._index[paragraph].append(index)

    def __call__(self, paragraph: int, offset: int) -> int:
        starts = self._starts.get(paragraph)
        if not starts:
            return 0
        position = max(0, bisect.bisect_right(starts, offset) - 1)
        return self._index[paragraph][position]
