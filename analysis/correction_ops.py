"""Corrections' operations: their fields, validation, the keys naming rows, and one-line
descriptions (applied by :mod:`analysis.corrections`, whose docstring lists them)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from analysis.entities.model import NAMED_LABELS
from analysis.errors import NewsprismError

STANCES = ("support", "oppose", "neutral")
KINDS = ("direct", "indirect", "position")
ENTITY_TYPES = tuple(sorted(NAMED_LABELS))
#: Operations one list may hold, and the longest text a field may carry.
MAX_OPS = 1000
MAX_TEXT = 5000
#: The reason written in ``merged`` for a form joined by a reader's correction.
BY_READER = "your correction"

_STATEMENT_OPS = ("confirm_statement", "delete_statement", "edit_statement", "add_statement")
_ENTITY_OPS = ("merge_entities", "rename_entity", "retype_entity", "drop_entity")
OPS = _STATEMENT_OPS + _ENTITY_OPS
#: op -> (required fields, optional fields); ``op`` itself aside.
FIELDS: dict[str, tuple[set[str], set[str]]] = {
    "confirm_statement": ({"statement"}, set()),
    "delete_statement": ({"statement"}, set()),
    "edit_statement": ({"statement"}, {"speaker", "target", "stance"}),
    "add_statement": ({"evidence", "speaker", "cue", "stance"}, {"target", "kind"}),
    "merge_entities": ({"entity", "other"}, set()),
    "rename_entity": ({"entity", "name"}, set()),
    "retype_entity": ({"entity", "type"}, set()),
    "drop_entity": ({"entity"}, set()),
}


class InvalidCorrection(NewsprismError):
    """A correction that is not one of the operations, or whose fields are wrong."""



# --- validation ------------------------------------------------------------------------------

def _text(value: Any, what: str, *, optional: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise InvalidCorrection(f"{what} is missing or empty")
    if not isinstance(value, str):
        raise InvalidCorrection(f"{what} must be text, not {type(value).__name__}")
    if len(value) > MAX_TEXT:
        raise InvalidCorrection(f"{what} is longer than {MAX_TEXT} characters")
    return " ".join(value.split())


def _choice(value: Any, what: str, options: Sequence[str]) -> str:
    if value not in options:
        raise InvalidCorrection(f"{what} must be one of {', '.join(options)}, not {value!r}")
    return value


def _key(value: Any, what: str, fields: tuple[str, ...]) -> dict:
    if not isinstance(value, Mapping):
        raise InvalidCorrection(f"{what} must be an object with {', '.join(fields)}")
    key = {field: _text(value.get(field), f"{what}.{field}") for field in fields}
    if what == "statement" and value.get("speaker_text") is not None:
        key["speaker_text"] = _text(value["speaker_text"], "statement.speaker_text", optional=True)
    if what != "statement":
        aliases = value.get("aliases") or []
        if not isinstance(aliases, list):
            raise InvalidCorrection(f"{what}.aliases must be a list of names")
        key["aliases"] = [_text(a, f"{what}.aliases") for a in aliases[:200]]
    return key


def _valid(op: Any) -> dict:
    if not isinstance(op, Mapping):
        raise InvalidCorrection(f"must be an object with an 'op', not {type(op).__name__}")
    name = op.get("op")
    if name not in FIELDS:
        raise InvalidCorrection(f"unknown operation {name!r} (known: {', '.join(OPS)})")
    required, optional = FIELDS[name]
    unknown = set(op) - required - optional - {"op"}
    if unknown:
        raise InvalidCorrection(f"{name} has unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    missing = required - set(op)
    if missing:
        raise InvalidCorrection(f"{name} needs {', '.join(sorted(missing))}")
    clean: dict[str, Any] = {"op": name}
    for field in sorted(required | optional & set(op)):
        value = op[field]
        if field == "statement":
            clean[field] = _key(value, "statement", ("evidence", "cue", "speaker"))
        elif field in ("entity", "other"):
            clean[field] = _key(value, field, ("name",))
        elif field == "stance":
            clean[field] = _choice(value, "stance", STANCES)
        elif field == "kind":
            clean[field] = _choice(value, "kind", KINDS)
        elif field == "type":
            clean[field] = _choice(value, "type", ENTITY_TYPES)
        else:
            clean[field] = _text(value, field, optional=field == "target")
    if name == "edit_statement" and len(clean) == 2:
        raise InvalidCorrection("edit_statement changes nothing: give a speaker, target or stance")
    return clean


def validate(ops: Any) -> list[dict]:
    """Clean copies of a list of operations (texts with their spaces collapsed).

    Raises InvalidCorrection, naming the operation, for anything else.
    """
    if not isinstance(ops, list):
        raise InvalidCorrection("Corrections must be a list of operations.")
    if len(ops) > MAX_OPS:
        raise InvalidCorrection(f"Too many corrections ({len(ops)}; at most {MAX_OPS}).")
    clean = []
    for number, op in enumerate(ops, start=1):
        try:
            clean.append(_valid(op))
        except InvalidCorrection as err:
            raise InvalidCorrection(f"Correction {number} is not valid: {err}.") from None
    return clean


def parse(text: str | bytes) -> list[dict]:
    """Operations from JSON: a list, or an object with a ``corrections`` list (the JSON download).

    Raises InvalidCorrection for text that is not such JSON or holds a bad operation.
    """
    try:
        value = json.loads(text)
    except (ValueError, UnicodeDecodeError) as err:
        raise InvalidCorrection(f"The corrections are not valid JSON ({err}).") from None
    if isinstance(value, dict):
        value = value.get("corrections")
    return validate(value)


# --- keys and descriptions -------------------------------------------------------------------

def statement_key(row: Mapping) -> dict:
    """The key naming a statement row in an operation."""
    return {"evidence": " ".join(str(row["evidence"]).split()), "cue": str(row["cue"]),
            "speaker": str(row["speaker"]), "speaker_text": str(row.get("speaker_text") or "") or None}


def entity_key(row: Mapping) -> dict:
    """The key naming an entity row in an operation."""
    return {"name": str(row["name"]), "aliases": [str(a) for a in (row.get("aliases") or [])]}


def short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for messages naming a sentence."""
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def describe(op: Mapping) -> str:
    """One line saying what a (valid) operation does, for lists shown to the reader."""
    name = op["op"]
    if name in ("confirm_statement", "delete_statement", "edit_statement"):
        key = op["statement"]
        what = f"{key['speaker']} {key['cue']} ('{short(key['evidence'], 40)}')"
        if name == "edit_statement":
            changes = [f"{field} -> {op[field] if op[field] is not None else 'no target'}"
                       for field in ("speaker", "target", "stance") if field in op]
            return f"edit {what}: {', '.join(changes)}"
        return f"{name.split('_')[0]} {what}"
    if name == "add_statement":
        target = f" {op['target']}" if op.get("target") else ""
        return f"add {op['speaker']} {op['cue']}{target} ({op['stance']}) in '{short(op['evidence'], 40)}'"
    entity = op["entity"]["name"]
    if name == "merge_entities":
        return f"merge {op['other']['name']} into {entity}"
    if name == "rename_entity":
        return f"rename {entity} to {op['name']}"
    if name == "retype_entity":
        return f"type of {entity} -> {op['type']}"
    return f"drop {entity}"
