"""Which cues of a sentence belong to another cue's content, and which participles are the reporter's
(a part of :mod:`analysis.statements.detect`, kept apart for size).

* A cue inside the reported content of a speech or report cue of the same sentence ("said staff
  would demand a review"; "According to X, the group, which backs Y, ...") is what someone else
  said, not a statement of its own; so is the act of an accusation ("accused the council of
  siding with the developers": the siding is the accusation's content). A full passive with a
  by-agent inside reported content ("adding that the fund had been recommended by the committee")
  is reported too; a reduced one is the agent's own ("..., as suggested by X", "reported by X").
* Not nested: a clause of its own joined to the reported one ("X said A, while the league
  seconded B"; "X said A had happened, and the commission accused B"; a relative clause on a
  noun summing it up, "X said it would scrap the flights, a move Y welcomed"), whatever the
  parser hung on what, and anything after a semicolon ("X said A; Y reported B").
* A participle cue that ends a reported clause after a comma is the reporter's, not the reported
  subject's, when that subject cannot speak: a passive without agent ("the match had been called
  off, citing snow", :func:`~analysis.statements.framing.dangling`) or a common noun that names
  no body or person, or "it" ("announced that the region would ship water, calling the measure
  painful"; but "said the council had closed the pool, citing the cost": the council's).
* A bare past participle fronting or following a clause ("Asked about the delay, the mayor said
  ...", "Pressed on the cost, ...") is a passive: someone else asked, no statement; a participle
  right after the verb's object ("seconded a motion calling for an audit") is the object's,
  unless the object is a document its author put out ("posted a message blaming X").
* A request participle after a legal action ("sued the union, seeking damages") is what the
  action claims, part of the same position.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from analysis.statements.framing import dangling
from analysis.statements.grammar import DOCUMENTS, conjunct_after_subordinate, conjunct_read_as_clause, has_child
from analysis.statements.holders import BODY_NOUNS

if TYPE_CHECKING:
    from analysis.statements.detect import CueHit

#: Subordinators of a contrasting clause with a subject of its own: the reporter's, not reported.
_CONTRAST = frozenset({"while", "whereas", "whilst"})
#: Verbs of legal actions (sued X; filed, brought, launched a case): a request participle after
#: one says what the action claims.
_LEGAL_ACTIONS = frozenset({"sue", "file", "bring", "launch", "open", "start"})
#: Subjects that cannot say or call anything themselves.
_MUTE_PRONOUNS = frozenset({"it", "this", "that"})
#: Common nouns of bodies and people, which can cite or call something themselves ("the council
#: had closed the pool, citing the cost": the council's reason, reported).
_AGENT_NOUNS = BODY_NOUNS | {
    "council", "government", "ministry", "department", "board", "committee", "commission", "authority",
    "police", "army", "court", "union", "party", "administration", "cabinet", "parliament", "assembly",
    "federation", "association", "alliance", "coalition", "regulator", "watchdog", "bank", "airline",
    "mayor", "minister", "president", "governor", "judge", "official", "spokesman", "spokeswoman",
    "spokesperson", "chief", "leader", "director", "owner", "operator", "investor", "developer"}


def semicolon_between(first: Token, second: Token) -> bool:
    """A semicolon between two cues: two sentences in one ("X said A; Y reported B"), whatever
    the parser hung on what."""
    start, end = sorted((first.i, second.i))
    return any(t.text == ";" for t in first.doc[start:end])


def own_clause(token: Token) -> bool:
    """A clause with a subject of its own that only the parser put under another: a contrast
    ("..., while the chairman seconded a motion") or a conjunct after a comma and "and" ("..., and
    the commission accused officers of ...")."""
    if not has_child(token, "nsubj", "nsubjpass"):
        return False
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in token.children)
    if token.dep_ in ("relcl", "acl"):
        return summing_noun(token.head)
    if token.dep_ == "conj":
        cc = next((c for c in token.children if c.dep_ == "cc"), None)
        before = [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i] or ([cc] if cc else [])
        return any(c.lower_ == "and" and c.i > 0 and c.doc[c.i - 1].text == "," for c in before)
    return False


