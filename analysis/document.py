"""From uploaded bytes to a :class:`Document`: decoding, normalisation, title and paragraphs.

``load(data, name)`` is the only entry point the rest of Newsprism needs. The
format is taken from the file's content where it can be recognised (a PDF
named ``.txt`` is still read as a PDF) and from its extension otherwise; the
text encoding is always detected from the bytes.

Two versions of every paragraph are kept, of the same length character for
character: ``display`` holds the article's own characters (curly quotes,
dashes) for showing to people, and ``text`` the normalised form the analysis
reads (straight quotes and apostrophes, ASCII hyphens, plain spaces). Because
normalisation maps one character to one character, an offset into ``text`` is
an offset into ``display`` too.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field

from analysis import readers
from analysis.boilerplate import Removed
from analysis.errors import DocumentTooLarge, EmptyDocument, UnsupportedFormat
from analysis.layout import join_lines, looks_like_title, paragraphs_of

#: Largest upload the loader accepts, in bytes (env ``NEWSPRISM_MAX_BYTES``).
MAX_BYTES = int(os.environ.get("NEWSPRISM_MAX_BYTES", 20 * 1024 * 1024))
#: Longest text the loader accepts, in characters after extraction (env ``NEWSPRISM_MAX_CHARS``).
MAX_CHARS = readers.base.MAX_CHARS

#: File extensions the loader reads, mapped to the reader used for them.
EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}

# One-to-one character normalisation: offsets stay valid between display and text.
_NORMALISE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
})
# Invisible characters dropped everywhere: zero-width marks, bidi controls, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c"
                                     "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                     "\u2066\u2067\u2068\u2069"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph: ``text`` for analysis, ``display`` as written (same length)."""

    index: int
    text: str
    display: str


@dataclass(frozen=True)
class Document:
    """An article as Newsprism reads it.

    title: the detected title, or None. paragraphs: body paragraphs, numbered
    from 1, the title excluded. source: file name, format and encoding.
    published: the publication date (YYYY-MM-DD) when the file states one (HTML
    metadata, or a "Date: ..." line at the top of a text, which is then dropped).
    author: the author when the file states one (HTML metadata, Markdown front
    matter, DOCX properties). removed: what was read but left out of the
    paragraphs, each with its reason (bylines, captions, page headers, ...).
    """

    title: str | None
    paragraphs: tuple[Paragraph, ...]
    name: str = "pasted text"
    format: str = "text"
    encoding: str | None = None
    title_display: str | None = None
    warnings: tuple[str, ...] = field(default=())
    published: str | None = None
    author: str | None = None
    removed: tuple[Removed, ...] = field(default=())

    @property
    def text(self) -> str:
        """The normalised body, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)


def normalise(text: str) -> str:
    """Straight quotes, ASCII hyphens and plain spaces; one character in, one out."""
    return text.translate(_NORMALISE)


def clean(text: str) -> str:
    """Unicode NFC, Unix newlines, no control or invisible characters, no trailing spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_INVISIBLE)
    text = text.replace("\t", " ")
    text = _CONTROL.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def split_blocks(text: str) -> list[str]:
    """Paragraph blocks of a cleaned text, page furniture left out (see
    :func:`analysis.layout.paragraphs_of`, which also says what was left out)."""
    return paragraphs_of(text)[0]


def build_document(text: str, *, name: str = "pasted text", fmt: str = "text",
                   encoding: str | None = None, title: str | None = None,
                   warnings: tuple[str, ...] = (), max_chars: int | None = None,
                   published: str | None = None, author: str | None = None,
                   removed: tuple[Removed, ...] = ()) -> Document:
    """Turn extracted text into a Document: clean, split, leave out page furniture, detect the title.

    ``title`` is a title the reader already knows (an HTML ``<h1>``, a DOCX
    Title style); without it the first block becomes the title when it looks
    like one and more blocks follow. ``removed`` is what the reader already
    left out; the furniture found here is added to it.
    """
    limit = MAX_CHARS if max_chars is None else max_chars
    if len(text) > limit:
        raise DocumentTooLarge(
            f"{name}: the text is {len(text):,} characters long; Newsprism analyses at most "
            f"{limit:,} characters (set NEWSPRISM_MAX_CHARS to change the limit).")
    text = clean(text)
    stated = readers.published_line(text)
    if stated:
        published = published or stated
        text = re.sub(r"(?im)^[ \t]*(?:date|published|publication date)[ \t]*:[ \t]*\d{4}-\d{2}-\d{2}.*$", "",
                      text, count=1)
    blocks, dropped = paragraphs_of(text)
    readers.check_size(name, chars=len(text), paragraphs=len(blocks), max_chars=limit)
    removed = (*removed, *dropped)
    if title is not None:
        title = join_lines(clean(title).split("\n")) or None
        if title and blocks and _same_words(blocks[0], title):
            blocks = blocks[1:]
    elif len(blocks) > 1 and (looks_like_title(blocks[0]) or _question_title(blocks[0])):
        title, blocks = blocks[0], blocks[1:]
    if not blocks:
        if title:
            blocks, title = [title], None
        else:
            raise EmptyDocument(f"{name}: there is no text to analyse in this file.")
    paragraphs = tuple(Paragraph(i, normalise(b), b) for i, b in enumerate(blocks, start=1))
    language_note = english_warning(" ".join(blocks[:20]))
    if language_note:
        warnings = (*warnings, language_note)
    return Document(title=normalise(title) if title else None, paragraphs=paragraphs, name=name,
                    format=fmt, encoding=encoding, title_display=title, warnings=warnings,
                    published=published, author=author, removed=removed)


