"""Format readers: bytes of one kind of file in, plain text (paragraphs split by blank lines) out.

Each reader returns an :class:`Extracted`; :mod:`analysis.document` does the
rest (cleaning, paragraphs, title). Third-party failures are wrapped in
:class:`~analysis.errors.NewsprismError` subclasses with a message for the reader.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import statistics
import unicodedata
import zipfile
from typing import NamedTuple

from analysis.errors import EmptyDocument, UnreadableDocument, UnsupportedFormat

log = logging.getLogger(__name__)

#: A DOCX may inflate to at most this many bytes (guards against zip bombs).
MAX_DOCX_INFLATED = 100 * 1024 * 1024
#: ... and at most this ratio of inflated to compressed size.
MAX_DOCX_RATIO = 200

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
               "dd", "dt", "td")
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "template", "select", "input", "textarea", "object", "embed", "canvas",
              "menu", "dialog")


class Extracted(NamedTuple):
    """What a reader found: the text, a title if the format marks one, the encoding, warnings."""

    text: str
    title: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    published: str | None = None  # ISO date (YYYY-MM-DD) when the file states one


def read(fmt: str, data: bytes, *, name: str) -> Extracted:
    """Dispatch to the reader for ``fmt`` (text, markdown, html, pdf, docx)."""
    if fmt == "text":
        return read_text(data, name=name)
    if fmt == "markdown":
        return read_markdown(data, name=name)
    if fmt == "html":
        return read_html(data, name=name)
    if fmt == "pdf":
        return read_pdf(data, name=name)
    if fmt == "docx":
        return read_docx(data, name=name)
    raise UnsupportedFormat(f"{name}: Newsprism cannot read {fmt} files.")


# --- text and encodings -----------------------------------------------------------------------

def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM shows as NUL bytes in every other position of mostly-ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.4 * len(zeros):
            try:
                return codec if data.decode(codec) else None
            except UnicodeDecodeError:
                return None
    return None


def _looks_latin(text: str) -> bool:
    """Whether a cp1252 reading is plausible: accented letters come alone or in pairs among ASCII
    letters (Señor, Müller), while a non-Latin script read as cp1252 gives long runs (Ïðèâåò)."""
    runs = re.findall(r"[^\x00-\x7f]+", text)
    non_ascii = sum(len(r) for r in runs)
    if not non_ascii:
        return True
    in_long_runs = sum(len(r) for r in runs if len(r) >= 3)
    return in_long_runs / non_ascii < 0.3


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes, detecting the encoding: BOM, UTF-8, UTF-16 without BOM, cp1252, then
    charset-normalizer for the rest. Returns ``(text, encoding)``.

    cp1252 is preferred over other single-byte guesses for mostly-ASCII text,
    since Western news text with a few accented letters and curly quotes is
    by far the commonest case and statistical detectors misjudge short texts.
    Latin-1 text decodes identically under cp1252 except for the C1 range,
    which latin-1 text does not use.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break
    codec = _utf16_without_bom(data)  # before UTF-8: ASCII in UTF-16 is valid UTF-8 full of NULs
    if codec:
        return data.decode(codec), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if _looks_latin(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("latin-1"), "latin-1"


def check_textual(text: str, *, name: str) -> None:
    """Refuse binary content that happened to decode: too many control or unassigned characters."""
    sample = text[:200_000]
    if not sample:
        return
    bad = sum(1 for c in sample
              if (unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\n\r\t\f")
              or c == "\ufffd")
    if bad / len(sample) > 0.05:
        raise UnreadableDocument(
            f"{name}: this looks like a binary file, not text; upload the article as .txt, .md, "
            ".html, .pdf or .docx.")


def read_text(data: bytes, *, name: str) -> Extracted:
    """A plain-text file, decoded (encoding detected); raises UnreadableDocument when it looks binary."""
    text, encoding = decode(data)
    check_textual(text, name=name)
    return Extracted(text, None, encoding)


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")


def read_markdown(data: bytes, *, name: str) -> Extracted:
    """Markdown as text: headings, links, emphasis, list and quote markers reduced to their words.

    A heading on its own line becomes its own paragraph (blank lines are put
    around it) so that a ``# Title`` on top is found as the title.
    """
    text, encoding = decode(data)
    check_textual(text, name=name)
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        heading = _MD_HEADING.match(line)
        if heading:
            lines += ["", heading.group(1), ""]
            continue
        if re.match(r"^\s*([-*_]\s*){3,}$", line):  # horizontal rule
            lines.append("")
            continue
        line = re.sub(r"^\s*>\s?", "", line)
        line = re.sub(r"^\s*([-*+]|\d+[.)])\s+", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    body = "\n".join(lines)
    if "\n\n" in text.replace("\r\n", "\n"):
        return Extracted(body, None, encoding)
    # One paragraph per line in the source: keep the layout, drop the blank lines headings added.
    return Extracted("\n".join(ln for ln in lines if ln.strip()), None, encoding)


# --- HTML ----------------------------------------------------------------------------------------

def read_html(data: bytes, *, name: str) -> Extracted:
    """The article body of an HTML page: scripts, styles, navigation, headers, footers and forms
    dropped; the ``<article>`` (or ``<main>``) with the most text preferred to the whole body.
    The title is the first ``<h1>``, else ``og:title``, else ``<title>``. All markup is removed:
    what reaches the analysis is text only.
    """
    from bs4 import BeautifulSoup

    text, encoding = decode(data)
    check_textual(text, name=name)
    soup = BeautifulSoup(text, "html.parser")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else None
    og = soup.find("meta", attrs={"property": "og:title"})
    og_title = og.get("content") if og is not None else None
    published = _html_published(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"hidden": True}):
        tag.decompose()
    candidates = soup.find_all(["article", "main"]) or [soup.body or soup]
    root = max(candidates, key=lambda t: len(t.get_text(" ", strip=True)))
    h1 = root.find("h1") or soup.find("h1")
    title = h1.get_text(" ", strip=True) if h1 is not None else (og_title or page_title)
    blocks = []
    for tag in root.find_all(_BLOCK_TAGS):
        if tag.find_parent(_BLOCK_TAGS) is not None:
            continue  # its text is already inside the enclosing block
        words = tag.get_text(" ", strip=True)
        if words and tag is not h1:
            blocks.append(re.sub(r"\s+", " ", words))
    if not blocks:
        blocks = [re.sub(r"[ \t]+", " ", ln).strip()
                  for ln in root.get_text("\n").split("\n") if ln.strip()]
        if title and blocks and blocks[0] == title:
            blocks = blocks[1:]
    if not blocks and not title:
        raise EmptyDocument(f"{name}: the page has no article text.")
    return Extracted("\n\n".join(blocks), title or None, encoding, published=published)


_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_DATE_META = ("article:published_time", "og:published_time", "datePublished", "date", "pubdate",
              "publish-date", "dc.date", "DC.date.issued")


def _html_published(soup) -> str | None:
    """The publication date an HTML page states in its metadata or first <time datetime>."""
    for key in _DATE_META:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key}) \
            or soup.find("meta", attrs={"itemprop": key})
        match = _ISO_DATE.search(tag.get("content") or "") if tag is not None else None
        if match:
            return match.group(1)
    time_tag = soup.find("time", attrs={"datetime": True})
    match = _ISO_DATE.search(time_tag.get("datetime") or "") if time_tag is not None else None
    return match.group(1) if match else None


def published_line(text: str) -> str | None:
    """A "Date: 2024-03-01" or "Published: 2024-03-01" line among a text's first lines."""
    for line in text.lstrip().split("\n")[:6]:
        match = re.match(r"\s*(?:date|published|publication date)\s*:\s*(\d{4}-\d{2}-\d{2})\b", line,
                         re.IGNORECASE)
        if match:
            return match.group(1)
    return None


