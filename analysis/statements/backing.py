"""A paper's position carried by whoever backs it (a part of the driver's stages, kept apart).

"X seconded a motion calling for an audit of Y", "X signed a petition demanding Y's
resignation", "X backed a resolution condemning Y": backing a paper is not support of what the
paper attacks. When a cue of backing (:data:`BACKING`) has a paper (:data:`PAPERS`) as its
object, and the paper's own verb (a participle or relative clause of it) is a request or a
judgement of the lexicon, the backer's statement takes that verb's position: the cue stays the
act ("seconded"), the stance and target are read from the paper's verb, with the backer as its
speaker. Anything else (a paper with no such verb, "signed the treaty") is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from analysis.statements.detect import CueHit
from analysis.statements.lexicon import Lexicon

#: Acts of backing a paper.
BACKING = frozenset({"second", "sign", "back", "support", "endorse", "cosign", "co-sign", "sponsor"})
#: Papers that carry a position of their own.
PAPERS = frozenset({"motion", "petition", "resolution", "bill", "letter", "amendment", "declaration"})
_SKIP = frozenset({"nsubj", "nsubjpass", "punct", "aux", "auxpass", "mark", "cc"})


def carried(hit: CueHit, *, lex: Lexicon) -> CueHit | None:
    """The paper's own request or judgement, as a cue in the backer's place (module docstring),
    or None."""
    if hit.family not in ("act", "judgement") or hit.token.lemma_.lower() not in BACKING:
        return None
    for paper in (c for c in hit.token.children if c.dep_ == "dobj" and c.lemma_.lower() in PAPERS):
        verbs = [c for c in paper.children if c.dep_ in ("acl", "relcl")]
        verbs += [c for c in hit.token.children if c.dep_ in ("advcl", "acl") and c.i > paper.i
                  and c.tag_ == "VBG"]  # "seconded a motion in the Senate calling for ...", as parsed
        for verb in verbs:
            found = _paper_cue(hit, verb, lex=lex)
            if found is not None:
                return found
    return None


def _paper_cue(hit: CueHit, verb: Token, *, lex: Lexicon) -> CueHit | None:
    """A request or judgement verb of a paper as a cue: its phrasal or single-word entry, its
    content (all but subject and function words), its addressee ("urging X to ...")."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")]
    word = lex.phrasal_of(lemma, particles) or lex.verb(lemma)
    if word is None or word.family not in ("request", "judgement"):
        return None
    content = tuple(t for c in verb.children if c.dep_ not in _SKIP for t in c.subtree)
    addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None) \
        if lemma in lex["addressed"] else None
    return replace(hit, token=verb, word=word, content=content, addressee=addressee, label=(), quote=None,
                   nominal=False)
