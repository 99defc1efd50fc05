"""Several articles side by side: how different outlets built their coverage of the same event.

Each function takes ``{label: Analysis}`` (labels are what the reader sees, the articles' titles
from :func:`article_label`, in the reader's order) and returns one long or wide frame; figures
are rounded to two decimals.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping

import pandas as pd

from analysis.analyze import Analysis
from analysis.findings import HEADLINE_MEASURE, TONE_MEASURE
from analysis.views import STANCE_VALUE, speaker_summary

Analyses = Mapping[str, Analysis]

#: Characters of a title kept in an article's label.
LABEL_WIDTH = 60


def article_label(number: int, analysis: Analysis, *, width: int = LABEL_WIDTH) -> str:
    """An article as the Compare page names it: its number in the session (as in the sidebar,
    which keeps labels unique) and its title, shortened; the file name when it has no title."""
    title = (analysis.title_display or analysis.title or "").strip() or analysis.name
    return f"{number}. {textwrap.shorten(title, width=width, placeholder='...')}"


ARC_COLUMNS = ["article", "paragraph", "position", "tone", "polarity", "text"]
VOICE_COLUMNS = ["article", "entity", "type", "mentions", "per_1000_words"]
QUOTED_COLUMNS = ["article", "speaker", "statements", "direct", "indirect", "position", "cues"]


def sentiment_arcs(analyses: Analyses) -> pd.DataFrame:
    """One row per paragraph of every article, placed on a 0..1 axis (the middle of the paragraph
    in the article's length) so that articles of different lengths overlay."""
    rows = []
    for label, analysis in analyses.items():
        n = len(analysis.paragraphs)
        for p in analysis.paragraphs.itertuples():
            rows.append({"article": label, "paragraph": int(p.index), "position": (p.index - 0.5) / n,
                         "tone": p.tone, "polarity": p.polarity, "text": p.text})
    return pd.DataFrame(rows, columns=ARC_COLUMNS)


def share_of_voice(analyses: Analyses, *, top_n: int = 10) -> pd.DataFrame:
    """Mentions per 1,000 words of the entities that lead in any article (the union of each
    article's ``top_n``), for every article, zeros included."""
    leaders: dict[str, str] = {}
    for analysis in analyses.values():
        for e in analysis.entities.head(top_n).itertuples():
            leaders.setdefault(e.name, e.type)
    rows = []
    for label, analysis in analyses.items():
        words = max(1, int(analysis.summary.get("words", 0)))
        counts = dict(zip(analysis.entities["name"], analysis.entities["mentions"]))
        for name, entity_type in leaders.items():
            mentions = int(counts.get(name, 0))
            rows.append({"article": label, "entity": name, "type": entity_type, "mentions": mentions,
                         "per_1000_words": round(1000 * mentions / words, 2)})
    return pd.DataFrame(rows, columns=VOICE_COLUMNS)


def quoted_voices(analyses: Analyses) -> pd.DataFrame:
    """Who is given a voice in each article, and how: counts by kind and the cue words chosen
    (said, claimed, admitted... tell how a voice is framed). Per article, speakers come in the
    order of :func:`~analysis.views.speaker_summary` (most statements first)."""
    frames = []
    for label, analysis in analyses.items():
        cards = speaker_summary(analysis.statements)
        if len(cards):
            frames.append(cards.assign(article=label, cues=[", ".join(c) for c in cards["cues"]]))
    if not frames:
        return pd.DataFrame(columns=QUOTED_COLUMNS)
    return pd.concat(frames, ignore_index=True)[QUOTED_COLUMNS]


def stance_deltas(analyses: Analyses) -> pd.DataFrame:
    """Net stance (support +1 ... oppose -1) of each speaker toward each target, one column per
    article, for the pairs found in two or more articles only (a pair told by one article has
    nothing to differ from); ``articles`` counts them and ``spread`` is the largest difference
    between articles. Largest spread first; two decimals."""
    frames = []
    for label, analysis in analyses.items():
        stated = analysis.statements[analysis.statements["target"].notna()]
        if stated.empty:
            continue
        net = stated.assign(value=stated["stance"].map(STANCE_VALUE).fillna(0)) \
            .groupby(["speaker", "target"])["value"].mean().rename(label)
        frames.append(net)
    columns = ["speaker", "target", *analyses, "articles", "spread"]
    if not frames:
        return pd.DataFrame(columns=columns)
    table = pd.concat(frames, axis=1).reindex(columns=list(analyses))
    table["articles"] = table.notna().sum(axis=1)
    table = table[table["articles"] >= 2]
    if table.empty:
        return pd.DataFrame(columns=columns)
    table["spread"] = table[list(analyses)].max(axis=1) - table[list(analyses)].min(axis=1)
    table = table.round(2).reset_index()
    table.columns = columns
    return table.sort_values(["spread", "articles", "speaker", "target"], ascending=[False, False, True, True],
                             ignore_index=True)


_MEASURES = [("words", "Words"), ("paragraphs", "Paragraphs"), ("sentences", "Sentences"),
             ("polarity", HEADLINE_MEASURE), ("tone", TONE_MEASURE),
             ("vader", "VADER compound"), ("subjectivity", "TextBlob subjectivity"),
             ("tone_author", "Narration tone"), ("tone_attributed", "Quoted voices tone"),
             ("statements", "Attributed statements"), ("speakers", "Named speakers")]


def differences(analyses: Analyses) -> pd.DataFrame:
    """Key figures side by side: one row per measure, one column per article (scores to two
    decimals)."""
    rows = []
    for key, label in _MEASURES:
        rows.append({"measure": label, **{name: _two_decimals(a.summary.get(key)) for name, a in analyses.items()}})
    rows.append({"measure": "Most mentioned entity",
                 **{name: (a.entities["name"].iloc[0] if len(a.entities) else None) for name, a in analyses.items()}})
    rows.append({"measure": "Most quoted speaker",
                 **{name: (a.statements["speaker"].value_counts().index[0] if len(a.statements) else None)
                    for name, a in analyses.items()}})
    return pd.DataFrame(rows, columns=["measure", *analyses], dtype=object)  # counts stay whole numbers


def differences_text(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`differences` as shown on screen: every cell text (one type per column, as a table
    widget needs), scores with two decimals, a missing value as "-"."""
    def text(value) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "-"
        return f"{value:.2f}" if isinstance(value, float) else str(value)
    return pd.DataFrame({column: [text(v) for v in table[column]] for column in table.columns},
                        columns=table.columns)


def _two_decimals(value):
    """A float rounded to two decimals; counts and missing values as they are."""
    return round(value, 2) if isinstance(value, float) else value
