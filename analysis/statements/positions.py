"""Positions a speech cue takes without a judging word aimed at its target (a part of the stance
stage, :mod:`analysis.statements.polarity`, kept apart for size).

* the speaker's own intent to contest something ("said it would appeal", "vowed that they
  would challenge the ruling", "we will fight this decision in court"): a verb of the lexicon's
  ``contest_actions`` whose subject is a personal pronoun, under a modal of intent (will, would,
  shall) or a verb of intent (plan, intend, vow, pledge, be going to), not negated, opposes what
  it contests ("said it would not appeal", "said the court could appeal" are no position);
* a speech cue followed by a participle that judges ("told reporters ..., accusing X of ...",
  "said ..., praising the referees", "a statement criticising X"): the quote or report is the
  accusation's or the praise's words, so it takes that judgement's stance (the participle keeps
  its own statement);
* a speech or request cue coordinated after a judgement of fixed stance ("praised the board
  and said ...", "dismissed the plan as ... and said ...", "accused X of ... and urged Y to ...,
  saying ..."): the same position, unless a contrast joins them ("backed X but urged ...");
* the speaker's own feeling about what happened ("said it was deeply disappointed", "we are
  delighted"): a personal-pronoun subject with a feeling of the lexicon's
  ``disapproving_feelings`` or ``approving_feelings``, not negated;
* hindsight ("said the board should have set a higher price", "X should never have signed"):
  what ought to have been done otherwise is a criticism of what was done;
* an idiom of accusation in the reported words, its subject not the speaker ("the company walked
  away from the table", "you cannot hold the project hostage", "it is a stab in the back"),
  an act "in protest", and a warning that an act or decision will do harm ("warned that the
  delay would cost the firm millions", "would put jobs at risk"; a calamity's harm is no
  position) or a threat to the one warned ("warned X that it would face consequences") oppose;
* solidarity with the target ("we are with X", "pray for X", "stand behind X") and grief or
  tribute for it ("devastated to lose X", "we will never forget X") support it.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.detect import CueHit
from analysis.statements.evaluation import REVERSING, grieved_loss, valence
from analysis.statements.lexicon import Lexicon
from analysis.statements.targets import Target

#: Subjects that stand for the speaker (or the speaker's side) in reported words.
_SELF = frozenset({"i", "we", "it", "they", "he", "she"})
#: Auxiliaries of intent.
_INTENT_AUX = frozenset({"will", "would", "shall", "'ll"})
#: Verbs whose open clause states an intent ("plans to appeal", "vowed to fight", "is going to sue").
_INTENT_VERBS = frozenset({"plan", "intend", "vow", "pledge", "promise", "threaten", "go", "prepare",
                           "decide", "resolve", "mean", "aim"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children)


def _intent_of_self(verb: Token) -> bool:
    """Whether a verb is told as the speaker's own intent: a personal-pronoun subject and a modal
    of intent ("it would appeal"), or the open clause of a verb of intent with such a subject
    ("we plan to appeal", "they are going to sue")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        return subjects[0].lower_ in _SELF and bool(modals & _INTENT_AUX) and not _negated(verb)
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in _INTENT_VERBS or _negated(head):
        return False
    own = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(own) and own[0].lower_ in _SELF


def vowed_contest(hit: CueHit, lex: Lexicon) -> bool:
    """The speaker's own intent to contest something in its reported words ("said it would
    appeal", "we will challenge the ruling"): a position against what it contests."""
    for token in own_scope(hit, lex):
        if token.pos_ != "VERB" or token.lemma_.lower() not in lex["contest_actions"] or _negated(token):
            continue
        if _intent_of_self(token):
            return True
    return False


#: Verbs of a means of pressure kept up ("the strike will go on until ...").
_KEPT_UP = frozenset({"continue", "go", "persist", "remain", "last"})


def _pressure_words(token: Token) -> set[str]:
    """A noun's lemma and its modifier-plus-lemma pairs ("general strike" -> strike, general strike)."""
    lemma = token.lemma_.lower()
    return {lemma} | {f"{c.lower_} {lemma}" for c in token.children if c.dep_ in ("amod", "compound")}


