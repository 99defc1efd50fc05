"""What an article's analysis found, in a few small tables and one plain sentence (the Overview's
first lines): the most mentioned entities, the speakers with their stances and main targets, the
tone figures, each with the number of sentences it rests on.

Every function takes frames of an :class:`~analysis.Analysis` (or the tables made here) and
returns a new small frame or a string; none modifies its input. A figure resting on fewer than
:data:`MIN_SENTENCES` sentences is marked ``few`` so a page can say so ("from 2 sentences")
rather than show it as if it were solid.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analysis.colours import type_name

#: A figure resting on fewer sentences than this is shown as resting on few.
MIN_SENTENCES = 5

ENTITY_COLUMNS = ["name", "type", "mentions", "sentences", "few"]
SPEAKER_COLUMNS = ["speaker", "statements", "support", "oppose", "neutral", "main_target",
                   "main_target_statements", "main_target_stance", "targets", "sentences", "few",
                   "corrected"]
TONE_COLUMNS = ["measure", "value", "sentences", "few"]

#: The names the pages give the tone measures (the Overview, the Sentiment page and Compare).
HEADLINE_MEASURE = "TextBlob polarity"
TONE_MEASURE = "Tone (combined)"

_STANCES = ("oppose", "support", "neutral")
_ALL = {"oppose": "opposing", "support": "supporting", "neutral": "neutral"}
_TOWARD = {"oppose": "against", "support": "in support of", "neutral": "about", "mixed": "about"}


def sentences_text(count: int) -> str:
    """How many sentences a figure rests on, as the pages print it: "from 1 sentence",
    "from 12 sentences"."""
    return f"from {count} sentence{'' if count == 1 else 's'}"


def top_entities(entities: pd.DataFrame, mentions: pd.DataFrame, *, top_n: int = 5) -> pd.DataFrame:
    """The ``top_n`` most mentioned entities (in the order of ``entities``, most mentioned first)
    with the number of sentences mentioning each (the title counts as one) and ``few`` when that
    is under :data:`MIN_SENTENCES` (:data:`ENTITY_COLUMNS`)."""
    if entities.empty:
        return pd.DataFrame(columns=ENTITY_COLUMNS)
    head = entities.sort_values("mentions", ascending=False, kind="stable").head(top_n)
    sentences: dict[str, set] = {name: set() for name in head["name"]}
    if not mentions.empty:
        for entity, paragraph, sentence in zip(mentions["entity"].tolist(), mentions["paragraph"].tolist(),
                                               mentions["sentence"].tolist()):
            if entity in sentences:
                sentences[entity].add((paragraph, sentence))
    rows = [{"name": name, "type": entity_type, "mentions": int(count), "sentences": len(sentences[name]),
             "few": len(sentences[name]) < MIN_SENTENCES}
            for name, entity_type, count in zip(head["name"], head["type"], head["mentions"])]
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def _speaker_rows(statements: pd.DataFrame, corrected: list[bool]) -> list[dict]:
    """One dict per speaker, in the order they first speak (plain loops: a page calls this on
    every run, and a groupby per speaker costs more than the whole page)."""
    speakers: dict[str, dict] = {}
    for speaker, paragraph, sentence, target, stance, fixed in zip(
            statements["speaker"].tolist(), statements["paragraph"].tolist(), statements["sentence"].tolist(),
            statements["target"].tolist(), statements["stance"].tolist(), corrected):
        row = speakers.setdefault(speaker, {"speaker": speaker, "statements": 0, "support": 0, "oppose": 0,
                                            "neutral": 0, "_targets": {}, "_sentences": set(), "corrected": 0,
                                            "_first": paragraph})
        row["statements"] += 1
        if stance in _STANCES:
            row[stance] += 1
        if isinstance(target, str):
            row["_targets"].setdefault(target, []).append(stance)
        row["_sentences"].add((paragraph, sentence))
        row["corrected"] += bool(fixed)
        row["_first"] = min(row["_first"], paragraph)
    rows = []
    for row in speakers.values():
        targets = row.pop("_targets")
        main = max(targets, key=lambda t: len(targets[t]), default=None)  # ties: the first told
        stances = set(targets[main]) if main is not None else set()
        sentences = len(row.pop("_sentences"))
        rows.append({**row, "main_target": main, "main_target_statements": len(targets.get(main, ())),
                     "main_target_stance": (stances.pop() if len(stances) == 1 else "mixed") if stances else None,
                     "targets": list(targets), "sentences": sentences, "few": sentences < MIN_SENTENCES})
    return rows


def top_speakers(statements: pd.DataFrame, *, top_n: int = 5, include_unnamed: bool = False) -> pd.DataFrame:
    """The ``top_n`` speakers with the most statements (ties: the first to speak), each with
    their support/oppose/neutral counts, main target (the named target of most of their
    statements, with that count and the stance they all take toward it or "mixed"), every target
    in order, the number of sentences the statements come from (``few`` under
    :data:`MIN_SENTENCES`) and how many statements a user corrected (a ``corrected`` column
    absent from ``statements`` counts as none). Unnamed sources ("officials said") are left out
    unless ``include_unnamed`` (:data:`SPEAKER_COLUMNS`)."""
    if statements.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    frame = statements
    if not include_unnamed and "unnamed" in frame.columns:
        frame = frame[~frame["unnamed"].fillna(False).astype(bool)]
    corrected = frame["corrected"].fillna(False).astype(bool).tolist() if "corrected" in frame.columns \
        else [False] * len(frame)
    rows = _speaker_rows(frame, corrected)
    if not rows:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    rows.sort(key=lambda row: (-row["statements"], row["_first"]))  # stable: ties keep the order of speaking
    return pd.DataFrame(rows[:top_n])[SPEAKER_COLUMNS]


def tone_figures(sentences: pd.DataFrame, summary: Mapping) -> pd.DataFrame:
    """The article's tone figures with the sentences each rests on (:data:`TONE_COLUMNS`):
    the headline TextBlob polarity and the combined tone (all sentences), the tone of the
    narration (the author's own sentences) and of the quoted voices (sentences holding a
    statement or a quote). ``value`` is None for a voice with no sentence."""
    voices = sentences["voice"].tolist() if "voice" in sentences.columns else []
    everything = len(sentences)
    rows = [(HEADLINE_MEASURE, summary.get("polarity"), everything),
            (TONE_MEASURE, summary.get("tone"), everything),
            ("Narration tone", summary.get("tone_author"), voices.count("author")),
            ("Quoted voices tone", summary.get("tone_attributed"), voices.count("attributed"))]
    return pd.DataFrame([{"measure": measure, "value": value, "sentences": count,
                          "few": count < MIN_SENTENCES} for measure, value, count in rows],
                        columns=TONE_COLUMNS)


def zero_polarity_share(paragraphs: pd.DataFrame) -> tuple[int, int]:
    """(paragraphs TextBlob scores 0 as the pages print it, to two decimals; paragraphs):
    TextBlob scores only opinion words, so a news article often gets 0 on most paragraphs, and
    its polarity then says little."""
    if paragraphs.empty:
        return 0, 0
    return int((paragraphs["polarity"].fillna(0).abs() < 0.005).sum()), len(paragraphs)


def mostly_zero(paragraphs: pd.DataFrame) -> bool:
    """Whether TextBlob scores 0 (to two decimals) on more than half of the paragraphs."""
    zeros, total = zero_polarity_share(paragraphs)
    return total > 0 and 2 * zeros > total


def speaker_table(speakers: pd.DataFrame) -> pd.DataFrame:
    """:func:`top_speakers` as the Overview shows it: speaker, statements, support, oppose,
    neutral, main target ("-" when none, else with its count), and the sentences the row rests
    on ("2 (few)" under :data:`MIN_SENTENCES`); a ``corrected`` column when a user corrected
    any of their statements."""
    table = pd.DataFrame({
        "speaker": speakers["speaker"], "statements": speakers["statements"],
        "support": speakers["support"], "oppose": speakers["oppose"], "neutral": speakers["neutral"],
        "main target": [("-" if pd.isna(t) else f"{t} ({n})")
                        for t, n in zip(speakers["main_target"], speakers["main_target_statements"])],
        "sentences": [_basis(n) for n in speakers["sentences"]],
    })
    if len(speakers) and speakers["corrected"].sum():
        table["corrected"] = [f"{int(n)} corrected" if n else "" for n in speakers["corrected"]]
    return table


def entity_table(entities: pd.DataFrame) -> pd.DataFrame:
    """:func:`top_entities` as the Overview shows it: name, type in words, mentions, and the
    sentences the row rests on ("2 (few)" under :data:`MIN_SENTENCES`)."""
    return pd.DataFrame({"entity": entities["name"], "type": [type_name(t) for t in entities["type"]],
                         "mentions": entities["mentions"],
                         "sentences": [_basis(n) for n in entities["sentences"]]})


def _basis(count) -> str:
    """The sentences a table row rests on, "(few)" under :data:`MIN_SENTENCES`: "9", "2 (few)"."""
    return f"{int(count)}" + (" (few)" if int(count) < MIN_SENTENCES else "")


def _stance_phrase(speaker: Mapping) -> str:
    """"all opposing Israel", "all opposing, 3 of them against Israel", "3 opposing, 1 neutral"."""
    total = int(speaker["statements"])
    counts = {stance: int(speaker[stance]) for stance in _STANCES if int(speaker[stance])}
    target, on_target = speaker["main_target"], int(speaker["main_target_statements"] or 0)
    target = None if pd.isna(target) else target
    target_stance = speaker["main_target_stance"]
    if len(counts) == 1:
        (stance,) = counts
        lead = _ALL[stance] if total == 1 else f"all {_ALL[stance]}"
        if target is None:
            return lead + (", with no named target" if total == 1 else ", none with a named target")
        if on_target == total:
            return f"{lead} {target}" if stance != "neutral" else f"{lead}, about {target}"
    else:
        ordered = sorted(counts.items(), key=lambda item: (-item[1], _STANCES.index(item[0])))
        lead = ", ".join(f"{count} {_ALL[stance]}" for stance, count in ordered)
        if target is None:
            return lead + ", none with a named target"
    return f"{lead}, {on_target} of them {_TOWARD[target_stance]} {target}"


def findings_sentence(speakers: pd.DataFrame, entities: pd.DataFrame, *, statements: int) -> str:
    """One plain sentence of what was found, made from :func:`top_speakers` and
    :func:`top_entities` (``statements``: all the article's statements, unnamed sources included):
    "Ali Khamenei makes 5 of the 13 statements, all opposing, 3 of them against Israel; the most
    mentioned entity is Israel (12 mentions in 9 sentences)."."""
    parts = []
    if len(speakers):
        top = speakers.iloc[0]
        count = int(top["statements"])
        if statements <= 1:
            share = "makes the only statement"
        elif count == statements:
            share = f"makes all {statements} statements"
        else:
            share = f"makes {count} of the {statements} statements"
        parts.append(f"{top['speaker']} {share}, {_stance_phrase(top)}")
    elif statements:
        parts.append(f"{statements} attributed statement{'' if statements == 1 else 's'}, "
                     "none from a named speaker")
    else:
        parts.append("No attributed statement was found")
    if len(entities):
        top = entities.iloc[0]
        mentions, sentences = int(top["mentions"]), int(top["sentences"])
        parts.append(f"the most mentioned entity is {top['name']} ({mentions} mention"
                     f"{'' if mentions == 1 else 's'} in {sentences} sentence{'' if sentences == 1 else 's'})")
    else:
        parts.append("no named entity was found")
    sentence = "; ".join(parts) + "."
    return sentence[0].upper() + sentence[1:]
