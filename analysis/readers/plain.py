"""Plain text: the encoding detected from the bytes, binary content refused, a stated date found."""

from __future__ import annotations

import codecs
import re
import unicodedata

from analysis.errors import UnreadableDocument
from analysis.readers.base import Extracted

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


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


def published_line(text: str) -> str | None:
    """A "Date: 2024-03-01" or "Published: 2024-03-01" line among a text's first lines."""
    for line in text.lstrip().split("\n")[:6]:
        match = re.match(r"\s*(?:date|published|publication date)\s*:\s*(\d{4}-\d{2}-\d{2})\b", line,
                         re.IGNORECASE)
        if match:
            return match.group(1)
    return None
