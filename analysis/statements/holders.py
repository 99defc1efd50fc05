"""Speakers named through what the article says elsewhere (a part of
:class:`~analysis.statements.speakers.SpeakerResolver`, kept apart for size).

* a document speaks for its owner, its by-agent or whoever put it out ("the ministry's letter",
  "a statement released by X's office", "They released a statement which said");
* a common noun naming a role or a kind of body, qualified only by a place or nationality
  ("the Norland foreign minister", "the Norland parliament"), is the person the article gives
  that title, or the body of that kind, when the article names it right after that place
  ("Norland Foreign Minister Ana Lee", "Norland's National Assembly") anywhere; otherwise
  the place speaks, as before;
* a noun for an act or decision ("the decision by X to expel ...", "X's move to ban ...") is
  no speaker: its agent (possessor, by/of phrase, a name before it) speaks, else no one;
* a body noun followed by a capitalised name the tagger missed, in apposition or right after
  it ("toy company Just Play said", "the magazine Outside reported"): that name speaks;
* a definite plural description of a fitting kind ("the companies", "their leaders") stands
  for each member of the last group; a second subject the parser did not join speaks too;
* an agent noun for whoever ran an event ("the organisers", "its curators", "staff running the
  clean-up") is the last named actor of a verb of organising (organise, run, host, stage ...)
  or of a verb on the thing named in the phrase, within three paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from analysis.pieces import Piece
from analysis.statements.actors import EVENT_NOUNS

_PLACE_TYPES = ("GPE", "NORP", "LOC")
_MODIFIER_ARCS = ("amod", "compound", "poss")
#: Nouns of acts and decisions: never a speaker themselves, their agent is.
ACT_NOUNS = frozenset(EVENT_NOUNS) | {"attempt", "bid", "effort", "vote", "push", "threat", "offer",
                                      "initiative", "intervention", "ruling", "choice"} - {"law", "deal", "policy"}
#: Nouns of bodies that may carry a name the tagger missed ("the magazine Outside").
BODY_NOUNS = frozenset({"company", "firm", "maker", "magazine", "newspaper", "paper", "outlet", "broadcaster",
                        "station", "channel", "website", "site", "publisher", "network", "group", "charity",
                        "band", "agency", "brand", "retailer", "chain", "startup", "start-up", "label",
                        "organisation", "organization", "club", "manufacturer", "producer", "provider",
                        "journal", "daily", "weekly", "tabloid", "show", "programme", "podcast", "blog"})
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"})
#: Agent nouns for whoever ran an event, and the verbs of running one.
ORGANISER_NOUNS = frozenset({"organiser", "organizer", "host", "curator", "steward", "promoter",
                             "sponsor", "runner", "coordinator", "convener", "convenor"})
ORGANISING_VERBS = frozenset({"organise", "organize", "run", "host", "stage", "hold", "put", "arrange",
                              "sponsor", "convene", "coordinate", "launch", "promote", "curate",
                              "stag"})  # the lemmatiser's "staged" -> "stag"


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name (or the phrase, when unnamed) and how it was found."""

    name: str
    text: str
    unnamed: bool = False
    indirect: bool = False
    group: bool = False
    loose: bool = False  # a name found inside the phrase rather than at its head


