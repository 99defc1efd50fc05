"""A reader's corrections: a list of operations applied on top of the machine analysis.

Each operation is a JSON-able dict with an ``op`` name. Statements and entities are named by
what survives a re-analysis by a newer version, never by row numbers: a statement by its
evidence sentence, cue and original speaker (``{"evidence", "cue", "speaker", "speaker_text"}``;
when no row has that speaker, its words in the article, ``speaker_text``, are tried), an entity
by its name and aliases (``{"name", "aliases"}``: the entity of that name, else the one entity
that has one of those forms). Operations apply in order, so a later one names what an earlier
one made.

=====================  =======================================================================
op                     fields
=====================  =======================================================================
confirm_statement      statement (key): marked corrected, confidence 1
delete_statement       statement (key)
edit_statement         statement (key), and any of speaker, target (None: no target), stance
add_statement          evidence (the sentence's text), speaker, cue, stance, target, kind
                       (default "indirect"); already found by the analysis: an edit of it
merge_entities         entity (key, the one kept), other (key, merged into it): mentions,
                       statements' speaker and target follow; counts, aliases, tone recomputed
rename_entity          entity (key), name; the old name becomes an alias
retype_entity          entity (key), type (a spaCy label: PERSON, ORG, GPE...)
drop_entity            entity (key): its row and mentions go, statements aimed at it lose their
                       target; statements it speaks stay, their speaker kept as a phrase and
                       marked ``unnamed`` (on screen, out of the named-speaker figures)
=====================  =======================================================================

:func:`apply_corrections` (also ``apply``) returns the corrected Analysis and a
:class:`Report`: the operations that applied and the stale ones, each with a reason ("no
statement by X with cue 'said' in the sentence '...'"). Every statement and entity row carries
a bool ``corrected``. Voices (and so the summary's tone per voice) follow added and deleted
statements; salience is renormalised when an entity is dropped. The operations' fields,
validation (:func:`validate`, :func:`parse`), keys and descriptions are in
:mod:`analysis.correction_ops` and re-exported here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.correction_ops import (  # noqa: F401
    BY_READER,
    ENTITY_TYPES,
    FIELDS,
    KINDS,
    MAX_OPS,
    OPS,
    STANCES,
    InvalidCorrection,
    describe,
    entity_key,
    parse,
    short,
    statement_key,
    validate,
)
from analysis.statements.quotes import is_speech_quote, quote_spans
from analysis.tables import summarise, with_voices

if TYPE_CHECKING:
    from analysis.analyze import Analysis

@dataclass(frozen=True)
class Stale:
    """An operation that no longer fits the analysis, with its place in the list and why."""

    index: int
    op: dict
    reason: str

    def to_dict(self) -> dict:
        """As JSON-able values: index, op, reason."""
        return {"index": self.index, "op": self.op, "reason": self.reason}


@dataclass(frozen=True)
class Report:
    """What :func:`apply_corrections` did: the operations applied and the stale ones."""

    applied: tuple[dict, ...] = ()
    stale: tuple[Stale, ...] = ()


# --- applying --------------------------------------------------------------------------------

def _norm(value: Any) -> str:
    return " ".join(str(value).split()).casefold() if isinstance(value, str) else ""


@dataclass
class _State:
    """The frames being corrected, and the sentences whose statements were added or deleted."""

    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    statements: pd.DataFrame
    touched: set[int] = dataclasses.field(default_factory=set)


def _find_statements(state: _State, key: Mapping) -> list:
    frame = state.statements
    same = frame[(frame["evidence"].map(_norm) == _norm(key["evidence"])) & (frame["cue"].map(_norm) == _norm(key["cue"]))]
    hits = same[same["speaker"].map(_norm) == _norm(key["speaker"])]
    if hits.empty and key.get("speaker_text"):
        hits = same[same["speaker_text"].map(_norm) == _norm(key["speaker_text"])]
    return list(hits.index)


def _missing_statement(key: Mapping) -> str:
    return f"no statement by {key['speaker']} with cue '{key['cue']}' in the sentence '{short(key['evidence'])}'"


def _words_for(state: _State, name: str | None, sentence: int, evidence: str) -> str:
    """The article's words for ``name`` in a sentence: a mention of it, else the name itself."""
    if not name:
        return ""
    mentions = state.mentions
    own = mentions[(mentions["sentence"] == sentence) & (mentions["entity"] == name)]
    if len(own):
        return str(own["text"].iloc[0])
    return name if name.casefold() in evidence.casefold() else ""


def _edit(state: _State, rows: list, op: Mapping) -> None:
    frame = state.statements
    for i in rows:
        if "speaker" in op:
            frame.loc[i, ["speaker", "unnamed"]] = [op["speaker"], False]
        if "target" in op:
            words = _words_for(state, op["target"], int(frame.at[i, "sentence"]), str(frame.at[i, "evidence"]))
            frame.loc[i, ["target", "target_text"]] = [op["target"] if op["target"] else None, words]
        if "stance" in op:
            frame.at[i, "stance"] = op["stance"]
            if "stance_basis" in frame:
                frame.at[i, "stance_basis"] = "reader"
        frame.at[i, "corrected"] = True


