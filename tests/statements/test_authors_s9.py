"""Targets named by an act noun, a role or a place description, on invented topics, through the
whole pipeline: "the findings" are whoever found, "the seizures" whoever seized (a nationality
naming the doers: "Norlandic patrol boats seized"), "the vote" whoever voted, a report's
findings its author ("a report by X found"); "the governor's demand" the governor named
("the regional governor of Kell, Ida Brandt"); a request to undo an act ("demanded that the
gate be reopened") whoever did it; "distanced itself from X" X (a reflexive is no one else);
"the neighbouring district" the other place named; nothing when no one named did it.
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


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Farmers in Kell blocked the road to the Dunn mine on Monday.\n\n"
                 "The regional governor of Kell, Ida Brandt, has sided with the farmers.\n\n"
                 "The Norland Mining Ministry rejected the governor's demand.", "rejected", "Ida Brandt",
                 id="governor-of-a-place"),
    pytest.param("The health minister of Norland, Tom Reyes, proposed a sugar tax on Monday.\n\n"
                 "The Kell Bakers Guild criticised the minister's proposal.", "criticised", "Tom Reyes",
                 id="minister-of-a-country"),
    pytest.param("The district chief of Dunn, Henrik Dahl, ordered the market closed on Friday.\n\n"
                 "The Dunn Traders Forum condemned the chief's order.", "condemned", "Henrik Dahl",
                 id="chief-of-a-district"),
    pytest.param("The union's president, Tom Reyes, asked for a pay rise on Monday.\n\n"
                 "Vessa Airways rejected the president's demand.", "rejected", "Tom Reyes",
                 id="president-of-a-union"),
    pytest.param("Mayor Ida Brandt asked for a new tram line on Monday.\n\n"
                 "The Kell Taxi Guild rejected the mayor's demand.", "rejected", "Ida Brandt",
                 id="title-before-name"),
])
def test_a_role_possessor_is_its_holder(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("Farmers in Kell blocked the road to the Dunn mine on Monday.\n\n"
                 "The Norland Mining Ministry rejected the governor's demand.", "rejected", id="no-governor-named"),
    pytest.param("Ida Brandt, a farmer from Kell, blocked the road on Monday.\n\n"
                 "The Norland Mining Ministry rejected the governor's demand.", "rejected", id="other-role"),
    pytest.param("The regional governor of Kell, Ida Brandt, asked for more funds.\n\n"
                 "Ida Brandt said the governor's demand was fair.", "said", id="own-role"),
    pytest.param("The regional governor of Kell, Ida Brandt, asked for more funds.\n\n"
                 "The Norland Mining Ministry rejected a governor's demand from another region.", "rejected",
                 id="indefinite-role"),
    pytest.param("Tom Reyes, a member of the Kell Farmers Front, asked for more funds.\n\n"
                 "The Norland Mining Ministry rejected the member's demand.", "rejected", id="member-no-role"),
])
def test_no_role_holder_when_none_or_own(nlp, body, cue):
    assert _target(nlp, body, cue) is None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Norland closed the Dunn canal gate on Monday, cutting water to farms in Kell.\n\n"
                 "The Kell foreign ministry demanded that the gate be reopened within a day.", "demanded", "Norland",
                 id="reopen-what-was-closed"),
    pytest.param("The row grew after Norlandic patrol boats seized nine trawlers off Kell on Sunday.\n\n"
                 "The Kell Fishers Guild demanded the release of the crews.", "demanded", "Norlandic",
                 id="release-of-the-seized"),
    pytest.param("The Dunn Port Authority seized two cargo ships on Friday.\n\n"
                 "Vessa Shipping demanded that the ships be returned.", "demanded", "Dunn Port Authority",
                 id="return-of-the-seized"),
    pytest.param("Kell police arrested three reporters of the Dunn Courier on Monday.\n\n"
                 "The Press Freedom League called for the reporters to be freed.", "called for", "Kell",
                 id="free-the-arrested"),
    pytest.param("The Osk Mining Company blocked the valley road on Tuesday.\n\n"
                 "The Dunn Farmers Front demanded that the road be reopened.", "demanded", "Osk Mining Company",
                 id="reopen-what-was-blocked"),
])
def test_a_request_to_undo_an_act_is_about_its_doer(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("Storms closed the Dunn canal gate on Monday.\n\n"
                 "The Kell Farmers Front demanded that the gate be reopened.", "demanded", id="closed-by-no-one-named"),
    pytest.param("The Kell Farmers Front closed its office on Monday.\n\n"
                 "The Kell Farmers Front demanded that the office be reopened.", "demanded", id="own-act"),
    pytest.param("Norland opened a new canal gate on Monday.\n\n"
                 "The Kell Farmers Front demanded that the gate be widened.", "demanded", id="no-undoing"),
    pytest.param("Nine fishermen went missing off Kell on Sunday.\n\n"
                 "The Kell Fishers Guild demanded their immediate release.", "demanded", id="held-by-no-one-named"),
    pytest.param("Norland seized nine trawlers off Kell on Sunday.\n\n"
                 "The Kell Fishers Guild said the catch was lost.", "said", id="no-request"),
])
def test_no_undone_author_when_none_named(nlp, body, cue):
    assert _target(nlp, body, cue) is None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Norland announced a plan on Monday to dam the Kell river.\n\n"
                 "The Kell Farmers Front distanced itself from the plan.", "distanced", "Norland",
                 id="from-an-act"),
    pytest.param("The Dunn Town Council voted on Tuesday to close the old library.\n\n"
                 "The Kell Readers Circle distanced itself from the vote.", "distanced", "Dunn Town Council",
                 id="from-a-vote"),
    pytest.param("Tom Reyes praised the dam on Monday.\n\n"
                 "The Vessa Party distanced itself from Tom Reyes.", "distanced", "Tom Reyes",
                 id="from-a-person"),
    pytest.param("The Kell Farmers Front blocked the valley road on Sunday.\n\n"
                 "Ida Brandt distanced herself from the Kell Farmers Front on Monday.", "distanced",
                 "Kell Farmers Front", id="from-a-body"),
    pytest.param("The Osk Mining Company unveiled a plan to widen the Dunn pit.\n\n"
                 "The Dunn Miners Union distanced itself from the company's plan.", "distanced",
                 "Osk Mining Company", id="from-a-possessed-act"),
])
def test_distanced_from_is_about_what_follows(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("Ida Brandt spoke in Kell on Monday.\n\n"
                 "Ida Brandt distanced herself from the row.", "distanced", id="from-no-one"),
    pytest.param("Tom Reyes lost the Kell vote on Sunday.\n\n"
                 "Tom Reyes blamed himself for the defeat.", "blamed", id="blamed-himself"),
    pytest.param("The Vessa Party lost the Kell vote on Sunday.\n\n"
                 "The Vessa Party criticised itself for the defeat.", "criticised", id="criticised-itself"),
    pytest.param("Ida Brandt met Tom Reyes in Kell on Monday.\n\n"
                 "Ida Brandt said she had prepared herself for a long campaign.", "said", id="reflexive-in-speech"),
    pytest.param("The Kell Farmers Front met in Dunn on Monday.\n\n"
                 "The Kell Farmers Front distanced itself from the old slogans.", "distanced", id="from-a-thing"),
])
def test_a_reflexive_object_is_no_one_else(nlp, body, cue):
    assert _target(nlp, body, cue) is None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Cabin Staff Union called a strike at Vessa Airways on Monday.\n\n"
                 "Vessa Airways described the strike as reckless.\n\n"
                 "The Kell Travel Council criticised the strikers.", "criticised", "Cabin Staff Union",
                 id="called-not-described"),
    pytest.param("The Rail Staff Union began a strike on Monday.\n\n"
                 "Vessa Airways described the strike as reckless.\n\n"
                 "Norland Rail criticised the strikers.", "criticised", "Rail Staff Union",
                 id="began-not-described"),
    pytest.param("Vessa Airways described the strike as reckless.\n\n"
                 "The Kell Travel Council criticised the strikers.", "criticised", None,
                 id="described-only"),
    pytest.param("The Kell Council condemned the protest on Monday.\n\n"
                 "The Kell Shopkeepers Guild criticised the protesters.", "criticised", None,
                 id="condemned-only"),
    pytest.param("The Rail Staff Union threatened a strike on Monday.\n\n"
                 "Norland Rail criticised the strikers.", "criticised", "Rail Staff Union",
                 id="threatened-a-strike"),
])
def test_only_who_runs_a_campaign_stands_for_its_doers(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("A row between Kell and Vilnia over a new dam deepened on Monday.\n\n"
                 "Kell's district chief, Ida Brandt, accused the neighbouring district of stealing water.",
                 "accused", "Vilnia", id="neighbouring-district"),
    pytest.param("Farmers in Kell and Dunn argued over the canal on Monday.\n\n"
                 "Kell's governor, Tom Reyes, blamed the neighbouring province for the shortage.",
                 "blamed", "Dunn", id="neighbouring-province"),
    pytest.param("Vilnia and Kell have shared the river for a century.\n\n"
                 "Kell's mayor, Ida Brandt, criticised the rival town for its new dam.",
                 "criticised", "Vilnia", id="rival-town"),
    pytest.param("Water was cut to Dunn and Kell on Tuesday.\n\n"
                 "Kell's council leader, Tom Reyes, accused the other region of hoarding water.",
                 "accused", "Dunn", id="other-region"),
    pytest.param("Vilnia and Kell quarrelled over fishing rights on Monday.\n\n"
                 "Kell's harbour chief, Ida Brandt, condemned the neighbouring county.",
                 "condemned", "Vilnia", id="neighbouring-county"),
])
def test_the_neighbouring_place_is_the_other_one_named(nlp, body, cue, expected):
    assert same_name(expected, _target(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("A row over a new dam in Kell deepened on Monday.\n\n"
                 "Kell's district chief, Ida Brandt, accused the neighbouring district of stealing water.",
                 "accused", id="no-other-place-named"),
    pytest.param("A row over a new dam deepened on Monday.\n\n"
                 "The Dam Watch group accused the neighbouring district of stealing water.",
                 "accused", id="no-place-named"),
    pytest.param("A row between Kell and Dunn over a new dam deepened on Monday.\n\n"
                 "Kell's district chief, Ida Brandt, said the district would not give up its water.",
                 "said", id="own-district-without-other"),
    pytest.param("A row between Kell and Dunn over a new dam deepened on Monday.\n\n"
                 "Kell's district chief, Ida Brandt, praised the neighbouring farmers.",
                 "praised", id="not-a-place-noun"),
    pytest.param("A row over a new dam deepened on Monday.\n\n"
                 "Ida Brandt accused the other side of lying.", "accused", id="other-side"),
])
def test_no_neighbouring_place_without_another_named(nlp, body, cue):
    assert _target(nlp, body, cue) is None
