"""Word valence for the stance stage: how much a span of words praises or blames.

:func:`valence` sums the valences of the evaluative words of a span (VADER's lexicon, the news
additions of :mod:`analysis.sentiment`, the lexicon's ``[valence]`` table, the hostile and
friendly action words), with these rules:

* negative words weigh half as much again as positive ones (news criticism often sits beside
  neutral-positive verbs: "treated them unfairly");
* after a contrast word ("but", "yet") only what follows counts;
* a word under its own negation ("hardly a success") or graded down ("less transparent") counts
  reversed; a comparative in a place's name ("the lower Kell") counts 0; negation words themselves
  ("no", "never", "nothing") carry no valence of their own: they only reverse;
* verbs that spoil what they act on (:data:`REVERSING`: "undo", "wreck") are negative, and a good
  thing as their object counts against ("has undone all the gains");
* phrasal verbs whose particle makes them judgements ("let the town down") and verb-object idioms of
  accusation ("rewriting history") have their own value;
* words VADER scores but that are neutral in news prose ("treat", "fire", "charge", "a
  surprise") count 0.

It also holds the evaluation constructions the stance stage reads (each function's docstring
states its rule): acts told as done (:func:`done_act`), the doer of a nominal action (:func:`done_by`), character labels put
on a name (:func:`label_on`), the speaker's own warning (:func:`threatened`), the judgement a
speech participle elaborates (:func:`elaborated_position`), what a predicate says in judgement
of its subject (:func:`said_of_subject`), a wrong done by or under the target
(:func:`wrong_done_by`), grief for a lost person (:func:`grieved_loss`) and
for a person's death (:func:`grieved`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from analysis.sentiment import NEWS_LEXICON
from analysis.statements.framing import adverbial_host
from analysis.statements.lexicon import lexicon

_EVALUATIVE_POS = frozenset({"ADJ", "ADV", "NOUN", "VERB", "PROPN", "INTJ"})
#: Words VADER scores that are neutral in news prose ("treat" patients, "like" as a preposition,
#: "a surprise": a reaction, not a judgement).
_NEUTRAL_IN_NEWS = frozenset({"treat", "treated", "like", "please", "kind", "pretty", "well", "play",
                              "share", "shares", "joke", "cut", "interest", "interests", "hard",
                              "matter", "fire", "fired", "charge", "charged", "party", "ready", "fan", "fans",
                              "surprise", "surprised", "surprising", "surprisingly"})
#: Adverbs that turn a good quality into a fault when they grade it ("less transparent").
_LESSENING = frozenset({"less"})
_CONTRAST = frozenset({"but", "yet", "however", "although", "though"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "without", "hardly", "barely",
                       "scarcely", "none"})
#: Verbs that take away or spoil what they act on: a good thing as their object counts against
#: ("has undone all the gains", "wrecked the recovery"), and the verb itself is negative.
REVERSING = frozenset({"undo", "undermine", "erode", "ruin", "wreck", "squander", "jeopardise", "jeopardize",
                       "endanger", "damage", "harm", "hurt", "destroy", "reverse", "sabotage", "waste",
                       "derail", "scupper", "torpedo", "hinder", "hamper", "weaken", "betray", "wipe", "cost"})


def _spoiled(token: Token) -> bool:
    """Whether a word sits in the object of a :data:`REVERSING` verb ("undone [all the gains]")."""
    for _ in range(4):
        if token.dep_ not in ("dobj", "pobj", "prep", "amod", "compound", "conj", "prt") or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ == "VERB":
            return token.lemma_.lower() in REVERSING
    return False


@functools.lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    """VADER's lexicon with the news additions; the lexicon's hostile and friendly action words
    that VADER lacks count -2 and +1.5 ("would try to disrupt", "pledged to rebuild")."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lex = lexicon()
    actions = {w: -2.0 for w in lex["hostile_actions"]} | {w: 1.5 for w in lex["friendly_actions"]}
    return {**actions, **SentimentIntensityAnalyzer().lexicon, **NEWS_LEXICON, **lex.valence}