# --- PDF -----------------------------------------------------------------------------------------

def reflow(lines: list[str]) -> str:
    """Rejoin lines that a PDF wrapped: a line ending a sentence and shorter than the page's usual
    line ends a paragraph; blank lines always do."""
    widths = [len(ln.strip()) for ln in lines if ln.strip()]
    if not widths:
        return ""
    typical = statistics.quantiles(widths, n=10)[-1] if len(widths) >= 10 else max(widths)
    paragraphs, current = [], []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(current)
            current = []
            continue
        current.append(stripped)
        if re.search(r"[.!?:\"')\u201d]$", stripped) and len(stripped) < 0.8 * typical:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return "\n\n".join("\n".join(p) for p in paragraphs)


def read_pdf(data: bytes, *, name: str) -> Extracted:
    """The text layer of a PDF. Encrypted files open when they have an empty user password."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair warnings are not the reader's

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(f"{name}: the PDF is password-protected; remove the password "
                                     "and upload it again.")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or None
    except UnreadableDocument:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError,
            NotImplementedError, RecursionError, IndexError, AssertionError, ZeroDivisionError) as err:
        raise UnreadableDocument(f"{name}: the PDF is damaged or not a PDF ({type(err).__name__}).") from err
    lines = "\n\n".join(pages).split("\n")
    text = reflow(lines)
    if not text.strip():
        raise EmptyDocument(f"{name}: the PDF has no text layer (a scan or images only); "
                            "Newsprism does not read text from images.")
    if title and not text.lstrip().startswith(title.strip()):
        title = None  # metadata titles are often file names or stale; trust them only when shown
    return Extracted(text, title, None)


# --- DOCX ----------------------------------------------------------------------------------------

def _check_zip(data: bytes, *, name: str) -> None:
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


def read_docx(data: bytes, *, name: str) -> Extracted:
    """Paragraph text of a Word document; a first paragraph styled Title or Heading 1 is the title."""
    _check_zip(data, name=name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [(p.style.name if p.style is not None else "", p.text) for p in document.paragraphs]
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, AttributeError) as err:
        raise UnreadableDocument(f"{name}: the DOCX is damaged or not a Word document.") from err
    except Exception as err:  # lxml raises its own XMLSyntaxError on broken XML
        if type(err).__module__.startswith("lxml"):
            raise UnreadableDocument(f"{name}: the DOCX is damaged (broken XML).") from err
        raise
    paragraphs = [(style, text.strip()) for style, text in paragraphs if text.strip()]
    title = None
    if paragraphs and paragraphs[0][0] in ("Title", "Heading 1"):
        title = paragraphs.pop(0)[1]
    text = "\n\n".join(text for _, text in paragraphs)
    if not text.strip() and not title:
        raise EmptyDocument(f"{name}: the Word document has no text.")
    return Extracted(text, title, None)
