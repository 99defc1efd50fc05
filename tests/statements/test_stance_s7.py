"""Stance rules of sitting 7: positions missed as neutral (gold oppose -> predicted neutral).

Each group is one construction (analysis/statements/positions.py, polarity.py, evaluation.py),
checked through the driver's loop on invented sentences (``article`` of conftest): the speaker's
own intent to contest, a speech cue elaborated by a judging participle or coordinated after a
judgement, the speaker's own feelings, hindsight, a decision judged by a verdict word or by what
it costs; and the neutral cases each rule must leave alone.
"""

from __future__ import annotations

import pytest


def stance_of(article, text: str, cue: str) -> str:
    """The stance of the (last) statement whose cue token is ``cue`` in a one-paragraph article."""
    _, _, _, stance = article(text).statement(cue)
    return stance.value


# -- the speaker's own intent to contest ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kell Mining Company said it would appeal.",
    "The Norland Party said it would challenge the ruling in the high court.",
    "Ida Brandt said she would fight the decision.",
    "The Kell Fishers' Guild said they will contest the new quota.",
    "Tom Reyes said he plans to appeal the verdict.",
    '"We will challenge this in every court," the Norland Farmers\' Union said.',
])
def test_own_intent_to_contest_opposes(article, text):
    assert stance_of(article, text, "said") == "oppose"


@pytest.mark.parametrize("text", [
    "The Kell Mining Company said it would not appeal.",
    "Ida Brandt said the verdict could be appealed by either side.",
    "Tom Reyes said the court would hear the appeal in May.",
    "The Norland Party said it would publish its accounts.",
    "Ida Brandt said the fight had lasted three rounds.",
])
def test_no_intent_to_contest_stays_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


def test_requested_appeal_opposes(article):
    text = "Tom Reyes urged the Kell Council to appeal the ruling without delay."
    assert stance_of(article, text, "urged") == "oppose"


# -- a speech cue followed by a judging participle ---------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "value"), [
    pytest.param('"The river is not for sale," Tom Reyes told journalists, accusing Norland of "decades of waste".',
                 "told", "oppose", id="told-accusing"),
    pytest.param('"The season is over," Ida Brandt said, criticising the Kell League for its late fixtures.',
                 "said", "oppose", id="said-criticising"),
    pytest.param('"We owe them everything," Tom Reyes told reporters, praising the Norland rescue teams.', "told",
                 "support", id="told-praising"),
    pytest.param("The Kell Party issued a statement criticising the board for giving each speaker two minutes.",
                 "statement", "oppose", id="statement-criticising"),
    pytest.param('"This cannot stand," Ida Brandt wrote, condemning the Norland Board\'s decision.', "wrote", "oppose",
                 id="wrote-condemning"),
])
def test_speech_elaborated_by_a_following_judgement(article, text, cue, value):
    assert stance_of(article, text, cue) == value


# -- a speech or request cue coordinated after a judgement ------------------------------------------

@pytest.mark.parametrize(("text", "cue", "value"), [
    pytest.param('Ida Brandt praised the board for "keeping the system solvent" and said a bigger rise would '
                 'have forced it to borrow.', "said", "support", id="praised-and-said"),
    pytest.param('Tom Reyes dismissed the plan as "a shed full of promises" and said the money would be spent '
                 'elsewhere.', "said", "oppose", id="dismissed-and-said"),
    pytest.param('Ida Brandt accused the court of "ruling from the bench" and urged Kell to act without delay, '
                 'saying the town "cannot wait".', "saying", "oppose", id="accused-urged-saying"),
    pytest.param("The Kell Greens condemned the dam and urged the ministry to order a new study.", "urged",
                 "oppose", id="condemned-and-urged"),
    pytest.param("Tom Reyes welcomed the deal and said the port would reopen on Monday.", "said", "support",
                 id="welcomed-and-said"),
])
def test_cue_coordinated_after_a_judgement(article, text, cue, value):
    assert stance_of(article, text, cue) == value


