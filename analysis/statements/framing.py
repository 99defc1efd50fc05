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
  the content of a speech verb;
* a nominal label or judgement whose holder the parse hides: "the branding of X as Y by Z" (the
  by-phrase hung on the label), "X condemned the raids, but the rare branding of Y as Z ..."
  (no holder of its own, in a clause joined to one whose subject takes a position: that subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.grammar import DOCUMENTS, has_child, subject_of
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
    a past-tense verb in the object counts as a clause complement, and so does a participle the
    parser made an adjective but gave a subject and an auxiliary ('saying pumps had "stolen" water')."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            if t.tag_ in ("VBD", "VBN") and t.dep_ == "amod" and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN" \
                    and t.doc[t.i - 1].i > token.i:
                return True
            if t.tag_ in ("VBD", "VBN") and t.dep_ == "amod" and has_child(t, "nsubj") and has_child(t, "aux"):
                return True  # 'saying pumps had "stolen" water': the verb kept its subject and auxiliary
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


def label_agent(preps: dict[str, Token]) -> Token | None:
    """The holder of a nominal label hidden in its "as" phrase: "the branding of X as a rogue state
    by Z" parsed with "by Z" under "state": Z, a name."""
    label = preps.get("as")
    if label is None:
        return None
    for t in label.subtree:
        if t.dep_ == "prep" and t.lower_ == "by":
            agent = next((g for g in t.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if agent is not None:
                return agent
    return None


def coordinated_holder(token: Token, lex: Lexicon) -> Token | None:
    """The holder of an agentless nominal label or judgement that is the subject of a clause joined
    to another ("the town has condemned the fines, but the rare branding of X as Y rang loud"):
    the subject of the first clause, when that clause takes a position (a cue verb in it). A
    nominal cue in a clause of its own ("there was concern") keeps no holder."""
    clause = token.head
    if token.dep_ == "conj" and clause.pos_ == "VERB" and clause.i < token.i:
        first, clause = clause, token  # "... condemned the fines, but the branding of X ...": joined to the verb
    elif token.dep_ == "conj" and clause.dep_ == "dobj" and clause.head.pos_ == "VERB" and clause.i < token.i:
        first, clause = clause.head, token  # "... in condemning the raids but the branding of X ...": to its object
    elif token.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "conj" and clause.head.i != clause.i:
        first = clause.head
    else:
        return None
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or subject_of(first, speech_lemmas=lex.speech_lemmas)[0]  # "has stood firm in condemning ..."
    if subject is None or subject.i > token.i:
        return None
    own = {t.i for t in clause.subtree}
    taken = any(t.pos_ == "VERB" and lex.is_cue_lemma(t.lemma_.lower()) for t in first.subtree
                if t.i not in own and t.i > subject.i and t.i < token.i)
    return subject if taken else None


def bare_content_verb(verb: Token, lex: Lexicon) -> bool:
    """A cue lemma used without the content it needs to be a cue ("X's recommendation was
    accepted": "accept" is speech only with a clause, "accepted that ..."), so a nominal cue under
    it is not the object of another cue."""
    word = lex.verb(verb.lemma_.lower())
    return word is not None and word.needs_content and not any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children)
