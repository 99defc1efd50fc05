"""Groups of speakers: who "they", "both coaches" or "the two ministers" stand for.

:class:`GroupNotes` remembers, in the :class:`~analysis.statements.discourse.Discourse`, the named
members introduced together (conjoined names with the nouns said of them, members a plural phrase
lists, two parties who met or talked), and resolves a plural phrase to the members of the last
fitting group. Split from :mod:`~analysis.statements.speakers`, whose resolver it is a base of;
``entity_of`` is the resolver's look-up.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.pieces import Piece
from analysis.statements.discourse import Group
from analysis.statements.holders import Speaker, SpeakerContext
from analysis.statements.index import Hit
from analysis.statements.members import acting_together, listed_members

_GROUP_WORDS = frozenset({"both", "two", "three", "four", "pair", "trio", "duo"})
#: Verbs of two parties acting together ("X met Y"): the pair may be "they" afterwards.
_RECIPROCAL = frozenset({"meet", "talk", "negotiate", "confer"})


class GroupNotes(SpeakerContext):
    """Groups of one article: noted piece by piece, read back for plural phrases. Needs, from
    the resolver: ``discourse``, ``entity_of`` and the :class:`SpeakerContext` attributes."""

    def note_groups(self, piece: Piece) -> None:
        """Remember named members introduced together in this piece ("coaches Anna Berg and Tom
        Reyes", "Australia and Japan"), with the nouns said of them, members a plural phrase
        lists ("the mayors of Kell and Vilnia, ..."), and two parties who met or talked ("X met Y")."""
        for token in piece.doc:
            if not token.conjuncts or token.dep_ == "conj":
                continue
            names, nouns = [], set()
            for part in (token, *token.conjuncts):
                hit = self._named(piece, part)
                if hit and hit.name not in names:
                    names.append(hit.name)
                nouns.update(c.lemma_.lower() for c in part.children
                             if c.dep_ in ("compound", "appos", "amod") and c.pos_ == "NOUN")
            if token.head.pos_ == "NOUN" and token.dep_ in ("appos", "compound"):
                nouns.add(token.head.lemma_.lower())
            if len(names) >= 2:
                self.discourse.add_group(Group(tuple(names), frozenset(nouns), piece.paragraph,
                                               piece.offset + token.idx))
        for token in piece.doc:  # "the mayors of Kell and Vilnia, Ida Brandt and Tom Reyes", "X together with Y"
            self._listed(piece, token)
            pair = tuple(dict.fromkeys(h.name for t in acting_together(token) or () if (h := self._named(piece, t))))
            if len(pair) == 2:
                self.discourse.add_group(Group(pair, frozenset(), piece.paragraph, piece.offset + token.idx))
        for verb in piece.doc:  # "X met Y", "X talked with Y": the two, for a later "they"
            if verb.lemma_.lower() not in _RECIPROCAL or verb.pos_ != "VERB":
                continue
            parties = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
            parties += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ == "pobj"]
            names = list(dict.fromkeys(hit.name for part in parties if (hit := self._named(piece, part))))
            if len(names) == 2:
                self.discourse.add_group(Group(tuple(names), frozenset(), piece.paragraph, piece.offset + verb.idx))

    def _named(self, piece: Piece, token: Token) -> Hit | None:
        """The entity a phrase head names, or its appositive names ("her deputy Tom Reyes")."""
        return self.entity_of(piece, token) or next(
            (h for c in token.children if c.dep_ == "appos" and (h := self.entity_of(piece, c))), None)

    def _group_of(self, piece: Piece, head: Token) -> list[Speaker]:
        """Members of the group a plural phrase stands for, if any."""
        words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet")}
        is_pronoun = head.lower_ in ("they", "both", "them")
        if not is_pronoun and not (words & _GROUP_WORDS and head.tag_ in ("NNS", "NN", "DT", "CD")):
            return self._kind_group(piece, head)
        noun = head.lemma_.lower() if head.pos_ == "NOUN" and not is_pronoun else None
        size = 2 if words & {"both", "two", "pair", "duo"} else None
        position = (piece.paragraph, piece.offset + head.idx)
        group = self.discourse.last_group(*position, noun=noun, size=size)
        if group is None and noun is not None:
            group = self.discourse.last_group(*position, size=size)
        if group is None:
            return []
        if head.lower_ == "they":  # only when no other organisation spoke since the group
            latest = self.discourse.last_voice(piece.paragraph)
            if latest is not None and (latest.paragraph, latest.offset) > (group.paragraph, group.offset) \
                    and latest.name not in group.members:
                return []
        return [Speaker(name, head.text, indirect=True, group=True) for name in group.members]

    def _listed(self, piece: Piece, head: Token) -> list[Speaker]:
        """Members a plural phrase lists (:mod:`~analysis.statements.members`), remembered as a group."""
        members, _ = listed_members(head, type_of=lambda t: (h.type if (h := self.entity_of(piece, t)) else None))
        names = list(dict.fromkeys(self.entity_of(piece, t).name for t in members))
        if len(names) < 2:
            return []
        self.discourse.add_group(Group(tuple(names), frozenset({head.lemma_.lower()}), piece.paragraph,
                                       piece.offset + head.idx))
        return [Speaker(name, name) for name in names]