def pressed_action(hit: CueHit, lex: Lexicon) -> bool:
    """The speaker's own means of pressure in its reported words (the lexicon's ``pressure_means``):
    taken up as its own intent ("said it would call a general strike", "we will file a lawsuit",
    "they plan to stage a walkout"), or kept up until or unless its aim is met ("the blockade would
    continue until the permit was withdrawn"): a position against the other side. Ending it ("would
    call off the strike", "would end the boycott"), a negated verb and a means that merely goes on
    ("the strike would continue in the north") take none."""
    means = lex["pressure_means"]
    for token in own_scope(hit, lex):
        if token.pos_ != "VERB" or _negated(token) or token.lemma_.lower() in lex["cease_verbs"] \
                or any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
            continue
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if any(_pressure_words(o) & means for o in objects) and _intent_of_self(token):
            return True  # "we will call a general strike"
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        conditioned = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "unless")
                                                    for m in c.children) for c in token.children)
        if token.lemma_.lower() in _KEPT_UP and conditioned and any(_pressure_words(s) & means for s in subjects):
            return True  # "the blockade would continue until the permit was withdrawn"
    return False


#: What someone "should not have to" do that is a feeling, not a burden ("should not have to worry").
_FEELINGS = frozenset({"worry", "fear", "panic", "feel", "be", "wonder"})
#: Spans of time that make a wait a complaint ("we have waited two years for dialogue").
_SPANS = frozenset({"hour", "day", "week", "month", "year", "decade", "generation"})


def complaint(hit: CueHit, lex: Lexicon) -> bool:
    """A complaint about conduct in the reported words: a burden no one should bear ("no family
    should have to choose between bread and rent", "farmers should not have to pay twice"), or a
    wait told as too long ("we have waited two years for dialogue", "families are still waiting
    for justice"), or mistreatment told ("the crews were treated like criminals"): a position
    against those who impose it. Reassurance ("residents should not have to worry") and a plain
    wait ("they were waiting for the results") take none."""
    for token in own_scope(hit, lex):
        lemma = token.lemma_.lower()
        if lemma == "have" and any(c.dep_ == "aux" and c.lower_ == "should" for c in token.children):
            burden = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            denied = _negated(token) or any(s.lower_ in ("nobody", "noone", "no-one") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in s.children) for s in subjects)
            if burden and denied and burden[0].lemma_.lower() not in _FEELINGS:
                return True
        if lemma == "treat" and any(c.dep_ == "nsubjpass" for c in token.children) and not _negated(token) \
                and any(c.dep_ == "prep" and c.lower_ in ("like", "as") and any(
                    t.lower_ in lex["character_labels"] and valence([t]) < 0 for t in c.subtree)
                    for c in token.children):
            return True  # "they were treated like criminals"
        if lemma == "wait" and not _negated(token) and any(c.dep_ == "prep" and c.lower_ == "for"
                                                            for c in token.children):
            still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in token.children)
            span = any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _SPANS for c in token.children)
            if still or span:
                return True
    return False


def own_position(hit: CueHit, lex: Lexicon) -> str | None:
    """The speaker's own position told in its reported words: a judgement verb of fixed stance
    whose subject stands for the speaker ("said he had backed the stadium", "we have always
    opposed the toll"); None when negated ("he had never supported the plan"), set against a
    contrast ("backed a cable car but not this contract"), an act ("it would suspend work": an
    act told) or said of another ("the council had praised the plan": told, not taken)."""
    scope = own_scope(hit, lex)
    for token in scope:
        if token.pos_ != "VERB" or token.i == hit.token.i or _negated(token):
            continue
        word = lex.verb(token.lemma_.lower())
        if word is None or word.family != "judgement" or word.stance not in ("support", "oppose") \
                or any(t.lower_ in _CONTRAST for t in scope if t.i > token.i):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in _SELF:
            return word.stance
    return None


def followed_by_judgement(token: Token, lex: Lexicon) -> str | None:
    """The stance of a judging participle that follows a speech cue in its own clause ("told
    journalists ..., accusing X of waste", "said ..., praising the staff"): a judgement or act cue
    of fixed stance, hung on the speech verb after it, not negated; None otherwise."""
    for child in token.children:
        if child.dep_ not in ("advcl", "conj", "acl") or child.tag_ != "VBG" or child.i < token.i \
                or child.pos_ != "VERB":
            continue
        word = lex.verb(child.lemma_.lower())
        if word is None or word.family not in ("judgement", "act") or _negated(child):
            continue
        if word.stance in ("support", "oppose"):
            return word.stance
    return None


