"""An :class:`~analysis.Analysis` as plain values: the JSON contract, the full record a share
link stores, and the tables as exported (CSV, Parquet).

Works on the Analysis' attributes only, so it never imports :mod:`analysis.analyze` at run
time (``Analysis.to_dict()``, ``to_record()`` and ``from_record()`` are thin methods over it).
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # for annotations only: analyze imports this module
    from analysis.analyze import Analysis

#: The Analysis' fields held as plain values, and those holding a DataFrame.
SCALAR_FIELDS = ("title", "name", "format", "encoding", "title_display", "published", "version", "summary",
                 "author")
FRAME_FIELDS = ("paragraphs", "sentences", "entities", "mentions", "statements")
#: Columns the pages need and no export carries: ``display`` repeats ``text`` with the article's
#: own quotes, dashes and spaces.
INTERNAL_COLUMNS = {"paragraphs": ["display"]}


def records(frame: pd.DataFrame, *, digits: int | None = 4) -> list[dict]:
    """The rows of a frame as plain Python values: numpy scalars made Python ones, NaN made None,
    floats rounded to ``digits`` (kept whole when ``digits`` is None); list cells kept."""
    rows = []
    for row in frame.to_dict(orient="records"):
        clean = {}
        for key, value in row.items():
            if hasattr(value, "item") and not isinstance(value, (list, tuple)):
                value = value.item()
            if isinstance(value, float):
                value = None if math.isnan(value) else (value if digits is None else round(value, digits))
            clean[key] = value
        rows.append(clean)
    return rows


def export_table(analysis: Analysis, table: str) -> pd.DataFrame:
    """One of :data:`FRAME_FIELDS` as exported: without its :data:`INTERNAL_COLUMNS` (a new frame;
    the Analysis is untouched). Raises KeyError for another name."""
    if table not in FRAME_FIELDS:
        raise KeyError(f"no table {table!r}; the tables are {', '.join(FRAME_FIELDS)}")
    return getattr(analysis, table).drop(columns=INTERNAL_COLUMNS.get(table, []))


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The JSON contract of ``python -m analysis FILE --format json``: title, name, published,
    version, summary, then every table as a list of rows (floats to 4 decimals), then author,
    removed (the page furniture left out of the paragraphs: text and reason), corrections (the
    reader's operations applied, :mod:`analysis.corrections`; empty for the machine analysis) and
    stale_corrections (those that no longer fit: index, op, reason). Keys are stable: extend,
    never rename."""
    return {"title": analysis.title, "name": analysis.name, "published": analysis.published,
            "version": analysis.version, "summary": analysis.summary,
            **{table: records(export_table(analysis, table)) for table in FRAME_FIELDS},
            "author": analysis.author,
            "removed": [{"text": text, "reason": reason} for text, reason in analysis.removed],
            "corrections": list(analysis.corrections), "stale_corrections": list(analysis.stale_corrections)}


def to_json_bytes(analysis: Analysis) -> bytes:
    """:func:`to_dict` as the JSON file the page offers (UTF-8, one-space indent), the same
    document as ``python -m analysis FILE --format json`` prints."""
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=1).encode("utf-8")


def to_record(analysis: Analysis) -> dict[str, Any]:
    """Everything needed to rebuild the Analysis (every column, full precision) as JSON-able
    values; :func:`fields_of_record` is its inverse."""
    record = {key: getattr(analysis, key) for key in SCALAR_FIELDS}
    record["warnings"] = list(analysis.warnings)
    record["removed"] = [list(item) for item in analysis.removed]
    record["corrections"] = list(analysis.corrections)
    record["stale_corrections"] = list(analysis.stale_corrections)
    for key in FRAME_FIELDS:
        frame = getattr(analysis, key)
        record[key] = {"columns": list(frame.columns), "rows": records(frame, digits=None)}
    return record


def fields_of_record(record: dict[str, Any]) -> dict[str, Any]:
    """The Analysis' constructor arguments from a :func:`to_record` record (missing scalars are
    None, missing warnings empty); raises KeyError when a table is missing."""
    frames = {key: pd.DataFrame(record[key]["rows"], columns=record[key]["columns"]) for key in FRAME_FIELDS}
    scalars = {key: record.get(key) for key in SCALAR_FIELDS}
    return {**scalars, **frames, "warnings": tuple(record.get("warnings") or ()),
            "removed": tuple((str(text), str(reason)) for text, reason in record.get("removed") or ()),
            "corrections": tuple(record.get("corrections") or ()),
            "stale_corrections": tuple(record.get("stale_corrections") or ())}
