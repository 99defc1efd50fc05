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
    # types: a platform after "via" in a sentence about publishing, a state's possessive, firms in a list
    Case("E-NERMISS-BRAND", "The firm posted the notice via Snapgram after the storm.", [E("Snapgram", O, 1)]),
    Case("E-NERMISS-BRAND", "The band flew to Oslo via Kellhaven.", [E("Oslo", G, 1), E("Kellhaven", G, 1)],
         note="'via' on a route leads to a place"),
    Case("T-PLACE-MISLABEL", "Kellmark's defence minister, Oskar Venn, said the troops would stay.",
         [E("Kellmark", G, 1), E("Oskar Venn", P, 1)], note="what only a state has makes its owner a country"),
    Case("T-PLACE-MISLABEL", "The people of Kellmark voted on Sunday. Citizens of Kellmark waited for the result.",
         [E("Kellmark", G, 2)]),
    Case("T-ORG-MISLABEL", "Shares in Orvanta fell. Orvanta and Brightmart both sell tablets.",
         [E("Orvanta", O, 2), E("Brightmart", O, 1)]),
    Case("T-PERSON-MISLABEL", "The rescue was led by Zarnow Aviation, whose helicopters flew over the Tarn Gorge.",
         [E("Zarnow Aviation", O, 1), E("Tarn Gorge", L, 1)], note="an agent with an organisation word is no person"),
    Case("E-VARIANT", "Idris Morven told reporters the drones had hit the plant. Morvan said more attacks would "
         "follow.", [E(("Idris Morven", "Morvan"), P, 2)], note="a surname spelt two ways"),
    Case("E-VARIANT", "Ana Kessler and Tomas Kestler met in Oslo. Kessler said the talks went well.",
         [E("Ana Kessler", P, 2), E("Tomas Kestler", P, 1), E("Oslo", G, 1)],
         note="an exact surname goes to its owner, not to a near spelling"),
    Case("E-VARIANT", "The National Council for Rivers, or NCR, warned of floods. The NCR said water levels were "
         "rising.", [E(("National Council for Rivers", "NCR"), O, 3)]),
    # titles and letters around a person's name are stripped before merging
    Case("E-TITLEGLUE", "Maj. Gen. Ola Fenn and Brig. Tove Lund met. Fenn spoke first.",
         [E("Ola Fenn", P, 2), E("Tove Lund", P, 1)]),
    Case("E-TITLEGLUE", "Miss Petra Lind won. Madam Lind thanked her coach.", [E("Petra Lind", P, 2)]),
    Case("E-TITLEGLUE", "The Hon. Clara Bex MP spoke. Bex said the bill was wrong.", [E("Clara Bex", P, 2)]),
    Case("E-TITLEGLUE", "Mx Robin Ellery said the policy was unfair. Ellery later resigned.",
         [E("Robin Ellery", P, 2)]),
    Case("E-TITLEGLUE", "Insp. Carla Moss arrested the man. Moss said he was calm.", [E("Carla Moss", P, 2)]),
    Case("E-VARIANT", "Karim al-Zahiri leads the group. Al-Zahiri was seen in Mosul. Zahiri denied it.",
         [E(("Karim al-Zahiri", "Zahiri"), P, 3), E("Mosul", G, 1)],
         note="a surname without its article; a class noun in the sentence before types nothing"),
    # names cut at a coordination, parties and their members' word, armed groups the model took for people
    Case("E-PARTIAL", "The Kell Institute of Marine and Coastal Science published the report.",
         [E("Kell Institute of Marine and Coastal Science", O, 1)]),
    Case("E-PARTIAL", "The University of Ghana and Kell Tech signed a deal.",
         [E("University of Ghana", O, 1)], exhaustive=False,
         note="a country after 'of' ends the name: the conjunct is another body"),
    Case("T-ORG-MISLABEL", "Voters backed the Greens. A Green Party spokesperson said the result was historic.",
         [E(("Green Party", "Greens"), O, 2)]),
    Case("E-VARIANT", "The New Kell Party's candidate lost. New Kell officials said they would appeal.",
         [E(("New Kell Party", "New Kell"), O, 2)]),
    Case("T-ORG-MISLABEL", "The Kell al-Rif alliance seized the road. Kell al-Rif fighters said they would stay.",
         [E("Kell al-Rif", O, 2)]),
    Case("T-DEMONYM-NONSTATE", "Pro-Vostrian protesters and anti-Vostrian groups clashed.",
         [E("Vostrian", N, 2)], note="a group word after 'pro-'/'anti-' keeps its type"),
    # counts: a dateline with a dash, a compound of two places, firms named beside firms or by an apposition
    Case("C-HYPHEN", "KELLSTADT — Talks between Kell and Vostria resumed. Kell-Vostria trade fell, and the "
         "Vostria-based bank said trade in Kell would recover.",
         [E("KELLSTADT", G, 1), E("Kell", G, 3), E("Vostria", G, 3)], exhaustive=False),
    Case("T-ORG-MISLABEL", "Valuco, a rival, said it had not been affected. Ola Venn said Brightmart and Valuco "
         "would cooperate.", [E("Valuco", O, 2), E("Brightmart", O, 1), E("Ola Venn", P, 1)]),
    Case("T-ORG-MISLABEL", "Dorrik, a rival retailer, cut prices on Monday.", [E("Dorrik", O, 1)]),
    Case("E-NERMISS-TITLE", "Ana Brik, the mayor, opened the fair. Tomas Berg, a farmer, won a prize.",
         [E("Ana Brik", P, 1), E("Tomas Berg", P, 1)], note="a role in apposition after a skipped name"),
    Case("E-NOTNAMED", "The price rose to 40 USD per barrel, traders said. The EUR weakened too.", [],
         note="currency codes are no names"),
    Case("E-NOTNAMED", "Protesters chanted STOP THE WAR outside the gates for an hour.", [],
         exhaustive=True, note="words in capitals in a run are no acronyms"),
    Case("T-EVENT-MISLABEL", "The Walk Against Hunger raised money. Hundreds joined the Rally for Kell Parks.",
         [E("Walk Against Hunger", V, 1), E("Rally for Kell Parks", V, 1)]),
    Case("E-UNIT", "The Kell Navy's Submarine Command and the Kell Navy disagreed.",
         [E(("Kell Navy's Submarine Command", "Submarine Command", "Kell Navy"), O, 2)]),
    Case("E-COORDMERGE", "Marks & Spencer cut prices on Monday.", [E("Marks & Spencer", O, 1)],
         note="'&' joins one firm's name"),
    Case("T-ORG-MISLABEL", "Buyers can pay with Zentopay at the till.", [E("Zentopay", O, 1)]),
    Case("T-OTHER-MISLABEL", "The Green Homes Grant was cut. Applicants to the Green Homes Grant complained.",
         [E("Green Homes Grant", T, 2)], note="a programme's name"),
    Case("T-PLACE-MISLABEL", "They moved to 221 Baker Street last year.", [E(("Baker Street", "221 Baker Street"), L, 1)],
         note="the model's fragment without its head word gives way"),
    Case("T-PLACE-MISLABEL", "The Junior Health Minister, Ana Brik, visited the Kell Royal Infirmary.",
         [E("Ana Brik", P, 1), E("Kell Royal Infirmary", L, 1)]),
    Case("E-TITLEFRAG", "The Energy Secretary met the Kell Party's Shadow Energy Secretary and the Home Office.",
         [E("Kell Party", O, 1), E("Home Office", O, 1)], note="a sector word before a title is a portfolio"),
    Case("NER-SPEAKER", "Medisure said it would cover the costs. Patients were pleased.", [E("Medisure", O, 1)]),
    Case("NER-SPEAKER", "Nice Try Foods said prices would rise.", [E("Nice Try Foods", O, 1)]),
    Case("NER-SPEAKER", "Prices fell, Ana Dorrikova told reporters.", [E("Ana Dorrikova", P, 1)]),
    Case("E-UNIT", "The Finance Committee of the Kell Assembly rejected the budget. The Kell Assembly will vote "
         "again.", [E(("Finance Committee of the Kell Assembly", "Kell Assembly"), O, 2)],
         note="a unit with 'of' and its parent is one entity"),
    Case("E-UNIT", "The Kell Assembly's Finance Committee rejected the budget. The Kell Assembly will vote again.",
         [E(("Kell Assembly's Finance Committee", "Kell Assembly"), O, 2)]),
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


def test_the_name_a_merge_replaced_keeps_its_reason(nlp):
    result = analyze(from_text(f"{TITLE}\n\nThe National Council for Rivers, or NCR, warned of floods. The NCR "
                               "said water levels were rising."), nlp=nlp)
    row = result.entities.iloc[0]
    assert row["name"] == "NCR" and row["merged"] == ["National Council for Rivers (acronym)"]


def test_number_words_spell_as_digits():
    assert spells("N5", "Northern Five") and spells("G7", "Group of Seven")
    assert not spells("N6", "Northern Five")


def test_rare_words_are_not_english_words_nor_written_lower_case():
    assert rare("Brightmart", set()) and rare("KDRL", set())
    assert not rare("Police", set()) and not rare("However", set()) and not rare("THE", set())
    assert not rare("Kellmark", {"kellmark"}) and not rare("March", set()) and not rare("XIV", set())
