"""Shared plumbing of the construction suites (statements and entities): one pytest case per
written case, the ones known to fail today run as non-strict xfails that only an assertion
may satisfy (an exception still fails the test)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator, Sequence

import pytest

#: What a case that is merely answered wrong raises (a failed comparison), as opposed to a crash.
WRONG_ANSWER = (AssertionError, pytest.fail.Exception)


def case_params(cases: Sequence, ids: Sequence[str], known_failing: set[str]) -> Iterator:
    """One ``pytest.param`` per case, with an xfail mark when its id is in ``known_failing``."""
    for case, case_id in zip(cases, ids):
        marks = ([pytest.mark.xfail(strict=False, raises=WRONG_ANSWER,  # a crash is never expected
                                    reason="construction not handled yet")]
                 if case_id in known_failing else [])
        yield pytest.param(case, id=case_id, marks=marks)


def check_ids(ids: Sequence[str], known_failing: set[str]) -> None:
    """Ids are unique, and every known-failing id names a case."""
    assert len(set(ids)) == len(ids)
    assert known_failing <= set(ids), sorted(known_failing - set(ids))


def norm(name) -> str:
    """A name as the shared scorer compares names: lower case, no leading article, possessive or
    punctuation; None or NaN gives ""."""
    if not name or (isinstance(name, float) and math.isnan(name)):
        return ""
    text = unicodedata.normalize("NFKC", str(name)).replace("\u2019", "'").replace("\u2018", "'")
    text = text.lower().strip()
    text = re.sub(r"'s\b|'$", "", text)
    text = re.sub(r"^(the|a|an)\s+", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()
