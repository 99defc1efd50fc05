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


def test_marks_by_paragraph_stance_sentences_with_their_mentions_inside():
    marks = markup.marks_by_paragraph(SENTENCES, STATEMENTS, MENTIONS)
    assert marks == {1: [(0, 5, "np-entity np-type-gpe", "Egypt (Country or city)", False),
                         (16, 21, "np-entity np-type-gpe", "Egypt (Country or city)", False),
                         (16, 33, "np-mixed np-stated", "Egypt → praised → Qatar (support); Egypt → criticised (oppose)",
                          True)]}


def test_statement_tip_reads_speaker_cue_target_stance():
    row = {"speaker": "Egypt", "cue": "praised", "target": "Qatar", "stance": "support"}
    assert markup.statement_tip(row) == "Egypt → praised → Qatar (support)"
    assert markup.statement_tip({**row, "corrected": True}) == "✎ Egypt → praised → Qatar (support)"
    assert markup.statement_tip({**row, "target": float("nan"), "corrected": float("nan")}) == "Egypt → praised (support)"


def test_marks_nest_an_entity_inside_a_statement_and_the_click_note_is_escaped():
    text = "Egypt <b>praised</b> Qatar."
    out = markup.highlight_marks(text, [(0, len(text), "np-support np-stated", 'Egypt → praised → "<Qatar>"', True),
                                        (0, 5, "np-entity np-type-gpe", "Egypt (Country or city)")])
    assert out == ('<mark class="np-support np-stated" title="Egypt → praised → &quot;&lt;Qatar&gt;&quot;" tabindex="0">'
                   '<mark class="np-entity np-type-gpe" title="Egypt (Country or city)">Egypt</mark> '
                   '&lt;b&gt;praised&lt;/b&gt; Qatar.<span class="np-pop">Egypt → praised → &quot;&lt;Qatar&gt;&quot;'
                   '</span></mark>')
    # a span crossing the outer mark's end is dropped, not nested
    crossing = markup.highlight_marks("abcdef", [(0, 3, "np-oppose", ""), (2, 5, "np-entity", "")])
    assert crossing == '<mark class="np-oppose">abc</mark>def'


def test_article_html_tone_bar_in_the_margin_and_marks():
    paragraphs = pd.DataFrame({"index": [1], "display": [TEXT], "tone": [-0.5], "polarity": [0.1],
                               "subjectivity": [0.3]})
    (block,) = markup.article_html(paragraphs, SENTENCES, STATEMENTS, MENTIONS)
    assert block.startswith('<div class="np-paragraph"><span class="np-margin" title="paragraph 1: tone -0.50, '
                            'polarity +0.10, subjectivity 0.30"><span class="np-tonebar">'
                            '<span style="left:25.0%;width:25.0%;background:#b2182b"></span></span>'
                            '<span class="np-tone">-0.50</span></span><span class="np-text"><b>¶1</b> '
                            '<mark class="np-entity np-type-gpe"')
    assert "background:rgba" not in block  # the paragraph itself is not shaded by its tone
    assert '<mark class="np-mixed np-stated"' in block and 'tabindex="0"' in block
    assert block.count('class="np-entity') == 2  # the mention inside the statement keeps its underline


@pytest.mark.parametrize("tone,style", [(0.8, "left:50.0%;width:40.0%;background:#2166ac"),
                                        (0.0, "left:50.0%;width:0.0%"), (float("nan"), "width:0.0%"),
                                        (-3, "left:0.0%;width:50.0%;background:#b2182b")])
def test_tone_bar(tone, style):
    assert style in markup.tone_bar(tone)


def test_sentence_and_evidence_html():
    assert markup.sentence_html("Egypt <b>spoke</b>", [(0, 5)], paragraph=0, tone=None) == (
        '<p class="np-sentence"><b>title</b> <mark class="np-mark">Egypt</mark> &lt;b&gt;spoke&lt;/b&gt;</p>')
    assert "[-0.25]" in markup.sentence_html("x", [], paragraph=3, tone=-0.25)
    assert "[" not in markup.sentence_html("x", [], paragraph=3, tone=float("nan"))
    html = markup.evidence_html(stance="oppose", paragraph=2, evidence="<i>no</i>", cue="said", kind="direct")
    assert html == ('<p class="np-sentence"><mark class="np-oppose">oppose</mark> <b>¶2</b> '
                    '&lt;i&gt;no&lt;/i&gt; <i>(said, direct)</i></p>')
    corrected = markup.evidence_html(stance="oppose", paragraph=2, evidence="x", cue="said", kind="direct",
                                     corrected=True)
    assert corrected.startswith('<p class="np-sentence">✎ <mark')


def test_legend_lists_stances_and_each_type_once_in_words():
    legend = markup.legend_html(tone=False, entity_types=["GPE", "PERSON", "GPE", "LAW", "PRODUCT"])
    assert "tone bar" not in legend
    assert re.findall(r'<mark class="([^"]+)">([^<]+)</mark>', legend) == [
        ("np-support", "support"), ("np-oppose", "oppose"), ("np-neutral", "neutral"), ("np-mixed", "several"),
        ("np-entity np-type-person", "Person"), ("np-entity np-type-gpe", "Country or city"),
        ("np-entity np-type-other", "Other")]
    assert "click one" in legend
    assert 'class="np-tonebar"' in markup.legend_html(tone=True)


def test_every_class_emitted_has_a_css_rule():
    emitted = {"np-mark", "np-entity", "np-paragraph", "np-sentence", "np-tone", "np-support", "np-oppose",
               "np-neutral", "np-mixed", "np-stated", "np-pop", "np-margin", "np-text", "np-tonebar",
               "np-type-gpe", "np-type-person", "np-type-org", "np-type-other"}
    styled = set(re.findall(r"\.(np-[a-z_-]+)", markup.STYLES))
    assert emitted <= styled
    # stance marks in the stance palette (brown oppose), apart from the tone's red
    assert "mark.np-oppose { background: rgba(166, 97, 26, 0.25)" in markup.STYLES
    assert "mark.np-type-person { border-bottom-color: #0072B2; }" in markup.STYLES
    # the click note: shown only while its mark has the focus, with no script
    assert "span.np-pop { display: none; }" in markup.STYLES and "mark.np-stated:focus > span.np-pop" in markup.STYLES
    assert "<script" not in markup.STYLES


@pytest.mark.parametrize("text,expected", [
    ("**bold** [x](javascript:alert(1))", r"\*\*bold\*\* \[x\]\(javascript\:alert\(1\)\)"),
    ("# Heading", r"\# Heading"), ("<b>tag</b>", r"\<b\>tag\</b\>"), ("a_b_c", r"a\_b\_c"),
    ("two\nlines", "two lines"),
])
def test_markdown_escape(text, expected):
    assert markup.markdown_escape(text) == expected
