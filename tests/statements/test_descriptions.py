"""Targets named by a description (:mod:`analysis.statements.descriptions`), on invented topics,
through the whole pipeline: "the government" is the article's state, "the company" / "the
airline" the body of that class the article names, "the law" / "the programme" / "the fund"
the named act, scheme or fund; never the speaker's own body, a generic plural, or a class two
bodies share equally.
"""

from __future__ import annotations

import pytest

from tests.statements.conftest import same_name
from tests.statements.test_target_rules_s5 import statement


def _target(nlp, body: str, cue: str) -> str | None:
    row = statement(nlp, body, cue)
    return row["target"] if isinstance(row["target"], str) and row["target"] else None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Rail workers in Paraguay went on strike on Friday.\n\n"
                 "The Rail Staff Union accused the government of ignoring safety.", "accused", "Paraguay",
                 id="union-accuses-the-government"),
    pytest.param("Fishermen in Bhutan protested on Monday.\n\n"
                 "Opposition leader Ida Brandt criticised the government for its silence.", "criticised", "Bhutan",
                 id="opposition-leader"),
    pytest.param("Nurses across Malawi walked out on Tuesday over unpaid wages.\n\n"
                 "The Clinic Workers Alliance blamed the government for the delays.", "blamed", "Malawi",
                 id="blamed-the-government"),
    pytest.param("Bakers in Estonia closed their shops on Monday.\n\n"
                 "The Bakers Guild urged the national government to cut the flour tax.", "urged", "Estonia",
                 id="national-government"),
    pytest.param("Dockers in Finland stopped work on Wednesday, and ships waited off Tallinn in Estonia.\n\n"
                 "The Harbour Workers Front accused the government of breaking its promises.", "accused", "Finland",
                 id="lede-state-first"),
    pytest.param("Farmers in Paraguay blocked roads on Monday.\n\n"
                 "The Soy Growers Forum condemned the government's new export levy.", "condemned", "Paraguay",
                 id="possessive-government"),
])
def test_the_government_is_the_articles_state(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Flights were cancelled across Estonia on Monday as cabin crew at Vessa Airways walked out.\n\n"
                 "The Cabin Staff Union accused the airline of ignoring fatigue.", "accused", "Vessa Airways",
                 id="airline-by-name-word"),
    pytest.param("Vessa Airways cut 40 routes on Monday.\n\n"
                 "The Cabin Staff Union said the company had broken its word.", "said", "Vessa Airways",
                 id="company-by-class-word"),
    pytest.param("Farmers blocked the road to the Dunn copper mine on Tuesday.\n\n"
                 "The operator of the mine, Osk Ventures, wants to double output. Osk Ventures says the water is "
                 "safe.\n\nThe Dunn Farmers Front said the company would have to listen.", "said", "Osk Ventures",
                 id="main-company-without-class-word"),
    pytest.param("Kell Mining Company and the Dunn Water Board were sued on Monday.\n\n"
                 "The Dunn Valley Front accused the company of polluting the river.", "accused", "Kell Mining Company",
                 id="company-not-a-board"),
    pytest.param("Kell Mining Company applied for a new licence in May.\n\n"
                 "The Dunn Valley Front urged the Dunn Water Board to suspend the company's permit.", "urged",
                 "Kell Mining Company", id="possessive-company"),
    pytest.param("Prices at Brightcart Supermarkets rose again in March.\n\n"
                 "The Norland Consumers Forum accused the retailer of greed.", "accused", "Brightcart Supermarkets",
                 id="retailer-by-name-word"),
])
def test_the_company_is_the_body_of_its_class(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Kell Assembly passed the Open Press Act in June.\n\n"
                 "The Editors Guild of Osk denounced the law.", "denounced", "Open Press Act", id="denounced-the-law"),
    pytest.param("The Kell Assembly passed the Open Press Act in June.\n\n"
                 "The Editors Guild of Osk said the law was a disgrace.", "said", "Open Press Act", id="said-the-law"),
    pytest.param("The Kell Assembly passed the Open Press Act in June.\n\n"
                 "The Osk Press Council backed the law.", "backed", "Open Press Act", id="backed-the-law"),
    pytest.param("Kell signed a loan deal with the Northern Monetary Fund in May.\n\n"
                 "The Kell Labour Forum criticised the fund's demands.", "criticised", "Northern Monetary Fund",
                 id="possessive-fund"),
    pytest.param("Kell joined the Green Homes Programme in May.\n\n"
                 "The Builders Guild of Kell praised the programme.", "praised", "Green Homes Programme",
                 id="praised-the-programme"),
    pytest.param("Kell drew its first loan from the Coastal Recovery Facility in May.\n\n"
                 "The Osk Tenants Forum criticised the programme.", "criticised", "Coastal Recovery Facility",
                 id="programme-named-facility"),
    pytest.param("Kell drew its first loan under the Coastal Recovery Facility (CRF) in May. The CRF lends at "
                 "two percent.\n\nThe Osk Tenants Forum criticised the programme.", "criticised",
                 "Coastal Recovery Facility", id="programme-with-acronym"),
])
def test_the_law_or_programme_is_the_one_named(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("Teachers in Finland walked out on Wednesday.\n\n"
                 "Education Minister Ida Brandt said the government would not intervene.", "said",
                 id="a-ministers-own-government"),
    pytest.param("Farmers in Estonia marched on Monday.\n\n"
                 "The Kell Ministry of Farming said the ministry would review the subsidy.", "said",
                 id="a-ministrys-own-ministry"),
    pytest.param("Kell Mining Company announced layoffs on Monday.\n\n"
                 "Its chief executive, Ida Brandt, said the company remained committed to the valley.", "said",
                 id="the-directors-own-company"),
    pytest.param("Kell Foods and Osk Dairies both raised prices.\n\n"
                 "The Dunn Consumers Forum accused the company of greed.", "accused", id="two-companies-equally"),
    pytest.param("Kell Mining Company announced layoffs on Monday.\n\n"
                 "The Dunn Valley Front said companies should pay more tax.", "said", id="generic-companies"),
    pytest.param("Herders met in the Dunn district of Bhutan on Monday.\n\n"
                 "Ida Brandt of the Herders Forum said the district needed rain.", "said", id="a-place-in-passing"),
    pytest.param("Dockers in Finland stopped work on Wednesday.\n\n"
                 "Government spokesman Arvo Lind said the government was ready to talk.", "said",
                 id="a-government-spokesman"),
    pytest.param("Kell Mining Company, which employs 900 people in Dunn, said on Monday it would cut jobs. Its "
                 "spokesman, Arvo Lind, said the company had no choice.", "said", id="its-spokesman-of-who-spoke"),
])
def test_no_target_from_own_generic_or_ambiguous_descriptions(nlp, body, cue):
    assert _target(nlp, body, cue) is None


