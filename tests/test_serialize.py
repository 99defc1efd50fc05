"""Serialisation of a hand-made Analysis: plain values, the JSON contract, the full record."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pandas as pd
import pytest

from analysis import Analysis
from analysis.serialize import export_table, records, to_dict, to_json_bytes


def small_analysis() -> Analysis:
    return Analysis(
        title="A Title", name="a.txt", format="text", encoding="utf-8",
        paragraphs=pd.DataFrame({"index": [1], "text": ['He said "no".'], "display": ["He said \u201cno\u201d."],
                                 "tone": [-0.123456789]}),
        sentences=pd.DataFrame({"paragraph": [1], "index": [1], "tone": [float("nan")]}),
        entities=pd.DataFrame({"name": ["Egypt"], "aliases": [["Egyptian"]], "mentions": [np.int64(2)]}),
        mentions=pd.DataFrame(columns=["entity", "paragraph"]),
        statements=pd.DataFrame({"speaker": ["Egypt"], "target": [None], "confidence": [0.5]}),
        warnings=("odd",), summary={"paragraphs": 1})


def test_records_are_plain_values():
    rows = records(pd.DataFrame({"n": [np.int64(3)], "x": [0.123456], "gap": [float("nan")],
                                 "names": [["a", "b"]]}))
    assert rows == [{"n": 3, "x": 0.1235, "gap": None, "names": ["a", "b"]}]
    assert type(rows[0]["n"]) is int
    assert records(pd.DataFrame({"x": [0.123456]}), digits=None) == [{"x": 0.123456}]


def test_export_drops_the_display_column_only():
    analysis = small_analysis()
    assert list(export_table(analysis, "paragraphs").columns) == ["index", "text", "tone"]
    assert list(analysis.table("entities").columns) == ["name", "aliases", "mentions"]
    assert "display" in analysis.paragraphs.columns  # the Analysis itself is untouched
    with pytest.raises(KeyError, match="no table 'summary'"):
        export_table(analysis, "summary")


def test_to_dict_is_the_json_contract():
    payload = json.loads(json.dumps(to_dict(small_analysis())))
    assert list(payload) == ["title", "name", "published", "version", "summary", "paragraphs", "sentences",
                             "entities", "mentions", "statements", "author", "removed",
                             "corrections", "stale_corrections"]
    assert payload["paragraphs"] == [{"index": 1, "text": 'He said "no".', "tone": -0.1235}]
    assert payload["sentences"] == [{"paragraph": 1, "index": 1, "tone": None}]
    assert payload["entities"] == [{"name": "Egypt", "aliases": ["Egyptian"], "mentions": 2}]
    assert payload["mentions"] == []


def test_json_file_is_the_contract_as_utf8_text():
    analysis = small_analysis()
    data = to_json_bytes(analysis)
    assert json.loads(data.decode("utf-8")) == json.loads(json.dumps(to_dict(analysis)))
    # written as text, not escaped: the page's file reads like the command line's output
    nonascii = dataclasses.replace(analysis, title="Caf\u00e9 \u2014 Norland")
    assert "Caf\u00e9 \u2014".encode("utf-8") in to_json_bytes(nonascii)


def test_record_round_trip_keeps_every_column_at_full_precision():
    analysis = small_analysis()
    copy = Analysis.from_record(json.loads(json.dumps(analysis.to_record())))
    assert copy.paragraphs["tone"].tolist() == [-0.123456789]
    assert copy.paragraphs["display"].tolist() == ["He said \u201cno\u201d."]
    assert copy.entities["aliases"].tolist() == [["Egyptian"]]
    assert list(copy.mentions.columns) == ["entity", "paragraph"] and copy.mentions.empty
    assert (copy.title, copy.warnings, copy.summary, copy.version) == ("A Title", ("odd",), {"paragraphs": 1}, 1)
