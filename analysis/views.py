"""Derived tables the pages show: filters, matrices, per-entity sentence lists, speaker cards.

Every function takes frames of an :class:`~analysis.Analysis` and returns a new
frame; none modifies its input. Pages call these instead of grouping data
themselves, so each view is tested here once. The HTML of the article lives in
:mod:`analysis.markup`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.colours import TYPE_NAMES, type_key, type_name

if TYPE_CHECKING:  # for annotations only
    from analysis.analyze import Analysis


def top_entities(entities: pd.DataFrame, *, types: Sequence[str] | None = None,
                 top_n: int = 15) -> pd.DataFrame:
    """The ``top_n`` most-mentioned entities, optionally only of the given shown types (keys of
    :data:`~analysis.colours.TYPE_NAMES`: "OTHER" takes every label without its own name)."""
    frame = entities if not types else entities[entities["type"].map(type_key).isin(list(types))]
    return frame.sort_values(["mentions", "salience"], ascending=False).head(top_n).reset_index(drop=True)


def entity_types(entities: pd.DataFrame) -> list[str]:
    """The shown types (keys of :data:`~analysis.colours.TYPE_NAMES`) present, in that table's order."""
    present = set(entities["type"].map(type_key))
    return [key for key in TYPE_NAMES if key in present]


def corrected_flags(frame: pd.DataFrame) -> pd.Series:
    """The ``corrected`` column as booleans (all False when the frame has none: an uncorrected analysis)."""
    if "corrected" not in frame:
        return pd.Series(False, index=frame.index, dtype=bool)
    return frame["corrected"].fillna(False).astype(bool)


#: The mark of a row a reader corrected, in tables and tooltips.
CORRECTED_MARK = "✎"


def entity_table(entities: pd.DataFrame) -> pd.DataFrame:
    """The entities as the page's table shows them: the type in words, a ``✎`` column marking
    corrected rows. The downloads keep the spaCy labels of the JSON contract."""
    marks = corrected_flags(entities).map({True: CORRECTED_MARK, False: ""})
    return entities.assign(type=entities["type"].map(type_name), **{CORRECTED_MARK: marks})


def presence_matrix(mentions: pd.DataFrame, *, names: Sequence[str], n_paragraphs: int) -> pd.DataFrame:
    """Mentions per paragraph: one row per entity in ``names`` (in that order), one column per
    paragraph (0 = title, then 1..n_paragraphs). Counted with numpy: a crosstab of thousands of
    paragraphs costs seconds."""
    names = list(names)
    position = {name: i for i, name in enumerate(names)}
    counts = np.zeros((len(names), n_paragraphs + 1), dtype=np.int64)
    subset = mentions[mentions["entity"].isin(names)]
    if len(subset):
        rows = subset["entity"].map(position).to_numpy(dtype=np.int64)
        columns = subset["paragraph"].to_numpy(dtype=np.int64)
        inside = (columns >= 0) & (columns <= n_paragraphs)
        np.add.at(counts, (rows[inside], columns[inside]), 1)
    return pd.DataFrame(counts, index=pd.Index(names, dtype=object), columns=list(range(n_paragraphs + 1)))


def cooccurrence(mentions: pd.DataFrame, *, names: Sequence[str]) -> pd.DataFrame:
    """Number of sentences (the title counts as one) in which each pair of entities is mentioned
    together; the diagonal holds the number of sentences mentioning the entity."""
    names = list(names)
    position = {name: i for i, name in enumerate(names)}
    subset = mentions[mentions["entity"].isin(names)]
    if not len(subset):
        return pd.DataFrame(0, index=names, columns=names)
    sentence, _ = pd.MultiIndex.from_arrays([subset["paragraph"].to_numpy(), subset["sentence"].to_numpy()]).factorize()
    incidence = np.zeros((int(sentence.max()) + 1, len(names)), dtype=np.int64)
    incidence[sentence, subset["entity"].map(position).to_numpy(dtype=np.int64)] = 1
    return pd.DataFrame(incidence.T @ incidence, index=pd.Index(names, dtype=object),
                        columns=pd.Index(names, dtype=object))


