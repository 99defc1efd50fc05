"""Paragraphs from lines: blank-line layouts, one paragraph per line, hard-wrapped text, line-end
hyphens. Shared by pasted text, text files and the PDF reader.

Every function here is linear in the length of the text: lines are grouped
first and each group joined once, never re-joined as it grows (a text of
hundreds of thousands of wrapped lines costs what the same bytes of prose cost).
"""

from __future__ import annotations

import functools
import glob
import importlib.util
import json
import logging
import os
import re

from analysis.boilerplate import Removed, furniture

log = logging.getLogger(__name__)

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A line that ends a sentence (or a quotation, a parenthesis, a list of items).
SENTENCE_END = re.compile(r"[.!?:;\"')\]\u201d\u2019]$")
_FIRST_WORD = re.compile(r"\S+")
_TRAILING_FRAGMENT = re.compile(r"([^\W\d_]+)-$")
_LEADING_FRAGMENT = re.compile(r"[^\W\d_]+")
#: A wire dateline standing alone on its line ("LONDON (Reuters) -", "GENEVA, March 3 --").
_DATELINE_ONLY = re.compile(r"[A-Z][A-Z.'\- ]{2,40}(?:,[^\n]{1,40}?)?(?: ?\([\w .'-]{1,30}\))?\s*"
                            r"(?:-{1,2}|\u2013|\u2014)")
_TEXTBLOB_WORDS = ("textblob", "en", "en-spelling.txt")


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words: the spaCy model's vocabulary and TextBlob's spelling list (both
    installed with Newsprism, read from disk once). Used to tell a word hyphenated at a line end
    ("contro-" + "versial") from a hyphenated compound ("fast-" + "track")."""
    words: set[str] = set()
    try:
        from analysis.nlp import MODEL_PACKAGES

        for package in MODEL_PACKAGES:
            spec = importlib.util.find_spec(package)
            if spec is None or not spec.submodule_search_locations:
                continue
            for path in glob.glob(os.path.join(spec.submodule_search_locations[0], "*", "vocab",
                                               "strings.json")):
                with open(path, encoding="utf-8") as handle:
                    words.update(s.lower() for s in json.load(handle) if s.isalpha())
        spec = importlib.util.find_spec(_TEXTBLOB_WORDS[0])
        if spec is not None and spec.submodule_search_locations:
            path = os.path.join(spec.submodule_search_locations[0], *_TEXTBLOB_WORDS[1:])
            with open(path, encoding="utf-8") as handle:
                words.update(line.split(" ", 1)[0].lower() for line in handle if not line.startswith(";"))
    except (OSError, ValueError, ImportError) as err:  # a word list is a help, not a requirement
        log.warning("no English word list for line-end hyphens: %s", err)
    return frozenset(words)


def _hyphen_joins(left: str, right: str) -> bool | None:
    """For a line ending in a hyphen: True to join the words without it, False to keep the hyphen
    and join without a space, None when the hyphen is not a line-end hyphen (a dash)."""
    match = _TRAILING_FRAGMENT.search(left)
    if match is None or not right[:1].isalpha():
        return None
    if right[:1].isupper():
        return False  # "Kimberly-" + "Clark": a compound name
    first = _LEADING_FRAGMENT.match(right)
    head, tail = match.group(1).lower(), first.group(0).lower() if first else ""
    words = english_words()
    if head + tail in words:
        return True
    if head in words and tail in words or not words:
        return False  # "fast-" + "track"
    return True  # neither half is a word: a long word cut in two


def join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines into one paragraph. A hyphen at a line end is dropped only when the
    joined word is a word ("contro-versial"); otherwise it is kept ("fast-track", "Kimberly-Clark")."""
    pieces: list[str] = []
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if pieces:
            joins = _hyphen_joins(pieces[-1], line)
            if joins is True:
                pieces[-1] = pieces[-1][:-1]
            pieces.append("" if joins is not None else " ")
        pieces.append(line)
    return re.sub(r" {2,}", " ", "".join(pieces))


def _width(lines: list[str]) -> int:
    """The wrap width of hard-wrapped lines, estimated from below (a long outlier line, a URL or a
    heading, must not make every short line look like a paragraph end)."""
    lengths = sorted(len(ln) for ln in lines)
    if len(lengths) >= 20:
        return lengths[int(0.95 * (len(lengths) - 1))]
    return lengths[-1]


