"""Markdown: front matter read as metadata, the body parsed by markdown-it-py (CommonMark) and
reduced to its words.

A parser, not regular expressions: its cost is linear in the text, whatever
the emphasis and link markers an upload is built from. Links (inline and
reference-style) become their text and link definitions vanish; headings are
not paragraphs (the first is the title, the others are recorded as removed);
images, code blocks and raw HTML are left out and recorded; tables are
reported, not analysed.
"""

from __future__ import annotations

import re

from analysis.boilerplate import Removed
from analysis.readers.base import Budget, Extracted
from analysis.readers.plain import check_textual, decode

_FRONT_MATTER = re.compile(r"(?:---|\+\+\+)[ \t]*\n")
_KEY_VALUE = re.compile(r"[ \t]*([A-Za-z_][\w-]{0,40})[ \t]*[:=][ \t]*(.{0,2000})")
_LIST_ITEM = re.compile(r"[ \t]*-[ \t]+(.{1,200})")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,20}\]:")
_TITLE_KEYS = ("title", "headline")
_AUTHOR_KEYS = ("author", "authors", "byline", "by")
_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "publish_date", "date_published")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """A YAML (``---``) or TOML (``+++``) block on top of a Markdown file, read as flat
    ``key: value`` pairs (a list's first item for a list), and the text after it."""
    opening = _FRONT_MATTER.match(text)
    if opening is None:
        return {}, text
    fence = opening.group(0).strip()
    end = text.find(f"\n{fence}", opening.end() - 1)
    if end < 0 or end > 20_000:
        return {}, text
    fields: dict[str, str] = {}
    pending = None
    for line in text[opening.end():end].split("\n"):
        pair = _KEY_VALUE.fullmatch(line)
        if pair and not line.startswith((" ", "\t", "-")):
            key, value = pair.group(1).lower(), _unquote(pair.group(2))
            pending = None if value else key
            if value:
                fields[key] = value
            continue
        item = _LIST_ITEM.fullmatch(line)
        if item and pending and pending not in fields:
            fields[pending] = _unquote(item.group(1))
    after = text.find("\n", end + 1)
    return fields, "" if after < 0 else text[after + 1:]


def _unquote(value: str) -> str:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1].split(",")[0].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def _inline_text(token, *, line_break: str) -> str:
    """The words of an inline token: text, code and link text kept; images and HTML left out."""
    parts = []
    children = [c for c in token.children or () if not (c.type == "text" and not c.content.strip())]
    if len(children) == 1 and children[0].type == "image":
        return ""  # an image on its own line: not a sentence (its alt text is recorded as removed)
    for child in token.children or ():
        if child.type == "image":
            parts.append(child.content)  # an inline image reads as its alt text
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(line_break)
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "html_inline":
            parts.append(" ")  # a <br> or a tag between words: never glue the words together
    return re.sub(r"[ \t]{2,}", " ", _FOOTNOTE_MARK.sub("", "".join(parts))).strip()


def read_markdown(data: bytes, *, name: str, max_chars: int | None = None) -> Extracted:
    """Markdown as text: front matter (title, author, date) as metadata, the first heading as the
    title when the front matter gives none, paragraphs, list items and quotes as paragraphs."""
    from markdown_it import MarkdownIt

    text, encoding = decode(data)
    check_textual(text, name=name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, body = front_matter(text)
    budget = Budget(name, max_chars=max_chars)
    if len(body) > 4 * budget.max_chars:
        budget.add(body)  # refused before parsing
    # Without blank lines every line is its own paragraph (or a hard wrap): keep the line breaks.
    one_per_line = "\n\n" not in body.strip()
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    title = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), None)
    blocks: list[str] = []
    removed: list[Removed] = []
    tables = 0
    in_heading = False
    in_table = 0
    for token in tokens:
        if token.type == "table_open":
            tables += 1
            in_table += 1
        elif token.type == "table_close":
            in_table -= 1
        elif token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type in ("code_block", "fence") and token.content.strip():
            removed.append(Removed(token.content.strip()[:300], "code block"))
        elif token.type == "html_block" and token.content.strip():
            removed.append(Removed(token.content.strip()[:300], "HTML in the Markdown"))
        elif token.type == "inline" and not in_table:
            words = _inline_text(token, line_break="\n" if one_per_line else " ")
            if not words:
                if token.children and any(c.type == "image" for c in token.children):
                    removed.append(Removed(token.content.strip()[:300], "image"))
                continue
            if in_heading:
                if title is None and not blocks:
                    title = words
                elif not (title and words.lower() == title.lower()):
                    removed.append(Removed(words, "subheading"))
                continue
            if _FOOTNOTE.match(token.content):
                removed.append(Removed(words, "footnote"))
                continue
            blocks.append(budget.add(words))
    warnings = ()
    if tables:
        warnings = (f"{tables} table{'s' if tables > 1 else ''} not analysed: Newsprism reads the "
                    "article's paragraphs only.",)
    author = next((fields[k] for k in _AUTHOR_KEYS if fields.get(k)), None)
    published = next((m.group(0) for k in _DATE_KEYS if fields.get(k)
                      for m in [_ISO_DATE.search(fields[k])] if m), None)
    return Extracted(("\n" if one_per_line else "\n\n").join(blocks), title, encoding, warnings,
                     published=published, author=author, removed=tuple(removed))
