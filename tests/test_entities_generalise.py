"""Entities: more variants of the constructions of ``../shared/eval/unseen-errors.md`` (Entities),
written as new sentences on invented topics, so each rule is checked on a form it was not written
from. Same case format and comparison as :mod:`tests.test_entities_constructions`."""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from analysis.entities.finders import spells
from analysis.entities.recall import rare
from tests.test_entities_constructions import TITLE, Case, E, compare

P, O, G, N, L, V, T = "PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "OTHER"

CASES = [
    # "X, or the Y," with Y untagged there, an acronym with a digit, "X Summit"
    Case("E-VARIANT", "The N5, or the Northern Five, met in Tromso. N5 Summit delegates and the Northern Five "
         "chair spoke.", [E(("Northern Five", "N5"), O, 4), E("Tromso", G, 1)]),
    Case("E-VARIANT", "The Kell Valley Water Authority raised prices. The KVWA said costs had doubled.",
         [E(("Kell Valley Water Authority", "KVWA"), O, 2)]),
    Case("E-VARIANT", "The KVWA raised prices on Monday. A spokesman for the Kell Valley Water Authority said "
         "costs had doubled.", [E(("Kell Valley Water Authority", "KVWA"), O, 2)], note="acronym first"),
    Case("E-VARIANT", "The Dorvan regime denied the report. President Dorvan later said the army would stay.",
         [E("Dorvan", P, 2)], note="'X regime' is a mention of X"),
    # names the model skipped: a rare word coordinated with a tagged name, an acronym in capitals
    Case("E-NERMISS-BRAND", "Brightmart and Valuco cut prices. Brightmart staff objected to the move.",
         [E("Brightmart", O, 2), E("Valuco", O, 1)]),
    Case("E-NERMISS-BRAND", "The firm, which makes Softo tissues, posted the notice on its website.",
         [E("Softo", T, 1)]),
    Case("E-NERMISS-COMMONWORD", "The KDRA fighters retreated. KDRL had held the town since 2015, and KDRA "
         "leaders fled.", [E(("KDRA", "KDRL"), O, 3)], note="two variant acronyms of one group, one skipped"),
]


def _ids() -> list[str]:
    return [f"{case.category}-g{i}" for i, case in enumerate(CASES, 1)]


KNOWN_FAILING: set[str] = set()


@pytest.mark.parametrize("case", [pytest.param(c, id=i, marks=[pytest.mark.xfail(strict=False)]
                                               if i in KNOWN_FAILING else []) for c, i in zip(CASES, _ids())])
def test_generalised_construction(nlp, case: Case):
    result = analyze(from_text(f"{TITLE}\n\n{case.text}"), nlp=nlp)
    problems = compare(case, result.entities.to_dict("records"))
    assert not problems, (case.text, problems, result.entities[["name", "type", "mentions", "aliases"]]
                          .to_dict("records"))


def test_number_words_spell_as_digits():
    assert spells("N5", "Northern Five") and spells("G7", "Group of Seven")
    assert not spells("N6", "Northern Five")


def test_rare_words_are_not_english_words_nor_written_lower_case():
    assert rare("Brightmart", set()) and rare("KDRL", set())
    assert not rare("Police", set()) and not rare("However", set()) and not rare("THE", set())
    assert not rare("Kellmark", {"kellmark"}) and not rare("March", set()) and not rare("XIV", set())
