"""Entities on unseen news, second round: bodies named after places, regional governments, towns.

New sentences on invented topics for constructions that still failed on unseen-style articles: a
public body named after a river, region or city ("the Tarn Basin Authority") is its own
organisation and the place named alone stays a place; "the regional governments of A and B" make
A and B places; a town after "mayor(s) of", before "labour/district court", after "the flow at" or
"the port of" is a place; names apposed to a plural person role ("The mayors of A and B, Ana Vidal
and Rosa Mir,") are persons; a name the tagger cut short once is extended when the next word
completes a longer name of the same article. Same case format and comparison as
:mod:`tests.test_entities_constructions`; expectations from the rules of
``../shared/eval/README.md``.
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from analysis.entities.bodies import extend_cut_names
from analysis.entities.typewords import named_after_place
from analysis.entities.model import Mention
from tests.casebook import case_params, check_ids
from tests.test_entities_constructions import TITLE, Case, E, compare

P, O, G, N, L, V, T = "PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "OTHER"

CASES = [
    # a body named after a river, region or city is its own organisation; the place alone a place
    Case("BODY", "The Tarn Basin Authority said the Tarn had risen two metres. The authority closed the "
         "dams on the Tarn.", [E("Tarn Basin Authority", O, 1), E("Tarn", L, 2)]),
    Case("BODY", "The Kell Hydrographic Confederation warned farmers in Kell. The Kell Hydrographic "
         "Confederation said reservoirs were low.", [E("Kell Hydrographic Confederation", O, 2),
                                                       E("Kell", G, 1)]),
    Case("BODY", "The Velda Water Board cut supplies to Velda on Friday.",
         [E("Velda Water Board", O, 1), E("Velda", G, 1)]),
    Case("BODY", "Farmers in Ostmark blamed the Ostmark Irrigation Agency for the drought.",
         [E("Ostmark", G, 1), E("Ostmark Irrigation Agency", O, 1)]),
    Case("BODY", "The Kell Hydrographic Confederation (KHC) said the Kell reservoirs were low. The KHC blamed "
         "the drought.", [E(("Kell Hydrographic Confederation", "KHC"), O, 3), E("Kell", L, 1)],
         note="an acronym joins the body, never the river"),
    Case("BODY", "Water levels in the Ebrin fell. The Ebrin Hydrographic Confederation said the Ebrin delta would "
         "shrink.", [E("Ebrin", L, 2), E("Ebrin Hydrographic Confederation", O, 1)], note="LOC for a river"),
    Case("BODY", "The Ostmark Regional Authority and the farmers disagreed. Ostmark wants a dam; the farmers do "
         "not.",
         [E("Ostmark Regional Authority", O, 1), E("Ostmark", G, 1)]),
    Case("BODY", "Halvorsen Marine lent two barges. Halvorsen said more would follow.",
         [E(("Halvorsen Marine", "Halvorsen"), O, 2)], note="a firm's short form still joins it"),
    Case("BODY", "The Kennedy Institute published the study. Kennedy said the results were clear.",
         [E("Kennedy Institute", O, 1), E("Kennedy", P, 1)], note="a body named after a person"),
    Case("BODY", "The Dornby City Council approved the dam. Dornby wants a new dam.",
         [E("Dornby City Council", O, 1), E("Dornby", G, 1)], note="the model tagged only the town"),
    Case("BODY", "The Sorna River Authority closed the Sorna dam. Flows on the Sorna River fell by half.",
         [E("Sorna River Authority", O, 1), E(("Sorna", "Sorna River"), L, 2)], exhaustive=False),
    # the government of a region is a place's government: the region is a place
    Case("GOV", "The regional governments of Ostmark and Vellany agreed to share the water.",
         [E("Ostmark", G, 1), E("Vellany", G, 1)]),
    Case("GOV", "The government of Tarnland rejected the plan. Tarnland will appeal.",
         [E("Tarnland", G, 2)]),
    # towns with one telling context
    Case("TOWN", "The strike was declared illegal in a Dornby labour court.", [E("Dornby", G, 1)]),
    Case("TOWN", "The mayors of Kellby and Dornby met on Monday.", [E("Kellby", G, 1), E("Dornby", G, 1)]),
    Case("TOWN", "The flow at Marnsby fell to a record low.", [E("Marnsby", G, 1)]),
    Case("TOWN", "Ships left the port of Vossgard at dawn.", [E("Vossgard", G, 1)]),
    Case("TOWN", "The Vossby district court fined the firm.", [E("Vossby", G, 1)]),
    Case("GOV", "The Ostmark regional government and the Vellany regional government signed the water pact.",
         [E("Ostmark", G, 1), E("Vellany", G, 1)]),
    Case("GOV", "Officials of the governments of Ostmark, Vellany and Tarnland met in Kellby.",
         [E("Ostmark", G, 1), E("Vellany", G, 1), E("Tarnland", G, 1), E("Kellby", G, 1)]),
    Case("GOV", "The government of Brandt fell on Monday. Ida Brandt resigned.", [E("Ida Brandt", P, 2)],
         note="a government named after its leader"),
    Case("TOWN", "The port of call was busy. Ships docked in the port of Tarnvik.", [E("Tarnvik", G, 1)]),
    Case("TOWN", "A labour court in Dornby ruled that the strike was legal. The Dornby court also fined the union.",
         [E("Dornby", G, 2)]),
    Case("TOWN", "Water flow at Marnsby dropped, while the port of Sella closed.", [E("Marnsby", G, 1),
                                                                                   E("Sella", G, 1)]),
    # names apposed to a plural person role are persons
    Case("APPOS", "The mayors of Kellby and Dornby, Ana Vidal and Rosa Mir, both from the Green Party, "
         "signed the pact.", [E("Kellby", G, 1), E("Dornby", G, 1), E("Ana Vidal", P, 1),
                              E("Rosa Mir", P, 1), E("Green Party", O, 1)]),
    Case("APPOS", "Ida Brandt, the mayor of Kell, and Oskar Lind, the mayor of Tarnby, met. The mayors, Brandt "
         "and Lind, agreed.", [E("Ida Brandt", P, 2), E("Oskar Lind", P, 2), E("Kell", G, 1), E("Tarnby", G, 1)],
         note="a name apposed to a title stays a person in a list of places"),
    Case("APPOS", "The mayors of Tarnby and Kell, Ana Vidal and Oskar Lind, both from the Labour Party, wrote "
         "to the minister.", [E("Ana Vidal", P, 1), E("Oskar Lind", P, 1), E("Labour Party", O, 1)],
         exhaustive=False, note="not a list of places"),
    Case("APPOS", "The ministers of Norland and Vellany, Ida Brandt and Marta Sole, signed the treaty.",
         [E("Norland", G, 1), E("Vellany", G, 1), E("Ida Brandt", P, 1), E("Marta Sole", P, 1)]),
    Case("APPOS", "The coaches, Ana Ramos and Ida Brandt, were sacked.", [E("Ana Ramos", P, 1), E("Ida Brandt", P, 1)]),
    Case("APPOS", "The leaders of the two parties, Green Left and Social Democrats, signed the deal.",
         [E("Social Democrats", O, 1)], exhaustive=False,
         note="the apposition restates the parties (the model's own PERSON for 'Green Left' is left alone)"),
    # a name the tagger cut short is extended when the next word completes a longer name
    Case("E-PARTIAL", "Pacific Quay Terminals cut 200 jobs. Unions said Pacific Quay Terminals had broken its "
         "word, and a spokesman for Pacific Quay Terminals declined to comment.",
         [E("Pacific Quay Terminals", O, 3)]),
    # left-overs: a place hit by floods or reached by aid; a firm apposed to "its rival"
    Case("T-GPE", "Floods hit Marnsby on Tuesday. Aid reached Tollvik a day later.",
         [E("Marnsby", G, 1), E("Tollvik", G, 1)]),
    Case("T-ORG", "Valuco cut prices. Its rival, Brightmart, followed a day later.",
         [E("Valuco", O, 1), E("Brightmart", O, 1)]),
    Case("T-GPE", "Floods hit Marnsby and Tollvik on Tuesday.", [E("Marnsby", G, 1), E("Tollvik", G, 1)]),
    Case("T-ORG", "Valuco shares fell after the Valuco court battle with a supplier.", [E("Valuco", O, 2)],
         note="a firm's court battle"),
    Case("T-GPE", "Storms hit the coast. Help reached them on Monday.", []),
]


def _ids() -> list[str]:
    return [f"{case.category}-s6b-{i}" for i, case in enumerate(CASES, 1)]


IDS = _ids()
KNOWN_FAILING: set[str] = set()


def test_ids_are_unique_and_known_failing_ids_exist():
    check_ids(IDS, KNOWN_FAILING)


@pytest.mark.parametrize("case", list(case_params(CASES, IDS, KNOWN_FAILING)))
def test_s6b_construction(nlp, case: Case):
    text = case.text if "\n" in case.text else f"{TITLE}\n\n{case.text}"
    result = analyze(from_text(text), nlp=nlp)
    problems = compare(case, result.entities.to_dict("records"))
    assert not problems, (case.text, problems, result.entities[["name", "type", "mentions", "aliases"]]
                          .to_dict("records"))


def test_a_body_named_after_a_place_is_told_by_its_geographic_words():
    assert named_after_place("tarn basin authority") and named_after_place("velda water board")
    assert named_after_place("kell hydrographic confederation")
    assert not named_after_place("halvorsen marine") and not named_after_place("tarn")
    assert not named_after_place("pacific water holdings"), "a firm's name"


def test_a_name_cut_short_is_extended_when_the_text_completes_a_longer_name():
    texts = {1: "Pacific Quay Terminals cut jobs. Pacific Quay Terminals said so. Pacific Quay said more."}
    second, third = texts[1].index("Pacific Quay", 5), texts[1].rindex("Pacific Quay")
    cut = Mention(1, second, second + 12, "Pacific Quay", "GPE")
    alone = Mention(1, third, third + 12, "Pacific Quay", "GPE")
    mentions = [Mention(1, 0, 22, "Pacific Quay Terminals", "ORG"), cut, alone]
    assert texts[1][cut.start:cut.end] == "Pacific Quay" == texts[1][alone.start:alone.end]
    extend_cut_names(mentions, texts)
    assert (cut.text, cut.end, cut.label) == ("Pacific Quay Terminals", second + 22, "ORG")
    assert (alone.text, alone.label) == ("Pacific Quay", "GPE"), "a short form the text does not complete stays"


def test_a_name_is_never_extended_across_a_conjunction():
    texts = {1: "Halvex and Norbridge cut prices."}
    halvex = Mention(1, 0, 6, "Halvex", "ORG")
    extend_cut_names([halvex, Mention(1, 0, 20, "Halvex and Norbridge", "PERSON")], texts)
    assert (halvex.text, halvex.end) == ("Halvex", 6)
