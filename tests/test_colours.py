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
    assert colours.type_color("FAC") == colours.type_color("LOC")
    assert [colours.article_color(i) for i in (0, 4, 5)] == ["#0072B2", "#E69F00", "#0072B2"]


@pytest.mark.parametrize("label,name", [("PERSON", "Person"), ("ORG", "Organisation"), ("GPE", "Country or city"),
                                        ("NORP", "Group"), ("LOC", "Place"), ("FAC", "Place"), ("EVENT", "Event"),
                                        ("LAW", "Other"), ("PRODUCT", "Other"), ("OTHER", "Other")])
def test_type_names_in_words(label, name):
    assert colours.type_name(label) == name
    assert colours.type_key(label) in colours.TYPE_NAMES and colours.type_key(label) in colours.TYPE_COLORS


def test_stance_has_its_own_palette_apart_from_tone():
    tone_colours = {c for _, c in colours.TONE_SCALE}
    assert not tone_colours & set(colours.STANCE_COLORS.values())
    assert colours.STANCE_COLORS["support"] == colours.STANCE_SCALE[-1][1]
    assert colours.STANCE_COLORS["oppose"] == colours.STANCE_SCALE[0][1]
