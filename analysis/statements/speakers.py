"""Who holds a statement: the cue's speaker phrase resolved to entities.

:func:`resolve_speakers` turns the head of a speaker phrase into one :class:`Speaker` per named
member, reading and writing the :class:`~analysis.statements.discourse.Discourse`. In order:

1. groups: "they", "both", "both coaches", "the two ministers" stand for each named member of
   the last group introduced together; a phrase with a named member ("her opponents, among them
   the Cyclists' Union") gives that member; a plural phrase listing names ("the mayors of Kell
   and Vilnia, Ida Brandt and Tom Reyes") gives each; conjoined subjects give one speaker each;
   a description in the first paragraph that the second names ("a judge ruled") gives those names;
2. a person the phrase hangs from ("Ilunga, a spokesman for the ministry, who ..."), the
   phrase's own name ("news agency TASS"), a named appositive ("the ambassador, Lea Berg");
3. an unnamed source in a place stays unnamed ("officials in Kyiv"), not one at a body
   ("scientists at the Kell Institute" -> the institute); otherwise an entity named
   in the phrase, a person first ("the Rail Board letter" -> Rail Board; "Norwegian officials" ->
   Norway);
4. pronouns: he/she -> the last person, unless the last speaker since then was an unnamed
   person ("The club's medic said ... She also said" stays unnamed); "they" continuing a
   previous sentence whose subject was plural -> that subject ("Norwegian officials met ...
   They said" -> Norway; "Some customers said ... They said" stays unnamed); otherwise
   they/it -> the last organisation, group or country speaker or mention; an age ("the
   41-year-old said") is read as he/she;
5. a role or title the article gave someone ("the Supreme Leader"); "the attacker", "the
   suspect" -> the culprit the article names (:mod:`~analysis.statements.culprits`); a description ("the
   ministry", "the country") -> the speaker introduced with that noun, else the last entity whose
   name or role has it, else the last speaker or entity of a fitting type, though a speaker of
   this or the last paragraph wins over a name not mentioned since; a description with
   an owner resolves through the owner ("the country's foreign ministry"), or, the owner a
   common noun, to a name with both words ("the comptroller's office");
6. anything else is an unnamed source ("officials said"), kept and marked ``unnamed``.

Groups of rule 1 are noted and read back in :mod:`~analysis.statements.groups`. Rules that read
what the article said elsewhere live in :mod:`~analysis.statements.holders`:
documents speaking for their owner, place-qualified titles, a noun for an act ("the decision
by X to expel ...": X, else no speaker), a body noun's missed name ("the magazine Outside"),
and organisers ("its curators", "staff running the clean-up" -> who ran the event). A second
subject the parser did not join ("X, who ..., and Y, who ..., said") speaks too, and a group
member may be named in apposition ("X and her deputy Y").

``indirect`` marks speakers resolved through a pronoun, description, role or group: the
statement's confidence is lower for them.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.pieces import Piece
from analysis.statements.culprits import CULPRIT_NOUNS
from analysis.statements.discourse import Discourse, Voice
from analysis.statements.grammar import (
    DOCUMENTS,
    MALE_FEMALE,
    NEUTER,
    PLURAL,
    RELATIVE,
    age_description,
    depth_below,
    in_order,
    is_antecedent,
    locative_below,
    locative_prep,
    missed_name,
    phrase,
    plural_subject_before,
    relative_antecedent,
    span_text,
)
from analysis.statements.groups import GroupNotes
from analysis.statements.holders import ACT_NOUNS, Speaker, split_subjects
from analysis.statements.index import EntityIndex, Hit
from analysis.statements.lexicon import Lexicon
from analysis.statements.referents import continued_actor, lede_referents, place_like_people

_MEMBER_PREPS = frozenset({"among", "including"})
_ORG_TYPES = ("ORG", "NORP", "GPE")
_BARE = frozenset({"relcl", "appos", "acl", "punct", "conj", "cc", "prep"})


class SpeakerResolver(GroupNotes):
    """Resolves speaker heads of one article (one job: phrase -> speakers)."""

    def __init__(self, *, index: EntityIndex, discourse: Discourse, lex: Lexicon,
                 texts: dict[int, str]) -> None:
        self.index = index
        self.discourse = discourse
        self.lex = lex
        self.texts = texts
        self._places: frozenset[str] | None = None  # people used as places (referents.py)

    # -- look-ups --------------------------------------------------------------------------------

    def entity_of(self, piece: Piece, token: Token) -> Hit | None:
        """The entity mention a token belongs to, if any."""
        start = piece.offset + token.idx
        return self.index.at(piece.paragraph, start, start + len(token.text))

    def entities_in(self, piece: Piece, tokens) -> list[tuple[str, Token]]:
        """Distinct entities of some tokens, in reading order, with their first token."""
        found, names = [], set()
        for token in in_order(tokens):
            hit = self.entity_of(piece, token)
            if hit and hit.name not in names:
                names.add(hit.name)
                found.append((hit.name, token))
        return found

    # -- resolution ------------------------------------------------------------------------------

    def resolve(self, piece: Piece, head: Token) -> list[Speaker]:
        """Speakers for a phrase head: one per named conjunct or group member, else one."""
        group = self._group_of(piece, head) or self._listed(piece, head)
        if group:
            return group
        conjuncts = [head, *head.conjuncts] if head.dep_ != "conj" else [head]
        conjuncts += split_subjects(head)
        resolved = [s for s in (self.resolve_one(piece, t) for t in conjuncts) if s is not None]
        named = [s for s in resolved if not s.unnamed]
        lede = lede_referents(head, index=self.index, unnamed=self.lex["unnamed_sources"]) \
            if piece.paragraph == 1 and all(s.loose for s in named) else []
        if lede:  # "a High Court judge ruled ..." named in the next paragraph (referents.py)
            return [Speaker(name, resolved[0].text if resolved else head.text, indirect=True) for name in lede]
        return list({s.name: s for s in named}.values()) if named else resolved[:1]

    def remember(self, piece: Piece, head: Token, speaker: Speaker) -> None:
        """Write a speaker to the discourse (after its statement is emitted)."""
        words = frozenset(w for t in phrase(head) for w in t.lower_.split())
        self.discourse.add_voice(Voice(speaker.name, words, self.index.types.get(speaker.name),
                                       piece.paragraph, piece.offset + head.idx, unnamed=speaker.unnamed))

    def resolve_one(self, piece: Piece, head: Token, *, bare: bool = False) -> Speaker | None:
        """One speaker for one phrase head (rules 2-6 of the module docstring); ``bare`` reads
        the phrase without its prepositional complements ("the mayor [of ignoring X]")."""
        words = phrase(head, skip=_BARE) if bare else phrase(head)
        text = span_text(words, text=self.texts[piece.paragraph], offset=piece.offset)
        appositive = self._appositive_person(piece, head) or self._appositive_name(piece, head)
        if appositive:
            return Speaker(appositive, text)
        member = self._named_member(piece, head)
        if member:
            return Speaker(member, text)
        own = self.entity_of(piece, head)
        person = None if own and head.pos_ == "PROPN" and is_antecedent(head) else self._person_above(piece, head)
        if person:  # "Chief Ida Brandt of the Vilnia Nation, which brought the case": the nation brought it
            return Speaker(person, text)
        if own is not None and (head.pos_ == "PROPN" or head.text[:1].isupper()):  # a surname the tagger read as a common noun
            return Speaker(own.name, text)
        if own is None and head.pos_ == "NOUN" and head.lemma_.lower() in ACT_NOUNS:
            return self._agent_of_act(piece, head, text)  # "the decision by X to expel": X or no one
        missed = self._missed_body_name(piece, head)
        if missed:
            return Speaker(missed, text, loose=True)
        if head.lemma_.lower() in DOCUMENTS:
            author = self._author_of_document(piece, head)
            if author is not None:
                return Speaker(author.name, text, unnamed=author.unnamed, indirect=True)
        entities = self.entities_in(piece, words)
        if entities and head.lower_ in self.lex["unnamed_sources"] and all(
                locative_below(token, head) and not (self.index.types.get(name) == "ORG"
                                                     and locative_prep(token, head) == "at")
                for name, token in entities):  # "scientists at the Kell Institute": the institute
            return Speaker(text, text, unnamed=True)
        unknown = missed_name(head, words)
        if unknown:  # "Former US envoy Ana Soto" when the tagger missed the name: the name, not the US
            return Speaker(span_text(unknown, text=self.texts[piece.paragraph], offset=piece.offset), text,
                           loose=True)
        holder = self._kind_holder(head, words, entities)
        if holder:  # "the Norland foreign minister" -> the minister named elsewhere
            return Speaker(holder, text, indirect=True)
        if entities and self._can_speak(head):  # a name inside the phrase, not its head: less sure
            people = [name for name, _ in entities if self.index.types.get(name) == "PERSON"]
            nearest = min(entities, key=lambda e: (depth_below(e[1], head), abs(head.i - e[1].i)))
            return Speaker(people[0] if people else nearest[0], text, loose=True)
        return self._by_reference(piece, head, words, text)

    def _by_reference(self, piece: Piece, head: Token, words: list[Token], text: str) -> Speaker | None:
        """Pronouns, roles and descriptions (rules 4-5), else an unnamed source."""
        paragraph, offset = piece.paragraph, piece.offset + head.idx
        lower = head.lower_
        if lower in RELATIVE:
            antecedent = relative_antecedent(head)
            return self.resolve_one(piece, antecedent) if antecedent is not None else None
        if lower in MALE_FEMALE:
            return self._personal_pronoun(paragraph, offset, head.text)
        if lower in PLURAL and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT":
            earlier = plural_subject_before(head)
            if earlier is not None:  # "Some customers said ... They also said": the customers
                resolved = self.resolve_one(piece, earlier)
                if resolved is not None:
                    return Speaker(resolved.name, head.text, unnamed=resolved.unnamed, indirect=True)
        if lower in PLURAL or lower in NEUTER:
            types = _ORG_TYPES if lower in PLURAL else ("ORG", "GPE")
            voice = self.discourse.last_voice(paragraph, types=types)
            name = voice.name if voice and not voice.unnamed else self.index.last_before(paragraph, offset, types)
            return Speaker(name, head.text, indirect=True) if name else None
        if age_description(head):  # "the 41-year-old said": a person, read as "he" or "she"
            return self._personal_pronoun(paragraph, offset, text)
        role = self._role(words)
        if role:
            return Speaker(role, text, indirect=True)
        doer = self._doer(paragraph, offset, head) or self._organiser(paragraph, offset, head)
        if doer:
            return Speaker(doer, text, indirect=True)
        if head.lemma_.lower() in CULPRIT_NOUNS and self.discourse.culprits and any(
                c.lower_ in ("the", "this", "that") for c in head.children):
            return Speaker(self.discourse.culprits[0], text, indirect=True)  # "the attacker" named later
        if head.dep_ == "appos":
            named = self.entity_of(piece, head.head)
            if named and named.type == "PERSON":
                return Speaker(named.name, text, indirect=True)
        lemma = head.lemma_.lower()
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and (lemma in self.lex["descriptions"] or lower in self.lex["unnamed_sources"]
                                  or lemma in DOCUMENTS):
            resolved = self.resolve_one(piece, owner)
            if resolved is not None and not resolved.unnamed:
                return Speaker(resolved.name, text, indirect=True)
            named = self.index.last_with_words(paragraph, offset, {lemma, owner.lower_}) \
                if owner.pos_ == "NOUN" and lemma in self.lex["descriptions"] else None
            if named:  # "the comptroller's office" -> the Office of the Comptroller General
                return Speaker(named, text, indirect=True)
        determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
        if lemma in self.lex["descriptions"] and determiners & {"the", "this", "that"}:
            types = tuple(self.lex[f"description:{lemma}"])
            voice = self.discourse.last_voice(paragraph, types=types)
            name = self.discourse.described(lower, types) or self.index.last_named(paragraph, offset, lemma)
            name = continued_actor(name, voice, paragraph=paragraph, offset=offset, index=self.index,
                                   nouns=frozenset(self.lex["naming_descriptions"]), noun=lemma)
            if name is None and lemma not in self.lex["naming_descriptions"]:  # "the union": only a named union
                name = (voice.name if voice and not voice.unnamed else None) \
                    or self.index.last_before(paragraph, offset, types)
            if name:
                return Speaker(name, text, indirect=True)
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            return Speaker(text, text, unnamed=True)
        return None

    def _doer(self, paragraph: int, offset: int, head: Token) -> str | None:
        """An agent noun without a name resolves to the actor of its verb, said earlier: "the
        organisers" -> who organised it, "the owners" -> who owns it; "the hosts of the talks",
        "its curators" -> whoever ran the thing named (the talks, the exhibition)."""
        lemma = head.lemma_.lower()
        things = [g.lemma_.lower() for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        things += [c.lemma_.lower() for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        for thing in things:
            act = self.discourse.last_act(paragraph, offset, thing=thing)
            if act is not None and head.tag_ == "NNS":
                return act.name
        if not lemma.endswith(("er", "or")) or len(lemma) < 5:
            return None
        stem = lemma[:-2]
        verbs = frozenset({stem, stem + "e", stem.replace("is", "iz"), stem.replace("is", "iz") + "e",
                           lemma[:-1]})
        act = self.discourse.last_act(paragraph, offset, verbs=verbs)
        return act.name if act else None

    def _can_speak(self, head: Token) -> bool:
        """Whether a phrase head can stand for a speaker named inside it: a name, a person or
        organisation noun, a document; not an abstract noun ("one of the goals of X")."""
        lemma = head.lemma_.lower()
        return head.pos_ == "PROPN" or lemma in self.lex["descriptions"] or lemma in DOCUMENTS \
            or head.lower_ in self.lex["unnamed_sources"] or lemma in self.lex["unnamed_sources"] \
            or bool(self.role_of(head)) or lemma.endswith(("er", "or", "ist", "ian", "ee")) \
            or head.ent_type_ in ("NORP", "ORG", "GPE", "PERSON")

    def _personal_pronoun(self, paragraph: int, offset: int, text: str) -> Speaker | None:
        """he/she: the last person, unless an unnamed person spoke since that person was named."""
        if self._places is None:
            self._places = place_like_people(self.index, self.texts)
        name = self.index.last_before(paragraph, offset, ("PERSON",), skip=self._places)
        voice = self.discourse.last_voice(paragraph)
        if voice is not None and voice.unnamed and voice.type is None:
            named_at = self.index.position_of_last(paragraph, offset, ("PERSON",))
            if named_at is None or named_at < (voice.paragraph, voice.offset):
                return Speaker(voice.name, text, unnamed=True, indirect=True)
        return Speaker(name, text, indirect=True) if name else None

    def _appositive_person(self, piece: Piece, head: Token) -> str | None:
        """"Pfizer's chief executive, Albert Bourla, said", "the director of Kell's museum,
        Ana Roy, said": a person in apposition anywhere in the phrase (not in a relative clause)."""
        stack = [head]
        while stack:
            token = stack.pop()
            for child in token.children:
                if child.dep_ == "appos":
                    for name, _ in self.entities_in(piece, child.subtree):
                        if self.index.types.get(name) == "PERSON":
                            return name
                if child.dep_ not in ("relcl", "acl", "punct", "cc"):
                    stack.append(child)
        return None

    def _appositive_name(self, piece: Piece, head: Token) -> str | None:
        """"One of the groups, the Harbour Union (HU), said", "the agency, Norpress, said": a
        named body in apposition to a head that is no name of its own."""
        if head.pos_ == "PROPN" or self.entity_of(piece, head) is not None:
            return None
        for child in head.children:
            if child.dep_ == "appos":
                named = self.entity_of(piece, child)
                if named is not None and named.type in ("PERSON", "ORG", "GPE", "NORP"):
                    return named.name
        return None

    def _named_member(self, piece: Piece, head: Token) -> str | None:
        """"Her opponents, among them the Cyclists' Union": the named member speaks; a named
        body speaks for itself ("the Kell Basin Commission, which groups five states including
        Norland, appealed": not Norland)."""
        if self.entity_of(piece, head) is not None:
            return None
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        between = [c for c in verb.children if head.i < c.i < verb.i] if verb is not None else []
        for child in [*head.children, *between]:  # the parser may hang "among them X" on the verb
            if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPS:
                found = self.entities_in(piece, child.subtree)
                if found:
                    return found[0][0]
            if child.dep_ in ("appos", "relcl") and any(t.lower_ in _MEMBER_PREPS for t in child.subtree):
                found = self.entities_in(piece, child.subtree)
                if found:
                    return found[0][0]
        return None

    def _person_above(self, piece: Piece, head: Token) -> str | None:
        """A person the phrase hangs from: up through of/for phrases, possessives, appositions."""
        token = head
        for _ in range(5):
            if token.dep_ not in ("pobj", "prep", "compound", "poss", "appos") or token.head.i == token.i:
                return None
            token = token.head
            hit = self.entity_of(piece, token)
            if hit and hit.type == "PERSON":
                return hit.name
        return None

    def role_of(self, head: Token) -> str | None:
        """The entity whose role or title a noun phrase names, if any ("the governor")."""
        return self._role(phrase(head))

    def _role(self, words: list[Token]) -> str | None:
        """The entity whose role or title the phrase names ("the Supreme Leader"), or to whom
        the article gave the phrase's head noun as a role ("the new director")."""
        ordered = in_order(words)
        head = next((t for t in ordered if t.dep_ not in ("det", "amod", "compound", "poss", "case")
                     and (t.pos_ == "NOUN" or t.text.islower())), None)  # a lower-case "PROPN" too
        if head is not None and head.lemma_.lower() in self.discourse.roles and any(
                t.lower_ in ("the", "this", "that", "our", "their", "its") for t in ordered):
            return self.discourse.roles[head.lemma_.lower()]
        kept = [t for t in ordered if t.lower_ not in ("the", "a", "an")]
        lowered = [t.text.lower() for t in kept]
        inside = {t.i for t in words}
        roots = [k for k, t in enumerate(kept) if t.head.i not in inside or t.head.i == t.i]
        root = roots[0] if roots else None
        for size in range(len(lowered), 0, -1):
            for i in range(len(lowered) - size + 1):
                if root is not None and not i <= root < i + size:
                    continue  # "critics of the mayor" are not the mayor: the title must be the head's
                name = self.index.roles.get(" ".join(lowered[i:i + size]))
                if name:
                    return name
        return None