def reflow(lines: list[str]) -> list[list[str]]:
    """Group hard-wrapped lines into paragraphs. A paragraph ends after a line when the next line's
    first word would have fitted on it (a wrapping program would have put it there), whether or
    not the next line starts with a capital; blank lines always end one."""
    stripped = [ln.strip() for ln in lines]
    nonblank = [ln for ln in stripped if ln]
    if not nonblank:
        return []
    width = _width(nonblank)
    groups: list[list[str]] = []
    current: list[str] = []
    for i, line in enumerate(stripped):
        if not line:
            if current:
                groups.append(current)
            current = []
            continue
        current.append(line)
        following = stripped[i + 1] if i + 1 < len(stripped) else ""
        first = _FIRST_WORD.match(following)
        if first and len(line) + 1 + len(first.group(0)) <= width:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width with no blank lines: most body lines end mid-sentence."""
    body = lines[1:-1]
    if len(body) < 3:
        return False
    open_ended = sum(1 for ln in body if not SENTENCE_END.search(ln))
    return open_ended / len(body) >= 0.6


def _without_furniture(lines: list[str], removed: list[Removed], *, edges_only: bool,
                       clean: set[str]) -> list[str]:
    """Lines that are page furniture dropped (recorded in ``removed``); with ``edges_only``, only
    leading and trailing ones and "Advertisement" lines, since a middle line of a wrapped block
    is part of a sentence. Lines found to be article text are added to ``clean``, so that a
    one-line paragraph is not checked twice (the check is most of the loader's time)."""
    reasons = [furniture(line) for line in lines]
    clean.update(line for line, reason in zip(lines, reasons) if reason is None)
    body = [i for i, reason in enumerate(reasons) if reason is None]
    first, last = (body[0], body[-1]) if body else (len(lines), -1)
    kept = []
    for i, (line, reason) in enumerate(zip(lines, reasons)):
        if reason and (not edges_only or i < first or i > last or reason == "advertisement"):
            removed.append(Removed(line.strip(), reason))
        else:
            kept.append(line)
    return kept


def _attach_datelines(blocks: list[str]) -> list[str]:
    """A wire dateline standing alone ("LONDON (Reuters) -") stays with its paragraph."""
    out: list[str] = []
    pending = ""
    for block in blocks:
        if _DATELINE_ONLY.fullmatch(block) and len(block) <= 80:
            pending = f"{pending} {block}".strip()
            continue
        out.append(f"{pending} {block}" if pending else block)
        pending = ""
    if pending:
        out.append(pending)
    return out


def looks_like_title(line: str, *, max_chars: int = 200, max_words: int = 30) -> bool:
    """A short line that does not end like a sentence."""
    line = line.strip()
    if not line or len(line) > max_chars or len(line.split()) > max_words:
        return False
    return not SENTENCE_END.search(line)


def _title_cased(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def paragraphs_of(text: str) -> tuple[list[str], list[Removed]]:
    """Paragraph blocks of a text, page furniture removed and recorded.

    Blank-line separated when the text has blank lines (lines inside a block
    are hard wraps and are joined; a title-cased first line with no final
    punctuation on top of the first block is split off); else one per line,
    unless most lines end mid-sentence: then the lines are a hard wrap,
    rejoined by :func:`reflow`. A dateline alone on its line joins the
    paragraph after it.
    """
    removed: list[Removed] = []
    clean: set[str] = set()
    text = text.strip("\n")
    if not text.strip():
        return [], removed
    if _BLANK_LINE.search(text):
        blocks = []
        for chunk in _BLANK_LINE.split(text):
            lines = [ln for ln in chunk.split("\n") if ln.strip()]
            lines = _without_furniture(lines, removed, edges_only=True, clean=clean)
            if not lines:
                continue
            if not blocks and len(lines) > 1 and looks_like_title(lines[0]) and _title_cased(lines[0]):
                blocks.append(lines[0].strip())
                lines = lines[1:]
            blocks.append(join_lines(lines))
    else:
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        lines = _without_furniture(lines, removed, edges_only=False, clean=clean)
        if hard_wrapped(lines):
            groups = reflow(lines)
        else:
            groups = []
            for line in lines:
                if groups and not SENTENCE_END.search(groups[-1][-1]) and line[:1].islower():
                    groups[-1].append(line)  # a wrapped line, not a new paragraph
                else:
                    groups.append([line])
        blocks = [join_lines(group) for group in groups]
    blocks = [b for b in blocks if b]
    kept = []
    for block in blocks:
        reason = None if block in clean else furniture(block)
        if reason:
            removed.append(Removed(block, reason))
        else:
            kept.append(block)
    return _attach_datelines(kept), removed
