"""What a statement is about: the entity its position is for or against.

:func:`find_target` applies, in order:

1. a denial is about who made the denied charge or owns the account ("rejected the union's
   account"; :mod:`~analysis.statements.replies`), else it has no target (it is about a claim);
2. a requested, threatened or judged action aims at its object: "urged sanctions on X",
   "called for talks with X", "said X should be punished" -> X; a call on X to restrain its own
   conduct ("urged X to withdraw", "warned X against an attack") targets X; a call on X to help
   Y targets Y;
3. a position taken by word or act (condemn, praise, expel, label) is about its object: the
   entity in the object phrase ("condemned X's strikes"), a resolved pronoun, title or
   description ("criticised him", "praised the regulator"), the owner of an event noun ("the
   decision by X", "X's refusal"), the by-agent of a passive inside it ("a petition signed by
   X"), the entity just talked about for a periphrasis ("one of X's finest players"); the
   victim of an attack named in it is not the one judged ("the attack on X"), its author is,
   from context or named anywhere in the article as the culprit; a decision, plan or ruling
   named by a definite noun ("called the ruling a victory", "vowed to challenge the
   transfers", "said the recount was a waste") is about its author told before
   (:mod:`~analysis.statements.context`, :mod:`~analysis.statements.authors`);
4. reported speech is about the subject or object of the reported clause or quotation ("said
   the champion had bribed the judges" -> the champion; "said of the ministry" -> the
   ministry); never a place in a locative phrase, a source, a bystander or a possessive
   modifier, and never the addressee ("told Sports Radio"); what counts as content and which
   names are incidental: :mod:`~analysis.statements.scope`.

A description ("the company", "the government", "the law", "the programme") stands for the body
of that class the article names (:mod:`~analysis.statements.descriptions`), in a target position
or, when reported words name no one, anywhere in their content; never the speaker's own body.

Never the speaker, except for the speaker's own decision or move ("defended his decision");
nothing is inherited from the speaker's previous statement.
"""

from __future__ import annotations


from spacy.tokens import Token

from analysis.pieces import Piece
from analysis.statements.actors import EVENT_NOUNS
from analysis.statements.authors import ActAuthors, is_act_noun
from analysis.statements.context import ContextTargets
from analysis.statements.descriptions import describe
from analysis.statements.replies import ACCUSING, ReplyTargets
from analysis.statements.detect import CueHit
from analysis.statements.labels import small_clause
from analysis.statements.grammar import core_subtree, phrase
from analysis.statements.lexicon import Lexicon
from analysis.statements.references import ReferenceTargets
from analysis.statements.reported import NO_TARGET, ReportedTargets, Target
from analysis.statements.scope import ScopeRules
from analysis.statements.speakers import SpeakerResolver

__all__ = ["NO_TARGET", "Target", "TargetFinder"]

#: Prepositions whose object a judged action is aimed at ("sanctions on X", "ties with X").
_AIM_PREPS = frozenset({"on", "against", "with", "to", "from", "of", "for"})
#: Requested actions of restraint: a call on X to do them opposes X.
_RESTRAINT = frozenset({"stop", "end", "halt", "cease", "withdraw", "refrain", "stand", "step",
                        "resign", "release", "lift", "drop", "reverse", "abandon", "scrap", "leave",
                        "explain", "justify", "account", "apologise", "apologize", "answer", "pay"})


#: Verbs that deny when their object is a claim ("rejected claims that ...").
_REJECTING = frozenset({"reject", "dismiss", "deny", "refute", "rebut", "dispute", "brush"})

_ANY_NAMED = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "NORP")


#: Verbs of wrongdoing: in reported speech their subject is the one accused, not their object.
_WRONGDOING = frozenset({"betray", "lie", "cheat", "steal", "bribe", "rig", "mislead", "deceive", "sabotage",
                         "subvert", "harass", "intimidate", "oppress", "persecute", "abandon"})


