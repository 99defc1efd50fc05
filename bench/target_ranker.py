"""A learned target for a statement the rules leave without one: measured, not used.

When no rule of :mod:`~analysis.statements.targets` names a target (a denial aside), the
entities around the cue can be ranked by a small logistic scorer fitted on annotated articles
(``scripts/fit_targets.py``): the candidates are the entities named in the cue's paragraph, the
paragraph before it and the lede, and the speakers and targets of the statements read just
before; the speakers themselves never. The best candidate would become the target (``how``
"ranked") when its score clears the model's threshold; otherwise the statement keeps no target.

The extractor does not call it: cross-validated by article on the 27 training articles (nested,
leave one article out) it filled 34 of 165 empty targets, 16 rightly, and moved target accuracy
over the matched statements from 0.632 to 0.641 (the 19 written articles 0.549 to 0.549); a
softmax over the candidates plus an abstain option did no better (0.637). Hooking it in is one
line at the end of :meth:`TargetFinder.find`: ``return self.ranker.after(hit, speakers,
target, load_model())`` with a :class:`TargetRanker` made in ``__init__``.

Features (:data:`FEATURES`) describe where and how the candidate is named, never who it is: its
type; whether it is in the cue's sentence, its content or quotation, the sentence before, the
paragraph, the paragraph before, the lede; its grammatical role in the cue's sentence (subject,
object, object of an aiming or a place/time preposition, possessor, modifier); its distance to
the cue in tokens and its rank among the candidates by distance; whether it is the speaker's own
country or organisation (named in the speaker phrase); whether it was the previous statement's
target or speaker; how often the article names it; and, the same for every candidate of a cue,
the cue's family and fixed stance, which decide how readily the ranker abstains.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Token

from analysis.sentiment import tone_of
from analysis.statements.detect import CueHit
from analysis.statements.reported import Target

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "target_model.json"

#: Entity types a target can have.
TARGET_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
#: Prepositions of aim ("sanctions on X") and of place or time ("talks in X").
AIM_PREPS = frozenset({"on", "against", "with", "to", "of", "for", "over", "about", "toward", "towards", "at"})
PLACE_PREPS = frozenset({"in", "at", "near", "across", "around", "inside", "outside", "during", "after",
                         "before", "since", "throughout", "from", "via", "through", "into", "by"})
FAMILIES = ("speech", "report", "request", "judgement", "act", "label")

FEATURES = (
    "type_person", "type_org", "type_gpe", "type_norp", "type_place",
    "in_sentence", "before_cue", "in_content", "in_quote", "in_prev_sentence", "in_paragraph",
    "in_prev_paragraph", "in_lede", "only_far",
    "role_subject", "role_object", "role_aim_pobj", "role_place_pobj", "role_other_pobj",
    "role_possessor", "role_modifier",
    "distance", "distance_rank", "affiliation", "prev_target", "prev_speaker", "speaker_prev_target",
    "recent_target", "named_by_word", "target_count", "was_speaker",
    "mention_share", "mention_rank", "top_entity",
    "family_speech", "family_report", "family_request", "family_judgement", "family_act", "family_label",
    "cue_sided", "cue_open", "sided_in_content", "speech_in_content", "request_object",
    "candidates_in_sentence", "tone_strength", "tone_negative", "has_quote",
)


class Candidate(NamedTuple):
    """One entity that could be the target, with its feature values (in :data:`FEATURES` order)."""

    name: str
    features: tuple[float, ...]
    token: Token | None


class Memory(NamedTuple):
    """What a statement read before left: its paragraph, speakers and the rules' target."""

    paragraph: int
    speakers: frozenset[str]
    target: str | None


def _role(token: Token) -> str:
    """The grammatical role of a mention's head word in its sentence (a :data:`FEATURES` name)."""
    dep = token.dep_
    if dep in ("nsubj", "nsubjpass", "csubj"):
        return "role_subject"
    if dep in ("dobj", "dative", "attr", "oprd"):
        return "role_object"
    if dep == "pobj":
        prep = token.head.lower_
        return "role_aim_pobj" if prep in AIM_PREPS else "role_place_pobj" if prep in PLACE_PREPS else "role_other_pobj"
    if dep == "poss":
        return "role_possessor"
    if dep in ("compound", "amod", "nmod", "appos"):
        return "role_modifier"
    return ""


