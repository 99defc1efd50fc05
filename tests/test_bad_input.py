"""The bad-input suite: every case gets a clear one-line message (or is analysed, when it can be),
never a traceback, in the command line and on the page; on the page the previous analysis stays."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.test_readers import _zip_with_member, make_pdf

RTL = "Title\u200f With Marks\n\nThe \u202eminister\u202c said\x07 the \x00plan was good.\n\nIt passed."
GERMAN = ("Regierung Plant Reform\n\nDer Bundeskanzler hat am Montag in Berlin erklärt, dass die Regierung "
          "die Reform der Renten noch in diesem Jahr beschließen werde. Die Opposition kritisierte den Plan "
          "scharf und kündigte Widerstand im Bundestag an.")

#: (file name, bytes, words the error message must contain, or None when the file is analysed)
CASES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t \n  ", "empty"),
    ("junk.txt", random.Random(1).randbytes(5000), "binary"),
    ("invalid-utf8.txt", b"Cafe Owners Protest\n\nThe caf\xe9 owners said the \x93new\x94 rules were unfair.", None),
    ("utf16-no-bom.txt", "Council Votes\n\nThe council voted on Monday.".encode("utf-16-le"), None),
    ("encrypted.pdf", make_pdf(user_password="secret", owner_password="owner"), "password"),
    ("corrupt.pdf", b"%PDF-1.7\n1 0 obj <<>> garbage", "damaged"),
    ("scan.pdf", make_pdf(title=None, paragraphs=[]), "no text layer"),
    ("notzip.docx", b"PK\x03\x04 this is not really a zip", "damaged"),
    ("bomb.docx", _zip_with_member(150), "unsafe"),
    ("hostile.html", b"<html><body><script>alert(1)</script><article><h1>Real Title</h1>"
                     b"<p onclick='x()'>Text <a href='javascript:alert(2)'>link</a> here.</p>"
                     b"<img src=x onerror=alert(3)></article></body></html>", None),
    ("german.txt", GERMAN.encode(), None),
    ("rtl-and-control.txt", RTL.encode(), None),
    ("program.exe", b"MZ\x90\x00\x03", "not supported"),
]


@pytest.mark.parametrize("name,data,words", CASES, ids=[c[0] for c in CASES])
def test_command_line(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    result = subprocess.run([sys.executable, "-m", "analysis", str(path)], cwd=ROOT, capture_output=True,
                            timeout=120)
    assert b"Traceback" not in result.stderr
    if words is None:
        assert result.returncode == 0, result.stderr
        assert b"<script" not in result.stdout and b"onerror" not in result.stdout
    else:
        assert result.returncode == 2
        message = result.stderr.decode().strip()
        assert message.startswith("error:") and "\n" not in message and words in message


def test_fifty_megabytes_on_the_command_line(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        for _ in range(50):
            handle.write(b"word " * (1024 * 1024 // 5))
    result = subprocess.run([sys.executable, "-m", "analysis", str(path)], cwd=ROOT, capture_output=True,
                            timeout=60)
    assert result.returncode == 2 and b"at most" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize("name,data,words", CASES, ids=[c[0] for c in CASES])
def test_page_keeps_the_previous_analysis(seed_bytes, name, data, words):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.file_uploader(key="overview_upload").set_value(("seed.txt", seed_bytes, "text/plain")).run()
    at.file_uploader(key="overview_upload").set_value((name, data, "application/octet-stream")).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    if words is None:
        assert not at.error, at.error[0].value
        assert at.sidebar.selectbox[0].value.endswith(name)  # the new article is the current one
        assert metrics["Paragraphs"] != "7"
    else:
        assert len(at.error) == 1 and words in at.error[0].value
        assert metrics["Paragraphs"] == "7"  # the seed article is still there
