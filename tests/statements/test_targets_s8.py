"""Target rules added in session 8, on invented topics, through the whole pipeline.

- a cue in a relative clause with no object of its own judges the noun the clause describes
  ("a proposal the unions rejected", "a decision which the guild condemned"); an indefinite act
  noun set after a comma sums up the clause before it, whose subject is its author ("X offered
  to ..., a proposal Y rejected" -> X).
"""

from __future__ import annotations

import pytest

from analysis import analyze, from_text
from tests.statements.conftest import same_name
from tests.statements.test_target_rules_s5 import statement


def _check(nlp, body: str, cue: str, speaker: str, target: str | None, stance: str) -> None:
    row = statement(nlp, body, cue)
    found = row["target"] if isinstance(row["target"], str) and row["target"] else None
    assert same_name(speaker, row["speaker"]), row
    assert same_name(target, found), row
    assert row["stance"] == stance, row


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("The Vestby Nurses Guild welcomed a new pay offer on Tuesday.\n\n"
                 "The Vestby Health Board offered a rise of 6 percent over two years.",
                 "welcomed", "Vestby Nurses Guild", "Vestby Health Board", "support", id="lede-offer-then-offered"),
    pytest.param("The Marrow Hauliers Association criticised a plan to close the northern bridge.\n\n"
                 "Transport Minister Ida Brandt unveiled the plan in parliament on Wednesday.",
                 "criticised", "Marrow Hauliers Association", "Ida Brandt", "oppose", id="lede-plan-then-unveiled"),
    pytest.param("The Saltby Fishers Union dismissed a 4 percent increase in the quota.\n\n"
                 "The Saltby Fisheries Agency announced on Friday that boats could land 900 tonnes this season.",
                 "dismissed", "Saltby Fishers Union", "Saltby Fisheries Agency", "oppose",
                 id="lede-increase-then-number-announced"),
])
def test_lede_act_takes_the_author_told_below(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("Kell Water announced on Monday that it would review its pipes.\n\n"
                 "The Kell Anglers Club said the price was too high.", "said", "Kell Anglers Club", None,
                 "neutral", id="amount-not-from-an-announcement-without-number"),
    pytest.param("The Norland Rail Board, which sets fares, announced a review of its timetables.\n\n"
                 "The Norland Commuters Forum said the figure was unfair.", "said", "Norland Commuters Forum",
                 "Norland Rail Board", "oppose", id="figure-from-who-sets-fares"),
    pytest.param("The Norland Rail Board announced a review of its timetables.\n\n"
                 "Later, the Norland Energy Office announced that power would cost 30 cents a unit.\n\n"
                 "The Norland Commuters Forum said the figure was unfair.", "said", "Norland Commuters Forum",
                 "Norland Energy Office", "oppose", id="figure-from-the-numbered-announcement"),
])
def test_amount_takes_who_set_or_announced_an_amount(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("The Osk Dockers Union and the Osk Pilots Guild rejected the Osk Port Authority's new tariff, "
                 "saying it would drive ships away.", "saying", "Osk Pilots Guild", id="pilots"),
    pytest.param("The Osk Dockers Union and the Osk Pilots Guild rejected the Osk Port Authority's new tariff, "
                 "saying it would drive ships away.", "saying", "Osk Dockers Union", id="dockers"),
    pytest.param("Ida Brandt and Tomas Reyna condemned the Vestby Council's plan, saying it was rushed.",
                 "saying", "Ida Brandt", id="two-people-first"),
    pytest.param("Ida Brandt and Tomas Reyna condemned the Vestby Council's plan, saying it was rushed.",
                 "saying", "Tomas Reyna", id="two-people-second"),
    pytest.param("The Marrow Bakers Guild and the Marrow Millers Union praised Kell Grain, saying it had kept "
                 "its word.", "saying", "Marrow Millers Union", id="praise-two"),
])
def test_participle_shares_each_speakers_target(nlp, body, cue, speaker):
    rows = analyze(from_text(f"Test article\n\n{body}"), nlp=nlp).statements
    first = rows[rows["cue"] != cue].iloc[0]["target"]
    row = rows[(rows["cue"] == cue) & rows["speaker"].map(lambda s: same_name(speaker, s))]
    assert len(row) == 1 and row.iloc[0]["target"] == first, rows[["speaker", "cue", "target"]]


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("A leaked Kell Treasury memo warned that the bridge would cost twice as much.\n\n"
                 "Mayor Ida Brandt dismissed the document.", "dismissed", "Ida Brandt", "Kell Treasury", "oppose",
                 id="memo-then-document"),
    pytest.param("A report by the Osk Audit Office said the hospital wasted money.\n\n"
                 "Health Minister Tomas Reyna rejected the document as biased.", "rejected", "Tomas Reyna",
                 "Osk Audit Office", "oppose", id="report-then-document"),
    pytest.param("A letter from the Vestby Farmers Guild said the new road would cut farms in two.\n\n"
                 "The Vestby Roads Agency criticised the document.", "criticised", "Vestby Roads Agency",
                 "Vestby Farmers Guild", "oppose", id="letter-then-document"),
    pytest.param("A study by the Marrow Institute found that the river was clean.\n\n"
                 "The Marrow Anglers Club praised the document.", "praised", "Marrow Anglers Club",
                 "Marrow Institute", "support", id="study-then-document"),
    pytest.param("A Dalby Health Board memo warned that the clinic would close.\n\n"
                 "The Dalby Nurses Guild condemned the document.", "condemned", "Dalby Nurses Guild",
                 "Dalby Health Board", "oppose", id="memo-then-document-condemned"),
])
def test_the_document_is_the_last_documents_issuer(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("Engineers began work on the Tarn Valley Hydropower Project in March.\n\n"
                 "The Tarn Anglers Club condemned the dam as a disaster for trout.", "condemned", "Tarn Anglers Club",
                 "Tarn Valley Hydropower Project", "oppose", id="dam-for-hydropower-project"),
    pytest.param("The Osk Bay Pipeline would carry gas to the coast.\n\n"
                 "The Osk Fishers Union criticised the pipeline.", "criticised", "Osk Fishers Union",
                 "Osk Bay Pipeline", "oppose", id="pipeline-for-pipeline"),
    pytest.param("Work on the Marrow Point Bridge ended in May.\n\n"
                 "Mayor Ida Brandt praised the bridge.", "praised", "Ida Brandt", "Marrow Point Bridge", "support",
                 id="bridge-for-bridge"),
    pytest.param("The Dalby Copper Project would employ 900 people.\n\n"
                 "The Dalby Farmers Guild opposed the mine.", "opposed", "Dalby Farmers Guild",
                 "Dalby Copper Project", "oppose", id="mine-for-project"),
    pytest.param("The Vestby Rail Tunnel opened on Monday.\n\n"
                 "Transport Minister Tomas Reyna hailed the tunnel as a triumph.", "hailed", "Tomas Reyna",
                 "Vestby Rail Tunnel", "support", id="tunnel-for-tunnel"),
    pytest.param("Kell Mining would employ 900 people at Dalby.\n\n"
                 "The Dalby Farmers Guild opposed the tunnel.", "opposed", "Dalby Farmers Guild", None,
                 "oppose", id="no-named-work"),
])
def test_works_noun_stands_for_the_named_work(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("The Kell Nurses Federation called a strike for Monday.\n\n"
                 "The Kell Patients Forum backed the nurses' demands.", "backed", "Kell Patients Forum",
                 "Kell Nurses Federation", "support", id="backed-the-nurses-demands"),
    pytest.param("The Osk Bakers Guild closed every shop in town on Friday.\n\n"
                 "Mayor Ida Brandt criticised the bakers.", "criticised", "Ida Brandt", "Osk Bakers Guild",
                 "oppose", id="criticised-the-bakers"),
    pytest.param("The Union of Vestby Miners walked out on Tuesday.\n\n"
                 "The Vestby Shopkeepers Association praised the miners for their courage.", "praised",
                 "Vestby Shopkeepers Association", "Union of Vestby Miners", "support", id="praised-the-miners"),
    pytest.param("The Marrow Pilots Association stopped all flights.\n\n"
                 "Tourism Minister Tomas Reyna condemned the pilots' walkout.", "condemned", "Tomas Reyna",
                 "Marrow Pilots Association", "oppose", id="condemned-the-pilots-walkout"),
    pytest.param("The Dalby Farmers Alliance blocked the main road with tractors.\n\n"
                 "The Dalby Traders Guild welcomed the farmers' protest.", "welcomed", "Dalby Traders Guild",
                 "Dalby Farmers Alliance", "support", id="welcomed-the-farmers-protest"),
    pytest.param("The Dalby Farmers Alliance blocked the main road with tractors.\n\n"
                 "The Dalby Farmers Alliance said the farmers had no choice.", "said", "Dalby Farmers Alliance",
                 None, "neutral", id="the-speakers-own-people"),
])
def test_plural_noun_of_an_organisations_name_is_that_organisation(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)