def _common_words(sent, piece, index) -> set[str]:
    """Lower-cased nouns of a sentence outside any entity mention ("the union", "the ministry")."""
    return {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"
            and index.at(piece.paragraph, piece.offset + t.idx, piece.offset + t.idx + len(t.text)) is None}


def _name_words(name: str, index) -> set[str]:
    """The words of an entity's name and roles, lower-cased."""
    words = set(name.lower().replace("'", " ").split()) | index.role_words.get(name, set())
    return {w for w in words if len(w) > 3}


def candidates(hit: CueHit, speakers: set[str], *, index, affiliations: set[str],
               history: list[Memory]) -> list[Candidate]:
    """The entities that could be a cue's target, each with its features (rule in the module
    docstring); ``index`` is the article's :class:`~analysis.statements.index.EntityIndex`."""
    piece, paragraph = hit.piece, hit.piece.paragraph
    cue_at = piece.offset + hit.token.idx
    sent = hit.token.sent
    sent_span = (piece.offset + sent.start_char, piece.offset + sent.end_char)
    prev = piece.doc[sent.start - 1].sent if sent.start > 0 else None
    prev_span = (piece.offset + prev.start_char, piece.offset + prev.end_char) if prev is not None else (-1, -1)
    content = {piece.offset + t.idx for t in hit.content}
    quoted = {piece.offset + t.idx for t in hit.quoted}
    last = history[-1] if history else None
    counts: dict[str, int] = {}
    for _, _, name, _ in index.ordered:
        counts[name] = counts.get(name, 0) + 1
    ranks = {name: i + 1 for i, name in enumerate(sorted(counts, key=lambda n: -counts[n]))}
    total = max(1, sum(counts.values()))
    seen: dict[str, dict] = {}

    def add(name: str, kind: str) -> dict:
        return seen.setdefault(name, {"kind": kind, "where": set(), "roles": set(), "distance": None, "token": None})

    for where_paragraph, label in ((paragraph, "in_paragraph"), (paragraph - 1, "in_prev_paragraph"), (1, "in_lede")):
        for start, end, name, kind in index.by_paragraph.get(where_paragraph, ()):
            if name in speakers or kind not in TARGET_TYPES:
                continue
            info = add(name, kind)
            info["where"].add(label)
            if where_paragraph != paragraph:
                continue
            if prev_span[0] <= start < prev_span[1]:
                info["where"].add("in_prev_sentence")
            if not sent_span[0] <= start < sent_span[1]:
                continue
            info["where"].add("in_sentence")
            span = piece.doc.char_span(start - piece.offset, end - piece.offset, alignment_mode="expand")
            if span is None:
                continue
            if start < cue_at:
                info["where"].add("before_cue")
            if any(piece.offset + t.idx in content for t in span):
                info["where"].add("in_content")
            if any(piece.offset + t.idx in quoted for t in span):
                info["where"].add("in_quote")
            info["roles"].add(_role(span.root))
            distance = min(abs(t.i - hit.token.i) for t in span)
            if info["distance"] is None or distance < info["distance"]:
                info["distance"], info["token"] = distance, span.root
    if last is not None:
        for name in [last.target, *last.speakers]:
            if name and name not in speakers and index.types.get(name) in TARGET_TYPES:
                add(name, index.types[name])
    recent = [m.target for m in history[-3:] if m.target]
    own = next((m.target for m in reversed(history) if m.target and m.speakers & speakers), None)
    for name in recent:
        if name not in speakers and index.types.get(name) in TARGET_TYPES:
            add(name, index.types[name])
    words = _common_words(sent, piece, index)
    tone = tone_of(sent.text)
    by_distance = sorted(seen, key=lambda n: (seen[n]["distance"] is None, seen[n]["distance"] or 0))
    in_sentence = sum(1 for info in seen.values() if "in_sentence" in info["where"])
    out = []
    for rank, name in enumerate(by_distance, start=1):
        info = seen[name]
        values = dict.fromkeys(FEATURES, 0.0)
        kind = info["kind"]
        values["type_person"] = float(kind == "PERSON")
        values["type_org"] = float(kind == "ORG")
        values["type_gpe"] = float(kind == "GPE")
        values["type_norp"] = float(kind == "NORP")
        values["type_place"] = float(kind in ("LOC", "FAC"))
        for where in info["where"]:
            values[where] = 1.0
        values["only_far"] = float(not info["where"] & {"in_paragraph", "in_prev_paragraph"})
        for role in info["roles"] - {""}:
            values[role] = 1.0
        distance = info["distance"]
        values["distance"] = 1.0 if distance is None else min(1.0, math.log1p(distance) / math.log(40))
        values["distance_rank"] = 1.0 / rank if distance is not None else 0.0
        values["affiliation"] = float(name in affiliations)
        values["prev_target"] = float(last is not None and last.target == name)
        values["prev_speaker"] = float(last is not None and name in last.speakers)
        values["speaker_prev_target"] = float(own == name)
        values["recent_target"] = float(name in recent)
        values["target_count"] = min(1.0, sum(m.target == name for m in history) / 3)
        values["was_speaker"] = float(any(name in m.speakers for m in history))
        values["named_by_word"] = float(bool(words & _name_words(name, index)))
        values["top_entity"] = float(ranks.get(name) == 1 or ranks.get(name) == 2 and bool(
            set(ranks) & set(speakers) and min(ranks[s] for s in set(ranks) & set(speakers)) == 1))
        values["mention_share"] = counts.get(name, 0) / total
        values["mention_rank"] = 1.0 / ranks[name] if name in ranks else 0.0
        for family in FAMILIES:
            values[f"family_{family}"] = float(hit.family == family)
        sided = hit.word.stance in ("support", "oppose")
        values["cue_sided"] = float(sided)
        values["cue_open"] = float(hit.word.stance is None)
        values["sided_in_content"] = float(sided and "in_content" in info["where"])
        values["speech_in_content"] = float(hit.family == "speech" and "in_content" in info["where"])
        values["request_object"] = float(hit.family == "request" and bool(info["roles"] & {"role_object", "role_aim_pobj"}))
        values["candidates_in_sentence"] = min(1.0, in_sentence / 5)
        values["tone_strength"] = abs(tone)
        values["tone_negative"] = float(tone < -0.2)
        values["has_quote"] = float(hit.quote is not None)
        out.append(Candidate(name, tuple(values[f] for f in FEATURES), info["token"]))
    return out


