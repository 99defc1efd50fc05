"""Target rules added in session 7, on invented topics, through the whole pipeline.

- a judged act named by a definite noun ("the plan", "the recount", "the transfers") targets
  its author, told before: the one who announced, ordered, ruled or promised it, or named with
  it ("the ministry's plan", "a plan drawn up by X") (:mod:`analysis.statements.authors`);
- a label given to an act ("called the ruling a victory") and an action aimed at it ("vowed to
  challenge the transfers") target the act's author too;
- a speaker's own act, and an indefinite one, give no author; an amount a place owns ("Kell's
  price") is where it is paid, not who set it;
- a call on X to restrain itself ("urged X to lift its blockade of the country's port") targets
  X, whatever the restrained act is aimed at; a call on X to do what aims at no one else
  ("demanded that X publish its contracts", "urged X to spare the exams") targets X;
- a definite description whose noun is a word of an entity's name ("the union", "the board")
  stands for the last such entity named;
- a denial of a definite charge ("rejected the charge") is about the last accuser, of a claim
  owned by someone ("rejected the union's account") about its owner; "rejected claims that ..."
  has no target;
- "said it would appeal" is about the author of the last ruling or order told before;
- "A and B traded accusations", "accused each other": each is about the other.
"""

from __future__ import annotations

import pytest

from analysis.statements.authors import same_act
from tests.statements.conftest import same_name
from tests.statements.test_target_rules_s5 import statement


def _target(row: dict) -> str | None:
    target = row["target"]
    return target if isinstance(target, str) and target else None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Kell Transport Authority announced on Monday that buses would stop running after ten.\n\n"
                 "Student leader Ida Brandt said the plan was a disaster for night workers.",
                 "said", "Kell Transport Authority", id="announced-then-plan"),
    pytest.param("Ballots from twelve towns must be counted again, Judge Tom Varga ruled on Friday.\n\n"
                 "Senator Ana Lee said the recount was a waste of public money.",
                 "said", "Tom Varga", id="ruled-then-recount"),
    pytest.param("Mayor Lena Ostrova promised to close the old harbour to cars by June.\n\n"
                 "Shopkeeper Piet Dahl said the plan would ruin his business.",
                 "said", "Lena Ostrova", id="promised-then-plan"),
    pytest.param("The Norland Ministry of Water ordered a recount of the reservoir levels.\n\n"
                 "Farmer Ole Brun said the recount was pointless.",
                 "said", "Norland Ministry of Water", id="ordered-a-recount"),
    pytest.param("Kell Rail presented a plan to cut the night trains.\n\n"
                 "Commuter group Late Shift said the plan was cruel.",
                 "said", "Kell Rail", id="presented-plan"),
])
def test_judged_act_targets_its_author(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Dunmore Water Board announced that water would be shipped to the coast.\n\n"
                 "Farmers' leader Ida Brandt vowed to challenge the transfers in court.",
                 "vowed", "Dunmore Water Board", id="challenge-the-transfers"),
    pytest.param("The Kell Court of Appeal quashed the permit for the mine, ruling that residents had not been heard.\n\n"
                 "Villager Tom Reyes called the ruling a victory for every family in the valley.",
                 "called", "Kell Court of Appeal", id="label-on-ruling"),
    pytest.param("Governor Ana Lee announced that the ferry would be sold.\n\n"
                 "The Island Party branded the decision a betrayal.",
                 "branded", "Ana Lee", id="branded-the-decision"),
    pytest.param("Vattner Energy announced that prices would rise in May.\n\n"
                 "Consumer group Fair Power vowed to block the increase.",
                 "vowed", "Vattner Energy", id="block-the-increase"),
    pytest.param("Minister Olga Berg decided that the clinic would close.\n\n"
                 "Nurse Piet Dahl called the closure a scandal.",
                 "called", "Olga Berg", id="called-the-closure"),
])
def test_label_or_action_on_an_act_targets_its_author(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("Minister Olga Berg announced that the clinic would close.\n\n"
                 "Minister Olga Berg said the plan was painful but necessary.", "said", id="own-plan"),
    pytest.param("Student leader Ida Brandt said a plan would be a disaster for night workers.",
                 "said", id="indefinite-plan"),
    pytest.param("Student leader Ida Brandt said the plan was a disaster for night workers.",
                 "said", id="no-author-told"),
    pytest.param("Kell Rail announced that the night trains would stop.\n\n"
                 "Kell Rail chief Tom Varga said the plan was the only way to save money.",
                 "said", id="speakers-own-side"),
    pytest.param("Mayor Lena Ostrova promised a new park.\n\n"
                 "Mayor Lena Ostrova said the plan would be ready by June.",
                 "said", id="same-speaker"),
])
def test_no_author_for_own_or_untold_acts(nlp, body, cue):
    row = statement(nlp, body, cue)
    assert _target(row) is None, row


