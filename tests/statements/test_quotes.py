"""Quotations and the cue each belongs to (``analysis/statements/quotes.py``).

Expected values follow the module's docstrings: a quotation is reported words with three words or
more or a closing punctuation mark; a quotation before its cue attaches when only the speaker's
words and punctuation stand between and no sentence ends there; one after its cue attaches when it
opens in the cue's sentence or after a colon, with only a short verb-free bridge (addressee, time,
place) between, and not to a cue that has an object of its own (unless that object is the person
addressed).
"""

from __future__ import annotations

import re

import pytest

from analysis.statements.quotes import Quote, attach_quote, is_speech_quote, quote_spans

# -- quote_spans -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "inside"), [
    pytest.param('The coach said "we never gave up" after the final.', ["we never gave up"], id="one"),
    pytest.param('"Rents rose," the agency said, "and will rise again."', ["Rents rose,", "and will rise again."],
                 id="two-around-cue"),
    pytest.param('The notice read "closed until further', ["closed until further"], id="unclosed-runs-to-end"),
    pytest.param("The mayor said nothing at all.", [], id="none"),
    pytest.param('A "fair" deal and a "quick" vote.', ["fair", "quick"], id="two-short-terms"),
])
def test_quote_spans(text, inside):
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == inside
    assert all(text[s - 1] == '"' for s, _ in spans)


# -- is_speech_quote -------------------------------------------------------------------------------

@pytest.mark.parametrize(("quoted", "speech"), [
    pytest.param("We condemn it,", True, id="short-with-comma"),
    pytest.param("The plan will fail", True, id="four-words"),
    pytest.param("Never.", True, id="one-word-full-stop"),
    pytest.param("Go!", True, id="one-word-exclamation"),
    pytest.param("Is it fair?", True, id="question"),
    pytest.param("fair play rules", True, id="three-words-no-punctuation"),
    pytest.param("success", False, id="cited-term"),
    pytest.param("latest achievements", False, id="two-word-term"),
    pytest.param("fair play", False, id="two-words"),
    pytest.param("unusual", False, id="one-word-label"),
])
def test_is_speech_quote(quoted, speech):
    assert is_speech_quote(quoted) is speech


# -- attach_quote ----------------------------------------------------------------------------------

def attached(parsed, text: str, cue: str, speaker: str = "", *, addressed: bool = False) -> str | None:
    """The inside of the quotation ``attach_quote`` gives the first token ``cue``, or None."""
    piece, text = parsed(text)
    quotes = [Quote(s, e) for s, e in quote_spans(text)]
    token = next(t for t in piece.doc if t.text == cue)
    allowed = set(re.findall(r"\w+", speaker.lower())) | {"s"}
    quote = attach_quote(token, offset=0, text=text, quotes=quotes, allowed=allowed, addressed=addressed)
    return text[quote.start:quote.end] if quote else None


@pytest.mark.parametrize(("text", "cue", "speaker", "expected"), [
    pytest.param('"The pitch was far too wet," the referee said.', "said", "the referee",
                 "The pitch was far too wet,", id="quote-comma-subject-said"),
    pytest.param('"We will appeal the fine," said Marta Olsen.', "said", "Marta Olsen",
                 "We will appeal the fine,", id="quote-said-subject"),
    pytest.param('"Our budget is balanced," Councillor Ruth Ames told the meeting.', "told", "Councillor Ruth Ames",
                 "Our budget is balanced,", id="quote-long-subject-told"),
    pytest.param('"Profits rose in every quarter," the company\'s chief executive said.', "said",
                 "the company's chief executive", "Profits rose in every quarter,", id="quote-possessive-subject"),
    pytest.param('"The samples were clean," lab director Ivo Marsh wrote on Friday.', "wrote",
                 "lab director Ivo Marsh", "The samples were clean,", id="quote-subject-wrote"),
    pytest.param('"Ticket prices will double". The club said so on Friday.', "said", "The club",
                 None, id="sentence-ends-outside-quote"),
    pytest.param('"Fares will rise," the mayor warned, and the council said nothing.', "said", "the council",
                 None, id="another-speaker-between"),
])
def test_attach_before_cue(parsed, text, cue, speaker, expected):
    assert attached(parsed, text, cue, speaker) == expected


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param('"Ticket prices will double." The club said nothing else on Friday.', "said", "The club",
                 id="full-stop-inside-quote"),
])
def test_attach_before_cue_not_across_sentence_end_inside_quote(parsed, text, cue, speaker):
    assert attached(parsed, text, cue, speaker) is None


def test_quote_after_the_cue_wins_over_a_closed_one_before(parsed):
    text = ('Mayor Ada Park wrote "We stand with the nurses." Governor Ivo Marsh replied, '
            '"Today I am with them too."')
    assert attached(parsed, text, "replied", "Governor Ivo Marsh") == "Today I am with them too."


@pytest.mark.parametrize(("text", "cue", "addressed", "expected"), [
    pytest.param('The coach said: "We never gave up."', "said", False, "We never gave up.", id="colon"),
    pytest.param('The goalkeeper told reporters after the final whistle "We were never in danger."', "told", True,
                 "We were never in danger.", id="qsep-addressee-and-time"),
    pytest.param('Mayor Ines Roy told the council on Tuesday "the bridge must close for a month."', "told", True,
                 "the bridge must close for a month.", id="qsep-addressee-and-day"),
    pytest.param('The curator said on Monday "the painting had been cleaned twice."', "said", False,
                 "the painting had been cleaned twice.", id="qsep-time-phrase"),
    pytest.param('The union said of the plan: "It helps nobody at all."', "said", False,
                 "It helps nobody at all.", id="qsep-said-of-colon"),
    pytest.param('The minister said in a radio interview that evening: "We will not back down."', "said", False,
                 "We will not back down.", id="qsep-place-time-colon"),
    pytest.param('The coach said the squad had trained hard all week: "We were ready for them."', "said", False,
                 "We were ready for them.", id="qsep-reported-clause-then-colon"),
])
def test_attach_after_cue(parsed, text, cue, addressed, expected):
    assert attached(parsed, text, cue, addressed=addressed) == expected


@pytest.mark.parametrize(("text", "cue", "addressed"), [
    pytest.param('The coach said little. "We were robbed," a fan shouted.', "said", False,
                 id="quote-in-next-sentence"),
    pytest.param('The mayor spoke briefly. Later a reporter wrote: "The hall was half empty."', "spoke", False,
                 id="next-sentence-colon-belongs-to-other-cue"),
    pytest.param('The board approved the budget on Friday "after a long and tense debate."', "approved", False,
                 id="own-object-approved"),
    pytest.param('The coach thanked the fans after the match "for all their noise and patience."', "thanked", False,
                 id="own-object-thanked"),
    pytest.param('The referee said the game was over and the players left the pitch "in complete silence."',
                 "said", False, id="own-clause-before-quote"),
    pytest.param('The coach said after the players had gone home "we were simply not good enough."', "said", False,
                 id="bridge-holds-a-verb"),
    pytest.param('The captain said at the end of a long and very wet evening at the old ground by the river '
                 'in the north "we deserved that."', "said", False, id="bridge-too-long"),
])
def test_not_attached(parsed, text, cue, addressed):
    assert attached(parsed, text, cue, addressed=addressed) is None
