"""The article as HTML: highlighted sentences and mentions, shaded paragraphs, legends, and the
CSS they need, side by side so a class name and its style never drift apart.

Everything taken from an article (text, names, cue words, tooltips) is escaped here; the pages
hand these strings to ``st.markdown(..., unsafe_allow_html=True)`` as they are. Colours come
from :mod:`analysis.colours`, the same map the charts use.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pandas as pd

from analysis.colours import (HIGHLIGHT_COLOR, OTHER_TYPE_COLOR, STANCE_COLORS, TYPE_COLORS, rgba,
                              tone_background)
from analysis.views import score_text


class Mark(NamedTuple):
    """A span of a paragraph's text to wrap in ``<mark>``: offsets, CSS classes, tooltip."""

    start: int
    end: int
    css: str
    tip: str


def entity_class(entity_type: str) -> str:
    """The CSS classes of an entity mention of a type: ``np-entity np-type-<type>``."""
    return f"np-entity np-type-{entity_type.lower()}"


def _styles() -> str:
    stance = "\n".join(f"mark.np-{stance} {{ background: {rgba(color, 0.25)}; color: inherit; }}"
                       for stance, color in STANCE_COLORS.items())
    types = "\n".join(f"mark.np-type-{entity_type.lower()} {{ border-bottom-color: {color}; }}"
                      for entity_type, color in TYPE_COLORS.items())
    return f"""
<style>
mark.np-mark {{ background: {rgba(HIGHLIGHT_COLOR, 0.35)}; color: inherit; padding: 0 2px; }}
mark.np-entity {{ background: none; color: inherit; padding: 0 1px; border-bottom: 2px solid {OTHER_TYPE_COLOR}; }}
{types}
{stance}
p.np-paragraph, p.np-sentence {{ line-height: 1.6; }}
div.np-paragraph {{ line-height: 1.6; padding: 0.4rem 0.6rem; margin-bottom: 0.5rem; border-radius: 0.3rem; }}
span.np-tone {{ font-size: 0.8em; opacity: 0.7; }}
</style>
"""


#: The CSS of every class this module emits (fixed text: no article content).
STYLES = _styles()


