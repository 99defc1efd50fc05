"""Property tests: whatever text or bytes arrive, the loader and the analysis behave.

- ``load`` raises nothing but NewsprismError subclasses;
- ``analyze`` of anything that loads never raises, and its tables agree with each other;
- the same input always gives the same output.
"""

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import NewsprismError, analyze, from_text, load

EXTENSIONS = [".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".exe", ""]
# Text that exercises the rules: words, names, quotes (straight and curly), dashes, newlines.
WORDS = st.sampled_from(["the", "said", "Israel", "Iran's", "Ali", "Khamenei", "condemned", "urged",
                         "Hamas", "\"", "\u201c", "\u201d", "'", "\u2014", ".", ",", "\n", "\n\n", "not",
                         "Officials", "He", "they", "the country", "praised", "(PMF)", "U.S.", "Israeli"])
ARTICLES = st.lists(st.one_of(WORDS, st.text(alphabet=string.printable, max_size=12)),
                    min_size=1, max_size=80).map(" ".join)
PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.function_scoped_fixture])


@PROFILE
@given(data=st.binary(max_size=4000), extension=st.sampled_from(EXTENSIONS))
def test_load_raises_only_its_own_errors_on_bytes(data, extension):
    try:
        document = load(data, f"file{extension}")
    except NewsprismError as err:
        assert str(err).strip() and "\n" not in str(err)
    else:
        assert document.paragraphs


@PROFILE
@given(text=st.text(max_size=3000))
def test_load_raises_only_its_own_errors_on_any_text(text):
    for encoding in ("utf-8", "utf-16"):
        try:
            load(text.encode(encoding, errors="surrogatepass"), "file.txt")
        except NewsprismError:
            pass


@PROFILE
@given(text=ARTICLES)
def test_analysis_tables_agree(nlp, text):
    try:
        document = from_text(text)
    except NewsprismError:
        return
    result = analyze(document, nlp=nlp)
    paragraphs, sentences = result.paragraphs, result.sentences
    assert paragraphs["index"].tolist() == list(range(1, len(paragraphs) + 1))
    assert sentences["index"].tolist() == list(range(1, len(sentences) + 1))
    assert sentences.groupby("paragraph").size().reindex(paragraphs["index"], fill_value=0).tolist() \
        == paragraphs["n_sentences"].tolist()
    # the mentions table sums to the entities' counts, and every mention is where it says
    counts = result.mentions.groupby("entity").size()
    assert all(counts.get(row.name, 0) == row.mentions for row in result.entities.itertuples())
    texts = {0: result.title or ""} | dict(zip(paragraphs["index"], paragraphs["text"]))
    for m in result.mentions.itertuples():
        assert texts[m.paragraph][m.start:m.end] == m.text
    for s in sentences.itertuples():  # every sentence is where it says
        assert texts[s.paragraph][s.start:s.end] == s.text
    statements = result.statements
    assert set(statements["stance"]) <= {"support", "oppose", "neutral"}
    assert set(statements["kind"]) <= {"direct", "indirect", "position"}
    assert statements["paragraph"].isin(paragraphs["index"]).all()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ARTICLES)
def test_analysis_is_deterministic(nlp, text):
    try:
        document = from_text(text)
    except NewsprismError:
        return
    assert analyze(document, nlp=nlp).to_dict() == analyze(document, nlp=nlp).to_dict()


def test_fifty_megabytes_are_refused_fast():
    import time

    data = b"word " * (10 * 1024 * 1024)  # 50 MB
    start = time.perf_counter()
    with pytest.raises(NewsprismError, match="at most"):
        load(data, "huge.txt")
    assert time.perf_counter() - start < 5  # refused before decoding (a generous bound)


def test_one_long_paragraph_without_punctuation(nlp):
    text = "Title Line\n\n" + " ".join(f"word{i % 50} Berlin" for i in range(20_000))  # ~200,000 chars
    result = analyze(from_text(text), nlp=nlp)
    assert len(result.paragraphs) == 1 and len(result.sentences) >= 2  # cut in pieces, not one giant
    assert result.entities["name"].tolist()[:1] == ["Berlin"]


def test_no_temporary_files_left_behind(tmp_path, monkeypatch, nlp):
    """Loading every format and analysing writes nothing to the temporary folder."""
    import io
    import tempfile

    import docx
    from fpdf import FPDF

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    tempfile.tempdir = None  # re-read TMPDIR
    try:
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.multi_cell(0, 10, "A Title\n\nThe minister praised the plan. Critics said it was rushed.")
        word = docx.Document()
        word.add_paragraph("A Title", style="Title")
        word.add_paragraph("The minister praised the plan.")
        buffer = io.BytesIO()
        word.save(buffer)
        files = {"a.pdf": bytes(pdf.output()), "a.docx": buffer.getvalue(),
                 "a.html": b"<h1>A Title</h1><p>The minister praised the plan.</p>",
                 "a.md": b"# A Title\n\nThe minister praised the plan.", "a.txt": b"A Title\n\nText here."}
        for name, data in files.items():
            analyze(load(data, name), nlp=nlp)
        assert list(tmp_path.iterdir()) == []
    finally:
        tempfile.tempdir = None
