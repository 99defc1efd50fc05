"""What the article has said so far, for resolving pronouns, descriptions and groups.

A :class:`Discourse` is passed explicitly to the speaker stage, which reads it and writes it;
no stage reads the emitted statement rows. It remembers:

* speakers in reading order, each with the words of the phrase that introduced it ("the
  country's foreign ministry" -> Russia), whether it was named, and where;
* groups of named members introduced together ("coaches Anna Berg and Tom Reyes", "X met Y"),
  with the nouns that named the group, so "both coaches", "the two", "the companies" or "they"
  can stand for each member;
* actors: named entities that did something, with the verb ("the Front set fire to a depot",
  "a fair organised by Green Streets"), so "the arson" finds its author, "the organisers" the
  organiser, and "the move" the actor it belongs to;
* roles the article gave someone ("became director of the opera", "was named coach"), so
  "the new director" can be resolved;
* victims: entities on the receiving end of a hostile act ("facilities of X were hit by
  drones", "attacks on X"), so "claimed responsibility for the attacks" finds who was attacked;
* culprits: the people the article names, anywhere, as the authors of its attack (read before
  the first cue), so "the attacker" and "condemned the stabbing" find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Voice:
    """One speaker as introduced: canonical name (or the phrase, when unnamed) and position."""

    name: str
    words: frozenset[str]
    type: str | None
    paragraph: int
    offset: int
    unnamed: bool = False


@dataclass(frozen=True)
class Group:
    """Named members introduced together, and the nouns said of them."""

    members: tuple[str, ...]
    nouns: frozenset[str]
    paragraph: int
    offset: int


@dataclass(frozen=True)
class Act:
    """A named actor of a verb (its subject, or the by-agent of a passive), and where."""

    name: str
    verb: str
    hostile: bool
    paragraph: int
    offset: int
    objects: frozenset[str] = frozenset()  # lemmas of what was acted on ("account", "stadium")


@dataclass
class Discourse:
    """Speakers, groups and actors introduced so far, in reading order."""

    voices: list[Voice] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)
    #: role noun -> who the article gave it to ("became director of the opera" -> director)
    roles: dict[str, str] = field(default_factory=dict)
    #: (paragraph, offset, name) of each entity a hostile act was aimed at, in reading order
    victims: list[tuple[int, int, str]] = field(default_factory=list)
    #: people the whole article names as the authors of its attack (:mod:`~analysis.statements.culprits`)
    culprits: list[str] = field(default_factory=list)

    def add_victim(self, paragraph: int, offset: int, name: str) -> None:
        """Remember an entity a hostile act was aimed at."""
        self.victims.append((paragraph, offset, name))

    def last_victim(self, paragraph: int, offset: int, *, skip: frozenset[str] = frozenset(),
                    window: int = 3) -> str | None:
        """The first-named victim of the last hostile act before a position, within ``window``
        paragraphs, not in ``skip``."""
        before = [v for v in self.victims if (v[0], v[1]) < (paragraph, offset)
                  and v[0] >= paragraph - window and v[2] not in skip]
        if not before:
            return None
        last = max(v[:2] for v in before)
        same_act = [v for v in before if v[0] == last[0] and abs(v[1] - last[1]) < 200]
        return min(same_act)[2]

    def add_role(self, noun: str, name: str) -> None:
        """Remember that a named entity took a role; a later holder of the same noun wins."""
        self.roles[noun] = name

    def add_act(self, act: Act) -> None:
        """Remember who did what (called once per clause with a named actor, in reading order)."""
        self.acts.append(act)

    def last_act(self, paragraph: int, offset: int, *, hostile: bool | None = None,
                 verbs: frozenset[str] | None = None, thing: str | None = None,
                 skip: frozenset[str] = frozenset(), window: int = 3) -> Act | None:
        """The last act before a position within ``window`` paragraphs, hostile (or not), with
        one of the verbs, and on the thing (a noun lemma) when asked, by someone not in ``skip``."""
        for act in reversed(self.acts):
            if (act.paragraph, act.offset) >= (paragraph, offset):
                continue
            if act.paragraph < paragraph - window:
                break
            if act.name in skip or (hostile is not None and act.hostile != hostile):
                continue
            if verbs is not None and act.verb not in verbs:
                continue
            if thing is not None and thing not in act.objects:
                continue
            return act
        return None

    def add_voice(self, voice: Voice) -> None:
        """Remember a speaker (called once per statement, in reading order)."""
        self.voices.append(voice)

    def add_group(self, group: Group) -> None:
        """Remember named members introduced together (two or more)."""
        if len(group.members) >= 2 and group not in self.groups:
            self.groups.append(group)

    def last_voice(self, paragraph: int, *, types: Sequence[str] | None = None,
                   same_paragraph: bool = False) -> Voice | None:
        """The last speaker in this or the previous paragraph (named or not), of these types."""
        for voice in reversed(self.voices):
            if voice.paragraph < paragraph - 1:
                break
            if same_paragraph and voice.paragraph != paragraph:
                continue
            if types is None or voice.type in types:
                return voice
        return None

    def described(self, word: str | frozenset[str], types: Sequence[str], *, recent: int = 20) -> str | None:
        """The last named speaker introduced with this noun, or any of these nouns ("Russia's
        foreign ministry summoned ..." then "The ministry said" -> Russia), not a person quoted as
        its spokesman."""
        wanted = {word} if isinstance(word, str) else word
        for voice in reversed(self.voices[-recent:]):
            if not voice.unnamed and wanted & voice.words and (voice.type in types or voice.type != "PERSON"):
                return voice.name
        return None

    def last_group(self, paragraph: int, offset: int, *, noun: str | None = None,
                   size: int | None = None) -> Group | None:
        """The last group before a position in this or the previous two paragraphs, with the
        given noun among its nouns (when given) and the given number of members (when given)."""
        for group in reversed(self.groups):
            if (group.paragraph, group.offset) >= (paragraph, offset):
                continue
            if group.paragraph < paragraph - 2:
                break
            if noun is not None and noun not in group.nouns:
                continue
            if size is not None and len(group.members) != size:
                continue
            return group
        return None
