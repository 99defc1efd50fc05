"""Parse helpers (``analysis/statements/grammar.py``): subject_of, phrase and span_text.

``subject_of`` climbs from a verb cue to the head of its speaker phrase; expected heads come from
its docstring: a plain subject; of two subjects the one next to the verb; a by-agent ("agent");
"was quoted as saying" gives the passive subject; object control ("urged X to condemn") and other
passives give none; a participle on a document noun ("posted a message blaming X") gives the
document's author.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis.pieces import Piece
from analysis.statements.grammar import phrase, span_text, subject_of
from analysis.statements.lexicon import lexicon


def subject(parsed, text: str, cue: str) -> tuple[str | None, str]:
    piece, _ = parsed(text)
    token = next(t for t in piece.doc if t.text == cue)
    head, how = subject_of(token, speech_lemmas=lexicon().speech_lemmas)
    return (head.text if head is not None else None), how


@pytest.mark.parametrize(("text", "cue", "head"), [
    pytest.param("The goalkeeper said the pitch was too hard.", "said", "goalkeeper", id="noun-subject"),
    pytest.param("Marta Olsen praised the young squad.", "praised", "Olsen", id="name-subject"),
    pytest.param("The Kell Rowing Club condemned the new fees.", "condemned", "Club", id="org-subject"),
    pytest.param("She warned that the ice was thin.", "warned", "She", id="pronoun-subject"),
    pytest.param("The city council voted to close the library and criticised the budget.", "criticised", "council",
                 id="conjoined-verb-shares-subject"),
    pytest.param("Vilnia became the first country to condemn the test.", "condemn", "Vilnia",
                 id="first-to-condemn-climbs-to-became"),
])
def test_plain_subject(parsed, text, cue, head):
    assert subject(parsed, text, cue) == (head, "subject")


def built(nlp, spec: str):
    """A Doc built by hand from "word/POS/dep/head" items (head: index of the head token), so that
    a tree the parser only sometimes gives (two subjects on one verb) can be tested as such."""
    items = [item.rsplit("/", 3) for item in spec.split()]
    words = [w for w, _, _, _ in items]
    doc = Doc(nlp.vocab, words=words, pos=[p for _, p, _, _ in items], deps=[d for _, _, d, _ in items],
              heads=[int(h) for _, _, _, h in items],
              lemmas=[{"said": "say", "told": "tell", "praised": "praise"}.get(w, w.lower()) for w in words])
    return doc


@pytest.mark.parametrize(("spec", "cue", "head"), [
    pytest.param("Norland/PROPN/nsubj/2 President/PROPN/nsubj/2 said/VERB/ROOT/2 ./PUNCT/punct/2",
                 "said", "President", id="two-before-verb"),
    pytest.param("The/DET/det/1 club/NOUN/nsubj/4 captain/NOUN/compound/3 Reyes/PROPN/nsubj/4 said/VERB/ROOT/4",
                 "said", "Reyes", id="two-before-verb-with-compound"),
    pytest.param("Kell/PROPN/nsubj/3 mayor/NOUN/compound/2 Roy/PROPN/nsubj/3 praised/VERB/ROOT/3 "
                 "the/DET/det/5 fans/NOUN/dobj/3", "praised", "Roy", id="two-before-judgement"),
    pytest.param("Hello/INTJ/ccomp/1 said/VERB/ROOT/1 Marsh/PROPN/nsubj/1 ,/PUNCT/punct/1 coach/NOUN/nsubj/1",
                 "said", "Marsh", id="two-after-verb-first-wins"),
    pytest.param("Orion/PROPN/nsubj/3 chief/NOUN/amod/2 Ames/PROPN/nsubj/3 told/VERB/ROOT/3 "
                 "staff/NOUN/dobj/3", "told", "Ames", id="two-before-told"),
])
def test_two_subjects_the_one_next_to_the_verb(nlp, spec, cue, head):
    doc = built(nlp, spec)
    token = next(t for t in doc if t.text == cue)
    found, how = subject_of(token, speech_lemmas=lexicon().speech_lemmas)
    assert (found.text, how) == (head, "subject")


@pytest.mark.parametrize(("text", "cue", "head"), [
    pytest.param("Norland President Anna Berg said the draw was fair.", "said", "Berg", id="title-name"),
    pytest.param("Club captain Tom Reyes said the fans had been superb.", "said", "Reyes", id="captain-name"),
    pytest.param("Kell mayor Ines Roy criticised the bus company.", "criticised", "Roy", id="mayor-name"),
    pytest.param("Vilnia's foreign minister Piet Alder said the talks had failed.", "said", "Alder",
                 id="possessive-minister-name"),
    pytest.param("Orion Mining chief executive Ruth Ames said output would fall.", "said", "Ames",
                 id="company-chief-name"),
])
def test_title_and_name_subject(parsed, text, cue, head):
    assert subject(parsed, text, cue) == (head, "subject")


@pytest.mark.parametrize(("text", "cue", "head"), [
    pytest.param("The new fees were criticised by the Harbour Board.", "criticised", "Board", id="criticised-by"),
    pytest.param("The decision was condemned by several players.", "condemned", "players", id="condemned-by"),
    pytest.param("The young driver was praised by the team principal.", "praised", "principal", id="praised-by"),
    pytest.param("The route change was welcomed by cyclists.", "welcomed", "cyclists", id="welcomed-by"),
    pytest.param("The delay, as suggested by the engineers, will last a week.", "suggested", "engineers",
                 id="as-suggested-by"),
])
def test_by_agent(parsed, text, cue, head):
    assert subject(parsed, text, cue) == (head, "agent")


@pytest.mark.parametrize(("text", "cue", "head"), [
    pytest.param("The mayor was quoted as saying the fountain would stay.", "saying", "mayor", id="quoted-as-saying"),
    pytest.param("The captain was heard saying that the referee was blind.", "saying", "captain", id="heard-saying"),
    pytest.param("The chef was quoted as saying that the menu would change.", "saying", "chef",
                 id="chef-quoted-as-saying"),
    pytest.param("The manager was cited as saying the stadium was safe.", "saying", "manager", id="cited-as-saying"),
    pytest.param("The senator was quoted as saying that taxes must fall.", "saying", "senator",
                 id="senator-quoted-as-saying"),
])
def test_quoted_as_saying(parsed, text, cue, head):
    assert subject(parsed, text, cue) == (head, "subject")


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("The league urged the clubs to condemn the chants.", "condemn", id="urged-to-condemn"),
    pytest.param("The union asked members to criticise the plan.", "criticise", id="asked-to-criticise"),
    pytest.param("The coach told the players to praise the fans.", "praise", id="told-to-praise"),
    pytest.param("The council encouraged residents to report the leaks.", "report", id="encouraged-to-report"),
    pytest.param("The board pressed the director to denounce the leak.", "denounce", id="pressed-to-denounce"),
    pytest.param("The singer was criticised for the short show.", "criticised", id="agentless-passive"),
    pytest.param("The suspect was stopped and asked for papers.", "asked", id="passive-patient"),
])
def test_no_speaker(parsed, text, cue):
    assert subject(parsed, text, cue) == (None, "")


@pytest.mark.parametrize(("text", "cue", "head"), [
    pytest.param("The striker posted a message blaming the referee.", "blaming", "striker", id="message-blaming"),
    pytest.param("The council issued a statement praising the volunteers.", "praising", "council",
                 id="statement-praising"),
    pytest.param("The club published a letter criticising the league.", "criticising", "club", id="letter-criticising"),
    pytest.param("The band shared a post thanking the fans.", "thanking", "band", id="post-thanking"),
    pytest.param("The ministry released a report condemning the dumping.", "condemning", "ministry",
                 id="report-condemning"),
])
def test_participle_on_document_gives_author(parsed, text, cue, head):
    assert subject(parsed, text, cue) == (head, "subject")


@pytest.mark.parametrize(("text", "cue", "head"), [
    pytest.param("The mayor opened a museum honouring the miners.", "honouring", "museum", id="museum-honouring"),
    pytest.param("The club unveiled a banner thanking the fans.", "thanking", "banner", id="banner-thanking"),
])
def test_participle_on_other_noun_gives_the_noun(parsed, text, cue, head):
    assert subject(parsed, text, cue) == (head, "modified")


# -- phrase and span_text --------------------------------------------------------------------------

def test_phrase_drops_relative_clause_and_apposition(parsed):
    piece, _ = parsed("The coach, who joined in May, said the pitch was poor.")
    coach = next(t for t in piece.doc if t.text == "coach")
    assert [t.text for t in sorted(phrase(coach), key=lambda t: t.i)] == ["The", "coach"]


@pytest.mark.parametrize(("prefix", "body", "words", "expected"), [
    pytest.param("", "The  Kell   Rowing Club said so.", ("Kell", "Club"), "Kell   Rowing Club",
                 id="inner-spaces-kept"),
    pytest.param("First piece. ", "Coach Anna Berg said the pitch was poor.", ("Anna", "Berg"), "Anna Berg",
                 id="offset-piece"),
    pytest.param("Some words before it. ", "The union's leader, Ray Dunn, spoke.", ("union", "Dunn"),
                 "union's leader, Ray Dunn", id="offset-with-punctuation"),
    pytest.param("", "Ticket prices rose by 10 % in May.", ("prices", "May"), "prices rose by 10 % in May",
                 id="spaced-percent"),
    pytest.param("x" * 40 + " ", "The club's  chief   medic said it.", ("club", "medic"), "club's  chief   medic",
                 id="long-offset"),
])
def test_span_text_is_the_paragraphs_own_substring(nlp, prefix, body, words, expected):
    text = prefix + body
    doc = nlp(body)
    piece = Piece(1, len(prefix), doc)
    first = next(t for t in doc if t.text == words[0])
    last = next(t for t in doc if t.text == words[1])
    tokens = [t for t in doc if first.i <= t.i <= last.i]
    out = span_text(tokens, text=text, offset=piece.offset)
    assert out == expected
    assert out in text


def test_span_text_empty():
    assert span_text([], text="anything", offset=0) == ""