#: Phrasal verbs whose particle makes them judgements ("let the town down").
_PHRASAL = {("let", "down"): -2.0, ("sell", "out"): -2.0, ("mess", "up"): -1.5, ("screw", "up"): -2.0,
            ("rip", "off"): -2.5, ("stab", "back"): -2.5,
            # verb-object idioms of accusation ("rewriting history", "playing politics with X")
            ("rewrite", "history"): -2.0, ("play", "politics"): -2.0, ("hold", "hostage"): -2.0}


def _word_valence(token: Token, table: dict[str, float]) -> float:
    if token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ in ("prt", "advmod", "prep", "dobj", "oprd", "npadvmod") \
                    and (token.lemma_.lower(), child.lower_) in _PHRASAL:
                return _PHRASAL[(token.lemma_.lower(), child.lower_)]
    if token.pos_ not in _EVALUATIVE_POS or token.lower_ in _NEUTRAL_IN_NEWS or token.lower_ in NEGATIONS:
        return 0.0  # "no longer": a negation reverses, it does not blame
    if token.dep_ == "amod" and token.tag_ in ("JJR", "JJS") and token.head.pos_ == "PROPN":
        return 0.0  # "the lower Kell", "Greater Norland": part of a place's name, not a verdict
    for form in (token.lower_, token.lemma_.lower()):
        if form in table:
            return table[form]
    stem = token.lower_[:-2]
    if token.lower_.endswith("ly") and token.lower_ not in NEGATIONS and stem not in _NEUTRAL_IN_NEWS:
        return table.get(stem, 0.0)  # "unfairly" -> "unfair" (not "hardly" -> "hard")
    return 0.0


def valence(tokens: list[Token], *, negated: bool = False) -> float:
    """Summed word valence of tokens (VADER scale), negative words weighing half as much
    again (news criticism often sits beside neutral-positive verbs: "treated them unfairly");
    after a contrast word only what follows counts; an adjective, adverb or noun under its own
    negation ("hardly a success") counts reversed, and the whole is reversed when ``negated``
    (the caller's verb is negated or has a negative subject: "nobody trusts X")."""
    ordered = sorted(tokens, key=lambda t: t.i)
    cut = max((i for i, t in enumerate(ordered) if t.lower_ in _CONTRAST), default=-1)
    ordered = ordered[cut + 1:]
    table = _valences()
    total = 0.0
    for token in ordered:
        value = _word_valence(token, table)
        if token.pos_ == "VERB" and token.lemma_.lower() in REVERSING:
            value = min(value, -1.5)
        elif value > 0 and _spoiled(token):
            value = -value
        if value < 0:
            value *= 1.5
        if value and token.pos_ not in ("VERB", "AUX") and any(
                c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS | _LESSENING) for c in token.children):
            value = -value  # "hardly a success", "less transparent"; a verb's negation is the caller's ``negated``
        total += value
    return -total if negated else total


#: Auxiliaries of intent, obligation or possibility: an act under them is a position, not a report.
_MODALS = frozenset({"will", "would", "should", "must", "could", "can", "may", "might", "shall", "'ll", "wo"})


def _act_over(actions: list[Token], target: Token | None) -> Token | None:
    """The first act verb above the target in the parse (the act done to it), or None."""
    if target is None:
        return None
    ancestors = {t.i for t in target.ancestors}
    return next((t for t in actions if t.pos_ == "VERB" and t.i in ancestors), None)


def done_act(actions: list[Token], target: Token | None) -> bool:
    """Whether the hostile or friendly act aimed at the target is told as done ("said troops had
    defeated X", "X's allies helped it"): a report of an event, not a threat, call or intent
    ("we will punish X", "X must be stopped", "we are going to help X"), nor an attitude ("the
    government respected X's ruling"), nor the speaker's own
    act told by a personal pronoun ("explained why he had dropped X")."""
    verb = _act_over(actions, target)
    if verb is None or verb.lemma_.lower() in lexicon()["attitude_verbs"]:
        return False  # "the government respected X's decision": an attitude held, not an event
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("xcomp", "acl", "amod"):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "he", "she") for c in verb.children):
        return False  # "explained why he had dropped X": the speaker's own act against X
    return not {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} & _MODALS