@pytest.mark.parametrize(("noun", "verb", "expected"), [
    ("withdrawal", "withdraw", True), ("decision", "decide", True), ("ruling", "rule", True),
    ("recount", "recount", True), ("cancellation", "cancel", True), ("proposal", "propose", True),
    ("nation", "name", False), ("plan", "say", False),
])
def test_same_act(noun, verb, expected):
    assert same_act(noun, verb) is expected


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Minister Ana Lee urged the Kell Dockers' Union to lift its blockade of the country's main port.",
                 "urged", "Kell Dockers' Union", id="lift-blockade-of"),
    pytest.param("The Norland Fishing League urged Kell Seafoods to stop its raids on the northern bays.",
                 "urged", "Kell Seafoods", id="stop-raids-on"),
    pytest.param("Mayor Tom Varga called on Orvik Mining to end its dumping near the town's river.",
                 "called", "Orvik Mining", id="end-dumping-near"),
    pytest.param("The Green League urged Dalen Power to withdraw its lawsuit against the village's council.",
                 "urged", "Dalen Power", id="withdraw-lawsuit"),
    pytest.param("Senator Ida Brandt urged the Kell Rail Union to halt its strike at the capital's stations.",
                 "urged", "Kell Rail Union", id="halt-strike"),
])
def test_call_to_restrain_targets_the_one_asked_not_the_place(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Rural Party demanded that the Kell Cocoa Board publish its contracts.",
                 "demanded", "Kell Cocoa Board", id="demanded-that-publish"),
    pytest.param("The Kell Parents' Association urged the Norland Teachers' Union to spare the exams.",
                 "urged", "Norland Teachers' Union", id="urged-to-spare"),
    pytest.param("Bishop Tom Reyes urged Ida Brandt to let the ballots speak.",
                 "urged", "Ida Brandt", id="urged-to-let"),
    pytest.param("The Harbour Council demanded that the Dalen Port Authority repaint the pier.",
                 "demanded", "Dalen Port Authority", id="demanded-repaint"),
    pytest.param("The Kell Farmers' Union urged Minister Ole Brun to publish the prices.",
                 "urged", "Ole Brun", id="urged-to-publish"),
])
def test_request_targets_the_one_asked_to_act(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Kell Port Workers' Union said on Monday that its members would strike.\n\n"
                 "Minister Ana Lee accused the union of holding the harbour hostage.",
                 "accused", "Kell Port Workers' Union", id="the-union"),
    pytest.param("The Norland Cocoa Board set a new price on Friday, Dalen Foods said.\n\n"
                 "The Rural Party accused the board of cheating farmers.",
                 "accused", "Norland Cocoa Board", id="the-board"),
    pytest.param("The Kell Teachers' Union and the Norland Teachers' Union called a strike.\n\n"
                 "The ministry accused the unions of holding exams hostage.",
                 "accused", "Norland Teachers' Union", id="the-unions"),
    pytest.param("The Orvik Election Commission ran the vote in May, Tom Varga said.\n\n"
                 "Senator Ida Brandt accused the commission of losing ballots.",
                 "accused", "Orvik Election Commission", id="the-commission"),
    pytest.param("The Dalen Water Authority raised fees in June, Orvik Mining said.\n\n"
                 "Farmer Ole Brun criticised the authority for the rise.",
                 "criticised", "Dalen Water Authority", id="the-authority"),
])
def test_description_stands_for_the_last_entity_with_its_noun(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Norland Cocoa Board announced that farmers would receive more per tonne.\n\n"
                 "The Kell Growers' Union said the figure was far too low.",
                 "said", "Norland Cocoa Board", id="announced-figure"),
    pytest.param("The Dalen Grid Board announced that power would cost more from May.\n\n"
                 "Farmer Ole Brun said the new price would ruin him.",
                 "said", "Dalen Grid Board", id="announced-price"),
    pytest.param("The Orvik Port Authority announced that ships would pay more to dock.\n\n"
                 "Captain Ida Brandt said the fee was robbery.",
                 "said", "Orvik Port Authority", id="announced-fee"),
])
def test_announced_amount_targets_its_author(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


def test_amount_owned_by_a_place_is_not_its_author(nlp):
    body = ("The Norland Cocoa Board announced that farmers would receive more per tonne.\n\n"
            "Traders said the gap between Norland's price and Kell's would push farmers to sell abroad.\n\n"
            "Minister Tom Varga welcomed the new price as responsible.")
    assert same_name("Norland Cocoa Board", _target(statement(nlp, body, "welcomed")))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Senator Ida Brandt accused Mayor Tom Varga of lying about the budget.\n\nVarga rejected the charge.",
                 "rejected", "Ida Brandt", id="rejected-the-charge"),
    pytest.param("The Kell Port Workers' Union said the ship was unsafe.\n\nDalen Port Authority rejected the union's account.",
                 "rejected", "Kell Port Workers' Union", id="rejected-owners-account"),
    pytest.param("The Rural Party accused the Dalen Port Authority of hiding losses.\n\n"
                 "The Dalen Port Authority dismissed the accusations.",
                 "dismissed", "Rural Party", id="dismissed-the-accusations"),
    pytest.param("Minister Ana Lee blamed the Kell Port Workers' Union for the delays.\n\n"
                 "The Kell Port Workers' Union rejected the charge.",
                 "rejected", "Ana Lee", id="blamed-then-rejected"),
    pytest.param("Farmer Ole Brun criticised Judge Ida Brandt over the ruling.\n\nBrandt rejected the accusation.",
                 "rejected", "Ole Brun", id="criticised-then-rejected"),
])
def test_rejected_charge_is_about_the_accuser(nlp, body, cue, expected):
    row = statement(nlp, body, cue)
    assert same_name(expected, _target(row))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("Senator Ida Brandt accused Mayor Tom Varga of lying.\n\nVarga rejected claims that he had lied.",
                 "rejected", id="claims-that"),
    pytest.param("Senator Ida Brandt accused Mayor Tom Varga of lying.\n\nVarga rejected any suggestion of wrongdoing.",
                 "rejected", id="any-suggestion"),
    pytest.param("Mayor Tom Varga rejected the charge.", "rejected", id="no-accuser-told"),
    pytest.param("Senator Ida Brandt accused Mayor Tom Varga of lying.\n\nThe budget was passed.\n\nRoads were built.\n\n"
                 "Schools opened.\n\nVarga rejected the charge.", "rejected", id="accuser-long-before"),
    pytest.param("The Dalen Port Authority rejected claims of overcharging.", "rejected", id="claims-of"),
])
def test_denial_without_an_accuser_has_no_target(nlp, body, cue):
    assert _target(statement(nlp, body, cue)) is None


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Judge Ida Brandt ruled on Monday that the Kell election must be run again.\n\n"
                 "The Rural Party said it would appeal.", "Ida Brandt", id="ruled-then-appeal"),
    pytest.param("Judge Ana Lee ordered the Rural Party to pay a fine.\n\n"
                 "The Rural Party said it would appeal.", "Ana Lee", id="ordered-then-appeal"),
    pytest.param("Judge Tom Varga sentenced Ole Brun to two years in prison.\n\n"
                 "Brun's lawyer Ana Lee said they would appeal.", "Tom Varga", id="sentenced-then-appeal"),
    pytest.param("The Kell Court of Appeal quashed the permit for the mine.\n\n"
                 "Orvik Mining said it would appeal.", "Kell Court of Appeal", id="quashed-then-appeal"),
    pytest.param("Judge Ida Brandt decided that the farm must be sold.\n\n"
                 "Farmer Ole Brun said he would appeal.", "Ida Brandt", id="decided-then-appeal"),
])
def test_appeal_is_about_the_ruling_author(nlp, body, expected):
    assert same_name(expected, _target(statement(nlp, body, "said")))


