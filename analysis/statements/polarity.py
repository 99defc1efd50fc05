"""Stance toward the target: from the cue, the requested action, or evaluation aimed at it.

:func:`stance_of` decides, in order:

1. reports and denials are neutral; judgements and acts carry their own stance (condemn ->
   oppose, praise -> support, expel -> oppose, sign -> support), except an oppose judgement of
   a person's death, which grieves them ("lamented the death of X" -> support), and alarm on
   someone's behalf ("concern for X", "fears for X's safety" -> support);
2. requests take the stance of the requested action: hostile actions (sanctions, sever ties)
   oppose, friendly ones (help, recognise) support, a requested judgement takes its own stance
   ("urged fans to question the league" -> oppose); a call on X to restrain itself opposes X; a
   call for something that names no one ("called for a ceasefire") supports it; a request
   coordinated after a judgement ("accused X and urged Y to ...") takes the judgement's stance;
3. labels take the evaluation of the label ("called the plan reckless" -> oppose; a descriptive
   label, "unusual", a superlative, "the worst in the world", a state, "tired but happy", or
   a label of a calamity, "called the flood a disaster", is neutral; a tribute to a person, "a
   fallen hero", supports);
4. reported speech takes a stance only from evaluation aimed at the target: solidarity with it
   ("we are with X", "pray for X") supports; the target as subject of a predicate that judges
   it ("X is corrupt", "X is a reliable partner", "X had bribed the judges"), as object of a
   verb of attitude ("nobody trusts X", "everyone loves X"), as doer of a wrong done by or under
   it ("bribed by X", "wrongfully jailed under X"), under a hostile or friendly action intended
   or required ("would defeat X", "X must be punished"), or as the one mourned or honoured
   ("devastated to lose X"); with no target entity, a linking clause whose complement judges
   conduct or a decision ("said the fine was unfair", "the study was badly flawed") takes that
   judgement's stance; otherwise neutral ("the storm caused terrible damage", "the winter was
   brutal"). What befalls or is felt by the target ("X faced a long recovery", "X won the
   contract", "X was injured", "X were the winners"), what is done to it ("the floods devastated
   X", "critics attacked X", "said troops had defeated X"), and its own act other than
   wrongdoing ("X will join", "X would ban imports") judge nothing
   (:func:`analysis.statements.evaluation.said_of_subject`). A judgement noun heading the
   target's phrase ("the lies of X", "X's triumph") judges it; a judged clause ('"Closing the
   clinic is a grave error"') counts when the target gets no evaluation of its own, and so does
   a decision, rule, levy or practice judged by its verb ("the tax has ruined small farms", "the
   new rule helps", "the toll costs X a fortune"); a character label on the target ("X
   terrorists", "the corrupt X") and the speaker's own warning to it ("we warn X") judge it; the
   doer of a nominal action ("the support of volunteers from X") is not its aim. A speech participle
   with no stance of its own elaborates the judgement or act before it ("criticised X, saying
   ...", "a letter accusing X, saying ...") or a fronted one ("Calling it a disgrace, X said").
   With no evaluation of the target, the speaker's own intent to contest ("said it would
   appeal") or means of pressure ("would call a general strike"), a warning of a grim outcome
   ("would make life unbearable"), a complaint ("no family should have to choose", "we have
   waited two years"), its own judgement told ("said he had backed it"), hindsight ("should have set a higher price"), its own feeling ("said it was deeply
   disappointed") and a judging participle after the cue or a judgement before it in the same
   coordination ("told reporters ..., accusing X", "praised X and said ...") take a stance
   (:mod:`analysis.statements.positions`). Evaluation is read from word valences (:mod:`analysis.statements.evaluation`: VADER's
   lexicon with the news additions), a negation in the clause reversing it, only the part after
   a contrast ("fine aim, yet ...") counting.

Returns the stance and whether it is a default (neutral for want of evidence), which lowers
the statement's confidence. What a clause says of its target is read by
:mod:`~analysis.statements.predicates`.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from analysis.statements.detect import CueHit
from analysis.statements.evaluation import (
    LINKING,
    REVERSING,
    done_act,
    done_by_thing,
    done_by,
    elaborated_position,
    feared_for,
    grieved,
    label_on,
    threatened,
    valence,
)
from analysis.statements.lexicon import Lexicon
from analysis.statements.positions import (
    accusation_idiom,
    complaint,
    coordinated_judgement,
    followed_by_judgement,
    hindsight,
    in_protest,
    own_feeling,
    own_position,
    pressed_action,
    solidarity,
    tribute,
    vowed_contest,
    warned_harm,
)
from analysis.statements.predicates import core, mentions_of, negated, predicate_of_target
from analysis.statements.targets import Target

#: Sum of word valences (VADER scale, -4..4) that counts as evaluation.
EVALUATION_THRESHOLD = 1.0
#: Label valence that counts; descriptive labels ("unusual", "historic") stay below it.
LABEL_THRESHOLD = 1.0
#: Words of grief and tribute: negative valence, supportive of the person they are said of.
_TRIBUTE = frozenset({"loss", "mourn", "mourning", "tragic", "tragedy", "grief", "condolence",
                      "condolences", "hero", "heroic", "sorrow", "tribute", "memory", "rest",
                      "peace", "prayers", "pray", "fallen", "heartbroken", "saddened", "devastated",
                      "miss"})

#: Verbs that say, used alone, that a decision or policy does what it was for ("the plan worked").
_WORKS = frozenset({"work", "deliver"})


class Stance(NamedTuple):
    value: str  # support | oppose | neutral
    default: bool  # neutral for want of evidence
    how: str = "rules"  # "learned": a side the experiment bench/stance_sides.py gave a default


def _sign(total: float, threshold: float) -> str:
    if total >= threshold:
        return "support"
    if total <= -threshold:
        return "oppose"
    return "neutral"


def stance_of(hit: CueHit, target: Target, *, actions: list[Token], lex: Lexicon) -> Stance:
    """The stance of a cue toward its target (rules 1-4 of the module docstring)."""
    word = hit.word
    if word.family == "report" or hit.token.lemma_.lower() in ("deny", "denial") or target.how == "denial":
        return Stance("neutral", False)
    if word.stance == "oppose" and word.family == "judgement" and (grieved(hit, target) or feared_for(hit, target)):
        return Stance("support", False)  # "lamented the death of X", "concern for X"
    if word.stance is not None:
        return Stance(word.stance, False)
    if word.family == "request":
        stance = _request_stance(hit, target, actions=actions, lex=lex)
        joined = coordinated_judgement(hit.token, lex) if stance.default else None
        return Stance(joined, False) if joined else stance  # "accused X and urged Y to ..."
    if word.family == "label":
        label = list(hit.label) or hit.quoted
        inside = {t.i for t in hit.label}
        if hit.quoted and inside and all(t.i in inside for t in hit.quoted):
            label = list(hit.quoted)  # 'as "barbaric" rang loud ... which has as yet ...': the quoted label
        if not label:
            return Stance("neutral", True)
        if {t.lower_ for t in label} & _TRIBUTE and target.name is not None:
            return Stance("support", False)  # "called her a fallen hero"
        if any(t.tag_ in ("JJS", "RBS") for t in label) or all(
                t.lower_ in lex["state_words"] for t in label if valence([t])):
            return Stance("neutral", True)  # "the worst in the world": a measure; "tired but happy": a state
        labelled = [g for c in hit.token.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of")
                    for g in (c, *c.children) if g.pos_ == "NOUN"]
        if labelled and labelled[0].lemma_.lower() in lex["calamities"]:
            return Stance("neutral", True)  # "called the flood a disaster": judges no one
        return Stance(_sign(valence(label), LABEL_THRESHOLD), False)
    stance = _speech_stance(hit, target, actions=actions, lex=lex)
    elaborated = (elaborated_position(hit.token, lex) or followed_by_judgement(hit.token, lex)
                  or coordinated_judgement(hit.token, lex)) if stance.default else None
    return Stance(elaborated, False) if elaborated else stance  # "criticised X, saying ..."


def _action_stance(actions: list[Token], lex: Lexicon) -> str:
    """The stance of the requested or foretold action words; a word of a name is none ("before the
    Court of Justice": no call for justice)."""
    actions = [t for t in actions if t.pos_ != "PROPN"]
    if any(_staying_away(t) for t in actions):
        return "oppose"  # "asked members to stay away from X"
    lemmas = {t.lemma_.lower() for t in actions} | {t.lower_ for t in actions}
    if lemmas & (lex["hostile_actions"] | lex["contest_actions"] | lex["disclosure_demands"]):  # "to appeal the ruling"
        return "oppose"
    if lemmas & lex["friendly_actions"]:
        return "support"
    for token in actions:
        judged = lex.verb(token.lemma_.lower()) if token.pos_ == "VERB" else lex.noun(token.lemma_.lower())
        if judged is not None and judged.family in ("judgement", "act") and judged.stance != "neutral":
            return judged.stance
    return "neutral"


_OBLIGATION = frozenset({"should", "must", "ought", "has", "have", "need", "needs"})


def _owed_by(target: Target, actions: list[Token], lex: Lexicon) -> bool:
    """The target, as subject, told it ought to do a hostile act to itself ("X should apologise",
    "X must resign", "X has to step down") or to end its own act ("X must stop the evictions", "X
    should withdraw the fees": a cease verb whose object names no one): a demand against X."""
    if target.token is None or target.token.dep_ not in ("nsubj", "compound", "flat"):
        return False
    subject = target.token
    while subject.dep_ in ("compound", "flat") and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    if subject.dep_ != "nsubj" or verb not in actions or verb.pos_ != "VERB" or negated(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    ceased = verb.lemma_.lower() in lex["cease_verbs"] and not any(t.ent_type_ for c in objects for t in c.subtree)
    demanded = verb.lemma_.lower() in lex["disclosure_demands"]  # "X must justify the fees"
    if verb.lemma_.lower() not in lex["hostile_actions"] and not demanded or (objects and not ceased and not demanded):
        return False  # "X should sanction Y": a call on X against Y, not against X
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(modals & _OBLIGATION)


def _staying_away(token: Token) -> bool:
    """"stay away from X", "keep away from X", "steer clear of X": a call to shun X."""
    return token.lemma_.lower() in ("stay", "keep", "steer") and any(
        c.lower_ in ("away", "clear") for c in token.children)


def _request_stance(hit: CueHit, target: Target, *, actions: list[Token], lex: Lexicon) -> Stance:
    if target.how == "restrained":
        return Stance("oppose", False)
    if target.name is not None and solidarity(target):
        return Stance("support", False)  # "urged fans to stand behind X"
    stance = _action_stance(actions, lex)
    if stance != "neutral":
        return Stance(stance, False)
    if in_protest(hit, lex):
        return Stance("oppose", False)  # "told members to hold back deliveries in protest"
    if target.name is None and any(c.dep_ == "prep" and c.lower_ == "for" for c in hit.token.children):
        return Stance("support", False)  # "called for a ceasefire": for what is called for
    if target.name is None and hit.nominal and hit.text.endswith(" for"):
        return Stance("support", False)
    return Stance("neutral", True)


def _speech_stance(hit: CueHit, target: Target, *, actions: list[Token], lex: Lexicon) -> Stance:
    if target.how == "claimed-attack":
        return Stance("oppose", False)  # "said it had staged the raid": against the attacked
    if actions:
        stance = _action_stance(actions, lex)
        if stance != "neutral" and target.how == "action" and done_by(target.token, actions):
            stance = "neutral"  # "backed by the support of volunteers from X": X gives it
        if stance != "neutral" and target.how == "action" and done_act(actions, target.token):
            return Stance("neutral", True)  # "said troops had defeated X": an event told, not a position
        if stance != "neutral" and target.how == "action" and done_by_thing(actions, target.token, lex):
            stance = "neutral"  # "the bridge would help X": an effect foretold (the thing may be judged below)
        if stance != "neutral" and target.how == "action":
            if any(negated(t) for t in actions if t.pos_ == "VERB"):
                stance = "oppose" if stance == "support" else "support"  # "nobody trusts X", "won't help X"
            return Stance(stance, False)
        if _owed_by(target, actions, lex):
            return Stance("oppose", False)  # "said X should apologise", "X must resign"
    if target.name is not None:
        if solidarity(target) or tribute(target):
            return Stance("support", False)
        for mention in mentions_of(hit, target):
            if threatened(mention):
                return Stance("oppose", False)  # "we warn X that our targets will grow"
            labelled = _sign(label_on(mention, lex), LABEL_THRESHOLD)
            if labelled != "neutral":
                return Stance(labelled, False)  # "the threat from X terrorists", "the corrupt X"
            predicate, denied = predicate_of_target(hit, target._replace(token=mention), lex)
            if predicate:
                words = {t.lower_ for t in predicate} | {t.lemma_.lower() for t in predicate}
                total = valence(predicate, negated=denied)
                if total < 0 and words & _TRIBUTE and not words & REVERSING:
                    return Stance("support", False)  # grief and tribute for the person
                stance = _sign(total, EVALUATION_THRESHOLD)
                if stance != "neutral":
                    return Stance(stance, False)
    judged = _judged_thing(hit, lex, target.token)
    if judged != "neutral":
        return Stance(judged, False)  # "said the fine was unfair": against what it judges
    if vowed_contest(hit, lex) or hindsight(hit, lex) or accusation_idiom(hit, lex) or in_protest(hit, lex) \
            or warned_harm(hit, lex) or pressed_action(hit, lex) or complaint(hit, lex):
        return Stance("oppose", False)  # "said it would appeal", "should have set a higher price"
    feeling = own_feeling(hit, lex) or own_position(hit, lex)  # "said it was deeply disappointed"
    return Stance(feeling, False) if feeling else Stance("neutral", True)


def _judged_thing(hit: CueHit, lex: Lexicon, target: Token | None = None) -> str:
    """Reported speech with no target entity that still judges what it is about: a linking
    verb whose complement has a word judging conduct or decisions (the lexicon's
    ``judgement_words``: "said the fine was unfair", "argues the study was badly flawed",
    '"This is a big mistake"'); states ("the winter was brutal"), tone in adjuncts ("would
    reopen after a long, painful repair") and other verbs' clauses do not count. Also read when
    the target entity gets no evaluation of its own ('"Closing the clinic is a grave error"'),
    except a clause whose subject phrase names the target beside its head ("the floods in X were
    a disaster": X is where, not what is judged)."""
    scope = {t.i for t in hit.content} | {t.i for t in hit.quoted}
    roots = [t for t in hit.piece.doc if t.i in scope and (t.head.i not in scope or t.head.i == t.i)
             and t.pos_ in ("AUX", "VERB")]
    for root in roots:
        verb = root
        if verb.lemma_.lower() not in LINKING:
            conduct = _conduct_effect(verb, lex)
            if conduct != "neutral":
                return conduct
            continue
        for clause in (t for t in verb.subtree if t.dep_ in ("ccomp", "parataxis") and t.i in scope):
            if (conduct := _conduct_effect(clause, lex)) != "neutral":
                return conduct  # '"The plan has worked: costs are down"' (parsed under "are")
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if not subjects:  # "there is hope" judges nothing
            continue
        if target is not None and any(target.i in {t.i for t in c.subtree} for c in subjects) \
                or any(c.lemma_.lower() in lex["calamities"] for c in subjects):
            continue  # "the floods in X were a disaster": X is where; a flood judges no one
        complement = [t for c in verb.children if c.dep_ in ("acomp", "attr")
                      for part in (c, *c.conjuncts) for t in core(part)]  # "slower and less transparent"
        if any(t.tag_ in ("JJS", "RBS") for t in complement):
            continue  # "the worst in the world": a measure
        if not any(t.lower_ in lex["judgement_words"] or t.lemma_.lower() in lex["judgement_words"]
                   for t in complement):
            continue  # "the winter was brutal", "the team was tired": a state, not a judgement
        stance = _sign(valence(complement, negated=negated(verb)), LABEL_THRESHOLD * 1.5)
        if stance != "neutral":
            return stance
    return "neutral"


def _conduct_effect(verb: Token, lex: Lexicon) -> str:
    """A decision, rule or policy as subject (the lexicon's ``conduct_subjects``) judged by what
    it does: "the tax has ruined small farms" (against it), "the new rule helps every tenant",
    "the plan has worked" (for it; "won't work": against), by its verb alone ("would require
    approval" judges nothing); a storm or a fire doing harm judges no one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex["conduct_subjects"]]
    if not subjects or verb.pos_ != "VERB":
        return "neutral"
    if verb.lemma_.lower() in _WORKS and not any(c.dep_ in ("dobj", "prep", "xcomp") for c in verb.children):
        return "oppose" if negated(verb) else "support"  # "the programme has worked", "the ban won't work"
    words = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "acomp", "prt"))]
    return _sign(valence(words, negated=negated(verb)), LABEL_THRESHOLD * 1.5)
