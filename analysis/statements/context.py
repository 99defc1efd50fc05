"""Targets told by context: the author of an act, the maker of a thing, the perpetrator of an
attack (a part of :class:`~analysis.statements.targets.TargetFinder`, kept apart for size).

* a definite thing named without its maker ("said the bridge was a masterpiece") is about the
  last one who made or launched it; a building or site no one made ("will restore the
  cathedral") is the last building or place named;
* a definite act named by a noun ("the plan", "the recount", "the transfers") is about its
  author told before (:mod:`~analysis.statements.authors`), or, for the older decision nouns
  with no author told, the last actor of the matching verb or the most active actor
  (:func:`~analysis.statements.actors.author_of`); a label given to an act ("called the
  minister's offer a trick") is about its possessor, resolved, or its author;
* an attack named without its author is about its perpetrator, never the victim;
* a cue in a relative clause with no object of its own judges the noun it describes ("a
  proposal the unions rejected"), an act summing up the clause before it ("X offered ...,
  a proposal the unions rejected") being its subject's.

Descriptions that stand for a named entity ("the union") are resolved in
:mod:`~analysis.statements.references`.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.actors import EVENT_NOUNS, author_of, maker_of
from analysis.statements.authors import CAMPAIGN_ACTS, ActAuthors, definite, is_act_noun
from analysis.statements.detect import CueHit
from analysis.statements.reported import Target
from analysis.statements.scope import BUILDINGS


class ContextTargets:
    """Context rules of the target finder; the finder supplies ``resolver``, ``authors`` (an
    :class:`~analysis.statements.authors.ActAuthors`), ``_speakers``, ``_refer`` and ``_text``."""

    authors: ActAuthors

    def _maker(self, hit: CueHit, head: Token, skip: set[str]) -> Target | None:
        """A definite thing named without its maker ("said the bridge was a masterpiece"); a
        decision or move named without its author ("said the change needs approval") -> its
        author (:meth:`_author`); a building or site no one made ("will restore the cathedral")
        -> the last building or place named."""
        start = hit.piece.offset + min(hit.token.idx, hit.token.sent.start_char)
        name = maker_of(self.resolver.discourse, head, position=(hit.piece.paragraph, start), skip=skip)
        if name is None and is_act_noun(head):
            author = self._act_author(hit, head, skip)
            if author is not None:
                return author
        if name is None and head.lemma_.lower() in EVENT_NOUNS and head.pos_ == "NOUN":
            return self._author(hit, head, skip)
        if name is None and head.lemma_.lower() in BUILDINGS and head.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            name = self.resolver.index.last_before(hit.piece.paragraph, hit.piece.offset + head.idx,
                                                   ("LOC", "FAC"), skip=frozenset(skip), topic=False)
        return Target(name, self._text(hit, [head]), "context", head) if name else None

    def _relativised(self, hit: CueHit, skip: set[str]) -> Target | None:
        """A cue in a relative clause with no object of its own ("a proposal the unions
        rejected", "a decision which residents condemned") judges the noun the clause describes:
        an entity among the noun's own words, else the author named with the act
        (:meth:`~analysis.statements.authors.ActAuthors.own_author`: "X offered ..., a proposal
        the unions rejected" -> X), else, for a definite act, its author told before."""
        token = hit.token
        if token.dep_ not in ("relcl", "acl") or token.head.pos_ != "NOUN" or token.head.i > token.i:
            return None
        if any(c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and c.tag_ not in ("WDT", "WP") for c in token.children):
            return None
        noun = token.head
        inner = {t.i for t in token.subtree}
        words = [t for t in noun.subtree if t.i not in inner and t.i <= noun.i]
        found = [(n, t) for n, t in self.resolver.entities_in(hit.piece, words) if n not in skip]
        if found:
            return Target(found[0][0], self._text(hit, [found[0][1]]), "object", found[0][1])
        name = self.authors.own_author(hit.piece, noun)
        if name and name not in skip:
            return Target(name, self._text(hit, [noun]), "act-author", noun)
        return self._act_author(hit, noun, skip) if is_act_noun(noun) else None

    def _act_owner(self, hit: CueHit, act: Token, skip: set[str]) -> Target | None:
        """Who made an act a label is given to: its possessor resolved ("the minister's offer"),
        else its author told before."""
        for owner in (c for c in act.children if c.dep_ == "poss"):
            resolved = self._refer(hit, owner)
            if resolved and resolved not in skip:
                return Target(resolved, self._text(hit, act.subtree), "object-reference", owner)
        return self._act_author(hit, act, skip)

    def _act_author(self, hit: CueHit, act: Token, skip: set[str]) -> Target | None:
        """The author of a definite act noun told before (:mod:`~analysis.statements.authors`);
        a judgement of an act by the speaker's own body is about that body ("its chief defended
        the price"), never about the speaker."""
        start = hit.piece.offset + min(hit.token.idx, hit.token.sent.start_char)
        own = hit.family in ("judgement", "label") and hit.token.dep_ != "advcl"
        name = self.authors.author(act, position=(hit.piece.paragraph, start),
                                   skip=set(self._speakers) if own else skip | self._speakers)
        return Target(name, self._text(hit, [act]), "act-author", act) if name else None

    def _author(self, hit: CueHit, event: Token, skip: set[str]) -> Target | None:
        """The author of a decision or move named without one ("criticised the move"): the act's
        author told before, else the old fallback of :func:`~analysis.statements.actors.author_of`."""
        found = self._act_author(hit, event, skip)
        if found is not None:
            return found
        name = author_of(self.resolver.discourse, event, types=self.resolver.index.types,
                         position=(hit.piece.paragraph, hit.piece.offset + hit.token.idx), skip=skip)
        return Target(name, self._text(hit, [event]), "context", None) if name else None

    def _perpetrator(self, hit: CueHit, act: Token, skip: set[str]) -> Target | None:
        """The author of an attack named without one ("condemned the attack"): for "the
        strike", the organisation or person last told striking ("X walked out", "X called a
        strike", "X launched a strike on Y"); else the entity that
        owns the same kind of act earlier in the paragraph ("the Hamas attacks", "attacks by
        X"), else the last actor of a hostile act in the last three paragraphs ("members of the
        Front set fire to ..."), else the person the article names as the culprit anywhere
        (:mod:`~analysis.statements.culprits`); None when there is none (never the victim)."""
        lemma = act.lemma_.lower()
        if lemma in CAMPAIGN_ACTS and definite(act):  # "described the strike as ...": who struck
            name = self.authors.actor(CAMPAIGN_ACTS[lemma], position=(hit.piece.paragraph, hit.piece.offset + act.idx),
                                      accept=lambda n: n not in skip and n not in self._speakers
                                      and self.resolver.index.types.get(n) in ("ORG", "PERSON", "NORP"))
            if name:
                return Target(name, self._text(hit, [act]), "context", act)
        for token in reversed(hit.piece.doc[:act.i]):
            if token.lemma_.lower() != lemma:
                continue
            owners = [t for c in token.children if c.dep_ in ("compound", "poss", "amod") for t in c.subtree]
            owners += [t for c in token.children if c.dep_ in ("agent",) or (c.dep_ == "prep" and c.lower_ == "by")
                       for t in c.subtree]
            for name, t in self.resolver.entities_in(hit.piece, owners):
                if name not in skip:
                    return Target(name, self._text(hit, [t]), "perpetrator", t)
        act = self.resolver.discourse.last_act(hit.piece.paragraph, hit.piece.offset + act.idx, hostile=True,
                                               skip=frozenset(skip))
        if act is not None:
            return Target(act.name, "", "context", None)
        culprit = next((n for n in self.resolver.discourse.culprits if n not in skip), None)
        return Target(culprit, "", "context", None) if culprit else None