@pytest.mark.parametrize(("body", "cue", "speaker"), [
    pytest.param("Ida Brandt backed Tomas Reyna's call for a recount but said she would not join the protest.",
                 "said", "Ida Brandt", id="backed-but-said-she"),
    pytest.param("Tomas Reyna quoted Ida Brandt's speech and said he would stay at home.", "said", "Tomas Reyna",
                 id="quoted-and-said-he"),
    pytest.param("Peter Holm met Ana Lee on Monday and said he would return in May.", "said", "Peter Holm",
                 id="met-and-said-he"),
    pytest.param("After meeting Tom Varga, Lena Ostrova said she had not changed her mind.", "said", "Lena Ostrova",
                 id="after-meeting-said-she"),
    pytest.param("Ana Lee welcomed Piet Dahl's offer but said she needed more time.", "said", "Ana Lee",
                 id="welcomed-but-said-she"),
])
def test_pronoun_subject_of_a_persons_own_reported_clause_is_the_speaker(nlp, body, cue, speaker):
    _check(nlp, body, cue, speaker, None, "neutral")


@pytest.mark.parametrize(("body", "cue", "speaker", "target"), [
    pytest.param("Ida Brandt said the plan had been drafted by the Council of Elders' finance committee.", "said",
                 "Ida Brandt", None, id="council-of-elders-committee"),
    pytest.param("Tomas Reyna said the Bank of Norland's chief economist would retire in May.", "said",
                 "Tomas Reyna", None, id="bank-of-norland-economist"),
    pytest.param("Ana Lee said the Kell Rowing Federation's new coach would start on Monday.", "said", "Ana Lee",
                 None, id="federation-coach"),
    pytest.param("Peter Holm said the Ministry of Roads' budget had grown by a tenth.", "said", "Peter Holm", None,
                 id="ministry-of-roads-budget"),
    pytest.param("Lena Ostrova said the Republic of Osk's economy had grown.", "said", "Lena Ostrova", None,
                 id="republic-of-osk-economy"),
    pytest.param("Ida Brandt said Tomas Reyna's heart had been restarted.", "said", "Ida Brandt",
                 "Tomas Reyna", id="a-person-stays"),
])
def test_neutral_report_is_not_about_a_body_owning_its_subject(nlp, body, cue, speaker, target):
    _check(nlp, body, cue, speaker, target, "neutral")


