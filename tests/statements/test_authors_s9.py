"""Targets named by an act noun or a role (:mod:`analysis.statements.authors`), on invented
topics, through the whole pipeline: "the findings" are whoever found, "the seizures" whoever
seized (a nationality naming the doers: "Norlandic patrol boats seized"), "the vote" whoever
voted, a report's findings its author ("a report by X found"); nothing when no one named did it.
"""

from __future__ import annotations

import pytest

from tests.statements.conftest import same_name
from tests.statements.test_target_rules_s5 import statement


def _target(nlp, body: str, cue: str) -> str | None:
    row = statement(nlp, body, cue)
    return row["target"] if isinstance(row["target"], str) and row["target"] else None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Kell District Court found on Monday that Osk Ventures had polluted the river.\n\n"
                 "Osk Ventures rejected the findings and said it would appeal.", "rejected", "Kell District Court",
                 id="findings-of-a-court"),
    pytest.param("The 80-page report by the Norland Safety Board found that the crane had been overloaded.\n\n"
                 "The Crane Operators Union welcomed the findings.", "welcomed", "Norland Safety Board",
                 id="findings-of-a-report-by"),
    pytest.param("The border row grew after Norlandic patrol boats seized nine trawlers off Kell on Sunday.\n\n"
                 "The Coastal Fishers Guild said the seizures were illegal.", "said", "Norlandic",
                 id="seizures-by-a-nationality"),
    pytest.param("The Dunn Port Authority seized two cargo ships on Friday.\n\n"
                 "Vessa Shipping condemned the seizures.", "condemned", "Dunn Port Authority",
                 id="seizures-by-a-body"),
    pytest.param("The Kell Town Council voted eight to five on Tuesday to close the old library.\n\n"
                 "The Kell Readers Circle said it was angry about the vote.", "said", "Kell Town Council",
                 id="vote-of-a-council"),
    pytest.param("The Brandt Institute found in March that rents had doubled.\n\n"
                 "The Tenants Front praised the findings.", "praised", "Brandt Institute",
                 id="findings-of-an-institute"),
])
def test_an_act_noun_is_its_author(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("Divers found a wreck off the coast of Kell on Monday.\n\n"
                 "The Kell Maritime Museum welcomed the findings.", "welcomed", id="findings-of-no-one-named"),
    pytest.param("Patrol boats seized nine trawlers off the coast on Sunday.\n\n"
                 "The Coastal Fishers Guild condemned the seizures.", "condemned", id="seizures-of-no-one-named"),
    pytest.param("Residents voted on Sunday to keep the old bridge.\n\n"
                 "The Kell Heritage Trust welcomed the vote.", "welcomed", id="vote-of-no-one-named"),
    pytest.param("The Kell Heritage Trust voted on Sunday to keep the old bridge.\n\n"
                 "The Kell Heritage Trust defended the vote.", "defended", id="own-vote"),
    pytest.param("The Norland Safety Board found that the crane had been overloaded.\n\n"
                 "The Norland Safety Board stood by its findings.", "stood by", id="own-findings"),
])
def test_no_author_when_none_named_or_own(nlp, body, cue):
    assert _target(nlp, body, cue) is None
