"""Stance rules of sitting 9: sides taken that the product left neutral, on invented sentences.

Each group is one construction (analysis/statements/positions.py, polarity.py, the word lists of
data/words.toml), checked through the driver's loop (``article`` of conftest): the speaker's own
means of pressure, a warning that foretells a grim outcome, a judging word VADER lacks; and the
neutral cases each rule must leave alone.
"""

from __future__ import annotations

import pytest


def stance_of(article, text: str, cue: str) -> str:
    """The stance of the (last) statement whose cue token is ``cue`` in a one-paragraph article."""
    _, _, _, stance = article(text).statement(cue)
    return stance.value


# -- the speaker's own means of pressure -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Norland Farmers' Union said it would call a general strike if prices rose again.",
    "The Kell Fishers' Guild said it would file a lawsuit against the ministry.",
    '"We will take legal action," Tom Reyes said.',
    "Tom Reyes said the blockade would continue until the permit was withdrawn.",
    '"Our strike will go on until the council listens," Tom Reyes said.',
    "Ida Brandt said the boycott would last until the prices fell.",
])
def test_own_means_of_pressure_opposes(article, text):
    assert stance_of(article, text, "said") == "oppose"


@pytest.mark.parametrize("text", [
    "Tom Reyes said the group would call a meeting next week.",
    "Tom Reyes said they would call off the strike.",
    "Tom Reyes said the union would end the strike on Monday.",
    "Tom Reyes said the strike would continue in the north.",
    '"We will not take legal action," Tom Reyes said.',
])
def test_meeting_ending_or_mere_report_of_pressure_stays_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


# -- a warning that foretells a grim outcome -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ida Brandt warned that the new tariff would make life unbearable for farmers.",
    'Ida Brandt warned that the timing "could not be worse" for shop owners.',
    "Ida Brandt warned that the plan would push farmers to smuggle their cattle.",
    "The Kell Ratepayers' Group warned that the new levy would make the market intolerable for traders.",
    "The Kell Dockers' Union warned that they would stage a walkout unless the fees were cut.",
])
def test_warning_of_grim_outcome_opposes(article, text):
    assert stance_of(article, text, "warned") == "oppose"


@pytest.mark.parametrize("text", [
    "Ida Brandt warned that the bridge would be closed for a week.",
    "Ida Brandt warned that prices would rise next year.",
    "Ida Brandt warned that the storm would make travel impossible.",
    "Ida Brandt warned that the timing could not be better for shop owners.",
    "Ida Brandt warned that farmers would not be worse off.",
])
def test_warning_without_grim_outcome_stays_neutral(article, text):
    assert stance_of(article, text, "warned") == "neutral"


# -- judging words VADER lacks ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Ida Brandt said the Kell Media Act was "incompatible with the freedoms every member signed up to".',
    "Ida Brandt said the new quota was unworkable.",
    "Ida Brandt said the Norland Water Act was untenable.",
    "Ida Brandt said the new levy was incompatible with the Kell Charter.",
    "Ida Brandt said the plan to close the Norland ferry was untenable.",
])
def test_judging_word_vader_lacks_opposes(article, text):
    assert stance_of(article, text, "said") == "oppose"


@pytest.mark.parametrize("text", [
    "Ida Brandt said the Kell Media Act was compatible with the treaty.",
    "Ida Brandt said the new quota would take effect in May.",
    "Ida Brandt said the Norland Water Act covers two rivers.",
    "Ida Brandt said the heat in the Kell valley was unbearable.",
    "Ida Brandt said the two timetables were different.",
])
def test_plain_description_of_a_law_stays_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


# -- a complaint about a burden or a wait ----------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ('"No family in Norland should have to choose between bread and rent," Ida Brandt said.', "said"),
    ('"Farmers in Kell should not have to choose between their land and their water," Ida Brandt told reporters.',
     "told"),
    ('"Nobody should have to pay twice for the same road," Ida Brandt said.', "said"),
    ('"We have waited two years for dialogue," Tom Reyes said.', "said"),
    ('"Forty families are still waiting for justice," Tom Reyes said.', "said"),
])
def test_complaint_about_burden_or_wait_opposes(article, text, cue):
    assert stance_of(article, text, cue) == "oppose"


