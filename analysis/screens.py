"""What each page draws from an analysis, computed in one call per page and set of options: the
derived frames, the figures and the article's HTML, so the page only renders them and can keep
them between reruns (:func:`ui.memo.memo` keeps a screen per analysis and options).

A screen is read-only once made, except for the article view's pages of HTML, made the first time
each page of a long article is asked for (:meth:`Article.blocks`), and the Entities page's charts,
each made the first time it is drawn (:class:`EntityScreen`). No streamlit here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from analysis import Analysis, bins, charts, findings, views
from analysis.markup import (
    article_html,
    marks_by_paragraph,
    paragraphs_html,
    sentence_html,
)


@dataclass
class Article:
    """The article view, one page of paragraphs at a time (:data:`analysis.bins.ARTICLE_PAGE`):
    with tone margins (the Overview's) or without (the Stance page's, marking ``statements``)."""

    analysis: Analysis
    statements: pd.DataFrame
    tone: bool
    _pages: dict[tuple[int, int], list[str]] = field(default_factory=dict, repr=False)

    @property
    def paragraphs(self) -> int:
        """How many paragraphs the article has."""
        return len(self.analysis.paragraphs)

    def blocks(self, first: int = 1, last: int | None = None) -> list[str]:
        """One HTML block per paragraph numbered ``first`` to ``last`` (inclusive; every one when
        not given), made once per range."""
        last = self.paragraphs if last is None else last
        if (first, last) not in self._pages:
            a = self.analysis
            paragraphs = bins.within(a.paragraphs, first, last, column="index")
            sentences, mentions = bins.within(a.sentences, first, last), bins.within(a.mentions, first, last)
            statements = bins.within(self.statements, first, last)
            self._pages[(first, last)] = (
                article_html(paragraphs, sentences, statements, mentions) if self.tone
                else paragraphs_html(paragraphs, marks_by_paragraph(sentences, statements, mentions)))
        return self._pages[(first, last)]


@dataclass(frozen=True)
class OverviewScreen:
    speakers: pd.DataFrame
    entities: pd.DataFrame
    sentence: str
    sparkline: go.Figure
    tone: pd.DataFrame
    speaker_table: pd.DataFrame
    entity_table: pd.DataFrame
    article: Article


def overview(analysis: Analysis) -> OverviewScreen:
    """The Overview's findings, sparkline, tone figures and tables, and its article view."""
    speakers = findings.top_speakers(analysis.statements)
    entities = findings.top_entities(analysis.entities, analysis.mentions)
    return OverviewScreen(
        speakers=speakers, entities=entities,
        sentence=findings.findings_sentence(speakers, entities, statements=len(analysis.statements)),
        sparkline=charts.figure_sentence_tone(analysis.sentences, compact=True),
        tone=findings.tone_figures(analysis.sentences, analysis.summary),
        speaker_table=findings.speaker_table(speakers) if len(speakers) else speakers,
        entity_table=findings.entity_table(entities) if len(entities) else entities,
        article=Article(analysis, analysis.statements, tone=True))


def sentiment_paragraphs(analysis: Analysis, show_vader: bool, show_tone: bool) -> go.Figure:
    """The Sentiment page's chart of paragraphs (windows of them for a long article)."""
    return charts.figure_paragraph_sentiment(analysis.paragraphs, show_vader=show_vader, show_tone=show_tone)


def sentiment_sentences(analysis: Analysis, by_voice: bool) -> go.Figure:
    """The Sentiment page's chart of sentences: by voice, or along the article with dividers."""
    return (charts.figure_voice_tone(analysis.sentences) if by_voice
            else charts.figure_sentence_tone(analysis.sentences))


def paragraph_table(analysis: Analysis) -> pd.DataFrame:
    """The Sentiment page's table of paragraphs (the download's columns)."""
    return analysis.table("paragraphs")


def sentence_table(analysis: Analysis) -> pd.DataFrame:
    """The Sentiment page's table of sentences, without the character offsets (in the CSV only)."""
    return analysis.sentences.drop(columns=["start", "end"])


