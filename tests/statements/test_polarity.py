"""The stance stage (``analysis/statements/polarity.py``): ``valence`` and ``stance_of``.

Cues come from the real detector on a parsed paragraph; targets are built by hand (name, words,
the rule that found them, and the token the target stage would give), so each case checks the
stance rule alone. Expected stances follow the module docstring and the README: reports and
denials are neutral; judgements and acts carry their own stance; requests take the requested
action's; labels the label's evaluation (descriptive labels neutral, tributes support); reported
speech only evaluation aimed at the target (solidarity and grief for a person support, an
accusation opposes), otherwise neutral by default.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.statements.detect import detect_cues
from analysis.statements.lexicon import lexicon
from analysis.statements.polarity import Stance, stance_of, valence
from analysis.statements.quotes import Quote, quote_spans
from analysis.statements.targets import NO_TARGET, Target, TargetFinder


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def stance(parsed, text: str, cue: str, target: str | None = None, how: str = "reported") -> Stance:
    """stance_of for the cue whose token is ``cue``, toward a hand-built target whose token is the
    first word of ``target`` (as the target stage gives the first token of a mention)."""
    piece, text = parsed(text)
    lex = lexicon()
    quotes = [Quote(s, e) for s, e in quote_spans(text)]
    hits = [h for h in detect_cues(piece, text=text, quotes=quotes, lex=lex) if h.token.text == cue]
    assert len(hits) == 1, [h.text for h in detect_cues(piece, text=text, quotes=quotes, lex=lex)]
    hit = hits[0]
    if target is None:
        chosen = NO_TARGET
    else:
        first = target.split()[0]
        token = next(t for t in piece.doc if t.text == first)
        chosen = Target(target, target, how, token)
    finder = TargetFinder(resolver=SimpleNamespace(index=None), lex=lex, texts={1: text})  # action_tokens reads only the parse
    return stance_of(hit, chosen, actions=finder.action_tokens(hit), lex=lex)


# -- valence ---------------------------------------------------------------------------------------

VADER = SentimentIntensityAnalyzer().lexicon


def tokens(parsed, text: str):
    piece, _ = parsed(text)
    return list(piece.doc)


@pytest.mark.parametrize(("text", "sign"), [
    pytest.param("The ruling was fair and wise.", 1, id="positive"),
    pytest.param("The ruling was cruel and stupid.", -1, id="negative"),
    pytest.param("The idea is wonderful, but the plan is a disaster.", -1, id="contrast-to-negative"),
    pytest.param("The staff were rude, but the food was excellent.", 1, id="contrast-to-positive"),
    pytest.param("Fair pay is a fine aim, yet this plan is a disaster.", -1, id="concession-yet"),
    pytest.param("The club has never been less than brilliant.", 1, id="never-less-than-brilliant"),
])
def test_valence_sign(parsed, text, sign):
    total = valence(tokens(parsed, text))
    assert total * sign >= 1.0, total


@pytest.mark.parametrize(("spec", "expected"), [
    pytest.param("not/PART/neg/1 fair/ADJ/ROOT/1", -VADER["fair"], id="not-fair"),
    pytest.param("never/ADV/neg/1 good/ADJ/ROOT/1", -VADER["good"], id="never-good"),
    pytest.param("not/PART/neg/1 cruel/ADJ/ROOT/1", VADER["cruel"] * -1.5, id="not-cruel"),
    pytest.param("hardly/ADV/advmod/1 success/NOUN/ROOT/1", -VADER["success"], id="hardly-success"),
])
def test_valence_word_under_its_own_negation_counts_reversed(nlp, spec, expected):
    items = [item.rsplit("/", 3) for item in spec.split()]
    doc = Doc(nlp.vocab, words=[w for w, _, _, _ in items], pos=[p for _, p, _, _ in items],
              deps=[d for _, _, d, _ in items], heads=[int(h) for _, _, _, h in items],
              lemmas=[w for w, _, _, _ in items])
    assert valence(list(doc)) == pytest.approx(expected)


def test_valence_negative_words_weigh_half_as_much_again(parsed):
    words = tokens(parsed, "Awful.")
    assert valence(words[:1]) == pytest.approx(VADER["awful"] * 1.5)


def test_valence_positive_words_count_once(parsed):
    words = tokens(parsed, "Excellent.")
    assert valence(words[:1]) == pytest.approx(VADER["excellent"])


def test_valence_negated_reverses_the_whole(parsed):
    words = tokens(parsed, "The plan is excellent and brave.")
    assert valence(words, negated=True) == pytest.approx(-valence(words))
    assert valence(words) > 0


def test_valence_news_neutral_words(parsed):
    assert valence(tokens(parsed, "The doctors treated the patients and shares rose.")) == 0


@pytest.mark.parametrize("text", [
    pytest.param("The reforms were unfairly rushed.", id="unfairly"),
    pytest.param("The board acted cruelly.", id="cruelly"),
])
def test_valence_ly_adverb_reads_its_adjective(parsed, text):
    assert valence(tokens(parsed, text)) < 0


# -- S-TONE-NEUTRAL: tone that evaluates no one -----------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param("The engineer said the bridge would reopen after a long, painful repair.", "said", None,
                 id="painful-repair"),
    pytest.param("The forecaster said the storm caused terrible damage along the coast.", "said", None,
                 id="terrible-damage"),
    pytest.param("Marta Olsen said the Kell Marathon would start at dawn despite the awful weather.", "said",
                 "Kell Marathon", id="target-with-neutral-predicate"),
    pytest.param("The coach said the injury was a horrible blow to the squad.", "said", None,
                 id="horrible-blow-no-target"),
    pytest.param("Marta Olsen said Norway would stage the race despite the dreadful weather.", "said", "Norway",
                 id="stage-despite-dreadful"),
    pytest.param("Marta Olsen said Norway would host the race despite the dreadful weather.", "said", "Norway",
                 id="host-despite-dreadful"),
    pytest.param("The museum said the fire had destroyed a wonderful old painting.", "said", None,
                 id="fire-destroyed-painting"),
])
def test_tone_without_a_judged_target_is_neutral(parsed, text, cue, target):
    assert stance(parsed, text, cue, target) == Stance("neutral", True)


# -- S-NEGVOCAB-SUPPORT: grief, tribute and solidarity support ---------------------------------------

@pytest.mark.parametrize(("text", "cue", "target", "how"), [
    pytest.param('The fan club called Mira Sol a "fallen hero".', "called", "Mira Sol", "object", id="fallen-hero"),
    pytest.param("The club said its thoughts were with Tom Reyes.", "said", "Tom Reyes", "reported",
                 id="thoughts-are-with"),
    pytest.param("The mayor said the whole town would pray for Ana Roy.", "said", "Ana Roy", "reported",
                 id="pray-for"),
    pytest.param("The union said it would stand with the Kell nurses.", "said", "Kell", "reported",
                 id="stand-with"),
    pytest.param("The captain said the death of Piet Alder was a tragic loss.", "said", "Piet Alder", "reported",
                 id="tragic-loss"),
    pytest.param("The orchestra called Ivo Marsh a heartbroken hero of the war.", "called", "Ivo Marsh", "object",
                 id="heartbroken-hero"),
])
def test_negative_words_of_tribute_support(parsed, text, cue, target, how):
    assert stance(parsed, text, cue, target, how).value == "support"


# -- S-POSVOCAB-OPPOSE: criticism in positive words ----------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param('"Fair pay is a fine aim, yet this plan helps nobody," the union said of Norway.', "said",
                 "Norway",
                 marks=xfail("S-POSVOCAB-OPPOSE: a target named only in 'said of X' has no predicate, so the "
                             "quote's criticism of it is not read"), id="said-of-concession"),
    pytest.param("The coach said Orion FC had not played fairly.", "said", "Orion FC", id="not-fairly"),
    pytest.param("The manager said Vilnia United were good early on but dreadful after the break.", "said",
                 "Vilnia United",
                 marks=xfail("S-POSVOCAB-OPPOSE: core() drops conjuncts, so 'good ... but dreadful' is read "
                             "without the part after the contrast (support)"), id="good-but-dreadful"),
    pytest.param("The critic said the Kell Opera was never brilliant.", "said", "Kell Opera", id="never-brilliant"),
    pytest.param("The minister said Norway was not a good partner.", "said", "Norway", id="not-a-good-partner"),
])
def test_positive_words_that_criticise_oppose(parsed, text, cue, target):
    assert stance(parsed, text, cue, target).value == "oppose"


@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param('"The mayor has undone all the gains we made," the union said.', "said", "mayor",
                 id="undone-the-gains"),
    pytest.param('"The mayor has damaged the peace talks," the union said.', "said", "mayor",
                 id="damaged-peace-talks"),
    pytest.param('"The mayor wrecked our good name," the union said.', "said", "mayor", id="wrecked-good-name"),
])
def test_spoiling_a_good_thing_opposes(parsed, text, cue, target):
    assert stance(parsed, text, cue, target, "subject").value == "oppose"


def test_protecting_a_good_thing_still_supports(parsed):
    assert stance(parsed, '"The mayor protected our good name," the union said.', "said", "mayor",
                  "subject").value == "support"


# -- S-LABEL-DESC: descriptive labels are neutral -------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param('The ferry company called the queue "unusual".', "called", None, id="unusual"),
    pytest.param("The historian described the vote as historic.", "described", None, id="historic"),
    pytest.param('The coach called the new season "very long".', "called", None, id="very-long"),
    pytest.param('The council labelled the budget "routine".', "labelled", None, id="routine"),
    pytest.param('Fans dubbed Anna Berg "the quiet one".', "dubbed", "Anna Berg", id="the-quiet-one"),
])
def test_descriptive_label_is_neutral(parsed, text, cue, target):
    assert stance(parsed, text, cue, target, "object").value == "neutral"


@pytest.mark.parametrize(("text", "cue", "target", "value"), [
    pytest.param("The union called the plan reckless.", "called", None, "oppose", id="reckless"),
    pytest.param('The mayor branded Orion FC "a disgrace".', "branded", "Orion FC", "oppose", id="a-disgrace"),
    pytest.param("The critic described the film as brilliant.", "described", None, "support", id="brilliant"),
    pytest.param('Fans called Marta Olsen "a true champion".', "called", "Marta Olsen", "support", id="champion"),
    pytest.param("The minister called the strike illegal and stupid.", "called", None, "oppose", id="illegal"),
])
def test_evaluative_label_takes_its_stance(parsed, text, cue, target, value):
    assert stance(parsed, text, cue, target, "object").value == value


# -- S-ACCUSE-NEUTRAL: accusations carried by a speech verb oppose -----------------------------------

@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param("The challenger said Ivo Marsh had bribed the judges.", "said", "Ivo Marsh", id="bribed"),
    pytest.param("The club said Orion FC had cheated in the final.", "said", "Orion FC", id="cheated"),
    pytest.param("The candidate claimed that Mayor Ines Roy had stolen the election.", "claimed", "Ines Roy",
                 id="stolen"),
    pytest.param("The minister said Vilnia had betrayed its allies.", "said", "Vilnia", id="betrayed"),
    pytest.param("The union alleged that Northwind Bank had lied to its workers.", "alleged", "Northwind Bank",
                 id="lied"),
    pytest.param("The coach said the referee had been bribed by Orion FC.", "said", "Orion FC",
                 id="passive-agent-bribed"),
])
def test_accusation_opposes(parsed, text, cue, target):
    assert stance(parsed, text, cue, target) == Stance("oppose", False)


# -- S-REJECT-CLAIM and denials: neutral ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("The housing agency rejected claims that rents would rise.", "rejected", id="rejected-claims"),
    pytest.param("Chelsea dismissed reports that its coach would leave.", "dismissed", id="dismissed-reports"),
    pytest.param("The ministry rejected the allegations of fraud.", "rejected", id="rejected-allegations"),
    pytest.param("The club rejected fears that the stadium would close.", "rejected", id="rejected-fears"),
    pytest.param("Barclays disputed suggestions that it had misled savers.", "disputed", id="disputed-suggestions"),
])
def test_rejecting_a_claim_is_neutral(article, text, cue):
    """Through the real target stage (which tells a denial from a judgement by its object)."""
    _, _, _, found = article(text).statement(cue)
    assert found.value == "neutral"


@pytest.mark.parametrize(("text", "cue", "value"), [
    pytest.param("The housing agency rejected the new rent cap.", "rejected", "oppose", id="rejected-a-plan"),
    pytest.param("Chelsea dismissed the coach's tactics as outdated.", "dismissed", "oppose", id="dismissed-tactics"),
])
def test_rejecting_a_thing_still_opposes(article, text, cue, value):
    _, _, _, found = article(text).statement(cue)
    assert found.value == value


@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param("Orion FC denied that its players had cheated.", "denied", "Orion FC", id="denied-that"),
    pytest.param("Marta Olsen denied cheating in the final.", "denied", None, id="denied-gerund"),
    pytest.param("The bank denied the accusations made by the Kell Herald.", "denied", "Kell Herald",
                 id="denied-accusations-by"),
    pytest.param("Mayor Ines Roy denied that the council had wasted money.", "denied", None, id="denied-wasted"),
    pytest.param("Vilnia's denial that it had bombed the port came late.", "denial", None, id="nominal-denial"),
    pytest.param("The agency reported that Norway had attacked the convoy.", "reported", "Norway",
                 id="report-of-attack"),
])
def test_denials_and_reports_are_neutral(parsed, text, cue, target):
    assert stance(parsed, text, cue, target) == Stance("neutral", False)


# -- S-REQUEST-ACTION: requests take the requested action's stance --------------------------------------

@pytest.mark.parametrize(("text", "cue", "target", "how", "value"), [
    pytest.param("The club urged fans to question the league's motives.", "urged", "league", "action", "oppose",
                 id="question-judgement"),
    pytest.param("The mayor urged residents to boycott Orion Mining.", "urged", "Orion Mining", "action", "oppose",
                 id="boycott"),
    pytest.param("The union called for sanctions on Vilnia.", "called", "Vilnia", "action", "oppose",
                 id="sanctions-on"),
    pytest.param("The coach asked the council to praise the volunteers.", "asked", None, "none", "support",
                 id="praise-judgement"),
    pytest.param("The charity urged donors to help Malawi.", "urged", "Malawi", "action", "support", id="help"),
    pytest.param("The league called on Orion FC to withdraw its appeal.", "called", "Orion FC", "restrained",
                 "oppose", id="restrain-withdraw"),
    pytest.param("The diplomats called for a ceasefire.", "called", None, "none", "support", id="for-ceasefire"),
    pytest.param("The club urged members to challenge the board's decision.", "urged", None, "none", "oppose",
                 id="challenge"),
])
def test_request_takes_the_actions_stance(parsed, text, cue, target, how, value):
    assert stance(parsed, text, cue, target, how) == Stance(value, False)


# -- judgements and acts carry their own stance -----------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "target", "value"), [
    pytest.param("Mayor Ines Roy condemned the wonderful-sounding plan.", "condemned", None, "oppose",
                 id="condemn-despite-positive-words"),
    pytest.param("The coach praised the terrible pitch's groundsmen.", "praised", None, "support",
                 id="praise-despite-negative-words"),
    pytest.param("Norway expelled two Vilnian diplomats.", "expelled", "Vilnian", "oppose", id="expel"),
    pytest.param("Kenya ratified the Nile Basin Treaty.", "ratified", "Nile Basin Treaty", "support", id="ratify"),
    pytest.param("The veterans paid tribute to Ana Roy.", "tribute", "Ana Roy", "support", id="tribute"),
    pytest.param("The club welcomed the ruling.", "welcomed", None, "support", id="welcome"),
    pytest.param("The council sued Orion Mining over the spill.", "sued", "Orion Mining", "oppose", id="sue"),
])
def test_judgement_and_act_fixed_stance(parsed, text, cue, target, value):
    assert stance(parsed, text, cue, target, "object") == Stance(value, False)


# -- counterfactual "without X": what would go wrong without X speaks for X ----------------------------

@pytest.mark.parametrize(("text", "cue", "target", "value"), [
    pytest.param('"Without Canada the league would have collapsed," coach Ana Soto said.', "said", "Canada",
                 "support", id="would-have-collapsed"),
    pytest.param('"Without Oxfam the camp would fail within a week," the nurse Ida Berg said.', "said", "Oxfam",
                 "support", id="camp-would-fail"),
    pytest.param('Mayor Lea Holm said that without Siemens the tram project would be crippled.', "said", "Siemens",
                 "support", id="would-be-crippled"),
    pytest.param('"Without Ryanair this airport would be a much nicer, happier place," resident Tom Reyes said.',
                 "said", "Ryanair", "oppose", id="nicer-without"),
    pytest.param('Farmer Ivo Marsh said that without Unilever the town would be thriving and successful.', "said",
                 "Unilever", "oppose", id="thriving-without"),
])
def test_without_x_reverses_what_would_follow(parsed, text, cue, target, value):
    assert stance(parsed, text, cue, target).value == value


def test_every_mention_of_the_target_is_read(parsed):
    """The first mention says nothing of the target; the second does ("Without X ... failed")."""
    text = '"Canada is the region\'s biggest market. Without Canada the deal would have failed," Ana Soto said.'
    assert stance(parsed, text, "said", "Canada").value == "support"


@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param('"This is a big win for Hamas," the analyst Tom Reyes said.', "said", "Hamas", id="win-for"),
    pytest.param('"Nothing is better for Gazprom than a cold winter," trader Ida Berg said.', "said", "Gazprom",
                 id="better-for"),
    pytest.param('"The ruling is good news for Uber," lawyer Ana Soto said.', "said", "Uber", id="good-news-for"),
])
def test_what_x_gains_is_no_evaluation_of_x(parsed, text, cue, target):
    assert stance(parsed, text, cue, target).value == "neutral"


@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param("The judge said doctors would confirm whether Tom Reyes is fit to stand trial.", "said", "Tom",
                 id="whether-fit"),
    pytest.param("The panel said it would ask if Northwind Bank had been honest.", "said", "Northwind", id="if-honest"),
    pytest.param("The auditor said nobody knew whether Ana Soto was corrupt.", "said", "Ana", id="whether-corrupt"),
])
def test_an_embedded_question_is_no_evaluation(parsed, text, cue, target):
    assert stance(parsed, text, cue, target).value == "neutral"


@pytest.mark.parametrize(("text", "cue", "target", "value"), [
    pytest.param('"Nobody in Leeds trusts Carlos Vega any more," councillor Ana Soto said.', "said", "Carlos", "oppose",
                 id="nobody-trusts"),
    pytest.param('"We will never help Gazprom again," the minister Ida Berg said.', "said", "Gazprom", "oppose",
                 id="never-help"),
    pytest.param('"We will not abandon Ukraine," the chancellor Eva Lind said.', "said", "Ukraine", "support",
                 id="not-abandon"),
])
def test_negated_action_reverses_its_stance(parsed, text, cue, target, value):
    assert stance(parsed, text, cue, target, how="action").value == value


@pytest.mark.parametrize(("text", "cue", "target", "value"), [
    pytest.param("The new library, Mayor Ada Park said, is a wonderful gift from Unilever.", "said", "Unilever",
                 "support", id="gift-from"),
    pytest.param('"The flooding is the fault of Thames Water," councillor Ivo Marsh said.', "said", "Thames",
                 "oppose", id="fault-of"),
    pytest.param('"This mess is the shameful work of Serco," the minister Eva Lind said.', "said", "Serco", "oppose",
                 id="work-of"),
])
def test_predicate_noun_about_its_giver_or_author(parsed, text, cue, target, value):
    assert stance(parsed, text, cue, target).value == value


@pytest.mark.parametrize(("text", "cue", "target"), [
    pytest.param("Union leader Ray Dunn asked members to stay away from Tesco stores until the strike ends.",
                 "asked", "Tesco", id="stay-away-from"),
    pytest.param("The council urged residents to keep away from Shell depots.", "urged", "Shell", id="keep-away-from"),
])
def test_call_to_stay_away_opposes(parsed, text, cue, target):
    assert stance(parsed, text, cue, target, how="action").value == "oppose"


@pytest.mark.parametrize(("text", "cue", "target", "value"), [
    pytest.param('"The Harbour Board has let this town down," Mayor Ada Park said.', "said", "Harbour", "oppose",
                 id="let-down"),
    pytest.param('"Kell United sold out their own fans," supporter Ivo Marsh said.', "said", "Kell", "oppose",
                 id="sold-out"),
    pytest.param("Historian Eva Lind said the Oslo Ballet has never been in better shape.", "said", "Oslo", "support",
                 id="never-better-shape"),
    pytest.param('"Volvo has never been stronger," analyst Tom Reyes said.', "said", "Volvo", "support",
                 id="never-stronger"),
    pytest.param('"Serco has never been honest with us," nurse Ana Soto said.', "said", "Serco", "oppose",
                 id="never-honest-still-reverses"),
])
def test_phrasal_judgements_and_negated_comparatives(parsed, text, cue, target, value):
    assert stance(parsed, text, cue, target).value == value


# -- no target entity, but a judgement of what the speech is about -----------------------------------

@pytest.mark.parametrize(("text", "cue", "value"), [
    pytest.param("Both coaches said the fine was unfair.", "said", "oppose", id="fine-unfair"),
    pytest.param("Professor Ida Berg argued the study was badly flawed.", "argued", "oppose", id="study-flawed"),
    pytest.param('"The referee was biased against us," coach Tom Reyes said.', "said", "oppose", id="referee-biased"),
    pytest.param("The minister said the new budget was sensible and fair.", "said", "support", id="budget-sensible"),
    pytest.param('"Closing the library is a big mistake," the author Ana Soto said.', "said", "oppose",
                 id="big-mistake"),
])
def test_judgement_without_a_target_entity(parsed, text, cue, value):
    assert stance(parsed, text, cue) == Stance(value, False)


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param('"The winter was brutal and hundreds of sheep died," farmer Tom Reyes said.', "said",
                 id="brutal-winter"),
    pytest.param("The coach said the players were tired.", "said", id="tired-players"),
    pytest.param('"Our boats were safe," the ferry chief Ana Soto said.', "said", id="boats-safe"),
])
def test_a_state_is_no_judgement(parsed, text, cue):
    assert stance(parsed, text, cue).value == "neutral"


@pytest.mark.parametrize(("text", "target"), [
    pytest.param("Officials said the talks with Norway had collapsed.", "Norway", id="talks-with"),
    pytest.param("The mayor said the floods in Denmark were a disaster.", "Denmark", id="floods-in"),
])
def test_a_name_beside_the_subject_is_not_judged_by_its_predicate(parsed, text, target):
    assert stance(parsed, text, "said", target).value == "neutral"


@pytest.mark.parametrize(("text", "target", "value"), [
    pytest.param("The senator said the Delta Party should apologise to voters.", "Delta", "oppose", id="should-apologise"),
    pytest.param("The senator said the Delta Party must resign.", "Delta", "oppose", id="must-resign"),
    pytest.param("The senator said the Delta Party had apologised.", "Delta", "neutral", id="had-apologised"),
])
def test_told_it_ought_to_do_a_hostile_act_to_itself_opposes(parsed, text, target, value):
    assert stance(parsed, text, "said", target, "reported").value == value
