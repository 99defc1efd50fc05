"""Cues that only frame or carry others' words, and participles that belong to the reporter
(a part of :mod:`analysis.statements.detect`, kept apart for size).

* "according to" a person ("according to coach Ana Lind", "according to him") or to a named
  person's document ("a letter issued by X's office") reports that person's words, with a
  stance from their content; "according to" an outlet or an organisation stays a neutral report;
* "as quoted by X", "as cited by X" and an outlet "citing unnamed officials" only say
  through whom words came: no statement (README: an outlet carrying a speaker's words adds none);
* a participle cue after a comma, hanging from a passive clause with no agent ("announced the
  match had been called off, citing snow"), or a speech participle after the quotation it hangs
  from ('said fares "will rise," later adding ...'), is the reporting speaker's own cue, not
  part of the reported content;
* a participle hung by the parser on a time phrase ("attacked the plan, this time hinting
  ...") speaks for the subject of the verb the time phrase modifies;
* a reported clause misread as a noun phrase ("said Ana Roy needed surgery") still counts as
  the content of a speech verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.grammar import DOCUMENTS, has_child
from analysis.statements.lexicon import Lexicon


def personal_source(source: Token) -> bool:
    """A source of "according to" that speaks for itself: a person ("according to coach Ana
    Lind", "according to him"), or a document of a named person ("a letter issued by X's
    office"); a news outlet or an organisation stays a neutral report."""
    if source.ent_type_ == "PERSON" or source.lower_ in ("him", "her"):
        return True
    if source.lemma_.lower() not in DOCUMENTS:
        return False
    return any(t.ent_type_ == "PERSON" for t in source.subtree if t.i != source.i)


def carrier(token: Token, lex: Lexicon) -> bool:
    """A cue that only says through whom others' words came: "as quoted by X", "as cited by
    X" (the README: an outlet carrying a named speaker's words adds no statement), and an
    outlet "citing unnamed officials" or "citing sources" (its source, not its claim)."""
    lemma = token.lemma_.lower()
    if lemma in ("report", "quote", "cite") and token.tag_ == "VBN" and has_child(token, "agent") \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return True
    return lemma == "cite" and any(c.dep_ == "dobj" and c.lower_ in lex["unnamed_sources"]
                                   for c in token.children)


def dangling(token: Token) -> bool:
    """A participle cue after a comma, hanging from a passive clause with no agent ("the match
    had been called off, citing snow"): the clause's subject cannot cite, so the participle is
    the reporting speaker's, not part of what was reported. So is a speech participle after the
    end of a quotation it hangs from ('said fares "will rise," later adding ...')."""
    clause = token.head
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i <= clause.i:
        return False
    marks = [t for t in token.doc[clause.i:token.i] if t.text == '"']
    if len(marks) % 2 == 1 and token.lemma_.lower() in ("say", "add", "note", "write", "tell"):
        return True  # 'said fares "will rise," later adding ...': the quote closed before it
    return (has_child(clause, "nsubjpass") and not has_child(clause, "agent")
            and token.i > 0 and token.doc[token.i - 1].text == ",")


def misread_clause(token: Token) -> bool:
    """A reported clause the parser read as a noun phrase: "said Ana Roy needed surgery" parsed
    as said [Ana Roy needed surgery] with "needed" an adjective of "surgery"; a name followed by
    a past-tense verb in the object counts as a clause complement."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            if t.tag_ in ("VBD", "VBN") and t.dep_ == "amod" and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN" \
                    and t.doc[t.i - 1].i > token.i:
                return True
    return False


def adverbial_host(token: Token) -> Token:
    """The verb whose subject speaks for a participle the parser hung on a time phrase ("X
    attacked the plan, this time hinting ..., and urging ...": "hinting" read as a
    relative clause of "time"): the verb the time phrase modifies; otherwise the cue itself."""
    base = token
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    if base.tag_ == "VBG" and base.dep_ == "relcl" and base.head.dep_ == "npadvmod":
        return base.head.head
    return token
