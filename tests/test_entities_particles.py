"""Names with apostrophes, particles and hyphens: found whole and kept together.

A surname with its particle alone ("De la Cruz", "Abd al-Karim") joins the one person whose name
ends with it (:func:`analysis.entities.grouping.particled`); a person the tagger cut at a
lower-case particle ("Jan ter Horst" tagged "Horst") takes the particle and the given name back
(:func:`analysis.entities.mending.extend_particle_names`); apostrophes and hyphens inside a name
keep it one name; a people's nation ("the Kel'tsa First Nation") is an organisation, found whole
when the model skipped it. Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from analysis.entities.grouping import particled
from analysis.entities.mending import extend_particle_names, find_titled_names
from analysis.entities.model import Mention
from tests.test_entities_constructions import TITLE, Case, E, compare

P, G = "PERSON", "GPE"

CASES = [
    # a particled surname alone joins the one person it ends
    Case("PARTICLE-SURNAME", "Judge Maria de la Cruz dismissed the case. De la Cruz said the evidence was thin.",
         [E("Maria de la Cruz", P, 2)]),
    Case("PARTICLE-SURNAME", "Hassan Abd al-Karim met reporters. Abd al-Karim denied the charges.",
         [E("Hassan Abd al-Karim", P, 2)]),
    Case("PARTICLE-SURNAME", "Anna von der Heide resigned. Von der Heide said she had no regrets.",
         [E("Anna von der Heide", P, 2)]),
    Case("PARTICLE-SURNAME", "Coach Pieter van der Berg resigned on Monday. Van der Berg said he was tired.",
         [E("Pieter van der Berg", P, 2)]),
    Case("PARTICLE-SURNAME", "The striker Nuno da Costa scored twice. Da Costa was booed.",
         [E("Nuno da Costa", P, 2)]),
    # a name cut at its particle is taken back whole
    Case("CUT-PARTICLE", "Ida Brandt's rival, Jan ter Horst, conceded. Ter Horst said the count was fair.",
         [E("Ida Brandt", P, 1), E("Jan ter Horst", P, 2)]),
    Case("CUT-PARTICLE", "Supporters of Lars van Kell cheered. Van Kell waved.", [E("Lars van Kell", P, 2)]),
    Case("CUT-PARTICLE", "The envoy, Karim al-Rashidi, met the mayor. Al-Rashidi said the talks went well.",
         [E("Karim al-Rashidi", P, 2)]),
    Case("CUT-PARTICLE", "Prince Faisal bin Tarek visited the port. Bin Tarek said he was pleased.",
         [E("Faisal bin Tarek", P, 2)]),
    Case("CUT-PARTICLE", "Judge de la Cruz dismissed the case.", [E("de la Cruz", P, 1)]),
    # apostrophes and hyphens stay inside the name
    Case("APOSTROPHE", "Ciaran O'Neill met the board. O'Neill's plan was rejected, and critics mocked O'Neill.",
         [E("Ciaran O'Neill", P, 3)]),
    Case("APOSTROPHE", "Talks in N'Djamena failed. N'Djamena's mayor left early.", [E("N'Djamena", G, 2)]),
    Case("APOSTROPHE", "Rosa D'Amico won the race. D'Amico thanked her team.", [E("Rosa D'Amico", P, 2)]),
    Case("APOSTROPHE", "The minister, Sean O'Brien-Kelly, resigned. O'Brien-Kelly said he would not return.",
         [E("Sean O'Brien-Kelly", P, 2)]),
    Case("APOSTROPHE", "Lena Moreau-Vidal won the seat. Moreau-Vidal thanked voters, and Ms Moreau-Vidal "
         "spoke again.", [E("Lena Moreau-Vidal", P, 3)]),
    # a people's nation the model skipped, apostrophe and all, is an organisation
    Case("NATION", "Not every community was pleased. The Kel'tsa First Nation, which signed a deal with the "
         "builder in 2021, said the ruling was unfair.", [E("Kel'tsa First Nation", "ORG", 1)]),
    Case("NATION", "Leaders of the Ts'arnu Nation met the minister.", [E("Ts'arnu Nation", "ORG", 1)]),
    Case("NATION", "The Vell River Nation opposed the mine.", [E("Vell River Nation", "ORG", 1)]),
    Case("NATION", "The Kel'tsa First Nation challenged the permit in court.", [E("Kel'tsa First Nation", "ORG", 1)]),
    Case("NATION", "Elders of the Sqa'mish Nation walked out of the hearing.", [E("Sqa'mish Nation", "ORG", 1)]),
    # a full name after a title the model skipped is a person
    Case("TITLED", "Mayor Ana Lind of the Tarn Council said the ruling was just.",
         [E("Ana Lind", P, 1), E("Tarn Council", "ORG", 1)]),
    Case("TITLED", "Chief Ana Lind of the Kel'tsa First Nation said the ruling was just.",
         [E("Ana Lind", P, 1), E("Kel'tsa First Nation", "ORG", 1)]),
    Case("TITLED", "Councillor Bo Tarnholm of the Kell Ward said the vote was rigged.",
         [E("Bo Tarnholm", P, 1), E("Kell Ward", "LOC", 1)]),
    Case("TITLED", "Detective Ivo Marsk of the Kell Police told reporters the search went on.",
         [E("Ivo Marsk", P, 1), E("Kell Police", "ORG", 1, optional=True)]),
    Case("TITLED", "Sheriff Joel Ferrand of the Vell County said the road was closed.",
         [E("Joel Ferrand", P, 1), E("Vell County", G, 1)]),
    # a person's apposition names a role, whatever body follows it ("a lawyer for the union")
    Case("APPOSED-ROLE", "Jan ter Horst, a lawyer for the union, said the accounts were frozen.",
         [E("Jan ter Horst", P, 1)]),
    Case("APPOSED-ROLE", "Oskar Lind, a lawyer with the union, said the strike was legal.", [E("Oskar Lind", P, 1)]),
    Case("APPOSED-ROLE", "Ivo Marsk, a spokesman for the airline, said flights would resume.", [E("Ivo Marsk", P, 1)]),
    Case("APPOSED-ROLE", "Mia Berg, a lawyer from the firm, said the contract was void.", [E("Mia Berg", P, 1)]),
    Case("APPOSED-ROLE", "Rosa Mir, an adviser to the union, said talks had stalled.", [E("Rosa Mir", P, 1)]),
]
IDS = [f"{case.category}-{i}" for i, case in enumerate(CASES)]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_particle_construction(nlp, case: Case):
    result = analyze(from_text(f"{TITLE}\n\n{case.text}"), nlp=nlp)
    problems = compare(case, result.entities.to_dict("records"))
    assert not problems, (case.text, problems, result.entities[["name", "type", "mentions"]].to_dict("records"))


@pytest.mark.parametrize("key,expected", [
    ("de la cruz", True), ("abd al-karim", True), ("van der berg", True), ("ali bin tarek", True),
    ("ida brandt", False), ("kell gazette", False),
])
def test_particled(key, expected):
    assert particled(key) is expected


@pytest.mark.parametrize("text,name,extended", [
    ("Her rival, Jan ter Horst, conceded.", "Horst", "Jan ter Horst"),
    ("The singer Maria de la Cruz sang.", "Cruz", "Maria de la Cruz"),
    ("Judge de la Cruz ruled.", "Cruz", "Cruz"),              # a title is no given name
    ("In de Wit's view, it failed.", "Wit", "Wit"),            # a function word is no given name
    ("The Tour de France began.", "France", "France"),         # a place is no person
])
def test_extend_particle_names(text, name, extended):
    start = text.index(name)
    label = "GPE" if name == "France" else "PERSON"
    m = Mention(1, start, start + len(name), name, label)
    extend_particle_names([m], {1: text})
    assert m.text == extended and text[m.start:m.end] == extended


@pytest.mark.parametrize("text,names", [
    ("Mayor Ana Lind of the Tarn Council said the plan was sound.", ["Ana Lind"]),
    ("Mayor Ana Lind's plan failed.", ["Ana Lind"]),
    ("The plan, said Director Oskar van Berg, was sound.", ["Oskar van Berg"]),
    ("Prince Kell Island voted on Monday.", []),       # a natural place's word: no person
    ("Queen Ida Hospital was closed.", []),            # a facility's word
    ("President Ana Lind Park Road was closed.", []),  # a longer run of capitalised words
    ("General Norland Motors said sales fell.", []),   # no title before three words with a firm's word
])
def test_find_titled_names(text, names):
    assert [m.text for m in find_titled_names({0: TITLE, 1: text}, [])] == names
