"""Quotations in a paragraph and the cue each one belongs to.

Text is normalised upstream, so every quotation mark is a straight double quote. A quotation
counts as reported words when it has three words or more, or ends in punctuation ("We condemn
it,"); a shorter one is a cited term ("success"), not speech.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Token

QUOTE_MIN_WORDS = 3
#: Characters between a quotation and its cue, at most (a long subject or addressee fits).
QUOTE_REACH = 200
class Quote(NamedTuple):
    """A quotation: paragraph offsets of its inside (marks excluded)."""

    start: int
    end: int


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside straight double quotes; an unclosed quote runs to the end."""
    marks = [m.start() for m in re.finditer('"', text)]
    spans = []
    for i in range(0, len(marks), 2):
        start = marks[i] + 1
        end = marks[i + 1] if i + 1 < len(marks) else len(text)
        spans.append((start, end))
    return spans


def is_speech_quote(text: str) -> bool:
    """Reported words rather than a scare-quoted term: three words or more, or a short quote
    ending in punctuation ("We condemn it,"); "success" or "latest achievements" are cited terms."""
    return len(text.split()) >= QUOTE_MIN_WORDS or bool(re.search(r"[,.!?]\s*$", text))


def attach_quote(cue: Token, *, offset: int, text: str, quotes: list[Quote],
                 allowed: set[str], addressed: bool = False) -> Quote | None:
    """The quotation a cue introduces or closes, if any.

    Before the cue ('"...," the minister said'): only the speaker's words (``allowed``) and
    punctuation stand between, and no sentence ends there. After the cue ('said: "..."', 'told
    reporters on Monday "..."', 'said of the plan: "..."'): the quotation opens in the cue's
    sentence or right after a colon closing it, and what stands between is short and holds no
    other verb; a cue with an object of its own takes no quotation after it unless the object
    is the person addressed (``addressed``: 'told reporters "..."'). ``text`` is the paragraph,
    ``offset`` where the cue's Doc starts in it. A quotation closed by a full stop ends its
    sentence, so it is never a later cue's; one after the cue is preferred to one before it.
    """
    cue_start = offset + cue.idx
    cue_end = cue_start + len(cue.text)
    sentence_end = offset + cue.sent.end_char
    before = None
    for quote in quotes:
        if quote.start <= cue_start < quote.end:
            continue
        if quote.end <= cue_start and cue_start - quote.end < QUOTE_REACH:
            between = text[quote.end:cue_start]
            words = re.findall(r"\w+", between.lower())
            closed = text[quote.start:quote.end].rstrip().endswith(".")  # '"... thoughts." Y said, "..."'
            if not closed and not re.search(r"[.!?]\s", between + " ") \
                    and all(w in allowed or w == "s" for w in words):
                before = quote
        elif quote.start >= cue_end and quote.start - cue_end < QUOTE_REACH:
            between = text[cue_end:quote.start - 1]
            if quote.start - 1 > sentence_end and not between.rstrip().endswith(":"):
                continue
            if re.search(r"[.!?]\s", between):
                continue
            if between.rstrip().endswith(":"):
                return quote
            if not addressed and any(c.dep_ in ("dobj", "ccomp") and offset + c.idx < quote.start - 1
                                     for c in cue.children):
                continue  # 'condemned X, but the branding as "barbaric"': the object is the content
            if _only_bridge(cue, between, offset=offset):
                return quote
    return before


def _only_bridge(cue: Token, between: str, *, offset: int) -> bool:
    """Whether the words between a cue and its quotation can only be an addressee, time or
    place phrase: at most twelve words, none of them a verb."""
    words = re.findall(r"[\w']+", between.lower())
    if len(words) > 12:
        return False
    limit = cue.idx + len(cue.text) + len(between)
    for token in cue.doc[cue.i + 1:]:
        if token.idx >= limit:
            break
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
            return False
    return True



def subject_after_quote(cue: Token) -> Token | None:
    """The speaker of an inverted attribution the parser broke ('"...," the union's leader, Ida
    Brandt, told the crowd' read as a cue without subject): the noun phrase between a quotation
    closed by a comma and the cue, with no verb in it; its last name, else its first head that is
    no determiner (the parser may hang "the" of "the 41-year-old" on the cue itself). None
    when the cue has a subject or no such quotation closes right before the phrase."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    span, mark = [], None
    for token in reversed(cue.doc[max(0, cue.i - 14):cue.i]):
        if token.text in ('"', "\u201d", "''"):
            mark = token
            break
        if token.pos_ in ("VERB", "AUX") or token.text in (".", "!", "?", ";", ":"):
            return None
        span.append(token)
    if mark is None or mark.i == 0 or cue.doc[mark.i - 1].text not in (",", "?", "!"):
        return None
    span = [t for t in reversed(span) if not t.is_punct]
    inside = {t.i for t in span}
    roots = [t for t in span if t.head.i not in inside]
    roots = [t for t in roots if t.pos_ != "DET"] or roots  # '"...," the 41-year-old said': "old", not "the"
    names = [t for t in roots if t.pos_ == "PROPN"]
    return names[-1] if names else (roots[0] if roots else None)


def inside(position: int, quotes: list[Quote]) -> bool:
    """Whether a character position lies inside one of the quotations."""
    return any(q.start <= position < q.end for q in quotes)
