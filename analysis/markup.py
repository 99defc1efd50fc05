"""The article as HTML: highlighted sentences and mentions, a tone bar beside each paragraph,
legends, and the CSS they need, side by side so a class name and its style never drift apart.

Tone and stance never share a scale: a paragraph's tone is a small red-blue bar in its margin,
a statement's sentence is marked in the stance palette (teal, brown), and entity mentions keep
their type's underline inside those marks. A click on (or a tab to) a statement's mark shows
"speaker → cue → target (stance)": the mark is focusable and CSS shows its note on focus, with
no script (Streamlit's markdown would drop one).

Everything taken from an article (text, names, cue words, tooltips) is escaped here; the pages
hand these strings to ``st.markdown(..., unsafe_allow_html=True)`` as they are. Colours come
from :mod:`analysis.colours`, the same map the charts use.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pandas as pd

from analysis.colours import (
    EDGE_COLOR,
    HIGHLIGHT_COLOR,
    NEGATIVE,
    OTHER_TYPE_COLOR,
    POSITIVE,
    STANCE_COLORS,
    TYPE_COLORS,
    TYPE_NAMES,
    rgba,
    type_key,
    type_name,
)
from analysis.views import CORRECTED_MARK, score_text


class Mark(NamedTuple):
    """A span of a paragraph's text to wrap in ``<mark>``: offsets, CSS classes, tooltip, and
    whether a click shows the tooltip as a note (statements)."""

    start: int
    end: int
    css: str
    tip: str
    click: bool = False


def entity_class(entity_type: str) -> str:
    """The CSS classes of an entity mention of a type: ``np-entity np-type-<shown type>``."""
    return f"np-entity np-type-{type_key(entity_type).lower()}"


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
mark.np-stated {{ cursor: pointer; border-radius: 2px; padding: 1px 0; }}
mark.np-stated:focus {{ outline: 2px solid {EDGE_COLOR}; outline-offset: 1px; }}
span.np-pop {{ display: none; }}
mark.np-stated:focus > span.np-pop, mark.np-stated:focus-within > span.np-pop {{ display: inline-block;
  margin-left: 0.4em; padding: 0 0.45em; font-size: 0.85em; line-height: 1.5; background: #ffffff; color: #1f1f1f;
  border: 1px solid {EDGE_COLOR}; border-radius: 0.3rem; }}
p.np-paragraph, p.np-sentence {{ line-height: 1.6; }}
div.np-paragraph {{ line-height: 1.6; padding: 0.3rem 0; margin-bottom: 0.5rem; display: flex; gap: 0.7rem; }}
span.np-margin {{ flex: 0 0 3.4rem; display: flex; flex-direction: column; align-items: center; padding-top: 0.45rem; }}
span.np-text {{ flex: 1 1 auto; min-width: 0; }}
span.np-tonebar {{ position: relative; display: inline-block; width: 3rem; height: 0.6rem; vertical-align: middle;
  background: rgba(128, 128, 128, 0.15); border-radius: 2px; }}
span.np-tonebar > span {{ position: absolute; top: 0; bottom: 0; border-radius: 2px; }}
span.np-tonebar::after {{ content: ""; position: absolute; left: 50%; top: -2px; bottom: -2px; width: 1px;
  background: {EDGE_COLOR}; }}
span.np-tone {{ font-size: 0.8em; opacity: 0.75; }}
</style>
"""


#: The CSS of every class this module emits (fixed text: no article content).
STYLES = _styles()


def highlight_marks(text: str, marks: Iterable[tuple]) -> str:
    """HTML for ``text`` with each (start, end, classes, tooltip[, click]) span wrapped in a
    titled ``<mark>``. A span inside another is nested in it (an entity inside a statement's
    sentence); partly overlapping or out-of-range spans are dropped (the first one kept). A
    ``click`` mark is focusable and holds its tooltip as a note shown on focus. All article text
    and tooltips are escaped."""
    return _nested(text, 0, len(text), sorted(marks, key=lambda m: (m[0], -m[1])))