def highlight_marks(text: str, marks: Iterable[tuple[int, int, str, str]]) -> str:
    """HTML for ``text`` with each (start, end, classes, tooltip) span wrapped in a titled
    ``<mark>``; overlapping or out-of-range spans are dropped (the first one kept). All article
    text and tooltips are escaped."""
    pieces, cursor = [], 0
    for start, end, css, tip in sorted(marks):
        if start < cursor or not (0 <= start < end <= len(text)):
            continue
        pieces.append(html.escape(text[cursor:start]))
        title = f' title="{html.escape(tip)}"' if tip else ""
        pieces.append(f'<mark class="{html.escape(css)}"{title}>{html.escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def highlight(text: str, spans: Sequence[tuple[int, int]], *, css_class: str = "np-mark") -> str:
    """HTML for ``text`` with the given character spans wrapped in ``<mark class=css_class>``;
    everything from the article is escaped, so markup in an article is shown as text."""
    return highlight_marks(text, [(start, end, css_class, "") for start, end in spans])


def _statement_tip(row: dict) -> str:
    target = f" {row['target']}" if isinstance(row["target"], str) else ""
    return f"{row['speaker']} {row['cue']}{target} ({row['stance']})"


def marks_by_paragraph(sentences: pd.DataFrame, statements: pd.DataFrame,
                       mentions: pd.DataFrame) -> dict[int, list[Mark]]:
    """Marks for each paragraph's text, sorted by offset. A sentence holding statements is marked
    by their stance (``np-mixed`` when they differ); an entity mention outside such sentences is
    marked by its type. One pass over plain rows: the pages call it on every rerun."""
    by_sentence: dict[int, list[dict]] = {}
    for row in statements.to_dict(orient="records"):
        by_sentence.setdefault(row["sentence"], []).append(row)
    marks: dict[int, list[Mark]] = {}
    stated: dict[int, list[tuple[int, int]]] = {}
    for sent in sentences.to_dict(orient="records"):
        rows = by_sentence.get(sent["index"])
        if not rows:
            continue
        stances = {r["stance"] for r in rows}
        css = f"np-{stances.pop()}" if len(stances) == 1 else "np-mixed"
        paragraph, start, end = int(sent["paragraph"]), int(sent["start"]), int(sent["end"])
        marks.setdefault(paragraph, []).append(Mark(start, end, css, "; ".join(map(_statement_tip, rows))))
        stated.setdefault(paragraph, []).append((start, end))
    for m in mentions.to_dict(orient="records"):
        paragraph = int(m["paragraph"])
        if not any(s <= m["start"] < e for s, e in stated.get(paragraph, ())):
            marks.setdefault(paragraph, []).append(Mark(int(m["start"]), int(m["end"]), entity_class(m["type"]),
                                                        f"{m['entity']} ({m['type']})"))
    return {paragraph: sorted(items) for paragraph, items in marks.items()}


def article_html(paragraphs: pd.DataFrame, sentences: pd.DataFrame, statements: pd.DataFrame,
                 mentions: pd.DataFrame) -> list[str]:
    """One ``<div>`` per paragraph, in order: shaded by its tone, numbered, statements and entity
    mentions marked, the article's own characters (``display``) shown and escaped."""
    blocks = []
    all_marks = marks_by_paragraph(sentences, statements, mentions)
    for row in paragraphs.itertuples():
        index = int(row.index)
        blocks.append(
            f'<div class="np-paragraph" style="background:{tone_background(row.tone)}" '
            f'title="paragraph {index}: tone {score_text(row.tone)}, polarity {score_text(row.polarity)}, '
            f'subjectivity {score_text(row.subjectivity, signed=False)}"><b>¶{index}</b> '
            f'<span class="np-tone">{score_text(row.tone)}</span> '
            f'{highlight_marks(row.display, all_marks.get(index, []))}</div>')
    return blocks


def paragraphs_html(paragraphs: pd.DataFrame, marks: dict[int, list[Mark]]) -> list[str]:
    """One numbered ``<p>`` per paragraph (unshaded), with the given marks (see marks_by_paragraph)."""
    return [f'<p class="np-paragraph"><b>¶{int(row.index)}</b> '
            f'{highlight_marks(row.display, marks.get(int(row.index), []))}</p>'
            for row in paragraphs.itertuples()]


def sentence_html(text: str, spans: Sequence[tuple[int, int]], *, paragraph: int,
                  tone: float | None = None) -> str:
    """One sentence with mentions marked, led by where it is (``title`` or ``¶n``) and, when
    known, its tone in brackets."""
    where = "title" if paragraph == 0 else f"¶{paragraph}"
    bracket = "" if tone is None or tone != tone else f" [{score_text(tone)}]"
    return f'<p class="np-sentence"><b>{where}</b>{bracket} {highlight(text, spans)}</p>'


def evidence_html(*, stance: str, paragraph: int, evidence: str, cue: str, kind: str) -> str:
    """One statement's evidence: its stance as a coloured tag, the paragraph, the sentence, and
    the cue word and kind in brackets."""
    return (f'<p class="np-sentence"><mark class="np-{html.escape(stance)}">{html.escape(stance)}</mark> '
            f'<b>¶{int(paragraph)}</b> {html.escape(evidence)} <i>({html.escape(cue)}, {html.escape(kind)})</i></p>')


def legend_html(*, tone: bool, entity_types: Iterable[str] = ()) -> str:
    """The key to the marks: tone shading (when ``tone``), the stances, and one underline per
    distinct entity type given (in order of first appearance)."""
    parts = []
    if tone:
        parts.append(f'Paragraph shading: <span style="background:{tone_background(-0.9)}">negative</span> ... '
                     f'<span style="background:{tone_background(0.9)}">positive</span> tone')
    stances = " ".join(f'<mark class="np-{s}">{"several" if s == "mixed" else s}</mark>' for s in STANCE_COLORS)
    parts.append(f"sentences with a statement: {stances}")
    types = " ".join(f'<mark class="{entity_class(t)}">{html.escape(t)}</mark>' for t in dict.fromkeys(entity_types))
    if types:
        parts.append(f"entities: {types}")
    parts.append("hover for details")
    return f'<p class="np-legend">{" · ".join(parts)}</p>'


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:])")
#: Where Streamlit's markdown would start a link on its own (GFM autolink literals, found in text
#: nodes after backslash escapes are undone): "www.", "://" and the "@" of an address.
_AUTOLINK_START = re.compile(r"(?<=www)(?=\.)|(?=://)|(?=@)", re.IGNORECASE)
#: U+2060 WORD JOINER: invisible and unbreakable, it stops those patterns matching.
WORD_JOINER = "\u2060"


def unlink(text: str) -> str:
    """``text`` with an invisible word joiner before each "." of "www.", each "://" and each "@",
    so that no markdown renderer turns a URL, a ``www.`` name or an address into a link."""
    return _AUTOLINK_START.sub(WORD_JOINER, text)


def markdown_escape(text: str) -> str:
    """Article text made safe for Streamlit's markdown: every markdown character backslash-escaped,
    newlines made spaces and link starts broken (:func:`unlink`), so a title like
    "**Breaking** [x](javascript:...)" or "www.example.com" shows as written, never as a link."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", unlink(text.replace("\n", " ")))
