"""Acts that are positions only toward something named (:mod:`analysis.statements.detect` asks).

* held-object acts (suspend, freeze, blacklist) count against a named actor or what a named
  actor holds ("suspended Osk Mills' membership", "froze part of Norland's funds"); "suspended
  flights", "froze wages", "suspended Kell Rovers' captain" and a police freeze in a crime report
  are events;
* "passed" counts only with a named law or bill ("passed the Kell Reform Bill");
* formal approvals (approve, pass, sign, ratify, adopt) count in the passive too when the approved
  thing is named ("the law, known as the Kell Act, was passed by the assembly"); "the budget was
  approved by the council" stays no position (README: approving a *named* agreement, body or bill).
"""

from __future__ import annotations

from spacy.tokens import Token

_WHEN = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
#: Entity types of actors an act can be against ("suspended the Kell Cup" is a cancelled event).
_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Nouns of a portion of a holding ("part of Norland's funds").
_PORTIONS = frozenset({"part", "share", "half", "portion", "some", "most", "all", "much", "bulk", "rest"})
#: Acts against a named actor or what it holds ("suspended Kell's membership", "froze part of
#: Norland's funds"); "suspended flights", "froze wages" (no named holder) are events.
_HELD_OBJECT_ACTS = frozenset({"suspend", "freeze", "blacklist"})
#: What a named actor holds that such an act takes away ("Osk Mills' membership", "Norland's funds");
#: "suspended Kell Rovers' captain" (a person) is discipline, no act against Kell Rovers.
_HOLDINGS = frozenset({"membership", "fund", "funds", "funding", "asset", "aid", "licence", "license",
                       "accreditation", "account", "loan", "subsidy", "grant", "payment", "status", "right",
                       "privilege", "visa", "participation", "seat", "cooperation", "contract", "export", "import"})
#: Subjects whose freezing or suspending is law enforcement in a crime report, no position.
_ENFORCERS = frozenset({"police", "prosecutor", "investigator", "detective", "officer", "customs"})
#: Formal approvals that count in the passive too when the approved thing is named ("the Kell
#: Act was passed by the assembly"); "the budget was approved by the council" stays no position.
_FORMAL_APPROVALS = frozenset({"approve", "pass", "sign", "ratify", "adopt"})
#: Nouns of what a legislature passes: "passed" counts only with one of them or a named law.
_INSTRUMENTS = frozenset({"bill", "act", "law", "budget", "resolution", "motion", "amendment", "treaty",
                          "agreement", "accord", "pact", "convention", "charter", "code", "reform"})


def _named(noun: Token) -> bool:
    """A name (also a run of proper nouns the tagger left untyped: "the Norland Reform Bill"), or
    a noun named by an apposition or a 'known as'/'called' clause ("the law, known as the Kell
    Act,"); "the Norland budget" is no name."""
    if noun.ent_type_ and noun.ent_type_ not in _WHEN:
        return True
    if noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return True
    return any(t.ent_type_ and t.ent_type_ not in _WHEN
               for c in noun.children if c.dep_ in ("appos", "acl") for t in c.subtree)


def _named_holder(noun: Token) -> bool:
    """A named actor, or what a named actor holds: its possessor is named ("Osk Mills'
    membership"), or its "of" phrase ("the assets of the Kell Company"), also through a portion
    ("part of Norland's funds")."""
    if noun.ent_type_ in _ACTORS:
        return True
    holding = noun.lemma_.lower() in _HOLDINGS
    if holding and any(c.dep_ == "poss" and c.ent_type_ in _ACTORS for c in noun.children):
        return True
    if not (holding or noun.lemma_.lower() in _PORTIONS):
        return False  # "the captain of Kell Rovers": a person, no holding
    return any(_named_holder(g) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def _instrument(noun: Token) -> bool:
    """A named law or bill: a LAW entity, or a legislative noun that is named ("the Kell
    Reform Bill", "the law, known as the Press Act")."""
    return noun.ent_type_ == "LAW" or (noun.lemma_.lower() in _INSTRUMENTS and _named(noun))


def act_object_missing(token: Token, lemma: str) -> bool:
    """Acts that are positions only toward something named: held-object acts without a named
    holder, "passed" without a named law (in the passive, its subject)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in _HELD_OBJECT_ACTS:
        enforcer = any(c.dep_ == "nsubj" and c.lemma_.lower() in _ENFORCERS for c in token.children)
        return enforcer or not any(_named_holder(o) for o in objects)
    if lemma == "pass":
        return not any(_instrument(o) for o in objects)
    return False


def named_approval(token: Token, lemma: str) -> bool:
    """A formal approval in the passive whose subject is named ("the Kell Act was passed by X")."""
    return lemma in _FORMAL_APPROVALS and any(
        c.dep_ == "nsubjpass" and _named(c) for c in token.children)