#: Linking verbs: their complement says what the subject is ("X was brilliant", "X is a menace").
LINKING = frozenset({"be", "seem", "look", "remain", "become", "appear", "sound", "prove"})
#: Dependencies that keep a word inside a linking verb's complement phrase itself (its head and the
#: head's modifiers), not inside a phrase hanging from it ("a victim of [their own success]").
_COMPLEMENT_PATH = frozenset({"acomp", "attr", "oprd", "dobj", "amod", "advmod", "compound", "neg", "conj",
                              "npadvmod"})


def _breach(verb: Token, lex) -> bool:
    """Breaking an obligation ("broke every promise", "broke the truce"): wrongdoing, not a mere act."""
    return verb.lemma_.lower() == "break" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex["obligations"] for c in verb.children)


def said_of_subject(verb: Token, words: list[Token], lex, *, also: frozenset[str] = frozenset(),
                    negated: bool = False) -> list[Token]:
    """The words of a clause's predicate ``words`` (its core) that praise or blame its subject
    (S-TONE-NEUTRAL):

    * what befalls or is felt by the subject (the lexicon's ``undergone_verbs``: "X faced a long
      recovery", "X lost the vote", "X won the contract") judges nothing;
    * after a linking verb or in a passive only words that judge an actor count
      (``judgement_words``, ``character_labels``, ``merit_words``, and ``also``), nouns other than
      ``fortune_roles``, and comparatives, in the complement phrase itself or its "as" phrase: "X
      was corrupt", "X is a good partner", "X could serve as a game changer", "X has never been
      stronger" judge X; "X was injured", "X is happy", "X were the winners", "X was a victim of
      its own success" do not;
    * the subject's own act, friendly (not negated: "X would never help" blames X) or hostile but
      not wrongdoing in itself (``misconduct``, or breaking one of the ``obligations``), refused or
      not ("X would not withdraw troops"), is reported, not judged: only judging words in it count
      ("X will join", "X would ban imports", "X ended the war", "X welcomed refugees" are neutral;
      "X protected our good name" praises);
    * other verbs tell the subject's conduct and keep their words ("X had bribed the judges", "X
      let the town down", "X caused the crisis")."""
    lemma = verb.lemma_.lower()
    if lemma in lex["undergone_verbs"]:
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    acts = lex["friendly_actions"] | (lex["hostile_actions"] - lex["misconduct"])
    own_act = verb.pos_ == "VERB" and lemma in acts and not passive and not _breach(verb, lex) \
        and not (negated and lemma in lex["friendly_actions"])  # "X would never help" blames X
    if lemma not in LINKING and not passive and not own_act:
        return words
    judging = lex["judgement_words"] | lex["character_labels"] | lex["merit_words"] | also
    kept = []
    for token in words:
        if token.tag_ in ("JJR", "RBR") and token.lower_ not in ("more", "less") and not own_act:
            kept.append(token)  # "X has never been stronger", "in better shape": a verdict on X
            continue
        if own_act and token.i == verb.i:
            continue  # "X welcomed refugees": the act word is no judgement of its doer
        forms = {token.lower_, token.lemma_.lower()}
        noun = (token.pos_ == "NOUN" or token.dep_ == "attr") and not forms & lex["fortune_roles"]
        if not (forms & judging or (noun and token.i != verb.i and not own_act)):
            continue  # the verb itself counts only as a judgement word ("the study was flawed")
        path, ok = token, True
        while path.i != verb.i and ok:
            ok = (path.dep_ in _COMPLEMENT_PATH or path.dep_ == "pobj" or (path.dep_ == "prep" and path.lower_ == "as")) \
                and path.head.i != path.i
            path = path.head
        if ok:
            kept.append(token)
    return kept


#: Nouns for those who act, beside the lexicon's descriptions and unnamed sources.
_ACTORS = frozenset({"troops", "soldiers", "forces", "army", "navy", "police", "people", "rebels", "fighters",
                     "militants", "volunteers", "donors", "allies", "neighbours", "neighbors", "partners"})