#: Conjunctions that set two positions against each other ("backed X but urged ...").
_CONTRAST = frozenset({"but", "yet", "although", "though", "while", "whereas"})


def coordinated_judgement(token: Token, lex: Lexicon) -> str | None:
    """The stance of a judgement or act cue of fixed stance that a speech or request cue is
    coordinated after ("praised X and said ...", "accused X of ... and urged Y ..., saying"),
    with no contrast word between them; None otherwise."""
    verb = token
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < verb.i:
        verb = verb.head  # "urged Y ..., saying": the participle elaborates the verb it hangs on
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        first = verb.head
        if any(t.lower_ in _CONTRAST for t in token.doc[first.i + 1:verb.i]):
            return None
        word = lex.verb(first.lemma_.lower()) if first.pos_ == "VERB" else None
        if word is not None and word.family in ("judgement", "act") and word.stance in ("support", "oppose"):
            return None if _negated(first) else word.stance
        verb = first
    return None


def own_feeling(hit: CueHit, lex: Lexicon) -> str | None:
    """The speaker's own feeling about what happened in its reported words ("said it was
    deeply disappointed", '"We are delighted"'): oppose or support; None otherwise."""
    for token in own_scope(hit, lex):
        form = token.lower_
        if form in lex["disapproving_feelings"]:
            stance = "oppose"
        elif form in lex["approving_feelings"]:
            stance = "support"
        else:
            continue
        verb = token.head if token.dep_ == "acomp" else token  # "was disappointed" read as a passive
        if verb.i != token.i and verb.lemma_.lower() not in ("be", "feel", "remain") or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in _SELF or subject.i > token.i:
            continue
        if any(t.lower_ in ("not", "n't", "never") for t in token.doc[subject.i:token.i]):
            continue  # "she was not disappointed"
        return stance
    return None


def hindsight(hit: CueHit, lex: Lexicon) -> bool:
    """A clause of the reported words told in hindsight ("the board should have set a higher
    price", "the figure should have been higher", "X should never have signed"): what was done
    is criticised."""
    for token in own_scope(hit, lex):
        if token.tag_ != "VBN" or token.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c.lower_ for c in token.children if c.dep_ == "aux"]
        if "have" in auxes and ("should" in auxes or "ought" in auxes):
            return True
    return False


#: Verbs of solidarity by preposition: "be with X", "pray for X", "stand behind X".
_SOLIDARITY = {"with": {"be", "stand", "side", "remain", "stay"}, "for": {"pray", "hope", "root", "vote"},
               "behind": {"be", "stand", "rally", "remain"}}


#: Verbs whose object is mourned or honoured ("lose X", "miss X", "mourn X", "honour X").
_TRIBUTE_VERBS = frozenset({"lose", "miss", "mourn", "remember", "honour", "honor", "salute", "thank"})


def solidarity(target: Target) -> bool:
    """"We are with X", "pray for X", "our thoughts are with X", "stand with X": support."""
    token = target.token
    if token is None:
        return False
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "dobj":  # "stand behind X" parsed with X as the verb's object
        verb = token.head
        bare = [c.lower_ for c in verb.children if c.dep_ in ("prep", "prt", "advmod")
                and c.lower_ in _SOLIDARITY and not any(g.dep_ == "pobj" for g in c.children)]
        return any(verb.lemma_.lower() in _SOLIDARITY[word] for word in bare)
    if token.dep_ != "pobj" or token.head.lower_ not in ("with", "for", "behind"):
        return False
    verb = token.head.head
    return verb.lemma_.lower() in _SOLIDARITY.get(token.head.lower_, ())


def tribute(target: Target) -> bool:
    """The target as the object of a verb of loss or tribute ("devastated to lose X", "will
    never forget the bravery of X", "we miss X"): grief for a person supports them."""
    token = target.token
    if token is None:
        return False
    for _ in range(4):
        if token.dep_ in ("dobj", "pobj", "compound", "poss", "prep", "appos", "flat") and token.head.i != token.i:
            token = token.head
            if token.pos_ == "VERB":
                lemma = token.lemma_.lower()
                if lemma == "lose":
                    return grieved_loss(token)
                return lemma in _TRIBUTE_VERBS or (lemma == "forget" and _negated(token))
        else:
            return False
    return False


