"""DOCX: the article's paragraphs by their Word styles.

The Title style (else a first Heading 1) gives the title; Subtitle, Caption,
other headings, headers, footers and footnotes are metadata, recorded as
removed, not body; tables are reported ("1 table not analysed"). The zip is
checked before it is inflated (zip bombs), and the paragraph count while the
paragraphs are read.
"""

from __future__ import annotations

import io
import re
import zipfile

from analysis.boilerplate import Removed
from analysis.errors import EmptyDocument, UnreadableDocument, UnsupportedFormat
from analysis.readers.base import Budget, Extracted

#: A DOCX may inflate to at most this many bytes (guards against zip bombs).
MAX_DOCX_INFLATED = 100 * 1024 * 1024
#: ... and at most this ratio of inflated to compressed size.
MAX_DOCX_RATIO = 200

_TITLE_STYLES = ("title",)
_METADATA_STYLES = {"subtitle": "subtitle", "caption": "caption", "header": "page header",
                    "footer": "page footer", "footnote text": "footnote", "endnote text": "endnote",
                    "byline": "byline", "author": "byline", "date": "date line",
                    "table of figures": "caption"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes, *, name: str) -> None:
    """Refuse a zip that is damaged, not a Word document, or would inflate too much."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise UnreadableDocument(f"{name}: the DOCX is damaged or not a Word document.") from err
    inflated = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if inflated > MAX_DOCX_INFLATED or inflated / packed > MAX_DOCX_RATIO:
        raise UnreadableDocument(f"{name}: the DOCX would inflate to {inflated / 1e6:,.0f} MB; "
                                 "Newsprism refuses it as unsafe.")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise UnsupportedFormat(f"{name}: this zip archive is not a Word (.docx) document.")


def _notes(data: bytes) -> list[Removed]:
    """Footnotes and endnotes, read from their parts (python-docx leaves them out of the body)."""
    from lxml import etree

    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part, reason in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
            if part not in archive.namelist():
                continue
            try:
                root = etree.fromstring(archive.read(part), parser=etree.XMLParser(
                    resolve_entities=False, no_network=True, huge_tree=False))
            except etree.XMLSyntaxError:
                continue
            for note in root.iter(f"{_W}footnote", f"{_W}endnote"):
                if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                words = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
                if words:
                    found.append(Removed(words, reason))
    return found


def _style(paragraph) -> str:
    try:
        return (paragraph.style.name or "") if paragraph.style is not None else ""
    except (KeyError, AttributeError):
        return ""


def read_docx(data: bytes, *, name: str, max_chars: int | None = None) -> Extracted:
    """The article of a Word document, its title and author, and what was left out."""
    check_zip(data, name=name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    budget = Budget(name, max_chars=max_chars)
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = []
        for paragraph in document.paragraphs:
            text = paragraph.text.strip()
            if text:
                paragraphs.append((_style(paragraph), budget.add(text)))
        tables = len(document.tables)
        removed: list[Removed] = []
        for section in document.sections:
            for part, reason in ((section.header, "page header"), (section.footer, "page footer")):
                if part is not None and not part.is_linked_to_previous:
                    words = " ".join(p.text.strip() for p in part.paragraphs if p.text.strip())
                    if words:
                        removed.append(Removed(words, reason))
        author = (document.core_properties.author or "").strip()
        author = author if author and author != "python-docx" else None  # the library's default
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, AttributeError) as err:
        raise UnreadableDocument(f"{name}: the DOCX is damaged or not a Word document.") from err
    except Exception as err:  # lxml raises its own XMLSyntaxError on broken XML
        if type(err).__module__.startswith("lxml"):
            raise UnreadableDocument(f"{name}: the DOCX is damaged (broken XML).") from err
        raise
    title = None
    body = []
    for style, text in paragraphs:
        key = style.lower()
        if title is None and not body and (key in _TITLE_STYLES or key == "heading 1"):
            title = text
        elif key in _METADATA_STYLES:
            removed.append(Removed(text, _METADATA_STYLES[key]))
        elif re.fullmatch(r"heading \d", key) or key == "title":
            removed.append(Removed(text, "subheading"))
        else:
            body.append(text)
    removed += _notes(data)
    warnings: tuple[str, ...] = ()
    if tables:
        warnings = (f"{tables} table{'s' if tables > 1 else ''} not analysed: Newsprism reads the "
                    "document's paragraphs only.",)
    if not body and not title:
        raise EmptyDocument(f"{name}: the Word document has no text.")
    return Extracted("\n\n".join(body), title, None, warnings, author=author, removed=tuple(removed))
