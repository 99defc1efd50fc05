"""Real-world files: the article, not the page it came in.

Each file of :mod:`tests.realistic` (saved news pages, newspaper PDFs, a Word
file, pastes, Markdown) must give exactly the article: its title and every
paragraph once, unsplit, and no page furniture. What was left out is recorded.
The costs of the paragraph builder, the Markdown parser and the HTML walk are
checked as ratios against plain input of the same size, measured in the same test.
"""

from __future__ import annotations

import textwrap
import time

import pytest

from analysis.analyze import analyze
from analysis.boilerplate import furniture
from analysis.document import from_text, load, normalise
from analysis.errors import DocumentTooLarge, UnreadableDocument
from analysis.readers import base
from tests import realistic
from tests.conftest import assert_message


@pytest.mark.parametrize("builder", [b for b, _kind in realistic.FILES], ids=[k for _b, k in realistic.FILES])
def test_file_gives_exactly_the_article(builder):
    data, name = builder()
    article = realistic.expected(name)
    document = load(data, name)
    assert document.title == normalise(article.title)
    assert [p.text for p in document.paragraphs] == [normalise(p) for p in article.paragraphs]


@pytest.mark.parametrize("builder", [realistic.html_main_article, realistic.html_div_soup,
                                     realistic.html_json_ld, realistic.markdown_front_matter])
def test_author_and_date_are_metadata_not_paragraphs(builder):
    data, name = builder()
    article = realistic.expected(name)
    document = load(data, name)
    assert document.author == article.author
    assert document.published == article.published
    assert not any(article.author in p.text for p in document.paragraphs)


def test_pasted_furniture_is_recorded_with_its_reason():
    data, name = realistic.text_pasted_blank_lines()
    removed = load(data, name).removed
    assert ("Advertisement", "advertisement") in removed
    assert ("By Helen Strand, Reuters", "byline") in removed
    assert ("Reporting by Helen Strand; Editing by Carl Dunmore", "reporting and editing credits") in removed
    assert any(r.reason == "copyright line" for r in removed)


def test_pdf_headers_page_numbers_captions_and_pull_quotes_are_recorded():
    data, name = realistic.pdf_two_columns()
    reasons = {}
    for text, reason in load(data, name).removed:
        reasons.setdefault(reason, []).append(text)
    assert reasons["running header or footer"].count("FARM WEEKLY \u00b7 Markets") == 2
    assert {"Page 4", "Page 5"} <= set(reasons["page number"])
    assert any("Cracked soil" in text for text in reasons["caption or small print"])
    assert any("Every week without rain" in text for text in reasons["standfirst or pull quote"])


def test_docx_subtitle_caption_header_and_table_are_metadata():
    data, name = realistic.docx_styled()
    document = load(data, name)
    reasons = {reason for _text, reason in document.removed}
    assert {"subtitle", "caption", "page header", "page footer", "byline"} <= reasons
    assert any("1 table not analysed" in w for w in document.warnings)


@pytest.mark.parametrize(("line", "reason"), [
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("By Jane Doe and John Roe, Reuters", "byline"),
    ("Read more: Why the river flooded", "link to other stories"),
    ("Most read", "link to other stories"),
    ("Share this article", "share, follow or comment button"),
    ("\u00a9 2026 The Daily Planet. All rights reserved.", "copyright line"),
    ("(Reporting by Jane Doe; Editing by John Roe)", "reporting and editing credits"),
    ("Photograph: Jane Doe/Getty Images", "photo caption or credit"),
    ("We use cookies to improve your experience. Accept our cookie policy.",
     "cookie, newsletter or subscription notice"),
    ("Sign up for our morning newsletter", "cookie, newsletter or subscription notice"),
])
def test_furniture_lines(line, reason):
    assert furniture(line) == reason


@pytest.mark.parametrize("line", [
    "By Friday, the ministry said it would act.",
    "By Tuesday the ministers had agreed on a plan.",
    "The minister said the reporting by journalists was accurate.",
    "Readers who signed up for the scheme said they would share the costs.",
    "\"We will read more of the report,\" she said.",
])
def test_article_sentences_are_not_furniture(line):
    assert furniture(line) is None


def test_wire_dateline_stays_with_its_paragraph():
    document = from_text("Storm Closes Port\n\nHALDEN, May 2 (Reuters) -\n\nThe port closed on Friday.\n\n"
                         "Ships waited outside the harbour.")
    assert [p.text for p in document.paragraphs] == ["HALDEN, May 2 (Reuters) - The port closed on Friday.",
                                                    "Ships waited outside the harbour."]


def test_hard_wrap_rejoined_whether_or_not_lines_start_with_capitals():
    first = ("The council voted on Tuesday to rebuild the old bridge over the River Ashe, which has "
             "been closed to traffic since a flood damaged its Victorian piers in the winter of last "
             "year, and Engineers From Three Firms will bid for the work.")
    second = "Engineers said the work would take two years."
    # a wrapped line starts with a capital; the paragraph's last line leaves room for the next word
    width = next(w for w in range(40, 80) if any(ln[:1].isupper() for ln in textwrap.wrap(first, w)[1:])
                 and len(textwrap.wrap(first, w)[-1]) < w - 12)
    lines = ["Council Votes on Bridge", *textwrap.wrap(first, width), *textwrap.wrap(second, width)]
    document = from_text("\n".join(lines))
    assert document.title == "Council Votes on Bridge"
    assert [p.text for p in document.paragraphs] == [first, second]


