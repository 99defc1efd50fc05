"""The Discourse alone (no parsing): voices and groups remembered in reading order.

Rules: ``analysis/statements/discourse.py``. Each case builds a Discourse by hand and asks it one
question; expected answers are read from the docstrings.
"""

from __future__ import annotations

import pytest

from analysis.statements.discourse import Discourse, Group, Voice


def voice(name, paragraph, offset=0, *, type="PERSON", words=(), unnamed=False):
    return Voice(name, frozenset(words), type, paragraph, offset, unnamed=unnamed)


def group(members, paragraph, offset=0, nouns=()):
    return Group(tuple(members), frozenset(nouns), paragraph, offset)


def discourse(*voices, groups=()):
    d = Discourse()
    for v in voices:
        d.add_voice(v)
    for g in groups:
        d.add_group(g)
    return d


# -- last_voice ------------------------------------------------------------------------------------

LAST_VOICE = [
    pytest.param(discourse(voice("Ada Park", 1), voice("Ben Holt", 1, 40)), {"paragraph": 1}, "Ben Holt",
                 id="last-of-two-same-paragraph"),
    pytest.param(discourse(voice("Ada Park", 2)), {"paragraph": 3}, "Ada Park",
                 id="previous-paragraph-is-in-window"),
    pytest.param(discourse(voice("Ada Park", 1)), {"paragraph": 3}, None,
                 id="two-paragraphs-back-is-out-of-window"),
    pytest.param(discourse(voice("Kell Rowing Club", 2, type="ORG"), voice("Ada Park", 2, 50)),
                 {"paragraph": 2, "types": ("ORG", "GPE")}, "Kell Rowing Club", id="type-filter-skips-person"),
    pytest.param(discourse(voice("Ada Park", 2)), {"paragraph": 2, "types": ("ORG",)}, None,
                 id="type-filter-none-fits"),
    pytest.param(discourse(voice("Ada Park", 1), voice("Ben Holt", 2)), {"paragraph": 2, "same_paragraph": True},
                 "Ben Holt", id="same-paragraph-latest"),
    pytest.param(discourse(voice("Ada Park", 1)), {"paragraph": 2, "same_paragraph": True}, None,
                 id="same-paragraph-excludes-previous"),
    pytest.param(discourse(voice("Ada Park", 1), voice("the club's medic", 1, 30, type=None, unnamed=True)),
                 {"paragraph": 1}, "the club's medic", id="unnamed-voice-is-returned"),
    pytest.param(discourse(voice("Norland", 1, type="GPE"), voice("Ada Park", 2), voice("Vilnia", 3, type="GPE")),
                 {"paragraph": 3, "types": ("GPE",)}, "Vilnia", id="type-filter-latest-of-type"),
    pytest.param(discourse(voice("Norland", 1, type="GPE"), voice("Ada Park", 3)),
                 {"paragraph": 3, "types": ("GPE",)}, None, id="window-ends-search-before-older-type"),
]


@pytest.mark.parametrize(("d", "query", "expected"), LAST_VOICE)
def test_last_voice(d, query, expected):
    found = d.last_voice(**query)
    assert (found.name if found else None) == expected


def test_add_voice_keeps_reading_order():
    d = discourse(voice("Ada Park", 1), voice("Ben Holt", 1, 10), voice("Ada Park", 2))
    assert [v.name for v in d.voices] == ["Ada Park", "Ben Holt", "Ada Park"]


# -- described -------------------------------------------------------------------------------------

DESCRIBED = [
    pytest.param(discourse(voice("Norland", 1, type="GPE", words={"the", "country's", "foreign", "ministry"})),
                 ("ministry", ("ORG",)), "Norland", id="non-person-introduced-with-noun"),
    pytest.param(discourse(voice("Kell Water", 1, type="ORG", words={"the", "water", "company"}),
                           voice("Orion Mining", 2, type="ORG", words={"the", "mining", "company"})),
                 ("company", ("ORG",)), "Orion Mining", id="latest-with-noun-wins"),
    pytest.param(discourse(voice("the ministry", 1, type=None, words={"the", "ministry"}, unnamed=True)),
                 ("ministry", ("ORG",)), None, id="unnamed-voice-skipped"),
    pytest.param(discourse(voice("Lea Marsh", 1, type="PERSON", words={"ministry", "spokeswoman", "lea", "marsh"})),
                 ("ministry", ("ORG",)), None, id="person-spokesman-not-the-ministry"),
    pytest.param(discourse(voice("Lea Marsh", 1, type="PERSON", words={"the", "coach", "lea", "marsh"})),
                 ("coach", ("PERSON",)), "Lea Marsh", id="person-when-person-type-asked"),
    pytest.param(discourse(voice("Norland", 1, type="GPE", words={"norland"})),
                 ("country", ("GPE",)), None, id="noun-never-used"),
    pytest.param(discourse(voice("Kell Water", 1, type="ORG", words={"the", "company"}),
                           *[voice(f"Person {i}", 1, i + 1) for i in range(20)]),
                 ("company", ("ORG",)), None, id="older-than-recent-window"),
]


@pytest.mark.parametrize(("d", "query", "expected"), DESCRIBED)
def test_described(d, query, expected):
    word, types = query
    assert d.described(word, types) == expected


# -- groups ----------------------------------------------------------------------------------------

def test_add_group_needs_two_members():
    d = discourse(groups=[group(["Ada Park"], 1)])
    assert d.groups == []


def test_add_group_once():
    g = group(["Ada Park", "Ben Holt"], 1, 5, {"coach"})
    d = discourse(groups=[g, g])
    assert d.groups == [g]


COACHES = group(["Ada Park", "Ben Holt"], 1, 10, {"coach"})
TRIO = group(["Norland", "Vilnia", "Ostrava"], 2, 0, {"country"})

LAST_GROUP = [
    pytest.param(discourse(groups=[COACHES]), {"paragraph": 1, "offset": 80}, COACHES, id="earlier-same-paragraph"),
    pytest.param(discourse(groups=[COACHES]), {"paragraph": 1, "offset": 5}, None, id="after-position-excluded"),
    pytest.param(discourse(groups=[COACHES]), {"paragraph": 3, "offset": 0}, COACHES,
                 id="two-paragraphs-back-in-window"),
    pytest.param(discourse(groups=[COACHES]), {"paragraph": 4, "offset": 0}, None, id="three-paragraphs-back-out"),
    pytest.param(discourse(groups=[COACHES, TRIO]), {"paragraph": 2, "offset": 90, "noun": "coach"}, COACHES,
                 id="noun-filter-skips-later-group"),
    pytest.param(discourse(groups=[COACHES, TRIO]), {"paragraph": 2, "offset": 90, "noun": "minister"}, None,
                 id="noun-filter-none-fits"),
    pytest.param(discourse(groups=[COACHES, TRIO]), {"paragraph": 2, "offset": 90, "size": 2}, COACHES,
                 id="size-two-skips-trio"),
    pytest.param(discourse(groups=[COACHES, TRIO]), {"paragraph": 2, "offset": 90, "size": 3}, TRIO, id="size-three"),
    pytest.param(discourse(groups=[COACHES, TRIO]), {"paragraph": 2, "offset": 90}, TRIO, id="latest-without-filters"),
    pytest.param(discourse(groups=[TRIO]), {"paragraph": 2, "offset": 90, "noun": "country", "size": 2}, None,
                 id="noun-fits-size-not"),
]


@pytest.mark.parametrize(("d", "query", "expected"), LAST_GROUP)
def test_last_group(d, query, expected):
    assert d.last_group(**query) == expected
