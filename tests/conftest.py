"""Shared fixtures: the spaCy pipeline is loaded once for the whole run."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.nlp import load_pipeline

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return (DATA / "seed.txt").read_bytes()


@pytest.fixture(scope="session")
def seed_analysis(nlp, seed_bytes):
    from analysis import analyze, load

    return analyze(load(seed_bytes, "seed.txt"), nlp=nlp)


def assert_message(err: BaseException, name: str) -> None:
    """A reader-facing message: one non-empty line that names the file."""
    from analysis.errors import NewsprismError

    assert isinstance(err, NewsprismError)
    message = str(err)
    assert message.strip()
    assert "\n" not in message and "\r" not in message
    assert name in message


@pytest.fixture(autouse=True)
def _isolated_share_database(tmp_path, monkeypatch):
    """Every test gets its own share-link database (the app's default file is never touched)."""
    monkeypatch.setenv("NEWSPRISM_DB_PATH", str(tmp_path / "shares.sqlite3"))
    monkeypatch.delenv("NEWSPRISM_DB_URL", raising=False)


@pytest.fixture(scope="session")
def shared_app_url(tmp_path_factory):
    """One `streamlit run app.py` server for every browser module that needs no settings of its
    own (each test opens its own browser context, so sessions never mix); started on first use."""
    from tests.test_browser import server

    yield from server(tmp_path_factory)


@pytest.fixture
def sample_app():
    """An AppTest of the app with the bundled sample analysed (the Overview's sample button)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.button(key="overview_sample").click().run()
    assert not at.exception
    return at
