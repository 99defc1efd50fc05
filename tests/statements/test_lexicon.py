"""The packaged cue lexicon (``analysis/statements/data/cues.tsv``) and word lists (``words.toml``)."""

from __future__ import annotations

import csv
import importlib
from collections import Counter

import pytest

from analysis.statements.lexicon import DATA, FAMILIES, STANCES, read_cues

# the module, not the function of the same name a package __init__ may re-export
lexicon_module = importlib.import_module("analysis.statements.lexicon")

FIXED_STANCE = {"judgement", "act", "report"}
FROM_CONTENT = {"speech", "request", "label"}
WORD_LISTS = ("hostile_actions", "friendly_actions", "failure_heads", "light_verbs", "agent_only_nouns",
              "addressed", "violence_nouns", "unnamed_sources")


@pytest.fixture(scope="module")
def lex():
    lexicon_module.lexicon.cache_clear()
    return lexicon_module.lexicon()


@pytest.fixture(scope="module")
def rows():
    return read_cues(DATA / "cues.tsv")


def raw_rows() -> list[list[str]]:
    """The data lines split on tabs, without the csv module (to catch quoting surprises)."""
    lines = [line.rstrip("\n") for line in (DATA / "cues.tsv").open(encoding="utf-8")
             if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def test_file_parses_through_lexicon(lex, rows):
    assert len(rows) > 250
    assert lex.verbs and lex.nouns and lex.phrasal
    assert len(lex.verbs) + len(lex.nouns) + sum(len(p) for p in lex.phrasal.values()) == len(rows)


def test_every_line_has_seven_tab_separated_fields():
    for fields in raw_rows():
        assert len(fields) == 7, fields


def test_csv_reader_keeps_every_field_verbatim(rows):
    # a field opening with a straight double quote would be eaten by the csv reader
    raw = {(f[0].lower(), f[1]): f for f in raw_rows()}
    for cue in rows:
        fields = raw[(cue.lemma, cue.pos)]
        assert (cue.sense, cue.example) == (fields[5], fields[6]), cue.lemma
    assert not any('"' in field for f in raw_rows() for field in f)


def test_valid_family_stance_pos_content():
    for lemma, pos, family, stance, content, *_ in raw_rows():
        assert family in FAMILIES, lemma
        assert stance == "-" or stance in STANCES, lemma
        assert pos in ("verb", "noun"), lemma
        assert content in ("required", "optional"), lemma
        assert lemma == lemma.strip().lower() and "  " not in lemma, lemma
        assert len(lemma.split(" ")) <= 2, lemma


def test_sense_and_example_filled(rows):
    for cue in rows:
        assert cue.sense, cue.lemma
        assert cue.example, cue.lemma
        assert cue.example[-1] in ".!?”", cue.lemma


def test_examples_are_all_different(rows):
    counts = Counter(cue.example for cue in rows)
    assert [e for e, n in counts.items() if n > 1] == []


def test_no_lemma_pos_listed_twice(rows):
    counts = Counter((cue.lemma, cue.pos) for cue in rows)
    assert [k for k, n in counts.items() if n > 1] == []


def test_fixed_stance_families_have_a_stance(rows):
    for cue in rows:
        if cue.family in FIXED_STANCE:
            assert cue.stance in STANCES, cue.lemma
        else:
            assert cue.family in FROM_CONTENT
            assert cue.stance is None, cue.lemma


def test_reports_are_neutral(rows):
    reports = [cue for cue in rows if cue.family == "report"]
    assert reports
    assert {cue.stance for cue in reports} == {"neutral"}


def test_content_required_only_for_verbs(rows):
    assert not [cue.lemma for cue in rows if cue.pos == "noun" and cue.needs_content]


@pytest.mark.parametrize("lemma", ["advise", "recommend", "cite", "continue", "justify", "expect",
                                   "second", "levy", "designate"])
def test_unseen_lex_verbs_are_covered(lex, lemma):
    assert lex.verb(lemma) is not None
    assert lex.is_cue_lemma(lemma)


def test_unseen_lex_phrasal_and_noun_covered(lex):
    suit = lex.phrasal_of("file", {"suit"})
    assert suit is not None and suit.family == "act" and suit.stance == "oppose"
    assert lex.phrasal_of("file", {"lawsuit"}) is not None
    assert lex.noun("recommendation") is not None and lex.noun("recommendation").family == "request"


@pytest.mark.parametrize("lemma, family, stance", [
    ("condemn", "judgement", "oppose"),
    ("praise", "judgement", "support"),
    ("deny", "report", "neutral"),
    ("report", "report", "neutral"),
    ("urge", "request", None),
    ("call", "label", None),
    ("expel", "act", "oppose"),
    ("second", "act", "support"),
    ("levy", "act", "oppose"),
    ("sign", "act", "support"),
    ("say", "speech", None),
    ("warn", "speech", None),
])
def test_spot_check_verbs(lex, lemma, family, stance):
    cue = lex.verb(lemma)
    assert (cue.family, cue.stance) == (family, stance)


def test_spot_check_phrasal_and_nouns(lex):
    assert lex.phrasal_of("call", {"for"}).family == "request"
    assert lex.phrasal_of("call", {"on"}).family == "request"
    assert lex.phrasal_of("claim", {"responsibility"}).stance == "oppose"
    assert lex.phrasal_of("declare", {"war"}).family == "act"
    assert lex.phrasal_of("stand", {"by"}).stance == "support"
    assert lex.noun("denial").stance == "neutral"
    assert lex.noun("condemnation").stance == "oppose"
    assert lex.noun("remark") is not None  # spaCy lemma of "remarks"


def test_plain_speech_verbs_need_content(lex):
    # common words whose non-speech senses cannot be told apart without reported content
    for lemma in ("say", "add", "note", "continue", "explain", "tell", "write", "point", "expect", "find"):
        cue = lex.verb(lemma) or lex.phrasal_of(lemma, {"out"})
        assert cue is not None and cue.needs_content, lemma
    # announcements of decisions are neutral statements with a plain object too
    assert not lex.verb("announce").needs_content


def test_declared_war_is_an_act_not_speech(lex):
    assert lex.verb("declare").family == "speech" and lex.verb("declare").needs_content
    assert lex.phrasal_of("declare", {"war"}).stance == "oppose"


def test_word_lists(lex):
    for name in WORD_LISTS:
        assert lex[name], name
    assert lex["descriptions"]
    assert lex["description:country"] == {"GPE"}
    for word in ("question", "resign", "reconsider"):  # S-REQUEST-ACTION
        assert word in lex["hostile_actions"]
    assert not lex["hostile_actions"] & lex["friendly_actions"]
    assert "advise" in lex["addressed"]
    assert {"claims", "allegations"} <= lex["denial_objects"]


def test_word_lists_keep_their_comments():
    text = (DATA / "words.toml").read_text(encoding="utf-8").splitlines()
    for name in WORD_LISTS:
        at = next(i for i, line in enumerate(text) if line.startswith(f"{name} = ["))
        assert text[at - 1].startswith("# "), name


def test_every_nominal_cue_with_an_agent_rule_is_a_noun_cue(lex):
    nouns = set(lex.nouns)
    assert lex["agent_only_nouns"] - nouns <= {"remarks"}


def test_examples_carry_their_cue_lemma(nlp, rows):
    """Each example, parsed by the project's pipeline, has a token with the row's lemma and part of speech."""
    missing = []
    for cue, doc in zip(rows, nlp.pipe(cue.example for cue in rows)):
        wanted = ("VERB", "AUX") if cue.pos == "verb" else ("NOUN", "PROPN")
        heads = [t for t in doc if t.lemma_.lower() == cue.head
                 and (t.pos_ in wanted or (cue.pos == "verb" and t.tag_.startswith("VB")))]
        words = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}  # objects are matched by lemma
        if not heads or (cue.particle and cue.particle not in words):
            missing.append(cue.lemma)
    assert missing == []


def test_header_names_the_documented_columns():
    with (DATA / "cues.tsv").open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        header = next(csv.reader(lines, delimiter="\t"))
    assert header == ["lemma", "pos", "family", "stance", "content", "sense", "example"]
