"""Entity mentions by position, for the statement stages to look up and look back.

:class:`EntityIndex` answers three questions in logarithmic time: which entity sits at a
character span of a paragraph, which entity of some types was mentioned last before a position
(a grammatical subject preferred), and which entity before a position has a given word in its
name, its aliases or its roles ("the union" -> the Rail Workers' Union, also when the article
mostly calls it RWU).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import NamedTuple

import pandas as pd


class Hit(NamedTuple):
    """An entity found at a position: canonical name, type, and the mention's paragraph offsets."""

    name: str
    type: str
    start: int = 0
    end: int = 0


#: Abbreviated titles and the word a later description uses ("Gen. Ana Roy ... the general said").
_TITLE_ABBREVIATIONS = {"gen.": "general", "sen.": "senator", "gov.": "governor", "rep.": "representative",
                        "col.": "colonel", "lt.": "lieutenant", "maj.": "major", "capt.": "captain",
                        "adm.": "admiral", "sgt.": "sergeant", "prof.": "professor", "insp.": "inspector",
                        "supt.": "superintendent", "amb.": "ambassador", "pres.": "president", "cllr": "councillor",
                        "cllr.": "councillor", "dr.": "doctor", "fr.": "father", "rev.": "reverend"}


class EntityIndex:
    """Body mentions (paragraph >= 1) of the mentions frame, with the entities' roles and titles."""

    def __init__(self, mentions: pd.DataFrame, entities: pd.DataFrame) -> None:
        body = mentions[mentions["paragraph"] > 0]
        columns = [body[c].tolist() for c in ("paragraph", "start", "end", "entity", "type", "subject")]
        self.by_paragraph: dict[int, list[tuple[int, int, str, str]]] = {}
        self.ordered: list[tuple[int, int, str, str]] = []
        self.subjects: set[tuple[int, int]] = set()
        for paragraph, start, end, entity, kind, subject in zip(*columns):
            self.by_paragraph.setdefault(paragraph, []).append((start, end, entity, kind))
            self.ordered.append((paragraph, start, entity, kind))
            if subject:
                self.subjects.add((paragraph, start))
        for rows in self.by_paragraph.values():
            rows.sort()
        self.ordered.sort()
        self._starts = {p: [r[0] for r in rows] for p, rows in self.by_paragraph.items()}
        self._longest = {p: max((r[1] - r[0] for r in rows), default=0)
                         for p, rows in self.by_paragraph.items()}
        self._keys = [(p, s) for p, s, _, _ in self.ordered]
        self._name_words = {name: set(name.lower().replace("'", " ").split()) for _, _, name, _ in self.ordered}
        aliases_of = entities["aliases"].tolist() if "aliases" in entities else [[]] * len(entities)
        for name, aliases in zip(entities["name"].tolist(), aliases_of):
            if name in self._name_words:  # "the union" names "FACCU", whose long form is the ... Union
                for alias in aliases:
                    self._name_words[name].update(alias.lower().replace("'", " ").split())
        self.types: dict[str, str] = dict(zip(entities["name"], entities["type"]))
        #: lower-cased role or title -> entity ("supreme leader" -> the person given that role)
        self.roles: dict[str, str] = {}
        for name, roles, titles in zip(entities["name"].tolist(), entities["roles"].tolist(),
                                       entities["titles"].tolist()):
            for role in [*roles, *titles]:
                self.roles.setdefault(role.lower(), name)
                self.roles.setdefault(_TITLE_ABBREVIATIONS.get(role.lower(), role.lower()), name)
        self.role_words: dict[str, set[str]] = {}
        for role, name in self.roles.items():
            self.role_words.setdefault(name, set()).update(role.split())

    def words_of(self, name: str) -> set[str]:
        """The lower-case words of an entity's name, aliases and roles."""
        return self._name_words.get(name, set()) | self.role_words.get(name, set())

    def at(self, paragraph: int, start: int, end: int) -> Hit | None:
        """The mention overlapping the span [start, end) of a paragraph, if any."""
        rows = self.by_paragraph.get(paragraph)
        if not rows:
            return None
        starts = self._starts[paragraph]
        i = bisect.bisect_left(starts, start - self._longest[paragraph])
        while i < len(rows) and rows[i][0] < end:
            s, e, name, kind = rows[i]
            if s < end and start < e:
                return Hit(name, kind, s, e)
            i += 1
        return None

    def last_named(self, paragraph: int, offset: int, word: str, *, subject: bool = False) -> str | None:
        """The last entity before a position whose name or role has this word; with
        ``subject``, the last one mentioned as a grammatical subject (an actor, not a passing
        venue: "X ruled ... could appeal to the Supreme Court ... the court" -> X)."""
        i = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        while i >= 0:
            p, s, name, _ = self.ordered[i]
            if (word in self._name_words[name] or word in self.role_words.get(name, ())) \
                    and (not subject or (p, s) in self.subjects):
                return name
            i -= 1
        return None

    def last_with_words(self, paragraph: int, offset: int, words: set[str]) -> str | None:
        """The last entity before a position whose name or aliases have all these words
        ("the comptroller's office" -> the Office of the Comptroller General)."""
        return self.last_such(paragraph, offset, lambda name: words <= self._name_words.get(name, set()))

    def last_such(self, paragraph: int, offset: int, accept: Callable[[str], bool]) -> str | None:
        """The last entity before a position whose name ``accept`` takes."""
        i = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        while i >= 0:
            name = self.ordered[i][2]
            if accept(name):
                return name
            i -= 1
        return None

    def last_before(self, paragraph: int, offset: int, types: Sequence[str], *,
                    window: int = 400, skip: frozenset[str] = frozenset(), topic: bool = True) -> str | None:
        """The last entity of these types before a position; with ``topic``, a grammatical
        subject within ``window`` characters before the last one is preferred (the topic
        outranks a passing name: "Canada summoned India's envoy. The country ..." -> Canada)."""
        i = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        last = None
        while i >= 0:
            p, s, name, kind = self.ordered[i]
            if kind in types and name not in skip:
                if last is None:
                    last = (p, s, name)
                if not topic or (p, s) in self.subjects:
                    return name
            if last is not None and (p != last[0] or last[1] - s > window):
                break
            i -= 1
        return last[2] if last else None

    def adjacent(self, first: str, second: str, *, gap: int = 30) -> bool:
        """Whether, anywhere in the body, a mention of ``second`` starts within ``gap``
        characters after a mention of ``first`` ends ("Norland's National Assembly", "Norland
        Foreign Minister Ana Lee")."""
        for rows in self.by_paragraph.values():
            ends = [e for _, e, name, _ in rows if name == first]
            if ends and any(0 <= s - end <= gap for s, _, name, _ in rows if name == second for end in ends):
                return True
        return False

    def position_of_last(self, paragraph: int, offset: int, types: Sequence[str]) -> tuple[int, int] | None:
        """(paragraph, start) of the last mention of these types before a position."""
        i = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        while i >= 0:
            p, s, _, kind = self.ordered[i]
            if kind in types:
                return p, s
            i -= 1
        return None
