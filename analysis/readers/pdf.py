"""PDF: the article rebuilt from the page layout.

A newspaper PDF is a set of positioned words. pdfplumber (pdfminer) gives each
word its position and type size; from them this reader

* finds the columns of each page and reads them in order (full-width lines,
  such as the headline, break the flow);
* removes running headers and footers (the same line at the top or bottom of
  several pages, digits aside), page numbers, and a footer set apart in small
  type at the bottom of a page;
* takes the title from the largest type on page one (a two-line headline is
  one title), or the metadata title when it matches the text;
* removes text in type smaller than the body's (captions, credits) or larger
  and set apart (standfirsts, pull quotes), and short blocks repeating the body
  (pull quotes);
* rebuilds paragraphs from vertical gaps, first-line indents and short last
  lines, across line, column and page breaks; a hyphen at a line end is joined
  only when the joined word is a word (see :func:`analysis.layout.join_lines`).

Everything removed is recorded with its reason. A PDF pdfplumber cannot lay
out falls back to pypdf's plain text.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from typing import NamedTuple

from analysis.boilerplate import Removed, furniture
from analysis.errors import DocumentTooLarge, EmptyDocument, UnreadableDocument
from analysis.layout import SENTENCE_END, join_lines, paragraphs_of
from analysis.readers.base import Budget, Extracted

log = logging.getLogger(__name__)

#: Most pages read from one PDF (env-free: a news article is a few pages).
MAX_PAGES = 300
_MARGIN_ZONE = 0.09  # running headers and footers sit in the top and bottom 9 % of the page
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})
_ITALIC = re.compile(r"italic|oblique", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"(?:page\s*)?[-\u2013]?\s*\d{1,4}\s*[-\u2013]?(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)


class Line(NamedTuple):
    """One line of text on one page, within one column."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    column: int  # 0 full width or single column, 1 left, 2 right
    italic: bool = False


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped in rows by their vertical position, each row sorted left to right."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= 0.4 * max(word["size"], 1):
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _segments(row: list[dict]) -> list[list[dict]]:
    """A row cut where the gap between two words is wider than two type sizes (a column gutter)."""
    segments = [[row[0]]]
    for word in row[1:]:
        if word["x0"] - segments[-1][-1]["x1"] > 2.0 * max(word["size"], 1):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _gutter(rows: list[list[list[dict]]], width: float) -> float | None:
    """The x of the gap between two columns: the middle of the widest band of the page's middle
    crossed by the fewest lines (only lines across both columns, such as a headline, may cross it),
    with lines on each side. Columns need not share baselines."""
    spans = [(s[0]["x0"], s[-1]["x1"]) for segments in rows for s in segments]
    if len(spans) < 6:
        return None
    xs = [0.3 * width + k * (0.4 * width / 200) for k in range(201)]
    counts = [sum(1 for x0, x1 in spans if x0 < x < x1) for x in xs]
    fewest = min(counts)
    if fewest > max(3, len(spans) // 8):
        return None
    tolerated = fewest + max(1, len(spans) // 40)  # a stray word poking into the gutter
    best, best_width, run_start = None, -1.0, None
    for x, count in zip(xs, counts):
        if count <= tolerated:
            run_start = x if run_start is None else run_start
            if x - run_start > best_width:
                best_width, best = x - run_start, (run_start + x) / 2
        else:
            run_start = None
    left = sum(1 for _x0, x1 in spans if x1 <= best)
    right = sum(1 for x0, _x1 in spans if x0 >= best)
    return best if left >= 3 and right >= 3 and best_width >= 4 else None


def _line(words: list[dict], page: int, column: int) -> Line:
    text = " ".join(w["text"] for w in words).translate(_LIGATURES)
    sizes = [w["size"] for w in words for _ in w["text"]]
    italic = all(_ITALIC.search(w.get("fontname") or "") for w in words)
    return Line(text, page, words[0]["x0"], words[-1]["x1"], min(w["top"] for w in words),
                max(w["bottom"] for w in words), round(statistics.median(sizes), 1), column, italic)


def _page_lines(page, number: int) -> list[Line]:
    """The page's lines in reading order: full-width lines in place, columns one after the other
    between them."""
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=False)
    if not words:
        return []
    rows = [_segments(row) for row in _rows(words)]
    gutter = _gutter(rows, float(page.width))
    ordered: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for segments in rows:
        if gutter is None:
            ordered += [_line(s, number, 0) for s in segments]
            continue
        spanning = any(s[0]["x0"] < gutter < s[-1]["x1"] for s in segments)
        if spanning:
            ordered += left + right
            left, right = [], []
            ordered.append(_line([w for s in segments for w in s], number, 0))
            continue
        for s in segments:
            (left if s[-1]["x1"] <= gutter else right).append(_line(s, number, 1 if s[-1]["x1"] <= gutter else 2))
    return ordered + left + right


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _furniture_lines(pages: list[list[Line]], heights: list[float]) -> dict[tuple[int, int], str]:
    """Running headers and footers, page numbers and set-apart footers: (page, index) -> reason."""
    found: dict[tuple[int, int], str] = {}
    in_zone: dict[tuple[int, int], str] = {}
    for p, lines in enumerate(pages):
        for i, line in enumerate(lines):
            if line.top < _MARGIN_ZONE * heights[p] or line.bottom > (1 - _MARGIN_ZONE) * heights[p]:
                in_zone[(p, i)] = _key(line.text)
    pages_of: dict[str, set[int]] = {}
    for (p, _i), key in in_zone.items():
        pages_of.setdefault(key, set()).add(p)
    pages_with = {key: len(found_on) for key, found_on in pages_of.items()}
    body = _body_size(pages)
    for (p, i), key in in_zone.items():
        text = pages[p][i].text
        if _PAGE_NUMBER.fullmatch(text.strip()):
            found[(p, i)] = "page number"
        elif len(pages) > 1 and pages_with[key] >= 2:
            found[(p, i)] = "running header or footer"
        elif pages[p][i].size < 0.95 * body:
            found[(p, i)] = "page header or footer"
    for p, lines in enumerate(pages):
        if not lines:
            continue
        tops = sorted(range(len(lines)), key=lambda i: lines[i].top)
        spacing = _spacing(lines)
        # A footer: the lowest lines, in small type, set apart from the text above by a wide gap.
        for k in range(len(tops) - 1, 0, -1):
            i, above = tops[k], tops[k - 1]
            line = lines[i]
            if (p, i) in found:
                continue
            if line.size < 0.95 * body and line.top - lines[above].bottom > 1.5 * spacing \
                    and line.top > 0.75 * heights[p]:
                for j in tops[k:]:
                    found.setdefault((p, j), "page footer")
                break
            if line.top < 0.75 * heights[p]:
                break
    return found


def _body_size(pages: list[list[Line]]) -> float:
    sizes = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _spacing(lines: list[Line]) -> float:
    """The distance from one line's top to the next inside a paragraph: the lower quartile of the
    steps between lines of one column (steps between paragraphs are longer, and with short
    paragraphs they can be as many as the steps inside them)."""
    steps = sorted(b.top - a.top for a, b in zip(lines, lines[1:])
                   if b.column == a.column and b.page == a.page and 0.5 * a.size < b.top - a.top
                   and abs(a.size - b.size) < 0.5)
    return steps[len(steps) // 4] if steps else 14.0


def _paragraphs(lines: list[Line], body: float) -> list[list[Line]]:
    """Body lines grouped into paragraphs across line, column and page breaks."""
    spacing = _spacing(lines)
    lefts: dict[tuple[int, int], float] = {}
    rights: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, line.column)
        lefts[key] = min(lefts.get(key, line.x0), line.x0)
        rights[key] = max(rights.get(key, line.x1), line.x1)
    groups: list[list[Line]] = []
    for line in lines:
        if not groups:
            groups.append([line])
            continue
        prev = groups[-1][-1]
        key, prev_key = (line.page, line.column), (prev.page, prev.column)
        indent = line.x0 - lefts[key] > 1.2 * line.size
        short_end = SENTENCE_END.search(prev.text) and rights[prev_key] - prev.x1 > 2.5 * prev.size
        if key == prev_key and line.top > prev.top:
            new = line.top - prev.top > 1.45 * spacing or indent or short_end
        else:  # a column or page break: the paragraph goes on unless it visibly ended
            new = indent or short_end or abs(line.size - prev.size) >= 0.5
        if abs(line.size - prev.size) >= 0.5:
            new = True
        if new:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _layout_text(pdf, *, name: str, budget: Budget, meta_title: str | None):
    """(paragraphs, title, removed) from pdfplumber's words."""
    pages, heights = [], []
    for number, page in enumerate(pdf.pages[:MAX_PAGES]):
        lines = _page_lines(page, number)
        for line in lines:
            budget.chars += len(line.text) + 1
        budget.add("")
        pages.append(lines)
        heights.append(float(page.height))
    removed: list[Removed] = []
    furniture_at = _furniture_lines(pages, heights)
    body_size = _body_size([[ln for i, ln in enumerate(lines) if (p, i) not in furniture_at]
                            for p, lines in enumerate(pages)])
    kept: list[Line] = []
    for p, lines in enumerate(pages):
        for i, line in enumerate(lines):
            if (p, i) in furniture_at:
                removed.append(Removed(line.text, furniture_at[(p, i)]))
            else:
                kept.append(line)
    title = None
    first_page = [ln for ln in kept if ln.page == 0]
    largest = max((ln.size for ln in first_page), default=0)
    if largest >= 1.15 * body_size:
        title_lines = []
        for line in first_page:
            if abs(line.size - largest) < 0.5:
                title_lines.append(line)
            elif title_lines:
                break
        title = join_lines([ln.text for ln in title_lines])
        top = min(ln.top for ln in title_lines)
        for line in kept:  # a masthead or section line above the headline is the page's, not the article's
            if line.page == 0 and line.bottom <= top and line not in title_lines:
                removed.append(Removed(line.text, furniture(line.text) or "page header"))
        kept = [ln for ln in kept if ln not in title_lines and not (ln.page == 0 and ln.bottom <= top)]
    elif meta_title:
        title = meta_title
    body_lines = []
    previous = None  # the last removed line, to group a caption's lines back together
    for line in kept:
        reason = None
        if line.size < 0.92 * body_size:
            reason = furniture(line.text) or "caption or small print"
        elif line.size > 1.08 * body_size:
            reason = furniture(line.text) or "standfirst or pull quote"
        if reason is None:
            body_lines.append(line)
            previous = None
            continue
        if previous is not None and previous[0] == reason and previous[1].page == line.page \
                and previous[1].column == line.column and line.top - previous[1].bottom < line.size:
            removed[-1] = Removed(join_lines([removed[-1].text, line.text]), reason)
        else:
            removed.append(Removed(line.text, reason))
        previous = (reason, line)
    groups = _paragraphs(body_lines, body_size)
    mostly_roman = sum(ln.italic for ln in body_lines) < 0.5 * max(1, len(body_lines))
    paragraphs = []
    for group in groups:
        text = join_lines([ln.text for ln in group])
        if mostly_roman and len(groups) > 1 and all(ln.italic for ln in group) and len(group) <= 4 \
                and len(text.split()) <= 60:
            removed.append(Removed(text, furniture(text) or "caption (set apart in italics)"))
        else:
            paragraphs.append(text)
    return _merge_removed(paragraphs, removed), title


def _merge_removed(paragraphs: list[str], removed: list[Removed]) -> tuple[list[str], list[Removed]]:
    """Removed lines grouped back into their blocks, and short paragraphs repeating the body
    (pull quotes) removed."""
    merged = list(removed)
    kept = []
    keys = [" ".join(re.findall(r"\w+", p.lower())) for p in paragraphs]
    for paragraph, words in zip(paragraphs, keys):
        if len(paragraphs) <= 500 and len(paragraph.split()) <= 30 and len(words) > 20 \
                and any(words in other and len(words) < 0.8 * len(other) for other in keys):
            merged.append(Removed(paragraph, "pull quote (repeats the text)"))
        else:
            kept.append(paragraph)
    return kept, merged


def read_pdf(data: bytes, *, name: str, max_chars: int | None = None) -> Extracted:
    """The article of a PDF's text layer. Encrypted files open when they have an empty user password."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair warnings are not the reader's
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    budget = Budget(name, max_chars=max_chars)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(f"{name}: the PDF is password-protected; remove the password "
                                     "and upload it again.")
        meta_title = (reader.metadata.title if reader.metadata else None) or None
        n_pages = len(reader.pages)
    except UnreadableDocument:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError,
            NotImplementedError, RecursionError, IndexError, AssertionError, ZeroDivisionError) as err:
        raise UnreadableDocument(f"{name}: the PDF is damaged or not a PDF ({type(err).__name__}).") from err
    warnings: tuple[str, ...] = ()
    if n_pages > MAX_PAGES:
        warnings = (f"Only the first {MAX_PAGES} of the PDF's {n_pages} pages were read.",)
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            (paragraphs, removed), title = _layout_text(pdf, name=name, budget=budget,
                                                         meta_title=meta_title)
    except (UnreadableDocument, DocumentTooLarge):
        raise
    except Exception as err:  # pdfminer raises many kinds; pypdf's text is the fallback
        log.info("pdf layout failed (%s); using pypdf's text", err)
        paragraphs, removed, title = _plain_text(reader, budget=budget), [], None
    if not any(p.strip() for p in paragraphs) and not title:
        raise EmptyDocument(f"{name}: the PDF has no text layer (a scan or images only); "
                            "Newsprism does not read text from images.")
    if meta_title and title is None and paragraphs and _same(paragraphs[0], meta_title):
        title, paragraphs = meta_title, paragraphs[1:]
    elif meta_title and title and _same(title, meta_title):
        title = meta_title
    return Extracted("\n\n".join(paragraphs), title, None, warnings, removed=tuple(removed))


def _same(first: str, second: str) -> bool:
    return re.findall(r"\w+", first.lower()) == re.findall(r"\w+", second.lower())


def _plain_text(reader, *, budget: Budget) -> list[str]:
    """pypdf's text of every page, reflowed: the fallback when the layout cannot be read."""
    texts = []
    for page in reader.pages[:MAX_PAGES]:
        text = page.extract_text() or ""
        budget.chars += len(text)
        budget.add("")
        texts.append(text)
    blocks, _removed = paragraphs_of("\n\n".join(texts))
    return [b for b in blocks if furniture(b) is None]
