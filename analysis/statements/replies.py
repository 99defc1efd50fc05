"""Targets of answers to what was said or done before (a part of
:class:`~analysis.statements.targets.TargetFinder`, kept apart for size).

* a denial of a claim owned by someone ("rejected the union's account") is about its owner; of
  a definite charge with no content of its own ("rejected the charge", "dismissed these
  accusations") about the last accuser in this or the previous two paragraphs; "rejected claims
  that ...", "any suggestion of ..." have none (the stance stays neutral: ``how`` is "denial");
* "A and B traded accusations", "A and B accused each other": each one's position is about the
  other named in the speaker phrase;
* "X answered that ...", "replied": a reply about no one named is about the last other speaker
  in this or the previous paragraph;
* "said it would appeal": an appeal with no object of its own is against the last ruling or
  order told before, so about its author;
* "demanded that the gate be reopened", "demanded their release": a request to undo an act
  (:data:`UNDOING`) is about whoever was last told doing it ("Kell closed the gate", "Norlandic
  boats seized the trawlers").
"""

from __future__ import annotations

from analysis.statements.authors import ActAuthors
from analysis.statements.detect import CueHit
from analysis.statements.reported import Target

#: Cues of accusing: their speakers are whom a later "rejected the charge" answers.
ACCUSING = frozenset({"accuse", "charge", "blame", "allege", "criticise", "criticize", "attack", "condemn"})
#: Cues of answering someone who spoke before ("answered that ...", "replied").
ANSWERING = frozenset({"answer", "reply", "respond", "retort", "counter", "rebut"})
#: Acts of holding people or things, undone by a release or a return.
_HOLDING = frozenset({"detain", "seize", "arrest", "capture", "jail", "imprison", "kidnap", "abduct", "confiscate",
                      "impound"})
#: Words of undoing an act, with the acts they undo ("reopen" the gate someone closed).
UNDOING = {"reopen": frozenset({"close", "shut", "block", "seal"}), "unblock": frozenset({"block"}),
           "release": _HOLDING, "free": _HOLDING, "return": _HOLDING}
#: Nouns of a charge made by someone ("the charge", "these accusations").
_CHARGES = frozenset({"charge", "accusation", "allegation", "claim", "criticism", "attack"})


class ReplyTargets:
    """Reply rules of the target finder; the finder supplies ``resolver``, ``lex``, ``authors``,
    ``_accusers`` ((paragraph, speakers) of accusing cues, in reading order), ``_speakers``,
    ``_name`` and ``_text``."""

    authors: ActAuthors
    _accusers: list[tuple[int, frozenset[str]]]
    _voices: list[tuple[int, frozenset[str]]]

    def answered(self, hit: CueHit, speakers: set[str]) -> Target | None:
        """"Y answered that soldiers cannot build trust": a reply about no one named is about the
        last other speaker in this or the previous paragraph."""
        if hit.token.lemma_.lower() not in ANSWERING or hit.addressee is not None:
            return None
        for paragraph, voices in reversed(self._voices):
            if paragraph < hit.piece.paragraph - 1:
                break
            others = sorted(voices - set(speakers))
            if others:
                return Target(others[0], "", "context", None)
        return None

    def _denied_accuser(self, hit: CueHit, speakers: set[str]) -> Target | None:
        """Whose words a denial rejects (the stance stays neutral: ``how`` is "denial"): the possessor of the claim ("rejected the union's
        account" -> the union), or, for a definite charge with no content of its own ("rejected
        the charge", "dismissed these accusations"), the last accuser in this or the previous two
        paragraphs who is not a speaker; "rejected claims that ...", "any suggestion of ..." have
        none."""
        claims = [c for c in hit.token.children if c.dep_ in ("dobj", "nsubjpass")
                  and c.lemma_.lower() in self.lex["denial_objects"]]
        for claim in claims:
            for owner in (c for c in claim.children if c.dep_ == "poss"):
                name = self._name(hit, owner)
                if name and name not in speakers:
                    return Target(name, self._text(hit, claim.subtree), "denial", owner)
            if claim.lemma_.lower() not in _CHARGES or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in claim.children) \
                    or any(c.dep_ in ("acl", "ccomp", "prep", "relcl") for c in claim.children):
                continue
            for paragraph, accusers in reversed(self._accusers):
                if paragraph < hit.piece.paragraph - 2:
                    break
                others = sorted(accusers - set(speakers))
                if others:
                    return Target(others[0], self._text(hit, claim.subtree), "denial", None)
        return None


    def _each_other(self, hit: CueHit) -> Target | None:
        """"A and B traded accusations", "A and B accused each other": each speaker's position is
        about the other one named in the speaker phrase."""
        words = {t.lower_ for t in hit.token.subtree}
        if not (hit.token.lemma_.lower() in ("trade", "exchange") or {"each", "other"} <= words
                or "another" in words and "one" in words) or hit.speaker_head is None:
            return None
        named = self.resolver.entities_in(hit.piece, list(hit.speaker_head.subtree))
        other = next(((n, t) for n, t in named if n not in self._speakers), None)
        return Target(other[0], self._text(hit, [other[1]]), "mutual", other[1]) if other else None


    def _appealed(self, hit: CueHit, skip: set[str]) -> Target | None:
        """"said it would appeal", "we will appeal": an appeal with no object of its own is
        against the last ruling or order told before, so about its author
        (:meth:`~analysis.statements.authors.ActAuthors.ruler`)."""
        for verb in (t for t in hit.content if t.lemma_.lower() == "appeal" and t.pos_ == "VERB"):
            if any(c.dep_ in ("dobj", "prep") for c in verb.children):
                continue
            start = hit.piece.offset + min(hit.token.idx, hit.token.sent.start_char)
            name = self.authors.ruler(position=(hit.piece.paragraph, start), skip=skip | self._speakers)
            if name:
                return Target(name, "", "act-author", None)
        return None

    def _undone(self, hit: CueHit, skip: set[str]) -> Target | None:
        """"demanded that the gate be reopened", "demanded their immediate release": a request to
        undo an act (:data:`UNDOING`) is about the last one told doing that act before
        (:meth:`~analysis.statements.authors.ActAuthors.actor`), never a speaker."""
        asked = [c for c in hit.token.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
        asked += [g for c in hit.token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        asked += [c for c in hit.token.children if c.dep_ == "advcl"  # "called for X to be freed"
                  and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
        for word in (t for head in asked for t in head.subtree if t.lemma_.lower() in UNDOING):
            name = self.authors.actor(UNDOING[word.lemma_.lower()],
                                      position=(hit.piece.paragraph, hit.piece.offset + hit.token.idx),
                                      accept=lambda n: n not in skip and n not in self._speakers)
            if name:
                return Target(name, self._text(hit, [word]), "act-author", None)
        return None