@pytest.mark.parametrize(("body", "first", "second"), [
    pytest.param("The governments of Norland and Kellia traded accusations on Monday over the river.",
                 "Norland", "Kellia", id="governments-traded"),
    pytest.param("Mayor Ida Brandt and Senator Tom Varga accused each other of lying.",
                 "Ida Brandt", "Tom Varga", id="accused-each-other"),
    pytest.param("Norland and Kellia traded insults at the summit.", "Norland", "Kellia", id="traded-insults"),
    pytest.param("The Rural Party and the Green League blamed one another for the defeat.",
                 "Rural Party", "Green League", id="blamed-one-another"),
    pytest.param("Ida Brandt and Tom Varga exchanged accusations in the debate.",
                 "Ida Brandt", "Tom Varga", id="exchanged-accusations"),
])
def test_mutual_accusation_targets_the_other(nlp, body, first, second):
    from analysis import analyze, from_text
    rows = analyze(from_text(f"Test article\n\n{body}"), nlp=nlp).statements
    pairs = {(r["speaker"], r["target"]) for _, r in rows.iterrows()}
    assert any(same_name(first, s) and same_name(second, t) for s, t in pairs), pairs
    assert any(same_name(second, s) and same_name(first, t) for s, t in pairs), pairs


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("Judge Ana Lee said the petitioner, candidate Ida Brandt of the Rural Party, had produced credible evidence.",
                 "said", "Ida Brandt", id="petitioner-apposed"),
    pytest.param("Coach Tom Varga said the newcomer, striker Ole Brun, had been the best player in May.",
                 "said", "Ole Brun", id="newcomer-apposed"),
    pytest.param("Minister Ana Lee said the winner, the Dalen Port Authority, had offered the lowest price.",
                 "said", "Dalen Port Authority", id="winner-apposed-body"),
    pytest.param("Senator Ida Brandt said the challenger, Mayor Tom Varga, had broken the rules.",
                 "said", "Tom Varga", id="challenger-apposed"),
    pytest.param("The Rural Party said the claimant, farmer Ole Brun, had been cheated.",
                 "said", "Ole Brun", id="claimant-apposed"),
])
def test_description_with_a_name_in_apposition_is_that_name(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param('Senator Ida Brandt said the army should stay in the valley. Mayor Tom Varga answered that '
                 '"soldiers cannot build trust".', "answered", "Ida Brandt", id="answered-that"),
    pytest.param("Minister Ana Lee said the harbour would close in May.\n\n"
                 "Captain Ole Brun replied that the fishermen would go hungry.", "replied", "Ana Lee", id="replied-next-paragraph"),
    pytest.param("Coach Tom Varga said the referee had been fair. Striker Ole Brun retorted that the match was a farce.",
                 "retorted", "Tom Varga", id="retorted"),
    pytest.param("The Rural Party said taxes were too high. Minister Ana Lee responded that schools needed money.",
                 "responded", "Rural Party", id="responded"),
    pytest.param("Mayor Tom Varga said the bridge was safe. Engineer Ida Brandt countered that its cables were rusting.",
                 "countered", "Tom Varga", id="countered"),
])
def test_reply_is_about_whom_it_answers(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


def test_reply_with_no_one_before_has_no_target(nlp):
    row = statement(nlp, "Mayor Tom Varga replied that the bridge was safe.", "replied")
    assert _target(row) is None


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Kell Cocoa Board announced that farmers would receive more per tonne.\n\n"
                 "The Kell Cocoa Board's chief, Ana Lee, defended the price.", "defended", "Kell Cocoa Board",
                 id="chief-defended-price"),
    pytest.param("The Dalen Port Authority announced that ships would pay more to dock.\n\n"
                 "The Dalen Port Authority's director, Tom Varga, defended the fee.", "defended", "Dalen Port Authority",
                 id="director-defended-fee"),
    pytest.param("The Rural Party announced that it would leave the coalition.\n\n"
                 "The Rural Party's leader, Ida Brandt, praised the decision.", "praised", "Rural Party",
                 id="leader-praised-decision"),
    pytest.param("The Orvik Water Board decided that the dam would be raised.\n\n"
                 "The Orvik Water Board's engineer, Ole Brun, defended the plan.", "defended", "Orvik Water Board",
                 id="engineer-defended-plan"),
    pytest.param("The Kell Rail Union announced that its members would strike.\n\n"
                 "The Kell Rail Union's secretary, Ana Lee, defended the decision.", "defended", "Kell Rail Union",
                 id="secretary-defended-decision"),
])
def test_judging_an_act_of_ones_own_body_is_about_the_body(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))


