"""Cue words of attributed statements, as data: ``data/cues.tsv`` and ``data/words.toml``.

``cues.tsv`` has one row per cue lemma and part of speech, read once per process:

lemma
    The lemma as spaCy gives it ("condemn", "call"), or a two-word phrasal cue written
    "verb particle" ("call for", "stand by", "claim responsibility"); for nouns the noun lemma.
pos
    ``verb`` or ``noun``.
family
    ``speech`` (reports what someone said; stance from evaluation in the content),
    ``report`` (neutral by definition: report, deny, according to), ``request`` (asks someone
    to act; stance from the requested action), ``judgement`` (judges by word: condemn, praise),
    ``act`` (a position taken by an act: expel, sanction, sign), ``label`` (calls something a
    name; stance from the label).
stance
    The cue's own stance (``support``, ``oppose``, ``neutral``), or ``-`` when it comes from the
    content (speech, request, label).
content
    ``required`` when the cue counts only with reported content (a quote, a that-clause, a clause
    complement): "said the tax was unfair" is a statement, "said a prayer" is not; ``optional``
    otherwise.
sense, example
    A one-line note on the sense that counts, and an example sentence (written for this file).

``words.toml`` holds the other word lists the stages use (requested actions that are hostile or
friendly, heads that turn a cue into a failure to act, light verbs, addressee verbs, unnamed
sources, descriptions that refer back to entities), each with a comment on its rule, and a
``[valence]`` table of evaluative news words VADER's lexicon lacks.
"""

from __future__ import annotations

import csv
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DATA = Path(__file__).resolve().parent / "data"
Family = Literal["speech", "report", "request", "judgement", "act", "label"]
FAMILIES = ("speech", "report", "request", "judgement", "act", "label")
STANCES = ("support", "oppose", "neutral")


@dataclass(frozen=True)
class CueWord:
    """One row of ``cues.tsv``."""

    lemma: str
    pos: str
    family: Family
    stance: str | None  # None: from the content
    needs_content: bool
    sense: str = ""
    example: str = ""

    @property
    def particle(self) -> str | None:
        """The second word of a phrasal cue ("for" in "call for"), else None."""
        parts = self.lemma.split(" ", 1)
        return parts[1] if len(parts) == 2 else None

    @property
    def head(self) -> str:
        """The first word: the lemma the parser's token carries."""
        return self.lemma.split(" ", 1)[0]


@dataclass(frozen=True)
class Lexicon:
    """The cue table and word lists, indexed for the stages."""

    verbs: dict[str, CueWord]  # single-word verb cues by lemma
    phrasal: dict[str, dict[str, CueWord]]  # verb lemma -> particle or object word -> cue
    nouns: dict[str, CueWord]
    words: dict[str, frozenset[str]]
    valence: dict[str, float]  # evaluative words VADER lacks (``[valence]`` of words.toml)

    def verb(self, lemma: str) -> CueWord | None:
        """The single-word verb cue with this lemma, if any."""
        return self.verbs.get(lemma)

    def noun(self, lemma: str) -> CueWord | None:
        """The nominal cue with this lemma, if any."""
        return self.nouns.get(lemma)

    def phrasal_of(self, lemma: str, particles: list[str]) -> CueWord | None:
        """The phrasal cue of a verb with the first of ``particles`` (particles, prepositions
        with an object, object words, in that order of preference) it is listed with."""
        options = self.phrasal.get(lemma)
        if not options:
            return None
        return next((options[p] for p in particles if p in options), None)

    def is_cue_lemma(self, lemma: str) -> bool:
        """Whether a verb lemma can head a cue (alone or phrasal)."""
        return lemma in self.verbs or lemma in self.phrasal

    @functools.cached_property
    def request_heads(self) -> frozenset[str]:
        """Verb lemmas that ask someone to act (alone or phrasal): their infinitive is content."""
        heads = {lemma for lemma, w in self.verbs.items() if w.family == "request"}
        heads |= {verb for verb, options in self.phrasal.items()
                  if any(w.family == "request" for w in options.values())}
        return frozenset(heads | {"ask"})

    @functools.cached_property
    def speech_lemmas(self) -> frozenset[str]:
        """Verb lemmas that report speech (speech and report families)."""
        return frozenset(lemma for lemma, w in self.verbs.items() if w.family in ("speech", "report"))

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.words[name]


def read_cues(path: Path) -> list[CueWord]:
    """Rows of a cue table; a malformed row is a packaging error and raises ValueError."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            family, stance = row["family"].strip(), row["stance"].strip()
            if family not in FAMILIES or (stance != "-" and stance not in STANCES):
                raise ValueError(f"{path.name}: bad family or stance in {row}")
            rows.append(CueWord(
                lemma=row["lemma"].strip().lower(), pos=row["pos"].strip(), family=family,
                stance=None if stance == "-" else stance,
                needs_content=row["content"].strip() == "required",
                sense=(row.get("sense") or "").strip(), example=(row.get("example") or "").strip()))
    return rows


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon, read once per process."""
    verbs, phrasal, nouns = {}, {}, {}
    for cue in read_cues(DATA / "cues.tsv"):
        if cue.pos == "noun":
            nouns[cue.lemma] = cue
        elif cue.particle:
            phrasal.setdefault(cue.head, {})[cue.particle] = cue
        else:
            verbs[cue.lemma] = cue
    with (DATA / "words.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    words = {name: frozenset(w.lower() for w in values) for name, values in raw.items()
             if isinstance(values, list)}
    valence = {word.lower(): float(value) for word, value in raw.get("valence", {}).items()}
    descriptions = raw.get("descriptions", {})
    words |= {f"description:{noun}": frozenset(types) for noun, types in descriptions.items()}
    words["descriptions"] = frozenset(descriptions)
    return Lexicon(verbs=verbs, phrasal=phrasal, nouns=nouns, words=words, valence=valence)
