"""The driver of the statement stages: the frame's schema and text taken from the article."""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from analysis.statements import STATEMENT_COLUMNS, stance_basis
from analysis.statements.polarity import Stance
from tests.statements.constructions import CASES

TEXTS = [
    "Maria Lopez said the bridge (closed since May) would reopen in June.",
    'The union\u2019s leader, Tom Hale, told reporters: "We will strike on Monday."',
    "Kell-based Northwind Bank denied the claims.\n\nIts chief executive, Eva Lund, said the bank "
    "had done nothing wrong and criticised the regulator.",
]


def _paragraphs(result) -> dict[int, str]:
    return dict(zip(result.paragraphs["index"], result.paragraphs["text"]))


@pytest.mark.parametrize("text", TEXTS + [case.text for case in CASES[::7]])
def test_statement_text_is_the_paragraph_s_own(nlp, text):
    """speaker_text, target_text and content are substrings of their paragraph, spaces and all."""
    result = analyze(from_text("Test article\n\n" + text), nlp=nlp)
    paragraphs = _paragraphs(result)
    for row in result.statements.to_dict(orient="records"):
        paragraph = paragraphs[row["paragraph"]]
        for column in ("speaker_text", "target_text", "content"):
            value = row[column] or ""
            assert value in paragraph, (column, value, paragraph)


def test_spacing_survives_in_content(nlp):
    """Content is cut from the paragraph, not rebuilt from tokens (which lost the spaces around
    brackets and hyphens: "bridge(closed since May)would")."""
    result = analyze(from_text("Test article\n\n" + TEXTS[0]), nlp=nlp)
    row = result.statements.iloc[0]
    assert row["speaker"] == "Maria Lopez"
    assert row["content"] == "the bridge (closed since May) would reopen in June"


def test_empty_article_keeps_the_schema(nlp):
    result = analyze(from_text("Test article\n\nThe weather was mild on Tuesday."), nlp=nlp)
    assert list(result.statements.columns) == STATEMENT_COLUMNS
    assert result.statements.empty


@pytest.mark.parametrize("stance,basis", [(Stance("oppose", False), "rules"), (Stance("neutral", False), "rules"),
                                          (Stance("neutral", True), "default")])
def test_stance_basis_says_how_the_stance_was_found(stance, basis):
    assert stance_basis(stance) == basis


def test_stance_basis_column_agrees_with_stance_and_confidence(nlp):
    """Every row says how its stance was found; a default is neutral, a model's side is a side."""
    texts = ["Ida Brandt said the Kell council had approved the budget on Monday.",
             "Tom Hale condemned the Norland ministry for the delays.",
             'Eva Lund said the Kell council "has ignored every family on this street for a decade".']
    result = analyze(from_text("Test article\n\n" + "\n\n".join(texts)), nlp=nlp)
    rows = result.statements
    assert set(rows["stance_basis"]) <= {"rules", "default"}
    assert (rows.loc[rows["stance_basis"] == "default", "stance"] == "neutral").all()
    condemned = rows[rows["cue"] == "condemned"].iloc[0]
    assert (condemned["stance"], condemned["stance_basis"]) == ("oppose", "rules")