@dataclass(frozen=True)
class EntityScreen:
    """The Entities page for one set of filters: the entities shown and their table now, each
    chart the first time it is asked for (the page draws one chart at a time, so a visit makes
    one figure, not four)."""

    analysis: Analysis
    shown: pd.DataFrame
    table: pd.DataFrame

    @cached_property
    def mentions_figure(self) -> go.Figure:
        """Mentions per entity shown."""
        return charts.figure_entity_mentions(self.shown)

    @cached_property
    def tone_figure(self) -> go.Figure:
        """Tone of the sentences mentioning each entity shown."""
        return charts.figure_entity_tone(self.shown)

    @cached_property
    def presence_figure(self) -> go.Figure:
        """Where in the article each entity shown appears."""
        a = self.analysis
        return charts.figure_presence(views.presence_matrix(
            a.mentions, names=self.shown["name"].tolist(), n_paragraphs=len(a.paragraphs)))

    @cached_property
    def cooccurrence_figure(self) -> go.Figure:
        """Sentences mentioning two entities shown."""
        return charts.figure_cooccurrence(views.cooccurrence(self.analysis.mentions, names=self.shown["name"].tolist()))


def entity_screen(analysis: Analysis, types: tuple[str, ...], top_n: int) -> EntityScreen:
    """The Entities page's charts (each made when first drawn) and table for the chosen types and top-N."""
    shown = views.top_entities(analysis.entities, types=list(types), top_n=top_n)
    return EntityScreen(analysis=analysis, shown=shown, table=views.entity_table(shown))


#: Sentences mentioning an entity drawn at most (one element each).
ENTITY_SENTENCES = 100


def entity_sentences(analysis: Analysis, name: str) -> tuple[int, list[str]]:
    """How many sentences mention an entity, and the HTML of the first :data:`ENTITY_SENTENCES`
    of them (the mention highlighted)."""
    rows = views.entity_sentences(analysis.sentences, analysis.mentions, name=name, title=analysis.title)
    return len(rows), [sentence_html(row.text, row.spans, paragraph=row.paragraph, tone=row.tone)
                       for row in rows.head(ENTITY_SENTENCES).itertuples()]


def stance_speakers(analysis: Analysis) -> list[str]:
    """Every speaker of the article, most statements first (the Stance page's speaker filter)."""
    return views.speaker_summary(analysis.statements)["speaker"].tolist()


@dataclass(frozen=True)
class StanceScreen:
    shown: pd.DataFrame
    table: pd.DataFrame
    counts: pd.DataFrame
    cells: list[tuple[str, str]]
    figure: go.Figure
    cards: pd.DataFrame
    article: Article


def stance_screen(analysis: Analysis, filters: dict[str, Any]) -> StanceScreen:
    """The Stance page for a set of filters (the keywords of :func:`analysis.views.filter_statements`):
    the statements shown and their table, the matrix and its figure, the speaker cards, the
    article with those statements marked."""
    statements = views.with_speaker_basis(analysis.statements, analysis.entities)
    shown = views.filter_statements(statements, **filters)
    counts, net = views.stance_matrix(shown)
    figure = charts.figure_stance_matrix(counts, net, breakdown=views.stance_breakdown(shown))
    return StanceScreen(shown=shown, table=views.statement_table(shown), counts=counts,
                        cells=views.matrix_cells(counts) if not counts.empty else [], figure=figure,
                        cards=views.speaker_summary(shown), article=Article(analysis, shown, tone=False))


_CARD = ("border: 1px solid rgba(128, 128, 128, 0.3); border-radius: 0.5rem; padding: 0.6rem 0.8rem; "
         "line-height: 1.45; overflow-wrap: anywhere")
_SMALL = "font-size: 0.85em; opacity: 0.75"


def speaker_cards_html(cards: pd.DataFrame) -> str:
    """The Stance page's speaker cards (:func:`analysis.views.speaker_summary`) as one HTML block,
    three to a row: one element for the browser to draw rather than six per card. Every name,
    target and cue from the article is escaped."""
    def card(row) -> str:
        name = html.escape(str(row.speaker)) + (" <i>(unnamed)</i>" if row.unnamed else "")
        targets = ", ".join(map(str, row.targets)) or "-"
        return (f'<div class="np-card" style="{_CARD}"><b>{name}</b><br>'
                f'<span style="{_SMALL}">{row.statements} statement(s): {row.direct} direct, {row.indirect} '
                f"indirect, {row.position} positions · first in ¶{row.first_paragraph}</span><br>"
                f"support {row.support} · oppose {row.oppose} · neutral {row.neutral}<br>"
                f"targets: {html.escape(targets)}<br>cue words: {html.escape(', '.join(map(str, row.cues)))}</div>")

    return ('<div class="np-cards" style="display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); '
            f'gap: 0.8rem">{"".join(card(row) for row in cards.itertuples())}</div>')
