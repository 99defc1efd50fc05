"""The shapes the entity passes share: a :class:`Mention`, an :class:`Entity`, the columns, coverage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: spaCy's labels of named things, and OTHER for names the type rules find that spaCy has no label
#: for (diseases, programmes, slogans).
NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW",
                "WORK_OF_ART", "LANGUAGE", "OTHER"}
ENTITY_COLUMNS = ["name", "type", "mentions", "aliases", "first_paragraph", "paragraphs",
                  "salience", "tone", "titles", "roles", "merged"]
MENTION_COLUMNS = ["entity", "type", "paragraph", "sentence", "start", "end", "text", "subject",
                   "source"]


@dataclass
class Mention:
    """One occurrence of a name: paragraph offsets, the label, and what the passes learnt about it.

    ``place`` is the code of the country, territory or region (``analysis/data/countries.json``)
    the mention stands for; ``reason`` says why a form that is not the entity's own name joined it
    ("demonym", "country variant"), shown in the entities table's ``merged`` column.
    """

    paragraph: int
    start: int
    end: int
    text: str
    label: str
    subject: bool = False
    source: str = "ner"
    key: str = ""
    parent: str | None = None
    title: str | None = None
    sentence: int = 0
    roles: tuple[tuple[str, str | None], ...] = ()
    place: str | None = None
    reason: str | None = None


class _Tally:
    """Counts over an entity's mentions, kept up to date as mentions are appended."""

    def __init__(self) -> None:
        self.size = 0
        self.labels: Counter[str] = Counter()
        self.first: dict[str, int] = {}
        self.ner_forms: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()

    def extend(self, mentions: list[Mention]) -> None:
        """Count the mentions after the ones already counted."""
        for i in range(self.size, len(mentions)):
            m = mentions[i]
            self.labels[m.label] += 1
            self.first.setdefault(m.label, i)
            self.forms[m.text] += 1
            if m.source == "ner":
                self.ner_forms[m.text] += 1
        self.size = max(self.size, len(mentions))


@dataclass
class Entity:
    """Mentions of one canonical entity; ``merged`` maps an alias to the reason it was merged."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    merged: dict[str, str] = field(default_factory=dict)
    #: the name an entity had when another joined it, with that merge's reason: shown when the
    #: joined form becomes the name ("NCR" named, "National Council for Rivers (apposition)")
    hosts: dict[str, str] = field(default_factory=dict)
    place_name: str | None = None
    #: forms that name the entity only through another ("Arctic Five Summit" for Arctic Five, a
    #: parent's name for its unit): never the entity's name while another form exists
    minor_forms: set[str] = field(default_factory=set)
    _cache: dict[str, tuple[int, Any]] = field(default_factory=dict, repr=False)
    _tally: _Tally | None = field(default=None, repr=False)

    def _cached(self, what: str, compute: Callable[[], Any]) -> Any:
        """Label and name depend only on the mentions, which only grow: recompute when they do."""
        size = len(self.mentions)
        if self._cache.get(what, (None,))[0] != size:
            self._cache[what] = (size, compute())
        return self._cache[what][1]

    def _counts(self) -> _Tally:
        """The label and form counts of the mentions, brought up to date with those appended since
        the last look (mentions only grow between two clears of the cache): a name or label costs
        the number of distinct forms, not of mentions."""
        if self._tally is None or not self._cache:  # the cache cleared: the mentions changed otherwise
            self._tally = _Tally()
        self._tally.extend(self.mentions)
        return self._tally

    @property
    def label(self) -> str:
        """The majority label of the mentions (ties: the one seen first)."""
        def compute() -> str:
            tally = self._counts()
            labels, first = tally.labels, tally.first
            return max(labels, key=lambda lab: (labels[lab], -first[lab]))
        return self._cached("label", compute)

    @property
    def name(self) -> str:
        """A place's usual name, a person's longest name, else the commonest form the model found."""
        def compute() -> str:
            if self.place_name:
                return self.place_name
            tally = self._counts()
            forms = tally.ner_forms or tally.forms
            major = Counter({f: n for f, n in forms.items() if f not in self.minor_forms})
            forms = major or forms
            if self.label == "PERSON":
                return max(forms, key=lambda f: (len(f.split()), forms[f]))
            return max(forms, key=lambda f: (forms[f], len(f)))
        return self._cached("name", compute)

    def set_label(self, label: str) -> None:
        """Give every mention one label (a type rule decided it for the entity)."""
        for m in self.mentions:
            m.label = label
        self.forget()

    def forget(self) -> None:
        """Drop what was computed from the mentions (they changed otherwise than by growing)."""
        self._cache.clear()
        self._tally = None

    def sort_mentions(self) -> None:
        """Put the mentions in reading order (a label or name already computed stands)."""
        self.mentions.sort(key=lambda m: (m.paragraph, m.start))
        self._tally = None


class Coverage:
    """Which characters of each paragraph a mention already covers (overlap checks in O(span))."""

    def __init__(self, texts: dict[int, str], mentions: Iterable[Mention]) -> None:
        self._covered = {p: bytearray(len(t) + 1) for p, t in texts.items()}
        for m in mentions:
            self.take(m.paragraph, m.start, m.end)

    def free(self, paragraph: int, start: int, end: int) -> bool:
        """Whether no mention covers any character of the range yet."""
        return not any(self._covered[paragraph][start:end])

    def take(self, paragraph: int, start: int, end: int) -> None:
        """Mark the range as covered."""
        covered = self._covered.get(paragraph)
        if covered is not None:
            covered[start:end] = b"\x01" * (end - start)


class ByParagraph:
    """Mentions grouped by paragraph, in the order they were added: an overlap look-up scans one
    paragraph's mentions, not the article's (the cost stays linear in the number of paragraphs)."""

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self._mentions: dict[int, list[Mention]] = {}
        for m in mentions:
            self.add(m)

    def add(self, mention: Mention) -> None:
        """Add one mention (after those already there)."""
        self._mentions.setdefault(mention.paragraph, []).append(mention)

    def of(self, paragraph: int) -> list[Mention]:
        """The paragraph's mentions, in the order they were added."""
        return self._mentions.get(paragraph, [])

