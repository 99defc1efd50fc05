"""Who did what in the article: actors written to the Discourse, and looked up for context.

:class:`ActorNotes` reads each parsed piece before its cues and remembers, in the
:class:`~analysis.statements.discourse.Discourse`:

* acts: the named subject of a verb, or the by-agent of a passive or participle ("a fair
  organised by Green Streets": the fair is what it acted on, and "the war declared by X" is a
  hostile act of X), with the verb, what it acted on, and whether the act was
  hostile (an act of violence or a hostile action: "set fire to", "attacked", "claimed
  responsibility for the bombing"); "members of the Front" act for the Front;
* roles given to a named person or organisation ("X became director", "was named coach"), and
  the title written before a person's name when the name's mention leaves it out ("Coach Tom
  Reyes": the coach), or the role a person's name is set beside ("the regional governor of Kell,
  Ida Brandt", "the union's president, Tom Reyes": the governor, the president), so that "the
  coach" later finds that person.

The target stage then asks :func:`maker_of` (who made or launched a definite thing named without
its maker: "the bridge" -> Denmark, which built it) and :func:`author_of` (who made a decision
or move named without its author: "the move", "the withdrawal").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from analysis.entities.words import PERSON_TITLES
from analysis.pieces import Piece
from analysis.statements.discourse import Act, Discourse
from analysis.statements.index import EntityIndex
from analysis.statements.lexicon import Lexicon

#: Nouns for the members of a named body ("members of the Front", "fighters from X").
MEMBER_NOUNS = frozenset({"member", "fighter", "militant", "supporter", "activist", "soldier", "hacker",
                          "gunman", "official", "player", "worker", "agent", "rebel", "volunteer"})
#: Verbs of hostile acts outside the requested-action list ("set fire", "broke into", "robbed").
HOSTILE_ACTS = frozenset({"rob", "fire", "storm", "hijack", "kidnap", "abduct", "shoot", "stab", "loot",
                          "torch", "vandalise", "vandalize", "responsibility", "hack", "bomb", "shell",
                          "hit", "target", "raid", "ambush", "war", "invasion", "offensive", "assault"})
#: Verbs that report or suffer rather than act, never a hostile act of their own.
NOT_ACTS = frozenset({"say", "be", "have", "condemn", "criticise", "criticize", "report", "suffer", "deny"})
#: Verbs that give their subject a role ("became director", "was named coach").
ROLE_VERBS = frozenset({"become", "name", "appoint", "elect", "make", "remain", "serve"})
#: Nouns of decisions and moves, with the verbs whose actor made them ("the withdrawal" <- withdraw).
EVENT_NOUNS = {"move": ("move",), "decision": ("decide",), "plan": ("plan",), "withdrawal": ("withdraw",),
               "change": ("change",), "policy": (), "proposal": ("propose",), "step": (), "measure": (),
               "order": ("order",), "announcement": ("announce",), "action": ("act",),
               "conversion": ("convert",), "pullout": ("pull",), "ban": ("ban",), "cut": ("cut",),
               "refusal": ("refuse",), "deal": (), "reform": ("reform",), "law": ("pass",)}
_BODIES = frozenset({"group", "team", "unit", "cell"})
#: Titles before a name that make a role ("Coach X" -> the coach); honorifics do not.
_ROLE_TITLES = frozenset(t for t in PERSON_TITLES if len(t) > 3 and "." not in t) - {
    "lady", "lord", "dame", "sheikh", "monsenor", "monseñor", "executive", "general"}


class ActorNotes:
    """Writes the acts and roles of each piece to the Discourse (one job)."""

    def __init__(self, *, index: EntityIndex, discourse: Discourse, lex: Lexicon) -> None:
        self.index = index
        self.discourse = discourse
        self.hostile_words = lex["hostile_actions"] | lex["violence_nouns"] | HOSTILE_ACTS
        # verbs of saying and judging ("dismissed the claims", "rejected the plan") are words, not hostile acts
        self.words_only = frozenset(lemma for lemma, word in lex.verbs.items()
                                    if word.family in ("speech", "judgement", "report", "label"))
        # judging an attack ("lauded the attacks", "praised the raid") is no attack of one's own
        self.judging = frozenset(lemma for lemma, word in lex.verbs.items() if word.family in ("judgement", "label"))

    def note(self, piece: Piece) -> None:
        """Remember the named actors of this piece's verbs, and the roles it gives."""
        self._note_titles(piece)
        self._note_appositions(piece)
        for verb in piece.doc:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            lemma = verb.lemma_.lower()
            actors = [c for c in verb.children if c.dep_ == "nsubj"]
            actors += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            words = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "prt")}
            if verb.dep_ == "acl" and actors:  # "the war declared by X", "attacks carried out by X"
                words.add(verb.head.lemma_.lower())
            if lemma not in self.words_only:
                words.add(lemma)
            hostile = bool(words & self.hostile_words) and lemma not in NOT_ACTS and lemma not in self.judging
            if lemma in ROLE_VERBS:
                self._note_role(piece, verb)
            if hostile:
                self._note_victims(piece, verb)
            names = [name for actor in actors for part in (actor, *actor.conjuncts)
                     if (name := self._actor_name(piece, part))]
            if names:
                objects = acted_on(verb)
                for name in names:
                    self.discourse.add_act(Act(name, lemma, hostile, piece.paragraph,
                                               piece.offset + verb.idx, objects))

    def _entity(self, piece: Piece, token: Token) -> tuple[str, str] | None:
        start = piece.offset + token.idx
        hit = self.index.at(piece.paragraph, start, start + len(token.text))
        return (hit.name, hit.type) if hit else None

    def _note_victims(self, piece: Piece, verb: Token) -> None:
        """The entities a hostile act was aimed at: its object, its passive subject ("oil
        facilities of X were hit"), or what follows on/against ("attacks on X")."""
        heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += [g for t in verb.subtree if t.lemma_.lower() in self.hostile_words and t.pos_ == "NOUN"
                  for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                  for g in c.children if g.dep_ == "pobj"]
        seen = set()
        for head in heads:
            for token in sorted(head.subtree, key=lambda t: t.i):
                if _in_place_phrase(token, head):
                    continue  # "struck the plant at Kell": where, not whom
                found = self._entity(piece, token)
                if found is not None and found[0] not in seen and found[1] in ("GPE", "ORG", "PERSON", "NORP", "FAC"):
                    seen.add(found[0])
                    self.discourse.add_victim(piece.paragraph, piece.offset + token.idx, found[0])

    def _note_titles(self, piece: Piece) -> None:
        """"Coach Tom Reyes", "former mayor Ada Park": a title right before a person's mention,
        also across an honorific ("archbishop Monsignor Ada Park")."""
        for token in piece.doc[:-1]:
            if token.lower_ not in _ROLE_TITLES or self._entity(piece, token) is not None:
                continue
            after = token.nbor()
            while after.i + 1 < len(piece.doc) and after.lower_.rstrip(".") in PERSON_TITLES \
                    and self._entity(piece, after) is None:
                after = after.nbor()
            found = self._entity(piece, after)
            if found is not None and found[1] == "PERSON":
                self.discourse.add_role(token.lower_, found[0])

    def _note_appositions(self, piece: Piece) -> None:
        """"the union's president, Tom Reyes", "the regional governor of Kell, Ida Brandt": a
        person's name set in apposition to a common noun of role, or to the place that noun is
        "of" (where the parser hangs it), gives that person the role."""
        for token in piece.doc:
            if token.dep_ != "appos" or token.pos_ != "PROPN":
                continue
            found = self._entity(piece, token)
            if found is None or found[1] != "PERSON":
                continue
            role = token.head
            if role.dep_ == "pobj" and role.head.lower_ == "of" and role.pos_ == "PROPN":
                role = role.head.head  # "the governor of Kell, Ida Brandt": the name hangs on Kell
            if role.pos_ == "NOUN" and role.text.islower() and role.lemma_.lower() not in MEMBER_NOUNS:
                self.discourse.add_role(role.lemma_.lower(), found[0])

    def _note_role(self, piece: Piece, verb: Token) -> None:
        """"X became director", "X was named coach", "X was elected mayor": remember the role."""
        holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        roles = [c for c in verb.children
                 if c.dep_ in ("attr", "oprd", "xcomp", "acomp") and c.pos_ in ("NOUN", "PROPN")]
        found = self._entity(piece, holder) if holder is not None else None
        if found is not None and found[1] in ("PERSON", "ORG"):
            for role in roles:
                self.discourse.add_role(role.lemma_.lower(), found[0])

    def _actor_name(self, piece: Piece, head: Token) -> str | None:
        """The named entity an actor phrase stands for ("members of the Front" -> the Front)."""
        own = self._entity(piece, head)
        if own is not None:
            return own[0]
        if head.lemma_.lower() in MEMBER_NOUNS | _BODIES:
            for child in head.children:
                if child.dep_ in ("prep", "compound", "poss"):
                    for token in sorted(child.subtree, key=lambda t: t.i):
                        found = self._entity(piece, token)
                        if found:
                            return found[0]
        return None