@pytest.mark.parametrize(("body", "cue", "expected"), [
    pytest.param("The Kell Court of Appeal quashed the permit for the mine.\n\n"
                 "Orvik Mining said it could still go to the Norland Supreme Court.\n\n"
                 "Mayor Tom Varga accused the court of ignoring the town.", "accused", "Kell Court of Appeal",
                 id="court-acting-not-venue"),
    pytest.param("The Dalen Water Board raised prices in May.\n\n"
                 "Farmers met officials of the Kell Water Board in June.\n\n"
                 "Farmer Ole Brun accused the board of greed.", "accused", "Dalen Water Board", id="board-acting"),
    pytest.param("The Kell Port Workers' Union called a strike.\n\n"
                 "Minister Ana Lee met leaders of the Norland Dockers' Union on Friday.\n\n"
                 "Captain Ida Brandt accused the union of blackmail.", "accused", "Kell Port Workers' Union",
                 id="union-acting"),
    pytest.param("The Orvik Election Commission cancelled the vote.\n\n"
                 "Observers compared it with the Kell Election Commission.\n\n"
                 "Senator Ida Brandt accused the commission of cowardice.", "accused", "Orvik Election Commission",
                 id="commission-acting"),
    pytest.param("The Dalen Port Authority closed the harbour.\n\n"
                 "Ships went to the Kell Port Authority instead.\n\n"
                 "Captain Ole Brun criticised the authority for the closure.", "criticised", "Dalen Port Authority",
                 id="authority-acting"),
])
def test_description_prefers_the_entity_named_as_actor(nlp, body, cue, expected):
    assert same_name(expected, _target(statement(nlp, body, cue)))
