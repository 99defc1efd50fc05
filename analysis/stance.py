"""Attributed statements: who says what about whom, with the sentence that shows it.

A statement is a position attributed to an actor (the rules are those of
``../shared/eval/README.md``): a direct quote, indirect speech ("X said that",
"according to X", "X denied"), or an explicit position by word or act ("X
condemned", "urged", "praised", "expelled ambassadors"), nominal forms
included ("Khamenei's call for", "the branding of ... as"). One statement per
cue, and per named subject when a cue has several. Cue words and their
stances are listed in :mod:`analysis.cues`.

How each field is found:

speaker
    The cue's grammatical subject, found by climbing from the cue through
    clauses that share it (conj, advcl, xcomp, relative and infinitive
    clauses: "became the first leader to condemn"; a cue the parser hung on a
    reported clause, "X said A had risen and accused B", continues X's
    sentence); the agent of a passive ("as suggested by X"); the subject of
    "was quoted as saying"; the possessor of a nominal cue ("His calls"), or
    the subject of its light verb ("voiced support"). Resolution, in order:
    a person the phrase hangs from ("Ilunga, a spokesman for the ministry,
    who condemned"); the phrase's own name ("news agency TASS"); a named
    appositive ("the ambassador, Nikolai Lebedev"); a place phrase of an
    unnamed source stays unnamed ("officials in Kyiv"); an entity named in
    the phrase (a person first: "nations across the Arab world" -> Arab); a
    pronoun (he/she -> the last person, a recent grammatical subject first;
    they/it -> the last organisation, group or country); a role the article
    gave someone ("the Supreme Leader"); a description ("the ministry", "the
    country", "the union") -> the last speaker introduced with that noun, else
    the last entity whose name or role has it, else the last speaker or
    entity of a fitting type; a description with an owner resolves through
    the owner ("the country's foreign ministry"). A nominal cue with no agent
    belongs to the paragraph's last speaker. Anything else is an *unnamed*
    source ("officials said"), kept and marked ``unnamed``.
target
    The entity the position is about: the one the requested or judged
    action is aimed at ("sanctions on X", "sever ties with X"), else the
    entity in a quote (in object position first), else the entity in the
    cue's object ("condemned Israel's retaliation"; "praised the regulator"
    and "criticised him" resolved like speakers), else the first entity in
    the content. Left out: the speaker, the addressee of a request or of
    "told", the actor of a requested action ("an Islamic embargo"), the
    victim of an attack ("the attack on the embassy"), where and when it was
    said. A stance-taking statement without a target inherits the target of
    the same speaker's previous one. Denials have none.
stance
    From the cue (condemn -> oppose, praise -> support), from the requested
    action for requests (sever ties -> oppose; a call for something no one
    is named in, "a ceasefire", supports it), from what something is called
    for labelling cues ("called it horrific" -> oppose), and from the tone of
    the reported content for speech verbs: quoted words and strong judgements
    take a stance even without a target, a mild report about no one is
    neutral. Denials and reports ("according to", "X reported") are neutral.
kind
    direct (a quote), indirect (reported speech), position (act or judgement).
unnamed, confidence
    ``unnamed`` marks sources that are not a named entity; ``confidence``
    (0..1) drops when the speaker came from a pronoun or the paragraph's last
    speaker, when the target was inherited, and when the stance came from tone.

Not statements: cues inside a direct quote (they are the quoted person's
words), negated cues and cues under "avoid", "fail", "refrain"... (failures to
act), speech verbs without reported content ("declared war").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Token

from analysis import cues
from analysis.pieces import Piece, SentenceLocator
from analysis.sentiment import tone_of_passage

STATEMENT_COLUMNS = ["paragraph", "sentence", "speaker", "speaker_text", "cue", "target",
                     "target_text", "stance", "kind", "evidence", "content", "unnamed",
                     "confidence"]
_MALE_FEMALE = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_NEUTER = {"it", "its", "itself"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
_QUOTED_AS = {"quote", "cite", "report", "hear", "see"}
#: Every verb lemma that can be a cue (built once: it is checked for many tokens).
_CUE_LEMMAS = frozenset(cues.POSITION) | cues.SPEECH | cues.CLAUSAL_SPEECH | cues.LABELLING | cues.REQUEST
_CLIMB_DEPS = {"conj", "xcomp", "advcl", "relcl", "acl", "pcomp", "attr", "prep", "pobj", "acomp"}
_QUOTE_MIN_WORDS = 3


def is_speech_quote(text: str) -> bool:
    """Reported words rather than a scare-quoted term: three words or more, or a short quote
    ending in punctuation ("We condemn it,"); "success" or "latest achievements" are cited terms."""
    return len(text.split()) >= _QUOTE_MIN_WORDS or bool(re.search(r"[,.!?]\s*$", text))
TONE_STANCE_THRESHOLD = 0.15
STRONG_TONE = 0.4
_QUOTE_REACH = 200  # characters between a quote and its cue, at most (a long subject fits)
LABEL_STANCE_THRESHOLD = 0.05


@dataclass(frozen=True)
class Speaker:
    name: str
    text: str
    unnamed: bool = False
    indirect: bool = False  # resolved through a pronoun, description or the last speaker


class _MentionIndex:
    """Entity mentions by paragraph, and in reading order, for looking back (bisect, not scans)."""

    def __init__(self, by_paragraph: dict[int, list[tuple[int, int, str, str]]],
                 ordered: list[tuple[int, int, str, str]], roles: dict[str, str],
                 subjects: set[tuple[int, int]]) -> None:
        self.by_paragraph = {p: sorted(rows) for p, rows in by_paragraph.items()}
        self._starts = {p: [r[0] for r in rows] for p, rows in self.by_paragraph.items()}
        self._longest = {p: max((r[1] - r[0] for r in rows), default=0) for p, rows in self.by_paragraph.items()}
        self.ordered = ordered
        self._keys = [(p, s) for p, s, _, _ in ordered]
        self.roles = roles
        self.subjects = subjects
        self.role_words: dict[str, set[str]] = {}  # entity -> words of its roles ("regulator")
        for role, name in roles.items():
            self.role_words.setdefault(name, set()).update(role.lower().split())

    def at(self, paragraph: int, start: int, end: int) -> tuple[str, str] | None:
        """The mention overlapping [start, end), if any."""
        rows = self.by_paragraph.get(paragraph)
        if not rows:
            return None
        starts = self._starts[paragraph]
        i = bisect.bisect_left(starts, start - self._longest[paragraph])
        while i < len(rows) and rows[i][0] < end:
            s, e, name, kind = rows[i]
            if s < end and start < e:
                return name, kind
            i += 1
        return None

    def last_named(self, paragraph: int, offset: int, word: str) -> str | None:
        """The last entity before a position whose name has this word ("the union" -> the Rail
        and Freight Workers' Union; "the ministry" -> Ministry of Health)."""
        i = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        while i >= 0:
            name = self.ordered[i][2]
            if word in name.lower().replace("'", " ").split() or word in self.role_words.get(name, ()):
                return name
            i -= 1
        return None

    def last_before(self, paragraph: int, offset: int, types: Sequence[str], *,
                    window: int = 400) -> str | None:
        """The last entity of these types before a position; a grammatical subject within
        ``window`` characters before the last one is preferred (the topic outranks a passing name:
        "Canada summoned India's envoy. The country ..." -> Canada)."""
        i = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        last = None
        while i >= 0:
            p, s, name, kind = self.ordered[i]
            if kind in types:
                if last is None:
                    last = (p, s, name)
                if (p, s) in self.subjects:
                    return name
            if last is not None and (p != last[0] or last[1] - s > window):
                break
            i -= 1
        return last[2] if last else None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside straight double quotes; an unclosed quote runs to the end."""
    marks = [m.start() for m in re.finditer('"', text)]
    spans = []
    for i in range(0, len(marks), 2):
        start = marks[i] + 1
        end = marks[i + 1] if i + 1 < len(marks) else len(text)
        spans.append((start, end))
    return spans


class _Extractor:
    def __init__(self, pieces: Sequence[Piece], mentions: pd.DataFrame, entities: pd.DataFrame,
                 sentences: pd.DataFrame) -> None:
        self.pieces = [p for p in pieces if p.paragraph > 0]
        by_paragraph: dict[int, list] = {}
        ordered = []
        subjects = set()
        body = mentions[mentions["paragraph"] > 0]
        columns = [body[c].tolist() for c in ("paragraph", "start", "end", "entity", "type", "subject")]
        for paragraph, start, end, entity, kind, subject in zip(*columns):
            by_paragraph.setdefault(paragraph, []).append((start, end, entity, kind))
            ordered.append((paragraph, start, entity, kind))
            if subject:
                subjects.add((paragraph, start))
        ordered.sort()
        roles = {}
        for name, entity_roles, titles in zip(entities["name"].tolist(), entities["roles"].tolist(),
                                              entities["titles"].tolist()):
            for role in list(entity_roles) + list(titles):
                roles.setdefault(role.lower(), name)
        self.index = _MentionIndex(by_paragraph, ordered, roles, subjects)
        self.types = dict(zip(entities["name"], entities["type"]))
        self.locate = SentenceLocator(sentences)
        self.sentence_text = dict(zip(sentences["index"], sentences["text"]))
        self.rows: list[dict] = []
        self.seen: set[tuple] = set()
        self._texts = {id(p.doc): p.doc.text for p in self.pieces}  # Doc.text is rebuilt per call

    # --- helpers -------------------------------------------------------------------------------

    def _where(self, piece: Piece, token: Token) -> tuple[int, int]:
        return piece.paragraph, piece.offset + token.idx

    def _entity_of(self, piece: Piece, token: Token) -> tuple[str, str] | None:
        start = piece.offset + token.idx
        return self.index.at(piece.paragraph, start, start + len(token.text))

    def _entities_in(self, piece: Piece, tokens: Sequence[Token]) -> list[tuple[str, Token]]:
        found, names = [], set()
        for token in sorted(tokens, key=lambda t: t.i):
            hit = self._entity_of(piece, token)
            if hit and hit[0] not in names:
                names.add(hit[0])
                found.append((hit[0], token))
        return found

    def _in_quote(self, piece: Piece, token: Token, spans: list[tuple[int, int]]) -> bool:
        offset = piece.offset + token.idx
        return any(s <= offset < e for s, e in spans)

    @staticmethod
    def _phrase(token: Token, *, skip: set[str] = frozenset({"relcl", "appos", "acl", "punct", "conj", "cc"})) -> list[Token]:
        out = [token]
        for child in token.children:
            if child.dep_ not in skip:
                out.extend(_Extractor._phrase(child, skip=skip - {"conj", "cc"} | {"relcl", "appos"}))
        return out

    # --- speakers ------------------------------------------------------------------------------

    def _last_speaker(self, paragraph: int, types: Sequence[str] | None = None) -> str | None:
        for row in reversed(self.rows):
            if row["paragraph"] < paragraph - 1:
                break
            if row["unnamed"]:
                continue
            if types is None or self.types.get(row["speaker"]) in types:
                if types is None and row["paragraph"] != paragraph:
                    continue
                return row["speaker"]
        return None

    def _speaker_described(self, word: str, types: Sequence[str]) -> str | None:
        """The last named speaker introduced with this noun ("Russia's foreign ministry summoned
        ..." then "The ministry said" -> Russia); not a person quoted as its spokesman."""
        for row in reversed(self.rows[-20:]):
            if not row["unnamed"] and word in row["speaker_text"].lower().split() \
                    and (self.types.get(row["speaker"]) in types or self.types.get(row["speaker"]) != "PERSON"):
                return row["speaker"]
        return None

    def _person_above(self, piece: Piece, head: Token) -> str | None:
        """A person the phrase hangs from: up through of/for phrases, possessives and appositions."""
        token = head
        for _ in range(5):
            if token.dep_ not in ("pobj", "prep", "compound", "poss", "appos") or token.head.i == token.i:
                return None
            token = token.head
            hit = self._entity_of(piece, token)
            if hit and hit[1] == "PERSON":
                return hit[0]
        return None

    def resolve(self, piece: Piece, head: Token) -> list[Speaker]:
        """Speakers for a subject head: one per named conjunct, else one for the whole phrase."""
        if head.lower_ in ("they", "both"):
            group = self._conjoined_antecedents(piece, head)
            if group:  # "Australia and Japan signed a pact. They said ..." -> both
                return group
        conjuncts = [head, *head.conjuncts] if head.dep_ != "conj" else [head]
        resolved = [s for s in (self._resolve_one(piece, t) for t in conjuncts) if s is not None]
        named = [s for s in resolved if not s.unnamed]
        if named:
            unique = {s.name: s for s in named}
            return list(unique.values())
        return resolved[:1]

    def _conjoined_antecedents(self, piece: Piece, pronoun: Token) -> list[Speaker]:
        """The named subjects of the nearest earlier subject with conjuncts in this paragraph,
        when there are two or more and nothing else was a subject in between."""
        for token in reversed(piece.doc[:pronoun.i]):
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if not token.conjuncts:
                return []
            names = []
            for part in (token, *token.conjuncts):
                hit = self._entity_of(piece, part)
                if hit and hit[0] not in names:
                    names.append(hit[0])
            return [Speaker(n, pronoun.text, indirect=True) for n in names] if len(names) >= 2 else []
        return []

    def _resolve_one(self, piece: Piece, head: Token) -> Speaker | None:
        phrase = self._phrase(head)
        text = _text_of(phrase)
        for child in head.children:  # "Pfizer's chief executive, Albert Bourla, said"
            if child.dep_ == "appos":
                hit = self._entity_of(piece, child)
                if hit and hit[1] == "PERSON":
                    return Speaker(hit[0], text)
        entities = self._entities_in(piece, phrase)
        person = self._person_above(piece, head)
        if person:  # "Ilunga, a spokesman for Congo's Ministry of Health, who condemned": Ilunga
            return Speaker(person, text)
        own = self._entity_of(piece, head)
        if own is not None and head.pos_ == "PROPN":  # "Russian state news agency TASS": the head
            return Speaker(own[0], text)
        appositive = [n for n, t in self._entities_in(piece, [t for c in head.children if c.dep_ == "appos"
                                                            for t in c.subtree])
                      if self.types.get(n) == "PERSON"]
        if appositive:  # "the Russian ambassador to Norway, Nikolai Lebedev"
            return Speaker(appositive[0], text)
        if entities and head.lower_ in cues.UNNAMED_SOURCES and all(
                _locative(token, head) for _, token in entities):
            return Speaker(text, text, unnamed=True)  # "officials in Kyiv": where, not for whom
        if entities:
            people = [name for name, _ in entities if self.types.get(name) == "PERSON"]
            return Speaker(people[0] if people else entities[0][0], text)
        paragraph, offset = self._where(piece, head)
        lower = head.lower_
        if lower in _RELATIVE and head.head.head is not None:
            return self._resolve_one(piece, head.head.head) if head.head.dep_ == "relcl" else None
        if lower in _MALE_FEMALE:
            name = self.index.last_before(paragraph, offset, ("PERSON",))
            return Speaker(name, text, indirect=True) if name else None
        if lower in _PLURAL or lower in _NEUTER:
            types = ("ORG", "NORP", "GPE") if lower in _PLURAL else ("ORG", "GPE")
            name = self._last_speaker(paragraph, types) or self.index.last_before(paragraph, offset, types)
            return Speaker(name, text, indirect=True) if name else None
        role = self._role(phrase)
        if role:
            return Speaker(role, text, indirect=True)
        if head.dep_ == "appos":  # "Patrick Ilunga, a spokesman for the ministry, who ..."
            named = self._entity_of(piece, head.head)
            if named and named[1] == "PERSON":
                return Speaker(named[0], text, indirect=True)
        lemma = head.lemma_.lower()
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and (lemma in cues.DESCRIPTIONS or head.lower_ in cues.UNNAMED_SOURCES):
            resolved = self._resolve_one(piece, owner)  # "the country's foreign ministry said"
            if resolved is not None and not resolved.unnamed:
                return Speaker(resolved.name, text, indirect=True)
        determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
        if head.lemma_.lower() in cues.DESCRIPTIONS and determiners & {"the", "this", "that"}:
            types = cues.DESCRIPTIONS[head.lemma_.lower()]
            name = self._speaker_described(head.lower_, types) or self.index.last_named(paragraph, offset, head.lemma_.lower()) \
                or self._last_speaker(paragraph, types) or self.index.last_before(paragraph, offset, types)
            if name:
                return Speaker(name, text, indirect=True)
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            return Speaker(text, text, unnamed=True)
        return None

    def _role(self, phrase: list[Token]) -> str | None:
        words = [t.text.lower() for t in sorted(phrase, key=lambda t: t.i) if t.lower_ not in ("the", "a", "an")]
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                name = self.index.roles.get(" ".join(words[i:i + size]))
                if name:
                    return name
        return None

    def subject_of(self, cue: Token) -> tuple[Token | None, bool]:
        """(subject head, passive agent?) for a verb cue, climbing through clauses that share it."""
        token = cue
        for _ in range(5):
            for child in token.children:
                if child.dep_ in ("nsubj", "csubj"):
                    if child.lower_ in _RELATIVE and token.dep_ == "relcl":
                        return token.head, False
                    return child, False
                if child.dep_ == "agent":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0], True
            passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if passive is not None:
                if token is not cue and token.lemma_.lower() in _QUOTED_AS:
                    return passive, False  # "Biden was quoted as saying"
                return None, False
            if token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.head.children):
                return None, False  # object control ("urged X to condemn"): the request's content
            if token.dep_ in _CLIMB_DEPS and token.head.i != token.i:
                if token.dep_ == "conj" and token.i == cue.i and token.head.dep_ == "ccomp" \
                        and token.head.head.lemma_.lower() in cues.CLAUSAL_SPEECH | cues.SPEECH:
                    # "X said [A had risen] and accused B": the parser hangs the second verb on the
                    # reported clause; a cue there continues the speaker's sentence.
                    token = token.head.head
                    continue
                token = token.head
                continue
            break
        return None, False

    # --- targets -------------------------------------------------------------------------------

    def _content_tokens(self, cue: Token, *, exclude: set[int]) -> list[Token]:
        tokens = []
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "during", "after", "before", "since"):
                continue  # where and when it was said, not what about
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "aux", "auxpass", "neg", "punct",
                              "advmod", "mark", "cc", "conj", "poss", "det", "amod", "npadvmod"):
                continue
            if child.dep_ == "advcl" and child.lemma_.lower() in _CUE_LEMMAS:
                continue  # a cue of its own ("calling the attack horrific")
            tokens.extend(t for t in child.subtree if t.i not in exclude)
        return tokens

    def _action_target(self, piece: Piece, tokens: list[Token], actions: set[str],
                       skip: set[str]) -> str | None:
        """The entity a hostile or friendly action word in the content is aimed at."""
        for token in tokens:
            if token.lemma_.lower() not in actions and token.lower_ not in actions:
                continue
            for child in token.children:
                candidates = []
                if child.dep_ == "prep" and child.lower_ in ("on", "against", "with", "to", "of", "from"):
                    candidates = [t for t in child.subtree if t.dep_ in ("pobj", "poss", "compound", "amod")]
                elif child.dep_ == "dobj":
                    candidates = list(child.subtree)
                for name, _ in self._entities_in(piece, candidates):
                    if name not in skip:
                        return name
        return None

    @staticmethod
    def action_tokens(cue: Token, content: list[Token], family: str) -> list[Token]:
        """The requested action: the request's clause ("urged X to sever ties") or object ("call for
        an embargo"), with its own object; for other cues, hostile or friendly words in the content."""
        actions = cues.HOSTILE_ACTIONS | cues.FRIENDLY_ACTIONS
        if family == "request":
            heads = [c for c in cue.children if c.dep_ == "xcomp"
                     or (c.dep_ == "dobj" and c.lemma_.lower() in actions)]
            heads += [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ in ("pobj", "pcomp")]
            out = []
            for head in heads:
                out.append(head)
                out.extend(c for c in head.children if c.dep_ in ("dobj", "pobj", "amod"))
                out.extend(t for t in head.subtree if t.i != head.i and t.dep_ not in ("dobj", "pobj", "amod")
                           and (t.lemma_.lower() in actions or t.lower_ in actions))
            return out
        return [t for t in content if t.lemma_.lower() in actions or t.lower_ in actions]

    def _action_target(self, piece: Piece, actions: list[Token], skip: set[str]) -> str | None:
        """The entity an action is aimed at: "sanctions on X", "ties with X", "embargo to X"."""
        for token in actions:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("on", "against", "with", "to", "from", "of"):
                    candidates = [t for t in child.subtree if t.dep_ in ("pobj", "poss", "compound", "amod")]
                elif child.dep_ == "dobj" and token.pos_ == "VERB":
                    candidates = list(child.subtree)
                else:
                    continue
                for name, _ in self._entities_in(piece, candidates):
                    if name not in skip:
                        return name
        return None

    def _quote_target(self, piece: Piece, quote: tuple[int, int, str], skip: set[str]) -> str | None:
        """The entity a quote is about: one in object position first, then any."""
        quoted = [t for t in piece.doc if quote[0] <= piece.offset + t.idx < quote[1]]
        found = [(n, t) for n, t in self._entities_in(piece, quoted) if n not in skip]
        in_object = [n for n, t in found if any(a.dep_ in ("dobj", "pobj") for a in [t, *t.ancestors][:3])]
        return (in_object or [n for n, _ in found] or [None])[0]

    def find_target(self, piece: Piece, cue: Token, content: list[Token], *, speakers: set[str],
                    addressee: Token | None = None, family: str = "",
                    quote: tuple[int, int, str] | None = None) -> tuple[str | None, str]:
        skip = set(speakers)
        actions = self.action_tokens(cue, content, family)
        hostile_or_friendly = self._request_stance(actions) != "neutral"
        if family in ("request", "hostile") or (family in ("speech", "clausal") and hostile_or_friendly):
            addressee_name = self._entity_of(piece, addressee) if addressee is not None else None
            name = self._action_target(piece, actions, skip | ({addressee_name[0]} if addressee_name else set()))
            if name:
                return name, name
        if quote is not None:
            name = self._quote_target(piece, quote, skip)
            if name:
                return name, name
        excluded = set()
        if family == "request":
            for head in [addressee, *actions]:
                if head is not None:
                    excluded.update(t.i for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                                    for t in c.subtree)
        if addressee is not None:
            excluded.add(addressee.i)  # who is asked or told is not what the statement is about
        for token in content:  # "the attack on X": X is the victim, not the one judged
            if token.lemma_.lower() in cues.VIOLENCE_NOUNS:
                excluded.update(t.i for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                                for t in c.subtree)
        objects = [t for t in content if t.dep_ == "dobj" and t.head == cue]
        for obj in objects:
            phrase = [t for t in self._phrase(obj) if t.i not in excluded]
            for name, _ in self._entities_in(piece, phrase):
                if name not in skip:
                    return name, _text_of(phrase)
        for obj in objects:  # "praised the regulator", "welcomed the regulator's findings", "criticised him"
            for head in [obj, *(c for c in obj.children if c.dep_ == "poss")]:
                if head.i in excluded:
                    continue
                if head.lower_ in _MALE_FEMALE | _PLURAL | _NEUTER or head.lemma_.lower() in cues.DESCRIPTIONS:
                    resolved = self._resolve_one(piece, head)
                    if resolved is not None and not resolved.unnamed and resolved.name not in skip:
                        return resolved.name, _text_of(obj.subtree)
        relative = {t.i for t in content if t.dep_ in ("relcl", "acl") for t in t.subtree}
        kept = [t for t in content if t.i not in excluded and t.i not in relative]
        for name, _ in self._entities_in(piece, kept):
            if name not in skip:
                return name, name
        text = _text_of(objects[0].subtree) if objects else ""
        return None, text

    def _inherit_target(self, speaker: str) -> str | None:
        for row in reversed(self.rows):
            if row["speaker"] == speaker and row["target"] and row["stance"] != "neutral":
                return row["target"]
        return None

    # --- stance --------------------------------------------------------------------------------

    @staticmethod
    def _request_stance(content: list[Token]) -> str:
        lemmas = {t.lemma_.lower() for t in content} | {t.lower_ for t in content}
        if lemmas & cues.HOSTILE_ACTIONS:
            return "oppose"
        if lemmas & cues.FRIENDLY_ACTIONS:
            return "support"
        return "neutral"

    @staticmethod
    def _tone_stance(text: str, threshold: float) -> str:
        tone = tone_of_passage(text)
        if tone <= -threshold:
            return "oppose"
        if tone >= threshold:
            return "support"
        return "neutral"

    # --- the walk ------------------------------------------------------------------------------

    def run(self) -> pd.DataFrame:
        for piece in self.pieces:
            text = self._texts[id(piece.doc)]
            spans = [(piece.offset + s, piece.offset + e) for s, e in quote_spans(text)]
            long_quotes = [(s, e) for s, e in spans if is_speech_quote(text[s - piece.offset:e - piece.offset])]
            for token in piece.doc:
                if self._in_quote(piece, token, long_quotes) or token.is_punct:
                    continue
                self._consider(piece, token, spans)
        return pd.DataFrame(self.rows, columns=STATEMENT_COLUMNS)

    def _fails(self, token: Token) -> bool:
        """Negated ("did not condemn"), under a failure ("avoided criticising"), or inside a
        negated frame ("did not reach a consensus on imposing sanctions"): not a statement."""
        if any(c.dep_ == "neg" for c in token.children):
            return True
        head = token
        for level in range(3):
            if head.head.i == head.i:
                break
            head = head.head
            if head.lemma_.lower() in cues.FAILURE_HEADS:
                return True
            if level < 2 and head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in head.children) \
                    and token.dep_ not in ("conj", "advcl"):
                return True
        return False

    def _consider(self, piece: Piece, token: Token, spans: list[tuple[int, int]]) -> None:
        lemma = token.lemma_.lower()
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            self._according_to(piece, token)
            return
        if token.pos_ in ("VERB", "AUX") or (token.tag_.startswith("VB")):
            self._verb_cue(piece, token, lemma, spans)
        elif token.pos_ in ("NOUN", "PROPN") and lemma in cues.NOUN_CUES and not token.ent_type_:
            self._noun_cue(piece, token, lemma, spans)

    def _verb_cue(self, piece: Piece, token: Token, lemma: str, spans: list[tuple[int, int]]) -> None:
        # a preposition counts for a phrasal cue only with its object ("stood by X", not "stood by as")
        particles = {c.lower_ for c in token.children
                     if (c.dep_ == "prt" and c.lower_ == "out") or c.dep_ in ("dobj", "acomp")
                     or (c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children))}
        phrasal = next((PH for (v, p), PH in cues.PHRASAL.items() if v == lemma and p in particles), None)
        objects = [c for c in token.children if c.dep_ == "dobj"]
        quoted_in_object = any(
            any(s <= piece.offset + t.idx < e for t in obj.subtree) for obj in objects for s, e in spans)
        has_oprd = any(c.dep_ == "oprd" for c in token.children) or len(objects) >= 2 or \
            (lemma in cues.LABELLING and quoted_in_object) or \
            (lemma in ("brand", "label", "describe", "characterise", "characterize") and
             any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children))
        imposed = lemma == "impose" and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.HOSTILE_ACTIONS
                                            for c in token.children)
        if phrasal:
            family = phrasal
        elif imposed:
            family = "hostile"  # "imposed sanctions on X": a position taken by an act
        elif lemma in cues.NEUTRAL_SPEECH:
            family = "neutral"
        elif lemma in cues.LABELLING and has_oprd:
            family = "label"
        elif lemma in cues.REQUEST:
            family = "request"
        elif lemma in cues.POSITION:
            family = cues.POSITION[lemma]
        elif lemma in cues.SPEECH:
            family = "speech"
        elif lemma in cues.CLAUSAL_SPEECH:
            family = "clausal"
        else:
            return
        if self._fails(token):
            return
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in cues.REQUEST | {"call", "ask"}:
            return
        quote = self._attached_quote(piece, token, spans)
        if family == "clausal":
            reported = any(c.dep_ in ("ccomp", "parataxis") for c in token.children) or \
                token.dep_ in ("parataxis",) or quote is not None
            if not reported:
                return
        subject, _ = self.subject_of(token)
        if subject is None:
            return
        speakers = self.resolve(piece, subject)
        if not speakers:
            return
        addressee = next((c for c in token.children if c.dep_ in ("dobj", "dative")), None) \
            if family == "request" or lemma in cues.ADDRESSED else None
        if family == "request" and lemma == "call":
            on = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
            addressee = next((g for p in on for g in p.children if g.dep_ == "pobj"), None)
        content = self._content_tokens(token, exclude=set())
        if token.dep_ == "advcl" and family in ("speech", "clausal") \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children):
            own = {t.i for t in token.subtree}
            content = [t for t in token.head.subtree if t.i not in own]  # "as suggested by X"
        if family == "label" and quote is None:
            label_tokens = [t for c in token.children if c.dep_ in ("oprd", "prep") for t in c.subtree]
            if not label_tokens and len(objects) >= 2:  # "branded them heroes"
                label_tokens = list(objects[-1].subtree)
            if not label_tokens:  # 'called the decision "shameful"' parsed as a modifier
                label_tokens = [t for obj in objects for t in obj.subtree
                                if any(s <= piece.offset + t.idx < e for s, e in spans)]
            label_text = " ".join(t.text for t in label_tokens)
        else:
            label_text = quote[2] if quote else ""
        cue_text = token.text + ("" if not phrasal else " " + next(
            p for (v, p) in cues.PHRASAL if v == lemma and p in particles))
        for speaker in speakers:
            self._emit(piece, token, cue_text, family, speaker, content, quote=quote,
                       addressee=addressee, label_text=label_text)

    def _noun_cue(self, piece: Piece, token: Token, lemma: str, spans: list[tuple[int, int]]) -> None:
        family = cues.NOUN_CUES[lemma]
        preps = {c.lower_: c for c in token.children if c.dep_ == "prep"}
        if family == "request" and "for" not in preps and "on" not in preps:
            return
        if self._fails(token):
            return
        agent = next((c for c in token.children if c.dep_ == "poss"), None)
        if agent is None and "by" in preps:
            agent = next((g for g in preps["by"].children if g.dep_ == "pobj"), None)
        light = agent is None and token.dep_ == "dobj" and token.head.lemma_.lower() in cues.LIGHT_VERBS
        if light:  # "voiced support for Norway's position": the verb's subject holds the position
            agent, _ = self.subject_of(token.head)
        if agent is None and token.dep_ in ("dobj", "pobj", "nsubjpass") \
                and token.head.lemma_.lower() in _CUE_LEMMAS:
            return  # "rejected the accusations": the content of another cue, not a statement
        if agent is not None:
            speakers = self.resolve(piece, agent)
        elif lemma in cues.AGENT_ONLY_NOUNS:
            return
        else:
            last = self._last_speaker(piece.paragraph)
            if last is None:
                return
            speakers = [Speaker(last, "", indirect=True)]
        if not speakers:
            return
        content = [t for name, c in preps.items() if name != "by" for t in c.subtree]
        quote = self._attached_quote(piece, token, spans)
        label_text = ""
        if family == "label":
            label_text = quote[2] if quote else " ".join(t.text for t in preps["as"].subtree) if "as" in preps else ""
            if not label_text:
                label_text = self._next_quote_text(piece, token, spans)
        for speaker in speakers:
            self._emit(piece, token, token.text + (" for" if "for" in preps and family == "request" else ""),
                       family, speaker, content, quote=None, addressee=None, label_text=label_text,
                       nominal=True)

    def _next_quote_text(self, piece: Piece, token: Token, spans: list[tuple[int, int]]) -> str:
        start = piece.offset + token.idx
        sent_end = piece.offset + token.sent.end_char
        for s, e in spans:
            if start < s < sent_end:
                return self._texts[id(piece.doc)][s - piece.offset:e - piece.offset]
        return ""

    def _attached_quote(self, piece: Piece, token: Token, spans: list[tuple[int, int]]) -> tuple[int, int, str] | None:
        """The quote a cue introduces or follows: one ending just before the cue ("...," he said)
        or starting just after it (said: "..."), with at most a few words between."""
        text = self._texts[id(piece.doc)]
        cue_start = piece.offset + token.idx
        cue_end = cue_start + len(token.text)
        near = [(s, e) for s, e in spans if -_QUOTE_REACH < cue_start - e < _QUOTE_REACH
                or -_QUOTE_REACH < s - cue_end < _QUOTE_REACH]
        if not near:
            return None
        spans = near
        subject, _ = self.subject_of(token)
        subject_words = {w for t in subject.subtree for w in re.findall(r"[\w']+", t.lower_.strip("'"))} \
            if subject is not None else set()
        subject_words.add("s")
        for s, e in spans:
            if s <= cue_start < e:
                continue
            if e <= cue_start:  # '"...," he said' : only the subject may stand between
                between = text[e - piece.offset:cue_start - piece.offset]
                words = re.findall(r"\w+", between.lower())
                if not re.search(r"[.!?]", between) and all(w in subject_words for w in words):
                    return s, e, text[s - piece.offset:e - piece.offset]
            elif s >= cue_end:  # 'said: "..."', 'said that "..."'
                words = re.findall(r"[\w']+", text[cue_end - piece.offset:s - piece.offset].lower())
                if len(words) <= 3 and not set(words) - {"that", "on", "in", "to", "the", "told", "it"} - \
                        {w for w in words if w in subject_words}:
                    return s, e, text[s - piece.offset:e - piece.offset]
        return None

    def _according_to(self, piece: Piece, token: Token) -> None:
        to = next(c for c in token.children if c.lower_ == "to")
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            return
        speakers = self.resolve(piece, obj)
        content = [t for t in token.head.subtree if t.i not in {x.i for x in token.subtree}]
        for speaker in speakers:
            self._emit(piece, token, "according to", "neutral", speaker, content, quote=None,
                       addressee=None, label_text="")

    def _emit(self, piece: Piece, token: Token, cue_text: str, family: str, speaker: Speaker,
              content: list[Token], *, quote, addressee, label_text: str, nominal: bool = False) -> None:
        key = (piece.paragraph, piece.offset + token.idx, speaker.name)
        if key in self.seen:
            return
        self.seen.add(key)
        speaker_names = {speaker.name}
        target, target_text = self.find_target(piece, token, content, speakers=speaker_names,
                                               addressee=addressee, family=family, quote=quote)
        confidence = 0.9
        actions = self.action_tokens(token, content, family)
        if family in ("oppose", "support"):
            stance = family
        elif family == "hostile":
            stance = "oppose"
        elif family == "request" or (family == "speech" and self._request_stance(actions) != "neutral"):
            stance = self._request_stance(actions)
            if stance == "neutral" and family == "request" and target is None and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
                stance = "support"  # "called for a ceasefire": for what is called for (no one named)
        elif family == "label":
            stance = self._tone_stance(label_text, LABEL_STANCE_THRESHOLD) if label_text else "neutral"
            confidence -= 0.1
        elif token.lemma_.lower() in ("deny", "denial") or family == "neutral":
            stance = "neutral"
        else:
            reported = quote[2] if quote else " ".join(
                t.text for t in sorted(content, key=lambda t: t.i) if not t.ent_type_)
            stance = self._tone_stance(reported, TONE_STANCE_THRESHOLD) if reported else "neutral"
            if target is None and quote is None and abs(tone_of_passage(reported)) < STRONG_TONE:
                stance = "neutral"  # a mildly gloomy report about no one is not a position; quoted
                #                     words and strong judgements are, even without a target
            confidence -= 0.1
        if token.lemma_.lower() in ("deny", "denial"):
            target = None  # a denial is neutral and about the claim, not an entity
        if target is None and stance != "neutral" and not speaker.unnamed:
            target = self._inherit_target(speaker.name)
            if target:
                confidence -= 0.15
        if speaker.indirect:
            confidence -= 0.15
        if speaker.unnamed:
            confidence = min(confidence, 0.5)
        if quote is not None and family in ("clausal", "speech", "label", "oppose", "support"):
            kind = "direct"
        elif family in ("clausal", "speech", "neutral") or any(c.dep_ == "ccomp" for c in token.children):
            kind = "indirect"
        else:
            kind = "position"
        sentence = self.locate(piece.paragraph, piece.offset + token.idx)
        evidence = self.sentence_text.get(sentence, token.sent.text)
        if quote is not None and quote[0] < piece.offset + token.sent.start_char:
            first = self.locate(piece.paragraph, quote[0])
            evidence = " ".join(self.sentence_text[i] for i in range(first, sentence + 1) if i in self.sentence_text)
        content_text = quote[2] if quote is not None and kind == "direct" else \
            _text_of(content)[:300]
        self.rows.append({
            "paragraph": piece.paragraph, "sentence": sentence, "speaker": speaker.name,
            "speaker_text": speaker.text, "cue": cue_text, "target": target, "target_text": target_text,
            "stance": stance, "kind": kind, "evidence": evidence, "content": content_text,
            "unnamed": speaker.unnamed, "confidence": round(max(0.1, confidence), 2),
        })


