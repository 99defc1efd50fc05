"""Helpers for unit tests of the statement stages, on sentences written for them.

``article(*paragraphs)`` parses body paragraphs the way :func:`analysis.analyze` does (a
Document built with a neutral title, the real parse, the sentences table and the real entity
step) and returns an :class:`Article` from which each stage can be called on its own:
``EntityIndex``, ``SpeakerResolver`` over a fresh ``Discourse``, ``TargetFinder``,
``detect_cues`` and ``stance_of``. Nothing here decides what a statement is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pytest

from analysis.analyze import parse
from analysis.document import build_document
from analysis.entities import extract_entities
from analysis.pieces import Piece
from analysis.statements.actors import ActorNotes
from analysis.statements.detect import CueHit, detect_cues
from analysis.statements.discourse import Discourse
from analysis.statements.index import EntityIndex
from analysis.statements.lexicon import Lexicon, lexicon
from analysis.statements.polarity import Stance, stance_of
from analysis.statements.quotes import Quote, quote_spans
from analysis.statements.speakers import Speaker, SpeakerResolver
from analysis.statements.targets import Target, TargetFinder
from analysis.tables import sentence_table
from tests.casebook import norm

TITLE = "Test article"


def same_name(expected: str | None, predicted: str | None) -> bool:
    """Equal normalised names, or one a word-suffix of the other ("Berg" and "Anna Berg");
    None matches only None."""
    if expected is None or predicted is None:
        return expected is None and predicted is None
    a, b = norm(expected).split(), norm(predicted).split()
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_[-len(short):] == short


@dataclass
class Article:
    """A parsed article and its stages, ready to be called one at a time."""

    title: str
    texts: dict[int, str]
    pieces: list[Piece]
    sentences: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    lex: Lexicon = field(default_factory=lexicon)

    def __post_init__(self) -> None:
        self.index = EntityIndex(self.mentions, self.entities)
        self.reset()

    def reset(self) -> None:
        """A fresh Discourse (and the resolver and finder over it), as at the article's start."""
        self.discourse = Discourse()
        self.resolver = SpeakerResolver(index=self.index, discourse=self.discourse, lex=self.lex,
                                        texts=self.texts)
        self.finder = TargetFinder(resolver=self.resolver, lex=self.lex, texts=self.texts)
        self.actors = ActorNotes(index=self.index, discourse=self.discourse, lex=self.lex)

    # -- pieces and quotes -----------------------------------------------------------------------

    def piece(self, paragraph: int = 1) -> Piece:
        return next(p for p in self.pieces if p.paragraph == paragraph)

    def quotes(self, paragraph: int = 1) -> list[Quote]:
        piece = self.piece(paragraph)
        return [Quote(piece.offset + s, piece.offset + e) for s, e in quote_spans(piece.doc.text)]

    def token(self, word: str, paragraph: int = 1, nth: int = 0):
        """The nth token of a paragraph whose text is ``word``."""
        found = [t for t in self.piece(paragraph).doc if t.text == word]
        return found[nth]

    # -- stages ----------------------------------------------------------------------------------

    def cues(self, paragraph: int = 1) -> list[CueHit]:
        piece = self.piece(paragraph)
        return detect_cues(piece, text=self.texts[paragraph], quotes=self.quotes(paragraph), lex=self.lex)

    def cue_texts(self, paragraph: int = 1) -> list[str]:
        return [h.text.lower() for h in self.cues(paragraph)]

    def cue(self, word: str, paragraph: int = 1) -> CueHit | None:
        """The cue whose token is ``word`` (its first word, any case), if detected."""
        word = word.lower()
        return next((h for h in self.cues(paragraph) if h.token.lower_ == word), None)

    def run(self) -> list[tuple[CueHit, list[Speaker]]]:
        """Each cue with its speakers, in reading order (see :meth:`statements`)."""
        out: dict[int, tuple[CueHit, list[Speaker]]] = {}
        for hit, speaker, _, _ in self.statements(with_unresolved=True):
            out.setdefault(id(hit), (hit, []))[1].extend([speaker] if speaker is not None else [])
        return list(out.values())

    def statements(self, *, with_unresolved: bool = False):
        """The driver's loop (groups and actors noted, cues detected, each speaker resolved, its target and
        stance found, then the speaker written to the discourse), one (hit, speaker, target,
        stance) per cue and speaker; with ``with_unresolved`` a cue without a speaker gives
        (hit, None, None, None)."""
        self.reset()
        rows = []
        for piece in self.pieces:
            self.resolver.note_groups(piece)
            self.actors.note(piece)
            for hit in detect_cues(piece, text=self.texts[piece.paragraph],
                                   quotes=self.quotes(piece.paragraph), lex=self.lex):
                speakers = self.resolver.resolve(piece, hit.speaker_head)
                if not speakers and with_unresolved:
                    rows.append((hit, None, None, None))
                for speaker in speakers:
                    target = self.finder.find(hit, speakers={speaker.name})
                    stance = stance_of(hit, target, actions=self.finder.action_tokens(hit), lex=self.lex)
                    rows.append((hit, speaker, target, stance))
                    self.resolver.remember(piece, hit.speaker_head, speaker)
        return rows

    def speakers_of(self, word: str, paragraph: int | None = None) -> list[Speaker]:
        """Speakers of the (last) cue whose token is ``word``, after the loop over the article."""
        word = word.lower()
        found = [s for h, s in self.run() if h.token.lower_ == word
                 and (paragraph is None or h.piece.paragraph == paragraph)]
        assert found, f"no cue {word!r} detected"
        return found[-1]

    def statement(self, word: str, paragraph: int | None = None) -> tuple[CueHit, Speaker, Target, Stance]:
        """The (last) statement whose cue token is ``word``: hit, speaker, target, stance as the
        driver computes them (its first speaker when it has several)."""
        word = word.lower()
        found = [row for row in self.statements() if row[0].token.lower_ == word
                 and (paragraph is None or row[0].piece.paragraph == paragraph)]
        assert found, f"no cue {word!r} with a speaker"
        last = [row for row in found if row[0] is found[-1][0]]
        return last[0]


def build_article(nlp, paragraphs: tuple[str, ...], title: str = TITLE) -> Article:
    text = title + "\n\n" + "\n\n".join(paragraphs)
    document = build_document(text, title=title)
    pieces = parse(document, nlp=nlp)
    texts = {p.index: p.text for p in document.paragraphs}
    sentences = sentence_table(pieces, texts=texts)
    entities, mentions = extract_entities(pieces, texts={0: document.title or ""} | texts, sentences=sentences)
    return Article(document.title or "", texts, pieces, sentences, entities, mentions)


@pytest.fixture
def article(nlp):
    """``article(paragraph, ...)`` -> a parsed :class:`Article` with a neutral title."""
    def make(*paragraphs: str) -> Article:
        return build_article(nlp, paragraphs)
    return make


@pytest.fixture
def parsed(nlp):
    """``parsed(text)`` -> (piece, text) for one paragraph, parsed with the pipeline (no entities)."""
    def make(text: str):
        return Piece(1, 0, nlp(text)), text
    return make