class TargetFinder(ContextTargets, ReferenceTargets, ReplyTargets, ScopeRules, ReportedTargets):
    """Finds the targets of one article's cues (one job: cue -> target)."""

    def __init__(self, *, resolver: SpeakerResolver, lex: Lexicon, texts: dict[int, str]) -> None:
        self.resolver = resolver
        self.lex = lex
        self.texts = texts
        self._speakers: frozenset[str] = frozenset()  # of the cue being read
        self._previous: dict[tuple, Target] = {}  # the sentence's last position target, by speakers
        self._accusers: list[tuple[int, frozenset[str]]] = []  # (paragraph, speakers) of accusing cues
        self._voices: list[tuple[int, frozenset[str]]] = []  # (paragraph, speakers) of every cue read
        self._reporting = True  # whether the cue being read reports speech
        self.authors = ActAuthors(resolver.index)
        self.roles: list[tuple[int, int, str, str]] = []  # (paragraph, offset, role noun, person)

    def note(self, piece: Piece) -> None:
        """Remember the acts a paragraph piece tells and their authors, and the people it gives
        a role ("opposition candidate X"), read before any cue."""
        self.authors.note(piece)
        self.note_roles(piece)

    def find(self, hit: CueHit, *, speakers: set[str], actions: list[Token] | None = None) -> Target:
        """The target of a cue for speakers (rules 1-4 of the module docstring); ``actions`` are
        the cue's :meth:`action_tokens` when the caller has them already. An elaborating
        participle with no target of its own ("blamed X for the fire, saying ...") shares the
        target of the same speakers' position (not speech) before it in the sentence; a report in a participle
        ("the suspect, described by X as ...") is about the noun it describes."""
        if hit.token.lemma_.lower() in ("deny", "denial") and hit.family == "report":
            return NO_TARGET
        if self.is_denial(hit):
            return self._denied_accuser(hit, speakers) or Target(None, "", "denial")
        self._speakers = frozenset(speakers)
        self._reporting = hit.family in ("speech", "report")
        skip = set(speakers) | self.affiliations(hit, speakers)
        target = self.title_holder(hit, self._find(hit, skip, actions), skip)
        place = (hit.piece.paragraph, hit.token.sent.start, frozenset(speakers))
        self._previous = {k: v for k, v in self._previous.items() if k[:2] == place[:2]}
        if target.name is None and place in self._previous \
                and hit.token.tag_ == "VBG" and hit.token.dep_ in ("advcl", "conj"):
            target = self._previous[place]._replace(how="shared")  # "blamed X for the fire, saying ..."
        if target.name and hit.family not in ("speech", "report"):
            self._previous[place] = target
        else:
            self._previous.pop(place, None)
        if hit.family in ("speech", "report") and target.name is None:  # a reply about no one named
            target = self.answered(hit, speakers) or self._described_in_content(hit) or target
        if hit.token.lemma_.lower() in ACCUSING:
            self._accusers.append((hit.piece.paragraph, frozenset(speakers)))
        self._voices.append((hit.piece.paragraph, frozenset(speakers)))
        return target

    def _refer(self, hit: CueHit, head: Token, *, skip: frozenset[str] = frozenset(), bare: bool = False) -> str | None:
        """A description resolved by the class of what the article names first ("the company",
        "the government", "the law": :mod:`~analysis.statements.descriptions`; none for the
        speaker's own body), else by the reference rules."""
        described = self._refer_described(hit, head)
        if described is not None:
            return described if described and described not in skip else None
        return super()._refer(hit, head, skip=skip, bare=bare)

    def _refer_described(self, hit: CueHit, head: Token, *, members: bool = False) -> str | None:
        """:func:`~analysis.statements.descriptions.describe` for the speakers of the cue being
        read: a name, "" for the speaker's own body, None for no description it resolves."""
        if self._speakers and head.pos_ == "NOUN":
            speaker = hit.speaker_head
            words = [] if speaker is None else phrase(speaker, skip=frozenset({"relcl", "acl", "punct", "conj", "cc"}))
            if speaker is not None and speaker.dep_ == "appos":
                words += phrase(speaker.head, skip=frozenset({"relcl", "acl", "punct", "conj", "cc"}))
            index = self.resolver.index
            titles = [t.lower_ for t in words] + [w for n in self._speakers for w in index.role_words.get(n, ())]
            own = frozenset(self._speakers | self.affiliations(hit, set(self._speakers)) | self._its_body(hit, words))
            return describe(head, index=index, position=(hit.piece.paragraph, hit.piece.offset + head.idx),
                            own=own, titles=titles, members=members)
        return None

    def _described_in_content(self, hit: CueHit) -> Target | None:
        """Reported words that name no one but describe a body of the article ("said the company
        would have to listen", "not this contract, with this company"): the first description
        of the content or quotation :mod:`~analysis.statements.descriptions` resolves to someone
        other than the speaker's own body; a possessor only of an object ("forced on us by
        management's refusal"), not of a subject."""
        seen = set()
        for token in [*hit.content, *hit.quoted]:
            if token.i in seen or token.pos_ != "NOUN" or (token.dep_ == "poss" and token.head.dep_ not in ("dobj", "pobj")):
                continue  # "the council's application would be assessed": about the application
            seen.add(token.i)
            name = self._refer_described(hit, token, members=True)
            if name:
                return Target(name, self._text(hit, [token]), "described", token)
        return None

    def _its_body(self, hit: CueHit, words: list[Token]) -> set[str]:
        """The body "its" stands for in a speaker phrase ("its chief executive, X"): the
        organisation that spoke last, in this paragraph or the one before, else the last
        organisation named before it, a grammatical subject first."""
        its = next((t for t in words if t.lower_ == "its" and t.dep_ == "poss"), None)
        if its is None:
            return set()
        index = self.resolver.index
        spoke = next((n for p, names in reversed(self._voices) if p >= hit.piece.paragraph - 1
                      for n in sorted(names) if index.types.get(n) == "ORG"), None)
        name = spoke or index.last_before(hit.piece.paragraph, hit.piece.offset + its.idx, ("ORG",))
        return {name} if name else set()

    def _find(self, hit: CueHit, skip: set[str], actions: list[Token] | None) -> Target:
        if hit.token.dep_ == "acl" and hit.how == "agent" and hit.family in ("speech", "report", "label"):
            noun = hit.token.head  # "the suspect, described by X as armed": about the suspect
            name = self._name(hit, noun)
            if name and name not in skip:
                return Target(name, self._text(hit, [noun]), "modified", noun)
        mutual = self._each_other(hit)
        if mutual is not None:
            return mutual
        addressee = self._name(hit, hit.addressee) if hit.addressee is not None else None
        others = skip | ({addressee} if addressee else set())
        if hit.word.lemma in ("warn against", "caution against") and addressee and addressee not in skip:
            return Target(addressee, self._text(hit, [hit.addressee]), "restrained", hit.addressee)
        if hit.family in ("judgement", "act", "label"):
            target = self._object_target(hit, others)
            if target:
                return target
        actions = self.action_tokens(hit) if actions is None else actions
        if actions and hit.family == "request":
            asked = self._asked_to_restrain(hit, actions, skip)
            if asked is not None:  # "urged X to lift its blockade of Y": X is asked to restrain itself
                return asked
        if actions and (hit.family in ("request", "judgement", "act") or self._judged(actions)):
            target = self._aimed_at(hit, actions, others)
            if target:
                return target
            if hit.family == "request" and any(t.lemma_.lower() in _RESTRAINT for t in actions):
                actor = self._requested_actor(hit, actions)
                if actor is not None and actor.name not in skip:
                    return actor
            actor = self.action_owner(hit, actions, others) if hit.family == "request" else None
            if actor is not None:  # "called for Unesco action to save the reef": Unesco is asked
                return actor
            if hit.family == "request" and hit.addressee is not None and self._judged(actions):
                target = self._addressee_modifier(hit, others)
                if target:
                    return target
        if hit.family == "request" and not actions:
            target = self._object_target(hit, others)
            if target:
                return target
        requested = actions or [c for c in hit.token.children if c.dep_ in ("xcomp", "ccomp")]
        if requested and hit.family == "request":
            actor = self._requested_actor(hit, requested)
            if actor is not None and actor.name not in skip:  # "urged X to publish ...", "demanded
                return actor  # that X publish ...": the one asked to act, no one else aimed at
        undone = self._undone(hit, skip) if hit.family == "request" else None
        if undone is not None:  # "demanded that the gate be reopened": whoever closed it
            return undone
        if hit.family in ("judgement", "act", "label", "request"):
            return NO_TARGET
        if hit.family == "speech":
            claimed = self._claimed_attack(hit, others) or self._appealed(hit, others)
            if claimed:
                return claimed
        return self._reported_target(hit, others)

    def _asked_to_restrain(self, hit: CueHit, actions: list[Token], skip: set[str]) -> Target | None:
        """"urged X to stop/lift/withdraw ...": the addressee asked to restrain its own conduct,
        whatever the restrained act is aimed at (rule of the annotation: a call on X to restrain
        its own conduct opposes X); only when the requested clause's own verb restrains."""
        if hit.addressee is None or not any(t.lemma_.lower() in _RESTRAINT and t.dep_ == "xcomp"
                                            and t.head.i == hit.token.i for t in actions):
            return None
        name = self._name(hit, hit.addressee)
        if not name or name in skip:
            return None
        return Target(name, self._text(hit, [hit.addressee]), "restrained", hit.addressee)

    def _requested_actor(self, hit: CueHit, actions: list[Token]) -> Target | None:
        """Who is asked to restrain itself: the addressee ("urged X to withdraw"), or the
        subject of the requested clause ("called for X to stop", "demanded that X stop")."""
        heads = [hit.addressee] if hit.addressee is not None else []
        heads += [c for t in actions for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        heads += [g for c in hit.token.children if c.dep_ == "prep" and c.lower_ == "for"
                  for g in c.children if g.dep_ == "pobj" and any(  # "called for X to stop", the
                      a.dep_ == "advcl" and a.i > g.i for a in hit.token.children)]  # parser's "for X"
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
        return bool(words & (self.lex["hostile_actions"] | self.lex["friendly_actions"] | self.lex["disclosure_demands"]))

    # -- actions ---------------------------------------------------------------------------------

    def action_tokens(self, hit: CueHit) -> list[Token]:
        """The requested or judged actions: a request's clause or object ("urged X to sever
        ties", "called for an embargo"), or hostile/friendly action words in other content."""
        actions = self.lex["hostile_actions"] | self.lex["friendly_actions"] | self.lex["disclosure_demands"]
        if hit.family == "request":
            heads = [c for c in hit.token.children if c.dep_ == "xcomp"
                     or (c.dep_ in ("dobj", "ccomp") and c.lemma_.lower() in actions)]
            heads += [g for c in hit.token.children if c.dep_ == "prep" and c.lower_ in ("for",)
                      for g in c.children if g.dep_ in ("pobj", "pcomp")]
            heads += [c for c in hit.token.children if c.dep_ in ("advcl", "ccomp")
                      and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in hit.token.children):
                heads += [c for c in hit.token.children if c.dep_ == "advcl" and c.i > hit.token.i  # "called
                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # for X to stop"
            out = []
            for head in heads:
                out.append(head)
                out.extend(t for t in core_subtree(head, aims=_AIM_PREPS) if t.i != head.i and
                           (t.lemma_.lower() in actions or t.lower_ in actions))
            return out
        return [t for t in hit.content if (t.lemma_.lower() in actions or t.lower_ in actions)
                and self.reported_action(hit, t)]

    def _aimed_at(self, hit: CueHit, actions: list[Token], skip: set[str]) -> Target | None:
        """The entity an action is aimed at: "sanctions on X", "help X", "embargo to X"; a
        friendly action also helps the people of a place it names ("protect civilians in X")."""
        friendly = self.lex["friendly_actions"]
        for token in actions:
            if token.lemma_.lower() in self.lex["violence_nouns"] and hit.family != "request":
                continue  # "condemned the attack on X": X is the victim
            if token.lemma_.lower() in _WRONGDOING and hit.family in ("speech", "report"):
                continue  # "said X had betrayed the nation": X is accused, not the nation
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
                one = next((t for t in candidates if self._periphrasis(hit, t, skip)), None)
                if one is not None:  # "action to save one of Europe's longest rivers": the river meant
                    return self._periphrasis(hit, one, skip)._replace(how="action", token=one)
                for name, token_ in self.resolver.entities_in(hit.piece, candidates):
                    if name not in skip:
                        return Target(name, self._text(hit, [token_]), "action", token_)
                for head in candidates:
                    resolved = self._refer(hit, head)
                    if resolved and resolved not in skip:
                        return Target(resolved, self._text(hit, [head]), "action", head)
                for head in candidates:  # "vowed to challenge the transfers": whoever made them
                    author = self._act_author(hit, head, skip) if head.dep_ in ("dobj", "pobj") else None
                    if author is not None:
                        return author
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
            preps = [*token.children, *(c for c in token.head.children if c.i > token.i and token.dep_ == "dobj"
                                        and hit.how == "light")]  # "expressed solidarity with X"
            objects = [g for c in preps if c.dep_ in ("prep", "dative") and c.lower_ in ("of", "for", "on", "against", "to", "with")
                       for g in c.children if g.dep_ in ("pobj", "pcomp")]
        preps = {"against", "with", "of", "behind", "by", "to"} | ({"on", "upon"} if hit.family == "act" else set())
        if hit.word.lemma.endswith((" out", " back")):
            preps.add("at")  # "hit back at X", "lashed out at X"
        if hit.word.lemma.endswith(" from"):
            preps.add("from")  # "distanced themselves from X"
        objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                    and not hit.nominal for g in c.children if g.dep_ == "pobj"]
        if hit.nominal and not objects:
            return self._drew_it(hit, skip)
        if all(o.tag_ in ("WDT", "WP") for o in objects):  # "a proposal (which) the unions rejected"
            relativised = self._relativised(hit, skip)
            if relativised or not objects:
                return relativised
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
            owner = self._its_owner(hit, obj, skip)
            if owner:
                return owner
            if hit.family == "label":
                judged = self._act_owner(hit, obj, skip) if is_act_noun(obj) else None
                if judged:  # "called the ruling a victory", "branded the minister's offer a trick"
                    return judged
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

    def _victims(self, obj: Token) -> set[int]:
        """Tokens naming the victim of an attack in a phrase ("the attack on X"), and the label
        given to it ("condemned the vandalism as an insult to X": X is the one insulted)."""
        out = set()
        for token in obj.subtree:
            if token.lemma_.lower() in self.lex["violence_nouns"]:
                out.update(t.i for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "as")
                           for t in c.subtree)
        return out
