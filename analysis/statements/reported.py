"""Targets read from reported content and from acts told before (a part of
:class:`~analysis.statements.targets.TargetFinder`, kept apart for size).

* reported speech is about the subject or object of the reported clauses or quotation, in
  reading order, subject first (rule 4 of :mod:`analysis.statements.targets`); then what it is
  said "of" or "about"; then a person or organisation as the subject of a deeper clause;
* a speaker telling of its own attack ("said it had staged the raid") and a claim of
  responsibility aim at the attacked, named in the claim or remembered as a victim before;
* a judgement noun given in reaction to an act ("despite criticism by Y", "faced criticism
  from Y") is about the act's actor.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Token

from analysis.statements.actors import EVENT_NOUNS
from analysis.statements.detect import (
    DRAWING_VERBS,
    REACTION_PREPS,
    CueHit,
    semicolon_between,
)
from analysis.statements.grammar import agents_below, phrase

#: Prepositions of place and time: their objects are where or when, not what about.
_LOCATIVE = frozenset({"in", "at", "near", "across", "around", "inside", "outside", "during",
                       "after", "before", "since", "throughout", "from", "via", "through", "into"})

class Target(NamedTuple):
    """A target: canonical name (None when there is none), its words in the text, and the rule."""

    name: str | None
    text: str
    how: str
    token: Token | None = None  # a token of the target's words, for the stance stage


NO_TARGET = Target(None, "", "none")


class ReportedTargets:
    """Reported-content and context rules of the target finder; the finder supplies
    ``resolver``, ``lex``, ``_speakers`` and the look-ups ``_refer``, ``_maker``, ``_author``,
    ``_text``, ``_victims`` and ``_is_place_modifier``."""

    def _claimed_attack(self, hit: CueHit, skip: set[str]) -> Target | None:
        """The speaker's own attack told in the content ("said it had staged the raid",
        "we struck the depots of X"): aimed at its victim, named in it or told before."""
        violence = self.lex["violence_nouns"]
        content = [*hit.content, *hit.quoted]
        for verb in content:
            if verb.pos_ != "VERB":
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            own = any(s.lower_ in ("we", "it", "they") or
                      getattr(self.resolver.entity_of(hit.piece, s), "name", None) in self._speakers
                      for s in subjects)
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            attack = any(o.lemma_.lower() in violence for o in objects) or (
                verb.lemma_.lower() in ("attack", "bomb", "strike", "shell", "raid") and objects)
            if not own or not attack:
                continue
            found = self._victim(hit, objects, skip, whole=lambda o: o.lemma_.lower() not in violence)
            if found:
                return found._replace(how="claimed-attack")
        return None

    def _victim(self, hit: CueHit, objects: list[Token], skip: set[str], *, whole=lambda obj: False) -> Target | None:
        """Who an attack named in ``objects`` was aimed at: an entity after on/against in it
        (the whole object when ``whole(obj)``: "struck the depots of X"), else the victim of the
        last hostile act told before."""
        for obj in objects:
            victims = self._victims(obj) | ({t.i for t in obj.subtree} if whole(obj) else set())
            for name, token in self.resolver.entities_in(hit.piece, [t for t in obj.subtree if t.i in victims]):
                if name not in skip:
                    return Target(name, self._text(hit, [token]), "object", token)
        name = self.resolver.discourse.last_victim(hit.piece.paragraph, hit.piece.offset + hit.token.idx,
                                                   skip=frozenset(skip))
        return Target(name, "", "context", None) if name else None

    def _attacked(self, hit: CueHit, objects: list[Token], skip: set[str]) -> Target | None:
        """"claimed responsibility for the attack on X" -> X; for "the attacks" named without
        a victim, the victim of the last hostile act told before (never the claimant)."""
        found = self._victim(hit, objects, skip)
        if found:
            return found
        for obj in objects:  # "the bombing of a market in Lagos": the place attacked
            for name, token in self.resolver.entities_in(hit.piece, list(obj.subtree)):
                if name not in skip and self.resolver.index.types.get(name) in ("GPE", "LOC", "FAC"):
                    return Target(name, self._text(hit, [token]), "object", token)
        return None

    def _drew_it(self, hit: CueHit, skip: set[str]) -> Target | None:
        """A judgement noun with no object, drawn by a clause's subject: "X closed the port
        despite criticism by Y", "amid protests from Y", "X faced criticism from Y", "the plan
        drew praise from Y" -> X (or whoever made the plan)."""
        noun = hit.token
        if noun.dep_ == "pobj" and noun.head.lower_ in REACTION_PREPS:
            verb = noun.head.head
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in DRAWING_VERBS:
            verb = noun.head
        else:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        found = [(n, t) for n, t in self.resolver.entities_in(hit.piece, phrase(subject)) if n not in skip]
        if found:
            return Target(found[0][0], self._text(hit, [found[0][1]]), "object", found[0][1])
        resolved = self._refer(hit, subject, bare=True) or self._event_owner(hit, subject)
        if resolved and resolved not in skip:
            return Target(resolved, self._text(hit, [subject]), "object-reference", subject)
        if subject.lemma_.lower() in EVENT_NOUNS:
            return self._author(hit, subject, skip) or self._maker(hit, subject, skip)
        return self._maker(hit, subject, skip)

    # -- reported content ------------------------------------------------------------------------

    def _reported_target(self, hit: CueHit, skip: set[str]) -> Target:
        """The subject or object of the reported clause or quotation."""
        return next(self.reported_candidates(hit, skip), NO_TARGET)

    def reported_candidates(self, hit: CueHit, skip: set[str]) -> Iterator[Target]:
        """Every subject or object of the reported clauses and quotation, in reading order of
        the clauses, subject first; then what the speech is said "of" or "about". The first is
        the target (choosing a later one that the content evaluates was tried and was wrong more
        often than right: "a big win for X", "X is not beaten")."""
        named = set()
        for root in self._clause_roots(hit):
            for role in self._core(root):
                found = [(n, t) for n, t in self.resolver.entities_in(hit.piece, role) if n not in skip
                         and not self._is_place_modifier(t, root, n)]
                if found:
                    if found[0][0] not in named:
                        named.add(found[0][0])
                        yield Target(found[0][0], self._text(hit, [found[0][1]]), "reported", found[0][1])
                    continue
                head = role[0] if role else None
                if head is not None:
                    resolved = self._refer(hit, head) or self._event_owner(hit, head)
                    if resolved and resolved not in skip and resolved not in named:
                        named.add(resolved)
                        yield Target(resolved, self._text(hit, [head]), "reported-reference", head)
                        continue
                    author = self._maker(hit, head, skip)
                    if author is not None and author.name not in named:
                        named.add(author.name)
                        yield author
        of = [g for c in hit.token.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
              for g in c.children if g.dep_ == "pobj"]
        for obj in of:  # "said of the ministry"
            found = [(n, t) for n, t in self.resolver.entities_in(hit.piece, phrase(obj)) if n not in skip]
            if found and found[0][0] not in named:
                named.add(found[0][0])
                yield Target(found[0][0], self._text(hit, [obj]), "about", found[0][1])
        yield from self._deep_subjects(hit, skip | named)

    def _deep_subjects(self, hit: CueHit, skip: set[str]) -> Iterator[Target]:
        """A person or organisation as the subject of a clause further down the content
        ("said tests would be run to confirm whether X is fit to stand trial" -> X)."""
        for root in self._clause_roots(hit):
            for clause in root.subtree:
                if clause.i == root.i or clause.pos_ not in ("VERB", "AUX"):
                    continue
                for child in clause.children:
                    if child.dep_ not in ("nsubj", "nsubjpass"):
                        continue
                    for name, token in self.resolver.entities_in(hit.piece, phrase(child)):
                        if name not in skip and self.resolver.index.types.get(name) in ("PERSON", "ORG"):
                            skip = skip | {name}
                            yield Target(name, self._text(hit, [token]), "reported", token)

    def _event_owner(self, hit: CueHit, head: Token) -> str | None:
        """The owner of a decision or move named by a pronoun, title or description ("this
        decision by the president", "the governor's plan" -> the governor)."""
        if head.lemma_.lower() not in EVENT_NOUNS:
            return None
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [g for c in head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            resolved = self._refer(hit, owner, bare=True)
            if resolved:
                return resolved
        return None

    def _clause_roots(self, hit: CueHit) -> list[Token]:
        """Roots of the reported clauses: clause complements, the quotation's clauses, the main
        clause of an aside ("As X told Y, <clause>")."""
        roots = [c for c in hit.token.children if c.dep_ in ("ccomp", "parataxis", "xcomp")
                 and not (c.i < hit.token.i and semicolon_between(c, hit.token))]
        roots += [c for c in hit.token.children if c.dep_ == "conj" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]  # "said A, but that B"
        if hit.quote is not None:
            quoted = hit.quoted
            inside = {t.i for t in quoted}
            roots += [t for t in quoted if t.head.i not in inside or t.head.i == t.i]
        if not roots and hit.content and hit.family in ("speech", "report"):
            content = {t.i for t in hit.content}
            roots = [t for t in hit.content if (t.head.i not in content or t.head.i == t.i)
                     and t.pos_ in ("VERB", "AUX")]
        return [r for r in roots if r.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "PROPN")]

    @staticmethod
    def _core(root: Token) -> list[list[Token]]:
        """Subject and object phrases of a clause and of the clauses it joins or embeds one level
        down ("Let's pray for X": X), subject first; not a verb of the speaker's own the parser
        joined to the reported clause ("said its offer was fair and accused the unions")."""
        parts = []
        clauses = [root, *(c for c in root.children if c.dep_ in ("conj", "ccomp", "xcomp")
                           and c.pos_ in ("VERB", "AUX") and not speakers_own(c))]
        for clause in clauses:
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    parts.append(phrase(child) + agents_below(child))
                    parts.extend(phrase(c) for c in child.conjuncts)  # "Nice words, but X has never ..."
            for child in clause.children:
                if child.dep_ in ("dobj", "attr", "dative"):
                    parts.append(phrase(child) + agents_below(child))
                elif child.dep_ == "acomp":  # "are grateful to X"
                    parts.extend(phrase(g) for p in child.children if p.dep_ == "prep" and p.lower_ not in _LOCATIVE
                                 for g in p.children if g.dep_ == "pobj")
                elif child.dep_ == "prep" and child.lower_ not in _LOCATIVE or child.dep_ == "agent":
                    parts.extend(phrase(g) for g in child.children if g.dep_ == "pobj")
        return parts


#: Verbs of a position that, joined without a subject to a reported clause, are the speaker's own
#: next act ("the ministry said its offer was fair and accused the unions of ..."), not reported.
_OWN_ACTS = frozenset({"accuse", "urge", "call", "demand", "condemn", "criticise", "criticize", "praise", "warn",
                       "reject", "dismiss", "blame", "vow", "promise", "insist", "add", "deny"})


def speakers_own(verb: Token) -> bool:
    """A conjunct verb with no subject of its own after a reported clause, of :data:`_OWN_ACTS`."""
    return verb.dep_ == "conj" and verb.lemma_.lower() in _OWN_ACTS and verb.head.dep_ == "ccomp" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
