"""Positions taken by act without a speech cue (session 9), on invented topics, through the
whole pipeline (:mod:`analysis.statements.acts`, the act rows of ``cues.tsv``).

- suspend, freeze, blacklist a named actor or what a named actor holds (its membership, funds,
  assets, licence) oppose that actor; plain events ("suspended flights", "froze prices"), a
  person taken off duty ("suspended the captain of X") and a police freeze are not statements;
- "voted (nine to seven) to do Y" is the voting body's position, stance from the voted action;
  "voted on Tuesday" and "did not vote to" are not;
- "passed" a named bill or law supports it; approving, passing, signing, ratifying or adopting a
  named bill or agreement counts in the passive too ("the Kell Act was passed by the assembly");
  an unnamed thing approved by a body ("the budget was approved by the council") stays no position.
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from tests.statements.conftest import same_name


def _rows(nlp, body: str):
    rows = analyze(from_text(f"Test article\n\n{body}"), nlp=nlp).statements
    return rows[~rows["unnamed"].astype(bool)]


def _statement(nlp, body: str, cue: str):
    rows = _rows(nlp, body)
    rows = rows[rows["cue"].str.lower().str.startswith(cue.lower())]
    assert len(rows), f"no named statement with cue {cue!r}: {_rows(nlp, body)[['speaker', 'cue']].values}"
    return rows.iloc[-1]


def _target(row) -> str | None:
    target = row["target"]
    return None if not isinstance(target, str) else target


# -- suspend / freeze / blacklist --------------------------------------------------------------------

@pytest.mark.parametrize(("body", "cue", "speaker", "target"), [
    pytest.param("The Vestby Growers Federation has suspended Osk Mills' membership.",
                 "suspended", "Vestby Growers Federation", "Osk Mills", id="suspended-membership"),
    pytest.param("The Kell Growers Association said the mill had cheated. It has suspended Osk Mills' membership.",
                 "suspended", "Kell Growers Association", "Osk Mills", id="suspended-by-it"),
    pytest.param("The Kell Commission has already frozen part of Norland's funds over concerns about fraud.",
                 "frozen", "Kell Commission", "Norland", id="frozen-part-of-funds"),
    pytest.param("Norland Central Bank froze the assets of the Kell Shipping Company.",
                 "froze", "Norland Central Bank", "Kell Shipping Company", id="froze-assets-of"),
    pytest.param("The Vestby Party suspended Ida Brandt on Monday.",
                 "suspended", "Vestby Party", "Ida Brandt", id="suspended-a-member"),
    pytest.param("The Osk Chamber of Commerce blacklisted Tavel Logistics.",
                 "blacklisted", "Osk Chamber of Commerce", "Tavel Logistics", id="blacklisted"),
])
def test_act_against_a_named_holder_opposes_it(nlp, body, cue, speaker, target):
    row = _statement(nlp, body, cue)
    assert same_name(speaker, row["speaker"]), row["speaker"]
    assert same_name(target, _target(row)), row["target"]
    assert row["stance"] == "oppose"


@pytest.mark.parametrize("body", [
    pytest.param("The storm suspended work at the Kell Harbour.", id="storm-suspended-work"),
    pytest.param("Norland Air suspended flights to Kell on Monday.", id="suspended-flights"),
    pytest.param("Kell police froze Ida Brandt's bank accounts after her arrest on Monday.", id="police-froze"),
    pytest.param("The Osk Football Association suspended the captain of Kell Rovers for three matches.",
                 id="suspended-a-player"),
    pytest.param("The Osk Football Association suspended the Kell Cup because of the storm.", id="suspended-an-event"),
    pytest.param("Norland's government froze the prices of bread and milk.", id="froze-prices"),
    pytest.param("The lake near Osk froze over in January.", id="lake-froze"),
])
def test_event_of_suspending_or_freezing_is_no_statement(nlp, body):
    rows = _rows(nlp, body)
    assert not rows["cue"].str.lower().str.match(r"suspend|froze|frozen|freez").any(), rows[["speaker", "cue"]]


# -- voted to ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "speaker", "target", "stance"), [
    pytest.param("Osk City Council voted nine to seven on Thursday to build a covered stadium.",
                 "Osk City Council", None, None, id="voted-nine-to-seven-to"),
    pytest.param("The Kell Assembly voted to suspend Norland's observer status.",
                 "Kell Assembly", "Norland", "oppose", id="voted-to-suspend"),
    pytest.param("The Vestby Rowing Club voted to leave the Norland League.",
                 "Vestby Rowing Club", "Norland League", None, id="voted-to-leave"),
    pytest.param("The Osk Dockers' Union voted on Monday to strike for two days.",
                 "Osk Dockers' Union", None, None, id="voted-on-monday-to"),
    pytest.param("Members of the Kell Cycling Club said the route was unsafe. The Kell Cycling Club then voted to "
                 "boycott the Osk Grand Prix.", "Kell Cycling Club", "Osk Grand Prix", "oppose", id="voted-to-boycott"),
])
def test_voted_to_is_the_bodys_position(nlp, body, speaker, target, stance):
    row = _statement(nlp, body, "voted")
    assert same_name(speaker, row["speaker"]), row["speaker"]
    if target is not None:
        assert same_name(target, _target(row)), row["target"]
    if stance is not None:
        assert row["stance"] == stance


@pytest.mark.parametrize("body", [
    pytest.param("Osk City Council voted on Tuesday.", id="voted-without-decision"),
    pytest.param("Osk City Council did not vote to build the bridge.", id="did-not-vote-to"),
    pytest.param("Osk City Council failed to vote to build the bridge.", id="failed-to-vote-to"),
    pytest.param("Osk City Council will hold a vote on the bridge next week.", id="will-hold-a-vote"),
    pytest.param("Ida Brandt said the Osk City Council had voted to build the bridge.", id="inside-reported-content"),
])
def test_vote_without_a_decision_of_its_own_is_no_statement(nlp, body):
    rows = _rows(nlp, body)
    assert not rows["cue"].str.lower().str.startswith("vot").any(), rows[["speaker", "cue"]]


# -- passed / formal approvals in the passive ----------------------------------------------------------

@pytest.mark.parametrize(("body", "cue", "speaker", "target"), [
    pytest.param("The Senate passed the Norland Reform Bill.", "passed", "Senate", "Norland Reform Bill",
                 id="passed-a-named-bill"),
    pytest.param("The law, known as the Kell Press Act, was passed in June by the Norland Assembly, where the "
                 "ruling party holds a majority.", "passed", "Norland Assembly", "Kell Press Act", id="passed-by"),
    pytest.param("The Kell Water Treaty was ratified by the Osk Assembly on Friday.", "ratified", "Osk Assembly",
                 "Kell Water Treaty", id="ratified-by"),
    pytest.param("The Vestby Charter was adopted by the Kell Rowing Federation in May.", "adopted",
                 "Kell Rowing Federation", "Vestby Charter", id="adopted-by"),
    pytest.param("The bill, known as the Kell Harbour Act, was signed by President Ida Brandt on Friday.",
                 "signed", "Ida Brandt", "Kell Harbour Act", id="signed-by"),
])
def test_formal_approval_of_a_named_bill_supports_it(nlp, body, cue, speaker, target):
    row = _statement(nlp, body, cue)
    assert same_name(speaker, row["speaker"]), row["speaker"]
    assert same_name(target, _target(row)), row["target"]
    assert row["stance"] == "support"


@pytest.mark.parametrize("body", [
    pytest.param("The budget for the library was approved by the Westbrook Council on Tuesday.", id="unnamed-budget"),
    pytest.param("The Norland Senate passed the Norland budget on Tuesday.", id="passed-an-unnamed-budget"),
    pytest.param("The convoy passed Kell Bridge at dawn.", id="passed-a-place"),
    pytest.param("Ida Brandt passed the Kell bar exam.", id="passed-an-exam"),
    pytest.param("The Kell Harbour Act was passed in 2019.", id="passed-without-agent"),
    pytest.param("A petition signed by the Delta Party was delivered to Osk City Council.", id="signed-participle"),
    pytest.param("The new stadium was approved by the Osk City Council.", id="approved-unnamed-stadium"),
])
def test_approval_of_nothing_named_is_no_statement(nlp, body):
    rows = _rows(nlp, body)
    assert not rows["cue"].str.lower().str.match(r"pass|approv|sign|ratif|adopt").any(), rows[["speaker", "cue"]]


# -- a modal of ability: what can be done, no position taken ---------------------------------------------

@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("The Kell Tenants' League will seek damages from the landlord.", "seek", "Kell Tenants' League",
                 id="will-seek"),
    pytest.param("The Osk Fishers' Union sought damages from Norland Ferries.", "sought", "Osk Fishers' Union",
                 id="sought"),
    pytest.param("The Vestby Party backed the Kell Harbour Bill.", "backed", "Vestby Party", id="backed"),
    pytest.param("The Norland Union expelled Kell on Monday.", "expelled", "Norland Union", id="expelled"),
    pytest.param("The Vestby League banned Osk Rovers from the cup.", "banned", "Vestby League", id="banned"),
])
def test_act_without_a_modal_is_a_statement(nlp, body, cue, speaker):
    row = _statement(nlp, body, cue)
    assert same_name(speaker, row["speaker"]) or speaker.startswith(row["speaker"]), row["speaker"]


@pytest.mark.parametrize("body", [
    pytest.param("Under the 2020 law, foundations such as the Kell Trust can seek damages for large groups of "
                 "consumers.", id="can-seek"),
    pytest.param("The Osk City Council could vote to close the pool next year.", id="could-vote-to"),
    pytest.param("The Kell Party might back the Vestby Reform Bill.", id="might-back"),
    pytest.param("Under the treaty, the Norland Union can expel Kell.", id="can-expel"),
    pytest.param("The Vestby League may ban Osk Rovers from the cup.", id="may-ban"),
])
def test_act_under_a_modal_of_ability_is_no_statement(nlp, body):
    assert _rows(nlp, body).empty, _rows(nlp, body)[["speaker", "cue"]]


# -- a request participle after a legal action is what the action claims ------------------------------

@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("The Kell Fruit association sued the Osk Dockers' Union on Monday, seeking damages for spoiled "
                 "cargo.", "sued", id="sued-seeking"),
    pytest.param("The Osk Tenants League filed a lawsuit against Norland Homes, seeking the return of deposits.",
                 "filed", id="filed-seeking"),
    pytest.param("The Vestby Fishers' Union sued Norland Ferries, asking the court to halt the sailings.",
                 "sued", id="sued-asking"),
    pytest.param("The Kell Growers' Union brought a case against Osk Mills, demanding unpaid wages.",
                 "brought", id="brought-demanding"),
    pytest.param("The Vestby Council launched proceedings against Norland Rail, seeking a refund.",
                 "launched", id="launched-seeking"),
])
def test_request_participle_after_a_legal_action_is_part_of_it(nlp, body, cue):
    rows = _rows(nlp, body)
    assert rows["cue"].str.lower().str.startswith(cue).sum() == 1, rows[["speaker", "cue"]]
    assert len(rows) == 1, rows[["speaker", "cue"]]


@pytest.mark.parametrize(("body", "cues"), [
    pytest.param("The Kell Party condemned the attack, calling for calm.", 2, id="condemned-calling-for"),
    pytest.param("The Kell Party criticised the ban, urging the council to reverse it.", 2, id="criticised-urging"),
    pytest.param("The Osk Dockers' Union rejected the offer, demanding a new contract.", 2, id="rejected-demanding"),
    pytest.param("The Vestby Fishers' Union sued Norland Ferries. It is also seeking talks with Kell.", 2,
                 id="seeking-in-its-own-sentence"),
    pytest.param("The Norland Union expelled Kell's envoy, calling on Kell to withdraw its troops.", 2,
                 id="expelled-calling-on"),
])
def test_request_participle_after_other_cues_stays_a_statement(nlp, body, cues):
    assert len(_rows(nlp, body)) == cues, _rows(nlp, body)[["speaker", "cue"]]


# -- a view someone else is to deal with ---------------------------------------------------------------

@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("The Osk Dockers' Union voiced its concerns about the new cranes.", "concerns",
                 "Osk Dockers' Union", id="voiced-its-concerns"),
    pytest.param("The Kell Party wants to express its support for the Vestby Reform Bill.", "support", "Kell Party",
                 id="to-express-its-support"),
    pytest.param("Ida Brandt repeated her criticism of the Osk ferry plan.", "criticism", "Ida Brandt",
                 id="repeated-her-criticism"),
    pytest.param("The Kell Growers Union renewed its call for a new quota.", "call", "Kell Growers Union",
                 id="renewed-its-call"),
    pytest.param("The Osk Fishers' Union wants to voice its anger at the Norland quota.", "anger",
                 "Osk Fishers' Union", id="to-voice-its-anger"),
])
def test_view_voiced_by_its_holder_is_a_statement(nlp, body, cue, speaker):
    row = _statement(nlp, body, cue)
    assert same_name(speaker, row["speaker"]), row["speaker"]


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("The Kell Nation wrote to the Norland government. Under the charter, the government has a duty to "
                 "consult the Kell Nation and to accommodate its concerns.", "concerns", id="duty-to-accommodate"),
    pytest.param("The Osk Fishers' Union met the minister. She agreed to hear their complaints next month.",
                 "complaints", id="agreed-to-hear"),
    pytest.param("The Vestby Tenants League met the Osk mayor, who promised to study its objections.", "objections",
                 id="promised-to-study"),
    pytest.param("The Kell Growers Union sent a letter. The ministry has yet to answer its criticism of the quota.",
                 "criticism", id="yet-to-answer"),
    pytest.param("The Norland Rail Union wrote to Kell Rail. The company is obliged to consider its objections.",
                 "objections", id="obliged-to-consider"),
])
def test_view_another_is_to_deal_with_is_no_statement(nlp, body, cue):
    rows = _rows(nlp, body)
    assert not rows["cue"].str.lower().str.startswith(cue).any(), rows[["speaker", "cue"]]
