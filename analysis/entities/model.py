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


@dataclass
class Entity:
    """Mentions of one canonical entity; ``merged`` maps an alias to the reason it was merged."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    merged: dict[str, str] = field(default_factory=dict)
    place_name: str | None = None
    #: forms that name the entity only through another ("Arctic Five Summit" for Arctic Five, a
    #: parent's name for its unit): never the entity's name while another form exists
    minor_forms: set[str] = field(default_factory=set)
    _cache: dict[str, tuple[int, Any]] = field(default_factory=dict, repr=False)

    def _cached(self, what: str, compute: Callable[[], Any]) -> Any:
        """Label and name depend only on the mentions, which only grow: recompute when they do."""
        size = len(self.mentions)
        if self._cache.get(what, (None,))[0] != size:
            self._cache[what] = (size, compute())
        return self._cache[what][1]

    @property
    def label(self) -> str:
        """The majority label of the mentions (ties: the one seen first)."""
        def compute() -> str:
            labels = Counter(m.label for m in self.mentions)
            first = {m.label: i for i, m in reversed(list(enumerate(self.mentions)))}
            return max(labels, key=lambda lab: (labels[lab], -first[lab]))
        return self._cached("label", compute)

    @property
    def name(self) -> str:
        """A place's usual name, a person's longest name, else the commonest form the model found."""
        def compute() -> str:
            if self.place_name:
                return self.place_name
            forms = Counter(m.text for m in self.mentions if m.source == "ner") or \
                Counter(m.text for m in self.mentions)
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
        self._cache.clear()


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
