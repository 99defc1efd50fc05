"""The country table and the place rules: coverage of every UN member, near-names, demonym uses,
merge reasons and the type rules, on sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import analyze, from_text
from analysis.entities import countries


@pytest.fixture(scope="module")
def run(nlp):
    cache = {}

    def _run(text: str):
        if text not in cache:
            cache[text] = analyze(from_text(text), nlp=nlp)
        return cache[text]

    return _run


def rows(result) -> dict[str, dict]:
    return {row["name"]: row for row in result.entities.to_dict("records")}


def un_members() -> pd.DataFrame:
    """country-converter's own data (its loader trips over pandas' NA parsing): UN members."""
    coco = pytest.importorskip("country_converter")
    data = pd.read_csv(Path(coco.__file__).with_name("country_data.tsv"), sep="\t",
                       keep_default_na=False, dtype=str)
    return data[data["UNmember"] != ""]


def test_every_un_member_resolves_by_name_and_demonym():
    members = un_members()
    assert len(members) == 193
    places = countries.table().places
    for row in members.itertuples():
        place = places[row.ISO3]
        assert place.un_member and place.kind == "state"
        assert countries.place_of_name(place.name) == row.ISO3
        assert countries.place_of_name(row.name_short) in (row.ISO3, None) or "," in row.name_short
        forms = [f for f, code in countries.table().by_demonym.items() if code == row.ISO3]
        shared = [f for f, d in _shared().items() if row.ISO3 in d]
        assert forms or shared, f"no demonym for {place.name}"


def _shared() -> dict[str, set[str]]:
    """Demonyms the generator records for more than one country (decided once in the table)."""
    import json

    data = json.loads(countries.DATA.read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = {}
    for record in data["places"]:
        for form in record["demonyms"]:
            owners.setdefault(form, set()).add(record["code"])
    return {f: codes for f, codes in owners.items() if len(codes) > 1}


def test_table_counts():
    counts = countries.counts()
    assert counts["un_members"] == 193
    assert counts["demonyms"] >= 193
    assert counts["region"] >= 5


@pytest.mark.parametrize(("short", "long"), [
    ("Sudan", "South Sudan"), ("Niger", "Nigeria"), ("Guinea", "Guinea-Bissau"),
    ("Guinea", "Equatorial Guinea"), ("Dominica", "Dominican Republic"), ("Ireland", "Northern Ireland"),
    ("Congo", "Democratic Republic of the Congo"),
])
def test_near_names_never_share_a_code(short, long):
    assert countries.place_of_name(short) != countries.place_of_name(long)
    assert countries.place_of_name(short) and countries.place_of_name(long)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Sudan and South Sudan agreed to reopen the oil pipeline. Sudan said the deal was fair.",
     "Sudan", "South Sudan"),
    ("Niger closed its border with Nigeria on Monday. Traders in Nigeria said prices rose.",
     "Niger", "Nigeria"),
    ("Guinea, Guinea-Bissau and Equatorial Guinea sent ministers to the fisheries meeting.",
     "Guinea", "Guinea-Bissau"),
    ("Dominica and the Dominican Republic signed a hurricane relief pact.", "Dominica",
     "Dominican Republic"),
    ("Ireland and Northern Ireland will share the new rail timetable.", "Ireland", "Northern Ireland"),
])
def test_near_names_stay_apart_in_text(run, text, first, second):
    found = rows(run(text))
    assert first in found and second in found
    assert found[first]["name"] != found[second]["name"]
    assert second not in found[first]["aliases"]


@pytest.mark.parametrize(("text", "country", "form"), [
    ("Ivorian farmers said the cocoa harvest was late.", "Ivory Coast", "Ivorian"),
    ("Emirati officials opened the new port terminal.", "United Arab Emirates", "Emirati"),
    ("Congolese troops moved toward the eastern border.", "Democratic Republic of the Congo", "Congolese"),
    ("Typhoon relief reached the Philippines on Friday.", "Philippines", "Philippines"),
    ("Britain raised its fuel duty on Monday.", "United Kingdom", "Britain"),
    ("Chadian soldiers guarded the lake crossing.", "Chad", "Chadian"),
])
def test_variants_and_demonyms_resolve(run, text, country, form):
    row = rows(run(text))[country]
    assert row["type"] == "GPE"
    assert row["mentions"] == 1
    assert form == row["name"] or form in row["aliases"]


def test_demonym_for_the_state_counts_and_merge_is_explained(run):
    result = run("Malawi hosted the summit. Malawian ministers said the talks went well.")
    row = rows(result)["Malawi"]
    assert row["mentions"] == 2
    assert "Malawian (demonym)" in row["merged"]


@pytest.mark.parametrize(("text", "word", "label"), [
    ("We had coffee at a Danish bakery near the station.", "Danish", "NORP"),
    ("The museum bought three Dutch paintings.", "Dutch", "NORP"),
    ("The speech was given in Portuguese and later printed.", "Portuguese", "LANGUAGE"),
    ("She took Portuguese lessons before the move.", "Portuguese", "LANGUAGE"),
])
def test_demonym_not_for_the_state_is_not_the_country(run, text, word, label):
    found = rows(run(text))
    assert word in found
    assert found[word]["type"] == label
    assert countries.place(countries.place_of_demonym(word)).name not in found



def test_demonym_before_a_religious_word_is_the_religious_group(run):
    found = rows(run("The Serbian Orthodox bishops met in the monastery."))
    assert "Serbia" not in found


def test_compass_phrase_is_the_country(run):
    found = rows(run("Heavy rain flooded villages in northern Malawi on Sunday."))
    assert found["Malawi"]["mentions"] == 1


def test_hyphenated_prefix_is_a_mention_of_the_region(run):
    found = rows(run("The pan-African bank lends to farmers. African leaders praised it."))
    assert found["Africa"]["type"] == "LOC"
    assert found["Africa"]["mentions"] == 2


def test_currency_sign_is_not_a_country(run):
    found = rows(run("The port cost US$40 million, the ministry in Lusaka said."))
    assert "United States" not in found


def test_surname_and_acronym_reasons(run):
    result = run("Coach Karin Dahl leads the Coastal Rowing Federation (CRF). Dahl said the CRF would grow.")
    found = rows(result)
    assert "Dahl (surname)" in found["Karin Dahl"]["merged"]
    crf = next(row for row in found.values() if "CRF" in row["aliases"] or row["name"] == "CRF")
    assert crf["mentions"] == 3
    assert any(re.match(r"CRF \(acronym\)|Coastal Rowing Federation \(acronym\)", m) for m in crf["merged"])


@pytest.mark.parametrize(("sentence", "start", "end", "place"), [
    ("The Bishop of Tarnby blessed the bridge.", 1, 4, "Tarnby"),
    ("He vowed to ruin the Economy of Malawi overnight.", 5, 8, "Malawi"),
])
def test_title_of_place_gives_the_place(nlp, sentence, start, end, place):
    from spacy.tokens import Span

    from analysis.entities.spans import place_after_of

    found = place_after_of(Span(nlp(sentence), start, end, label="ORG"))
    assert found is not None and found.text == place and found.label_ == "GPE"


def test_organisation_of_place_keeps_its_name(nlp):
    from spacy.tokens import Span

    from analysis.entities.spans import place_after_of

    assert place_after_of(Span(nlp("The Bank of Malawi cut rates."), 1, 4, label="ORG")) is None


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Harbour Weekly News reported the closure on Monday.", "Harbour Weekly News", "ORG"),
    ("Veterans of the Gorland Civil War met in the square.", "Gorland Civil War", "EVENT"),
    ("Tourists crowded the Vessen Museum all week.", "Vessen Museum", "FAC"),
])
def test_type_from_the_name_words(run, text, name, label):
    found = rows(run(text))
    assert found[name]["type"] == label


def test_lower_case_phrases_are_not_names(run):
    found = rows(run("Ella Varn wrote \"para todos\" on the wall, the mayor said."))
    assert all(name[:1].isupper() for name in found)