@pytest.mark.parametrize("text", [
    '"Residents should not have to worry about the move," Ida Brandt said.',
    '"Drivers should have to pay for parking," Ida Brandt said.',
    "Tom Reyes said they were waiting for the results of the test.",
    "Tom Reyes said the union would wait for the ruling.",
    '"We did not wait two years for this," Tom Reyes said.',
])
def test_reassurance_duty_or_plain_wait_stays_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


# -- the speaker's own judgement told in its words -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Reyes said he had backed the stadium only after the council agreed to cap its costs.", "support"),
    ('"We have always opposed the toll," Tom Reyes said.', "oppose"),
    ("Ida Brandt said she had welcomed the new timetable.", "support"),
    ("The Kell Growers' Union said it had rejected the offer.", "oppose"),
    ("Ida Brandt said she had praised the rescue crews.", "support"),
])
def test_own_judgement_in_reported_words_takes_its_stance(article, text, expected):
    assert stance_of(article, text, "said") == expected


@pytest.mark.parametrize("text", [
    "Tom Reyes said he had never supported the plan.",
    "Tom Reyes said the Kell Council had praised the plan.",
    'Tom Reyes said he backed a new bridge "in principle" but not this contract.',
    "The Kell Mining Company said it would suspend survey work until the districts settled their row.",
    "Ida Brandt said she would sign the lease on Monday.",
])
def test_negated_contrasted_others_or_acts_stay_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


# -- a word of a name is no requested or foretold action -------------------------------------------

def test_word_of_a_court_name_is_no_call_for_justice(article):
    art = article("The Kell Media Act was passed in June by the Norland parliament.",
                  '"Every country may know who pays for its news," Tom Reyes said. He added that Norland '
                  'would defend the law "in every forum, including before the Court of Justice".')
    stances = {hit.token.text: stance.value for hit, _, _, stance in art.statements()}
    assert stances["added"] == "support"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ida Brandt urged the ministry to bring the smugglers to justice.", "oppose"),
    ("Ida Brandt urged fans to gather outside the Kell Court of Justice on Sunday.", "neutral"),
])
def test_common_word_still_counts_a_name_word_does_not(article, text, expected):
    assert stance_of(article, text, "urged") == expected


# -- a character label in a "like" or "as" comparison ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('Ida Brandt said Norland had "behaved like a pirate state" and should face consequences.', "oppose"),
    ("Ida Brandt said Norland had acted like a bully.", "oppose"),
    ("Ida Brandt said Norland had behaved like a good neighbour.", "support"),
    ('Ida Brandt said the crews had been "treated like criminals for doing what their fathers did".', "oppose"),
    ("Tom Reyes said the pickers were treated as thieves by the Kell estate.", "oppose"),
])
def test_character_label_in_comparison_takes_its_stance(article, text, expected):
    assert stance_of(article, text, "said") == expected


@pytest.mark.parametrize("text", [
    "Ida Brandt said the fishermen were treated like heroes on their return.",
    "Ida Brandt said the new port would look like a fortress.",
    "Ida Brandt said Norland had behaved like any other state in the region.",
    "Ida Brandt said the crews were not treated like criminals.",
    "Tom Reyes said the injured were treated at the Kell clinic.",
])
def test_plain_comparison_or_care_stays_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


# -- a decision or policy said to work, or not -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('"The programme has worked: reserves are up, inflation is down," Ida Brandt said.', "support"),
    ("Ida Brandt said the new levy was working.", "support"),
    ('"The ban will not work," Ida Brandt said.', "oppose"),
    ("Tom Reyes said the Kell fishing ban had never worked.", "oppose"),
    ('"This policy delivers," Tom Reyes said.', "support"),
])
def test_policy_said_to_work_takes_a_side(article, text, expected):
    assert stance_of(article, text, "said") == expected


@pytest.mark.parametrize("text", [
    "Ida Brandt said the plan would work with the Kell council.",
    "Ida Brandt said the programme would deliver new roads.",
    "Ida Brandt said the workers had worked all night.",
    "Ida Brandt said the engine had worked until noon.",
    "Tom Reyes said the team was working on a new plan.",
])
def test_work_with_an_object_or_a_non_policy_subject_stays_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"
