"""The package boundary: analysis/ never imports streamlit, pages hold no computation of their own."""

import ast

from tests.conftest import ROOT


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_analysis_never_imports_streamlit():
    files = sorted((ROOT / "analysis").rglob("*.py"))
    assert files
    for path in files:
        assert not any(m.split(".")[0] == "streamlit" for m in imported_modules(path)), path


def test_pages_do_not_group_data():
    for path in sorted((ROOT / "pages").glob("*.py")):
        assert ".groupby(" not in path.read_text(encoding="utf-8"), path


def test_no_runtime_downloads():
    banned = ("download_corpora", "nltk.download", "spacy download", "spacy.cli.download")
    for path in [*ROOT.glob("*.py"), *(ROOT / "analysis").rglob("*.py"), *(ROOT / "pages").glob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert not any(b in text for b in banned), path