@pytest.mark.parametrize("text", [
    "The parents backed the teachers' pay claim but said the exams should go ahead in June.",
    "Ida Brandt praised the volunteers but said the road would stay closed until Friday.",
    "Tom Reyes did not criticise the board and said the vote would be held in May.",
    "Ida Brandt thanked the Kell crews, but said the cause of the fire was unknown.",
    "Tom Reyes arrived late and said the meeting would start at noon.",
])
def test_contrast_or_no_judgement_keeps_the_cue_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


# -- the speaker's own feelings about what happened --------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    pytest.param('The Kell Mining Company said it was "deeply disappointed" with the ruling.', "oppose",
                 id="disappointed"),
    pytest.param("Ida Brandt said she was appalled by the council's vote.", "oppose", id="appalled"),
    pytest.param('"We are outraged," the Norland Nurses\' Union said of the decision.', "oppose", id="outraged"),
    pytest.param("Tom Reyes said he was delighted with the verdict.", "support", id="delighted"),
    pytest.param('"We are very pleased with the outcome," the Kell Rowing Club said.', "support", id="pleased"),
])
def test_own_feeling_is_a_position(article, text, value):
    assert stance_of(article, text, "said") == value


@pytest.mark.parametrize("text", [
    "Ida Brandt said she was not disappointed.",
    "The coach said the players were disappointed after the defeat.",
    "Tom Reyes said residents were outraged by the noise.",
    "Ida Brandt said the crowd was delighted with the fireworks.",
    "Tom Reyes said the ferry was late.",
])
def test_feelings_of_others_stay_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


# -- hindsight: what should have been done criticises what was done -------------------------------

@pytest.mark.parametrize("text", [
    "The Norland Growers' Union said the figure should have been at least 500 crowns.",
    "Ida Brandt said the region should have built new reservoirs ten years ago.",
    "Tom Reyes said the Kell Board should never have signed the contract.",
    "The mayors said the council should have listened to the farmers.",
    "Tom Reyes said the ferry company should have warned passengers.",
])
def test_hindsight_opposes(article, text):
    assert stance_of(article, text, "said") == "oppose"


@pytest.mark.parametrize("text", [
    "Ida Brandt said the ferry should arrive at noon.",
    "Tom Reyes said the work would have been finished by May.",
    "Ida Brandt said the road has been closed since Monday.",
    "Tom Reyes said the board should publish its figures in June.",
    "Ida Brandt said the team had played well.",
])
def test_no_hindsight_stays_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


# -- a decision or act judged by a verdict word or by what it does ---------------------------------

@pytest.mark.parametrize(("text", "cue", "value"), [
    pytest.param('Senator Ida Brandt said the recount was "a waste of public money".', "said", "oppose",
                 id="waste"),
    pytest.param("Tom Reyes said the transfers were legal under an emergency decree.", "said", "support",
                 id="legal"),
    pytest.param('The Kell Monitor states that the count was "slower and less transparent than anywhere else".',
                 "states", "oppose", id="less-transparent"),
    pytest.param("Minister Tom Reyes warned that the stoppage was costing exporters millions a day.", "warned",
                 "oppose", id="stoppage-costing"),
    pytest.param("Ida Brandt said the strike had ruined the harvest season.", "said", "oppose",
                 id="strike-ruined"),
    pytest.param("Tom Reyes said the closure was unnecessary.", "said", "oppose", id="unnecessary"),
])
def test_judged_decision_or_act(article, text, cue, value):
    assert stance_of(article, text, cue) == value


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Ida Brandt announced that the region would move water by ship from the lower Kell.",
                 "announced", id="lower-place"),
    pytest.param('Ida Brandt announced the transfers, calling the measure "painful, temporary and '
                 'unavoidable".', "calling", id="painful-label"),
    pytest.param("Tom Reyes said the strike would begin on Monday.", "said", id="strike-begins"),
    pytest.param("Ida Brandt said the recount was due in May.", "said", id="recount-due"),
    pytest.param("Tom Reyes said the upper Norland valley was dry.", "said", id="upper-place"),
])
def test_descriptions_of_acts_and_places_stay_neutral(article, text, cue):
    assert stance_of(article, text, cue) == "neutral"