def done_by_thing(actions: list[Token], target: Token | None, lex) -> bool:
    """Whether the act on the target has a thing for subject ("the bridge would help X traders",
    "the new law would protect X", "the aid will save X"): an effect foretold, not an intent of
    anyone, so no position toward X. An actor (a name, a pronoun, "troops", "the government") or
    a passive ("X must be punished") keeps the act a position."""
    verb = _act_over(actions, target)
    if verb is None:
        return False
    actors = {d for d in lex["descriptions"] if set(lex[f"description:{d}"]) & {"PERSON", "ORG", "GPE", "NORP"}} \
        | lex["unnamed_sources"] | _ACTORS  # "the government" acts; "the law", "the summit" do not
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        c.pos_ == "NOUN" and not c.ent_type_ and c.lemma_.lower() not in actors and c.lower_ not in actors
        and not any(t.ent_type_ for t in c.subtree) for c in subjects)


def elaborated_position(token: Token, lex) -> str | None:
    """The stance of the position a speech cue elaborates or is elaborated by: "criticised the
    plan, saying ...", "sent a letter accusing X, saying ..." (a judgement or act cue earlier
    in the clause the participle hangs from, its stance fixed by the lexicon, not negated), and
    "Calling the plan a disgrace, the mayor said ..." (a fronted judgement or label participle
    of the speech verb: the judgement's stance, or the label's valence)."""
    fronted = _fronted_position(token, lex)
    if fronted is not None:
        return fronted
    host = adverbial_host(token)  # "attacked the plan, this time hinting ..."
    if token.tag_ != "VBG" or (token.dep_ not in ("advcl", "conj", "xcomp") and host is token):
        return None
    head = token.head if host is token else host
    own = {t.i for t in token.subtree}
    for cand in sorted(head.subtree, key=lambda t: -t.i):
        if cand.i >= token.i or cand.i in own:
            continue
        word = lex.verb(cand.lemma_.lower()) if cand.pos_ == "VERB" else (
            lex.noun(cand.lemma_.lower()) if cand.pos_ == "NOUN" else None)
        if word is None or word.family not in ("judgement", "act") or word.stance in (None, "neutral"):
            continue
        if any(c.dep_ == "neg" for c in cand.children):
            return None
        return word.stance
    return None


def label_on(entity: Token, lex) -> float:
    """The valence of a character label put on a named entity in reported words (the lexicon's
    ``character_labels`` and ``judgement_words``): the noun the name modifies ("the Kell Front
    terrorists"), a label modifying the name ("the corrupt Ana Roy", "the terrorist Kell Front"),
    or an apposition ("Ana Roy, a traitor"). 0 when the name carries no label."""
    labels = lex["character_labels"] | lex["judgement_words"]
    head = entity
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    found = [c for c in head.children if c.dep_ in ("amod", "compound", "appos") and c.i != entity.i]
    if head.i != entity.i:
        found.append(head)
    if entity.dep_ in ("compound", "amod", "nmod") and entity.head.i != entity.i:
        found.append(entity.head)
    table = _valences()
    return sum(_word_valence(t, table) * (1.5 if _word_valence(t, table) < 0 else 1.0)
               for t in {t.i: t for t in found}.values()
               if t.pos_ != "PROPN" and (t.lower_ in labels or t.lemma_.lower() in labels))  # not "Fair" in a name


def done_by(target: Token | None, actions: list[Token]) -> bool:
    """Whether the target is the doer of a nominal action rather than the one it is aimed at:
    "the support of volunteers from X", "X's sanctions", "attacks by X" (its possessor or its of/by/from
    phrase), so the action's stance is not a stance toward X."""
    if target is None:
        return False
    path = [target, *target.ancestors]
    for action in actions:
        if action.pos_ != "NOUN" or action not in path[1:]:
            continue
        child = path[path.index(action) - 1]
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("of", "by", "from")):
            return True
    return False


def threatened(target: Token | None) -> bool:
    """The speaker's own warning or threat to the target, in its words: "we warn X that ...",
    "I am threatening X" (a first-person subject): a position against X. A warning reported of
    others ("doctors warned residents") is not one."""
    if target is None:
        return False
    token = target
    while token.dep_ in ("compound", "flat", "amod", "det") and token.head.i != token.i:
        token = token.head
    verb = token.head
    if token.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in ("warn", "threaten"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children)