def _in_place_phrase(token: Token, head: Token) -> bool:
    """Whether a token sits in an in/at/near phrase below ``head``."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in ("in", "at", "near", "outside", "inside"):
            return True
        token = token.head
    return False


def acted_on(verb: Token) -> frozenset[str]:
    """Noun lemmas of what a verb acts on: objects, passive subjects, and the nouns under them
    and under the verb's open clauses ("unveiled plans for a stadium" -> plan, stadium;
    "finished building a bridge" -> bridge), and the noun a participle modifies ("a fair
    organised by X" -> fair)."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "xcomp", "pcomp")]
    nouns = {t.lemma_.lower() for head in heads for t in head.subtree if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "nsubj"}
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # "a fair organised by X": the fair
        nouns.add(verb.head.lemma_.lower())
    return frozenset(nouns)


def maker_of(discourse: Discourse, head: Token, *, position: tuple[int, int],
             skip: set[str]) -> str | None:
    """Who made a definite thing named without its maker ("the bridge", "its new account"):
    the last named, non-hostile actor of a verb on the same noun in the last three paragraphs
    before ``position``; None when the thing is indefinite or no one made it."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
                   for c in head.children)
    if head.pos_ != "NOUN" or not definite:
        return None
    act = discourse.last_act(*position, thing=head.lemma_.lower(), skip=frozenset(skip))
    return act.name if act is not None and not act.hostile else None


def author_of(discourse: Discourse, event: Token, *, types: Mapping[str, str],
              position: tuple[int, int], skip: set[str]) -> str | None:
    """Who made a decision or move named without its author ("criticised the move"): the last
    actor of the matching verb ("the withdrawal" <- withdraw), else the person, country or
    organisation that acted most often so far."""
    verbs = frozenset(EVENT_NOUNS.get(event.lemma_.lower(), ()))
    act = discourse.last_act(*position, verbs=verbs, skip=frozenset(skip), window=20) if verbs else None
    if act is not None:
        return act.name
    counts: dict[str, int] = {}
    for earlier in discourse.acts:
        if (earlier.paragraph, earlier.offset) < position and earlier.name not in skip \
                and types.get(earlier.name) in ("PERSON", "GPE", "ORG"):
            counts[earlier.name] = counts.get(earlier.name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None