@pytest.mark.parametrize(("body", "cue", "speaker", "target"), [
    pytest.param("Nurses across Norway walked out on Monday, closing wards from Bergen to Tromso.\n\n"
                 "Union leader Ida Brandt said this country had failed its nurses.", "said", "Ida Brandt", "Norway",
                 id="norway-not-tromso"),
    pytest.param("Farmers in Finland blocked roads near Tampere and Oulu.\n\n"
                 "Farm leader Tomas Reyna said the country needed cheaper diesel.", "said", "Tomas Reyna",
                 "Finland", id="finland-not-oulu"),
    pytest.param("Teachers in Austria marched through Graz and Linz.\n\n"
                 "Teacher Ana Lee said the nation owed them a pay rise.", "said", "Ana Lee", "Austria",
                 id="austria-not-linz"),
    pytest.param("Protesters in Peru gathered in Cusco and Arequipa.\n\n"
                 "Organiser Peter Holm said the country would not be silenced.", "said", "Peter Holm", "Peru",
                 id="peru-not-arequipa"),
    pytest.param("Dockers in Norway stopped work in Bergen and Tromso.\n\n"
                 "Docker Lena Ostrova said this country depended on its ports.", "said", "Lena Ostrova", "Norway",
                 id="norway-docks"),
])
def test_this_country_is_the_last_state_named(nlp, body, cue, speaker, target):
    row = statement(nlp, body, cue)
    assert same_name(speaker, row["speaker"]) and same_name(target, row["target"]), row


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("The Kell Dockers Union expressed solidarity with the Osk Nurses Federation on Tuesday.",
                 "solidarity", "Kell Dockers Union", "Osk Nurses Federation", "support", id="solidarity-with"),
    pytest.param("The Tarn Growers Guild voiced its support for the Marrow Bakers Alliance.", "support",
                 "Tarn Growers Guild", "Marrow Bakers Alliance", "support", id="voiced-its-support-for"),
    pytest.param("The Dalby Traders Guild expressed its opposition to the Vestby Port Authority.",
                 "opposition", "Dalby Traders Guild", "Vestby Port Authority", "oppose",
                 id="expressed-its-opposition-to"),
    pytest.param("Mayor Ida Brandt offered her sympathy to the Orlen Miners Union after the flood.", "sympathy",
                 "Ida Brandt", "Orlen Miners Union", "support", id="offered-her-sympathy-to"),
    pytest.param("The Norland Teachers Federation declared its solidarity with the Kell Nurses Guild.",
                 "solidarity", "Norland Teachers Federation", "Kell Nurses Guild", "support",
                 id="declared-its-solidarity-with"),
])
def test_light_verb_noun_is_held_by_the_subject_and_aimed_by_its_preposition(nlp, body, cue, speaker, target,
                                                                              stance):
    _check(nlp, body, cue, speaker, target, stance)


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("The Orlen Pilots Association walked out on Friday.\n\nTourism Minister Ida Brandt condemned the "
                 "strikers.", "condemned", "Ida Brandt", "Orlen Pilots Association", "oppose", id="walked-out"),
    pytest.param("The Dalby Miners Union called a strike on Monday.\n\nThe Tarn Transport Federation expressed "
                 "solidarity with the strikers.", "solidarity", "Tarn Transport Federation", "Dalby Miners Union",
                 "support", id="called-a-strike"),
    pytest.param("The Vestby Students Union staged a protest outside the ministry.\n\nMayor Tomas Reyna praised "
                 "the protesters for their calm.", "praised", "Tomas Reyna", "Vestby Students Union", "support",
                 id="staged-a-protest"),
    pytest.param("The Marrow Cyclists Club held a march through the city centre.\n\nThe Marrow Drivers Guild "
                 "criticised the demonstrators.", "criticised", "Marrow Drivers Guild", "Marrow Cyclists Club",
                 "oppose", id="held-a-march"),
    pytest.param("The Kell Consumers Association began a boycott of Tarn Dairies.\n\nTarn Dairies condemned the "
                 "boycotters.", "condemned", "Tarn Dairies", "Kell Consumers Association", "oppose", id="began-a-boycott"),
])
def test_the_strikers_are_the_organisation_told_doing_it(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)


