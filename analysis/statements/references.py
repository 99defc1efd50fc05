"""Names, pronouns, titles and descriptions in a target position, resolved (a part of
:class:`~analysis.statements.targets.TargetFinder`, kept apart for size).

* an entity's own mention is its name; a pronoun, title, role or description is resolved
  (:meth:`ReferenceTargets._refer`: "him", "the governor", "the new director", "the
  statement" -> its issuer, "the attacker" -> the culprit);
* a definite description whose noun is a word of an entity's name ("the union", "the two
  unions", "the board") stands for the last such entity named, when not the speaker
  (:meth:`ReferenceTargets._named_description`);
* a definite plural noun that is a word of an organisation's name ("the teachers") stands for
  it (:meth:`ReferenceTargets._named_people`);
* "this country", "the nation" stand for the last state named, not a city named since
  (:meth:`ReferenceTargets._named_country`);
* "the strikers", "the protesters" stand for the organisation last told doing that act
  (:meth:`ReferenceTargets._acting_group`);
* "both candidates", "the two candidates" stand for a person named with that role
  (:meth:`ReferenceTargets._pair_with_role`);
* a definite works noun ("the dam", "the project") stands for the last entity named with one
  (:meth:`ReferenceTargets._named_work`);
* a target's words are the paragraph's own characters (:meth:`ReferenceTargets._text`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from analysis.entities.countries import place, place_of_name
from analysis.pieces import Piece
from analysis.statements.authors import CAMPAIGN_ACTS
from analysis.statements.culprits import CULPRIT_NOUNS
from analysis.statements.detect import CueHit
from analysis.statements.grammar import DOCUMENTS, MALE_FEMALE, NEUTER, PLURAL, span_text

#: Nouns that stand for a country told before ("this country", "the nation").
_COUNTRY_NOUNS = frozenset({"country", "nation"})

#: Reflexive objects: the clause's own subject ("distanced themselves from X").
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"})


class ReferenceTargets:
    """Reference rules of the target finder; the finder supplies ``resolver``, ``lex``,
    ``texts``, ``_speakers``, ``roles`` and the scope rules (``accused_it``, ``speaker_possessor``,
    ``_issuer``)."""

    def _name(self, hit: CueHit, token: Token) -> str | None:
        found = self.resolver.entity_of(hit.piece, token)
        return found.name if found else self._refer(hit, token)

    def _refer(self, hit: CueHit, head: Token, *, skip: frozenset[str] = frozenset(), bare: bool = False) -> str | None:
        """A pronoun, title, role or description in a target position, resolved ("him", "the
        governor", "the new director"); "it" for a thing is not resolved. An object pronoun is
        someone other than the speakers ("she was grateful to him"), inside a quotation the person
        last named rather than the last topic ('"I am with her"'); a possessive may be the speaker
        ("defended his decision"). Outside a quotation, he/she in reported words is the person
        last named before it ("X said Y was hurt; Z reported he had surgery" -> Y), none when that
        is the speaker ("X said he would resign") or no one was named since a person's speaker
        phrase ("The attacker claimed he ...") or when it is the subject of a person's own
        reported clause ("X backed Y's call but said she would ..."). A definite document ("the statement") is the
        speaker who issued it, when that is someone else; "the attacker", "the suspect" is the
        person the article names as the culprit; "the governor's" is the holder of that role
        (:meth:`_role_possessor`); a reflexive object ("distanced themselves") is no one else."""
        lower = head.lower_
        if lower in _REFLEXIVE and head.dep_ in ("dobj", "pobj"):
            return None  # "distanced themselves from X": the subject, never someone else
        apposed = [n for c in head.children if c.dep_ == "appos"
                   for n, _ in self.resolver.entities_in(hit.piece, list(c.subtree))]
        if apposed and head.pos_ == "NOUN" and apposed[0] not in skip | self._speakers:
            return apposed[0]  # "the petitioner, candidate Ida Brandt, ..."
        if lower in NEUTER:
            return self.accused_it(hit, head, skip)
        shared = self.speaker_possessor(hit, head, skip)
        if shared:
            return shared
        quoted = hit.quote is not None and hit.quote.start <= hit.piece.offset + head.idx < hit.quote.end
        if lower in ("he", "she") and not quoted:
            position = (hit.piece.paragraph, hit.piece.offset + head.idx)
            named_at = self.resolver.index.position_of_last(*position, ("PERSON",))
            speaker = hit.speaker_head
            if speaker is not None and speaker.i < head.i and (named_at is None or named_at < (
                    hit.piece.paragraph, hit.piece.offset + speaker.idx)) and any(
                    self.resolver.index.types.get(n) == "PERSON" for n in self._speakers):
                return None  # "The attacker claimed he was ...": no one named since the speaker
            if speaker is not None and head.dep_ == "nsubj" and head.head.dep_ == "ccomp" \
                    and head.head.head.i == hit.token.i and (speaker.ent_type_ == "PERSON" or any(
                    self.resolver.index.types.get(n) == "PERSON" for n in self._speakers)):
                return None  # "X backed Y's call but said she would ...": the speaker's own clause
            name = self.resolver.index.last_before(*position, ("PERSON",), skip=skip, topic=False)
            return None if name in self._speakers else name
        if head.lemma_.lower() in DOCUMENTS and head.pos_ == "NOUN":
            return self._issuer(head, skip)
        if lower in ("this", "that") and head.pos_ == "PRON" and head.dep_ == "nsubj" and quoted \
                and head.i == min(t.i for t in hit.quoted if t.is_alpha):
            act = self.resolver.discourse.last_act(hit.piece.paragraph, hit.piece.offset + hit.token.sent.start_char,
                                                   skip=frozenset(skip | self._speakers), window=1)
            return act.name if act is not None else None  # the move just told, not the most active actor
        if head.lemma_.lower() in CULPRIT_NOUNS and head.pos_ == "NOUN" and self.resolver.entity_of(hit.piece, head) is None:
            return next((n for n in self.resolver.discourse.culprits if n not in skip | self._speakers), None)
        if lower in MALE_FEMALE and lower not in ("he", "she") and head.dep_ != "poss":
            return self.resolver.index.last_before(hit.piece.paragraph, hit.piece.offset + head.idx,
                                                   ("PERSON",), skip=skip | self._speakers, topic=not quoted)
        held = self._role_possessor(head, skip)
        if held:
            return held
        named = self._named_description(hit, head, skip) or self._named_work(hit, head, skip) \
            or self._named_people(hit, head, skip) or self._named_country(hit, head, skip) \
            or self._acting_group(hit, head, skip) or self._pair_with_role(hit, head, skip)
        if named:
            return named
        if lower in MALE_FEMALE | PLURAL or head.lemma_.lower() in self.lex["descriptions"] \
                or (head.pos_ in ("NOUN", "PROPN") and self.resolver.role_of(head)):
            resolved = self.resolver.resolve_one(hit.piece, head, bare=bare)
            lemma = head.lemma_.lower()
            bare_description = lemma in self.lex["descriptions"] and all(
                c.dep_ in ("det", "amod") for c in head.children) and any(c.lower_ in ("the", "this", "that")
                                                                          for c in head.children)
            if resolved is not None and resolved.name in self._speakers and bare_description:
                return self.resolver.index.last_before(  # "criticised the lender": not the speaker
                    hit.piece.paragraph, hit.piece.offset + head.idx, tuple(self.lex[f"description:{lemma}"]),
                    skip=skip | self._speakers)
            if resolved is not None and not resolved.unnamed:
                return resolved.name
        return None

    def _role_possessor(self, head: Token, skip: frozenset[str]) -> str | None:
        """"the governor's demand", "the mayor's plan": a definite possessor that is a role the
        article gave a person ("the regional governor of Kell, Ida Brandt", "Mayor Ida Brandt")
        is that person, when not a speaker."""
        if head.dep_ != "poss" or head.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            return None
        lemma = head.lemma_.lower()
        name = self.resolver.discourse.roles.get(lemma) or self.resolver.index.roles.get(lemma)
        return name if name and name not in skip | self._speakers else None

    def _text(self, hit: CueHit, tokens: Iterable[Token]) -> str:
        """The words of a target as written: the whole mention when one token is an entity's."""
        tokens = list(tokens)
        text = self.texts[hit.piece.paragraph]
        if len(tokens) == 1:
            found = self.resolver.entity_of(hit.piece, tokens[0])
            if found is not None:
                return text[found.start:found.end]
        return span_text(tokens, text=text, offset=hit.piece.offset)

    def _named_description(self, hit: CueHit, head: Token, skip: frozenset[str]) -> str | None:
        """"the union", "the board", "the two unions": a definite description whose noun is a
        word of an entity named before it stands for the last such entity ("the Kell Dockers'
        Union ... the union"), one named as a subject first, when that is not the speaker; None
        otherwise."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in self.lex["descriptions"] or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "both")
                for c in head.children) or any(c.dep_ in ("poss", "compound") for c in head.children):
            return None
        position = (hit.piece.paragraph, hit.piece.offset + head.idx)
        index = self.resolver.index
        name = index.last_named(*position, lemma, subject=True) or index.last_named(*position, lemma)
        return name if name and name not in skip and name not in self._speakers else None

    def _named_work(self, hit: CueHit, head: Token, skip: frozenset[str]) -> str | None:
        """"the dam", "the project": a definite works noun (``works`` in ``words.toml``) stands for
        the last entity named before it whose name ends with the same noun, else with any works
        noun ("condemned the dam" after "the Mangrove Bay Hydropower Project"), when not the
        speaker; None when the noun has a name, possessor or compound of its own."""
        lemma = head.lemma_.lower()
        works = self.lex["works"]
        if head.pos_ != "NOUN" or lemma not in works or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) \
                or any(c.dep_ in ("poss", "compound", "nmod") for c in head.children):
            return None
        position = (hit.piece.paragraph, hit.piece.offset + head.idx)
        index = self.resolver.index
        for word in (lemma, *sorted(set(works) - {lemma})):
            name = index.last_named(*position, word)
            if name and name.lower().split()[-1].rstrip("s") == word and name not in skip \
                    and name not in self._speakers:
                return name
        return None

    def _named_people(self, hit: CueHit, head: Token, skip: frozenset[str]) -> str | None:
        """"the teachers", "the teachers' demands": a definite plural common noun that is a word
        of an organisation's name named before it stands for that organisation, the last one
        named as a subject first ("the National Teachers' Federation ... backed the teachers'
        demands"), when not the speaker; None for a noun with a name of its own."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children) \
                or any(c.dep_ in ("compound", "poss", "nmod") for c in head.children):
            return None
        position = (hit.piece.paragraph, hit.piece.offset + head.idx)
        index = self.resolver.index
        for subject in (True, False):
            name = index.last_named(*position, head.lower_, subject=subject)
            if name and index.types.get(name) == "ORG" and name not in skip and name not in self._speakers:
                return name
        return None

    def _named_country(self, hit: CueHit, head: Token, skip: frozenset[str]) -> str | None:
        """"this country", "the nation": the last place named before it that is a state
        (``analysis/data/countries.json``), not a city or region named since ("across Norland
        ... from Kell to Dunn ... this country" -> Norland); never the speaker."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in _COUNTRY_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "our") for c in head.children) \
                or any(c.dep_ in ("compound", "poss", "nmod", "amod") for c in head.children):
            return None
        index = self.resolver.index

        def state(name: str) -> bool:
            code = place_of_name(name)
            return index.types.get(name) == "GPE" and code is not None and place(code).kind == "state" \
                and name not in skip and name not in self._speakers

        return index.last_such(hit.piece.paragraph, hit.piece.offset + head.idx, state)

    def _acting_group(self, hit: CueHit, head: Token, skip: frozenset[str]) -> str | None:
        """"the strikers", "the protesters": the organisation last told doing that act ("the
        Kell Pilots Association walked out ... condemned the strikers"), never the speaker."""
        acts = CAMPAIGN_ACTS.get(head.lower_) if head.tag_ == "NNS" else None
        if acts is None or head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                         for c in head.children):
            return None
        index = self.resolver.index
        return self.authors.actor(acts, position=(hit.piece.paragraph, hit.piece.offset + head.idx),
                                  accept=lambda n: index.types.get(n) == "ORG" and n not in skip
                                  and n not in self._speakers)

    def note_roles(self, piece: Piece) -> None:
        """Remember the people a piece names with a common noun of role: "opposition candidate
        X" (a compound before the name), "the petitioner, X" or "X, a former teacher" (an
        apposition), in reading order."""
        for token in piece.doc:
            if token.pos_ != "NOUN":
                continue
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                person = token.head
            elif token.dep_ == "appos" and token.head.pos_ == "PROPN":
                person = token.head
            else:
                person = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            found = self.resolver.entity_of(piece, person) if person is not None else None
            if found is not None and self.resolver.index.types.get(found.name) == "PERSON":
                self.roles.append((piece.paragraph, piece.offset + token.idx, token.lemma_.lower(), found.name))

    def _pair_with_role(self, hit: CueHit, head: Token, skip: frozenset[str]) -> str | None:
        """"both candidates", "the two candidates": the last person named with that role noun
        (:meth:`note_roles`) other than the speakers (any one of the pair is the one meant)."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or not any(c.lower_ in ("both", "two") for c in head.children):
            return None
        position = (hit.piece.paragraph, hit.piece.offset + head.idx)
        lemma = head.lemma_.lower()
        return next((name for p, o, role, name in reversed(self.roles) if (p, o) < position and role == lemma
                     and name not in skip and name not in self._speakers), None)