def _statement_op(state: _State, op: Mapping) -> str | None:
    rows = _find_statements(state, op["statement"])
    if not rows:
        return _missing_statement(op["statement"])
    frame = state.statements
    if op["op"] == "delete_statement":
        state.touched.update(int(s) for s in frame.loc[rows, "sentence"])
        state.statements = frame.drop(index=rows).reset_index(drop=True)
    elif op["op"] == "confirm_statement":
        frame.loc[rows, ["confidence", "corrected"]] = [1.0, True]
    else:
        _edit(state, rows, op)
    return None


def _add_statement(state: _State, op: Mapping) -> str | None:
    key = {"evidence": op["evidence"], "cue": op["cue"], "speaker": op["speaker"]}
    rows = _find_statements(state, key)
    if rows:  # the analysis finds it now: the reader's speaker, target and stance still hold
        _edit(state, rows, {field: op[field] for field in ("target", "stance") if field in op})
        return None
    sentences = state.sentences
    found = sentences[sentences["text"].map(_norm) == _norm(op["evidence"])]
    if found.empty:
        return f"the sentence '{short(op['evidence'])}' is no longer in the article"
    sent = found.iloc[0]
    index, evidence = int(sent["index"]), str(sent["text"])
    row = {"paragraph": int(sent["paragraph"]), "sentence": index, "speaker": op["speaker"],
           "speaker_text": _words_for(state, op["speaker"], index, evidence), "cue": op["cue"],
           "target": op.get("target") or None, "target_text": _words_for(state, op.get("target"), index, evidence),
           "stance": op["stance"], "kind": op.get("kind", "indirect"), "evidence": evidence, "content": "",
           "unnamed": False, "confidence": 1.0, "stance_basis": "reader", "corrected": True}
    added = pd.DataFrame([row], columns=state.statements.columns).astype(state.statements.dtypes.to_dict())
    frames = [f for f in (state.statements, added) if len(f)]
    state.statements = pd.concat(frames, ignore_index=True).sort_values(
        ["paragraph", "sentence"], kind="stable", ignore_index=True)
    state.touched.add(index)
    return None


def _find_entity(state: _State, key: Mapping) -> tuple[int | None, str]:
    frame = state.entities
    names = frame["name"].map(_norm)
    exact = list(frame.index[names == _norm(key["name"])])
    if len(exact) == 1:
        return exact[0], ""
    forms = {_norm(key["name"]), *(_norm(a) for a in key.get("aliases", []))}
    near = [i for i, name, aliases in zip(frame.index, names, frame["aliases"])
            if forms & {name, *(_norm(a) for a in (aliases if isinstance(aliases, list) else []))}]
    if len(near) == 1:
        return near[0], ""
    if not near:
        return None, f"no entity named {key['name']} any more"
    return None, f"{key['name']} could be any of {', '.join(frame.loc[near, 'name'])}"


def _rename_everywhere(state: _State, old: str, new: str, *, entity_type: str) -> None:
    mentions = state.mentions
    mine = mentions["entity"] == old
    state.mentions.loc[mine, ["entity", "type"]] = [new, entity_type]
    frame = state.statements
    for column in ("speaker", "target"):
        hit = frame[column] == old
        frame.loc[hit, column] = new
        frame.loc[hit, "corrected"] = True


def _entity_tone(state: _State, name: str) -> float:
    ids = {int(s) for s in state.mentions.loc[state.mentions["entity"] == name, "sentence"] if s}
    tones = state.sentences.loc[state.sentences["index"].isin(ids), "tone"]
    return round(float(tones.mean()), 4) if len(tones) else 0.0


def _as_list(value: Any) -> list:
    return list(value) if isinstance(value, (list, tuple)) else []


def _merge(state: _State, op: Mapping) -> str | None:
    (keep, why), (gone, why_other) = _find_entity(state, op["entity"]), _find_entity(state, op["other"])
    if keep is None or gone is None:
        return why or why_other
    if keep == gone:
        return f"{op['other']['name']} and {op['entity']['name']} are already one entity"
    frame = state.entities
    a, b = frame.loc[keep].to_dict(), frame.loc[gone].to_dict()
    _rename_everywhere(state, b["name"], a["name"], entity_type=a["type"])
    union = ({*_as_list(a["aliases"]), *_as_list(b["aliases"]), b["name"]}) - {a["name"]}
    merged = {*_as_list(a["merged"]), *_as_list(b["merged"]), f"{b['name']} ({BY_READER})"}
    a.update(mentions=int(a["mentions"]) + int(b["mentions"]), aliases=sorted(union),
             first_paragraph=min(int(a["first_paragraph"]), int(b["first_paragraph"])),
             paragraphs=sorted({*_as_list(a["paragraphs"]), *_as_list(b["paragraphs"])}),
             salience=round(float(a["salience"]) + float(b["salience"]), 4), tone=_entity_tone(state, a["name"]),
             titles=sorted({*_as_list(a["titles"]), *_as_list(b["titles"])}),
             roles=sorted({*_as_list(a["roles"]), *_as_list(b["roles"])}), merged=sorted(merged), corrected=True)
    rows = frame.drop(index=[gone]).to_dict(orient="records")
    rows = [a if r["name"] == a["name"] else r for r in rows]
    state.entities = pd.DataFrame(rows, columns=frame.columns)
    return None