@pytest.mark.parametrize(("body", "cue", "speaker", "target"), [
    pytest.param("Mayor Peter Holm faces opposition candidate Ida Brandt in Sunday's run-off.\n\n"
                 "Bishop Tomas Reyna urged both candidates to stop the insults.", "urged", "Tomas Reyna", "Ida Brandt",
                 id="both-candidates"),
    pytest.param("The race pits incumbent Ana Lee against challenger Lena Ostrova.\n\n"
                 "Judge Peter Holm urged the two challengers to stop the insults.", "urged", "Peter Holm",
                 "Lena Ostrova", id="the-two-challengers"),
    pytest.param("Defender Tomas Reyna and striker Peter Holm were sent off on Sunday.\n\n"
                 "Coach Ida Brandt urged both strikers to stop arguing with referees.", "urged", "Ida Brandt",
                 "Peter Holm", id="both-strikers"),
    pytest.param("The petitioner, farmer Lena Ostrova, sued the city in May.\n\n"
                 "Senator Ana Lee urged both farmers to withdraw the case.", "urged", "Ana Lee", "Lena Ostrova",
                 id="both-farmers-apposition"),
    pytest.param("Ida Brandt, a nurse, and Peter Holm, a nurse from Osk, led the march.\n\n"
                 "Minister Tomas Reyna urged both nurses to end the protest.", "urged", "Tomas Reyna", "Peter Holm",
                 id="both-nurses-appositive-after"),
])
def test_both_with_a_role_noun_is_a_person_given_that_role(nlp, body, cue, speaker, target):
    row = statement(nlp, body, cue)
    assert same_name(speaker, row["speaker"]) and same_name(target, row["target"]), row


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("Senator Ida Brandt seconded a motion in the Senate calling for an audit of the Osk Election "
                 "Board's counting system.", "seconded", "Ida Brandt", "Osk Election Board", "oppose",
                 id="seconded-motion-calling-for-audit"),
    pytest.param("The Kell Farmers Guild signed a petition demanding the resignation of Tomas Reyna.", "signed",
                 "Kell Farmers Guild", "Tomas Reyna", "oppose", id="signed-petition-demanding-resignation"),
    pytest.param("The Vestby Party backed a resolution condemning the Marrow Mining Company.", "backed",
                 "Vestby Party", "Marrow Mining Company", "oppose", id="backed-resolution-condemning"),
    pytest.param("Councillor Peter Holm supported a motion praising the Dalby Lifeboat Crew.", "supported",
                 "Peter Holm", "Dalby Lifeboat Crew", "support", id="supported-motion-praising"),
    pytest.param("The Tarn Teachers Federation signed a letter urging the Tarn Rail Board to scrap the fare rise.",
                 "signed", "Tarn Teachers Federation", "Tarn Rail Board", "oppose", id="signed-letter-urging"),
])
def test_backing_a_paper_takes_the_papers_position(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)


