"""Entity extraction: span cleaning, alias merging, units, propagation, countries, roles, counts.

Most tests run the whole analysis on short invented news texts and check the
``entities`` and ``mentions`` tables; a few call the rule functions of
:mod:`analysis.entities` directly where the spaCy model would not produce the
case on its own. Tests marked ``xfail(strict=True)`` document known bugs:
the code disagrees with the rules in ``analysis/entities.py`` or in
``../shared/eval/README.md`` ("Entities").
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from analysis import analyze, from_text
from analysis.entities import NAMED_LABELS, Mention, clean_span, find_places, group
from analysis.entities.countries import table


@pytest.fixture(scope="module")
def run(nlp):
    """Analyse a text once per module (several tests look at the same text)."""
    cache = {}

    def _run(text: str):
        if text not in cache:
            cache[text] = analyze(from_text(text), nlp=nlp)
        return cache[text]

    return _run


def entity(result, name: str) -> dict:
    """The entity row whose name is ``name`` (exactly one)."""
    rows = result.entities[result.entities["name"] == name]
    assert len(rows) == 1, f"no single entity {name!r} in {result.entities['name'].tolist()}"
    return rows.iloc[0].to_dict()


def entity_with_form(result, form: str) -> dict:
    """The entity row that has ``form`` as its name or one of its aliases (exactly one)."""
    rows = [row for row in result.entities.to_dict("records")
            if row["name"] == form or form in row["aliases"]]
    assert len(rows) == 1, f"{len(rows)} entities with the form {form!r}: {result.entities}"
    return rows[0]


def names(result) -> set[str]:
    return set(result.entities["name"])


def mentions_of(result, name: str):
    return result.mentions[result.mentions["entity"] == name]


def paragraph_texts(result) -> dict[int, str]:
    texts = dict(zip(result.paragraphs["index"], result.paragraphs["text"]))
    texts[0] = result.title or ""
    return texts


# --- 1. span cleaning ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "surface"), [
    ("The European Commission approved the budget plan on Tuesday.", "European Commission",
     "European Commission"),
    ("Germany's economy shrank in the third quarter, the statistics office said.", "Germany",
     "Germany"),
    ("President Emmanuel Macron said on Monday that the pension reform would go ahead.",
     "Emmanuel Macron", "Emmanuel Macron"),
], ids=["leading-the", "possessive", "title"])
def test_span_cleaning_end_to_end(run, text, name, surface):
    result = run(text)
    row = entity(result, name)
    assert row["mentions"] == 1
    assert mentions_of(result, name)["text"].tolist() == [surface]
    # Nothing of the uncleaned span survives as a form of its own.
    for junk in ("The European Commission", "Germany's", "President Emmanuel Macron", "President"):
        assert junk not in names(result)
        assert junk not in row["aliases"]


def test_title_before_name_is_recorded(run):
    result = run("President Emmanuel Macron said on Monday that the pension reform would go ahead.")
    assert "President" in entity(result, "Emmanuel Macron")["titles"]


@pytest.mark.parametrize(("sentence", "start", "end", "label", "expected", "title"), [
    ("President Emmanuel Macron arrived in Lyon.", 0, 3, "PERSON", "Emmanuel Macron", "President"),
    ("Prime Minister Keir Starmer spoke in Leeds.", 0, 4, "PERSON", "Keir Starmer", "Prime Minister"),
    ("Gen. Mark Milley testified on Tuesday.", 0, 3, "PERSON", "Mark Milley", "Gen."),
    ("the European Commission's plan was approved.", 0, 4, "ORG", "European Commission", None),
    ("The Supreme Court ruled on Friday.", 0, 3, "ORG", "Supreme Court", None),
], ids=["president", "prime-minister", "gen", "article-and-possessive", "org-keeps-title-words"])
def test_clean_span(nlp, sentence, start, end, label, expected, title):
    doc = nlp(sentence)
    cleaned = clean_span(Span(doc, start, end, label=label))
    assert cleaned is not None
    span, found_title = cleaned
    assert span.text == expected
    assert found_title == title


def test_clean_span_with_nothing_left(nlp):
    doc = nlp("The 2024 figures were revised.")
    assert clean_span(Span(doc, 0, 1, label="ORG")) is None        # "The"
    assert clean_span(Span(doc, 0, 2, label="ORG")) is None        # "The 2024": no letters left


def test_a_score_after_a_name_is_no_part_of_it(nlp):
    doc = nlp("Fans cheered as Kell Rovers beat Haldane 2-0.")
    span = Span(doc, 6, 10, label="ORG")  # "Haldane 2-0"
    assert clean_span(span)[0].text == "Haldane"


def test_a_span_without_a_capitalised_word_is_noise(nlp):
    from analysis.entities.spans import is_noise

    doc = nlp("She read la carta final and Anna de la Cruz replied.")
    assert is_noise(Span(doc, 2, 4, label="PERSON"))        # "la carta": a particle, nothing capitalised
    assert not is_noise(Span(doc, 6, 10, label="PERSON"))   # "Anna de la Cruz" is a name


# --- 2. alias merging ------------------------------------------------------------------------------

def test_surname_joins_full_name(run):
    result = run("Angela Merkel met union leaders in Hamburg on Friday. "
                 "Later, Merkel said the talks had been useful.")
    row = entity(result, "Angela Merkel")
    assert row["type"] == "PERSON"
    assert row["mentions"] == 2
    assert row["aliases"] == ["Merkel"]
    assert "Merkel" not in names(result)


def test_surname_joins_full_name_via_group():
    # The model labels "Olaf Scholz" ORG, so the rule is checked on hand-made mentions.
    entities = group([Mention(1, 0, 11, "Olaf Scholz", "PERSON"),
                      Mention(1, 40, 46, "Scholz", "PERSON")])
    assert len(entities) == 1
    assert entities[0].name == "Olaf Scholz"
    assert len(entities[0].mentions) == 2


def test_ambiguous_surname_stays_apart(run):
    result = run("Ed Miliband and David Miliband spoke at the conference. "
                 "Miliband said the party must unite.")
    assert entity(result, "Ed Miliband")["mentions"] == 1
    assert entity(result, "David Miliband")["mentions"] == 1
    assert "Miliband" in names(result)


@pytest.mark.parametrize(("text", "name", "count"), [
    ("Pedro Sanchez visited the car factory. Sanchez's office said the visit went well.",
     "Pedro Sanchez", 2),
    (("President Emmanuel Macron said the reform would go ahead.\n\n"
      "Macron told reporters in Paris that France could not wait. Macron's critics disagreed."),
     "Emmanuel Macron", 3),
], ids=["sanchez", "macron"])
def test_possessive_surname_is_a_mention(run, text, name, count):
    result = run(text)
    row = entity(result, name)
    assert row["type"] == "PERSON"
    assert row["mentions"] == count
    texts = mentions_of(result, name)["text"].tolist()
    assert all(not t.endswith("'s") for t in texts)


@pytest.mark.parametrize(("text", "country", "surface"), [
    ("French officials said the talks would resume next month.", "France", "French"),
    ("Germans were less optimistic about the outcome of the talks.", "Germany", "Germans"),
    ("Swedish officials welcomed the project.", "Sweden", "Swedish"),
], ids=["french", "germans", "swedish"])
def test_demonym_is_a_mention_of_the_country(run, text, country, surface):
    result = run(text)
    row = entity(result, country)
    assert row["type"] == "GPE"
    assert row["mentions"] == 1
    assert surface in row["aliases"]
    assert surface not in names(result)
    assert mentions_of(result, country)["text"].tolist() == [surface]


def test_country_variants_join(run):
    result = run("The U.S. embassy issued a travel warning. "
                 "The United States has sent two envoys to the region.")
    row = entity(result, "United States")
    assert row["type"] == "GPE"
    assert row["mentions"] == 2
    assert row["aliases"] == ["U.S."]
    assert "U.S." not in names(result)


def test_group_word_inflections_merge_but_words_stay_apart(run):
    result = run("Muslim leaders met in Cairo on Sunday. Muslims make up a third of the city's "
                 "population.\n\nThe Islamic council was not invited to the talks.")
    muslim = entity_with_form(result, "Muslim")
    assert muslim == entity_with_form(result, "Muslims")
    assert muslim["type"] == "NORP"
    assert muslim["mentions"] == 2
    islamic = entity(result, "Islamic")
    assert islamic["type"] == "NORP"
    assert islamic["mentions"] == 1
    assert "Islamic" not in muslim["aliases"]


def test_jewish_and_jews_are_one_group(run):
    result = run("Jewish groups welcomed the court ruling. Jews in the city had campaigned for years.")
    row = entity_with_form(result, "Jews")
    assert row == entity_with_form(result, "Jewish")
    assert row["type"] == "NORP"
    assert row["mentions"] == 2
    assert len(result.entities) == 1


@pytest.mark.parametrize(("text", "org", "word", "word_count"), [
    ("The Arab League met in Cairo on Sunday. Arab diplomats said the meeting went well.",
     "Arab League", "Arab", 1),
    ("The Organization for Islamic Cooperation met in Jeddah. Islamic scholars attended the meeting.",
     "Organization for Islamic Cooperation", "Islamic", 1),
], ids=["arab-league", "oic"])
def test_word_inside_organisation_is_not_a_mention(run, text, org, word, word_count):
    result = run(text)
    assert entity(result, org)["mentions"] == 1
    assert entity(result, word)["mentions"] == word_count
    org_spans = mentions_of(result, org)[["start", "end"]].values.tolist()
    for start, end in mentions_of(result, word)[["start", "end"]].values.tolist():
        assert all(end <= s or start >= e for s, e in org_spans)


def test_acronym_in_brackets_is_one_more_mention(run):
    result = run("The Popular Mobilization Forces (PMF) denied the report on Saturday.")
    row = entity(result, "Popular Mobilization Forces")
    assert row["type"] == "ORG"
    assert row["mentions"] == 2
    assert row["aliases"] == ["PMF"]
    assert len(result.entities) == 1


def test_acronym_joins_name_via_group():
    entities = group([Mention(1, 0, 27, "Popular Mobilization Forces", "ORG"),
                      Mention(1, 29, 32, "PMF", "ORG"),
                      Mention(2, 0, 3, "PMF", "ORG")])
    assert len(entities) == 1
    assert len(entities[0].mentions) == 3


def test_acronym_of_a_name_without_its_place_prefix_joins_it_via_group():
    entities = group([Mention(1, 0, 33, "Kenyan Commission on Rowing Clubs", "ORG"), Mention(2, 0, 4, "CRC", "ORG")])
    assert len(entities) == 1
    assert entities[0].merged == {"CRC": "acronym"}


def test_plural_joins_singular_via_group():
    entities = group([Mention(1, 0, 7, "Zorathi", "ORG"), Mention(2, 0, 7, "Zorathi", "ORG"),
                      Mention(3, 4, 12, "Zorathis", "PERSON")])
    assert len(entities) == 1
    assert entities[0].label == "ORG" and entities[0].merged == {"Zorathis": "plural"}


def test_party_word_joins_the_party_via_group():
    entities = group([Mention(1, 0, 18, "Conservative Party", "ORG"), Mention(2, 4, 10, "Tories", "NORP")])
    assert len(entities) == 1
    assert entities[0].label == "ORG" and entities[0].merged == {"Tories": "party"}
    alone = group([Mention(1, 0, 4, "Tory", "NORP")])
    assert alone[0].label == "ORG"  # a party is an organisation, named or not


def test_country_variant_is_not_an_acronym(run):
    result = run("The UK government announced new visa rules on Monday. "
                 "The University of Kent said the rules would hurt recruitment.")
    assert entity(result, "United Kingdom")["type"] == "GPE"
    assert entity(result, "United Kingdom")["mentions"] == 1
    assert entity(result, "University of Kent")["mentions"] == 1


def test_label_disagreement_takes_majority_type():
    entities = group([Mention(1, 0, 4, "Lyon", "PERSON"),
                      Mention(1, 20, 24, "Lyon", "GPE"),
                      Mention(2, 5, 9, "Lyon", "GPE")])
    assert len(entities) == 1
    assert entities[0].label == "GPE"
    assert len(entities[0].mentions) == 3


def test_label_disagreement_end_to_end(run):
    # The model tags the surname "Sanchez" ORG; merged into the person, the majority label wins.
    result = run("Pedro Sanchez visited the car factory. Sanchez's office said the visit went well.")
    assert entity(result, "Pedro Sanchez")["type"] == "PERSON"
    assert set(mentions_of(result, "Pedro Sanchez")["type"]) == {"PERSON"}


# --- 2b. units -------------------------------------------------------------------------------------

def test_unit_with_parent(run):
    result = run("Sailors from the Royal Navy's Submarine Service took part in the exercise off Scotland.")
    row = entity_with_form(result, "Royal Navy")
    assert row["type"] == "ORG"
    assert row["mentions"] == 1
    assert "Submarine Service" in row["name"]
    assert "Royal Navy" in row["aliases"]
    assert "Royal Navy" not in names(result)
    assert "Submarine Service" not in names(result)


def test_unit_with_parent_in_one_span(run):
    result = run("Commanders of the Islamic Revolutionary Guard Corps' Quds Force attended the funeral "
                 "in Baghdad.")
    row = entity_with_form(result, "Islamic Revolutionary Guard Corps")
    assert "Quds Force" in row["name"]
    assert row["mentions"] == 1


def test_unit_with_parent_in_one_span_is_one_mention(run):
    result = run("Commanders of the Islamic Revolutionary Guard Corps' Quds Force attended the funeral "
                 "in Baghdad.")
    assert names(result) == {"Islamic Revolutionary Guard Corps' Quds Force", "Baghdad"}
    assert "Islamic" not in names(result)


# --- 3. propagation and the mentions table ---------------------------------------------------------

MERKEL = ("Merkel Warns Of Slowdown In Hamburg Talks\n\n"
          "Angela Merkel met union leaders in Hamburg on Friday.\n\n"
          "Later, Merkel said the talks had been useful.")
ARAB_LEAGUE = ("Arab League Rejects Ceasefire Plan\n\n"
               "The Arab League rejected the plan on Sunday. Arab diplomats said it ignored their "
               "concerns.")
HOLM = ("Holm Opens Rail Link To Stockholm\n\n"
        "Karin Holm, the Transport Minister of Norway, opened the new rail link to Stockholm on "
        "Monday.\n\n"
        "Holm said the line would cut travel times in half. Swedish officials welcomed the "
        "project.\n\n"
        "The European Investment Bank (EIB) provided most of the funding. The EIB said it would "
        "back similar projects in Finland.\n\n"
        "Critics in Oslo said the cost of the line had doubled since 2019.")
EU = ("EU Ministers Agree New Fishing Quotas\n\n"
      "Fisheries ministers from across the EU agreed new quotas on Tuesday.\n\n"
      "The EU said the deal would protect fish stocks.")


def test_title_mentions_come_from_propagation(run):
    result = run(MERKEL)
    assert result.title == "Merkel Warns Of Slowdown In Hamburg Talks"
    title = result.mentions[result.mentions["paragraph"] == 0]
    assert sorted(zip(title["entity"], title["text"])) == [("Angela Merkel", "Merkel"),
                                                          ("Hamburg", "Hamburg")]
    assert set(title["source"]) == {"text"}
    assert set(title["sentence"]) == {0}
    merkel = entity(result, "Angela Merkel")
    assert merkel["mentions"] == 3
    assert merkel["first_paragraph"] == 0
    assert merkel["paragraphs"] == [1, 2]          # body paragraphs only
    assert entity(result, "Hamburg")["mentions"] == 2
    # NER is not run on the title: its invented "Merkel Warns Of Slowdown" is not an entity.
    assert names(result) == {"Angela Merkel", "Hamburg"}


def test_title_form_inside_longer_name_is_not_a_mention(run):
    result = run(ARAB_LEAGUE)
    assert entity(result, "Arab League")["mentions"] == 2
    assert entity(result, "Arab League")["first_paragraph"] == 0
    arab = entity(result, "Arab")
    assert arab["mentions"] == 1
    assert arab["first_paragraph"] == 1


def test_short_abbreviation_in_title_is_a_mention(run):
    result = run(EU)
    row = entity(result, "EU")
    assert row["first_paragraph"] == 0
    assert row["mentions"] == 3


@pytest.mark.parametrize("key", ["merkel", "arab-league", "holm", "eu", "seed"])
def test_mentions_table_agrees_with_entities(run, seed_analysis, key):
    result = seed_analysis if key == "seed" else run(
        {"merkel": MERKEL, "arab-league": ARAB_LEAGUE, "holm": HOLM, "eu": EU}[key])
    entities, mentions = result.entities, result.mentions
    assert len(entities)
    assert entities["mentions"].sum() == len(mentions)
    counts = mentions.groupby("entity").size().to_dict()
    assert counts == dict(zip(entities["name"], entities["mentions"]))
    assert entities["name"].is_unique
    texts = paragraph_texts(result)
    types = dict(zip(entities["name"], entities["type"]))
    forms = {row["name"]: {row["name"], *row["aliases"]} for row in entities.to_dict("records")}
    sentences = result.sentences.set_index("index")
    for m in mentions.to_dict("records"):
        assert m["text"] == texts[m["paragraph"]][m["start"]:m["end"]]
        assert m["type"] == types[m["entity"]]
        assert m["text"] in forms[m["entity"]] or m["text"].removesuffix("'s") in forms[m["entity"]]
        if m["paragraph"] == 0:
            assert m["sentence"] == 0
        else:
            sentence = sentences.loc[m["sentence"]]
            assert sentence["paragraph"] == m["paragraph"]
            assert sentence["start"] <= m["start"] < sentence["end"]
    for row in entities.to_dict("records"):
        own = mentions[mentions["entity"] == row["name"]]
        assert row["first_paragraph"] == own["paragraph"].min()
        assert row["paragraphs"] == sorted(set(own["paragraph"]) - {0})


# --- 4. countries the model missed -----------------------------------------------------------------

def test_country_missed_by_ner_is_found_by_name(run, nlp):
    text = "The Prime Minister of Bahrain met the Sultan of Oman in Muscat."
    ents = {e.text: e for e in nlp(text).ents}
    assert ents["Bahrain"].ent_id_ == "BHR"       # the model misses it; the country ruler adds it
    result = run(text)
    row = entity(result, "Bahrain")
    assert row["type"] == "GPE"
    assert row["mentions"] == 1
    assert mentions_of(result, "Bahrain")["source"].tolist() == ["ruler"]    # the country ruler
    # The role words around it are no entity.
    assert not any("Minister" in n or "Sultan" in n for n in names(result))


def test_find_places_in_body_only():
    texts = {0: "Qatar Hosts Gulf Talks", 1: "The Emir of Qatar hosted the talks in Doha."}
    found = find_places(texts, [])
    assert [(m.paragraph, m.text, m.label, m.source) for m in found] == \
        [(1, "Qatar", "GPE", "gazetteer")]
    assert texts[1][found[0].start:found[0].end] == "Qatar"


def test_find_places_skips_longer_mentions():
    text = "Qatar Airways resumed flights to Kenya on Sunday."
    taken = [Mention(1, 0, 13, "Qatar Airways", "ORG")]
    found = find_places({1: text}, taken)
    assert [m.text for m in found] == ["Kenya"]


@pytest.mark.parametrize("text", [
    "Omani officials hosted the talks.",
    "Families ate roast turkey on Thursday.",
    "The Omanis were not invited.",
], ids=["demonym", "lower-case", "plural-demonym"])
def test_find_places_needs_the_whole_capitalised_name(text):
    assert find_places({1: text}, []) == []


def test_find_places_counts_a_country_inside_a_hyphenated_compound():
    found = find_places({1: "The Oman-based shipping firm denied the report."}, [])
    assert [(m.text, m.place) for m in found] == [("Oman", "OMN")]


def test_find_places_prefers_the_longest_name():
    assert "United Arab Emirates" in table().by_name and "Saudi Arabia" in table().by_name
    found = find_places({1: "Saudi Arabia and the United Arab Emirates signed the pact."}, [])
    assert [m.text for m in found] == ["Saudi Arabia", "United Arab Emirates"]


# --- 5. roles ---------------------------------------------------------------------------------------

def test_apposition_role(run):
    result = run("Jane Doe, the Foreign Minister of Ruritania, said the border would reopen.\n\n"
                 "The Foreign Minister added that talks with neighbouring states would continue.")
    row = entity(result, "Jane Doe")
    assert row["roles"] == ["Foreign Minister"]
    assert {"Foreign Minister of Ruritania", "Ruritania's Foreign Minister"} <= set(row["aliases"])
    assert row["mentions"] == 1                      # the role is not a mention
    assert not any("Minister" in n for n in names(result))
    assert not result.mentions["text"].str.contains("Minister").any()


def test_possessive_title_role(run):
    result = run("Colombia's Foreign Minister Maria Lopez said the border would reopen next week.")
    row = entity(result, "Maria Lopez")
    assert row["roles"] == ["Foreign Minister"]
    assert {"Colombia's Foreign Minister", "Foreign Minister of Colombia"} <= set(row["aliases"])
    assert row["mentions"] == 1
    assert entity(result, "Colombia")["mentions"] == 1      # the possessive owner is a mention
    assert not any("Minister" in n for n in names(result))


def test_role_with_of_inside_the_title(run):
    result = run("Jane Doe, the Minister for Foreign Affairs of Ruritania, said the border would reopen.")
    row = entity(result, "Jane Doe")
    assert row["roles"] == ["Minister for Foreign Affairs"]
    assert "Ruritania's Minister for Foreign Affairs" in row["aliases"]


def test_possessive_role_owner_without_article(run):
    result = run("The United Kingdom's Foreign Secretary David Lammy arrived in Nairobi on Monday.")
    row = entity(result, "David Lammy")
    assert "United Kingdom's Foreign Secretary" in row["aliases"]
    assert not any(alias.startswith("The ") or " of The " in alias for alias in row["aliases"])


# --- 6. counts on a short article ------------------------------------------------------------------

def test_counts_on_short_article(run):
    result = run(HOLM)
    counts = {
        "Karin Holm": 3,       # title "Holm", full name, "Holm said"
        "EIB": 3,              # full name, "(EIB)", "The EIB"
        "Stockholm": 2,        # title and body
        "Norway": 1,           # "of Norway" in the role phrase
        "Sweden": 1,           # "Swedish officials"
        "Finland": 1,
        "Oslo": 1,
    }
    found = {form: entity_with_form(result, form)["mentions"] for form in counts}
    assert found == counts
    assert len(result.entities) == len(counts)
    assert entity_with_form(result, "EIB") == entity_with_form(result, "European Investment Bank")
    holm = entity(result, "Karin Holm")
    assert holm["first_paragraph"] == 0 and holm["paragraphs"] == [1, 2]
    assert holm["roles"] == ["Transport Minister"]
    assert entity(result, "Oslo")["paragraphs"] == [4]
    assert result.mentions["entity"].value_counts().sum() == sum(counts.values())


# --- 7. non-named types ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The central bank raised rates by 0.5 percentage points on Thursday, the third rise in 2023.",
    ("The deal was worth $4.2 billion, or about 12 percent of output, and was signed at 10 a.m. "
     "by 300 delegates. It was the first such agreement in a decade."),
], ids=["dates-numbers", "money-percent-time"])
def test_no_named_entities_in_numbers_and_dates(run, nlp, text):
    assert {e.label_ for e in nlp(text).ents} - NAMED_LABELS       # the model finds some
    result = run(text)
    assert result.entities.empty
    assert result.mentions.empty


def test_non_named_types_never_become_entities(run, nlp):
    text = ("On Tuesday, Germany pledged $2 billion to Ukraine, about 40 percent more than in 2022. "
            "Three days later Angela Merkel met 200 delegates in Berlin at 9 a.m.")
    doc = nlp(text)
    non_named = {e.text for e in doc.ents if e.label_ not in NAMED_LABELS}
    assert non_named
    result = run(text)
    assert set(result.entities["type"]) <= NAMED_LABELS
    assert set(result.mentions["type"]) <= NAMED_LABELS
    assert not names(result) & non_named
    assert not set(result.mentions["text"]) & non_named
    assert {"Germany", "Ukraine", "Angela Merkel", "Berlin"} <= names(result)


# --- 8. tone and salience --------------------------------------------------------------------------

TONE = ("Protesters in Valdoria condemned the brutal crackdown as a horrific massacre of innocent "
        "people.\n\n"
        "Officials in Lisbon praised the wonderful new park and said residents were delighted.")


def test_tone_follows_the_sentences(run):
    result = run(TONE)
    valdoria, lisbon = entity(result, "Valdoria"), entity(result, "Lisbon")
    assert valdoria["tone"] < -0.3
    assert lisbon["tone"] > 0.3
    sentence = result.sentences[result.sentences["paragraph"] == 1].iloc[0]
    assert valdoria["tone"] == pytest.approx(sentence["tone"], abs=1e-4)


def test_salience_formula(run):
    # Valdoria: 1 mention in paragraph 1 (1 + 1); Lisbon: 1 in paragraph 2 (1); neither a subject.
    result = run(TONE)
    assert entity(result, "Valdoria")["salience"] == pytest.approx(2 / 3, abs=1e-4)
    assert entity(result, "Lisbon")["salience"] == pytest.approx(1 / 3, abs=1e-4)


@pytest.mark.parametrize("key", ["tone", "holm", "merkel", "seed"])
def test_salience_sums_to_one(run, seed_analysis, key):
    result = seed_analysis if key == "seed" else run({"tone": TONE, "holm": HOLM, "merkel": MERKEL}[key])
    salience = result.entities["salience"]
    assert ((salience > 0) & (salience <= 1)).all()
    assert salience.sum() == pytest.approx(1.0, abs=1e-3)


@pytest.mark.parametrize("text,name", [
    ("Ursula von der Leyen said the plan would work.", "Ursula von der Leyen"),
    ("Chancellor Olaf Scholz met the unions on Monday.", "Olaf Scholz"),
])
def test_repaired_person_names(run, text, name):
    result = run(text)
    assert entity(result, name)["type"] == "PERSON"


def test_organisation_acronym_found_in_title(run):
    result = run("EU Leaders Meet Again\n\nThe European Union agreed a budget on Friday.\n\n"
                 "The European Union will meet again in March.")
    row = entity(result, "European Union")
    assert row["mentions"] == 3 and "EU" in row["aliases"]


def test_law_names_and_places_relabelled_from_context(run):
    result = run("Bill Debate\n\nThe Coastal Land Rights Bill passed its first reading. Rebels shelled Goma "
                 "overnight.\n\nAid agencies in Goma said camps around Goma were full.")
    types = dict(zip(result.entities["name"], result.entities["type"]))
    assert types.get("Coastal Land Rights Bill") == "LAW"
    assert types.get("Goma") == "GPE"


def test_lawmaker_before_a_name_makes_a_person(run):
    result = run("In Oslo, opposition lawmaker Kari Nygaard of the Conservative Party urged the government "
                 "to act.")
    assert entity(result, "Kari Nygaard")["type"] == "PERSON"


# --- round 2: joins, ellipsis reasons ------------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "place"), [
    ("The Prime Minister of Malawi Peter Banda opened the road.", "Peter Banda", "Malawi"),
])
def test_place_before_a_name_is_not_joined_to_it(run, text, person, place):
    found = names(run(text))
    assert place in found
    assert not any(place in name and name != place for name in found), found


def test_ellipsis_conjuncts_carry_their_reason(run):
    result = run("The Health and Education Ministries issued a joint plan.")
    row = entity(result, "Health Ministry")
    assert row["type"] == "ORG" and row["mentions"] == 1
    assert "Health (ellipsis)" in row["merged"]
    assert entity(result, "Education Ministry")["mentions"] == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Mayor Linda Park criticised the harbour board on Monday.", "Linda Park"),
    ("Judge Ann Hall adjourned the case.", "Ann Hall"),
])
def test_person_whose_surname_is_a_place_word_stays_a_person(run, text, name):
    assert entity(run(text), name)["type"] == "PERSON"


def test_title_across_a_named_body(nlp):
    """"Ambassador to the Kell Union Ana Brik": the title's object, a tagged body, stands between the
    title and the name; the body itself gets no title."""
    from spacy.tokens import Span

    from analysis.entities.roles import title_across_body

    doc = nlp.make_doc("Former Ambassador to the Kell Union Ana Brik wrote to them.")
    doc.ents = [Span(doc, 3, 6, "ORG"), Span(doc, 6, 8, "ORG")]
    assert title_across_body(doc[6:8]) == "Former Ambassador"
    assert title_across_body(doc[4:6]) is None  # the body's own name, its article aside
    doc.ents = [Span(doc, 6, 8, "ORG")]
    assert title_across_body(doc[6:8]) is None  # no named body in between



@pytest.mark.parametrize(("text", "apart"), [
    pytest.param("Boston residents told the Boston Globe they were angry.\n\nThe Boston Globe reported the fire. "
                 "Boston was quiet.", ("Boston", "Boston Globe"), id="town-and-its-newspaper"),
])
def test_a_town_stays_apart_from_an_organisation_named_after_it(nlp, text, apart):
    entities = analyze(from_text("Title\n\n" + text), nlp=nlp).entities
    assert set(apart) <= set(entities["name"]), entities[["name", "merged"]]


def test_a_company_short_form_still_joins_it(nlp):
    entities = analyze(from_text("Title\n\nDelmont Foods cut 300 jobs on Monday. Delmont said sales had fallen."),
                       nlp=nlp).entities
    assert entities["name"].tolist() == ["Delmont Foods"]
