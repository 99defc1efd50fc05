"""The target stage (``analysis/statements/targets.py``) over the real entity step.

Each text runs through the driver's loop (speakers resolved, target found before the speaker is
remembered) and the target of one cue is checked. Expected targets follow the module docstring
and the README: none for a neutral report that only mentions a place, source, bystander or
possessive; never the addressee; pronouns, titles and descriptions resolved; the by-agent inside
the object; the author of an attack, never its victim; the actor asked to act; a call on X to
restrain itself targets X, a call on X to help Y targets Y; "it" for a thing is no one; nothing is
inherited from the speaker's previous statement.
"""

from __future__ import annotations

import pytest

from tests.statements.conftest import same_name


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def target_of(article, paragraphs, cue, paragraph=None):
    _, _, target, _ = article(*paragraphs).statement(cue, paragraph=paragraph)
    return target


def check(article, paragraphs, cue, expected):
    target = target_of(article, paragraphs, cue, paragraph=len(paragraphs))
    assert same_name(expected, target.name), target
    return target


# -- T-INCIDENTAL: a neutral report names no target ---------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Greggs reported record sales in Leeds, helped by tourists from Japan.", "reported",
                 id="place-and-visitors"),
    pytest.param("Nokia said output rose at its plant in Oulu.", "said", id="plant-in-place"),
    pytest.param("Coach Anna Berg said the team would train in Madrid next week.", "said", id="train-in-city"),
    pytest.param("Volvo said that, according to figures from Eurostat, truck sales fell in May.", "said",
                 id="source-in-content"),
    pytest.param("Unilever said Germany's biggest soap factory would close in May.", "said",
                 marks=xfail("T-INCIDENTAL: a possessive modifier of the reported subject ('Germany's ... "
                             "factory') is taken as the target"), id="possessive-modifier"),
    pytest.param("Marta Olsen said the race, watched by fans from Norway, started late.", "said",
                 id="bystander-participle"),
])
def test_incidental_entity_is_no_target(article, text, cue):
    check(article, (text,), cue, None)


# -- T-ADDRESSEE: the person told or asked is not the target -------------------------------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param('Coach Anna Berg told Sky Sports: "The referee was biased all night."', "told", None,
                 id="told-outlet-colon-quote"),
    pytest.param("Mayor Ines Roy told the BBC that the bridge would reopen.", "told", None, id="told-outlet-that"),
    pytest.param("The striker told ESPN that the fans had been wonderful.", "told", None, id="told-fans-wonderful"),
    pytest.param("Volvo informed Reuters that the plant would close.", "informed", None, id="informed-agency"),
    pytest.param("The minister asked Unicef to help the flood victims in Bangladesh.", "asked", "Bangladesh",
                 id="asked-org-to-help-x"),
    pytest.param("Coach Tom Reyes told Marca the title race was over.", "told", None, id="told-paper-clause"),
])
def test_addressee_is_not_the_target(article, text, cue, expected):
    check(article, (text,), cue, expected)


# -- T-DESCR: titles, descriptions and pronouns in target position -----------------------------------

@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Governor Maria Voss cut the school budget.",
                  '"We warned the governor twice," said union leader Ray Dunn.'), "said", "Maria Voss",
                 id="the-governor-in-quote"),
    pytest.param(("Volvo cut 500 jobs in Ghent.", "Nurse Ada Park condemned the company."), "condemned", "Volvo",
                 id="the-company"),
    pytest.param(("Denmark banned the herring catch.", "Norway criticised the country on Monday."), "criticised",
                 "Denmark", id="the-country"),
    pytest.param(("President Laura Kim signed the tax law.", "Senator Ivo Marsh criticised the president."),
                 "criticised", "Laura Kim", id="the-president"),
    pytest.param(("Marta Olsen broke the world record.", "Coach Tom Reyes praised her after the race."),
                 "praised", "Marta Olsen", id="praised-her"),
    pytest.param(("Anna Berg missed the final.", "Coach Tom Reyes said she had been ill for a week."), "said",
                 "Anna Berg",
                 marks=xfail("T-DESCR: the reported subject pronoun resolves to the speaker (the last person "
                             "before it), who is excluded, so the target is lost"),
                 id="said-she-had-been-ill"),
])
def test_reference_in_target_position(article, paragraphs, cue, expected):
    target = check(article, paragraphs, cue, expected)
    assert target.how.endswith("reference") or target.how == "action"