class SpeakerContext:
    """Context rules of the speaker resolver; the resolver supplies ``index``, ``discourse``,
    ``lex``, ``texts``, ``entity_of``, ``entities_in``, ``resolve_one`` and ``_role``."""

    def _kind_holder(self, head: Token, words: list[Token], entities: list[tuple[str, Token]]) -> str | None:
        """The titled person or named body a place-qualified common noun stands for (module
        docstring), or None."""
        if not (head.pos_ == "NOUN" or head.text.islower()) or not entities or not all(
                self.index.types.get(name) in _PLACE_TYPES and token.dep_ in _MODIFIER_ARCS
                and token.head.i == head.i for name, token in entities):
            return None
        places = [name for name, _ in entities]
        role = self._role(words)
        if role and self.index.types.get(role) == "PERSON" and any(
                self.index.adjacent(place, role) for place in places):
            return role
        lemma = head.lemma_.lower()
        for name, kind in self.index.types.items():
            if kind == "ORG" and lemma in name.lower().split() and any(
                    self.index.adjacent(place, name) for place in places):
                return name
        return None

    def _kind_group(self, piece: Piece, head: Token) -> list[Speaker]:
        """"The companies said", "the countries said" after "Brightmart and Valuco merged":
        a definite plural description whose kind fits every member of the last group (in this
        or the previous paragraph) stands for each member; "their leaders", "their officials"
        after a group of countries or bodies speak for each of them."""
        determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if head.tag_ != "NNS" or not determiners & {"the", "these", "those", "their"}:
            return []
        lemma = head.lemma_.lower()
        if "their" in determiners and head.lower_ in self.lex["unnamed_sources"]:
            types: tuple[str, ...] = ("ORG", "NORP", "GPE")
        elif lemma in self.lex["descriptions"] and determiners & {"the", "these", "those"}:
            types = tuple(self.lex[f"description:{lemma}"])
        else:
            return []
        group = self.discourse.last_group(piece.paragraph, piece.offset + head.idx)
        if group is None or group.paragraph < piece.paragraph - 1 or not all(
                self.index.types.get(name) in types for name in group.members):
            return []
        return [Speaker(name, head.text, indirect=True, group=True) for name in group.members]

    def _agent_of_act(self, piece: Piece, head: Token, text: str) -> Speaker | None:
        """"The decision by X to expel ...", "X's move to ban ...", "plans drawn up with X": the act's
        agent, else no one."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in ACT_NOUNS:
            return None
        agents = [c for c in head.children if c.dep_ == "poss"]
        agents += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
                   for g in c.children if g.dep_ == "pobj"]
        agents += [g for c in head.children if c.dep_ == "acl" for p in c.children  # "plans drawn up with X"
                   if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "with") for g in p.children if g.dep_ == "pobj"]
        for agent in agents:
            resolved = self.resolve_one(piece, agent)
            if resolved is not None:
                return Speaker(resolved.name, text, unnamed=resolved.unnamed, indirect=True)
        modifiers = [t for c in head.children if c.dep_ in ("amod", "compound") for t in c.subtree]
        named = self.entities_in(piece, modifiers)
        return Speaker(named[0][0], text, indirect=True) if named else None

    def _missed_body_name(self, piece: Piece, head: Token) -> str | None:
        """"Toy company Just Play said", "the magazine Outside reported": the capitalised words
        right after a body noun (or in apposition to it) that no entity covers, as written; so
        are the ones right before it ("the Kell Ledger newspaper reported")."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in BODY_NOUNS:
            return None
        doc = head.doc
        before = [t for t in head.subtree if t.dep_ == "compound" and t.i < head.i]
        if before and all(c.pos_ == "PROPN" and c.text[:1].isupper() and self.entity_of(piece, c) is None
                          for c in before) and before[-1].i == head.i - 1 and len(before) <= 4 \
                and before[-1].i - before[0].i == len(before) - 1 \
                and doc[before[0].i - 1].lower_ == "the":  # "the Kell Ledger newspaper reported"
            start, end = piece.offset + before[0].idx, piece.offset + before[-1].idx + len(before[-1].text)
            return self.texts[piece.paragraph][start:end]
        run = []
        for token in doc[head.i + 1:]:
            if token.is_punct and not run and token.text == ",":
                continue
            if not token.is_alpha or not token.text[:1].isupper() or token.i == token.sent.start \
                    or token.pos_ not in ("PROPN", "NOUN", "ADJ", "ADV") or token.lower_ in _CALENDAR:
                break
            if self.entity_of(piece, token) is not None:
                return None  # a recognised name: the other rules read it
            run.append(token)
        if not 1 <= len(run) <= 4:
            return None
        start, end = piece.offset + run[0].idx, piece.offset + run[-1].idx + len(run[-1].text)
        return self.texts[piece.paragraph][start:end]

    def _organiser(self, paragraph: int, offset: int, head: Token) -> str | None:
        """"The organisers", "its curators", "staff running the clean-up": who ran the event,
        the last named actor of a verb of organising, or of a verb on the thing named."""
        things = [o.lemma_.lower() for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ORGANISING_VERBS
                  for o in c.children if o.dep_ == "dobj"]
        for thing in things:  # "staff running the clean-up"
            act = self.discourse.last_act(paragraph, offset, thing=thing)
            if act is not None:
                return act.name
        if head.lemma_.lower() not in ORGANISER_NOUNS or head.tag_ != "NNS":
            return None
        act = self.discourse.last_act(paragraph, offset, verbs=ORGANISING_VERBS)
        return act.name if act is not None else None

    def _author_of_document(self, piece: Piece, head: Token) -> Speaker | None:
        """Who speaks through a document: its owner ("the ministry's letter", "the Turkish
        statement"), its by-agent ("a
        statement by X", "a statement released by X's office"; a named agent before an unnamed one), the subject of the verb that
        put it out ("They released a statement which said"), else, for "the statement", the
        last named speaker of this or the previous paragraph."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None:
            return self.resolve_one(piece, owner)
        modifiers = [t for c in head.children if c.dep_ in ("amod", "compound") for t in c.subtree]
        named = self.entities_in(piece, modifiers)
        if named:  # "the Turkish statement", "the Rail Board letter"
            return Speaker(named[0][0], head.text)
        agents = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "at", "of")
                  for g in c.children if g.dep_ == "pobj"]
        agents += [g for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                   for g in a.children if g.dep_ == "pobj"]
        found = [r for r in (self.resolve_one(piece, a) for a in agents) if r is not None]
        if found:  # "a poll of 1,200 viewers by Kell Research": the named agent, not the people polled
            return next((r for r in found if not r.unnamed), found[0])
        if head.dep_ == "dobj":
            subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return self.resolve_one(piece, subject)
        determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
        if determiners & {"the", "this", "that"}:
            voice = self.discourse.last_voice(piece.paragraph)
            if voice is not None and not voice.unnamed:
                return Speaker(voice.name, head.text, indirect=True)
        return None


def split_subjects(head: Token) -> list[Token]:
    """"Anna Berg, who led the team, and Lars Holm, who scored, praised ...": a second subject
    of the same verb that the parser did not join to the first, an "and" between them; also a
    first name the parser hung on the second ("The Kell Union (KU) and the Vilnia Alliance said",
    read with "Union" a modifier of "Alliance"); and a second by-agent after "and" ("was
    criticised by the Kell Union and by the Osk Council")."""
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        cue = head.head.head
        return [g for t in cue.subtree if t.lower_ == "by" and t.dep_ == "conj" and t.i > head.i
                and t.i > 0 and head.doc[t.i - 1].lower_ == "and" for g in t.children if g.dep_ == "pobj"]
    if head.dep_ != "nsubj":
        return []
    others = [c for c in head.head.children if c.dep_ == "nsubj" and c.i != head.i]
    others += [c for c in head.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < head.i]
    return [o for o in others if any(t.dep_ == "cc" and t.lower_ == "and" and t.head.i in (head.i, o.i)
                                     and min(head.i, o.i) < t.i < max(head.i, o.i) for t in head.doc)]