# -- rejecting someone's account is a denial -------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ("The Kell Port Company rejected the union's account.", "rejected"),
    ("Ida Brandt rejected the council's version of events.", "rejected"),
    ("The Norland Board dismissed the workers' account of the meeting.", "dismissed"),
    ("Tom Reyes rejected the club's account of the transfer.", "rejected"),
    ("The ministry rejected the union's version of the talks.", "rejected"),
])
def test_rejecting_an_account_is_neutral(article, text, cue):
    assert stance_of(article, text, cue) == "neutral"


# -- idioms of accusation and calls for talks --------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Ida Brandt told reporters that the Norland leaders were "rewriting history to win an election".',
    "Tom Reyes said the Kell Party was playing politics with the flood money.",
    "Ida Brandt said the Norland Union was holding the port hostage.",
    "Tom Reyes said the Kell Board had rewritten history.",
    "Ida Brandt said the Norland Board was playing politics with the budget.",
])
def test_idioms_of_accusation_oppose(article, text):
    cue = "told" if " told " in text else "said"
    assert stance_of(article, text, cue) == "oppose"


@pytest.mark.parametrize("text", [
    "Tom Reyes called for talks with Norland church leaders.",
    "Ida Brandt called for dialogue with the Kell Miners' Union.",
    "The envoy urged the government to open negotiations with Norland.",
    "Tom Reyes called for negotiations with the Kell Fishers' Guild.",
    "Ida Brandt urged the ministry to negotiate with the Norland nurses.",
])
def test_calls_for_talks_with_someone_take_no_side(article, text):
    """Talks asked for with X are engagement, not backing X (no rule of the annotation says
    otherwise; one invented article's annotator read one as support, the older rule tests neutral)."""
    cue = "urged" if " urged " in text else "called"
    assert stance_of(article, text, cue) == "neutral"


# -- idioms of accusation in a quote, acts in protest, warnings of harm ---------------------------

@pytest.mark.parametrize("text", [
    '"We did not choose this fight. The Kell Port Company walked away from the table," Ida Brandt said.',
    'Tom Reyes said, "The vote was a surprise and it is a stab in the back for the miners."',
    'Ida Brandt said the Norland inquiry had been "a box-ticking exercise".',
    'Tom Reyes said the ministry was trying to sweep the report under the carpet.',
    'Ida Brandt said the Kell Board kept passing the buck.',
])
def test_idiom_of_accusation_in_the_quote_opposes(article, text):
    assert stance_of(article, text, "said") == "oppose"


@pytest.mark.parametrize("text", [
    '"We will not play politics with this," Tom Reyes said.',
    "Ida Brandt said the children would play football after lunch.",
    "Tom Reyes said the table had been moved away from the window.",
    'In a statement, the Kell Ministry said its offer was "fair" and accused the Norland Union of "holding '
    'pupils hostage".',
    "Ida Brandt said the history lesson had been rewritten for younger pupils.",
])
def test_no_idiom_of_accusation_stays_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


@pytest.mark.parametrize(("text", "cue"), [
    ("The Kell Farmers' Alliance told its branches to hold back deliveries for a week in protest.", "told"),
    ("Ida Brandt said the nurses would stop work on Friday in protest.", "said"),
    ("Tom Reyes said two members had resigned in protest at the cuts.", "said"),
    ("The Norland Guild urged members to close their shops for an hour in protest.", "urged"),
    ("Ida Brandt said the fishermen would sail into the harbour in protest against the quota.", "said"),
])
def test_act_in_protest_opposes(article, text, cue):
    assert stance_of(article, text, cue) == "oppose"


