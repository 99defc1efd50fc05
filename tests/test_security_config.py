"""The server settings a public deployment relies on, read from ``.streamlit/config.toml``."""

import tomllib

from tests.conftest import ROOT

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())


def test_error_details_are_never_sent_to_the_browser():
    assert CONFIG["client"]["showErrorDetails"] == "none"


def test_xsrf_protection_is_on():
    assert CONFIG["server"]["enableXsrfProtection"] is True
    assert CONFIG["server"].get("enableCORS", True) is True  # XSRF protection needs CORS protection on


def test_upload_limit_is_set():
    assert 0 < CONFIG["server"]["maxUploadSize"] <= 200


def test_no_forced_collection_or_file_watching_between_runs():
    """Both hold the interpreter lock in the server process and stall every session."""
    assert CONFIG["runner"]["postScriptGC"] is False
    assert CONFIG["server"]["fileWatcherType"] == "none"
