"""Format readers behind ``analysis.load``: text encodings, Markdown, HTML, PDF, DOCX, sniffing.

Every test goes through the public entry point ``load(data, name)``; PDFs and
Word documents are generated in the test (fpdf2, python-docx), nothing is read
from disk but the seed article.
"""

from __future__ import annotations

import codecs
import io
import time
import zipfile

import docx
import pytest
from fpdf import FPDF

from analysis.readers import word
from tests.conftest import assert_message
from analysis.document import load
from analysis.errors import (EmptyDocument, UnreadableDocument,
                             UnsupportedFormat)




# --- text encodings ------------------------------------------------------------------------------

WESTERN = [
    "Café Owners Protest New Rules",
    "The owners of the city’s oldest café said on Monday that the new licensing rules were "
    "“unworkable” — and vowed to fight them in court.",
    "Officials insisted the changes were modest and would take effect next spring, after a "
    "consultation with residents and businesses.",
]
LATIN = [
    "Señor Núñez Visits Zürich",
    "The mayor of the town, Señor Núñez, met Jürgen Müller at a café near the station on Monday "
    "to discuss the budget.",
    "Both men said the talks had been useful and agreed to meet again before the end of the month.",
]
ASCII = [
    "Council Approves Budget After Long Debate",
    "The council approved the new budget on Tuesday after a long debate about school funding "
    "and road repairs across the district.",
    "Opponents said the plan relied on optimistic tax forecasts, while supporters argued that "
    "delaying repairs would cost far more later.",
]
SHORT_LATIN = ["Señor Núñez met Jürgen Müller at the café in Zürich on Monday."]


@pytest.mark.parametrize(("lines", "codec", "expected"), [
    pytest.param(WESTERN, "utf-8", {"utf-8"}, id="utf-8"),
    pytest.param(WESTERN, "utf-8-sig", {"utf-8-sig"}, id="utf-8-bom"),
    pytest.param(WESTERN, "utf-16", {"utf-16"}, id="utf-16-bom"),
    pytest.param(WESTERN, "utf-16-le", {"utf-16-le"}, id="utf-16-le-no-bom"),
    pytest.param(ASCII, "utf-16-le", {"utf-16-le"}, id="utf-16-le-no-bom-ascii"),
    pytest.param(WESTERN, "cp1252", {"cp1252"}, id="cp1252"),
    # Latin-1 bytes without C1 characters decode identically under cp1252, which decode()
    # documents as its preferred label for them.
    pytest.param(LATIN, "latin-1", {"cp1252", "iso8859-1"}, id="latin-1"),
    pytest.param(SHORT_LATIN, "latin-1", {"cp1252", "iso8859-1"}, id="latin-1-short"),
])
def test_text_encodings_are_detected(lines, codec, expected):
    original = "\n".join(lines)
    data = original.encode(codec)
    doc = load(data, "article.txt")
    shown = ([doc.title_display] if doc.title_display else []) + [p.display for p in doc.paragraphs]
    assert shown == lines
    assert codecs.lookup(doc.encoding).name in {codecs.lookup(e).name for e in expected}
    assert data.decode(doc.encoding).lstrip("\ufeff") == original


# --- Markdown ------------------------------------------------------------------------------------

def test_markdown_heading_is_the_title():
    data = (b"# The Council Votes\n\nThe council met on Tuesday and passed the budget.\n\n"
            b"## What happens next\n\nA final vote is expected next month.\n")
    doc = load(data, "story.md")
    assert doc.format == "markdown"
    assert doc.title == "The Council Votes"
    assert [p.text for p in doc.paragraphs] == [
        "The council met on Tuesday and passed the budget.",
        "A final vote is expected next month.",
    ]
    assert ("What happens next", "subheading") in doc.removed  # a heading is not a paragraph


@pytest.mark.parametrize(("markup", "words"), [
    pytest.param("[the budget](https://example.com/budget?id=1)", "the budget", id="link"),
    pytest.param("![the budget](chart.png)", "the budget", id="image"),
    pytest.param("**the budget**", "the budget", id="strong-asterisks"),
    pytest.param("__the budget__", "the budget", id="strong-underscores"),
    pytest.param("*the budget*", "the budget", id="emphasis-asterisk"),
    pytest.param("`the budget`", "the budget", id="code"),
    pytest.param("_the budget_", "the budget", id="emphasis-underscore"),
])
def test_markdown_inline_markup_is_reduced_to_words(markup, words):
    data = f"# The Council Votes\n\nThe council passed {markup} on Tuesday.\n\nMore to come.\n".encode()
    doc = load(data, "story.md")
    assert doc.title == "The Council Votes"
    assert doc.paragraphs[0].text == f"The council passed {words} on Tuesday."