def _nested(text: str, low: int, high: int, marks: list[tuple]) -> str:
    pieces, cursor, i = [], low, 0
    while i < len(marks):
        start, end, css, tip = marks[i][:4]
        click = len(marks[i]) > 4 and bool(marks[i][4])
        inner_end = i + 1
        while inner_end < len(marks) and marks[inner_end][0] < end:
            inner_end += 1
        inner, i = marks[i + 1:inner_end], inner_end
        if start < cursor or not (low <= start < end <= high):
            continue
        pieces.append(html.escape(text[cursor:start]))
        title = f' title="{html.escape(tip)}"' if tip else ""
        focus = ' tabindex="0"' if click else ""
        note = f'<span class="np-pop">{html.escape(tip)}</span>' if click and tip else ""
        pieces.append(f'<mark class="{html.escape(css)}"{title}{focus}>{_nested(text, start, end, inner)}{note}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:high]))
    return "".join(pieces)


def highlight(text: str, spans: Sequence[tuple[int, int]], *, css_class: str = "np-mark") -> str:
    """HTML for ``text`` with the given character spans wrapped in ``<mark class=css_class>``;
    everything from the article is escaped, so markup in an article is shown as text."""
    return highlight_marks(text, [(start, end, css_class, "") for start, end in spans])


def statement_tip(row: dict) -> str:
    """One statement as its mark's note: "speaker → cue → target (stance)", ``✎`` first when a
    reader corrected it; without a target, "speaker → cue (stance)"."""
    target = f" → {row['target']}" if isinstance(row.get("target"), str) and row["target"] else ""
    mark = f"{CORRECTED_MARK} " if row.get("corrected", False) in (True, 1) else ""
    return f"{mark}{row['speaker']} → {row['cue']}{target} ({row['stance']})"


def marks_by_paragraph(sentences: pd.DataFrame, statements: pd.DataFrame,
                       mentions: pd.DataFrame) -> dict[int, list[Mark]]:
    """Marks for each paragraph's text, sorted by offset. A sentence holding statements is marked
    by their stance (``np-mixed`` when they differ), clickable for its statements; every entity
    mention is marked by its type (inside a statement's mark when it falls in one). One pass
    over plain rows: the pages call it on every rerun."""
    by_sentence: dict[int, list[dict]] = {}
    for row in statements.to_dict(orient="records"):
        by_sentence.setdefault(row["sentence"], []).append(row)
    marks: dict[int, list[Mark]] = {}
    for sent in sentences.to_dict(orient="records"):
        rows = by_sentence.get(sent["index"])
        if not rows:
            continue
        stances = {r["stance"] for r in rows}
        css = f"np-{stances.pop()}" if len(stances) == 1 else "np-mixed"
        paragraph, start, end = int(sent["paragraph"]), int(sent["start"]), int(sent["end"])
        marks.setdefault(paragraph, []).append(
            Mark(start, end, f"{css} np-stated", "; ".join(map(statement_tip, rows)), True))
    for m in mentions.to_dict(orient="records"):
        marks.setdefault(int(m["paragraph"]), []).append(
            Mark(int(m["start"]), int(m["end"]), entity_class(m["type"]), f"{m['entity']} ({type_name(m['type'])})"))
    return {paragraph: sorted(items) for paragraph, items in marks.items()}


def tone_bar(tone: float) -> str:
    """A small diverging bar of a tone in [-1, 1]: red to the left of the middle line for a
    negative tone, blue to the right for a positive one, as long as the tone is strong."""
    value = 0.0 if tone is None or math.isnan(tone) else max(-1.0, min(1.0, float(tone)))
    width = abs(value) * 50
    left = 50 - width if value < 0 else 50
    color = NEGATIVE if value < 0 else POSITIVE
    return (f'<span class="np-tonebar"><span style="left:{left:.1f}%;width:{width:.1f}%;'
            f'background:{color}"></span></span>')


def article_html(paragraphs: pd.DataFrame, sentences: pd.DataFrame, statements: pd.DataFrame,
                 mentions: pd.DataFrame) -> list[str]:
    """One ``<div>`` per paragraph, in order: its tone as a bar and a figure in the margin, then
    the numbered text with statements and entity mentions marked, the article's own characters
    (``display``) shown and escaped."""
    blocks = []
    all_marks = marks_by_paragraph(sentences, statements, mentions)
    for row in paragraphs.itertuples():
        index = int(row.index)
        blocks.append(
            f'<div class="np-paragraph"><span class="np-margin" title="paragraph {index}: tone '
            f'{score_text(row.tone)}, polarity {score_text(row.polarity)}, subjectivity '
            f'{score_text(row.subjectivity, signed=False)}">{tone_bar(row.tone)}'
            f'<span class="np-tone">{score_text(row.tone)}</span></span>'
            f'<span class="np-text"><b>¶{index}</b> {highlight_marks(row.display, all_marks.get(index, []))}'
            f'</span></div>')
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
    bracket = "" if tone is None or math.isnan(tone) else f" [{score_text(tone)}]"
    return f'<p class="np-sentence"><b>{where}</b>{bracket} {highlight(text, spans)}</p>'


def evidence_html(*, stance: str, paragraph: int, evidence: str, cue: str, kind: str,
                  corrected: bool = False) -> str:
    """One statement's evidence: its stance as a coloured tag, the paragraph, the sentence, and
    the cue word and kind in brackets; ``✎`` before it when a reader corrected the statement."""
    mark = f"{CORRECTED_MARK} " if corrected else ""
    return (f'<p class="np-sentence">{mark}<mark class="np-{html.escape(stance)}">{html.escape(stance)}</mark> '
            f'<b>¶{int(paragraph)}</b> {html.escape(evidence)} <i>({html.escape(cue)}, {html.escape(kind)})</i></p>')


def legend_html(*, tone: bool, entity_types: Iterable[str] = ()) -> str:
    """The key to the marks: the tone bar (when ``tone``), the stances, and one underline per
    shown entity type among those given, named in words, in the fixed order of the types."""
    parts = []
    if tone:
        parts.append(f"tone bar beside each paragraph: {tone_bar(-0.8)} negative ... {tone_bar(0.8)} positive")
    stances = " ".join(f'<mark class="np-{s}">{"several" if s == "mixed" else s}</mark>' for s in STANCE_COLORS)
    parts.append(f"sentences with a statement: {stances} (click one for who says what about whom)")
    shown = {type_key(t) for t in entity_types}
    types = " ".join(f'<mark class="{entity_class(key)}">{TYPE_NAMES[key]}</mark>' for key in TYPE_NAMES if key in shown)
    if types:
        parts.append(f"entities: {types}")
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