def _question_title(line: str) -> bool:
    """A headline asking or exclaiming ("Is the Harbour Safe?"): short and title-cased."""
    words = line.split()
    return line.endswith(("?", "!")) and 2 <= len(words) <= 16 and \
        sum(w[:1].isupper() for w in words if len(w) > 3) >= 0.6 * max(1, sum(len(w) > 3 for w in words))


def _same_words(first: str, second: str) -> bool:
    """Whether two lines hold the same words, whatever their case, spacing and punctuation."""
    return re.findall(r"\w+", first.lower()) == re.findall(r"\w+", second.lower())


#: A wire dateline opening the first paragraph ("KINSHASA - ", "GENEVA, March 3 - "); group 1 is
#: the place, group 2 the dash.
DATELINE = re.compile(r"^([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3})(?:,[^-\n]{1,40})? +(-) +")


def mark_dateline(text: str) -> str:
    """The first paragraph as the parser should see it: a wire dateline ("KINSHASA - The ...")
    ends with a full stop instead of its dash, one character for one, so offsets stay valid and
    the dateline is not read as part of the first sentence's subject."""
    match = DATELINE.match(text)
    if not match:
        return text
    return text[:match.start(2)] + "." + text[match.end(2):]


#: Common English function words: running English text has roughly a third of its words here.
_ENGLISH_WORDS = frozenset("""the a an of to in and or but is are was were be been has have had it its
this that these those for on with as at by from not no he she they we you i his her their our
will would can could said says who which what when where there than then also more about after
into over out up do does did so if all one two new""".split())


def english_share(text: str) -> float:
    """Share of the words of a text that are common English function words (0..1)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return 0.0
    return sum(w in _ENGLISH_WORDS for w in words) / len(words)


def english_warning(text: str) -> str | None:
    """A note for the reader when a text of some length does not look like English: the models
    and lexicons are English ones, so the analysis still runs but means little."""
    if len(text.split()) < 20 or english_share(text) >= 0.12:
        return None
    return ("This text does not look like English: Newsprism's language model and sentiment lexicons "
            "are English, so entities, statements and tone may be wrong.")


def sniff_format(data: bytes, name: str) -> str:
    """The reader for these bytes: from the content's magic number first, then the extension."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    ext = os.path.splitext(name.lower())[1]
    if ext not in EXTENSIONS:
        known = ", ".join(sorted({e for e in EXTENSIONS if e not in (".text", ".markdown")}))
        shown = ext or "no extension"
        raise UnsupportedFormat(f"{name}: files with {shown} are not supported; Newsprism reads {known}.")
    fmt = EXTENSIONS[ext]
    if fmt in ("pdf", "docx"):
        return fmt
    # A .txt that is really HTML is read as HTML.
    if fmt == "text" and re.match(rb"\s*(<!doctype html|<html)", data[:512], re.IGNORECASE):
        return "html"
    return fmt


def _size(n: int) -> str:
    """A byte count for people: 150 bytes, 12.3 KB, 1.6 MB."""
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{n / 1000:.1f} KB"
    return f"{n / 1_000_000:.1f} MB"


def safe_name(name: str) -> str:
    """A file name fit to show: no directories, control characters or bidi overrides."""
    name = os.path.basename(str(name).replace("\\", "/"))
    name = "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf"))
    return name.strip()[:200] or "untitled"


def load(data: bytes, name: str, *, max_bytes: int | None = None,
         max_chars: int | None = None) -> Document:
    """Read an article from the bytes of a .txt, .md, .html, .pdf or .docx file.

    Raises a :class:`~analysis.errors.NewsprismError` subclass, with a message
    for the reader, for anything it cannot read: an unsupported format, a
    file over ``max_bytes`` (default :data:`MAX_BYTES`) or a text over
    ``max_chars`` (default :data:`MAX_CHARS`) or over
    :data:`analysis.readers.base.MAX_PARAGRAPHS` paragraphs (both checked while the file is
    read, not after), binary or corrupt content, or
    a file with no text.
    """
    name = safe_name(name)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise DocumentTooLarge(
            f"{name}: the file is {_size(len(data))}; Newsprism reads files of at most "
            f"{_size(limit)} (set NEWSPRISM_MAX_BYTES to change the limit).")
    if not data.strip():
        raise EmptyDocument(f"{name}: the file is empty.")
    fmt = sniff_format(data, name)
    extracted = readers.read(fmt, data, name=name, max_chars=MAX_CHARS if max_chars is None else max_chars)
    return build_document(extracted.text, name=name, fmt=fmt, encoding=extracted.encoding,
                          title=extracted.title, warnings=extracted.warnings, max_chars=max_chars,
                          published=extracted.published, author=extracted.author,
                          removed=extracted.removed)


def from_text(text: str, *, name: str = "pasted text", max_chars: int | None = None) -> Document:
    """A Document from text typed or pasted by the reader."""
    if not text.strip():
        raise EmptyDocument("There is no text to analyse: paste an article first.")
    return build_document(text, name=name, fmt="text", encoding=None, max_chars=max_chars)