def summing_noun(noun: Token) -> bool:
    """An indefinite noun after a comma that sums up the clause before it ("X announced it would
    scrap the flights, a move the hoteliers welcomed"): the reporter's words, not the reported."""
    first = noun.left_edge
    return noun.pos_ == "NOUN" and first.i > 0 and noun.doc[first.i - 1].text == "," and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def reporters_participle(token: Token) -> bool:
    """A participle cue after a comma that ends a reported clause whose subject cannot speak (a
    passive without agent, a common noun or "it"): the reporter's (module docstring)."""
    if dangling(token):
        return True
    clause = token.head
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i <= clause.i or has_child(token, "nsubj"):
        return False
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    if clause.dep_ not in ("ccomp", "xcomp") and clause.head.dep_ not in ("ccomp",):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None and clause.dep_ == "xcomp":
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in _MUTE_PRONOUNS or (subject.pos_ == "NOUN" and not subject.ent_type_
                                                and subject.lemma_.lower() not in _AGENT_NOUNS
                                                and not any(t.ent_type_ for t in subject.subtree))


def passive_participle(token: Token) -> bool:
    """A bare past participle in an adverbial clause ("Asked about the delay, the mayor said"):
    the cue's subject was asked, pressed or questioned; no statement of its own. A participle with
    an object predicate is a verb the parser hung under a noun ("The
    orchestra called X a hero": "called" read as "orchestra"'s participle), not a passive."""
    return token.tag_ == "VBN" and token.dep_ in ("advcl", "acl") \
        and not has_child(token, "aux", "nsubj", "nsubjpass", "dobj", "agent", "oprd")


def object_participle(token: Token) -> bool:
    """A participle right after the verb's object, with no comma ("seconded a motion calling for
    an audit", "opened a museum praising miners"): it says what the object says or does, no
    statement of the verb's subject."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.is_punct or before.pos_ not in ("NOUN", "PROPN"):
        return False
    objects = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i
               and c.lemma_.lower() not in DOCUMENTS]  # "posted a message blaming X": the poster's
    return any(before.i in {t.i for t in obj.subtree} for obj in objects)


def nested(hit: CueHit, hits: list[CueHit], *, sentence_of: dict[int, int]) -> bool:
    """Whether a cue sits in the reported content of another cue of the same sentence (module
    docstring)."""
    token = hit.token
    if _claim_of_action(hit, hits):
        return True
    if reporters_participle(token) or own_clause(token):
        return False
    for other in hits:
        if other is hit or sentence_of[other.token.i] != sentence_of[token.i]:
            continue
        if other.word.lemma == "according to" and any(t.i == token.i for t in other.content) \
                and not (token.dep_ == "ROOT" and has_child(token, "nsubj")):
            return True  # "According to the BBC, the militia, which supports X, ..."; not the
            # sentence's own verb ("X praised Y, according to Z": X's position, Z's report)
        if (token.dep_ == "conj" and token.head.dep_ == "ccomp" and not has_child(token, "nsubj", "nsubjpass")) \
                or conjunct_read_as_clause(token) or conjunct_after_subordinate(token) is not None:
            continue  # "X said [A had risen] and accused B": the parser's attachment, X's sentence
        if _below(token, other):
            return hit.how != "agent" or has_child(token, "aux", "auxpass")
    return False


def _claim_of_action(hit: CueHit, hits: list[CueHit]) -> bool:
    """A request participle after a legal action ("sued the union, seeking damages"; "filed a
    lawsuit against X, asking the court to ..."): what the action claims, no second position."""
    token = hit.token
    return hit.family == "request" and token.tag_ == "VBG" and token.dep_ == "advcl" and any(
        other.family == "act" and other.token.i == token.head.i and other.token.lemma_.lower() in _LEGAL_ACTIONS
        for other in hits)


def _below(token: Token, other: CueHit) -> bool:
    """Whether ``token`` is in the content of ``other``: under its clause complement (a speech or
    report cue), or the verb of an "of"/"for" complement of an accusation ("accused X of siding")."""
    ancestor, path = token, [token]
    while ancestor.head.i != ancestor.i:
        if ancestor is not token and own_clause(ancestor):
            return False
        if ancestor.head.i == other.token.i:
            if ancestor.dep_ in ("ccomp", "xcomp") and ancestor is not other.token \
                    and not semicolon_between(token, other.token):
                return other.family in ("speech", "report")
            if ancestor.dep_ == "prep" and len(path) >= 2 and path[-2].dep_ == "pcomp" \
                    and other.family in ("judgement", "speech", "label") and not has_child(path[-2], "nsubj"):
                return True  # "accused the council of siding with the developers"; not "praised
                # the court for what she called a signal": a clause with its own subject
            return False
        ancestor = ancestor.head
        path.append(ancestor)
    return False