def _fronted_position(token: Token, lex) -> str | None:
    for child in token.children:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i > token.i or child.pos_ != "VERB":
            continue
        word = lex.verb(child.lemma_.lower())
        if word is None or any(c.dep_ == "neg" for c in child.children):
            continue
        if word.family in ("judgement", "act") and word.stance in ("support", "oppose"):
            return word.stance
        if word.family == "label":
            label = [t for c in child.children if c.dep_ in ("oprd", "attr", "acomp", "xcomp", "ccomp")
                     for t in c.subtree]
            total = valence(label)
            if abs(total) >= 1.0:
                return "support" if total > 0 else "oppose"
    return None


_POSSIBLE = frozenset({"could", "may", "might", "can"})


def grieved_loss(verb: Token) -> bool:
    """"lose X" is grief only when felt ("devastated to lose X", "we have lost X", "losing X is a
    blow"), not a possible or reported departure ("the club could lose X to a rival")."""
    if verb.dep_ in ("xcomp", "advcl") and (verb.head.pos_ == "ADJ" or verb.head.tag_ == "VBN"):
        return True
    if verb.dep_ in ("csubj", "nsubj") and verb.tag_ == "VBG":
        return True  # "losing X was a nightmare": the loss itself judged
    first = any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children)
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return first and not modals & _POSSIBLE


#: Nouns of a person's death: an oppose judgement of one ("lamented the death of X") grieves X.
_DEATH_NOUNS = frozenset({"death", "passing", "loss", "demise"})


def grieved(hit, target) -> bool:
    """The cue's object is the death of the target ("lamented the death of X", "mourned X's
    passing", "deplored the loss of X"): sorrow for X, support of X (S-NEGVOCAB-SUPPORT), whatever
    the judgement word weighs. The perpetrator of a killing, when the target stage names one, is
    another target."""
    token = target.token
    if token is None:
        return False
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else (
        token.head if token.dep_ == "poss" else None)
    return noun is not None and noun.lemma_.lower() in _DEATH_NOUNS and noun.head.i == hit.token.i


def wrong_done_by(head: Token, verb: Token, lex) -> bool:
    """The target is the by-agent of a passive act, or the one under whom it was done, and the act
    is wrongdoing ("the referee had been bribed by X", "the talks were wrecked by X", "he was
    wrongfully jailed under X's government"): an accusation of X, read as if X were its doer."""
    link = next((t for t in (head, *head.ancestors) if t.head.i == verb.i and t.i != verb.i), None)
    if link is None or not (link.dep_ == "agent" or (link.dep_ == "prep" and link.lower_ == "under")):
        return False
    lemma = verb.lemma_.lower()
    return lemma in lex["misconduct"] or lemma in REVERSING or any(
        c.dep_ == "advmod" and _judging_stem(c.lower_, lex) for c in verb.children)


def _judging_stem(word: str, lex) -> bool:
    """An adverb made from a judgement word ("unfairly", "wrongfully", "illegally")."""
    for suffix in ("fully", "ly"):
        if word.endswith(suffix) and word[:-len(suffix)] in lex["judgement_words"]:
            return True
    return word.endswith("ly") and word[:-2] + "l" in lex["judgement_words"]


#: Words of alarm that, said for someone, are sympathy ("concern for X", "fears for X's safety").
_ALARM = frozenset({"concern", "worry", "fear", "alarm", "anxiety", "concerned", "worried", "fearful"})
#: What one fears for in someone ("concern about X's safety").
_WELFARE = frozenset({"safety", "health", "welfare", "wellbeing", "well-being", "fate", "life", "lives",
                      "whereabouts", "condition", "security"})


def feared_for(hit, target) -> bool:
    """Alarm on behalf of the target: "expressed concern for X", "fears for X", "worried about X's
    safety": sympathy with X, support (S-NEGVOCAB-SUPPORT), whatever the alarm word weighs;
    "concern about X's conduct" stays against X."""
    token = target.token
    if token is None or hit.token.lemma_.lower() not in _ALARM:
        return False
    path = [token, *token.ancestors]
    if hit.token not in path:
        return False
    link = path[path.index(hit.token) - 1]
    if link.dep_ == "prep" and link.lower_ == "for":
        return True
    return link.dep_ == "prep" and link.lower_ in ("about", "over") and any(
        t.lemma_.lower() in _WELFARE for t in path[:path.index(link)])
