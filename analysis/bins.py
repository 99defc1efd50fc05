"""Long articles drawn in windows: paragraphs and sentences grouped into consecutive runs, each
with its mean scores and counts, so a chart of a 5,000-paragraph article has about a hundred
bars or points instead of one per paragraph.

Above :data:`BIG` rows, charts of paragraphs or sentences (:mod:`analysis.charts`) draw
windows of :func:`window_size` rows; the pages also page the article view and cap the rows of
their tables (:data:`TABLE_ROWS`) with a note, the downloads staying complete.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

#: Above this many paragraphs (or sentences) a chart draws windows, not one mark per row.
BIG = 300
#: About how many windows a binned chart draws.
WINDOWS = 100
#: Rows a page's table shows at most (the download has them all).
TABLE_ROWS = 500
#: Paragraphs per page of the article view of a long article.
ARTICLE_PAGE = 100

SCORES = ("polarity", "subjectivity", "vader", "tone")


def is_big(rows: int) -> bool:
    """Whether a chart of so many paragraphs or sentences draws windows."""
    return rows > BIG


def window_size(rows: int, *, windows: int = WINDOWS) -> int:
    """Rows per window so that ``rows`` make at most ``windows`` windows (1 when not big)."""
    return max(1, math.ceil(rows / windows)) if is_big(rows) else 1


def _windows(frame: pd.DataFrame, size: int) -> np.ndarray:
    return np.arange(len(frame)) // size


def paragraph_windows(paragraphs: pd.DataFrame, size: int) -> pd.DataFrame:
    """Consecutive paragraphs in windows of ``size``: columns window, first and last (paragraph
    numbers), paragraphs (how many), words, disagree (how many flagged), and the mean of each
    score (tone weighted by words, as a paragraph's tone is by its sentences)."""
    frame = paragraphs.assign(window=_windows(paragraphs, size))
    groups = frame.groupby("window", sort=True)
    out = pd.DataFrame({"first": groups["index"].min(), "last": groups["index"].max(),
                        "paragraphs": groups.size()})
    if "n_words" in frame:
        out["words"] = groups["n_words"].sum()
    if "disagree" in frame:
        out["disagree"] = groups["disagree"].sum().astype(int)
    for column in SCORES:
        if column in frame:
            out[column] = groups[column].mean()
    if "tone" in frame and "n_words" in frame:
        weights = frame["n_words"].clip(lower=1)
        out["tone"] = (frame["tone"] * weights).groupby(frame["window"]).sum() / weights.groupby(frame["window"]).sum()
    return out.reset_index()


def sentence_windows(sentences: pd.DataFrame, size: int) -> pd.DataFrame:
    """Consecutive sentences in windows of ``size``: columns window, first and last (sentence
    numbers), first_paragraph, last_paragraph, sentences (how many), and their tone's mean,
    lowest and highest."""
    frame = sentences.assign(window=_windows(sentences, size))
    groups = frame.groupby("window", sort=True)
    return pd.DataFrame({
        "first": groups["index"].min(), "last": groups["index"].max(),
        "first_paragraph": groups["paragraph"].min(), "last_paragraph": groups["paragraph"].max(),
        "sentences": groups.size(), "tone": groups["tone"].mean(), "low": groups["tone"].min(),
        "high": groups["tone"].max(),
    }).reset_index()


def presence_windows(matrix: pd.DataFrame, size: int) -> pd.DataFrame:
    """A presence matrix (entities x paragraphs, column 0 the title) with its paragraph columns
    summed in windows of ``size``; the columns become labels ("title", "¶1-50", ...)."""
    title = matrix[[0]] if 0 in matrix.columns else None
    body = matrix[[c for c in matrix.columns if c != 0]]
    groups = np.arange(body.shape[1]) // size
    summed = body.T.groupby(groups).sum().T if body.shape[1] else body
    numbers = list(body.columns)
    names = []
    for start in range(0, len(numbers), size):
        part = numbers[start:start + size]
        names.append(f"¶{part[0]}" if len(part) == 1 else f"¶{part[0]}-{part[-1]}")
    summed.columns = names
    if title is not None:
        summed.insert(0, "title", title[0])
    return summed


def paragraph_range(paragraphs: int, page: int, *, per_page: int = ARTICLE_PAGE) -> tuple[int, int]:
    """The first and last paragraph numbers (1-based, inclusive) on page ``page`` (0-based) of
    the article view."""
    first = page * per_page + 1
    return first, min(paragraphs, first + per_page - 1)


def page_labels(paragraphs: int, *, per_page: int = ARTICLE_PAGE) -> list[str]:
    """The article view's pages as the picker names them: "¶1-100", "¶101-200", ..."""
    pages = max(1, math.ceil(paragraphs / per_page))
    return [f"¶{first}-{last}" for first, last in (paragraph_range(paragraphs, p, per_page=per_page)
                                                   for p in range(pages))]


def within(frame: pd.DataFrame, first: int, last: int, *, column: str = "paragraph") -> pd.DataFrame:
    """The rows of ``frame`` whose ``column`` (a paragraph number) lies in [first, last]."""
    values = frame[column]
    return frame[(values >= first) & (values <= last)]
