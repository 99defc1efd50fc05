"""Recall rules added in session 9, on invented topics, through the whole pipeline.

- a description names an entity also through its aliases ("the union" for an entity the article
  mostly calls by its acronym);
- an age ("the 41-year-old said") is read as he/she; an abbreviated title ("Gen.") gives the
  description a later sentence uses ("the general");
- a participle set beside a failure is no failure ("stopped short of backing X, telling Y that");
- a that-clause the parser hung on the place a cue was said ("told reporters outside the court
  that ...") is the cue's content;
- a second verb read as a reported clause ("X said A, and accused B of ...") is X's own cue;
- "cautioned against", "counselled against", "argued against" X oppose X.
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from tests.statements.conftest import same_name


def _rows(nlp, body: str):
    rows = analyze(from_text(f"Test article\n\n{body}"), nlp=nlp).statements
    return rows[~rows["unnamed"].astype(bool)]


def _speaker_of(nlp, body: str, cue: str, paragraph: int | None = None) -> str:
    rows = _rows(nlp, body)
    rows = rows[rows["cue"].str.lower().str.startswith(cue.lower())]
    if paragraph is not None:
        rows = rows[rows["paragraph"] == paragraph]
    assert len(rows), f"no named statement with cue {cue!r}"
    return rows.iloc[-1]["speaker"]


@pytest.mark.parametrize(("body", "cue", "paragraph", "speaker"), [
    pytest.param("The Kell Cabin Crew Union (KCCU), which represents 900 staff, said the stoppage was a last resort. "
                 "KCCU organiser Ida Brandt said the rosters were unsafe.\n\n"
                 "Norland Air said it would keep flying.\n\nThe union said further stoppages would follow.",
                 "said", 3, "KCCU", id="union-of-an-acronym"),
    pytest.param("The first debate was organised by the Norland Elections Commission (NEC) on Monday.\n\n"
                 "Two candidates criticised the NEC for the short answers.\n\nThe commission defended its rules.",
                 "defended", 3, "NEC", id="commission-of-an-acronym"),
    pytest.param("The Vestby Growers Federation (VGF) called the tariff unfair. The VGF said it would protest.\n\n"
                 "Prices rose again in March.\n\nThe federation said it would meet the minister on Friday.",
                 "said", 3, "VGF", id="federation-of-an-acronym"),
    pytest.param("Members of the Osk Harbour Board (OHB) voted on Tuesday. The OHB said the quay would close.\n\n"
                 "Fishers were angry.\n\nThe board said the closure would last a month.",
                 "said", 3, "OHB", id="board-of-an-acronym"),
    pytest.param("Saltby Transit Authority (STA) staff were told of the cuts. The STA said fares would rise.\n\n"
                 "Commuters queued for buses.\n\nThe authority said the new fares would start in May.",
                 "said", 3, "STA", id="authority-of-an-acronym"),
])
def test_description_names_an_entity_through_its_aliases(nlp, body, cue, paragraph, speaker):
    found = _speaker_of(nlp, body, cue, paragraph)
    long_form = body[:body.index(f"({speaker})")].split(" the ")[-1].split("The ")[-1].strip()
    assert same_name(speaker, found) or same_name(long_form, found), (found, long_form)


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Ida Brandt, the head of the Kell Rail Board, defended the timetable.\n\n"
                 "\"Nobody will wait longer than ten minutes,\" the 52-year-old said.", "said", "Ida Brandt",
                 id="age-after-quote"),
    pytest.param("Tom Reyes runs a bakery in Vestby.\n\n"
                 "Speaking at a briefing on Monday, the 61-year-old said the flour tax was unfair.", "said",
                 "Tom Reyes", id="age-after-participle"),
    pytest.param("Ana Roy leads the Osk residents' campaign.\n\n"
                 "The 47-year-old, a former teacher, later told reporters that the road must close.", "told",
                 "Ana Roy", id="age-with-apposition"),
    pytest.param("Fisher Piet Alder has worked the Saltby coast for forty years.\n\n"
                 "\"The trawlers take everything,\" the 58-year-old fisherman said.", "said", "Piet Alder",
                 id="age-modifying-a-noun"),
    pytest.param("Gen. Lea Berg, deputy head of the Norland border service, spoke on Monday. "
                 "\"No one is blocking the river,\" the general said.", "said", "Lea Berg",
                 id="abbreviated-title"),
    pytest.param("Sen. Kai Lund, who chairs the Kell budget committee, met farmers on Friday.\n\n"
                 "The senator said the subsidy would stay.", "said", "Kai Lund", id="abbreviated-senator"),
])
def test_age_and_abbreviated_title_descriptions_name_the_person(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Minister Ana Roy praised the court. She stopped short of backing the union's demand for a "
                 "register, telling parliament that the government preferred to act at European level.",
                 "telling", "Ana Roy", id="stopped-short-telling"),
    pytest.param("The Kell Ferry Company declined to back the strike, saying that the talks had to go on.",
                 "saying", "Kell Ferry Company", id="declined-saying"),
    pytest.param("Mayor Tom Reyes refused to endorse the plan, arguing that the city could not afford it.",
                 "arguing", "Tom Reyes", id="refused-arguing"),
    pytest.param("The Osk Pilots Guild avoided taking sides, adding that the port's safety came first.",
                 "adding", "Osk Pilots Guild", id="avoided-adding"),
    pytest.param("Ida Brandt declined to comment on the merger, telling reporters that she had not read the report.",
                 "telling", "Ida Brandt", id="declined-telling"),
])
def test_participle_beside_a_failure_is_said(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))


@pytest.mark.parametrize(("body", "negated"), [
    pytest.param("The Kell Ferry Company declined to criticise the strike.", "criticise", id="declined-criticise"),
    pytest.param("Mayor Tom Reyes refused to endorse the plan.", "endorse", id="refused-endorse"),
    pytest.param("Ida Brandt stopped short of backing the union.", "backing", id="stopped-short-backing"),
    pytest.param("The Osk Pilots Guild avoided condemning the port.", "condemning", id="avoided-condemning"),
    pytest.param("The Vestby Council failed to approve the budget.", "approve", id="failed-approve"),
])
def test_the_failed_act_itself_stays_no_statement(nlp, body, negated):
    rows = _rows(nlp, body)
    assert not rows["cue"].str.lower().str.startswith(negated).any(), rows


@pytest.mark.parametrize(("body", "cue", "speaker", "words"), [
    pytest.param("Kell Union director Ida Brandt told reporters outside the courthouse that the group would "
                 "now pursue Norland Rail in a separate case.", "told", "Ida Brandt", "pursue", id="outside-courthouse"),
    pytest.param("Tom Reyes told supporters at the rally that the mine would never reopen.", "told", "Tom Reyes",
                 "reopen", id="at-rally"),
    pytest.param("Ana Roy told journalists after the hearing that the verdict would be appealed.", "told", "Ana Roy",
                 "appealed", id="after-hearing"),
    pytest.param("Coach Piet Alder told fans outside the stadium that the club would sign a new striker.", "told",
                 "Piet Alder", "striker", id="outside-stadium"),
    pytest.param("Lea Berg told farmers in the village hall that the subsidy would be cut.", "told", "Lea Berg",
                 "subsidy", id="in-hall"),
])
def test_that_clause_hung_on_the_place_is_the_content(nlp, body, cue, speaker, words):
    rows = _rows(nlp, body)
    rows = rows[rows["cue"].str.lower().str.startswith(cue)]
    assert len(rows), "no statement"
    assert same_name(speaker, rows.iloc[0]["speaker"])
    assert words in rows.iloc[0]["content"]


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Kell officials said the gate was shut for repairs, and accused Norland of stealing water.",
                 "accused", "Kell", id="said-and-accused"),
    pytest.param("Kell officials said the gate had been shut for repairs after a section of the wall collapsed "
                 "last week, and accused Norland farmers of building pumping stations upstream.", "accused",
                 "Kell", id="said-after-clause-and-accused"),
    pytest.param("The Vestby Dockers Union said the port had been closed since Monday, and blamed the Vestby "
                 "Port Authority for the delay.", "blamed", "Vestby Dockers Union", id="said-and-blamed"),
    pytest.param("Ida Brandt said the fund had been empty for a year, and criticised the Osk Council for its "
                 "silence.", "criticised", "Ida Brandt", id="said-and-criticised"),
    pytest.param("The Saltby Growers Guild said prices had fallen by a third, and urged the Saltby Council to "
                 "lower the rents.", "urged", "Saltby Growers Guild", id="said-and-urged"),
])
def test_second_verb_read_as_reported_clause_is_the_speakers(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue", "speaker", "target"), [
    pytest.param("Tom Reyes argued that a delay was no cause for panic, but cautioned against reopening the "
                 "Osk Accord.", "cautioned", "Tom Reyes", None, id="cautioned-against"),
    pytest.param("The harbour master Ida Brandt cautioned against dredging the channel.", "cautioned",
                 "Ida Brandt", None, id="cautioned-against-act"),
    pytest.param("The Kell Farmers Guild argued against the Vestby Water Plan.", "argued", "Kell Farmers Guild",
                 "Vestby Water Plan", id="argued-against"),
    pytest.param("The auditors of the Osk Council counselled against selling the ferry fleet.", "counselled",
                 "Osk Council", None, id="counselled-against"),
    pytest.param("Ana Roy argued against the merger of the Kell Rail Board and the Norland Rail Board.", "argued",
                 "Ana Roy", None, id="argued-against-merger"),
])
def test_caution_and_argue_against_oppose(nlp, body, cue, speaker, target):
    rows = _rows(nlp, body)
    rows = rows[rows["cue"].str.lower().str.startswith(cue)]
    assert len(rows), "no statement"
    row = rows.iloc[0]
    assert same_name(speaker, row["speaker"]), row.to_dict()
    assert row["stance"] == "oppose", row.to_dict()
    if target is not None:
        assert same_name(target, row["target"] if isinstance(row["target"], str) else None), row.to_dict()


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Kell's fisheries minister on Tuesday accused Norland of endangering the cod stock.\n\n"
                 "Minister Ida Brandt called the decision \"reckless\".", "accused", "Ida Brandt", id="possessed-minister"),
    pytest.param("Norland's finance minister criticised the Kell Central Bank for raising rates.\n\n"
                 "Tom Reyes, who took office in May, said the rise would hurt farmers.", "criticised", "Tom Reyes",
                 id="possessed-minister-named-as-subject"),
    pytest.param("The agriculture minister on Monday rejected a plan by the Vestby Growers Guild to flood the "
                 "valley.\n\nAna Roy told parliament the valley was a protected area.", "rejected", "Ana Roy",
                 id="definite-minister"),
    pytest.param("Kell's factory inspection agency has blamed the owners of a mill for a fire, saying in a report "
                 "that managers kept exits locked.\n\nThe report by the Department of Inspection for Factories "
                 "(DIF) found that the fire started in a storeroom.", "blamed",
                 "Department of Inspection for Factories", id="agency-sharing-words"),
    pytest.param("Norland's river safety agency has warned that the Osk dam could fail.\n\nA study by the Office "
                 "for River Safety found cracks in the wall.", "warned", "Office for River Safety",
                 id="agency-sharing-words-2"),
])
def test_lede_office_named_in_the_second_paragraph(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue, 1))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("A minister on Tuesday accused Norland of endangering the cod stock.\n\n"
                 "Ida Brandt, a fisher, said the catch had halved.", "accused", id="indefinite-minister"),
    pytest.param("Ministers on Tuesday accused Norland of endangering the cod stock.\n\n"
                 "Ida Brandt, a fisher, said the catch had halved.", "accused", id="plural-ministers"),
])
def test_generic_lede_source_is_not_named_by_the_second_paragraph(nlp, body, cue):
    rows = _rows(nlp, body)
    assert not (rows["cue"].str.lower().str.startswith(cue) & (rows["speaker"] == "Ida Brandt")).any(), rows


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Scientists at the Kell Institute for Marine Research advised in September that catches should "
                 "fall by a fifth.", "advised", "Kell Institute for Marine Research", id="scientists-at"),
    pytest.param("Researchers at the Norland Centre for Climate Studies said the glacier would be gone by 2050.",
                 "said", "Norland Centre for Climate Studies", id="researchers-at"),
    pytest.param("Economists at the Vestby Bank warned that inflation would rise.", "warned", "Vestby Bank",
                 id="economists-at"),
    pytest.param("Analysts at Osk Capital said the merger would cut 400 jobs.", "said", "Osk Capital",
                 id="analysts-at-bare-name"),
    pytest.param("Officials at the Kell Water Board said the reservoir was half full.", "said", "Kell Water Board",
                 id="officials-at"),
])
def test_source_at_a_body_is_the_body(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))


@pytest.mark.parametrize("body", [
    pytest.param("Officials in Kell said the gate was shut for repairs.", id="officials-in-city"),
    pytest.param("Residents in Vestby said the water tasted of salt.", id="residents-in-town"),
    pytest.param("Workers at a plant in Norland said they had not been paid.", id="workers-at-plant-in-country"),
    pytest.param("Witnesses at the scene in Osk said the car did not stop.", id="witnesses-at-scene"),
    pytest.param("Diplomats in Saltby said the talks had stalled.", id="diplomats-in-capital"),
])
def test_source_in_a_place_stays_unnamed(nlp, body):
    assert _rows(nlp, body).empty


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("The Kell Basin Commission (KBC), which groups seven river states including both countries, "
                 "appealed for calm.", "appealed", "Kell Basin Commission", id="groups-states-including"),
    pytest.param("The Norland Dairy Alliance, whose members include Osk Farms and Vestby Milk, said prices were "
                 "too low.", "said", "Norland Dairy Alliance", id="members-include"),
    pytest.param("The Saltby Ports Council, which brings together twelve harbours including Osk, urged the "
                 "ministry to dredge the channel.", "urged", "Saltby Ports Council", id="brings-together-including"),
    pytest.param("The Kell Chamber of Commerce, which represents 400 firms including Norland Steel, warned that "
                 "the tax would cost jobs.", "warned", "Kell Chamber of Commerce", id="represents-including"),
    pytest.param("The Vestby Growers Guild, among whose members is Ida Brandt, criticised the water plan.",
                 "criticised", "Vestby Growers Guild", id="among-whose-members"),
])
def test_named_body_speaks_for_itself_not_a_member(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Ida Brandt demanded that the file be sent to the Office of the Comptroller General.\n\n"
                 "The comptroller's office confirmed on Thursday that it had opened a review.", "confirmed",
                 "Office of the Comptroller General", id="comptroller-office"),
    pytest.param("The complaint went to the Kell Ombudsman Office in March.\n\n"
                 "The ombudsman's office said it would report by June.", "said", "Kell Ombudsman Office",
                 id="ombudsman-office"),
    pytest.param("Farmers wrote to the Norland Water Board about the dam.\n\n"
                 "The water board said the dam was safe.", "said", "Norland Water Board", id="water-board-compound"),
    pytest.param("The case was sent to the Office of the Inspector General on Monday.\n\n"
                 "The inspector's office said the review would take a month.", "said",
                 "Office of the Inspector General", id="inspector-office"),
    pytest.param("Fishers asked the Saltby Harbour Authority to reopen the quay.\n\n"
                 "The harbour's authority said the quay would reopen in May.", "said", "Saltby Harbour Authority",
                 id="harbour-authority"),
])
def test_owned_description_names_the_body_with_both_words(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue", "speaker", "target"), [
    pytest.param("The Kell Trade Commission on Wednesday launched infringement proceedings against Norland over "
                 "a new media law.", "launched", "Kell Trade Commission", "Norland", id="launched-proceedings"),
    pytest.param("The Osk Data Platform filed a collective action against Vestby Apps on behalf of 20,000 users.",
                 "filed", "Osk Data Platform", "Vestby Apps", id="filed-collective-action"),
    pytest.param("The Saltby Fishers Union filed a case against the Kell Harbour Board in March.", "filed",
                 "Saltby Fishers Union", "Kell Harbour Board", id="filed-case"),
    pytest.param("The Norland Tenants Forum brought an action against Kell Housing last year.", "brought",
                 "Norland Tenants Forum", "Kell Housing", id="brought-action"),
    pytest.param("The Vestby League opened disciplinary proceedings against Osk Rovers after the riot.", "opened",
                 "Vestby League", "Osk Rovers", id="opened-proceedings"),
])
def test_legal_action_opposes_whom_it_is_against(nlp, body, cue, speaker, target):
    rows = _rows(nlp, body)
    rows = rows[rows["cue"].str.lower().str.startswith(cue)]
    assert len(rows), "no statement"
    row = rows.iloc[0]
    assert same_name(speaker, row["speaker"]), row.to_dict()
    assert row["stance"] == "oppose", row.to_dict()
    assert same_name(target, row["target"] if isinstance(row["target"], str) else None), row.to_dict()


@pytest.mark.parametrize(("body", "speaker"), [
    pytest.param("Minister Ana Roy praised the court for what she called \"a clear signal to the whole sector\".",
                 "Ana Roy", id="praised-for-what-she-called"),
    pytest.param("Tom Reyes thanked the Kell Rail Board for what he called \"a brave decision\".", "Tom Reyes",
                 id="thanked-for-what-he-called"),
    pytest.param("The Vestby Growers Guild criticised the council for what it called \"a reckless gamble\".",
                 "Vestby Growers Guild", id="criticised-for-what-it-called"),
    pytest.param("Ida Brandt blamed the Osk Council for what she called \"years of neglect\".", "Ida Brandt",
                 id="blamed-for-what-she-called"),
    pytest.param("Coach Piet Alder apologised to fans for what he called \"a shameful display\".", "Piet Alder",
                 id="apologised-for-what-he-called"),
])
def test_what_someone_called_is_their_label(nlp, body, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, "called"))


@pytest.mark.parametrize(("body", "cue"), [
    pytest.param("The Kell Ferry Union accused the Osk Port Company of ignoring safety rules.", "accused",
                 id="accused-of-ignoring"),
    pytest.param("Ida Brandt criticised the Norland Council for closing the library.", "criticised",
                 id="criticised-for-closing"),
])
def test_a_subjectless_complement_stays_the_content(nlp, body, cue):
    rows = _rows(nlp, body)
    assert len(rows) == 1 and rows.iloc[0]["cue"].lower().startswith(cue), rows


@pytest.mark.parametrize(("body", "cue", "speakers"), [
    pytest.param("Kell and Norland officials have both praised Vestby's \"commitment to reform\".", "praised",
                 {"Kell", "Norland"}, id="officials-of-two-places"),
    pytest.param("Rival carriers Kell Air and Osk Jet both said they had added extra seats.", "said",
                 {"Kell Air", "Osk Jet"}, id="carriers-in-apposition"),
    pytest.param("French and German diplomats said the talks had stalled.", "said", {"France", "Germany"},
                 id="diplomats-of-two-nationalities"),
    pytest.param("Two unions, the Kell Dockers Union and the Osk Pilots Guild, rejected the offer.", "rejected",
                 {"Kell Dockers Union", "Osk Pilots Guild"}, id="unions-in-apposition"),
    pytest.param("Local councils Vestby Council and Saltby Council said the road should stay open.", "said",
                 {"Vestby Council", "Saltby Council"}, id="councils-in-apposition"),
])
def test_names_joined_in_a_plural_phrase_each_speak(nlp, body, cue, speakers):
    rows = _rows(nlp, body)
    found = set(rows[rows["cue"].str.lower().str.startswith(cue)]["speaker"])
    assert all(any(same_name(s, f) for f in found) for s in speakers), found


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Kell officials have praised Vestby's reforms in recent meetings, according to the Vestby "
                 "finance ministry.", "praised", "Kell", id="praised-according-to"),
    pytest.param("The Osk Pilots Guild rejected the new tariff, according to a union newsletter.", "rejected",
                 "Osk Pilots Guild", id="rejected-according-to"),
    pytest.param("Ida Brandt criticised the merger at a closed meeting, according to two people who attended.",
                 "criticised", "Ida Brandt", id="criticised-according-to"),
    pytest.param("The Norland Farmers Guild welcomed the subsidy, according to the Kell Times.", "welcomed",
                 "Norland Farmers Guild", id="welcomed-according-to"),
    pytest.param("According to the Kell Times, Tom Reyes condemned the attack on the depot.", "condemned",
                 "Tom Reyes", id="fronted-according-to"),
])
def test_a_sentences_own_cue_is_kept_beside_according_to(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))



@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("The Vestby Alliance criticised the talks. Its anger has grown since the Kell Ledger newspaper "
                 "reported last week that the fund wanted a tax rise.", "reported", "Kell Ledger", id="newspaper"),
    pytest.param("Fares will rise in May, the Osk Courier newspaper reported on Monday.", "reported", "Osk Courier",
                 id="newspaper-after-clause"),
    pytest.param("The Saltby Star magazine said the festival would move to June.", "said", "Saltby Star",
                 id="magazine"),
    pytest.param("The Norland Wire agency reported that the border had been closed.", "reported", "Norland Wire",
                 id="agency"),
    pytest.param("The Vestby Evening Post website said the mayor had resigned.", "said", "Vestby Evening Post",
                 id="website"),
])
def test_missed_name_before_a_body_noun_speaks(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))


@pytest.mark.parametrize(("body", "cue", "speaker", "words"), [
    pytest.param("On the Kell side, the Kell Farmers' Council backed the closure, saying Norland pumps had "
                 "\"stolen\" water that Kell villages were entitled to.", "saying", "Kell Farmers' Council", "pumps",
                 id="saying-quoted-participle"),
    pytest.param("The Osk Pilots Guild rejected the tariff, saying the port had \"doubled\" fees in a year.", "saying",
                 "Osk Pilots Guild", "fees", id="saying-doubled-fees"),
    pytest.param("Ida Brandt said the board had \"ignored\" warnings from engineers.", "said", "Ida Brandt",
                 "warnings", id="said-ignored-warnings"),
    pytest.param("The Vestby Tenants Forum welcomed the ruling, saying landlords had \"abused\" the rules for years.",
                 "saying", "Vestby Tenants Forum", "landlords", id="saying-abused-rules"),
    pytest.param("Tom Reyes said the council had \"wasted\" money on the bridge.", "said", "Tom Reyes", "money",
                 id="said-wasted-money"),
])
def test_quoted_participle_read_as_adjective_is_still_a_clause(nlp, body, cue, speaker, words):
    rows = _rows(nlp, body)
    rows = rows[rows["cue"].str.lower().str.startswith(cue)]
    assert len(rows), "no statement"
    assert same_name(speaker, rows.iloc[0]["speaker"])
    assert words in rows.iloc[0]["content"]


@pytest.mark.parametrize(("body", "speaker"), [
    pytest.param("Osk would also guard the depots which, Ida Brandt said, Vestby had refused to repair.",
                 "Ida Brandt", id="relative-clause-refused"),
    pytest.param("The plan, Ida Brandt said, had failed to win over the farmers.", "Ida Brandt", id="plan-failed"),
    pytest.param("The talks, Tom Reyes said, had stopped short of a deal.", "Tom Reyes", id="talks-stopped"),
    pytest.param("The Kell Council, the Osk Pilots Guild said, had declined to publish the report.",
                 "Osk Pilots Guild", id="council-declined"),
    pytest.param("Vestby, Ana Roy wrote, has avoided any talks with its neighbours.", "Ana Roy", id="avoided-wrote"),
])
def test_parenthetical_cue_in_a_failed_clause_is_said(nlp, body, speaker):
    rows = _rows(nlp, body)
    rows = rows[rows["cue"].str.lower().isin(["said", "wrote"])]
    assert len(rows), "no statement"
    assert same_name(speaker, rows.iloc[-1]["speaker"]), rows


@pytest.mark.parametrize(("body", "cue", "speakers"), [
    pytest.param("The plan was criticised by the Kell Union and by the Osk Council.", "criticised",
                 {"Kell Union", "Osk Council"}, id="criticised-by-and-by"),
    pytest.param("The fare rise was reported by the Kell Times as unlawful and by Osk Radio as a scandal.",
                 "reported", {"Kell Times", "Osk Radio"}, id="reported-by-as-and-by-as"),
    pytest.param("The ruling was welcomed by the Vestby Tenants Forum and by the Saltby Housing Trust.", "welcomed",
                 {"Vestby Tenants Forum", "Saltby Housing Trust"}, id="welcomed-by-and-by"),
    pytest.param("Police said a badge was used by the attacker, reported by the Kell Times as a former guard and by "
                 "Osk Radio as a student, to get in.", "reported", {"Kell Times", "Osk Radio"},
                 id="participle-reported-by-and-by"),
    pytest.param("The merger was condemned by Ida Brandt and by Tom Reyes.", "condemned", {"Ida Brandt", "Tom Reyes"},
                 id="condemned-by-two-people"),
])
def test_a_second_by_agent_speaks_too(nlp, body, cue, speakers):
    rows = _rows(nlp, body)
    found = set(rows[rows["cue"].str.lower().str.startswith(cue)]["speaker"])
    assert all(any(same_name(s, f) for f in found) for s in speakers), found


@pytest.mark.parametrize(("body", "speaker"), [
    pytest.param("Its chief executive, Tom Reyes, went further. \"This ruling punishes a small firm for following the "
                 "same practice as every giant,\" the 41-year-old said, adding that the firm had changed its screens.",
                 "Tom Reyes", id="long-quote-then-age"),
    pytest.param("Ida Brandt has run the Osk ferry for a decade. \"The new tariff will sink every small operator on "
                 "the coast,\" the 63-year-old said.", "Ida Brandt", id="age-after-long-quote"),
    pytest.param("Piet Alder farms near Kell. \"Nobody asked us before they closed the canal,\" the 70-year-old "
                 "farmer said.", "Piet Alder", id="age-and-noun-after-quote"),
    pytest.param("Ana Roy, a Vestby nurse, joined the strike. \"We are exhausted,\" the 29-year-old told "
                 "reporters.", "Ana Roy", id="age-told"),
    pytest.param("Kai Lund coaches the Saltby juniors. \"The pitch is a swamp and the council knows it,\" the "
                 "45-year-old said on Friday.", "Kai Lund", id="age-said-on-day"),
])
def test_age_after_a_quotation_names_the_person(nlp, body, speaker):
    rows = _rows(nlp, body)
    rows = rows[rows["cue"].str.lower().isin(["said", "told"])]
    assert len(rows), "no statement"
    assert same_name(speaker, rows.iloc[-1]["speaker"]), rows


@pytest.mark.parametrize(("body", "speaker", "words"), [
    pytest.param("Its chief executive, Tom Reyes, went further. \"This ruling punishes a small firm for following the "
                 "same practice as every giant,\" the 41-year-old said, adding that the firm had changed its screens.",
                 "Tom Reyes", "screens", id="age-said-adding"),
    pytest.param("\"The bridge is safe and the inspectors know it,\" Ida Brandt said, adding that repairs would start "
                 "in May.", "Ida Brandt", "repairs", id="name-said-adding"),
    pytest.param("\"We will not sign this deal in its present form,\" the Kell Dockers Union said, adding that talks "
                 "would resume on Monday.", "Kell Dockers Union", "talks", id="union-said-adding"),
    pytest.param("\"Prices have doubled since the spring and nobody in the ministry cares,\" Tom Reyes told "
                 "reporters, adding that farmers would protest.", "Tom Reyes", "farmers", id="told-adding"),
    pytest.param("\"The ferry has never been this late in forty years of service,\" Ana Roy said, noting that the "
                 "company had cut two crossings.", "Ana Roy", "crossings", id="said-noting"),
])
def test_participle_right_after_a_speech_cue_is_the_speakers(nlp, body, speaker, words):
    rows = _rows(nlp, body)
    rows = rows[rows["content"].str.contains(words)]
    assert len(rows), "no statement"
    assert same_name(speaker, rows.iloc[-1]["speaker"]), rows


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Kell officials said the gate had been shut for \"urgent repairs\" after a section of the wall "
                 "collapsed last week, and accused Norland farmers of building pumps upstream.", "accused", "Kell",
                 id="after-collapsed-accused"),
    pytest.param("The Vestby Dockers Union said the cranes were idle when the power went out, and blamed the Vestby "
                 "Port Authority for the outage.", "blamed", "Vestby Dockers Union", id="when-went-out-blamed"),
    pytest.param("Ida Brandt said the school closed because the roof leaked, and criticised the Osk Council for "
                 "the delay.", "criticised", "Ida Brandt", id="because-leaked-criticised"),
    pytest.param("The Saltby Growers Guild said prices fell after the border closed, and urged the Saltby Council to "
                 "cut rents.", "urged", "Saltby Growers Guild", id="after-closed-urged"),
    pytest.param("Tom Reyes said the ferry sank before the crew could react, and condemned the Kell Ferry Company.",
                 "condemned", "Tom Reyes", id="before-react-condemned"),
])
def test_second_verb_joined_to_a_subordinate_clause_is_the_speakers(nlp, body, cue, speaker):
    assert same_name(speaker, _speaker_of(nlp, body, cue))


def test_a_subordinate_clauses_own_second_verb_stays_inside(nlp):
    rows = _rows(nlp, "Ida Brandt said the ferry sank after the captain ignored the warnings and criticised the "
                      "crew.")
    assert not rows["cue"].str.lower().str.startswith("criticised").any(), rows
