"""Facilities and named projects (the type rules of :mod:`analysis.entities.types`).

A name ending in a facility's word (mine, pipeline, smelter, lighthouse, courthouse ...) is a
facility, FAC, which the scorer counts as a place (LOC); a named project or farm with an energy
or infrastructure word ("the X Hydropower Project", "the X Wind Farm") is one too, as annotators
typed such projects. A firm named after its facility ("X Mill shares", "X Pipeline said") is an
organisation; a person whose surname is a facility word keeps the person's type. A place named
after a titled person keeps its title ("Queen Ida Hospital"). Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from analysis.entities.model import Entity, Mention
from analysis.entities.types import word_label
from tests.test_entities_constructions import TITLE, Case, E, compare

P, O, L = "PERSON", "ORG", "LOC"

CASES = [
    # a name ending in a facility's word is a facility
    Case("FACILITY", "Miners were trapped in the Tarnvik Mine on Tuesday.", [E("Tarnvik Mine", L, 1)]),
    Case("FACILITY", "The Northway Pipeline will carry gas to the coast.", [E("Northway Pipeline", L, 1)]),
    Case("FACILITY", "The Kellvik Smelter will close next year.", [E("Kellvik Smelter", L, 1)]),
    Case("FACILITY", "Sailors steered by the Sorna Lighthouse for a century.", [E("Sorna Lighthouse", L, 1)]),
    Case("FACILITY", "Protesters gathered at the Tarnby Courthouse.", [E("Tarnby Courthouse", L, 1)]),
    # a named energy or infrastructure project is a facility
    Case("PROJECT", "The Vesta Hydropower Project will flood two valleys.", [E("Vesta Hydropower Project", L, 1)]),
    Case("PROJECT", "Work on the Kell Valley Solar Project stopped in May.", [E("Kell Valley Solar Project", L, 1)]),
    Case("PROJECT", "The Tarn Wind Farm will power 9,000 homes.", [E("Tarn Wind Farm", L, 1)]),
    Case("PROJECT", "Villagers oppose the Norby Copper Mining Project.", [E("Norby Copper Mining Project", L, 1)]),
    Case("PROJECT", "The Sorna Rail Project was delayed again.", [E("Sorna Rail Project", L, 1)]),
    Case("PROJECT", "The Kell Hydro Scheme was approved by the council.", [E("Kell Hydro Scheme", L, 1)]),
    Case("PROJECT", "The Vell Bay LNG Project will export gas from 2030.", [E("Vell Bay LNG Project", L, 1)]),
    Case("PROJECT", "Work began on the Upper Tarn Hydroelectric Project last year.",
         [E("Upper Tarn Hydroelectric Project", L, 1)]),
    Case("PROJECT", "The Norby Offshore Wind Farm was delayed.", [E("Norby Offshore Wind Farm", L, 1)]),
    Case("PROJECT", "Residents fear the Ostra Gold Mine will poison the river.", [E("Ostra Gold Mine", L, 1)]),
    # a firm named after its facility is an organisation; a person keeps the person's type
    Case("FIRM-FACILITY", "Norvik Mill shares rose sharply after the results.", [E("Norvik Mill", O, 1)]),
    Case("FIRM-FACILITY", "Tarnvik Mine staff were told to stay home.", [E("Tarnvik Mine", O, 1)]),
    Case("FIRM-FACILITY", "The regulator fined Kellby Pipeline, and Kellby Pipeline said it would appeal.",
         [E("Kellby Pipeline", O, 2)]),
    Case("FIRM-FACILITY", "Ostra Smelter employees walked out on Friday.", [E("Ostra Smelter", O, 1)]),
    Case("FIRM-FACILITY", "Kell Refinery shareholders rejected the offer.", [E("Kell Refinery", O, 1)]),
    Case("FIRM-FACILITY", "Ann Mill said the plan would fail.", [E("Ann Mill", P, 1)]),
    Case("FIRM-FACILITY", "Mayor Ann Mill criticised the budget.", [E("Ann Mill", P, 1)]),
    # a place or body named after a titled person keeps the title; a titled person stays a person
    Case("NAMED-AFTER", "Queen Elizabeth Hospital was closed.", [E("Queen Elizabeth Hospital", L, 1)]),
    Case("NAMED-AFTER", "Patients left Queen Ida Hospital at dawn.", [E("Queen Ida Hospital", L, 1)]),
    Case("NAMED-AFTER", "The King Tarek Bridge reopened on Monday.", [E("King Tarek Bridge", L, 1)]),
    Case("NAMED-AFTER", "Students at the Prince Kell University protested.", [E("Prince Kell University", O, 1)]),
    Case("NAMED-AFTER", "Deputy Mayor Linda Park criticised the budget.", [E("Linda Park", P, 1)]),
    Case("NAMED-AFTER", "Senator Ida Hall said the bill would pass.", [E("Ida Hall", P, 1)]),
    # a body's head word makes an organisation, whatever preposition stands before it
    Case("ORG-WORD", "Bo Tarnholm, a campaigner from the Kell Coalition, said the march would go ahead.",
         [E("Kell Coalition", O, 1)], exhaustive=False),
    Case("ORG-WORD", "The Tarn Farmers Cooperative rejected the price.", [E("Tarn Farmers Cooperative", O, 1)]),
    Case("ORG-WORD", "Members of the Kell Historical Society met on Friday.", [E("Kell Historical Society", O, 1)]),
    Case("ORG-WORD", "The Vell Water Consortium won the contract.", [E("Vell Water Consortium", O, 1)]),
    Case("ORG-WORD", "The Norland Artists Collective staged a protest.", [E("Norland Artists Collective", O, 1)]),
]
IDS = [f"{case.category}-{i}" for i, case in enumerate(CASES)]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_facility_construction(nlp, case: Case):
    result = analyze(from_text(f"{TITLE}\n\n{case.text}"), nlp=nlp)
    problems = compare(case, result.entities.to_dict("records"))
    assert not problems, (case.text, problems, result.entities[["name", "type", "mentions"]].to_dict("records"))


@pytest.mark.parametrize("name,label", [
    ("Vesta Hydropower Project", "FAC"), ("Tarn Wind Farm", "FAC"), ("Kell Gas Pipeline", "FAC"),
    ("Norby Irrigation Scheme", "FAC"), ("Sorna Port Complex", "FAC"),
    ("Green Homes Scheme", "OTHER"),     # a programme, no facility word
    ("Kell Literacy Project", None),     # a project with no facility word keeps the model's type
])
def test_a_project_is_a_facility_only_with_a_facility_word(name, label):
    entity = Entity(name, mentions=[Mention(1, 0, len(name), name, "ORG")])
    assert word_label(entity) == label
