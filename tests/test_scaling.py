"""The entity step's cost grows with the text, not with the square of its paragraphs (issue 14).

Costs are CPU seconds (the best of two runs), always as ratios against an input of the same size
measured in the same test: never absolute times. The parse is done once for a handful of invented
sentences and its docs reused, so the tests time the entity rules, not the model.
"""

from __future__ import annotations

import time

import pandas as pd
import pytest
from spacy.tokens import Doc

from analysis.entities import collect_mentions, extract_entities
from analysis.pieces import Piece
from analysis.tables import sentence_table

#: Run alone, after the parallel part of the suite (cost ratios depend on a quiet machine).
pytestmark = pytest.mark.serial

#: Invented lines dense in what the rules look at: coordinated ellipses, names ending in a
#: facility's or organisation's head word, a bracketed acronym, places of the table, "via".
LINES = ["The Kell and Tarn Ministries, the Marlow and Dunmore Councils and the Vilnia and Ostrava Boards met.",
         "Staff of the Kell Harbour Authority met the Health and Education Departments in Kenya.",
         "The Norland Water Board (NWB) and the Road and Rail Agencies disagreed with Chile.",
         "Fans of the Tarn and Marlow Unions followed the Tarn Valley race via Snapgram."]


def _cpu_seconds(function, *args, repeat: int = 2):
    """The best CPU time of ``repeat`` calls, and the last call's result."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        result = function(*args)
        best = min(best, time.process_time() - start)
    return best, result


def _texts(n: int, first: int = 1) -> dict[int, str]:
    return {0: "Talks Resume"} | {p: LINES[p % len(LINES)] for p in range(first, first + n)}


def _mentions_of_texts(*documents: dict[int, str]) -> list[list]:
    return [collect_mentions([], texts) for texts in documents]


def test_finders_cost_is_linear_in_paragraphs():
    """The finders (names the model missed: ellipses, headed names, bracketed acronyms, places,
    shapes) on 3,000 one-line paragraphs at once cost what the same lines cost as four articles
    of 750: a look-up over all mentions per paragraph made the one article cost three times more."""
    n = 3000
    whole, (mentions,) = _cpu_seconds(_mentions_of_texts, _texts(n))
    quarters, parts = _cpu_seconds(_mentions_of_texts, *(_texts(n // 4, 1 + i * n // 4) for i in range(4)))
    assert len(mentions) == sum(map(len, parts)) > 3 * n  # the same mentions, several per line
    assert whole < 1.5 * quarters + 0.1, (whole, quarters)


def _parsed(nlp, n: int, per_paragraph: int) -> tuple[list[Piece], dict[int, str], pd.DataFrame]:
    """``n`` parsed sentences (docs reused), one per paragraph or ``per_paragraph`` to a paragraph."""
    lines = list(nlp.pipe(LINES))
    docs = lines if per_paragraph == 1 else [
        Doc.from_docs([lines[(i + k) % len(lines)] for k in range(per_paragraph)]) for i in range(len(lines))]
    pieces = [Piece(p, 0, docs[p % len(docs)]) for p in range(1, n // per_paragraph + 1)]
    texts = {piece.paragraph: piece.doc.text for piece in pieces}
    return pieces, {0: "Talks Resume"} | texts, sentence_table(pieces, texts=texts)


def test_one_line_paragraphs_cost_what_prose_costs(nlp):
    """400 one-sentence paragraphs cost the whole entity step at most twice what the same
    sentences cost as prose (paragraphs of four), the parse aside."""
    def mentions(pieces, texts, sentences):
        return extract_entities(pieces, texts=texts, sentences=sentences)[1]

    lines, found_lines = _cpu_seconds(mentions, *_parsed(nlp, 400, 1))
    prose, found_prose = _cpu_seconds(mentions, *_parsed(nlp, 400, 4))
    assert len(found_lines) == len(found_prose) > 400  # the same mentions either way
    assert lines < 2 * prose + 0.2, (lines, prose)
