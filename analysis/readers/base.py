"""What every reader returns, and the limits every reader checks while it extracts."""

from __future__ import annotations

import os
from typing import NamedTuple

from analysis.boilerplate import Removed
from analysis.errors import DocumentTooLarge

#: Longest text the loader accepts, in characters after extraction (env ``NEWSPRISM_MAX_CHARS``).
MAX_CHARS = int(os.environ.get("NEWSPRISM_MAX_CHARS", 2_000_000))
#: Most paragraphs a file may hold (env ``NEWSPRISM_MAX_PARAGRAPHS``): the analysis costs per
#: paragraph, so a file of a million one-letter paragraphs is refused while it is being read.
MAX_PARAGRAPHS = int(os.environ.get("NEWSPRISM_MAX_PARAGRAPHS", 100_000))


class Extracted(NamedTuple):
    """What a reader found: the text (paragraphs split by blank lines), a title if the format marks
    one, the encoding, warnings for the reader, the publication date (YYYY-MM-DD) and author when
    the file states them, and what was left out of the text, each with its reason."""

    text: str
    title: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    published: str | None = None
    author: str | None = None
    removed: tuple[Removed, ...] = ()


class Budget:
    """Counts characters and paragraphs as a reader collects them and refuses the file as soon as
    it is over a limit, so a huge file costs no more than the limit before it is refused."""

    def __init__(self, name: str, *, max_chars: int | None) -> None:
        self.name = name
        self.max_chars = MAX_CHARS if max_chars is None else max_chars
        self.chars = 0
        self.paragraphs = 0

    def add(self, text: str) -> str:
        """Count one paragraph of ``text``; return it."""
        self.chars += len(text) + 2
        self.paragraphs += 1
        check_size(self.name, chars=self.chars, paragraphs=self.paragraphs, max_chars=self.max_chars)
        return text


def check_size(name: str, *, chars: int, paragraphs: int, max_chars: int) -> None:
    """Raise DocumentTooLarge when a text is over the character or paragraph limit."""
    if chars > max_chars:
        raise DocumentTooLarge(
            f"{name}: the text is over {max_chars:,} characters long; Newsprism analyses at most "
            f"{max_chars:,} characters (set NEWSPRISM_MAX_CHARS to change the limit).")
    if paragraphs > MAX_PARAGRAPHS:
        raise DocumentTooLarge(
            f"{name}: the text has over {MAX_PARAGRAPHS:,} paragraphs; Newsprism analyses at most "
            f"{MAX_PARAGRAPHS:,} (set NEWSPRISM_MAX_PARAGRAPHS to change the limit).")