def _locative(token: Token, head: Token) -> bool:
    """Whether a token sits in an "in"/"at" phrase below ``head`` ("workers at Volvo Cars in Sweden")."""
    while token.i != head.i and token.head.i != token.i:  # spaCy makes a new Token per access
        if token.dep_ == "prep":
            return token.lower_ in ("in", "at")
        token = token.head
    return False


def _text_of(tokens) -> str:
    """Tokens as written (their own spacing), in reading order."""
    return "".join(t.text_with_ws for t in sorted(set(tokens), key=lambda t: t.i)).strip()




def extract_statements(pieces: Sequence[Piece], *, mentions: pd.DataFrame, entities: pd.DataFrame,
                       sentences: pd.DataFrame) -> pd.DataFrame:
    """Every attributed statement in the article, one row per cue and speaker (STATEMENT_COLUMNS)."""
    return _Extractor(pieces, mentions, entities, sentences).run()


def attributed_sentences(pieces: Sequence[Piece], statements: pd.DataFrame,
                         sentences: pd.DataFrame) -> set[int]:
    """Sentence indices in someone else's voice: holding a statement's cue or a direct quote."""
    attributed = set(statements.loc[~statements["unnamed"], "sentence"]) | set(statements["sentence"])
    locate = SentenceLocator(sentences)
    for piece in pieces:
        text = piece.doc.text
        for s, e in quote_spans(text):
            if is_speech_quote(text[s:e]):
                first, last = locate(piece.paragraph, piece.offset + s), locate(piece.paragraph, piece.offset + max(s, e - 1))
                attributed.update(range(first, last + 1))
    return attributed