def test_cautioned_the_council_against_targets_the_council(nlp):
    """"cautioned X against ...": a call on X to refrain, like "warned X against"."""
    body = ("The Dunn City Council voted on Tuesday to build a new stadium.\n\n"
            "Housing Minister Ida Brandt cautioned the council against \"assuming Kell will pay for it\".")
    assert same_name("Dunn City Council", _target(nlp, body, "cautioned"))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Vessa Airways cut 40 routes on Monday.\n\nThe Cabin Staff Union said the strike was a last resort "
                 "forced on its members by management's refusal to cap hours.", "said", "Vessa Airways",
                 id="management-refusal"),
    pytest.param("Osk Ventures wants to double output at the Dunn mine. Osk Ventures says the water is safe.\n\n"
                 '"Now the company will have to listen," said Ida Brandt of the Dunn Farmers Front.', "said",
                 "Osk Ventures", id="the-company-in-a-quotation"),
    pytest.param("Kell joined the Green Homes Programme in May.\n\n"
                 "The Builders Guild of Kell said the programme had failed.", "said", "Green Homes Programme",
                 id="reported-the-programme"),
    pytest.param("Cabin crew at Vessa Airways walked out on Friday.\n\n"
                 "The Cabin Staff Union said further stoppages would go ahead unless the airline returned to the "
                 "table.", "said", "Vessa Airways", id="unless-the-airline"),
    pytest.param("The Kell Assembly passed the Open Press Act in June.\n\n"
                 "The Editors Guild of Osk said the law would silence small newspapers.", "said", "Open Press Act",
                 id="reported-the-law"),
])
def test_reported_words_about_a_described_body(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("The Dunn City Council voted to build a stadium on Tuesday.\n\n"
                 "Councillor Ida Brandt said she had backed it after the council agreed to cap its costs.", "said",
                 id="a-councillors-own-council"),
    pytest.param("The Dunn City Council voted to build a stadium on Tuesday.\n\n"
                 "Housing Minister Ida Brandt said the council's application would be assessed like any other.",
                 "said", id="possessor-of-a-subject"),
    pytest.param("Kell Mining Company and Osk Metals both bid for the licence.\n\n"
                 "Ida Brandt of the Dunn Valley Front said companies should be taxed more.", "said",
                 id="generic-plural-in-reported-words"),
    pytest.param("Teachers in Finland walked out on Wednesday.\n\n"
                 "Education Minister Ida Brandt said the government was ready to talk.", "said",
                 id="a-ministers-government-in-reported-words"),
    pytest.param("Kell Foods and Osk Dairies both raised prices.\n\n"
                 "The Dunn Consumers Forum said the company should explain itself.", "said",
                 id="two-companies-in-reported-words"),
    pytest.param("Bakers in Estonia closed their shops on Monday.\n\n"
                 "State Secretary for Trade Arvo Lind told parliament that the government preferred to wait.", "told",
                 id="a-state-secretarys-government"),
])
def test_reported_words_with_no_described_target(nlp, body, cue):
    assert _target(nlp, body, cue) is None