def _entity_op(state: _State, op: Mapping) -> str | None:
    found, why = _find_entity(state, op["entity"])
    if found is None:
        return why
    frame = state.entities
    name, entity_type = str(frame.at[found, "name"]), str(frame.at[found, "type"])
    if op["op"] == "rename_entity":
        new = op["name"]
        if any(_norm(n) == _norm(new) for i, n in zip(frame.index, frame["name"]) if i != found):
            return f"another entity is already called {new}: merge them instead"
        _rename_everywhere(state, name, new, entity_type=entity_type)
        aliases = sorted(({*_as_list(frame.at[found, "aliases"]), name}) - {new})
        frame.at[found, "name"], frame.at[found, "aliases"] = new, aliases
    elif op["op"] == "retype_entity":
        frame.at[found, "type"] = op["type"]
        state.mentions.loc[state.mentions["entity"] == name, "type"] = op["type"]
    else:  # drop_entity
        state.mentions = state.mentions[state.mentions["entity"] != name].reset_index(drop=True)
        statements = state.statements
        aimed, spoken = statements["target"] == name, statements["speaker"] == name
        statements.loc[aimed, ["target", "target_text"]] = [None, ""]
        statements.loc[spoken, "unnamed"] = True
        statements.loc[aimed | spoken, "corrected"] = True
        rest = frame.drop(index=[found]).reset_index(drop=True)
        total = float(rest["salience"].sum())
        if total > 0:
            rest["salience"] = (rest["salience"] / total).round(4)
        state.entities = rest
        return None
    frame.at[found, "corrected"] = True
    return None


HANDLERS: dict[str, Callable[[_State, Mapping], str | None]] = {
    **{name: _statement_op for name in ("confirm_statement", "delete_statement", "edit_statement")},
    "add_statement": _add_statement, "merge_entities": _merge,
    **{name: _entity_op for name in ("rename_entity", "retype_entity", "drop_entity")},
}


def _quoted(state: _State, ids: set[int]) -> set[int]:
    """Those of ``ids`` that hold a direct quote (a speech quote overlapping the sentence)."""
    texts = dict(zip(state.paragraphs["index"], state.paragraphs["text"]))
    quoted = set()
    for sent in state.sentences[state.sentences["index"].isin(ids)].itertuples():
        text = str(texts.get(sent.paragraph, ""))
        if any(s < sent.end and e > sent.start and is_speech_quote(text[s:e]) for s, e in quote_spans(text)):
            quoted.add(int(sent.index))
    return quoted


def _revoice(state: _State) -> None:
    """Voices after statements were added or deleted: a touched sentence is attributed when it
    holds a statement or a direct quote, the author's otherwise; every other keeps its voice."""
    sentences = state.sentences
    attributed = set(sentences.loc[sentences["voice"] == "attributed", "index"]) - state.touched
    attributed |= set(state.statements["sentence"]) | _quoted(state, state.touched)
    state.paragraphs, state.sentences = with_voices(state.paragraphs, sentences, attributed=attributed)


def with_marks(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of a statements or entities frame with a ``corrected`` column (False unless set)."""
    copy = frame.copy()
    copy["corrected"] = copy["corrected"].fillna(False).astype(bool) if "corrected" in copy else False
    return copy


def apply_corrections(analysis: Analysis, ops: Sequence[Mapping]) -> tuple[Analysis, Report]:
    """The analysis with the operations applied in order, and what applied and what did not.

    The result has a bool ``corrected`` column in its statements and entities (also with no
    operation), and ``corrections`` / ``stale_corrections`` set. ``analysis`` is untouched.
    Raises InvalidCorrection when ``ops`` is not a valid list of operations.
    """
    ops = validate(list(ops))
    state = _State(paragraphs=analysis.paragraphs, sentences=analysis.sentences,
                   entities=with_marks(analysis.entities).reset_index(drop=True),
                   mentions=analysis.mentions.copy(), statements=with_marks(analysis.statements).reset_index(drop=True))
    applied, stale = [], []
    for index, op in enumerate(ops):
        reason = HANDLERS[op["op"]](state, op)
        if reason:
            stale.append(Stale(index, op, reason))
        else:
            applied.append(op)
    if state.touched:
        _revoice(state)
    if len(state.entities):
        state.entities = state.entities.sort_values(["mentions", "salience", "first_paragraph"],
                                                    ascending=[False, False, True], ignore_index=True)
    summary = summarise(state.paragraphs, state.sentences, state.statements) if applied else analysis.summary
    report = Report(tuple(applied), tuple(stale))
    corrected = dataclasses.replace(
        analysis, paragraphs=state.paragraphs, sentences=state.sentences, entities=state.entities,
        mentions=state.mentions, statements=state.statements, summary=summary, corrections=report.applied,
        stale_corrections=tuple(s.to_dict() for s in stale))
    return corrected, report


apply = apply_corrections