@pytest.mark.parametrize(("text", "value"), [
    pytest.param("Chief executive Ida Brandt warned that every month of delay would cost the company 90 million "
                 "crowns and put 2,400 jobs at risk.", "oppose", id="cost-and-risk"),
    pytest.param("Tom Reyes warned that the new levy would ruin small farms.", "oppose", id="ruin"),
    pytest.param("Ida Brandt warned that the cuts could put patients at risk.", "oppose", id="cuts-at-risk"),
    pytest.param("The Kell Traders' Guild warned that the ban would damage the harbour trade.", "oppose",
                 id="ban-damage"),
    pytest.param("Tom Reyes warned that the closure will hurt every family in the valley.", "oppose",
                 id="closure-hurt"),
    pytest.param("Forecasters warned that the storm would damage roofs across Kell.", "neutral", id="storm"),
    pytest.param("Ida Brandt warned that the road would stay closed until Friday.", "neutral", id="road-closed"),
    pytest.param("Tom Reyes warned that the repairs had cost the town dearly.", "neutral", id="past-cost"),
])
def test_warning_of_harm(article, text, value):
    assert stance_of(article, text, "warned") == value


# -- an attitude held toward the target is no event; demands to disclose ---------------------------

@pytest.mark.parametrize("text", [
    "The Kell Court of Appeal halted the pipeline. Minister Tom Reyes said the government respected the "
    "court's decision.",
    "The Norland Board chose a new chair. Ida Brandt said the members trusted the board's judgement.",
    "The Kell Arts Council closed the gallery. Tom Reyes said the artists respected the council's choice.",
    "The Norland Rowing Club picked a new coach. Ida Brandt said the players trusted the club's choice.",
    "The Kell Water Board raised prices on Monday. Tom Reyes said residents respected the board's decision.",
])
def test_attitude_toward_the_target_supports(article, text):
    assert stance_of(article, text, "said") == "support"


@pytest.mark.parametrize(("text", "cue"), [
    ("The Kell Party demanded that the board publish its contracts.", "demanded"),
    ("Ida Brandt urged the Norland Ministry to disclose the cost of the bridge.", "urged"),
    ("Tom Reyes called on the Kell Board to justify the price.", "called"),
    ("The Norland Greens demanded that the mayor disclose the donors.", "demanded"),
    ("Ida Brandt urged the council to publish the audit.", "urged"),
])
def test_demand_to_account_opposes(article, text, cue):
    assert stance_of(article, text, cue) == "oppose"


# -- a manner phrase with a comparative, and a hostile act refused by the target, judge nothing --------

@pytest.mark.parametrize("text", [
    "Tom Reyes said Norland had sold the grain at far lower prices.",
    "Ida Brandt said the Kell Mills bought the wheat at higher prices than before.",
    "Tom Reyes said Norland would not withdraw its troops this year.",
    "Ida Brandt said the Kell Board would not ban night flights.",
    "Tom Reyes said Norland would never close the border.",
])
def test_manner_comparative_and_refused_hostile_act_stay_neutral(article, text):
    assert stance_of(article, text, "said") == "neutral"


@pytest.mark.parametrize(("text", "value"), [
    pytest.param("Tom Reyes said Norland would never help its neighbours.", "oppose", id="never-help"),
    pytest.param("Ida Brandt said the Kell Board would not support the farmers.", "oppose", id="not-support"),
    pytest.param("Tom Reyes said the Norland Fund had never been in better shape.", "support", id="better-shape"),
    pytest.param("The Kell Board set the price at 500 crowns. Its chief, Ida Brandt, defended the price, saying the "
                 "board had sold the crop at far lower prices.", "support", id="defended-saying"),
    pytest.param("Tom Reyes said Norland refused to protect the refugees.", "oppose", id="refused-protect"),
])
def test_refused_help_and_better_shape_still_judge(article, text, value):
    cue = "saying" if "saying" in text else "said"
    assert stance_of(article, text, cue) == value


