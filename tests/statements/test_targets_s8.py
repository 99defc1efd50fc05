"""Target rules added in session 8, on invented topics, through the whole pipeline.

- a cue in a relative clause with no object of its own judges the noun the clause describes
  ("a proposal the unions rejected", "a decision which the guild condemned"); an indefinite act
  noun set after a comma sums up the clause before it, whose subject is its author ("X offered
  to ..., a proposal Y rejected" -> X).
"""

from __future__ import annotations

import pytest

from tests.statements.conftest import same_name
from tests.statements.test_target_rules_s5 import statement


def _check(nlp, body: str, cue: str, speaker: str, target: str | None, stance: str) -> None:
    row = statement(nlp, body, cue)
    found = row["target"] if isinstance(row["target"], str) and row["target"] else None
    assert same_name(speaker, row["speaker"]), row
    assert same_name(target, found), row
    assert row["stance"] == stance, row


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("Housing Minister Ida Brandt has offered to freeze rents for two years, a proposal the Osk "
                 "Renters Association rejected on Monday.", "rejected", "Osk Renters Association",
                 "Ida Brandt", "oppose", id="offered-a-proposal-rejected"),
    pytest.param("The Norland Water Board decided to close three reservoirs, a decision which the Dalby "
                 "Farmers Guild condemned.", "condemned", "Dalby Farmers Guild", "Norland Water Board",
                 "oppose", id="decided-a-decision-which-condemned"),
    pytest.param("Kell Airways announced that it would scrap its night flights, a move the Kell Hoteliers "
                 "Federation welcomed.", "welcomed", "Kell Hoteliers Federation", "Kell Airways",
                 "support", id="announced-a-move-welcomed"),
    pytest.param("Mayor Tomas Reyna proposed to sell the old depot, a plan the Vestby Heritage Trust opposed.",
                 "opposed", "Vestby Heritage Trust", "Tomas Reyna", "oppose", id="proposed-a-plan-opposed"),
    pytest.param("The Marrow Valley Council imposed a levy on tourist coaches, a measure the Coach Operators "
                 "Guild criticised.", "criticised", "Coach Operators Guild", "Marrow Valley Council",
                 "oppose", id="imposed-a-measure-criticised"),
    pytest.param("The Orlen Quarry Company has offered a pay rise of four percent, an offer the Stonecutters "
                 "Guild praised.", "praised", "Stonecutters Guild", "Orlen Quarry Company",
                 "support", id="offered-an-offer-praised"),
])
def test_relative_clause_judges_the_act_it_describes(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)
