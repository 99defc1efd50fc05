"""Several articles side by side: how different outlets built their coverage of the same event.

Each function takes ``{label: Analysis}`` (labels are what the reader sees,
e.g. file names, in the reader's order) and returns one long or wide frame.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analysis.analyze import Analysis
from analysis.views import STANCE_VALUE, speaker_summary

Analyses = Mapping[str, Analysis]

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
    article; ``spread`` is the largest difference between articles. Pairs seen in one article
    only are kept (the other columns are empty): an absence is a difference too."""
    frames = []
    for label, analysis in analyses.items():
        stated = analysis.statements[analysis.statements["target"].notna()]
        if stated.empty:
            continue
        net = stated.assign(value=stated["stance"].map(STANCE_VALUE).fillna(0)) \
            .groupby(["speaker", "target"])["value"].mean().rename(label)
        frames.append(net)
    if not frames:
        return pd.DataFrame(columns=["speaker", "target", *analyses, "spread"])
    table = pd.concat(frames, axis=1).reindex(columns=list(analyses))
    table["spread"] = table.max(axis=1) - table.min(axis=1)
    return table.reset_index().sort_values(["spread", "speaker"], ascending=[False, True], ignore_index=True)


_MEASURES = [("words", "Words"), ("paragraphs", "Paragraphs"), ("sentences", "Sentences"),
             ("tone", "Overall tone"), ("polarity", "TextBlob polarity"),
             ("subjectivity", "TextBlob subjectivity"), ("vader", "VADER compound"),
             ("tone_author", "Tone of the narration"), ("tone_attributed", "Tone of the quoted voices"),
             ("statements", "Attributed statements"), ("speakers", "Named speakers")]


def differences(analyses: Analyses) -> pd.DataFrame:
    """Key figures side by side: one row per measure, one column per article."""
    rows = []
    for key, label in _MEASURES:
        rows.append({"measure": label, **{name: a.summary.get(key) for name, a in analyses.items()}})
    rows.append({"measure": "Most mentioned entity",
                 **{name: (a.entities["name"].iloc[0] if len(a.entities) else None) for name, a in analyses.items()}})
    rows.append({"measure": "Most quoted speaker",
                 **{name: (a.statements["speaker"].value_counts().index[0] if len(a.statements) else None)
                    for name, a in analyses.items()}})
    return pd.DataFrame(rows, columns=["measure", *analyses])
