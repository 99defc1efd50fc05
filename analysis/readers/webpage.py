"""HTML: the article, not the page it came in.

A saved news page holds navigation, most-read lists, related links, captions,
adverts, newsletter boxes and readers' comments around the article. The body
is found by trafilatura (a maintained extractor, Apache-2.0; comments and
tables left out), which sees through ``<main>``, ``<article>`` and div soups.
When it finds nothing, or much less prose than the page's story holds (an old
page whose story is ``<br>``-separated text), a walk of our own takes over: the
``<article>`` with the most text (else ``<main>``, else the body), its blocks
and ``<br><br>`` breaks as paragraphs, captions and sub-headings left out.

Title, author and publication date are metadata (``<h1>``, ``og:title``,
``<meta>``, JSON-LD, ``<time>``), never paragraphs. All markup is removed:
what reaches the analysis is text only. The page is parsed once by lxml and
walked top-down (linear in its size); a page nested deeper than
:data:`MAX_DEPTH` elements is refused with a message.
"""

from __future__ import annotations

import json
import logging
import re

from analysis.boilerplate import Removed, furniture
from analysis.errors import EmptyDocument, UnreadableDocument
from analysis.layout import SENTENCE_END
from analysis.readers.base import Budget, Extracted
from analysis.readers.plain import check_textual, decode

log = logging.getLogger(__name__)

#: Pages with more elements than this skip the extractor (its cost grows faster than the page)
#: and are read by the linear walk alone; a news page has a few thousand.
MAX_EXTRACTOR_ELEMENTS = 30_000
#: Deepest element nesting the reader accepts; real pages stay well under 100.
MAX_DEPTH = 200  # lxml itself stops reading past 256 levels

_DROP_TAGS = frozenset(("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                        "iframe", "svg", "button", "template", "select", "input", "textarea",
                        "object", "embed", "canvas", "menu", "dialog", "head"))
_BLOCK_TAGS = frozenset(("p", "div", "section", "li", "ul", "ol", "blockquote", "pre", "dd", "dt",
                         "td", "th", "tr", "table", "article", "main", "center", "address", "dl",
                         "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_DATE_META = ("article:published_time", "og:published_time", "datePublished", "date", "pubdate",
              "publish-date", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")
_AUTHOR_META = ("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator")
_PROSE_WORDS = 8
#: <br> tags, marked for the extractor (which drops them inside <p>, gluing the words together).
_BR = re.compile(r"<br\b[^<>]{0,200}>", re.IGNORECASE)
_BREAK = "\ue000"  # a private-use character: no page text contains it after check_textual
#: At most this many left-out blocks of a page are recorded.
MAX_RECORDED = 300
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]{0,40})(?:\s[^<>]{0,2000})?(/?)>")
_UNCOUNTED = frozenset(("p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot",
                        "colgroup", "caption", "optgroup", "rb", "rt", "rp", "br", "hr", "img", "input",
                        "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr",
                        "html", "head", "body"))


