"""Cues in a parsed paragraph: the words that attribute a statement, and what they carry.

A cue is a verb or noun of the lexicon (:mod:`analysis.statements.lexicon`) or the phrase
"according to", used so that it attributes a position:

* verbs: a speech verb that needs content counts with a clause complement, a parenthetical use
  ("the money, the clerk told the court, was taken"), a fronted comment clause ("As the curator
  told Art Weekly, ..."), or an attached quotation (also one separated from it by an addressee
  or time phrase); labelling verbs count with a label ("called the plan reckless"); phrasal cues
  with their particle or object word ("called for", "claimed responsibility");
* nouns: with an explicit agent (a possessive, "by X", or the subject of a light verb: "voiced
  support", also "voiced its support"; the light verb's with/for/to phrase is the noun's:
  "expressed solidarity with X"); request nouns need "for"/"on"; speech nouns ("statement") need content of their
  own; a noun that is only the frame or the object of another cue ("In her statement, ...",
  "rejected the accusations") is not one, nor a view
  held by a pronoun that another is to deal with ("a duty to accommodate their concerns").

Not cues: words inside a quotation (they are the quoted person's), inside the reported content
of another cue ("said staff would demand a review"), negated or under a failure ("did not
condemn", "avoided criticising"), acts in the passive ("was funded by X": who paid is not a
position; a named bill or agreement passed, approved or signed by X is X's act), acts that count
only toward something named without it ("suspended flights", "passed the ball":
:mod:`analysis.statements.acts`), and speech verbs without content ("said a prayer"). Which "according to" sources speak
for themselves, cues that only carry others' words ("as quoted by X", "citing unnamed
sources") and participles that belong to the reporter: :mod:`analysis.statements.framing`; what
is nested in another cue's content, "Asked about X," and participles of an object ("a motion
calling for ..."): :mod:`analysis.statements.nesting`; what a labelling verb calls its object:
:mod:`analysis.statements.labels`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Token

from analysis.pieces import Piece
from analysis.statements.framing import (
    adverbial_host,
    bare_content_verb,
    carrier,
    coordinated_holder,
    label_agent,
    misread_clause,
    personal_source,
)
from analysis.statements.acts import act_object_missing, named_approval
from analysis.statements.grammar import document_clause, has_child, subject_of
from analysis.statements.labels import label_tokens, small_clause
from analysis.statements.lexicon import CueWord, Lexicon
from analysis.statements.nesting import (
    nested,
    object_participle,
    passive_participle,
    reporters_participle,
    semicolon_between,
)
from analysis.statements.quotes import Quote, attach_quote, inside, is_speech_quote, subject_after_quote

ACCORDING_TO = CueWord("according to", "phrase", "report", "neutral", False,
                       "a report attributed to its source", "According to the agency, rents rose.")
#: "According to" a person reports that person's speech, evaluative or not (an outlet's stays neutral).
ACCORDING_TO_PERSON = CueWord("according to", "phrase", "speech", None, False,
                              "a person's words reported", "According to the coach, the team is ready.")
#: Passive uses of these verbs are acts or outcomes, not a by-agent's position ("the bill was
#: approved by the senate", "the plan was rejected by voters").
_PASSIVE_ACTS = frozenset({"approve", "reject", "dismiss", "back", "support", "fund", "sign",
                           "ban", "veto", "recognise", "recognize", "endorse", "accept", "adopt"})
#: Prepositions after a light verb's noun that say whom the noun is for ("expressed solidarity with X").
_AIMED = frozenset({"with", "for", "to", "toward", "towards", "against"})
#: Prepositions of where and when something was said, never its content.
_CIRCUMSTANCE = frozenset({"in", "at", "during", "after", "before", "since", "on", "via", "through"})
_CONTENT_SKIP = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "aux", "auxpass", "neg", "punct",
                           "advmod", "mark", "cc", "conj", "poss", "det", "amod", "npadvmod", "prt"})

#: Speech verbs that label when they take a small clause ("declared the election free").
_SMALL_CLAUSE_SPEECH = frozenset({"declare", "pronounce", "rule", "judge", "rate", "think", "believe"})
_WHEN = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
#: Acts that are positions only toward a named thing ("signed the Paris Agreement", not "signed a
#: deal"): the README's "signing, joining or approving a named agreement, body or bill".
_NAMED_OBJECT_ACTS = frozenset({"sign", "join", "ratify"})
#: Modals of ability or possibility: a cue under them is what can happen, not a position.
_ABILITY = frozenset({"can", "could", "may", "might"})
#: Particles that make a phrasal cue without an object ("spoke out"); "stood by" needs one.
_ADVERB_PARTICLES = frozenset({"out", "up", "off", "down", "back", "on"})


@dataclass(frozen=True)
class CueHit:
    """One cue found in a piece, with what the later stages need.

    ``speaker_head`` is the head of the speaker phrase (subject, by-agent, possessor, light
    verb's subject), ``how`` says which; ``content`` the tokens of what was said or done;
    ``label`` the tokens of a label ("reckless" in "called the plan reckless"); ``addressee``
    the person told or asked; ``quote`` an attached quotation.
    """

    token: Token
    piece: Piece
    word: CueWord
    text: str
    speaker_head: Token | None
    how: str
    content: tuple[Token, ...] = ()
    label: tuple[Token, ...] = ()
    addressee: Token | None = None
    quote: Quote | None = None
    nominal: bool = False

    @property
    def family(self) -> str:
        """The cue word's family (speech, report, request, judgement, act, label)."""
        return self.word.family

    @property
    def quoted(self) -> list[Token]:
        """The tokens of the attached quotation (none without one)."""
        if self.quote is None:
            return []
        return [t for t in self.piece.doc if self.quote.start <= self.piece.offset + t.idx < self.quote.end]


#: Prepositions of an adjunct that names a reaction to the clause's act ("despite criticism").
REACTION_PREPS = frozenset({"despite", "amid", "amidst", "after", "following", "notwithstanding"})
#: Verbs whose subject draws the judgement that is their object ("faced criticism from Y").
DRAWING_VERBS = frozenset({"draw", "face", "attract", "receive", "win", "earn", "spark", "prompt", "provoke",
                           "trigger", "invite", "meet", "garner", "court", "incur"})


def detect_cues(piece: Piece, *, text: str, quotes: list[Quote], lex: Lexicon) -> list[CueHit]:
    """Every cue of a parsed piece, in reading order. ``text`` is the paragraph (normalised),
    ``quotes`` its quotations (paragraph offsets)."""
    speech_quotes = [q for q in quotes if _is_long(text, q)]
    hits = []
    for token in piece.doc:
        if token.is_punct or inside(piece.offset + token.idx, speech_quotes):
            continue
        hit = _cue_at(piece, token, text=text, quotes=quotes, lex=lex)
        if hit is not None:
            hits.append(hit)
    sentence_of = {t.i: sent.start for sent in piece.doc.sents for t in sent}
    hits = [_reporter_of(h, hits) if reporters_participle(h.token) else h for h in hits
            if not carrier(h.token, lex)]
    return [h for h in hits if not nested(h, hits, sentence_of=sentence_of)]


def _reporter_of(hit: CueHit, hits: list[CueHit]) -> CueHit:
    """A dangling participle cue takes the speaker of the cue whose content it ends, or of the
    speech cue right before it ("the chief said, adding ...")."""
    ancestors = {t.i for t in hit.token.ancestors}
    outer = next((h for h in hits if h.token.i in ancestors and h.family in ("speech", "report")), None)
    if outer is None:  # '"...," the chief said, adding ...' with "adding" hung on the quotation
        outer = next((h for h in hits if h.family in ("speech", "report") and h.token.i == hit.token.i - 2
                      and hit.token.doc[hit.token.i - 1].text == ","), None)
    if outer is None:
        return hit
    return replace(hit, speaker_head=outer.speaker_head, how=outer.how)


def _is_long(text: str, quote: Quote) -> bool:
    return is_speech_quote(text[quote.start:quote.end])


def _cue_at(piece: Piece, token: Token, *, text: str, quotes: list[Quote], lex: Lexicon) -> CueHit | None:
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return _according_to(piece, token)
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        if lex.is_cue_lemma(lemma) or lemma == "impose":
            return _verb_cue(piece, token, lemma, text=text, quotes=quotes, lex=lex)
        return None
    if token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
        word = lex.noun(lemma)
        if word is not None:
            return _noun_cue(piece, token, word, text=text, quotes=quotes, lex=lex)
    return None


def _according_to(piece: Piece, token: Token) -> CueHit | None:
    to = next(c for c in token.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    own = {t.i for t in token.subtree}
    content = tuple(t for t in token.head.subtree if t.i not in own)
    word = ACCORDING_TO_PERSON if personal_source(source) else ACCORDING_TO
    return CueHit(token, piece, word, "according to", source, "source", content=content)


def fails(token: Token, *, lex: Lexicon) -> bool:
    """Negated ("did not condemn"), under a failure ("avoided criticising"), or inside a negated
    frame ("did not reach a consensus on imposing sanctions"): not a statement. A parenthetical
    cue reporting a negated or failed clause ("X, she said, would never close", "fighters who,
    the statement said, nations refused to take back") is no failure, nor is a participle set
    beside the failure ("declined to back X, telling Y that ...")."""
    if has_child(token, "neg"):
        return True
    head = token
    for level in range(3):
        if head.head.i == head.i:
            break
        aside = (head.dep_ in ("advcl", "conj", "parataxis") and head.tag_ == "VBG") \
            or (head is token and token.dep_ == "parataxis")
        head = head.head
        if head.lemma_.lower() in lex["failure_heads"] and not aside:
            return True  # "stopped short of backing X, telling Y that ...": the telling is done
        if level < 2 and head.pos_ in ("VERB", "AUX") and has_child(head, "neg") \
                and token.dep_ not in ("conj", "advcl", "ccomp", "parataxis"):
            return True
    return False


def _particles(token: Token) -> list[str]:
    """Words that make a phrasal cue, in order of preference: particles ("spoke out"),
    prepositions with an object ("stood by X"), object words ("claimed responsibility"), and
    "for" opening a clause ("called for X to end Y")."""
    children = list(token.children)
    out = [c.lower_ for c in children if c.dep_ in ("prt", "advmod") and c.lower_ in _ADVERB_PARTICLES]
    out += [c.lower_ for c in children if c.dep_ == "prep" and any(
        g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in _WHEN for g in c.children)]
    out += [c.lemma_.lower() for c in children if c.dep_ in ("dobj", "acomp")]
    out += ["for" for c in children if c.dep_ in ("advcl", "ccomp")  # "called for X to end Y"
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    out += ["to" for c in children if c.dep_ == "xcomp"  # "voted (nine to seven) to build Y"
            and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)]
    return out


def _verb_cue(piece: Piece, token: Token, lemma: str, *, text: str, quotes: list[Quote],
              lex: Lexicon) -> CueHit | None:
    particles = _particles(token)
    phrasal = lex.phrasal_of(lemma, particles)
    word = phrasal or lex.verb(lemma)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if lemma == "impose" and any(o.lemma_.lower() in lex["hostile_actions"] for o in objects):
        word = CueWord("impose", "verb", "act", "oppose", False, "imposed sanctions on X", "")
    if word is None:
        return None
    if lemma in _NAMED_OBJECT_ACTS and not any(
            t.ent_type_ and t.ent_type_ not in _WHEN for c in token.children
            if c.dep_ in ("dobj", "prep", "nsubjpass") for t in c.subtree):
        return None
    if act_object_missing(token, lemma):
        return None
    labelling = word.family == "label" or lemma in _SMALL_CLAUSE_SPEECH
    label = label_tokens(token, lemma, objects, quotes=quotes, offset=piece.offset) if labelling else []
    if lemma in _SMALL_CLAUSE_SPEECH and small_clause(token) is not None:
        word = CueWord(lemma, "verb", "label", None, False, "declared the vote fair: a label", "")
    if word.family == "label" and phrasal is None and not label:
        if lemma == "find" and has_child(token, "ccomp"):  # "a poll by X found that ...": a finding reported
            word = CueWord("find", "verb", "report", "neutral", True, "found that ...: a finding", "")
        elif lemma != "describe":
            return None
        else:
            word = CueWord("describe", "verb", "speech", None, True, "described what happened", "")
    asked_on = "on" in particles and any(c.dep_ == "dobj" and (c.ent_type_ or c.lower_ in lex["unnamed_sources"])
                                         for c in token.children)  # "pressed the minister on the cost"
    if lemma == "press" and not ("for" in particles or asked_on or any(  # "pressed the board to hire ..."
            (t.dep_ in ("xcomp", "ccomp", "acl") or (t.dep_ == "advcl" and objects
                                                     and t.left_edge.i == objects[0].right_edge.i + 1))
            and t.pos_ in ("VERB", "AUX") for t in [*token.children, *(g for o in objects for g in o.children)])):
        return None  # "press his advantage": no one is asked anything
    if fails(token, lex=lex) or passive_participle(token) or object_participle(token) or _capability(token, word):
        return None
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lex.request_heads:
        return None  # "urged X to condemn Y": the content of the request
    head, how = subject_of(adverbial_host(token), speech_lemmas=lex.speech_lemmas)
    inverted = subject_after_quote(token)
    if inverted is not None:  # '"...," the union's leader, Ida Brandt, told ...' parsed as a conjunct
        head, how = inverted, "subject"
    if how == "agent" and (word.family == "act" or lemma in _PASSIVE_ACTS) and not named_approval(token, lemma):
        return None  # "was funded by the Lark Foundation": an act, not a position
    if head is None:
        return None
    allowed = {w for t in head.subtree for w in re.findall(r"\w+", t.lower_)} | {"s"}
    if inverted is not None:  # the whole phrase between the quotation and the cue
        allowed |= {w for t in token.doc[max(0, token.i - 14):token.i] for w in re.findall(r"\w+", t.lower_)}
    quote = attach_quote(token, offset=piece.offset, text=text, quotes=quotes, allowed=allowed,
                         addressed=lemma in lex["addressed"])
    if lemma == "read" and (quote is None or not is_speech_quote(text[quote.start:quote.end])):
        return None  # "the sign reads 'closed'", "read a book": no words of a document
    content = _content(token)
    if how == "agent" and named_approval(token, lemma):  # "the Kell Act was passed by X": what X approved is the subject
        content += tuple(t for c in token.children if c.dep_ == "nsubjpass" for t in c.subtree)
    in_document = document_clause(token)  # "told its members in a letter that ...": the clause is the content
    if in_document is not None:
        content += tuple(in_document.subtree)
    aside = token.dep_ in ("parataxis",) or (token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in token.children) and not has_child(token, "ccomp", "xcomp")
        and (lemma in lex["addressed"] or not has_child(token, "dobj")))
    if aside:  # "As the curator told Art Weekly, <content>"; "The money, the clerk said, was taken"
        own = {t.i for t in token.subtree}
        content = tuple(t for t in token.head.subtree if t.i not in own)
    if word.needs_content and not (quote or aside or label or has_child(token, "ccomp", "parataxis")
                                   or misread_clause(token) or in_document is not None
                                   or (lemma in ("tell", "write", "post", "tweet", "add") and has_child(token, "ccomp", "xcomp"))):
        return None
    addressee = None
    if word.family == "request" or lemma in lex["addressed"]:
        addressee = next((c for c in token.children if c.dep_ in ("dobj", "dative")), None)
    if word.family == "request" and lemma == "call":
        on = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
        addressee = next((g for p in on for g in p.children if g.dep_ == "pobj"), None)
    cue_text = token.text + (f" {word.particle}" if phrasal is not None and word.particle in
                             {c.lower_ for c in token.children} else "")
    if phrasal is not None and word.particle not in {c.lower_ for c in token.children}:
        written = next((c.text for c in token.children if c.lemma_.lower() == word.particle), word.particle)
        cue_text = f"{token.text} {written}"
    return CueHit(token, piece, word, cue_text, head, how, content=content, label=tuple(label),
                  addressee=addressee, quote=quote)


def _capability(token: Token, word: CueWord) -> bool:
    """An act, request or judgement under a modal of ability or possibility ("foundations such as
    X can seek damages", "the council could vote to close it"): what is possible, no position taken."""
    return word.family in ("act", "request", "judgement") and any(
        c.dep_ == "aux" and c.lower_ in _ABILITY for c in token.children)


def _content(cue: Token) -> tuple[Token, ...]:
    """What the cue is about: its complements and objects, without the subject, where and when
    it was said, cues of their own hung on it ("..., calling the attack horrific"), and a clause
    before a semicolon ("X said A; Y reported B": A is not Y's)."""
    tokens = []
    for child in cue.children:
        if child.i < cue.i and semicolon_between(child, cue):
            continue
        if child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE:
            continue
        if child.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            tokens.extend(child.subtree)  # "said A, but that B": B is reported too
            continue
        if child.dep_ in _CONTENT_SKIP:
            continue
        if child.dep_ == "advcl" and child.pos_ == "VERB":
            continue
        tokens.extend(child.subtree)
    return tuple(tokens)


def _reaction(noun: Token) -> bool:
    """A judgement noun given in reaction to an act: "despite criticism from Y", "faced
    criticism from Y", "Criticism from Y was swift"; not one sought ("would need approval from Y")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in REACTION_PREPS) or noun.dep_ == "nsubj" \
        or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in DRAWING_VERBS)


def _addressed_view(noun: Token, agent: Token, lex: Lexicon) -> bool:
    """A view someone else is to deal with ("a duty ... to accommodate their concerns", "agreed
    to hear its complaints"): the object of another's infinitive, held by a pronoun; the
    article's claim about a duty, no statement of the holder."""
    verb = noun.head
    return agent.pos_ == "PRON" and noun.dep_ == "dobj" and verb.lemma_.lower() not in lex["light_verbs"] \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_cue(piece: Piece, token: Token, word: CueWord, *, text: str, quotes: list[Quote],
              lex: Lexicon) -> CueHit | None:
    preps = {c.lower_: c for c in token.children if c.dep_ == "prep"}
    if word.family == "request" and "for" not in preps and "on" not in preps and not has_child(token, "acl"):
        return None  # "X's recommendation that the match be replayed", "X's demand to leave": content
    if fails(token, lex=lex):
        return None
    agent, how = next((c for c in token.children if c.dep_ == "poss"), None), "possessor"
    if agent is not None and agent.pos_ == "PRON" and token.dep_ == "dobj" \
            and token.head.lemma_.lower() in lex["light_verbs"] and has_child(token.head, "nsubj"):
        agent = None  # "X voiced its support": X, the light verb's subject, holds it
    if token.dep_ == "dobj" and token.head.lemma_.lower() in lex["light_verbs"]:  # "expressed solidarity with X"
        preps |= {c.lower_: c for c in token.head.children if c.dep_ in ("prep", "dative") and c.i > token.i
                  and c.lower_ in _AIMED and c.lower_ not in preps}
    if agent is None and "by" in preps:
        agent, how = next((g for g in preps["by"].children if g.dep_ == "pobj"), None), "agent"
    if agent is None and word.family in ("label", "judgement"):
        agent, how = label_agent(preps) or coordinated_holder(token, lex), "agent"
    if agent is None and "from" not in preps and token.dep_ == "dobj" and word.family == "judgement" \
            and token.head.lemma_.lower() in DRAWING_VERBS:
        drawn_from = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from"]
        preps |= {"from": drawn_from[0]} if drawn_from else {}
    if agent is None and "from" in preps and word.family == "judgement" and _reaction(token):
        agent, how = next((g for g in preps["from"].children if g.dep_ == "pobj"), None), "agent"
        preps = {k: v for k, v in preps.items() if k != "from"}  # "criticism from X": X holds it
    if agent is None and token.dep_ == "dobj" and token.head.lemma_.lower() in lex["light_verbs"]:
        agent, how = subject_of(token.head, speech_lemmas=lex.speech_lemmas)
        how = "light" if agent is not None else ""
    if agent is None or _addressed_view(token, agent, lex):
        return None  # "there was concern about the roof": no one holds it
    if how != "light" and token.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj") and word.family != "act" \
            and lex.is_cue_lemma(token.head.lemma_.lower()) and not bare_content_verb(token.head, lex):
        return None  # "dismissed Smith's statement": the object of another cue; "X's refusal" stays an act
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "with", "through", "despite") \
            and word.family == "speech":
        return None  # "In her statement, the director thanked ...": a frame
    quote = attach_quote(token, offset=piece.offset, text=text, quotes=quotes,
                         allowed={w for t in agent.subtree for w in re.findall(r"\w+", t.lower_)} | {"s"})
    content = tuple(t for name, c in preps.items() if name not in ("by", "from") for t in c.subtree)
    content += tuple(t for c in token.children if c.dep_ in ("acl", "ccomp") for t in c.subtree)
    if word.family == "speech" and not (content or quote):
        return None
    label = tuple(preps["as"].subtree) if word.family == "label" and "as" in preps else ()
    cue_text = token.text + (" for" if "for" in preps and word.family == "request" else "")
    return CueHit(token, piece, word, cue_text, agent, how, content=content, label=label,
                  quote=quote, nominal=True)
