"""What a labelling cue calls its object (a part of :mod:`analysis.statements.detect`, kept
apart for size): the small clause of "found the offer reasonable" (:func:`small_clause`) and
the label of "called the plan reckless", "branded them traitors", "described it as unfair",
'called the decision "shameful"' (:func:`label_tokens`).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.grammar import has_child
from analysis.statements.quotes import Quote, inside

#: Labelling verbs whose label may come in an "as" phrase ("described it as unfair").
_LABEL_AS = frozenset({"brand", "label", "describe", "characterise", "characterize", "designate",
                       "portray", "depict", "see", "view", "regard", "denounce", "condemn", "dismiss",
                       "criticise", "criticize", "praise", "hail"})


def small_clause(token: Token) -> tuple[Token, Token] | None:
    """(subject, predicate) of a verbless clause under a cue, as the parser gives "found the
    offer reasonable" or "declared the election free": an adjective or noun complement that has
    a subject of its own; a bare participle parsed as a clause ("considered the deal
    balanced") counts as an adjective."""
    for child in token.children:
        participle = child.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in child.children)
        if child.dep_ in ("ccomp", "xcomp", "oprd") and (child.pos_ in ("ADJ", "NOUN") or participle):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject, child
            if child.dep_ == "oprd" and any(c.dep_ == "det" for c in child.children):
                nouns = [c for c in child.children if c.dep_ == "compound" and c.i < child.i]
                if nouns:  # "called the opera production brilliant", parsed as one noun phrase
                    return nouns[0], child
    for child in token.children:
        if child.dep_ == "dobj":
            after = [c for c in child.children if c.dep_ == "amod" and c.i > child.i and c.pos_ == "ADJ"]
            if after:  # "called X's decision unwise": an adjective after its noun is the predicate
                return child, after[0]
    return None


def label_tokens(token: Token, lemma: str, objects: list[Token], *, quotes: list[Quote],
                  offset: int) -> list[Token]:
    """What a labelling verb calls its object: an object predicate ("called the plan
    reckless"), a small clause ("found the offer reasonable"), a second object ("branded them
    traitors"), an "as" phrase ("described it as unfair"), a quoted modifier ('called the
    decision "shameful"'), a label after a compound object the parser split ("called the pay
    offer an insult"), or the quotation a relative clause calls its head ('a measure the party
    had called "overdue"')."""
    clause = small_clause(token)
    label = []
    if clause is not None:
        own = {t.i for t in clause[0].subtree}
        if clause[1].i in own:  # "called X's decision unwise": the adjective hangs on its noun
            own = set()
        label = [t for t in clause[1].subtree if t.i not in own and t.dep_ != "det"]
    if not label:
        label = [t for c in token.children if c.dep_ in ("oprd",) for t in c.subtree]
    if not label and len(objects) >= 2:
        label = list(objects[-1].subtree)
    if not label and lemma in _LABEL_AS:
        label = [t for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
    if not label and lemma in _LABEL_AS:  # "described the strike as blackmail", "as" hung on the object
        label = [t for obj in objects for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"
                 for t in c.subtree]
    if not label:
        label = [t for obj in objects for t in obj.subtree if inside(offset + t.idx, quotes)]
    if not label and objects:  # "called the pay offer an insult": "offer" misread as a verb
        label = [t for c in token.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP", "NN")
                 and not has_child(c, "nsubj", "aux", "mark") for o in c.children
                 if o.dep_ == "dobj" and has_child(o, "det") for t in o.subtree]
    if not label and token.dep_ == "relcl" and not objects:  # 'a measure X had called "the least ..."'
        label = [t for t in token.subtree if t.i > token.i and inside(offset + t.idx, quotes)]
    return label