# -- T-PASSIVE-AGENT -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("The court dismissed a petition signed by the Labour Party.", "dismissed", "Labour Party",
                 id="petition-signed-by"),
    pytest.param("Canada criticised the tariffs imposed by Washington.", "criticised", "Washington",
                 id="tariffs-imposed-by"),
    pytest.param("The club rejected a bid made by Chelsea.", "rejected", "Chelsea", id="bid-made-by"),
    pytest.param("Greenpeace praised a plan drawn up by the European Commission.", "praised", "European Commission",
                 id="plan-drawn-up-by"),
    pytest.param("The union condemned the cuts announced by Barclays.", "condemned", "Barclays",
                 id="cuts-announced-by"),
])
def test_passive_agent_inside_the_object(article, text, cue, expected):
    target = check(article, (text,), cue, expected)
    assert target.how == "passive-agent"


# -- T-PERPETRATOR: the author of the attack, never the victim ---------------------------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Sweden condemned the attack on Norway.", "condemned", None, id="victim-country"),
    pytest.param("The mayor of Oslo condemned the attack on the Norwegian embassy.", "condemned", None,
                 id="victim-demonym"),
    pytest.param("Chelsea condemned the assault on Arsenal's goalkeeper.", "condemned", None,
                 id="victim-possessive"),
    pytest.param("Mayor Ines Roy condemned the vandalism as an insult to Leeds.", "condemned", None,
                 id="insult-to-place"),
    pytest.param("A raid by the FBI hit the club's offices on Monday. Mayor Ines Roy condemned the raid.",
                 "condemned", "FBI", id="earlier-raid-by-author"),
    pytest.param("The ETA bombing of the station killed two guards. Spain condemned the bombing.", "condemned",
                 "ETA", id="earlier-compound-author"),
])
def test_attack_targets_its_author_never_the_victim(article, text, cue, expected):
    check(article, (text,), cue, expected)


# -- T-REQUEST-ACTOR: the organisation asked to act ----------------------------------------------------

REQUEST_ACTOR = xfail("T-REQUEST-ACTOR: the actor named as a modifier of the requested action noun "
                      "('<ORG> action') is not searched, so the request has no target (or, 'action against the "
                      "school', a description resolved to the last ORG of any name)")


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("The diver called for Unesco action to save the reef.", "called", "Unesco",
                 marks=REQUEST_ACTOR, id="unesco-action"),
    pytest.param("Greenpeace called for EU action on plastic waste.", "called", "EU",
                 marks=REQUEST_ACTOR, id="eu-action"),
    pytest.param("The mayor urged NATO action to protect the border.", "urged", "NATO",
                 marks=REQUEST_ACTOR, id="nato-action"),
    pytest.param("Fans called for FIFA intervention to stop the match.", "called", "FIFA",
                 marks=REQUEST_ACTOR, id="fifa-intervention"),
    pytest.param("Parents called for Ofsted action against the school.", "called", "Ofsted",
                 marks=REQUEST_ACTOR, id="ofsted-action"),
])
def test_request_actor_is_the_target(article, text, cue, expected):
    target = check(article, (text,), cue, expected)
    assert same_name(expected, target.text)  # the actor's own words, not a description resolved to it


# -- call on X to restrain itself -> X; call on X to help Y -> Y --------------------------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("The league called on Chelsea to withdraw its appeal.", "called", "Chelsea", id="withdraw"),
    pytest.param("The union urged HSBC to stop the branch closures.", "urged", "HSBC", id="stop"),
    pytest.param("Norway urged Denmark to halt the herring catch.", "urged", "Denmark", id="halt"),
    pytest.param("The mayor called on Volvo to reverse the job cuts.", "called", "Volvo", id="reverse"),
    pytest.param("Greenpeace urged Shell to abandon the drilling plan.", "urged", "Shell", id="abandon"),
])
def test_call_to_restrain_targets_the_one_asked(article, text, cue, expected):
    check(article, (text,), cue, expected)


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("The mayor called on Barclays to fund Oxfam.", "called", "Oxfam", id="fund-charity"),
    pytest.param("Norway urged the United Nations to assist Haiti.", "urged", "Haiti", id="assist-country"),
    pytest.param("The minister asked Unicef to help Malawi.", "asked", "Malawi", id="help-country"),
    pytest.param("Greenpeace urged the EU to support Kenya.", "urged", "Kenya", id="support-country"),
    pytest.param("The coach urged Arsenal to back Marta Olsen.", "urged", "Marta Olsen", id="back-person"),
])
def test_call_to_help_targets_the_one_helped(article, text, cue, expected):
    check(article, (text,), cue, expected)


# -- T-IT: "it" for a thing is no one ------------------------------------------------------------------

@pytest.mark.parametrize(("paragraphs", "cue"), [
    pytest.param(("Nokia launched a new phone.", 'Critic Ana Roy called it "a pleasant surprise".'), "called",
                 id="called-it-label"),
    pytest.param(("Volvo unveiled an electric truck.", "Greenpeace praised it."), "praised", id="praised-it"),
    pytest.param(("Denmark built a new bridge.", 'Sweden called it "a triumph of engineering".'), "called",
                 id="called-it-triumph"),
    pytest.param(("Barclays closed a branch in Leeds.", "Mayor Ines Roy condemned it."), "condemned",
                 id="condemned-it"),
    pytest.param(("Unilever launched a new soap.", "Marta Olsen dismissed it as a gimmick."), "dismissed",
                 id="dismissed-it"),
])
def test_it_for_a_thing_is_no_target(article, paragraphs, cue):
    check(article, paragraphs, cue, None)


