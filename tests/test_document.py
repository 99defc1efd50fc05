"""analysis.document: paragraphs, normalisation, titles, limits, errors, names, from_text()."""

from __future__ import annotations

import random
import re
import textwrap

import pytest

from tests.conftest import assert_message
from analysis.document import from_text, load
from analysis.errors import (DocumentTooLarge, EmptyDocument, UnreadableDocument,
                             UnsupportedFormat)




@pytest.fixture(scope="module")
def seed_lines(seed_bytes) -> list[str]:
    lines = seed_bytes.decode("utf-8").strip().split("\n")
    assert len(lines) == 8  # a title and 7 paragraphs
    return lines


# --- paragraph layouts ---------------------------------------------------------------------------

def _one_per_line(lines):
    return "\n".join(lines) + "\n"


def _blank_lines(lines):
    return "\n\n".join(lines) + "\n"


def _hard_wrapped(lines):
    return "\n\n".join(textwrap.fill(line, 72) for line in lines) + "\n"


@pytest.mark.parametrize("layout", [_one_per_line, _blank_lines, _hard_wrapped],
                         ids=["one-per-line", "blank-lines", "hard-wrapped-72"])
def test_paragraph_layouts_give_the_same_document(seed_lines, layout):
    data = layout(seed_lines).encode("utf-8")
    if layout is _hard_wrapped:
        assert max(len(ln) for ln in data.decode().split("\n")) <= 72
    doc = load(data, "seed.txt")
    assert doc.title == seed_lines[0]
    assert len(doc.paragraphs) == 7
    assert [p.text for p in doc.paragraphs] == seed_lines[1:]
    assert [p.index for p in doc.paragraphs] == list(range(1, 8))


# --- normalisation -------------------------------------------------------------------------------

def test_normalised_text_and_original_display_have_the_same_length():
    display = ("The minister’s aide said ‘no comment’ and called it “a non\u2011story” \u2014 "
               "a 2019\u20132020 row \u2212 at 10\u00a0a.m. \u00abquote\u00bb.")
    text = ("The minister's aide said 'no comment' and called it \"a non-story\" - "
            "a 2019-2020 row - at 10 a.m. \"quote\".")
    doc = load(f"Quotes And Dashes\n{display}\nSecond paragraph.\n".encode(), "q.txt")
    first = doc.paragraphs[0]
    assert first.display == display
    assert first.text == text
    for paragraph in doc.paragraphs:
        assert len(paragraph.text) == len(paragraph.display)
    assert not set(first.text) & set("‘’“”\u2011\u2013\u2014\u2212\u00a0\u00ab\u00bb")


# --- title detection -----------------------------------------------------------------------------

BODY = "The council approved the new budget on Tuesday after a long debate about school funding."


@pytest.mark.parametrize(("text", "title", "paragraphs"), [
    pytest.param(f"Council Approves New Budget\n{BODY}\nCritics said it was rushed.",
                 "Council Approves New Budget", [BODY, "Critics said it was rushed."],
                 id="short-first-line-is-title"),
    pytest.param(f"The council met on Tuesday.\n{BODY}",
                 None, ["The council met on Tuesday.", BODY],
                 id="first-line-ending-with-period-is-not"),
    pytest.param("Council Approves New Budget", None, ["Council Approves New Budget"],
                 id="single-title-like-line-is-a-paragraph"),
    pytest.param(BODY, None, [BODY], id="single-paragraph"),
    pytest.param(textwrap.fill(BODY, 60), None, [BODY], id="single-hard-wrapped-paragraph"),
])
def test_title_detection(text, title, paragraphs):
    doc = from_text(text)
    assert doc.title == title
    assert [p.text for p in doc.paragraphs] == paragraphs


# --- errors --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "name", "limits", "error"), [
    pytest.param(b"", "empty.txt", {}, EmptyDocument, id="empty"),
    pytest.param(b"  \n\t\r\n   \n", "blank.txt", {}, EmptyDocument, id="whitespace"),
    pytest.param("  \n ".encode("utf-16"), "blank16.txt", {}, EmptyDocument, id="whitespace-utf-16"),
    pytest.param(random.Random(0).randbytes(5000), "junk.txt", {}, UnreadableDocument, id="binary"),
    pytest.param(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200), "setup.exe", {}, UnsupportedFormat, id="exe"),
    pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "photo.jpg", {}, UnsupportedFormat,
                 id="jpg"),
    pytest.param(b"An article without an extension.", "README", {}, UnsupportedFormat, id="no-extension"),
    pytest.param(b"word " * 50, "big.txt", {"max_bytes": 100}, DocumentTooLarge, id="max-bytes"),
    pytest.param(b"word " * 20, "long.txt", {"max_chars": 50}, DocumentTooLarge, id="max-chars"),
])
def test_load_errors(data, name, limits, error):
    with pytest.raises(error) as caught:
        load(data, name, **limits)
    assert_message(caught.value, name)