class Model(NamedTuple):
    """The fitted scorer: one weight per feature, an intercept and the threshold to fill."""

    weights: tuple[float, ...]
    intercept: float
    threshold: float

    def score(self, features: tuple[float, ...]) -> float:
        """The probability that a candidate is the target."""
        z = self.intercept + sum(w * x for w, x in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """Read the fitted model once (None when there is no file); its feature names must be the
    code's :data:`FEATURES`."""
    if not Path(path).exists():
        return None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path}: features {data['features']} do not match the code's {list(FEATURES)}")
    return Model(tuple(float(w) for w in data["weights"]), float(data["intercept"]), float(data["threshold"]))


def choose(model: Model, found: list[Candidate]) -> Candidate | None:
    """The best-scoring candidate if its score clears the threshold, else None (abstain)."""
    if not found:
        return None
    best = max(found, key=lambda c: model.score(c.features))
    return best if model.score(best.features) >= model.threshold else None


class TargetRanker:
    """One article's ranker: remembers the statements read (their rules' targets) and, given a
    model, fills an empty target. Not called by the extractor (see the module docstring)."""

    def __init__(self, finder) -> None:
        self.finder = finder
        self.history: list[Memory] = []

    def candidates(self, hit: CueHit, speakers: set[str]) -> list[Candidate]:
        """The candidates of a cue with an empty target, given what was read before it."""
        return candidates(hit, speakers, index=self.finder.resolver.index,
                          affiliations=self.finder.affiliations(hit, speakers), history=self.history)

    def remember(self, hit: CueHit, speakers: set[str], target: Target) -> None:
        """Note a statement read, with the target the rules gave it."""
        self.history.append(Memory(hit.piece.paragraph, frozenset(speakers), target.name))

    def after(self, hit: CueHit, speakers: set[str], target: Target, model: Model | None) -> Target:
        """The target the rules found, or, when they found none, the ranked candidate (or none)."""
        result = target
        if target.name is None and target.how != "denial" and model is not None:
            best = choose(model, self.candidates(hit, speakers))
            if best is not None:
                text = self.finder._text(hit, [best.token]) if best.token is not None else ""
                result = Target(best.name, text, "ranked", best.token)
        self.remember(hit, speakers, target)
        return result