def entity_sentences(sentences: pd.DataFrame, mentions: pd.DataFrame, *, name: str,
                     title: str | None = None) -> pd.DataFrame:
    """The sentences mentioning one entity, in reading order, with the mention spans inside each.

    Columns: paragraph, sentence, text, tone, spans (list of (start, end) offsets into ``text``).
    The title, when the entity is in it, comes first as paragraph 0, sentence 0.
    """
    own = mentions[mentions["entity"] == name]
    rows = []
    in_title = own[own["paragraph"] == 0]
    if title and len(in_title):
        spans = [(int(a), int(b)) for a, b in zip(in_title["start"], in_title["end"])]
        rows.append({"paragraph": 0, "sentence": 0, "text": title, "tone": None, "spans": spans})
    body = own[own["paragraph"] > 0]
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for sentence_id, start, end in zip(body["sentence"].tolist(), body["start"].tolist(), body["end"].tolist()):
        spans_of.setdefault(int(sentence_id), []).append((int(start), int(end)))
    found = sentences[sentences["index"].isin(list(spans_of))].sort_values("index")
    for sentence_id, paragraph, offset, text, tone in zip(found["index"].tolist(), found["paragraph"].tolist(),
                                                         found["start"].tolist(), found["text"].tolist(),
                                                         found["tone"].tolist()):
        spans = [(start - int(offset), end - int(offset)) for start, end in spans_of[int(sentence_id)]]
        rows.append({"paragraph": int(paragraph), "sentence": int(sentence_id), "text": text,
                     "tone": float(tone), "spans": spans})
    return pd.DataFrame(rows, columns=["paragraph", "sentence", "text", "tone", "spans"])


