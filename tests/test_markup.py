"""The article's HTML: escaping, marks, legends, and a CSS rule for every class emitted."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import markup

SENTENCES = pd.DataFrame({"paragraph": [1, 1], "index": [1, 2], "start": [0, 16], "end": [15, 33]})
STATEMENTS = pd.DataFrame({"sentence": [2, 2], "speaker": ["Egypt", "Egypt"], "cue": ["praised", "criticised"],
                           "target": ["Qatar", float("nan")], "stance": ["support", "oppose"]})
MENTIONS = pd.DataFrame({"paragraph": [1, 1], "start": [0, 16], "end": [5, 21], "entity": ["Egypt", "Egypt"],
                         "type": ["GPE", "GPE"]})
TEXT = "Egypt met Qatar. Egypt spoke then."


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


def test_marks_by_paragraph_stance_sentences_and_other_mentions():
    marks = markup.marks_by_paragraph(SENTENCES, STATEMENTS, MENTIONS)
    assert marks == {1: [(0, 5, "np-entity np-type-gpe", "Egypt (GPE)"),
                         (16, 33, "np-mixed", "Egypt praised Qatar (support); Egypt criticised (oppose)")]}


def test_article_html_shades_numbers_and_marks():
    paragraphs = pd.DataFrame({"index": [1], "display": [TEXT], "tone": [-0.5], "polarity": [0.1],
                               "subjectivity": [0.3]})
    (block,) = markup.article_html(paragraphs, SENTENCES, STATEMENTS, MENTIONS)
    assert block.startswith('<div class="np-paragraph" style="background:rgba(178, 24, 43, 0.17)" '
                            'title="paragraph 1: tone -0.50, polarity +0.10, subjectivity 0.30"><b>¶1</b> '
                            '<span class="np-tone">-0.50</span> <mark class="np-entity np-type-gpe"')
    assert '<mark class="np-mixed"' in block


def test_sentence_and_evidence_html():
    assert markup.sentence_html("Egypt <b>spoke</b>", [(0, 5)], paragraph=0, tone=None) == (
        '<p class="np-sentence"><b>title</b> <mark class="np-mark">Egypt</mark> &lt;b&gt;spoke&lt;/b&gt;</p>')
    assert "[-0.25]" in markup.sentence_html("x", [], paragraph=3, tone=-0.25)
    assert "[" not in markup.sentence_html("x", [], paragraph=3, tone=float("nan"))
    html = markup.evidence_html(stance="oppose", paragraph=2, evidence="<i>no</i>", cue="said", kind="direct")
    assert html == ('<p class="np-sentence"><mark class="np-oppose">oppose</mark> <b>¶2</b> '
                    '&lt;i&gt;no&lt;/i&gt; <i>(said, direct)</i></p>')


def test_legend_lists_stances_and_each_type_once():
    legend = markup.legend_html(tone=False, entity_types=["GPE", "PERSON", "GPE"])
    assert "shading" not in legend
    assert re.findall(r'<mark class="([^"]+)">', legend) == [
        "np-support", "np-oppose", "np-neutral", "np-mixed", "np-entity np-type-gpe", "np-entity np-type-person"]
    assert "background:rgba(178, 24, 43, 0.32)" in markup.legend_html(tone=True)


def test_every_class_emitted_has_a_css_rule():
    emitted = {"np-mark", "np-entity", "np-paragraph", "np-sentence", "np-tone", "np-support", "np-oppose",
               "np-neutral", "np-mixed", "np-type-gpe", "np-type-person", "np-type-org"}
    styled = set(re.findall(r"\.(np-[a-z_-]+)", markup.STYLES))
    assert emitted <= styled
    assert "mark.np-oppose { background: rgba(178, 24, 43, 0.25)" in markup.STYLES
    assert "mark.np-type-person { border-bottom-color: #0072B2; }" in markup.STYLES


@pytest.mark.parametrize("text,expected", [
    ("**bold** [x](javascript:alert(1))", r"\*\*bold\*\* \[x\]\(javascript\:alert\(1\)\)"),
    ("# Heading", r"\# Heading"), ("<b>tag</b>", r"\<b\>tag\</b\>"), ("a_b_c", r"a\_b\_c"),
    ("two\nlines", "two lines"),
])
def test_markdown_escape(text, expected):
    assert markup.markdown_escape(text) == expected
