"""What a statement is about: the entity its position is for or against.

:func:`find_target` applies, in order:

1. a denial has no target (it is about a claim);
2. a requested, threatened or judged action aims at its object: "urged sanctions on X",
   "called for talks with X", "said X should be punished" -> X; a call on X to restrain its own
   conduct ("urged X to withdraw") targets X; a call on X to help Y targets Y;
3. a position taken by word or act (condemn, praise, expel, label) is about its object: the
   entity in the object phrase ("condemned X's strikes"), a resolved pronoun, title or
   description ("criticised him", "praised the regulator"), the owner of an event noun ("the
   decision by X", "X's refusal"), the by-agent of a passive inside it ("a petition signed by
   X"), the entity just talked about for a periphrasis ("one of X's finest players"); the
   victim of an attack named in it is not the one judged ("the attack on X");
4. reported speech is about the subject or object of the reported clause or quotation ("said
   the champion had bribed the judges" -> the champion; "said of the ministry" -> the
   ministry); never a place in a locative phrase, a source, a bystander or a possessive
   modifier, and never the addressee ("told Sports Radio").

Never the speaker, except for the speaker's own decision or move ("defended his decision");
nothing is inherited from the speaker's previous statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Token

from analysis.statements.actors import EVENT_NOUNS, author_of, maker_of
from analysis.statements.detect import DRAWING_VERBS, REACTION_PREPS, CueHit, small_clause
from analysis.statements.grammar import MALE_FEMALE, NEUTER, PLURAL, agents_below, core_subtree, phrase, span_text
from analysis.statements.lexicon import Lexicon
from analysis.statements.speakers import SpeakerResolver

#: Prepositions whose object a judged action is aimed at ("sanctions on X", "ties with X").
_AIM_PREPS = frozenset({"on", "against", "with", "to", "from", "of", "for"})
#: Prepositions of place and time: their objects are where or when, not what about.
_LOCATIVE = frozenset({"in", "at", "near", "across", "around", "inside", "outside", "during",
                       "after", "before", "since", "throughout", "from", "via", "through", "into"})
#: Requested actions of restraint: a call on X to do them opposes X.
_RESTRAINT = frozenset({"stop", "end", "halt", "cease", "withdraw", "refrain", "stand", "step",
                        "resign", "release", "lift", "drop", "reverse", "abandon", "scrap", "leave",
                        "explain", "justify", "account", "apologise", "apologize", "answer", "pay"})


#: Verbs that deny when their object is a claim ("rejected claims that ...").
_REJECTING = frozenset({"reject", "dismiss", "deny", "refute", "rebut", "dispute", "brush"})

_ANY_NAMED = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "NORP")


class Target(NamedTuple):
    """A target: canonical name (None when there is none), its words in the text, and the rule."""

    name: str | None
    text: str
    how: str
    token: Token | None = None  # a token of the target's words, for the stance stage


NO_TARGET = Target(None, "", "none")


class TargetFinder:
    """Finds the targets of one article's cues (one job: cue -> target)."""

    def __init__(self, *, resolver: SpeakerResolver, lex: Lexicon, texts: dict[int, str]) -> None:
        self.resolver = resolver
        self.lex = lex
        self.texts = texts
        self._speakers: frozenset[str] = frozenset()  # of the cue being read

    def find(self, hit: CueHit, *, speakers: set[str], actions: list[Token] | None = None) -> Target:
        """The target of a cue for speakers (rules 1-4 of the module docstring); ``actions`` are
        the cue's :meth:`action_tokens` when the caller has them already."""
        if hit.token.lemma_.lower() in ("deny", "denial") and hit.family == "report":
            return NO_TARGET
        if self.is_denial(hit):
            return Target(None, "", "denial")
        skip = set(speakers)
        self._speakers = frozenset(speakers)
        addressee = self._name(hit, hit.addressee) if hit.addressee is not None else None
        others = skip | ({addressee} if addressee else set())
        if hit.family in ("judgement", "act", "label"):
            target = self._object_target(hit, others)
            if target:
                return target
        actions = self.action_tokens(hit) if actions is None else actions
        if actions and (hit.family in ("request", "judgement", "act") or self._judged(actions)):
            target = self._aimed_at(hit, actions, others)
            if target:
                return target
            if hit.family == "request" and any(t.lemma_.lower() in _RESTRAINT for t in actions):
                actor = self._requested_actor(hit, actions)
                if actor is not None and actor.name not in skip:
                    return actor
            if hit.family == "request" and hit.addressee is not None and self._judged(actions):
                target = self._addressee_modifier(hit, others)
                if target:
                    return target
        if hit.family == "request" and not actions:
            target = self._object_target(hit, others)
            if target:
                return target
        if hit.family in ("judgement", "act", "label", "request"):
            return NO_TARGET
        if hit.family == "speech":
            claimed = self._claimed_attack(hit, others)
            if claimed:
                return claimed
        return self._reported_target(hit, others)

    def _claimed_attack(self, hit: CueHit, skip: set[str]) -> Target | None:
        """The speaker's own attack told in the content ("said it had carried out the attack",
        "we struck the depots of X"): aimed at its victim, named in it or told before."""
        violence = self.lex["violence_nouns"]
        content = [*hit.content, *self._quoted_tokens(hit)]
        for verb in content:
            if verb.pos_ != "VERB":
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            own = any(s.lower_ in ("we", "it", "they") or
                      (self.resolver.entity_of(hit.piece, s) is not None
                       and self.resolver.entity_of(hit.piece, s).name in self._speakers) for s in subjects)
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            attack = any(o.lemma_.lower() in violence for o in objects) or (
                verb.lemma_.lower() in ("attack", "bomb", "strike", "shell", "raid") and objects)
            if not own or not attack:
                continue
            for obj in objects:
                victims = self._victims(obj) | ({t.i for t in obj.subtree} if obj.lemma_.lower() not in violence else set())
                for name, token in self.resolver.entities_in(hit.piece, [t for t in obj.subtree if t.i in victims]):
                    if name not in skip:
                        return Target(name, self._text(hit, [token]), "claimed-attack", token)
            name = self.resolver.discourse.last_victim(hit.piece.paragraph, hit.piece.offset + hit.token.idx,
                                                       skip=frozenset(skip))
            if name:
                return Target(name, "", "claimed-attack", None)
        return None

    @staticmethod
    def _quoted_tokens(hit: CueHit) -> list[Token]:
        if hit.quote is None:
            return []
        return [t for t in hit.piece.doc if hit.quote.start <= hit.piece.offset + t.idx < hit.quote.end]

    def _requested_actor(self, hit: CueHit, actions: list[Token]) -> Target | None:
        """Who is asked to restrain itself: the addressee ("urged X to withdraw"), or the
        subject of the requested clause ("called for X to stop", "demanded that X stop")."""
        heads = [hit.addressee] if hit.addressee is not None else []
        heads += [c for t in actions for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        for head in heads:
            name = self._name(hit, head)
            if name:
                return Target(name, self._text(hit, [head]), "restrained", head)
        return None

    def is_denial(self, hit: CueHit) -> bool:
        """"rejected claims that ...", "dismissed fears that ...": a denial (neutral, no target)."""
        return hit.token.lemma_.lower() in _REJECTING and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.lex["denial_objects"]
            for c in hit.token.children)

    def _judged(self, actions: list[Token]) -> bool:
        words = {t.lemma_.lower() for t in actions} | {t.lower_ for t in actions}
        return bool(words & (self.lex["hostile_actions"] | self.lex["friendly_actions"]))

    def _addressee_modifier(self, hit: CueHit, skip: set[str]) -> Target | None:
        """"urged states with ties to X to cut them": X, named in the addressee's own phrase or
        in a with/against phrase of the request."""
        modifiers = [t for c in hit.addressee.children if c.dep_ in ("prep", "relcl", "acl") for t in c.subtree]
        modifiers += [t for c in hit.token.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                      for t in c.subtree]
        for name, token in self.resolver.entities_in(hit.piece, modifiers):
            if name not in skip:
                return Target(name, self._text(hit, [token]), "action", token)
        return None

    # -- actions ---------------------------------------------------------------------------------

    def action_tokens(self, hit: CueHit) -> list[Token]:
        """The requested or judged actions: a request's clause or object ("urged X to sever
        ties", "called for an embargo"), or hostile/friendly action words in other content."""
        actions = self.lex["hostile_actions"] | self.lex["friendly_actions"]
        if hit.family == "request":
            heads = [c for c in hit.token.children if c.dep_ == "xcomp"
                     or (c.dep_ in ("dobj", "ccomp") and c.lemma_.lower() in actions)]
            heads += [g for c in hit.token.children if c.dep_ == "prep" and c.lower_ in ("for",)
                      for g in c.children if g.dep_ in ("pobj", "pcomp")]
            heads += [c for c in hit.token.children if c.dep_ in ("advcl", "ccomp")
                      and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
            out = []
            for head in heads:
                out.append(head)
                out.extend(t for t in core_subtree(head, aims=_AIM_PREPS) if t.i != head.i and
                           (t.lemma_.lower() in actions or t.lower_ in actions))
            return out
        return [t for t in hit.content if t.lemma_.lower() in actions or t.lower_ in actions]

    def _aimed_at(self, hit: CueHit, actions: list[Token], skip: set[str]) -> Target | None:
        """The entity an action is aimed at: "sanctions on X", "help X", "embargo to X"; a
        friendly action also helps the people of a place it names ("protect civilians in X")."""
        friendly = self.lex["friendly_actions"]
        for token in actions:
            if token.lemma_.lower() in self.lex["violence_nouns"] and hit.family != "request":
                continue  # "condemned the attack on X": X is the victim
            aims = _AIM_PREPS | ({"in"} if token.lemma_.lower() in friendly else set())
            children = [*token.children, *(g for c in token.children if c.dep_ == "advmod"
                                           and c.lower_ in ("away", "clear") for g in c.children)]
            for child in children:  # "stay away from X": the from-phrase hangs on "away"
                if child.dep_ == "prep" and child.lower_ in aims:
                    candidates = [t for t in child.subtree if t.dep_ in ("pobj", "poss", "compound", "amod", "conj")]
                elif child.dep_ in ("dobj", "dative") and token.pos_ == "VERB":
                    candidates = list(child.subtree)
                else:
                    continue
                for name, token_ in self.resolver.entities_in(hit.piece, candidates):
                    if name not in skip:
                        return Target(name, self._text(hit, [token_]), "action", token_)
                for head in candidates:
                    resolved = self._refer(hit, head)
                    if resolved and resolved not in skip:
                        return Target(resolved, self._text(hit, [head]), "action", head)
        return None

    # -- objects ---------------------------------------------------------------------------------

    def _object_target(self, hit: CueHit, skip: set[str]) -> Target | None:
        """The entity a position by word or act is about: its object phrase."""
        token = hit.token
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        clause = small_clause(token)
        if clause is not None:
            objects.insert(0, clause[0])
        if hit.nominal:
            objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "against", "to", "with")
                       for g in c.children if g.dep_ in ("pobj", "pcomp")]
        preps = {"against", "with", "of", "behind", "by", "to"} | ({"on", "upon"} if hit.family == "act" else set())
        objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                    and not hit.nominal for g in c.children if g.dep_ == "pobj"]
        if hit.nominal and not objects:
            return self._drew_it(hit, skip)
        if hit.token.lemma_.lower() == "claim" and any(o.lemma_.lower() == "responsibility" for o in objects):
            return self._attacked(hit, objects, skip)
        for obj in objects:
            periphrasis = self._periphrasis(hit, obj, skip)
            if periphrasis:
                return periphrasis
            own = self._own_reference(hit, obj, skip)
            if own:
                return own
            excluded = self._victims(obj)
            words = [t for t in obj.subtree if t.i not in excluded]
            found = [(n, t) for n, t in self.resolver.entities_in(hit.piece, words) if n not in skip
                     and not self._is_place_modifier(t, obj, n)]
            agent = self._passive_agent(hit, obj, skip)
            if agent:
                return agent
            if found:
                return Target(found[0][0], self._text(hit, obj.subtree), "object", found[0][1])
            if obj.lemma_.lower() in self.lex["violence_nouns"]:
                return self._perpetrator(hit, obj, skip)
            if hit.family == "label":
                continue
            for head in [obj, *(c for c in obj.children if c.dep_ == "poss")]:
                resolved = self._refer(hit, head)
                if resolved and resolved not in skip:
                    return Target(resolved, self._text(hit, obj.subtree), "object-reference", head)
                if resolved and head is not obj and obj.lemma_.lower() in EVENT_NOUNS:
                    return Target(resolved, self._text(hit, obj.subtree), "own-decision", head)
            target = self._maker(hit, obj, skip)
            if target:
                return target
            if obj.lemma_.lower() in EVENT_NOUNS:
                target = self._author(hit, obj, skip)
                if target:
                    return target
        return None

    def _attacked(self, hit: CueHit, objects: list[Token], skip: set[str]) -> Target | None:
        """"claimed responsibility for the attack on X" -> X; for "the attacks" named without
        a victim, the victim of the last hostile act told before (never the claimant)."""
        for obj in objects:
            victims = self._victims(obj)
            tokens = [t for t in obj.subtree if t.i in victims]
            for name, token in self.resolver.entities_in(hit.piece, tokens):
                if name not in skip:
                    return Target(name, self._text(hit, [token]), "object", token)
        name = self.resolver.discourse.last_victim(hit.piece.paragraph, hit.piece.offset + hit.token.idx,
                                                   skip=frozenset(skip))
        if name:
            return Target(name, "", "context", None)
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

    def _own_reference(self, hit: CueHit, obj: Token, skip: set[str]) -> Target | None:
        """A pronoun, title or description as the object, with no name among its own words:
        resolved before the names inside its complements ("accused the mayor of ignoring the
        Transit Board" -> the mayor, not the board)."""
        own = [obj, *(t for c in obj.children if c.dep_ in ("compound", "amod", "det", "flat")
                      for t in c.subtree)]
        if any(self.resolver.entity_of(hit.piece, t) for t in own) or not any(
                c.dep_ == "prep" for c in obj.children):
            return None
        resolved = self._refer(hit, obj, bare=True)
        if resolved and resolved not in skip:
            return Target(resolved, self._text(hit, phrase(obj, skip=frozenset({"prep", "relcl", "acl", "appos"}))),
                          "object-reference", obj)
        return None

    def _maker(self, hit: CueHit, head: Token, skip: set[str]) -> Target | None:
        """A definite thing named without its maker ("said the bridge was a masterpiece")."""
        start = hit.piece.offset + min(hit.token.idx, hit.token.sent.start_char)
        name = maker_of(self.resolver.discourse, head, position=(hit.piece.paragraph, start), skip=skip)
        return Target(name, self._text(hit, [head]), "context", head) if name else None

    def _author(self, hit: CueHit, event: Token, skip: set[str]) -> Target | None:
        """The author of a decision or move named without one ("criticised the move")."""
        name = author_of(self.resolver.discourse, event, types=self.resolver.index.types,
                         position=(hit.piece.paragraph, hit.piece.offset + hit.token.idx), skip=skip)
        return Target(name, self._text(hit, [event]), "context", None) if name else None

    def _perpetrator(self, hit: CueHit, act: Token, skip: set[str]) -> Target | None:
        """The author of an attack named without one ("condemned the attack"): the entity that
        owns the same kind of act earlier in the paragraph ("the Hamas attacks", "attacks by
        X"), else the last actor of a hostile act in the last three paragraphs ("members of the
        Front set fire to ..."); None when there is none (never the victim)."""
        lemma = act.lemma_.lower()
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
        return None

    def _periphrasis(self, hit: CueHit, obj: Token, skip: set[str]) -> Target | None:
        """"praised one of Portugal's finest players": the one meant is the entity the article
        was just about (the last subject before the sentence), not the possessor (Portugal)."""
        if obj.lower_ != "one":
            return None
        scope = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ == "NNS"]
        owners = [self._name(hit, c) for g in scope for c in g.children if c.dep_ == "poss"]
        if not scope or not any(owners):
            return None
        start = hit.piece.offset + hit.token.sent.start_char
        name = self.resolver.index.last_before(hit.piece.paragraph, start, _ANY_NAMED,
                                               skip=frozenset(skip) | {o for o in owners if o})
        return Target(name, self._text(hit, [obj]), "context", None) if name else None

    def _passive_agent(self, hit: CueHit, obj: Token, skip: set[str]) -> Target | None:
        """"dismissed a petition signed by the Delta Party": the by-agent inside the object."""
        for token in obj.subtree:
            if token.dep_ == "agent":
                for name, t in self.resolver.entities_in(hit.piece, token.subtree):
                    if name not in skip:
                        return Target(name, self._text(hit, [t]), "passive-agent", t)
        return None

    def _victims(self, obj: Token) -> set[int]:
        """Tokens naming the victim of an attack in a phrase ("the attack on X")."""
        out = set()
        for token in obj.subtree:
            if token.lemma_.lower() in self.lex["violence_nouns"]:
                out.update(t.i for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                           for t in c.subtree)
        return out

    def _is_place_modifier(self, token: Token, root: Token, name: str | None = None) -> bool:
        """A place in a locative phrase inside the object ("the dam in Kell"); "from" or "via" a
        person or organisation is a giver or channel, not a place ("a gift from Northwind Bank")."""
        kind = self.resolver.index.types.get(name) if name else None
        while token.i != root.i and token.head.i != token.i:
            if token.dep_ == "prep":
                if token.lower_ in ("from", "via", "through") and kind in ("PERSON", "ORG"):
                    return False
                return token.lower_ in _LOCATIVE
            token = token.head
        return False

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
        roots = [c for c in hit.token.children if c.dep_ in ("ccomp", "parataxis", "xcomp")]
        roots += [c for c in hit.token.children if c.dep_ == "conj" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]  # "said A, but that B"
        if hit.quote is not None:
            offset = hit.piece.offset
            quoted = [t for t in hit.piece.doc if hit.quote.start <= offset + t.idx < hit.quote.end]
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
        down ("Let's pray for X": X), subject first."""
        parts = []
        clauses = [root, *(c for c in root.children if c.dep_ in ("conj", "ccomp", "xcomp")
                           and c.pos_ in ("VERB", "AUX"))]
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
                elif child.dep_ == "prep" and child.lower_ not in _LOCATIVE:
                    parts.extend(phrase(g) for g in child.children if g.dep_ == "pobj")
                elif child.dep_ == "agent":
                    parts.extend(phrase(g) for g in child.children if g.dep_ == "pobj")
        return parts

    # -- helpers ---------------------------------------------------------------------------------

    def _name(self, hit: CueHit, token: Token) -> str | None:
        found = self.resolver.entity_of(hit.piece, token)
        return found.name if found else self._refer(hit, token)

    def _refer(self, hit: CueHit, head: Token, *, skip: frozenset[str] = frozenset(), bare: bool = False) -> str | None:
        """A pronoun, title, role or description in a target position, resolved ("him", "the
        governor", "the new director"); "it" for a thing is not resolved. A personal pronoun
        object pronoun is someone other than the speakers ("she was grateful to him"); a possessive
        may be the speaker ("defended his decision")."""
        lower = head.lower_
        if lower in NEUTER:
            return None
        if lower in MALE_FEMALE and lower not in ("he", "she") and head.dep_ != "poss":
            return self.resolver.index.last_before(hit.piece.paragraph, hit.piece.offset + head.idx,
                                                   ("PERSON",), skip=skip | self._speakers)
        if lower in MALE_FEMALE | PLURAL or head.lemma_.lower() in self.lex["descriptions"] \
                or (head.pos_ in ("NOUN", "PROPN") and self.resolver.role_of(head)):
            resolved = self.resolver.resolve_one(hit.piece, head, bare=bare)
            lemma = head.lemma_.lower()
            bare_description = lemma in self.lex["descriptions"] and all(
                c.dep_ in ("det", "amod") for c in head.children) and any(c.lower_ in ("the", "this", "that")
                                                                          for c in head.children)
            if resolved is not None and resolved.name in self._speakers and bare_description:
                return self.resolver.index.last_before(  # "criticised the lender": not the speaker
                    hit.piece.paragraph, hit.piece.offset + head.idx, tuple(self.lex[f"description:{lemma}"]),
                    skip=skip | self._speakers)
            if resolved is not None and not resolved.unnamed:
                return resolved.name
        return None

    def _text(self, hit: CueHit, tokens: Iterable[Token]) -> str:
        """The words of a target as written: the whole mention when one token is an entity's."""
        tokens = list(tokens)
        text = self.texts[hit.piece.paragraph]
        if len(tokens) == 1:
            found = self.resolver.entity_of(hit.piece, tokens[0])
            if found is not None:
                return text[found.start:found.end]
        return span_text(tokens, text=text, offset=hit.piece.offset)
