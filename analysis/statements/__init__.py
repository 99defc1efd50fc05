"""Attributed statements: who says what about whom, with the sentence that shows it.

A statement is a position attributed to an actor (rules: ``../shared/eval/README.md``): a direct
quote, indirect speech, or an explicit position by word or act, nominal forms included; one per
cue and per named speaker. The work is done in stages, each a module with its rule in its
docstring:

:mod:`~analysis.statements.lexicon` (cue words as data) -> :mod:`~analysis.statements.detect`
(cues in a parsed paragraph) -> :mod:`~analysis.statements.speakers` (the speaker phrase
resolved, through an explicit :class:`~analysis.statements.discourse.Discourse`) ->
:mod:`~analysis.statements.targets` -> :mod:`~analysis.statements.polarity`; before the cues of
a paragraph are read, :mod:`~analysis.statements.actors` notes who did what in it (for the
context of later targets and speakers), and before the first paragraph
:mod:`~analysis.statements.culprits` reads the whole article for the people it names as the
authors of its attack; an act of backing a paper takes the paper's own position
(:mod:`~analysis.statements.backing`). This module only runs them and builds the frame.

Columns (:data:`STATEMENT_COLUMNS`): paragraph, sentence (index in the sentences table),
speaker (canonical entity, or the phrase for an unnamed source), speaker_text, cue, target,
target_text, stance (support/oppose/neutral), kind (direct/indirect/position), evidence (the
sentence, or the sentences a quotation spans), content (the quotation or the reported words),
unnamed, confidence, stance_basis (how the stance was found: "rules" read it from the cue, the
requested act, a label or evaluation aimed at the target, a plain report or a denial; "default"
is neutral for want of evidence; corrections add "reader"). A learned side for the defaults was
measured and is not used (``bench/stance_sides.py``).
``speaker_text``, ``target_text`` and ``content`` are the paragraph's own characters (substrings
of its text).

``confidence`` (0.1..1.0) says how far the row can be trusted, from how each part was found.
It starts at 1.0 and drops by 0.25 when the speaker came from a pronoun, role or description,
0.3 when from a group, 0.15 when the name was found inside the speaker phrase rather than at
its head ("the Kell-based union" -> Kell); by 0.1 when the target came from a pronoun,
description or the addressee asked to restrain itself, 0.15 when from context (the author of
an unnamed attack, decision or thing) or shared with the cue a participle elaborates; by 0.25 when the stance is neutral for want of
evidence, 0.1 for a stance read from a label or from evaluation in reported speech. Unnamed
sources are capped at 0.4. On the development articles statements under 0.6 are right
(speaker, stance and target) about a fifth of the time, those of 0.95 and over more than half
(``python -m bench.confidence``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.pieces import Piece, SentenceLocator
from analysis.statements.actors import ActorNotes
from analysis.statements.backing import carried
from analysis.statements.culprits import name_culprits
from analysis.statements.detect import CueHit, detect_cues
from analysis.statements.discourse import Discourse
from analysis.statements.grammar import span_text
from analysis.statements.index import EntityIndex
from analysis.statements.lexicon import lexicon as load_lexicon
from analysis.statements.polarity import Stance, stance_of
from analysis.statements.quotes import Quote, is_speech_quote, quote_spans
from analysis.statements.speakers import Speaker, SpeakerResolver
from analysis.statements.targets import Target, TargetFinder

STATEMENT_COLUMNS = ["paragraph", "sentence", "speaker", "speaker_text", "cue", "target",
                     "target_text", "stance", "kind", "evidence", "content", "unnamed",
                     "confidence", "stance_basis"]

__all__ = ["STATEMENT_COLUMNS", "attributed_sentences", "extract_statements", "stance_basis"]


def extract_statements(pieces: Sequence[Piece], *, mentions: pd.DataFrame, entities: pd.DataFrame,
                       sentences: pd.DataFrame, texts: dict[int, str] | None = None) -> pd.DataFrame:
    """Every attributed statement of an article, one row per cue and speaker (STATEMENT_COLUMNS).

    ``pieces`` are the parsed paragraphs (the title, paragraph 0, is skipped); ``texts`` the
    paragraphs' normalised texts by index (rebuilt from the pieces when not given).
    """
    body = [p for p in pieces if p.paragraph > 0]
    texts = texts if texts is not None else _texts_of(body)
    lex = load_lexicon()
    index = EntityIndex(mentions, entities)
    discourse = Discourse(culprits=name_culprits(body, index))
    resolver = SpeakerResolver(index=index, discourse=discourse, lex=lex, texts=texts)
    actors = ActorNotes(index=index, discourse=discourse, lex=lex)
    finder = TargetFinder(resolver=resolver, lex=lex, texts=texts)
    locate = SentenceLocator(sentences)
    sentence_text = dict(zip(sentences["index"], sentences["text"]))
    rows, seen = [], set()
    for piece in body:  # acts and their authors first: the lede may name an act told below
        finder.note(piece)
    for piece in body:
        resolver.note_groups(piece)
        actors.note(piece)
        text = texts[piece.paragraph]
        quotes = [Quote(piece.offset + s, piece.offset + e) for s, e in quote_spans(piece.doc.text)]
        for hit in detect_cues(piece, text=text, quotes=quotes, lex=lex):
            position = carried(hit, lex=lex) or hit  # "seconded a motion calling for ...": the motion's
            actions = finder.action_tokens(position)
            for speaker in resolver.resolve(piece, hit.speaker_head):
                key = (piece.paragraph, piece.offset + hit.token.idx, speaker.name)
                if key in seen:
                    continue
                seen.add(key)
                target = finder.find(position, speakers={speaker.name}, actions=actions)
                stance = stance_of(position, target, actions=actions, lex=lex)
                target = finder.neutral_scope(target, stance.value)
                rows.append(_row(hit, speaker, target, stance, text=text, locate=locate,
                                 sentence_text=sentence_text))
                resolver.remember(piece, hit.speaker_head, speaker)
    return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)


def _texts_of(pieces: Sequence[Piece]) -> dict[int, str]:
    texts: dict[int, str] = {}
    for piece in pieces:
        texts[piece.paragraph] = texts.get(piece.paragraph, "").ljust(piece.offset) + piece.doc.text
    return texts


def _row(hit: CueHit, speaker: Speaker, target: Target, stance: Stance, *, text: str,
         locate: SentenceLocator, sentence_text: dict[int, str]) -> dict:
    piece = hit.piece
    quote = hit.quote
    if quote is not None and hit.family in ("speech", "label", "judgement") and not hit.nominal:
        kind = "direct"
    elif hit.family in ("speech", "report") or any(c.dep_ == "ccomp" for c in hit.token.children):
        kind = "indirect"
    else:
        kind = "position"
    sentence = locate(piece.paragraph, piece.offset + hit.token.idx)
    evidence = sentence_text.get(sentence, "")
    if quote is not None:
        first = locate(piece.paragraph, quote.start)
        last = locate(piece.paragraph, max(quote.start, quote.end - 1))
        span = range(min(first, sentence), max(last, sentence) + 1)
        evidence = " ".join(sentence_text[i] for i in span if i in sentence_text)
    if quote is not None and kind == "direct":
        content = text[quote.start:quote.end].strip()
    else:
        content = span_text(hit.content, text=text, offset=piece.offset)[:300]
    return {
        "paragraph": piece.paragraph, "sentence": sentence, "speaker": speaker.name,
        "speaker_text": speaker.text, "cue": hit.text, "target": target.name,
        "target_text": target.text, "stance": stance.value, "kind": kind, "evidence": evidence,
        "content": content, "unnamed": speaker.unnamed,
        "confidence": confidence(speaker, target, stance, family=hit.family),
        "stance_basis": stance_basis(stance),
    }


def stance_basis(stance: Stance) -> str:
    """How a stance was found: "default" or "rules" (see the module docstring)."""
    return "default" if stance.default else "rules"


def confidence(speaker: Speaker, target: Target, stance: Stance, *, family: str) -> float:
    """How far to trust a statement (scale in the module docstring)."""
    score = 1.0
    if speaker.group:
        score -= 0.3
    elif speaker.indirect:
        score -= 0.25
    elif speaker.loose:
        score -= 0.15
    if target.how.endswith("reference") or target.how in ("restrained", "described"):
        score -= 0.1
    elif target.how in ("context", "act-author", "own-decision", "shared"):
        score -= 0.15
    if stance.default:
        score -= 0.25
    elif family in ("label", "speech") and stance.value != "neutral":
        score -= 0.1
    if speaker.unnamed:
        score = min(score, 0.4)
    return round(max(0.1, score), 2)


def attributed_sentences(pieces: Sequence[Piece], statements: pd.DataFrame,
                         sentences: pd.DataFrame) -> set[int]:
    """Sentence indices in someone else's voice: holding a statement's cue or a direct quote."""
    attributed = set(statements["sentence"])
    locate = SentenceLocator(sentences)
    for piece in pieces:
        text = piece.doc.text
        for s, e in quote_spans(text):
            if is_speech_quote(text[s:e]):
                first = locate(piece.paragraph, piece.offset + s)
                last = locate(piece.paragraph, piece.offset + max(s, e - 1))
                attributed.update(range(first, last + 1))
    return attributed