# -- demands that the target end its act, threats to the one warned, a decision hailed as a victory -------

@pytest.mark.parametrize("text", [
    "Tom Reyes said the Kell Board must stop the evictions.",
    "Ida Brandt said the Kell Board should withdraw the new fees.",
    "Tom Reyes said the Norland Ministry must reverse the cuts.",
    "Ida Brandt said the Kell Water Board has to scrap the levy.",
    "Tom Reyes said the Norland Council should end the blockade.",
])
def test_demand_that_the_target_end_its_act_opposes_it(article, text):
    _, _, target, stance = article(text).statement("said")
    assert stance.value == "oppose" and target.name is not None


@pytest.mark.parametrize(("text", "value"), [
    pytest.param("Tom Reyes warned the Kell Board that it would face consequences.", "oppose", id="consequences"),
    pytest.param("Ida Brandt warned the Norland Union that it would regret the strike.", "oppose", id="regret"),
    pytest.param("Tom Reyes warned the Kell Party of reprisals if the vote went ahead.", "oppose", id="reprisals"),
    pytest.param("Ida Brandt warned the Norland Guild that there would be repercussions.", "oppose",
                 id="repercussions"),
    pytest.param("Doctors warned residents that the heat would last until Friday.", "neutral", id="heat"),
    pytest.param("Tom Reyes warned drivers that the bridge would close at noon.", "neutral", id="bridge"),
])
def test_threat_to_the_one_warned(article, text, value):
    assert stance_of(article, text, "warned") == value


@pytest.mark.parametrize(("text", "value"), [
    pytest.param('"This ruling is a victory for common sense," Tom Reyes said.', "support", id="ruling-victory"),
    pytest.param("Ida Brandt said the court's decision was a victory for democracy.", "support",
                 id="decision-victory"),
    pytest.param("Tom Reyes said the new law was a victory for tenants.", "support", id="law-victory"),
    pytest.param('"The vote is a victory for every nurse," Ida Brandt said.', "support", id="vote-victory"),
    pytest.param("Tom Reyes said the agreement was a real victory for the fishermen.", "support",
                 id="agreement-victory"),
    pytest.param("Tom Reyes said the army's victory was complete.", "neutral", id="victory-as-subject"),
])
def test_decision_hailed_as_a_victory(article, text, value):
    assert stance_of(article, text, "said") == value


# -- wrongdoing told of the target accuses it ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ida Brandt said the Norland Bank had defrauded its customers.",
    "Tom Reyes said the pensioners had been blackmailed by the Kell Gang.",
    "Ida Brandt said the Norland Mining Company had looted the region.",
    "Tom Reyes said the Kell Board had embezzled the flood money.",
    "Tom Reyes said shopkeepers had been extorted by the Kell Gang.",
])
def test_wrongdoing_of_the_target_opposes(article, text):
    assert stance_of(article, text, "said") == "oppose"


@pytest.mark.parametrize(("text", "cue", "value"), [
    pytest.param('The Kell Growers\' Cooperative said the dockers\' grievances were "understandable".', "said",
                 "support", id="understandable"),
    pytest.param("Tom Reyes said the board's silence was inexcusable.", "said", "oppose", id="inexcusable"),
    pytest.param("Ida Brandt said the strike was justifiable.", "said", "support", id="justifiable"),
    pytest.param("Tom Reyes said the delay was unjustifiable.", "said", "oppose", id="unjustifiable"),
    pytest.param("Ida Brandt said the nurses' anger was understandable.", "said", "support", id="anger"),
    pytest.param("Ida Brandt said the weather was understandable for March.", "said", "neutral", id="weather"),
])
def test_grievance_or_conduct_granted_or_condemned(article, text, cue, value):
    assert stance_of(article, text, cue) == value