def _parse(text: str, *, name: str):
    """The page as an lxml tree; refuses a page nested deeper than MAX_DEPTH."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8", huge_tree=False))
    except (lxml.etree.ParserError, ValueError) as err:
        raise EmptyDocument(f"{name}: the page has no article text.") from err
    return root


def check_depth(text: str, *, name: str) -> None:
    """Refuse a page whose elements nest deeper than MAX_DEPTH, by one linear scan of its tags
    (elements whose end tag is optional, such as ``<p>`` and ``<li>``, and void ones are not
    counted: old pages leave them open)."""
    depth = 0
    for match in _TAG.finditer(text):
        closing, tag, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if tag in _UNCOUNTED or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > MAX_DEPTH:
            raise UnreadableDocument(
                f"{name}: the page nests its elements more than {MAX_DEPTH} deep; Newsprism refuses "
                "it as unsafe. Save the article as text and upload that.")


def _meta(root, keys) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            for tag in root.iterfind(f'.//meta[@{attr}="{key}"]'):
                content = (tag.get("content") or "").strip()
                if content:
                    return content
    return None


def _json_ld(root) -> dict:
    """The first JSON-LD object of the page that states a headline, date or author."""
    for script in root.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


def _ld_author(item: dict) -> str | None:
    author = item.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    return author.strip() if isinstance(author, str) and author.strip() else None


def _metadata(root) -> tuple[str | None, str | None, str | None]:
    """(title, author, published) from ``<meta>``, JSON-LD and ``<time>``; the title is the first
    ``<h1>`` outside headers and navigation, else ``og:title``, JSON-LD's headline or ``<title>``."""
    item = _json_ld(root)
    stated = _meta(root, _DATE_META) or str(item.get("datePublished") or "")
    if not _ISO_DATE.search(stated):
        time_tag = next(root.iterfind(".//time[@datetime]"), None)
        stated = time_tag.get("datetime") if time_tag is not None else ""
    match = _ISO_DATE.search(stated or "")
    published = match.group(1) if match else None
    author = _meta(root, _AUTHOR_META) or _ld_author(item)
    title = None
    for h1 in root.iter("h1"):
        if not any(a.tag in ("header", "nav", "footer", "aside") and a.getparent() is not None
                   and a.find(".//article") is None for a in h1.iterancestors()):
            title = " ".join(h1.text_content().split()) or None
            if title:
                break
    page_title = root.find(".//title")
    og_title = _meta(root, ("og:title", "twitter:title"))
    title = (title or (_without_site(og_title) if og_title else None) or item.get("headline")
             or (_without_site(" ".join(page_title.text_content().split())) if page_title is not None
                 else None))
    return title or None, author, published


def _without_site(title: str) -> str:
    """A page title without its site's name ("Headline | The Courier" -> "Headline")."""
    head, sep, site = title.rpartition(" | ")
    if not sep:
        head, sep, site = title.rpartition(" - ")
    return head if sep and head and len(site.split()) <= 4 and len(head) > len(site) else title


def _extractor_blocks(text: str) -> tuple[list[str], list[Removed], str | None, str | None]:
    """Paragraphs, sub-headings (as removed), author and date found by trafilatura."""
    import trafilatura
    from lxml import etree
    from trafilatura.settings import set_date_params

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        found = trafilatura.bare_extraction(_BR.sub(f" {_BREAK} ", text), include_comments=False, include_tables=False,
                                            include_images=False, with_metadata=True,
                                            date_extraction_params=set_date_params(False))
    except (ValueError, TypeError, etree.LxmlError, RecursionError) as err:
        log.info("trafilatura failed: %s", err)
        return [], [], None, None
    if found is None or found.body is None:
        return [], [], None, None
    blocks, removed = [], []
    for line_break in found.body.iter("lb"):
        line_break.tail = _BREAK + (line_break.tail or "")
    seen = set()
    for element in found.body.iter("p", "head", "item", "quote", "code"):
        if element.tag in ("quote", "item") and element.find(".//p") is not None:
            continue  # its paragraphs come on their own
        text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
        if "\n" in text.strip():
            return [], [], found.author, found.date  # the extractor's unstructured fallback text
        for line in _br_paragraphs(text):
            words = " ".join(line.split())
            if not words:
                continue
            if element.tag == "head":
                removed.append(Removed(words, "subheading"))
            elif words in seen and len(words.split()) >= _PROSE_WORDS:
                removed.append(Removed(words, "repeated paragraph"))
            else:
                seen.add(words)
                blocks.append(words)
    return blocks, removed, found.author, found.date


def _br_paragraphs(text: str) -> list[str]:
    """A block's paragraphs at its line breaks (marked _BREAK): a double break always ends one; a
    single break does when the lines before it end sentences (a <br>-separated body), and is a
    space otherwise (a line broken for layout)."""
    paragraphs = []
    for group in re.split(f"{_BREAK}\\s*{_BREAK}", text):
        lines = [ln.strip() for ln in group.split(_BREAK) if ln.strip()]
        if len(lines) > 1 and all(SENTENCE_END.search(ln) for ln in lines[:-1]):
            paragraphs += lines
        else:
            paragraphs.append(" ".join(lines))
    return paragraphs