def test_saved_page_commenters_are_not_speakers(nlp):
    data, name = realistic.html_main_article()
    analysis = analyze(load(data, name), nlp=nlp)
    speakers = " ".join(str(s) for s in analysis.statements["speaker"])
    for commenter in ("Kessler", "Fenwick", "Quill"):
        assert commenter not in speakers
        assert commenter not in " ".join(analysis.entities["name"].astype(str))
    assert analysis.to_dict()["author"] == "Helen Strand"
    assert {"text": "Advertisement", "reason": "advertisement"} in analysis.to_dict()["removed"]


# --- costs: linear whatever the input ---------------------------------------------------------------

def _seconds(func, *args) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        func(*args)
        best = min(best, time.perf_counter() - start)
    return best


def _prose(size: int) -> str:
    paragraph = ("The council met on Tuesday and agreed the budget after a long debate about roads. "
                 "Critics said the plan was rushed.")
    return "\n\n".join([paragraph] * (size // (len(paragraph) + 2)))


def test_lower_case_hard_wrap_without_blank_lines_is_linear():
    size = 200_000
    wrapped = "\n".join(["and the council went on talking about the roads and the bridges of"]
                        * (size // 68))
    plain = _seconds(from_text, _prose(size))
    hostile = _seconds(from_text, wrapped)
    assert hostile < 4 * plain + 0.2, (hostile, plain)


def test_markdown_built_to_backtrack_is_linear():
    size = 60_000
    hostile = ("*a _b [c](d **e `f " * (size // 20)).encode()
    plain = _prose(size).encode()
    assert _seconds(load, hostile, "x.md") < 4 * _seconds(load, plain, "x.md") + 0.3


def test_deeply_nested_html_is_refused_quickly():
    nested = ("<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000).encode()
    start = time.perf_counter()
    with pytest.raises(UnreadableDocument) as caught:
        load(nested, "deep.html")
    assert time.perf_counter() - start < 10
    assert_message(caught.value, "deep.html")
    assert "nests" in str(caught.value)


def test_paragraph_limit_is_checked_while_reading(monkeypatch):
    monkeypatch.setattr(base, "MAX_PARAGRAPHS", 100)
    data = ("<html><body>" + "<p>A short paragraph of words.</p>" * 500 + "</body></html>").encode()
    with pytest.raises(DocumentTooLarge) as caught:
        load(data, "many.html")
    assert "paragraphs" in str(caught.value)


def test_nested_html_costs_what_flat_html_costs():
    para = "<p>The council met on Tuesday and agreed the budget after a long debate about roads.</p>"
    flat = ("<html><body><div>" + para * 1000 + "</div></body></html>").encode()
    deep = ("<html><body>" + "<div>" * 190 + para * 1000 + "</div>" * 190 + "</body></html>").encode()
    assert len(load(deep, "deep.html").paragraphs) == 1000  # under the cap, nothing is lost
    assert _seconds(load, deep, "deep.html") < 3 * _seconds(load, flat, "flat.html") + 0.3


def test_line_breaks_inside_a_paragraph_of_a_page():
    page = (b"<html><head><title>Storm Closes the Port | The Courier</title></head><body><div>"
            b"<p>The port closed on Friday as the storm arrived.<br>Ships waited outside the harbour "
            b"for two days.<br>Traders said they lost money.</p>"
            b"<p>The harbour master said it would reopen<br>on Monday morning.</p></div></body></html>")
    document = load(page, "storm.html")
    assert document.title == "Storm Closes the Port"  # the site's name dropped
    assert [p.text for p in document.paragraphs] == [
        "The port closed on Friday as the storm arrived.", "Ships waited outside the harbour for two days.",
        "Traders said they lost money.", "The harbour master said it would reopen on Monday morning."]


def test_a_headline_asking_a_question_is_the_title():
    document = from_text("Is the Harbour Barrier Worth the Money?\n\nThe council says it is.\n\n"
                         "Critics disagree.")
    assert document.title == "Is the Harbour Barrier Worth the Money?"
    assert len(document.paragraphs) == 2


def test_markdown_inline_html_and_footnotes():
    data = (b"---\ntitle: Council Meets\n---\n\nThe council met<br>on Tuesday[^1] and agreed.\n\n"
            b"Residents were pleased.\n\n[^1]: The meeting was public.\n")
    document = load(data, "council.md")
    assert document.title == "Council Meets"
    assert [p.text for p in document.paragraphs] == ["The council met on Tuesday and agreed.",
                                                    "Residents were pleased."]
    assert [r.reason for r in document.removed] == ["footnote"]


def test_readers_never_use_the_network(monkeypatch):
    """trafilatura, htmldate, courlan and pdfplumber read only what they are given."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for builder in (realistic.html_main_article, realistic.html_json_ld, realistic.pdf_two_columns):
        data, name = builder()
        assert load(data, name).paragraphs


def test_docx_footnotes_are_recorded_not_analysed():
    import io
    import zipfile

    data, name = realistic.docx_styled()
    notes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:t>Figures from the council budget papers.</w:t></w:r>'
             '</w:p></w:footnote></w:footnotes>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/footnotes.xml", notes)
    document = load(buffer.getvalue(), name)
    assert ("Figures from the council budget papers.", "footnote") in document.removed
    assert len(document.paragraphs) == len(realistic.HARBOUR.paragraphs)