# --- HTML ----------------------------------------------------------------------------------------

PAGE = b"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8"><title>Daily Bugle | Council Passes Budget</title>
<style>p { color: red } .menu { display: none }</style>
<script>var tracker = "TRACKING-CODE"; alert(1);</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World NAVIGATION LINKS</a></nav>
<header>SITE HEADER banner</header>
<article>
  <h1>Council Passes Budget</h1>
  <p>The council <b>approved</b> the budget on <a href="/tuesday">Tuesday</a> after a long debate.</p>
  <script>document.write("INLINE SCRIPT")</script>
  <p>Critics said the plan was rushed and relied on optimistic forecasts.</p>
</article>
<aside>RELATED STORIES you may like</aside>
<footer>COPYRIGHT FOOTER 2024</footer>
</body></html>"""


def test_html_article_body_and_title_are_extracted():
    doc = load(PAGE, "story.html")
    assert doc.format == "html"
    assert doc.title == "Council Passes Budget"
    assert [p.text for p in doc.paragraphs] == [
        "The council approved the budget on Tuesday after a long debate.",
        "Critics said the plan was rushed and relied on optimistic forecasts.",
    ]
    everything = " ".join([doc.title] + [p.display for p in doc.paragraphs])
    for absent in ("TRACKING", "alert", "color", "INLINE SCRIPT", "NAVIGATION", "Home",
                   "SITE HEADER", "RELATED", "COPYRIGHT", "Daily Bugle"):
        assert absent not in everything


@pytest.mark.parametrize("hostile", [
    pytest.param("<script>alert(1)</script>", id="script"),
    pytest.param("<script type='text/javascript'>alert(1)</script>", id="script-typed"),
    pytest.param("<img src=x onerror=\"alert(1)\">", id="img-onerror"),
    pytest.param("<svg onload=alert(1)><script>alert(1)</script></svg>", id="svg-onload"),
    pytest.param("<a href=\"javascript:alert(1)\" onclick=\"alert(1)\"></a>", id="js-link"),
    pytest.param("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", id="iframe-srcdoc"),
    pytest.param("<noscript><script>alert(1)</script></noscript>", id="noscript"),
    pytest.param("<!-- <script>alert(1)</script> -->", id="comment"),
])
def test_html_hostile_markup_never_reaches_paragraphs(hostile):
    data = (f"<html><body><h1>Council Passes Budget</h1>"
            f"<p>The council approved{hostile} the budget.</p>{hostile}"
            f"<p>Critics said it was rushed.</p></body></html>").encode()
    doc = load(data, "story.html")
    assert doc.title == "Council Passes Budget"
    assert [p.text for p in doc.paragraphs] == ["The council approved the budget.",
                                               "Critics said it was rushed."]
    for text in [doc.title] + [p.display for p in doc.paragraphs]:
        for marker in ("<", ">", "script", "alert", "onerror", "onload", "javascript"):
            assert marker not in text


# --- PDF -----------------------------------------------------------------------------------------

PDF_TITLE = "Council Approves Budget"
PDF_PARAGRAPHS = [
    "The council approved the new budget on Tuesday after a long debate about school funding "
    "and road repairs across the district.",
    "Opponents said the plan relied on optimistic tax forecasts, while supporters argued that "
    "delaying repairs would cost far more later.",
    "A final vote on the transport levy is expected next month, once the consultation has closed.",
]


def make_pdf(title: str | None = PDF_TITLE, paragraphs=PDF_PARAGRAPHS, *,
             user_password: str | None = None, owner_password: str | None = None) -> bytes:
    pdf = FPDF()
    if owner_password is not None:
        pdf.set_encryption(owner_password=owner_password, user_password=user_password or "")
    pdf.add_page()
    if title:
        pdf.set_font("helvetica", "B", 16)
        pdf.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("helvetica", size=12)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    return bytes(pdf.output())


def test_pdf_title_and_paragraphs_come_through():
    doc = load(make_pdf(), "report.pdf")
    assert doc.format == "pdf"
    assert doc.title == PDF_TITLE
    assert [p.text for p in doc.paragraphs] == PDF_PARAGRAPHS


def test_pdf_without_text_is_empty():
    pdf = FPDF()
    pdf.add_page()
    with pytest.raises(EmptyDocument) as caught:
        load(bytes(pdf.output()), "scan.pdf")
    assert_message(caught.value, "scan.pdf")


def test_pdf_garbage_is_unreadable():
    with pytest.raises(UnreadableDocument) as caught:
        load(b"%PDF-1.4\n" + b"\x00garbage \xff\xfe not really a pdf " * 50, "broken.pdf")
    assert_message(caught.value, "broken.pdf")


def test_pdf_with_user_password_is_unreadable():
    data = make_pdf(owner_password="owner-secret", user_password="reader-secret")
    with pytest.raises(UnreadableDocument) as caught:
        load(data, "locked.pdf")
    assert_message(caught.value, "locked.pdf")
    assert "password" in str(caught.value).lower()


def test_pdf_encrypted_with_empty_user_password_opens():
    doc = load(make_pdf(owner_password="owner-secret"), "restricted.pdf")
    assert doc.title == PDF_TITLE
    assert [p.text for p in doc.paragraphs] == PDF_PARAGRAPHS


# --- DOCX ----------------------------------------------------------------------------------------

def make_docx(title_style: str | None = "Title") -> bytes:
    document = docx.Document()
    if title_style:
        document.add_paragraph("Council Passes Budget", style=title_style)
    document.add_paragraph("The council approved the budget on Tuesday after a long debate.")
    document.add_paragraph("   ")
    document.add_paragraph("Critics said the plan was rushed.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("style", ["Title", "Heading 1"])
def test_docx_title_and_paragraphs_come_through(style):
    doc = load(make_docx(style), "story.docx")
    assert doc.format == "docx"
    assert doc.title == "Council Passes Budget"
    assert [p.text for p in doc.paragraphs] == [
        "The council approved the budget on Tuesday after a long debate.",
        "Critics said the plan was rushed.",
    ]


def test_docx_that_is_not_a_zip_is_unreadable():
    with pytest.raises(UnreadableDocument) as caught:
        load(b"This is plain text with a .docx name, not a zip archive.", "fake.docx")
    assert_message(caught.value, "fake.docx")


def test_zip_without_word_document_is_unsupported():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(UnsupportedFormat) as caught:
        load(buffer.getvalue(), "archive.docx")
    assert_message(caught.value, "archive.docx")


def _zip_with_member(size_mb: int) -> bytes:
    buffer = io.BytesIO()
    chunk = b"0" * (1 << 20)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(size_mb):
                member.write(chunk)
    return buffer.getvalue()


def forbid_inflating(monkeypatch) -> None:
    """From now on, fail the test if any zip member is opened for reading (i.e. inflated)."""
    original = zipfile.ZipFile.open

    def guarded(self, name, mode="r", *args, **kwargs):
        if mode == "r":
            pytest.fail(f"zip member {name!r} was opened: the archive was inflated")
        return original(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", guarded)


def test_docx_zip_bomb_is_refused_before_inflating(monkeypatch):
    bomb = _zip_with_member(150)  # 150 MiB of b"0", about 150 KB compressed (building it is the test's cost)
    assert len(bomb) < 1_000_000
    forbid_inflating(monkeypatch)
    started = time.perf_counter()
    with pytest.raises(UnreadableDocument) as caught:
        load(bomb, "bomb.docx")
    assert time.perf_counter() - started < 1
    assert_message(caught.value, "bomb.docx")
    assert "MB" in str(caught.value)


def test_docx_over_the_compression_ratio_is_refused(monkeypatch):
    data = _zip_with_member(5)  # 5 MiB inflated: under MAX_DOCX_INFLATED, but ~1000:1
    forbid_inflating(monkeypatch)
    with pytest.raises(UnreadableDocument) as caught:
        load(data, "ratio.docx")
    assert_message(caught.value, "ratio.docx")


def test_docx_over_the_inflated_size_cap_is_refused(monkeypatch):
    data = make_docx()  # an ordinary document: ratio ~25:1, under MAX_DOCX_RATIO
    monkeypatch.setattr(word, "MAX_DOCX_INFLATED", 10_000)
    forbid_inflating(monkeypatch)
    with pytest.raises(UnreadableDocument) as caught:
        load(data, "big.docx")
    assert_message(caught.value, "big.docx")


# --- format sniffing -----------------------------------------------------------------------------

def test_pdf_named_txt_is_read_as_pdf():
    doc = load(make_pdf(), "article.txt")
    assert doc.format == "pdf"
    assert doc.title == PDF_TITLE
    assert [p.text for p in doc.paragraphs] == PDF_PARAGRAPHS


def test_txt_starting_with_doctype_is_read_as_html():
    data = (b"\n  <!DOCTYPE html><html><head><title>Page</title><script>alert(1)</script></head>"
            b"<body><h1>Council Passes Budget</h1><p>The council approved it.</p>"
            b"<p>Critics said it was rushed.</p></body></html>")
    doc = load(data, "saved-page.txt")
    assert doc.format == "html"
    assert doc.title == "Council Passes Budget"
    assert [p.text for p in doc.paragraphs] == ["The council approved it.", "Critics said it was rushed."]