# -- no inheritance from the speaker's previous statement ----------------------------------------------

@pytest.mark.parametrize(("paragraphs", "cue"), [
    pytest.param(("Mayor Ines Roy criticised Volvo. She also said the weather was fine.",), "said",
                 id="criticised-then-said"),
    pytest.param(("Greenpeace condemned Shell on Monday. It also said the summer had been dry.",), "said",
                 id="condemned-then-said"),
    pytest.param(("Coach Anna Berg praised Arsenal.", "She said the pitch was wet."), "said",
                 id="praised-then-said-next-paragraph"),
    pytest.param(("Norway sanctioned Denmark.", "Norway said the talks would resume in May."), "said",
                 id="sanctioned-then-said"),
    pytest.param(("Nurse Ada Park praised Barclays. Park said the branch was busy.",), "said",
                 id="praised-then-surname-said"),
])
def test_no_target_inherited(article, paragraphs, cue):
    check(article, paragraphs, cue, None)


# -- T-DESCR: a description as the object is resolved before names inside its complements --------------

@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Mayor Jon Reed refused to debate online.",
                  "The Green Party criticised the mayor for ignoring questions about the Olympics."),
                 "criticised", "Jon Reed", id="mayor-for-ignoring"),
    pytest.param(("President Laura Kim vetoed the budget.",
                  'Senator Ivo Marsh accused the president of "hiding behind the Treasury".'),
                 "accused", "Laura Kim", id="president-of-hiding"),
    pytest.param(("Coach Tom Reyes dropped the captain.",
                  "The fans' union blamed the coach for the defeat against Chelsea."),
                 "blamed", "Tom Reyes", id="coach-for-defeat"),
    pytest.param(("Governor Ada Park closed the port.",
                  "Dockers condemned the governor over the deal with Maersk."),
                 "condemned", "Ada Park", id="governor-over-deal"),
    pytest.param(("Chancellor Eva Lind raised fuel duty.",
                  "The AA praised the chancellor for her help to drivers in Wales."),
                 "praised", "Eva Lind", id="chancellor-for-help"),
])
def test_description_object_before_names_in_its_complement(article, paragraphs, cue, expected):
    check(article, paragraphs, cue, expected)


# -- T-DESCR: the owner of a decision named by a title -------------------------------------------------

@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("President Laura Kim closed the border.", "Senator Ivo Marsh said the decision by the president "
                  "was reckless."), "said", "Laura Kim", id="decision-by-the-president"),
    pytest.param(("Governor Ada Park unveiled a tax plan.", "Farmers said the governor's plan would ruin them."),
                 "said", "Ada Park", id="the-governors-plan"),
    pytest.param(("Mayor Jon Reed moved the market.", "Traders said the move by the mayor was a disaster."),
                 "said", "Jon Reed", id="move-by-the-mayor"),
])
def test_owner_of_a_decision_named_by_a_title(article, paragraphs, cue, expected):
    check(article, paragraphs, cue, expected)


# -- a person or organisation as the subject of a clause further down the content ----------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Prosecutor Nina Berg told reporters tests would be run to confirm whether Tom Reyes is fit "
                 "to stand trial.", "told", "Tom Reyes", id="confirm-whether"),
    pytest.param("The ministry said inspectors were sent to check that Northwind Bank had paid its fines.", "said",
                 "Northwind Bank", id="check-that"),
    pytest.param("Coach Ana Soto said the club had met on Friday after Lea Holm asked to leave.", "said", "Lea Holm",
                 id="after-clause"),
])
def test_subject_of_a_deeper_clause(article, text, cue, expected):
    check(article, (text,), cue, expected)


def test_deeper_clause_place_is_no_target(article):
    target = target_of(article, ("The bakery said sales rose after tourists came from Norway.",), "said")
    assert target.name is None, target


# -- a judgement drawn by a clause's act: "X did Y despite criticism from Z" -> X --------------------

@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Mayor Jon Reed closed the market.", "He announced the change on Friday, despite criticism by "
                  "the Green Party."), "criticism", "Jon Reed", id="despite-criticism-pronoun"),
    pytest.param(("Canada expelled the envoys despite opposition from Germany.",), "opposition", "Canada",
                 id="despite-opposition"),
    pytest.param(("Governor Ada Park faced criticism from Oxfam.",), "criticism", "Ada Park", id="faced-criticism"),
    pytest.param(("Volvo shut the plant amid protests from IF Metall.",), "protests", "Volvo", id="amid-protests"),
])
def test_judgement_drawn_by_an_act_targets_its_actor(article, paragraphs, cue, expected):
    check(article, paragraphs, cue, expected)