def test_a_contrast_clause_is_not_the_reported_speakers_action(nlp):
    row = statement(nlp, "The Osk Ferry Company ordered a review of the timetable.\n\nSenator Ana Lee said the review "
                    "was a waste of money, while Senator Peter Holm seconded a motion calling for an audit of the "
                    "Kell Harbour Board.", "said")
    assert same_name("Ana Lee", row["speaker"]) and row["target"] != "Kell Harbour Board", row


@pytest.mark.parametrize(("body", "cue", "speaker", "target", "stance"), [
    pytest.param("The Osk Dockers Union walked out on Monday.\n\nThe Osk Exporters Guild, which sued the port, "
                 "described the strike as blackmail.", "described", "Osk Exporters Guild", "Osk Dockers Union",
                 "oppose", id="walked-out-then-the-strike"),
    pytest.param("The Kell Nurses Federation called a strike for Friday.\n\nHealth Minister Ida Brandt condemned "
                 "the strike.", "condemned", "Ida Brandt", "Kell Nurses Federation", "oppose",
                 id="called-a-strike-then-condemned"),
    pytest.param("The Tarn Bus Drivers Union began a strike on Tuesday.\n\nThe Tarn Students Union backed the "
                 "strike.", "backed", "Tarn Students Union", "Tarn Bus Drivers Union", "support",
                 id="began-a-strike-then-backed"),
    pytest.param("The Dalby Miners Union staged a strike at the pit.\n\nThe Dalby Coal Company criticised the "
                 "strike.", "criticised", "Dalby Coal Company", "Dalby Miners Union", "oppose",
                 id="staged-a-strike-then-criticised"),
    pytest.param("The Vestby Pilots Association walked out at dawn.\n\nTourism Minister Peter Holm called the "
                 "strike reckless.", "called", "Peter Holm", "Vestby Pilots Association", "oppose",
                 id="walked-out-then-called-reckless"),
])
def test_the_strike_is_about_who_struck(nlp, body, cue, speaker, target, stance):
    _check(nlp, body, cue, speaker, target, stance)


