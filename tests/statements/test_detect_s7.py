"""Cue rules added in session 7 (``detect.py``, ``nesting.py``, ``quotes.py``), on invented topics.

- a clause with its own subject joined to a reported one ("..., while X seconded ...", "..., and
  X accused ...") is the reporter's, not reported content;
- the verb of an accusation's "of" complement ("accused X of siding with Y") and a full passive
  with a by-agent inside reported content ("adding that it had been approved by X") are content;
- a participle ending a reported clause whose subject cannot speak is the reporter's ("announced
  that the port would close, calling the measure painful");
- "Asked about X, Y said" and a participle right after the verb's object ("seconded a motion
  calling for ...", but not "published a letter praising X") are no statements of their own;
- labels after a compound object the parser split ("called the pay offer an insult") and the
  quotation a relative clause calls its head ('a measure the party had called "..."');
- an inverted attribution after a quotation the parser broke ('"...," the union's head, X, told').
"""

from __future__ import annotations

import pytest

from tests.statements.conftest import same_name


def speakers_by_cue(article, text: str) -> dict[str, list[str]]:
    """Cue word (lower-cased token) -> named speakers, over the driver's loop."""
    out: dict[str, list[str]] = {}
    for hit, speakers in article(text).run():
        out.setdefault(hit.token.lower_, []).extend(s.name for s in speakers if not s.unnamed)
    return out


# -- a clause of its own joined to the reported one ----------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("Ida Brandt said the tax was unfair, while the Kell chairman, Tom Reyes, seconded a motion "
                 "to scrap it.", "seconded", "Tom Reyes", id="while-seconded"),
    pytest.param("The mayor said the bridge was safe, while the Vilnia Party criticised the repairs.",
                 "criticised", "Vilnia Party", id="while-criticised"),
    pytest.param("Police said that two men had been arrested, and the Kell Rights League accused officers "
                 "of brutality.", "accused", "Kell Rights League", id="and-accused"),
    pytest.param("The club said ticket sales had doubled, and the Norland Fans Union condemned the new prices.",
                 "condemned", "Norland Fans Union", id="and-condemned"),
    pytest.param("Tom Reyes said the harbour would reopen, whereas the Dockers' Guild warned that it was unsafe.",
                 "warned", "Guild", id="whereas-warned"),
])
def test_own_clause_is_the_reporters(article, text, cue, speaker):
    names = speakers_by_cue(article, text).get(cue)
    assert names and same_name(speaker, names[0]), names


# -- content of an accusation, passives inside reported content --------------------------------------

@pytest.mark.parametrize(("text", "inner"), [
    pytest.param("The union accused the Kell government of siding with the owners.", "siding", id="siding"),
    pytest.param("Ida Brandt accused the council of backing the developers.", "backing", id="backing"),
    pytest.param("The league accused the club of praising violent fans.", "praising", id="praising"),
    pytest.param("Tom Reyes criticised the board for supporting the merger.", "supporting", id="supporting"),
    pytest.param("The Vilnia Party accused the mayor of endorsing the polluters.", "endorsing", id="endorsing"),
    pytest.param("Ida Brandt said fares would rise, adding that the rise had been approved by the Kell Council.",
                 "approved", id="approved-by"),
    pytest.param("The union said the plant would close, noting that the closure had been recommended by the "
                 "Vilnia Board.", "recommended", id="recommended-by"),
    pytest.param("The mayor said that the tax had been rejected by the Kell Assembly.", "rejected",
                 id="rejected-by"),
    pytest.param("Ida Brandt said the plan had been criticised by the Vilnia Party.", "criticised",
                 id="criticised-by"),
    pytest.param("Tom Reyes said the match would go ahead after it had been backed by the Norland League.",
                 "backed", id="backed-by"),
])
def test_content_of_another_cue_is_no_cue(article, text, inner):
    assert inner not in speakers_by_cue(article, text)


# -- the reporter's participle ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("The Kell Ministry announced that the port would close for a week, calling the measure painful.",
                 "calling", "Kell Ministry", id="port-calling"),
    pytest.param("Ida Brandt said the festival would move to June, describing the change as unavoidable.",
                 "describing", "Ida Brandt", id="festival-describing"),
    pytest.param("Tom Reyes announced that the tram line would be extended, calling it overdue.",
                 "calling", "Tom Reyes", id="tram-it"),
    pytest.param("The Vilnia Council said the library would shut on Sundays, calling the decision regrettable.",
                 "calling", "Vilnia Council", id="library-calling"),
    pytest.param("The Kell Union said the strike would continue, branding the offer an insult.",
                 "branding", "Kell Union", id="strike-branding"),
])
def test_participle_after_reported_clause_is_the_reporters(article, text, cue, speaker):
    names = speakers_by_cue(article, text).get(cue)
    assert names and same_name(speaker, names[0]), names


