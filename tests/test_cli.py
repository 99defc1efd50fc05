import io
import json
import subprocess
import sys

import pandas as pd

from tests.conftest import DATA, ROOT


def run_cli(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=120)


def test_json_contract():
    result = run_cli(str(DATA / "seed.txt"), "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["title"].startswith("Iran's Supreme Leader")
    assert len(payload["paragraphs"]) == 7
    assert payload["paragraphs"][0]["index"] == 1
    assert isinstance(payload["entities"], list) and isinstance(payload["statements"], list)


def test_csv_paragraph_table():
    result = run_cli(str(DATA / "seed.txt"), "--format", "csv")
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(io.BytesIO(result.stdout))
    assert frame["index"].tolist() == list(range(1, 8))
    assert {"polarity", "subjectivity", "vader", "tone"} <= set(frame.columns)


def test_unreadable_input_one_line_message(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    result = run_cli(str(junk))
    assert result.returncode == 2
    assert result.stdout == b""
    message = result.stderr.decode().strip()
    assert message.startswith("error:") and "\n" not in message and "Traceback" not in message


def test_missing_file():
    result = run_cli("/nonexistent/article.txt")
    assert result.returncode == 2
    assert b"cannot read" in result.stderr and b"Traceback" not in result.stderr


def test_stdin():
    result = run_cli("-", stdin=b"A Title\n\nThe first paragraph is here.\n\nAnd a second one.")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "A Title"
