"""Format readers: bytes of one kind of file in, the article's text out (paragraphs split by blank
lines), with what the file says about it (title, author, date) and what was left out.

One module per kind of file: :mod:`.plain` (text and encodings),
:mod:`.markdown`, :mod:`.webpage` (HTML), :mod:`.pdf`, :mod:`.word` (DOCX).
Each reader returns an :class:`Extracted`; :mod:`analysis.document` does the
rest (cleaning, paragraphs, page furniture, title). Third-party failures are
wrapped in :class:`~analysis.errors.NewsprismError` subclasses with a message
for the reader.
"""

from __future__ import annotations

from analysis.errors import UnsupportedFormat
from analysis.readers.base import Extracted, check_size
from analysis.readers.plain import check_textual, decode, published_line, read_text

__all__ = ["Extracted", "check_size", "check_textual", "decode", "published_line", "read", "read_text"]


def read(fmt: str, data: bytes, *, name: str, max_chars: int | None = None) -> Extracted:
    """Dispatch to the reader for ``fmt`` (text, markdown, html, pdf, docx). ``max_chars`` is
    checked while extracting, so an oversized file is refused before it is fully parsed."""
    if fmt == "text":
        return read_text(data, name=name)
    if fmt == "markdown":
        from analysis.readers.markdown import read_markdown

        return read_markdown(data, name=name, max_chars=max_chars)
    if fmt == "html":
        from analysis.readers.webpage import read_html

        return read_html(data, name=name, max_chars=max_chars)
    if fmt == "pdf":
        from analysis.readers.pdf import read_pdf

        return read_pdf(data, name=name, max_chars=max_chars)
    if fmt == "docx":
        from analysis.readers.word import read_docx

        return read_docx(data, name=name, max_chars=max_chars)
    raise UnsupportedFormat(f"{name}: Newsprism cannot read {fmt} files.")
