"""Which words of a cue's content can hold its target (a part of
:class:`~analysis.statements.targets.TargetFinder`, kept apart for size).

* the speaker's own affiliation, named in the speaker phrase ("the Norland President Ana Lee",
  "Kell Rowing Club coach Tom Berg"), is never the target of that speaker's statement;
* a name that only modifies a person's title ("Norland President Ana Lee") stands for that
  person: the person is the candidate, not the country;
* incidental names are not targets: a place in a locative phrase ("the dam in Kell"), the
  participants of an event between two parties in reported words ("said the match between
  Kell and Dunn was postponed"); but "from" after a noun of commitment or pressure names its giver
  ("promises from Norland", "pressure from the union"), not a place;
* the reported clause of a speech verb the parser hung on the verb above ("was thanked after
  confirming to reporters [the bridge would reopen]") is still the verb's content;
* a clausal subject ("'stopping the smugglers' is the aim") is the first subject read;
* a definite document ("the statement") stands for the speaker who issued it, when that is
  someone other than the statement's own speaker;
* a requested or judged action word only counts in the clause that is reported, not in a
  relative clause describing one of its parties ("said the league, which supports the
  union, ..."), and never as a noun of place or time ("at the end of the road").
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.statements.detect import CueHit
from analysis.statements.grammar import DOCUMENTS, phrase
from analysis.statements.nesting import own_clause
from analysis.statements.reported import _LOCATIVE, NO_TARGET, Target, speakers_own

#: Nouns whose "from" phrase names who gives or exerts them, not a place ("promises from X").
GIVEN_FROM = frozenset({"assurance", "promise", "pledge", "guarantee", "commitment", "pressure", "threat",
                        "warning", "support", "help", "aid", "offer", "order", "request", "demand", "call",
                        "message", "letter", "signal", "backing", "approval", "permission", "opposition",
                        "criticism", "praise", "apology", "invitation", "funding", "money", "donation"})
#: Nouns for a building or site, standing for the last one named ("restore the cathedral").
BUILDINGS = frozenset({"monument", "building", "site", "landmark", "mosque", "church", "cathedral", "temple",
                       "palace", "tower", "castle", "shrine", "synagogue", "basilica", "museum", "stadium"})
#: Verbs whose object is the party a cost or harm befalls, never the one judged ("cost X millions").
AFFECTING_VERBS = frozenset({"cost", "deprive", "burden", "saddle", "hurt", "harm", "damage"})
#: Nouns of a requested action whose modifier names the actor asked ("Unesco action").
ACTION_NOUNS = frozenset({"action", "intervention", "involvement", "help", "support", "aid", "measure",
                          "measures", "response", "investigation", "inquiry", "probe", "review", "steps"})
#: Verbs whose object is an actor, so that an object "it" is an organisation ("accused it of ...").
ACTOR_OBJECT_VERBS = frozenset({"accuse", "blame", "thank", "urge", "ask", "warn", "sue", "fine", "congratulate",
                                "rebuke", "reprimand", "censure", "summon", "implore", "exhort"})
#: Modifier arcs through which a name qualifies a person's title ("Norland President Ana Lee").
_TITLE_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})
#: Relations of a clause that only describe one of its parties.
_DESCRIBING = frozenset({"relcl", "acl", "appos"})
_ANY_NAMED = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "NORP")


class ScopeRules:
    """Scope rules of the target finder; the finder supplies ``resolver``, ``lex``, ``_text``,
    ``_name``, ``_refer``, ``_speakers`` and ``_reporting`` (whether the cue reports speech)."""

    # -- who and what is out of scope -----------------------------------------------------------

    def affiliations(self, hit: CueHit, speakers: set[str]) -> set[str]:
        """Entities named in the speaker phrase besides the speakers themselves: the speaker's
        country, party or employer ("the Norland President Ana Lee" -> Norland)."""
        head = hit.speaker_head
        if head is None or hit.how in ("source",):
            return set()
        words = phrase(head, skip=frozenset({"relcl", "acl", "punct", "conj", "cc", "prep"}))
        return {name for name, _ in self.resolver.entities_in(hit.piece, words)} - set(speakers)

    def title_holder(self, hit: CueHit, target: Target, skip: set[str]) -> Target:
        """A country or organisation that only modifies a person's title stands for the person
        ("US President Ana Lee" -> Ana Lee; "Kell's mayor Ed Moss" -> Ed Moss)."""
        token = target.token
        if token is None or self.resolver.index.types.get(target.name) == "PERSON":
            return target
        for _ in range(4):
            if token.dep_ not in _TITLE_MODIFIERS or token.head.i == token.i:
                return target
            token = token.head
            found = self.resolver.entity_of(hit.piece, token)
            if found is not None and found.name != target.name:
                if found.type == "PERSON" and found.name not in skip:
                    return Target(found.name, self._text(hit, [token]), target.how, token)
                return target
        return target

    def _is_place_modifier(self, token: Token, root: Token, name: str | None = None) -> bool:
        """A place in a locative phrase inside the object ("the dam in Kell"), or, in reported
        words, a party to an event "between" two ("the talks between Kell and Dunn"); "from" or "via" a person
        or organisation is a giver or channel, not a place ("a gift from Northwind Bank"), and
        so is "from" anyone after a noun of commitment ("promises from Norland")."""
        kind = self.resolver.index.types.get(name) if name else None
        while token.i != root.i and token.head.i != token.i:
            if token.dep_ == "prep":
                if token.lower_ in ("from", "via", "through") and kind in ("PERSON", "ORG"):
                    return False
                if token.lower_ == "from" and token.head.lemma_.lower() in GIVEN_FROM:
                    return False
                return token.lower_ in _LOCATIVE or (token.lower_ == "between" and self._reporting)
            token = token.head
        return False

    # -- objects (moved from targets.py for size) ----------------------------------------------

    def _its_owner(self, hit: CueHit, obj: Token, skip: set[str]) -> Target | None:
        """"its"/"their" owning the object: the last organisation or place named before it in
        the same sentence ("hit back at the Delta Party, calling its plan dishonest")."""
        owner = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is None:
            return None
        before = [t for t in owner.sent if t.i < owner.i]
        found = [(n, t) for n, t in self.resolver.entities_in(hit.piece, before)
                 if n not in skip and self.resolver.index.types.get(n) in ("ORG", "GPE", "NORP")]
        if not found:
            return None
        name, token = max(found, key=lambda f: f[1].i)
        return Target(name, self._text(hit, obj.subtree), "object-reference", token)

    def _periphrasis(self, hit: CueHit, obj: Token, skip: set[str]) -> Target | None:
        """"praised one of Portugal's finest players": the one meant is the entity the article
        was just about (the last subject before the sentence), not the possessor (Portugal)."""
        if obj.lower_ != "one":
            return None
        scope = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ == "NNS"]
        owners = [self._name(hit, c) for g in scope for c in g.children if c.dep_ == "poss"]
        if not scope or not any(owners):
            return None
        start = hit.piece.offset + hit.token.sent.start_char
        name = self.resolver.index.last_before(hit.piece.paragraph, start, _ANY_NAMED,
                                               skip=frozenset(skip) | {o for o in owners if o})
        return Target(name, self._text(hit, [obj]), "context", None) if name else None

    def accused_it(self, hit: CueHit, head: Token, skip: frozenset[str]) -> str | None:
        """"accuse it of hiding losses", "thanked it": an object "it" of a verb whose object is
        an actor (accused, blamed, thanked ...) is the last organisation or country named
        before it, not a speaker; "it" after other verbs is a thing ("called it a surprise",
        "praised it", "condemned it": the product or the closure just told)."""
        if head.lower_ != "it" or head.dep_ != "dobj" or head.head.i != hit.token.i \
                or hit.token.lemma_.lower() not in ACTOR_OBJECT_VERBS:
            return None
        return self.resolver.index.last_before(hit.piece.paragraph, hit.piece.offset + head.idx, ("ORG", "GPE"),
                                               skip=frozenset(skip) | self._speakers)

    def speaker_possessor(self, hit: CueHit, head: Token, skip: frozenset[str]) -> str | None:
        """"Her supporters, among them X, praise her courage": a his/her in the content that
        repeats the possessor of the speaker phrase is that possessor, the person named before
        the speaker phrase (not the speaker)."""
        speaker = hit.speaker_head
        if head.dep_ != "poss" or head.lower_ not in ("his", "her", "their") or speaker is None:
            return None
        owner = next((c for c in speaker.children if c.dep_ == "poss" and c.lower_ == head.lower_), None)
        if owner is None:
            return None
        types = ("PERSON",) if head.lower_ != "their" else ("ORG", "GPE", "NORP")
        return self.resolver.index.last_before(hit.piece.paragraph, hit.piece.offset + owner.idx, types,
                                               skip=frozenset(skip) | self._speakers, topic=False)

    def _passive_agent(self, hit: CueHit, obj: Token, skip: set[str]) -> Target | None:
        """"dismissed a petition signed by the Delta Party": the by-agent inside the object."""
        for token in obj.subtree:
            if token.dep_ == "agent":
                for name, t in self.resolver.entities_in(hit.piece, token.subtree):
                    if name not in skip:
                        return Target(name, self._text(hit, [t]), "passive-agent", t)
        return None

    def _own_reference(self, hit: CueHit, obj: Token, skip: set[str]) -> Target | None:
        """A pronoun, title or description as the object, with no name among its own words:
        resolved before the names inside its complements ("accused the mayor of ignoring the
        Transit Board" -> the mayor, not the board)."""
        own = [obj, *(t for c in obj.children if c.dep_ in ("compound", "amod", "det", "flat")
                      for t in c.subtree)]
        if any(self.resolver.entity_of(hit.piece, t) for t in own) or not any(
                c.dep_ == "prep" for c in obj.children):
            return None
        resolved = self._refer(hit, obj, bare=True)
        if resolved and resolved not in skip:
            return Target(resolved, self._text(hit, phrase(obj, skip=frozenset({"prep", "relcl", "acl", "appos"}))),
                          "object-reference", obj)
        return None

    def _issuer(self, document: Token, skip: frozenset[str]) -> str | None:
        """"the statement", "this letter" (no owner of its own): the last speaker introduced
        with that noun ("the document": with any document's noun, "the memo warned ..."), other
        than the statement's own speakers."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in document.children) \
                or any(c.dep_ in ("poss", "compound", "amod") for c in document.children):
            return None
        words = DOCUMENTS if document.lemma_.lower() == "document" else document.lower_
        name = self.resolver.discourse.described(words, ("PERSON", "ORG", "GPE", "NORP"))
        return name if name and name not in self._speakers and name not in skip else None

    def _addressee_modifier(self, hit: CueHit, skip: set[str]) -> Target | None:
        """"urged states with ties to X to cut them": X, named in the addressee's own phrase or
        in a with/against phrase of the request."""
        modifiers = [t for c in hit.addressee.children if c.dep_ in ("prep", "relcl", "acl") for t in c.subtree]
        modifiers += [t for c in hit.token.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                      for t in c.subtree]
        for name, token in self.resolver.entities_in(hit.piece, modifiers):
            if name not in skip:
                return Target(name, self._text(hit, [token]), "action", token)
        return None

    # -- what is reported ----------------------------------------------------------------------

    def _clause_roots(self, hit: CueHit) -> list[Token]:
        """The reported clauses (:class:`~analysis.statements.reported.ReportedTargets`), and,
        for a speech verb with none, a clause with its own subject that starts right after the
        cue's words, which the parser hung on the verb above ("after confirming to reporters
        the bridge would reopen")."""
        roots = super()._clause_roots(hit)
        if roots or hit.quote is not None or hit.family not in ("speech", "report") or hit.nominal:
            return roots
        end = max([hit.token.i, *(t.i for t in hit.content)])
        for token in hit.token.sent:
            if token.pos_ in ("VERB", "AUX") and token.i > end and token.dep_ in ("advcl", "conj", "ccomp") \
                    and min(t.i for t in token.subtree) == end + 1 \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                return [token]
        return roots

    def _reported_target(self, hit: CueHit, skip: set[str]) -> Target:
        """The first reported candidate (:class:`~analysis.statements.reported.ReportedTargets`);
        for a speech verb with no reported clause, a name in its object ("cited Norland's
        debts", "announced a boycott of Kell Fair"), not an adjective ("a pan-Norland fund")."""
        target = super()._reported_target(hit, skip)
        if target.name is not None or hit.quote is not None or self._clause_roots(hit):
            return target
        for obj in (c for c in hit.token.children if c.dep_ == "dobj"):
            for name, token in self.resolver.entities_in(hit.piece, phrase(obj)):
                if name not in skip and not self._is_place_modifier(token, obj, name) and token.pos_ != "ADJ":
                    return Target(name, self._text(hit, [token]), "object", token)
        return target

    def _core(self, root: Token) -> list[list[Token]]:
        """Subject and object phrases of a reported clause, a clausal subject first
        ("'keeping smugglers out' was the goal of the patrols"), and last a person or
        organisation the clause has something "from" ("learned so much from their teacher X");
        never the party a cost or harm befalls ("said the strike would cost X $5 billion",
        "warned the closure would hurt X": what is judged is the strike, the closure)."""
        clausal = [list(c.subtree) for c in root.children if c.dep_ in ("csubj", "csubjpass")]
        givers = [list(g.subtree) for c in root.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj" and any(t.ent_type_ in ("PERSON", "ORG") for t in g.subtree)]
        return clausal + [part for part in super()._core(root) if not _affected(part)] + givers

    def action_owner(self, hit: CueHit, actions: list[Token], skip: set[str]) -> Target | None:
        """"called for Orion Mining action to clean up the river it had polluted": the body named
        as the actor of a requested action noun, asked to undo its own conduct (the requested
        clause refers back to it: it, its, their), is the target, restrained (oppose). Without
        that ("Unesco action to save the reef") the call is for the action: no target here."""
        for token in actions:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in ACTION_NOUNS or not any(
                    t.lower_ in ("it", "its", "their", "they") for t in token.sent if t.i > token.i):
                continue
            owners = [c for c in token.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
            for name, owner in self.resolver.entities_in(hit.piece, owners):
                if name not in skip and self.resolver.index.types.get(name) in ("ORG", "GPE", "NORP"):
                    return Target(name, self._text(hit, [owner]), "restrained", owner)
        return None

    def neutral_scope(self, target: Target, stance: str) -> Target:
        """A neutral report is not about a place or body that only owns the reported subject or
        object ("said Norland's economy had grown", "said Kell's biggest factory would close"):
        no target (:func:`_possessor`); a person's or a building's stays ("said Ida's heart was
        restarted" is about her, "would change the Grand Hall's name" about the hall), and an
        evaluative report keeps it ("said Norland's army had committed crimes")."""
        token = target.token
        if stance != "neutral" or target.how != "reported" or token is None \
                or self.resolver.index.types.get(target.name) not in ("ORG", "GPE", "NORP", "LOC"):
            return target
        return NO_TARGET if _possessor(token) else target

    def reported_action(self, hit: CueHit, token: Token) -> bool:
        """Whether an action word of the content is read as the reported act: not inside a
        relative clause, apposition or participle describing a party ("said the league, which
        supports the union, ..."), not the speaker's own next verb ("said A and condemned X"), not
        in a clause of its own joined to the reported one ("...,
        while Y seconded a motion calling for an audit"), not a noun of place or time ("at the end
        of the road")."""
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE:
            return False
        if hit.family not in ("speech", "report"):
            return True
        content = {t.i for t in hit.content} | {t.i for t in hit.quoted}
        node = token
        while node.head.i != node.i and node.head.i in content:
            if node.dep_ in _DESCRIBING or own_clause(node) or speakers_own(node):
                return False  # "said A, while Y seconded a motion calling for an audit": not A's
            node = node.head
        return True


_POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})


def _possessor(token: Token) -> bool:
    """Whether a name's token owns a noun: "Norland's economy", or a name the parser split whose
    last word carries the possessive ("the Council of Elders' budget committee")."""
    span = next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)
    if span is None:
        return token.dep_ == "poss" and token.head.pos_ == "NOUN"
    if any(t.dep_ == "poss" and t.head.pos_ == "NOUN" and not span.start <= t.head.i < span.end for t in span):
        return True
    after = token.doc[span.end:span.end + 2]  # "the Republic of Osk's economy", however parsed
    marked = span[-1].lower_ in _POSSESSIVE or (len(after) and after[0].lower_ in _POSSESSIVE)
    return bool(marked) and any(t.pos_ == "NOUN" for t in token.doc[span.end:span.end + 3])


def _affected(part: list[Token]) -> bool:
    """Whether a phrase is the object of a verb of cost or harm ("cost X millions", "hurt X")."""
    inside = {t.i for t in part}
    heads = [t for t in part if t.head.i not in inside]
    return any(h.dep_ in ("dobj", "dative") and h.head.lemma_.lower() in AFFECTING_VERBS for h in heads)
