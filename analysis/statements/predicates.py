"""What a reported clause says of its target, read off spaCy's parse for the stance stage
(:mod:`~analysis.statements.polarity`).

:func:`predicate_of_target` finds the words that say something of the target (the core of the
clause it is the subject of, or the word governing it as an object) and whether their verb is
negated (:func:`negated`); :func:`core` is a clause's predicate core; :func:`mentions_of` lists
the target's mentions in the cue's content.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.detect import CueHit
from analysis.statements.evaluation import NEGATIONS, said_of_subject, wrong_done_by
from analysis.statements.lexicon import Lexicon
from analysis.statements.reported import Target

_NEGATIVE_SUBJECTS = frozenset({"nobody", "nothing", "none", "noone", "neither"})
#: Tribute words that can be said of a person or of their death after a linking verb ("the death
#: of X was a tragic loss", "X was a fallen hero"); feelings ("X was devastated") are X's own.
_TRIBUTE_LABELS = frozenset({"loss", "tragic", "tragedy", "hero", "heroic", "fallen"})
#: Prepositions that put a name beside the subject rather than make it the subject's maker.
_BYSTANDER_PREPS = frozenset({"with", "between", "among", "in", "at", "near", "across", "inside", "outside"})


def mentions_of(hit: CueHit, target: Target) -> list[Token]:
    """The target's token, then the other tokens of the cue's content written the same way:
    each mention is read for evaluation ("X is big. Without X the zone would have failed")."""
    if target.token is None:
        return []
    scope = [*hit.content, *hit.quoted]
    same = [t for t in scope if t.text == target.token.text and t.i != target.token.i]
    return [target.token, *sorted({t.i: t for t in same}.values(), key=lambda t: t.i)]


def predicate_of_target(hit: CueHit, target: Target, lex: Lexicon) -> tuple[list[Token], bool]:
    """The words that say something of the target, and whether their verb is negated: for a
    subject, its clause's core without the subject phrase ("X was not fair"); for an object, the
    word that governs it ("everyone loves the singing of X", "grateful to X"), its adverbs and
    a negative subject ("nobody trusts X"); nothing for a mere mention elsewhere."""
    scope = {t.i for t in hit.content} | {t.i for t in hit.quoted}
    if target.token is None or target.token.i not in scope:
        return [], False
    head = target.token
    while head.dep_ in ("compound", "poss", "amod", "det", "flat", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "for":
        return [], False  # "a big win for X", "good for X": what X gains, not what X is worth
    subject = head
    while subject.dep_ not in ("nsubj", "nsubjpass", "attr") and subject.dep_ in (
            "pobj", "prep", "agent", "acl", "compound", "poss", "amod", "appos", "conj") \
            and subject.head.i != subject.i:
        if subject.dep_ == "prep" and subject.lower_ in _BYSTANDER_PREPS:
            return [], False  # "the talks with X collapsed": X takes part, the talks are judged
        subject = subject.head  # "the tariffs imposed by X are a mistake": X in the subject phrase
    if subject.dep_ == "attr" and subject.head.lemma_.lower() == "be" and head.dep_ == "pobj" \
            and head.head.lower_ in ("from", "of", "by"):  # "the stadium is a gift from X"
        own = {t.i for t in head.subtree}
        return [t for t in subject.subtree if t.i not in own], negated(subject.head)
    if subject.dep_ in ("nsubj", "nsubjpass"):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in subject.head.children):
            return [], False  # "to confirm whether X is fit": a question, not a judgement
        words = said_of_subject(subject.head, core(subject.head), lex, also=_TRIBUTE_LABELS,
                                negated=negated(subject.head))  # "X will join", "X was injured": no judgement
        if subject.i != head.i and subject.lemma_.lower() in lex["judgement_words"]:
            words.append(subject)  # "the lies of X", "X's triumph" judge X
        comparative = any(t.tag_ in ("JJR", "RBR") and t.lower_ not in ("more", "less") for t in words)
        return words, negated(subject.head) and not comparative  # "never been better": praise
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "without" and governor.head.pos_ in ("VERB", "AUX") \
            and governor.head.i != hit.token.i:
        verb = governor.head  # "without X, Y would fail": for X; "... would thrive": against X
        return [*core(verb), *(t for c in verb.conjuncts for t in core(c))], not negated(verb)
    for _ in range(4):
        if governor.i == hit.token.i:
            return [], False
        if governor.pos_ in ("VERB", "ADJ") and governor.dep_ != "amod":
            if governor.pos_ == "VERB" and governor.lemma_.lower() not in lex["attitude_verbs"] \
                    and not wrong_done_by(head, governor, lex):
                return [], False  # "the floods devastated X", "critics attacked X": done to X, not judging X
            words = [governor, *(c for c in governor.children if c.dep_ in ("advmod", "neg", "acomp"))]
            return words, negated(governor)
        if governor.head.i == governor.i:
            break
        governor = governor.head
    return [], False


def negated(verb: Token) -> bool:
    """A negation on the verb ("was not fair", "hardly helps"), or a negative subject or object
    ("nobody trusts X", "the plan helps nobody")."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS)
               or (c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _NEGATIVE_SUBJECTS)
               for c in verb.children)


def core(verb: Token) -> list[Token]:
    """A clause's predicate core: the verb with its complements (objects, predicates, open
    clauses, adverbs, an "as" or "like" predicate: "serves as a lifeline", "behaved like a pirate
    state"), without the subject, adjuncts
    of place, time and cause, and relative clauses ("would reopen after a painful repair" ->
    "would reopen")."""
    out = [verb]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "relcl", "advcl", "mark", "punct", "cc", "conj"):
            continue
        if child.dep_ == "prep" and child.lower_ not in ("of", "for", "against", "with", "to", "as", "like") and not (
                child.lower_ == "in" and any(t.tag_ == "JJR" for t in child.subtree)):
            continue  # "in better shape" is said of the subject; "sold at lower prices" is how
        out.extend(core(child) if child.dep_ in ("xcomp", "ccomp", "dobj", "attr", "acomp", "oprd", "prep",
                                                 "pobj", "amod", "compound", "advmod", "neg", "aux", "prt")
                   else [child])
    return out