def _walk_blocks(root, *, whole_page: bool = False) -> tuple[list[str], list[Removed]]:
    """Paragraphs of the page by our own walk: the <article> with the most text, else <main>, else
    the body (the body with ``whole_page``); block elements and ``<br><br>`` end paragraphs;
    captions and headings left out."""
    import lxml.etree

    for element in [*root.iter(*_DROP_TAGS), *root.iterfind(".//*[@hidden]"),
                    *root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)]:
        if element.getparent() is not None:
            _drop(element)
    body = root.find("body") if root.find("body") is not None else root
    # the outermost articles only: comparing nested ones would re-read the same text at every level
    articles = [] if whole_page else [a for a in root.iter("article")
                                      if not any(True for _ in a.iterancestors("article"))]
    candidates = articles or ([] if whole_page else list(root.iter("main"))) or [body]
    container = max(candidates, key=lambda el: len(el.text_content()))
    removed: list[Removed] = []
    pieces: list[str] = []
    skip = None  # an element whose text goes to `removed`, not to the paragraphs
    for event, element in lxml.etree.iterwalk(container, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if skip is None and tag in _HEADINGS | {"figcaption", "figure"}:
                skip = element
                words = " ".join(element.text_content().split())
                if words:
                    removed.append(Removed(words, "subheading" if tag in _HEADINGS else "photo caption"))
            if tag in _BLOCK_TAGS:
                pieces.append("\n\n")
            elif tag == "br":
                pieces.append("\n")
            if skip is None and element.text:
                pieces.append(element.text)
        else:
            if element is skip:
                skip = None
            if tag in _BLOCK_TAGS:
                pieces.append("\n\n")
            if skip is None and element.tail and element is not container:
                pieces.append(element.tail)
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(pieces))
    text = re.sub(r" ?\n ?", "\n", text)
    blocks = [" ".join(chunk.split()) for chunk in re.split(r"\n{2,}", text)]
    return [b for b in blocks if b], removed


def _left_out(root, blocks: list[str], title: str | None) -> list[Removed]:
    """What the extractor left out of the page's text (comments, lists, captions, bylines), for
    the record; navigation, headers and footers are not listed."""
    kept = {" ".join(b.split()) for b in blocks} | {(title or "").strip()}
    page, _removed = _walk_blocks(root, whole_page=True)
    left = [Removed(b, furniture(b) or "not part of the article") for b in page if b not in kept]
    return left[:MAX_RECORDED]


def _drop(element) -> None:
    """Remove an element from its tree, keeping its tail (the text after it)."""
    parent, previous, tail = element.getparent(), element.getprevious(), element.tail or ""
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _prose(blocks: list[str]) -> int:
    """Characters of article-like prose: blocks of a sentence's length that are not furniture."""
    return sum(len(b) for b in blocks if len(b.split()) >= _PROSE_WORDS and furniture(b) is None)


def read_html(data: bytes, *, name: str, max_chars: int | None = None) -> Extracted:
    """The article of an HTML page, with its title, author and date as metadata."""
    text, encoding = decode(data)
    check_textual(text, name=name)
    budget = Budget(name, max_chars=max_chars)
    if len(text) > 20 * budget.max_chars:
        budget.add(text)  # refused before parsing: no page of allowed text is this large
    check_depth(text, name=name)
    root = _parse(text, name=name)
    title, author, published = _metadata(root)
    if sum(1 for _element in root.iter()) <= MAX_EXTRACTOR_ELEMENTS:
        blocks, removed, found_author, found_date = _extractor_blocks(text)
    else:
        blocks, removed, found_author, found_date = [], [], None, None
    walked, walk_removed = _walk_blocks(root)
    warnings: tuple[str, ...] = ()
    if not blocks or _prose(blocks) < 0.5 * _prose(walked):
        if blocks:
            warnings = ("The page's main text was found by Newsprism's own reader, not by the "
                        "article extractor: check that the paragraphs are the article's.",)
        blocks, removed = walked, walk_removed
    else:
        removed += _left_out(root, blocks, title)
    if title and blocks and " ".join(blocks[0].split()).lower() == title.lower():
        blocks = blocks[1:]
    if title:
        removed = [r for r in removed if not (r.reason == "subheading" and r.text.lower() == title.lower())]
    for block in blocks:
        budget.add(block)
    if not blocks and not title:
        raise EmptyDocument(f"{name}: the page has no article text.")
    return Extracted("\n\n".join(blocks), title, encoding, warnings,
                     published=published or found_date, author=author or found_author,
                     removed=tuple(removed))