# -- passive participles and participles of the object -----------------------------------------------

@pytest.mark.parametrize(("text", "participle"), [
    pytest.param("Asked about the claims, Ida Brandt said she was calm.", "asked", id="asked-about"),
    pytest.param("Asked whether the pool would close, Tom Reyes said no decision had been made.", "asked",
                 id="asked-whether"),
    pytest.param("Pressed on the cost, the Kell mayor Ida Brandt said the budget would hold.", "pressed",
                 id="pressed-on"),
    pytest.param("Questioned about the delay, Tom Reyes said the trains were old.", "questioned",
                 id="questioned-about"),
    pytest.param("Asked about Brandt's remarks, Tom Reyes said he respected her.", "asked", id="asked-remarks"),
    pytest.param("Tom Reyes seconded a motion in the Kell Senate calling for an audit.", "calling",
                 id="motion-calling"),
    pytest.param("Ida Brandt signed a petition urging the council to save the pool.", "urging",
                 id="petition-urging"),
    pytest.param("The Kell Union tabled a resolution condemning the cuts.", "condemning", id="resolution-condemning"),
    pytest.param("Ida Brandt backed an amendment criticising the budget.", "criticising", id="amendment-criticising"),
    pytest.param("The mayor opened a museum praising local miners.", "praising", id="museum-praising"),
])
def test_passive_or_object_participle_has_no_statement_of_the_subject(article, text, participle):
    """The subject neither asked nor calls for what its object calls for."""
    names = speakers_by_cue(article, text).get(participle, [])
    assert not any(same_name(n, "Ida Brandt") or same_name(n, "Tom Reyes") or "Union" in n for n in names), names


# -- labels the parser hides ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The Kell Union called the pay offer an insult.", "Kell Union", id="pay-offer-insult"),
    pytest.param("Ida Brandt called the bus plan a disgrace.", "Ida Brandt", id="bus-plan-disgrace"),
    pytest.param("It ended with a pension fund, a measure the Kell Party had called \"the least this country "
                 "owes them\".", "Kell Party", id="relative-quote"),
    pytest.param("The ban was lifted in May, a step the Vilnia Traders' Guild had called \"long overdue\".",
                 "Vilnia Traders' Guild", id="relative-overdue"),
    pytest.param("The new stadium, a project Tom Reyes once called \"a monument to waste\", opened on Friday.",
                 "Tom Reyes", id="relative-monument"),
])
def test_hidden_label_is_a_cue(article, text, speaker):
    names = speakers_by_cue(article, text).get("called")
    assert names and same_name(speaker, names[0]), names


# -- an inverted attribution the parser broke -----------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("\"Teachers have given this country six years, six months and twenty-three days of work that "
                 "the state still refuses to recognise,\" the federation's secretary-general, Ida Brandt, told "
                 "several thousand people gathered outside the ministry in Kell.", "Ida Brandt", id="federation"),
    pytest.param("\"We never gave up,\" the club's captain, Tom Reyes, told reporters after the final whistle.",
                 "Tom Reyes", id="captain"),
    pytest.param("\"The river is dying and nobody in the capital has lifted a finger to save it,\" the "
                 "league's founder, Ida Brandt, told a crowd of anglers on the bridge in Vilnia.", "Ida Brandt",
                 id="founder"),
    pytest.param("\"Fares will rise again next spring, whatever the minister promises,\" the Kell Rail "
                 "Company's chief, Tom Reyes, told the council.", "Tom Reyes", id="chief"),
    pytest.param("\"We will not pay,\" said Tom Reyes, the chairman of the Kell Union.", "Tom Reyes",
                 id="said-inverted"),
])
def test_inverted_attribution_after_a_quote(article, text, speaker):
    found = speakers_by_cue(article, text)
    names = found.get("told") or found.get("said")
    assert names and same_name(speaker, names[0]), found


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("Tom Reyes published a letter praising the nurses.", "praising", "Tom Reyes", id="letter"),
    pytest.param("The Kell Union posted a message blaming the owners.", "blaming", "Kell Union", id="message"),
])
def test_document_participle_stays_its_authors(article, text, cue, speaker):
    names = speakers_by_cue(article, text).get(cue)
    assert names and same_name(speaker, names[0]), names