# -- claims of an attack: aimed at the attacked, named in the claim or told before ---------------------

@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("On Sunday, oil depots owned by Norway's Equinor were hit by drone strikes.",
                  "The Kell Front claimed responsibility for the attacks."), "claimed", "Norway",
                 id="responsibility-victim-told-before"),
    pytest.param(("A hacking group claimed responsibility for the attack on the Orbury Water Board.",),
                 "claimed", "Orbury Water Board", id="responsibility-attack-on"),
    pytest.param(("Rebels attacked Shell's pipeline near Lagos on Monday.",
                  "The Delta Brigade claimed responsibility for the raid."), "claimed", "Shell",
                 id="responsibility-place-is-no-victim"),
    pytest.param(("Drones hit the barracks of the Sudanese army on Friday.",
                  "Ali Dar, a spokesman for the Free Legion, said it had carried out the raid using ten drones."),
                 "said",
                 "Sudan", id="said-it-carried-out"),
    pytest.param(('"We struck the depots of Exxon at dawn," the group\'s spokesman Ali Dar said.',), "said", "Exxon",
                 id="we-struck-named-victim"),
])
def test_claimed_attack_targets_the_attacked(article, paragraphs, cue, expected):
    check(article, paragraphs, cue, expected)


# -- "said A, but that B": the second reported clause is read too -------------------------------------

@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Senator Ada Park said she liked the idea, but that Governor Tom Reyes had wasted the money.",
                 "said", "Tom Reyes", id="but-that"),
    pytest.param("The union said talks had been long, and that Volvo had refused every offer.", "said", "Volvo",
                 id="and-that"),
    pytest.param('"Fine words, but Orbury Mining has never paid a fine," said activist Lea Holm.', "said",
                 "Orbury Mining", id="subject-after-but"),
])
def test_second_reported_clause(article, text, cue, expected):
    check(article, (text,), cue, expected)


@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Ana Roy, the mayor of Kell, was hurt at a concert.",
                  'Minister Tom Vale tweeted "We are with Mayor Roy tonight." President Lars Dunn remarked, '
                  '"Today I am with her and her family."'), "remarked", "Ana Roy", id="her-in-a-quote"),
])
def test_object_pronoun_in_a_quote_is_the_person_last_named(article, paragraphs, cue, expected):
    """In a quotation, "her" is the person last named, not the last speaker (the topic rule)."""
    check(article, paragraphs, cue, expected)


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Norland warned Westria against any attack on its border.", "warned", "Westria", id="warned-x-against"),
    pytest.param("The league warned Northwind Bank against selling the stadium.", "warned", "Northwind Bank",
                 id="warned-club-against"),
])
def test_the_one_warned_against_an_act_is_the_target(article, text, cue, expected):
    target = check(article, (text,), cue, expected)
    assert target.how == "restrained"


@pytest.mark.parametrize(("text", "cue", "expected"), [
    pytest.param("Senator Ana Ruiz hit back at the Delta Party on Friday.", "hit", "Delta Party", id="hit-back-at"),
    pytest.param("The skipper lashed out at the Harbour Board.", "lashed", "Harbour Board", id="lashed-out-at"),
])
def test_phrasal_criticism_at_someone_targets_them(article, text, cue, expected):
    check(article, (text,), cue, expected)


def test_its_owner_in_the_same_sentence_is_the_target(article):
    """"calling its plan dishonest": "its" is the organisation just named in the sentence."""
    check(article, ("Senator Ana Ruiz met the Delta Party on Friday, calling its budget plan dishonest.",),
          "calling", "Delta Party")


@pytest.mark.parametrize(("paragraphs", "cue", "expected"), [
    pytest.param(("Norland held elections in May.",
                  'Senator Ana Ruiz told supporters that the Delta Party had "betrayed the nation".'), "told",
                 "Delta Party", id="betrayed-the-nation"),
    pytest.param(("Mayor Tom Vale opened the new bridge.", "The union said Northgate Mining had misled the mayor."),
                 "said", "Northgate Mining", id="misled-the-mayor"),
])
def test_the_one_accused_of_wrongdoing_is_the_target_not_the_wronged(article, paragraphs, cue, expected):
    check(article, paragraphs, cue, expected)


def test_an_attack_labelled_an_insult_to_a_place_is_not_aimed_at_the_place(article):
    """"condemned the vandalism as an insult to X": X is insulted; a rejection said earlier is no attack."""
    target = target_of(article, ("Northwind Bank rejected the union's claims on Monday.",
                                 'The mayor condemned the vandalism as "an insult to Kell".'), "condemned", paragraph=2)
    assert target.name is None, target