@pytest.mark.parametrize(("body", "speaker", "target", "stance"), [
    pytest.param("Tomas Reyna described the Marrow Rail Board's timetable as a triumph.", "Tomas Reyna",
                 "Marrow Rail Board", "support", id="timetable-triumph"),
    pytest.param("The Osk Tenants League described the Kell Housing Trust's eviction policy as cruel.",
                 "Osk Tenants League", "Kell Housing Trust", "oppose", id="eviction-cruel"),
    pytest.param("Ida Brandt described the Dalby Council's new budget as a disgrace.", "Ida Brandt", "Dalby Council",
                 "oppose", id="budget-disgrace"),
    pytest.param("The Vestby Anglers Club described the Tarn Water Company's clean-up as excellent.",
                 "Vestby Anglers Club", "Tarn Water Company", "support", id="clean-up-excellent"),
    pytest.param("Peter Holm described the Norland Mining Company's safety record as shameful.", "Peter Holm",
                 "Norland Mining Company", "oppose", id="record-shameful"),
])
def test_label_as_phrase_hung_on_the_object(nlp, body, speaker, target, stance):
    _check(nlp, body, "described", speaker, target, stance)


@pytest.mark.parametrize(("body", "speaker"), [
    pytest.param("The Kell Water Board said its price was fair and accused the Osk Farmers Guild of lying.",
                 "Kell Water Board", id="said-and-accused"),
    pytest.param("Ida Brandt said her plan was sound and urged the Dalby Council to adopt it.", "Ida Brandt",
                 id="said-and-urged"),
    pytest.param("The Vestby Rail Board said the timetable was ready and criticised the Tarn Drivers Union.",
                 "Vestby Rail Board", id="said-and-criticised"),
    pytest.param("Peter Holm said the report was accurate and blamed the Marrow Port Authority for the delay.",
                 "Peter Holm", id="said-and-blamed"),
    pytest.param("The Osk Teachers Federation said the strike was over and condemned the Kell Ministry of "
                 "Schools.", "Osk Teachers Federation", id="said-and-condemned"),
])
def test_speakers_own_next_verb_is_not_reported_content(nlp, body, speaker):
    _check(nlp, body, "said", speaker, None, "neutral")


@pytest.mark.parametrize(("body", "cue", "speaker", "target"), [
    pytest.param("The Kell Appeals Court ruled on Monday that the mine permit was void.\n\nThe Osk Herders Council, "
                 "which signed a grazing deal with the miners in 2020, said little.\n\nMayor Ida Brandt urged the "
                 "Norland Ministry of Mines to appeal the decision.", "urged", "Ida Brandt", "Kell Appeals Court",
                 id="signed-in-relative-clause"),
    pytest.param("The Norland Supreme Court ordered a new vote in the district.\n\nThe Norland Green Party, which "
                 "announced a boycott last year, stayed silent.\n\nSenator Peter Holm criticised the decision.",
                 "criticised", "Peter Holm", "Norland Supreme Court", id="announced-in-relative-clause"),
    pytest.param("The Vestby Council decided to close the harbour to cruise ships.\n\nThe Vestby Port Company, "
                 "which approved a new pier in May, was not consulted.\n\nTomas Reyna praised the decision.",
                 "praised", "Tomas Reyna", "Vestby Council", id="approved-in-relative-clause"),
    pytest.param("The Dalby Election Board ruled that the count was valid.\n\nThe Dalby Greens, who launched a "
                 "petition in June, met on Friday.\n\nAna Lee welcomed the ruling.", "welcomed", "Ana Lee",
                 "Dalby Election Board", id="launched-in-relative-clause"),
    pytest.param("The Marrow Water Board decided to cut supply at night.\n\nThe Marrow Farmers Guild, which "
                 "introduced a water levy in 2019, is split.\n\nPeter Holm condemned the decision.", "condemned",
                 "Peter Holm", "Marrow Water Board", id="introduced-in-relative-clause"),
])
def test_an_act_told_in_a_relative_clause_is_background(nlp, body, cue, speaker, target):
    row = statement(nlp, body, cue)
    assert same_name(speaker, row["speaker"]) and same_name(target, row["target"]), row