def test_limits_are_inclusive():
    data = b"word " * 10  # 50 bytes, 50 characters
    assert load(data, "exact.txt", max_bytes=50, max_chars=50).paragraphs[0].text == ("word " * 10).strip()


@pytest.mark.parametrize(("size", "limit"), [(150, 100), (1_600_000, 1_500_000)])
def test_too_large_message_states_a_limit_below_the_file_size(size, limit):
    with pytest.raises(DocumentTooLarge) as caught:
        load(b"x" * size, "big.txt", max_bytes=limit)
    numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", str(caught.value))]
    file_size, stated_limit = numbers[0], numbers[1]
    assert file_size > stated_limit


# --- from_text -----------------------------------------------------------------------------------

def test_from_text_matches_load(seed_bytes):
    loaded = load(seed_bytes, "seed.txt")
    pasted = from_text(seed_bytes.decode("utf-8").replace("\n", "\r\n"))
    assert pasted.title == loaded.title
    assert pasted.paragraphs == loaded.paragraphs
    assert len(pasted.paragraphs) == 7
    assert pasted.name == "pasted text"


@pytest.mark.parametrize("text", ["", "   \n\t  \n"], ids=["empty", "whitespace"])
def test_from_text_empty_is_refused(text):
    with pytest.raises(EmptyDocument) as caught:
        from_text(text)
    assert str(caught.value).strip() and "\n" not in str(caught.value)


# --- invisible characters and names --------------------------------------------------------------

INVISIBLE = {
    "NUL": "\x00", "BEL": "\x07", "ESC": "\x1b", "DEL": "\x7f", "NEL": "\x85", "CSI": "\x9b",
    "ZWSP": "\u200b", "ZWNJ": "\u200c", "ZWJ": "\u200d", "WJ": "\u2060", "BOM": "\ufeff",
    "SHY": "\u00ad", "LRM": "\u200e", "RLM": "\u200f", "LRE": "\u202a", "RLE": "\u202b",
    "PDF": "\u202c", "LRO": "\u202d", "RLO": "\u202e", "LRI": "\u2066", "RLI": "\u2067",
    "FSI": "\u2068", "PDI": "\u2069",
}


@pytest.mark.parametrize("char", [
    *[pytest.param(c, id=n) for n, c in INVISIBLE.items()],
    pytest.param("\u061c", id="ALM"),
])
def test_control_and_invisible_characters_are_removed(seed_lines, char):
    dirty = list(seed_lines)
    dirty[0] = dirty[0].replace("Supreme", f"Sup{char}reme")
    dirty[1] = dirty[1].replace("Khamenei", f"{char}Kha{char}menei{char}")
    dirty[7] = char + dirty[7]
    doc = load("\n".join(dirty).encode("utf-8"), "dirty.txt")
    assert doc.title == seed_lines[0]
    assert [p.text for p in doc.paragraphs] == seed_lines[1:]
    assert all(char not in p.display for p in doc.paragraphs)
    assert char not in doc.title_display


@pytest.mark.parametrize(("name", "expected"), [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("a\\b.txt", "b.txt"),
    ("C:\\Users\\me\\Desktop\\article.txt", "article.txt"),
    ("/tmp/uploads/story.txt", "story.txt"),
])
def test_name_has_no_path_separators(name, expected):
    doc = load(b"The council approved the budget.", name)
    assert doc.name == expected
    assert "/" not in doc.name and "\\" not in doc.name
    with pytest.raises(EmptyDocument) as caught:
        load(b"", name)
    assert_message(caught.value, expected)
    assert name not in str(caught.value)


@pytest.mark.parametrize("name", ["evil\nname.txt", "invoice\u202etxt.exe.txt", "bell\x07.txt"],
                         ids=["newline", "RLO", "BEL"])
def test_name_has_no_control_or_bidi_characters(name):
    doc = load(b"The council approved the budget.", name)
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]", doc.name)
    with pytest.raises(EmptyDocument) as caught:
        load(b"", name)
    assert "\n" not in str(caught.value)


GERMAN = ("Regierung Plant Reform\n\nDer Bundeskanzler hat am Montag in Berlin erklärt, dass die Regierung "
          "die Reform der Renten noch in diesem Jahr beschließen werde. Die Opposition kritisierte den Plan "
          "scharf und kündigte Widerstand im Bundestag an.")


def test_non_english_text_is_flagged_and_still_read():
    document = from_text(GERMAN)
    assert len(document.paragraphs) == 1
    assert any("does not look like English" in w for w in document.warnings)


def test_english_text_is_not_flagged(seed_lines):
    document = from_text("\n".join(seed_lines))
    assert not document.warnings
