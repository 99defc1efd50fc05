"""The colour map's helpers."""

import pytest

from analysis import colours


def test_rgba():
    assert colours.rgba("#2166ac", 0.25) == "rgba(33, 102, 172, 0.25)"
    with pytest.raises(ValueError, match="#rrggbb"):
        colours.rgba("blue", 0.5)


@pytest.mark.parametrize("tone,css", [(1.0, "rgba(33, 102, 172, 0.35)"), (-0.5, "rgba(178, 24, 43, 0.17)"),
                                      (0.0, "rgba(178, 24, 43, 0.00)"), (-3.0, "rgba(178, 24, 43, 0.35)")])
def test_tone_background(tone, css):
    assert colours.tone_background(tone) == css


def test_type_and_article_colours():
    assert colours.type_color("PERSON") == "#0072B2" and colours.type_color("AWARD") == "#999999"
    assert [colours.article_color(i) for i in (0, 4, 5)] == ["#0072B2", "#E69F00", "#0072B2"]


def test_stance_and_tone_agree_at_the_ends():
    assert colours.STANCE_COLORS["support"] == colours.TONE_SCALE[-1][1] == colours.STANCE_SCALE[-1][1]
    assert colours.STANCE_COLORS["oppose"] == colours.TONE_SCALE[0][1] == colours.STANCE_SCALE[0][1]