def own_scope(hit: CueHit, lex: Lexicon) -> list[Token]:
    """The cue's reported words in reading order, without a judgement, act or label verb coordinated
    in them and its words ("said its offer was fair and accused X of ...": the accusation is a cue
    of its own)."""
    words = (*hit.content, *hit.quoted)
    joined = {t.i for c in (hit.token, *words) if c.dep_ == "conj" and c.pos_ == "VERB" and c.i != hit.token.i
              and (word := lex.verb(c.lemma_.lower())) is not None and word.family in ("judgement", "act", "label")
              for t in c.subtree}  # "we can say that ..." in a quote stays the speaker's own
    tokens = {t.i: t for t in words if t.i not in joined}
    return [tokens[i] for i in sorted(tokens)]


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def accusation_idiom(hit: CueHit, lex: Lexicon) -> bool:
    """An idiom of the lexicon's ``accusation_idioms`` in the reported words, its words in order
    within a short span ("held the port hostage", "walked away from the table"), not said of the
    speaker's own side ("we will not play politics")."""
    tokens = [t for t in own_scope(hit, lex) if not t.is_punct]
    for idiom in lex["accusation_idioms"]:
        words = idiom.split()
        for start, token in enumerate(tokens):
            if words[0] not in _forms(token):
                continue
            at, matched = start, 1
            for word in words[1:]:
                nxt = next((j for j in range(at + 1, min(at + 6, len(tokens))) if word in _forms(tokens[j])), None)
                if nxt is None:
                    break
                at, matched = nxt, matched + 1
            if matched == len(words) and not _first_person(token):
                return True
    return False


def _first_person(token: Token) -> bool:
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in verb.children)


def in_protest(hit: CueHit, lex: Lexicon) -> bool:
    """An act told as done or asked "in protest" ("told its branches to hold back deliveries in
    protest", "resigned in protest at the cuts"): a position against what is protested."""
    return any(t.lemma_.lower() == "protest" and t.dep_ == "pobj" and t.head.lower_ == "in"
               for t in own_scope(hit, lex))


#: Words of harm foretold as an object ("put jobs at risk", "threaten livelihoods").
_HARM = frozenset({"risk", "danger", "jeopardy"})


def warned_harm(hit: CueHit, lex: Lexicon) -> bool:
    """A threat to the one warned ("warned X that it would face consequences", the lexicon's
    ``threat_words``), or a warning whose clause foretells harm from an act or decision ("warned
    that the delay would cost the firm millions", "the cuts will put jobs at risk"): a verb that spoils or costs
    (:data:`analysis.statements.evaluation.REVERSING`), puts something at risk or foretells a grim
    outcome (:func:`_grim_outcome`: "would make life unbearable"), under a modal of the future,
    its subject no calamity ("the storm would damage roofs")."""
    if hit.token.lemma_.lower() not in ("warn", "warning", "caution"):
        return False
    if hit.addressee is not None and any(t.lemma_.lower() in lex["threat_words"] for t in own_scope(hit, lex)):
        return True  # "warned X that it would face consequences": a threat
    for token in own_scope(hit, lex):
        if token.pos_ not in ("VERB", "AUX") or (_negated(token) and not _grim_outcome(token)):
            continue
        modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
        verb = token
        while not modals and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "would cost ... and put ... at risk"
            modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not modals & {"will", "would", "could", "'ll", "may", "might"}:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(c.lemma_.lower() in lex["calamities"] for c in subjects):
            continue
        harm = token.lemma_.lower() in REVERSING or any(
            t.lemma_.lower() in _HARM for c in token.children if c.dep_ == "prep" for t in c.subtree)
        if harm or _grim_outcome(token):
            return True
    return False


def _grim_outcome(verb: Token) -> bool:
    """What a foretold clause says the outcome will be, strongly negative: an adjective complement
    ("would make life unbearable", "could not be worse": a negated comparative is the worst) or an
    open clause of wrongdoing ("would push farmers to smuggle"); "would be closed" has none."""
    outcome = [c for c in verb.children if (c.dep_ in ("acomp", "oprd", "ccomp") and c.pos_ == "ADJ")
               or (c.dep_ == "xcomp" and c.pos_ == "VERB" and not _negated(c))]
    if _negated(verb) and not (any(c.tag_ == "JJR" for c in outcome)
                               and any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children)):
        return False  # "could not be worse", but "would not be worse off"
    return any(valence([c]) <= -1.5 for c in outcome)
