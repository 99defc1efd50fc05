"""Entities on unseen news: places with no telling word, languages, place abbreviations.

New sentences on invented topics for the constructions of ``../shared/eval/unseen-errors.md``
(Entities) that still failed: a one-word place the model calls a person or an organisation, a
language coordinated with another ("in French, German and Italian") or not a demonym ("in Swahili",
"Portuguese language:"), a country's abbreviation ("NZ", "ROK"), a name in a map legend. Same case
format and comparison as :mod:`tests.test_entities_constructions`; expectations from the rules of
``../shared/eval/README.md`` (a language used as a language is a name of its own, OTHER for the
scorer, never a mention of a country).
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from analysis.entities.countries import place_of_name
from analysis.entities.languages import language_names
from tests.casebook import case_params, check_ids
from tests.test_entities_constructions import TITLE, Case, E, compare

P, O, G, N, L, V, T = "PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "OTHER"

CASES = [
    # languages: a language name of its own, never the country, even in a list or with no demonym
    Case("LANG", "The ruling was published in French, German and Italian on Monday.",
         [E("French", T, 1), E("German", T, 1), E("Italian", T, 1)]),
    Case("LANG", "German and Italian officials met in Rome.",
         [E(("Germany", "German"), G, 1), E(("Italy", "Italian"), G, 1), E("Rome", G, 1)],
         note="the same words used for the states"),
    Case("LANG", "The mayor of Kellby spoke in Portuguese and then in Swahili to the crowd.",
         [E("Kellby", G, 1), E("Portuguese", T, 1), E("Swahili", T, 1)]),
    Case("LANG", "The sign was written in Spanish and Tagalog. Tagalog speakers complained.",
         [E("Spanish", T, 1), E("Tagalog", T, 2)]),
    Case("LANG", "Kurdish fighters held the town.", [E("Kurdish", N, 1)], note="a people, not a language"),
    Case("LANG", "Mayor Ida Brandt said \"prices will rise\" ((pt))Portuguese language: \u200dos preços sobem. "
         "She repeated it ((pt))Portuguese language: \u200doutra vez.",
         [E("Ida Brandt", P, 1), E(("Portuguese", "Portuguese language"), T, 2)], note="a wiki's language note"),
    # one-word places the model calls persons: one telling context is enough when nothing says person
    Case("T-GPE", "Storms damaged roofs in Tillbury, Oskarvik and Brennmoor overnight.",
         [E("Tillbury", G, 1), E("Oskarvik", G, 1), E("Brennmoor", G, 1)], note="a list after 'in'"),
    Case("T-GPE", "Ida Brandt, the energy minister, visited Kell. Brandt said the grid would be repaired.",
         [E("Ida Brandt", P, 2), E("Kell", G, 1)]),
    Case("T-GPE", "A Kellmark-based charity sent tents and blankets.", [E("Kellmark", G, 1)]),
    Case("T-GPE", "The rebels shelled the refinery at Vossgard. Vossgard had been quiet for a year.",
         [E("Vossgard", G, 2)], note="a site 'at' a name"),
    Case("T-GPE", "She was born in Rhodesia and moved to Ceylon.", [E("Rhodesia", G, 1), E("Ceylon", G, 1)],
         note="a former state's name, after a verb of travel"),
    Case("LEGEND", "Floods\n\nLocation of Brennmoor within Norland\n\nRescue teams worked overnight in Brennmoor.",
         [E("Brennmoor", G, 2), E("Norland", G, 1)], note="a map caption as a paragraph"),
    Case("LEGEND", "Floods\n\nRed: Kellby district. Blue: Varn River.\n\nFloods hit Kellby on Tuesday.",
         [E("Kellby", G, 2), E("Varn River", L, 1)], note="the legend's mention was not tagged"),
    Case("T-PERSON", "Coach Dario Venn was sacked. Venn had led the club in Tarnby for five years.",
         [E("Dario Venn", P, 2), E("Tarnby", G, 1)], note="a surname stays a person"),
    # a Title Case dateline names two places; no role read across its dash
    Case("DATELINE", "Kell, Norland — The High Court of Norland on Tuesday jailed Oskar Lind for fraud. Lind "
         "said Norland was unfair.", [E("Kell", G, 1), E("Norland", G, 2), E("High Court of Norland", O, 1),
                                      E("Oskar Lind", P, 2)]),
    # C-INSIDEORG: an institution with "of" and its place is one name; the place inside is no mention
    Case("C-INSIDEORG", "The Supreme Court of Kellmark ruled on Monday. Kellmark's justice minister welcomed it.",
         [E("Supreme Court of Kellmark", O, 1), E("Kellmark", G, 1)]),
    Case("C-INSIDEORG", "Students at the University of the West Marsh marched to the Tarnland Parliament.",
         [E("University of the West Marsh", O, 1), E("Tarnland Parliament", O, 1)]),
    # an outlet's name the model called a person is no person: its first word is no first name
    Case("E-VARIANT", "The case was first reported by the Kell Gazette. The Gazette said the fraud began in "
         "Kell in 2019.", [E(("Kell Gazette", "Gazette"), O, 2), E("Kell", G, 1)]),
    # a name the model skipped, apposed to a capitalised role, is a person; the role's place a country
    Case("NER-MISS", "Ana Lindqvist, the Chief Justice of Norland, said the court would sit. Lindqvist spoke "
         "for an hour.", [E("Ana Lindqvist", P, 2), E("Norland", G, 1)]),
    # a public body named after its country is no long form of the country
    Case("E-VARIANT", "Rain flooded homes in Brennmoor, the Norland Weather Service (NWS) said. The NWS expects more. "
         "\"Norland will not leave you alone,\" the minister said. Norland's neighbours offered help.",
         [E("Brennmoor", G, 1), E(("Norland Weather Service", "NWS"), O, 3), E("Norland", G, 2)]),
    Case("T-GPE", "Thousands were evacuated from Vossgard on Sunday. The prime minister visited Vossgard on "
         "Monday.", [E("Vossgard", G, 2)]),
    # a party's word before its members is a mention of the party the article names
    Case("PARTY", "The Green Party won seats. Green councillors said the Labour Party had failed. Labour "
         "voters stayed home.", [E(("Green Party", "Green"), O, 2), E(("Labour Party", "Labour"), O, 2)]),
    Case("PARTY", "Green spaces matter, the Green Party said.", [E("Green Party", O, 1)],
         note="no members' noun after the word"),
    # firms and products the model calls persons
    Case("T-ORG", "Halvorsen Marine, a local shipbuilder, lent two barges. Halvorsen said more would follow.",
         [E(("Halvorsen Marine", "Halvorsen"), O, 2)]),
    Case("C-HYPHEN", "Norway-based Skarv Fisk and a Chile-owned fleet sailed.",
         [E("Norway", G, 1), E("Chile", G, 1), E("Skarv Fisk", O, 1)]),
    Case("T-OTHER", "Doctors treated the patients with Zorvex, a new drug.", [E("Zorvex", T, 1)]),
    Case("E-NOTNAMED", "The company, a PLC, said losses were small.", []),
    Case("E-NOTNAMED", "The EU said it would send teams via its Civil Protection Mechanism.", [E("EU", O, 1)],
         note="a word in -ism inside a Title Case name is no doctrine"),
    Case("T-GPE", "Fires hit Greece, Albania, and Vossgard.", [E("Greece", G, 1), E("Albania", G, 1),
                                                             E("Vossgard", G, 1)]),
    # sports: a club's last word alone, a surname with its particle, a player's role before the name
    Case("E-VARIANT", "Kell Rovers sacked the coach. Rovers chairman Lars de Vries said so. De Vries thanked "
         "him. The league fined Rovers in March.",
         [E(("Kell Rovers", "Rovers"), O, 3), E(("Lars de Vries", "De Vries"), P, 2)]),
    Case("E-VARIANT", "Tarnby Athletic won 4-0. Striker Mia Holm scored twice for Athletic. Athletic's manager "
         "praised her.", [E(("Tarnby Athletic", "Athletic"), O, 3), E("Mia Holm", P, 1)]),
    Case("E-VARIANT", "Kell United beat Tarnby United. United fans celebrated in both towns.",
         [E("Kell United", O, 1), E("Tarnby United", O, 1)], note="two clubs end alike: no short form"),
    # brands: a product after "makes" with a hyphenated product noun; a firm apposed after its class noun
    Case("E-NERMISS-BRAND", "The firm, which also makes Softo e-bikes, blamed a battery supplier, Voltaro of "
         "South Korea.", [E("Softo", T, 1), E("Voltaro", O, 1), E("South Korea", G, 1)]),
    # local government: "the council of X", a town's older name, a party's plural name, firms as builders
    Case("T-GPE", "The city council of Tarnby approved the tram line. Tarnby council will pay half.",
         [E("Tarnby", G, 2)]),
    Case("HIST", "The line was first proposed when the town was still called Vossburg.", [E("Vossburg", G, 1)]),
    Case("HIST", "He said the name of this area is Marnopol and always was.", [E("Marnopol", G, 1)]),
    Case("PARTY", "Councillor Ida Brandt of the Social Democrats backed the plan.",
         [E("Ida Brandt", P, 1), E("Social Democrats", O, 1)]),
    Case("T-ORG", "The line will be built by Norbuild and run by the city.", [E("Norbuild", O, 1)]),
    Case("E-CAPWORD", "Organisers said 300 people came. Volunteers handed out water.", []),
    # E-NERMISS-COMMONWORD: an outlet named by common words after its class noun
    Case("E-NERMISS-COMMONWORD", "Her story was first published by the paper Tomorrow and the website Daily "
         "Beacon.", [E("Tomorrow", O, 1), E("Daily Beacon", O, 1)]),
    Case("E-NERMISS-COMMONWORD", "The paper said on Monday that the band played.", [], note="no name after it"),
    # E-PARTIAL: an acronym in brackets that leaves out its parent's prefix
    Case("E-PARTIAL", "The United Nations Office for the Coordination of Rowing Affairs (OCRA) said it would "
         "help. OCRA sent two boats.", [E(("United Nations Office for the Coordination of Rowing Affairs", "OCRA"),
                                          O, 3)]),
    # abbreviations of countries
    Case("T-GPE-ACR", "The PRC and the ROK signed a fishing pact.",
         [E(("PRC", "China"), G, 1), E(("ROK", "South Korea"), G, 1)]),
    Case("T-GPE-ACR", "Rugby fans across NZ celebrated. New Zealand had not won since 2015.",
         [E(("New Zealand", "NZ"), G, 2)]),
]


def _ids() -> list[str]:
    return [f"{case.category}-s6-{i}" for i, case in enumerate(CASES, 1)]


IDS = _ids()
KNOWN_FAILING: set[str] = set()


def test_ids_are_unique_and_known_failing_ids_exist():
    check_ids(IDS, KNOWN_FAILING)


@pytest.mark.parametrize("case", list(case_params(CASES, IDS, KNOWN_FAILING)))
def test_s6_construction(nlp, case: Case):
    text = case.text if "\n" in case.text else f"{TITLE}\n\n{case.text}"
    result = analyze(from_text(text), nlp=nlp)
    problems = compare(case, result.entities.to_dict("records"))
    assert not problems, (case.text, problems, result.entities[["name", "type", "mentions", "aliases"]]
                          .to_dict("records"))


def test_language_names_come_from_the_iso_table():
    names = language_names()
    assert {"Swahili", "Tagalog", "Spanish", "Arabic", "Hindi"} <= names
    assert len(names) > 150 and "Kellish" not in names


def test_country_abbreviations_resolve_to_their_country():
    assert place_of_name("NZ") == place_of_name("New Zealand") == "NZL"
    assert place_of_name("ROK") == "KOR" and place_of_name("KSA") == "SAU"
    assert place_of_name("BiH") == place_of_name("Bosnia") == "BIH"