def flatten_lists(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with list cells joined as '; ' text, so spreadsheets and Parquet get one type a column."""
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, (list, tuple))).any():
            out[column] = out[column].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV of a table, list cells joined with '; ' so spreadsheets read them."""
    return flatten_lists(frame).to_csv(index=False).encode("utf-8")


def part_csv(analysis: Analysis, part: str) -> bytes:
    """UTF-8 CSV of one of an analysis's tables by name ("mentions", "sentences", ...)."""
    return to_csv(getattr(analysis, part))


NO_TARGET = "(no target)"
STANCE_VALUE = {"support": 1, "oppose": -1, "neutral": 0}


def filter_statements(statements: pd.DataFrame, *, speakers: Sequence[str] | None = None,
                      stances: Sequence[str] | None = None, kinds: Sequence[str] | None = None,
                      include_unnamed: bool = True, include_uncertain: bool = True) -> pd.DataFrame:
    """Statements restricted to the given speakers, stances and kinds (None = all); without
    unnamed sources, or without uncertain speakers (``speaker_basis`` in :data:`UNCERTAIN`,
    see :func:`with_speaker_basis`), when asked."""
    mask = pd.Series(True, index=statements.index)
    if speakers:
        mask &= statements["speaker"].isin(list(speakers))
    if stances:
        mask &= statements["stance"].isin(list(stances))
    if kinds:
        mask &= statements["kind"].isin(list(kinds))
    if not include_unnamed:
        mask &= ~statements["unnamed"].astype(bool)
    if not include_uncertain and "speaker_basis" in statements:
        mask &= ~statements["speaker_basis"].isin(list(UNCERTAIN))
    return statements[mask].reset_index(drop=True)


#: How a statement's speaker was found when the reader should check it: a pronoun ("he"), a
#: description ("the country", "the Prime Minister of X") or a group ("several countries").
UNCERTAIN = ("pronoun", "description", "group")
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their", "theirs", "its", "our", "us", "my", "me"])
_GROUP_WORDS = frozenset(["both", "two", "three", "four", "five", "six", "several", "many", "some", "all", "most", "pair", "trio", "duo"])
_WORD = re.compile(r"[\w'’.-]+")


def _name_forms(entities: pd.DataFrame | None) -> dict[str, list[str]]:
    forms: dict[str, list[str]] = {}
    if entities is None or entities.empty:
        return forms
    aliases = entities["aliases"] if "aliases" in entities else pd.Series([[]] * len(entities), index=entities.index)
    for name, entity_type, others in zip(entities["name"], entities["type"], aliases):
        own = [name, *(a for a in (others if isinstance(others, (list, tuple)) else []) if isinstance(a, str))]
        if entity_type == "PERSON" and " " in name:
            own.append(name.rsplit(" ", 1)[1])  # the surname
        forms[name] = own
    return forms


def _ends_with_name(text: str, forms: Sequence[str]) -> bool:
    bare = re.sub(r"['’]s?$", "", text.strip()).lower()
    for form in forms:
        form = form.lower()
        if not form or not bare.endswith(form):
            continue
        before = bare[:-len(form)].rstrip()
        if before == "" or (bare[-len(form) - 1] in " -" and before.split()[-1] not in ("of", "the", "for")):
            return True
    return False


def speaker_basis(row: dict, forms: dict[str, list[str]]) -> str:
    """How one statement's speaker was found, from the words in the article (``speaker_text``)
    against the resolved ``speaker``: "corrected", "unnamed", "pronoun", "group", "name" (the
    phrase ends with the speaker's name or one of its forms) or "description"."""
    corrected = row.get("corrected", False)
    if isinstance(corrected, (bool, np.bool_)) and corrected:
        return "corrected"
    if bool(row.get("unnamed", False)):
        return "unnamed"
    text = row.get("speaker_text")
    text = text.strip() if isinstance(text, str) else ""
    words = _WORD.findall(text)
    lowered = [re.sub(r"['’]s?$", "", w.lower()) for w in words]
    if len(lowered) == 1 and lowered[0] in _PRONOUNS:
        return "pronoun"
    if lowered and lowered[0] in _GROUP_WORDS:
        return "group"
    speaker = str(row.get("speaker", ""))
    if not text or _ends_with_name(text, forms.get(speaker, [speaker])):
        return "name"
    if any(w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss") for w in words):
        return "group"  # a plural head: "nations across the region", "ministers of both sides"
    return "description"


def with_speaker_basis(statements: pd.DataFrame, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """A copy of the statements with ``speaker_basis`` (see :func:`speaker_basis`). The statements
    frame does not say how its speaker was resolved, so it is read back from ``speaker_text``
    (the words in the article) against ``speaker`` and the entity's other forms."""
    forms = _name_forms(entities)
    basis = [speaker_basis(row, forms) for row in statements.to_dict(orient="records")]
    return statements.assign(speaker_basis=pd.Series(basis, index=statements.index, dtype=object))


#: The statements table's columns, in order: the first ones shown, then the details.
STATEMENT_TABLE_MAIN = ["paragraph", "speaker", "cue", "target", "stance", "evidence", "confidence",
                        "speaker via", "stance via"]
STATEMENT_TABLE_DETAILS = ["kind", "speaker_text", "target_text", "content", "unnamed", "sentence"]
_BASIS_TEXT = {"name": "name", "corrected": f"{CORRECTED_MARK} corrected", "unnamed": "unnamed source"}
#: How the "stance via" column words a statement's ``stance_basis``.
STANCE_BASIS_TEXT = {"rules": "rules", "default": "no evidence", "reader": f"{CORRECTED_MARK} corrected"}


def _basis_text(basis: str, speaker_text) -> str:
    if basis in UNCERTAIN:
        return f"⚠ {basis}: {speaker_text}" if isinstance(speaker_text, str) and speaker_text else f"⚠ {basis}"
    return _BASIS_TEXT.get(basis, basis)


def statement_table(statements: pd.DataFrame) -> pd.DataFrame:
    """The statements as the Stance page's table shows them: :data:`STATEMENT_TABLE_MAIN` then
    :data:`STATEMENT_TABLE_DETAILS`; empty texts as "-", and "speaker via" saying how the speaker
    was found: "name", "unnamed source", ``⚠`` and the words when uncertain ("⚠ pronoun: he"),
    or "✎ corrected" for a statement a reader corrected (or confirmed); "stance via" saying how
    the stance was (:data:`STANCE_BASIS_TEXT`; "-" for a frame without ``stance_basis``)."""
    frame = statements if "speaker_basis" in statements else with_speaker_basis(statements)
    bases = frame["stance_basis"] if "stance_basis" in frame else pd.Series("-", index=frame.index)
    out = frame.assign(**{
        "speaker via": [_basis_text(b, t) for b, t in zip(frame["speaker_basis"], frame["speaker_text"])],
        "stance via": [STANCE_BASIS_TEXT.get(b, "-") for b in bases],
    })
    for column in ("speaker", "cue", "target", "evidence", "speaker_text", "target_text", "content"):
        out[column] = out[column].map(lambda v: v if isinstance(v, str) and v.strip() else "-")
    return out[STATEMENT_TABLE_MAIN + STATEMENT_TABLE_DETAILS].reset_index(drop=True)


def _target_of(value) -> str:
    return value if isinstance(value, str) else NO_TARGET if value is None or pd.isna(value) else value


def stance_matrix(statements: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(counts, net) speaker x target matrices: statements per cell, and their net stance
    ((support - oppose) / count, in [-1, 1]). A statement without target goes to NO_TARGET."""
    if statements.empty:
        return pd.DataFrame(), pd.DataFrame()
    counts, parts = _tally(statements)
    with np.errstate(invalid="ignore", divide="ignore"):
        net = (parts["support"] - parts["oppose"]) / counts.to_numpy()
    return counts, pd.DataFrame(np.where(counts.to_numpy() > 0, net, np.nan), index=counts.index,
                                columns=counts.columns)


def _tally(statements: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Statements per speaker x target cell (speakers and targets most frequent first, the
    NO_TARGET column last), and per stance and corrected as arrays shaped like it: one pass in
    plain Python (pandas' crosstab costs a tenth of a second per matrix)."""
    speakers = statements["speaker"].tolist()
    targets = [_target_of(t) for t in statements["target"].tolist()]
    speaker_order = pd.Series(speakers, dtype=object).value_counts().index.tolist()
    target_order = [t for t in pd.Series(targets, dtype=object).value_counts().index if t != NO_TARGET]
    target_order += [NO_TARGET] if NO_TARGET in targets else []
    row = {s: i for i, s in enumerate(speaker_order)}
    col = {t: j for j, t in enumerate(target_order)}
    shape = (len(speaker_order), len(target_order))
    total = np.zeros(shape, dtype=np.int64)
    parts = {name: np.zeros(shape, dtype=np.int64) for name in (*STANCE_VALUE, "corrected")}
    stances = statements["stance"].tolist() if "stance" in statements else [None] * len(speakers)
    fixed = corrected_flags(statements).tolist()
    for speaker, target, stance, mark in zip(speakers, targets, stances, fixed):
        if speaker not in row:
            continue  # (no speaker: counted nowhere, as pandas' crosstab drops it)
        cell = (row[speaker], col[target])
        total[cell] += 1
        if stance in STANCE_VALUE:
            parts[stance][cell] += 1
        if mark:
            parts["corrected"][cell] += 1
    index = pd.Index(speaker_order, name="speaker", dtype=object)
    columns = pd.Index(target_order, name="target", dtype=object)
    return pd.DataFrame(total, index=index, columns=columns), parts


def cell_statements(statements: pd.DataFrame, *, speaker: str, target: str) -> pd.DataFrame:
    """The statements of one matrix cell (target NO_TARGET = statements without target)."""
    targets = statements["target"].fillna(NO_TARGET)
    return statements[(statements["speaker"] == speaker) & (targets == target)].reset_index(drop=True)


def stance_breakdown(statements: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Support, oppose and neutral statements, and corrected ones, per speaker x target cell:
    four matrices shaped like :func:`stance_matrix`'s counts."""
    if statements.empty:
        return {name: pd.DataFrame() for name in (*STANCE_VALUE, "corrected")}
    counts, parts = _tally(statements)
    return {name: pd.DataFrame(part, index=counts.index, columns=counts.columns) for name, part in parts.items()}


def matrix_cells(counts: pd.DataFrame) -> list[tuple[str, str]]:
    """The non-empty (speaker, target) cells of a counts matrix in the order the stance chart
    numbers them: the targets row by row, then the no-target strip top to bottom."""
    columns = list(counts.columns)
    values = counts.to_numpy()
    speakers = list(counts.index)
    cells = [(speakers[i], t) for i in range(len(speakers)) for j, t in enumerate(columns)
             if t != NO_TARGET and values[i, j] > 0]
    if NO_TARGET in columns:
        j = columns.index(NO_TARGET)
        cells += [(speakers[i], NO_TARGET) for i in range(len(speakers)) if values[i, j] > 0]
    return cells


SPEAKER_COLUMNS = ["speaker", "statements", "direct", "indirect", "position", "support", "oppose",
                   "neutral", "targets", "cues", "first_paragraph", "unnamed"]


_CARD_COUNTS = frozenset(["direct", "indirect", "position", *STANCE_VALUE])


def speaker_summary(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker: how often and how they are quoted, their stances, targets and cue words."""
    cards: dict[str, dict] = {}
    columns = [statements[c].tolist() for c in ("speaker", "kind", "stance", "target", "cue", "paragraph", "unnamed")]
    for speaker, kind, stance, target, cue, paragraph, unnamed in zip(*columns):
        if not isinstance(speaker, str):
            continue  # (no speaker: grouped nowhere, as pandas' groupby drops it)
        card = cards.get(speaker)
        if card is None:
            card = cards[speaker] = {
                "speaker": speaker, "statements": 0, "direct": 0, "indirect": 0, "position": 0,
                "support": 0, "oppose": 0, "neutral": 0, "targets": {}, "cues": {},
                "first_paragraph": int(paragraph), "unnamed": True}
        card["statements"] += 1
        for value in (kind, stance):
            if value in _CARD_COUNTS:
                card[value] += 1
        if isinstance(target, str):
            card["targets"][target] = None
        card["cues"][cue] = None
        card["first_paragraph"] = min(card["first_paragraph"], int(paragraph))
        if not pd.isna(unnamed):
            card["unnamed"] = card["unnamed"] and bool(unnamed)
    rows = [{**card, "targets": list(card["targets"]), "cues": list(card["cues"])} for card in cards.values()]
    frame = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    return frame.sort_values(["statements", "first_paragraph"], ascending=[False, True], ignore_index=True)


def score_text(value: float | None, *, signed: bool = True) -> str:
    """A score as the pages print it: two decimals, with its sign unless ``signed=False``
    ("+0.25", "-0.10", "0.40"); "-" for a missing value (None or NaN)."""
    if value is None or math.isnan(value):
        return "-"
    return f"{value:+.2f}" if signed else f"{value:.2f}"
