import pandas as pd
import pytest

from analysis import markup, views


def test_highlight_escapes_everything_from_the_article():
    text = 'Say <script>alert(1)</script> & "hi" to Angela'
    out = markup.highlight(text, [(text.index("Angela"), len(text))])
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert out.endswith('<mark class="np-mark">Angela</mark>')


def test_highlight_marks_tooltips_are_escaped_and_overlaps_dropped():
    out = markup.highlight_marks("abcdef", [(0, 3, "np-oppose", '"><img src=x onerror=alert(1)>'),
                                          (2, 4, "np-entity", "overlap")])
    assert "<img" not in out and "&lt;img" in out
    assert out.count("<mark") == 1


@pytest.mark.parametrize("text", ["**bold** [x](javascript:alert(1))", "# Heading", "<b>tag</b>", "a_b_c"])
def test_markdown_escape(text):
    escaped = markup.markdown_escape(text)
    assert all(ch not in escaped.replace("\\" + ch, "") for ch in "*[]#<>_" if ch in text)


def test_presence_and_cooccurrence():
    mentions = pd.DataFrame({"entity": ["A", "B", "A", "C"], "paragraph": [0, 1, 1, 2],
                             "sentence": [0, 1, 1, 2]})
    presence = views.presence_matrix(mentions, names=["A", "B"], n_paragraphs=2)
    assert presence.loc["A"].tolist() == [1, 1, 0] and presence.loc["B"].tolist() == [0, 1, 0]
    matrix = views.cooccurrence(mentions, names=["A", "B", "C"])
    assert matrix.loc["A", "B"] == 1 and matrix.loc["A", "A"] == 2 and matrix.loc["B", "C"] == 0


def test_stance_matrix_and_speaker_summary(seed_analysis):
    counts, net = views.stance_matrix(seed_analysis.statements)
    assert counts.values.sum() == len(seed_analysis.statements)
    assert net.stack().dropna().between(-1, 1).all()
    cards = views.speaker_summary(seed_analysis.statements)
    assert cards["statements"].sum() == len(seed_analysis.statements)
    assert (cards["direct"] + cards["indirect"] + cards["position"] == cards["statements"]).all()


def test_article_html_shades_and_escapes(seed_analysis):
    blocks = markup.article_html(seed_analysis.paragraphs, seed_analysis.sentences,
                                seed_analysis.statements, seed_analysis.mentions)
    assert len(blocks) == 7
    assert all(b.startswith('<div class="np-paragraph" style="background:rgba(') for b in blocks)
    assert any('class="np-oppose"' in b for b in blocks)


def test_to_csv_joins_lists(seed_analysis):
    csv = views.to_csv(seed_analysis.entities).decode()
    assert "Khamenei" in csv and "[" not in csv.splitlines()[1]
