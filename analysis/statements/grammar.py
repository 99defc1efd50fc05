"""Small parse-tree helpers shared by the statement stages (no statement logic of their own)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from analysis.entities.words import TITLE_WORDS

RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
MALE_FEMALE = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
#: Dependencies through which a cue shares the subject of the clause above it.
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "relcl", "pcomp", "prep", "pobj", "acomp", "attr"})
#: "X is believed to have fled and said ...": a cue joined to a passive raising verb is X's.
RAISING = frozenset({"report", "say", "believe", "understand", "think", "expect", "know", "allege", "suppose"})
#: "was quoted as saying", "was heard saying": the passive subject is the speaker.
QUOTED_AS = frozenset({"quote", "cite", "hear", "see"})
#: Documents that speak for their author or owner ("its statement said", "a message blaming X").
DOCUMENTS = frozenset({"statement", "letter", "memo", "report", "note", "release", "document",
                       "communique", "filing", "post", "tweet", "message", "website", "account",
                       "estimate", "figure", "data", "study", "survey", "poll", "research", "analysis",
                       "review", "audit", "ruling", "verdict", "judgment", "judgement", "decree"})
_PHRASE_SKIP = frozenset({"relcl", "appos", "acl", "punct", "conj", "cc"})


def phrase(token: Token, *, skip: frozenset[str] = _PHRASE_SKIP) -> list[Token]:
    """A noun phrase without its relative clauses, appositions and conjuncts."""
    out = [token]
    for child in token.children:
        if child.dep_ not in skip:
            out.extend(phrase(child, skip=(skip - {"conj", "cc"}) | {"relcl", "appos"}))
    return out


def in_order(tokens: Iterable[Token]) -> list[Token]:
    """Tokens sorted by position, each once."""
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def span_text(tokens: Iterable[Token], *, text: str, offset: int) -> str:
    """The paragraph's own characters from the first token to the last: a substring of the
    paragraph as normalised, spaces and all (``offset`` is where the Doc starts in it)."""
    ordered = in_order(tokens)
    if not ordered:
        return ""
    start = offset + ordered[0].idx
    end = offset + ordered[-1].idx + len(ordered[-1].text)
    return text[start:end].strip()


def has_child(token: Token, *deps: str) -> bool:
    """Whether the token has a child with one of these dependency labels."""
    return any(c.dep_ in deps for c in token.children)


def subject_of(cue: Token, *, speech_lemmas: frozenset[str]) -> tuple[Token | None, str]:
    """The head of a verb cue's speaker phrase and how it was found.

    Climbs from the cue through clauses that share its subject (conjuncts, participles,
    infinitives, relative clauses: "became the first leader to condemn"); a by-agent of a passive
    ("as suggested by X") is the speaker (``"agent"``); "X was quoted as saying" and "X was
    applauded upon announcing" give X (a participle's subject is the passive subject); a
    second verb the parser hung on a reported clause ("X said [A had risen] and accused B"),
    or read as a second reported clause (:func:`conjunct_read_as_clause`), continues X's sentence; a cue joined to a passive raising verb ("X is believed to have fled
    and said ...") is X's. Object control ("urged X to condemn") and other passives give no
    speaker. Returns ``(None, "")`` when there is none.
    """
    token = cue
    came_by_participle = False
    for _ in range(6):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:  # two subjects ("X's president Y said"): the one next to the verb
            child = max(subjects, key=lambda c: c.i if c.i < token.i else -c.i)
            if child.lower_ in RELATIVE and token.dep_ == "relcl":
                return relative_antecedent(child) or token.head, "relative"
            return child, "subject"
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and token is not cue and token.lemma_.lower() in QUOTED_AS:
            return passive, "subject"  # "X was quoted by Y as saying": X speaks, Y reports
        if passive is not None and token is not cue and token.lemma_.lower() in RAISING \
                and has_child(token, "xcomp"):
            return passive, "subject"  # "X is believed to have fled and said ...": X says
        for child in token.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0], "agent"
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            if token is not cue and (token.lemma_.lower() in QUOTED_AS or came_by_participle):
                return passive, "subject"  # "X was quoted as saying", "X was cheered after saying"
            return None, ""
        if token.dep_ == "xcomp" and has_child(token.head, "dobj"):
            return None, ""
        if token.dep_ == "acl" and token.head.dep_ in ("dobj", "pobj") and (
                token.head.lemma_.lower() in DOCUMENTS
                or (token.head.dep_ == "pobj" and token.head.head.lower_ in ("on", "via"))):
            token = token.head  # "posted a message (on Twitter) blaming X": the poster speaks
            while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
                token = token.head
            continue
        if token.dep_ == "acl" and token.head.dep_ not in ("attr", "oprd"):
            return token.head, "modified"  # "a statement praising X", "a museum honouring miners"
        if token.dep_ == "acl":  # "became the first leader to condemn": the subject of "became"
            token = token.head
        if token.dep_ in ("advcl", "pcomp") and token.tag_ == "VBG":
            came_by_participle = True
        if token.dep_ == "conj" and token.head.pos_ in ("ADJ", "NOUN") \
                and token.head.dep_ in ("ccomp", "xcomp", "oprd", "acomp"):
            token = token.head.head  # "found the list fair and called X wise": the finder calls
            continue
        if token is cue and conjunct_read_as_clause(token):
            token = token.head  # "X said [A had been shut], and accused B": B is X's accusation
            continue
        reporter = conjunct_after_subordinate(token) if token is cue else None
        if reporter is not None:  # "X said A was shut after B collapsed, and accused C": X's
            token = reporter
            continue
        if token.dep_ in CLIMB_DEPS and token.head.i != token.i:
            if token.dep_ == "conj" and token.i == cue.i and token.head.dep_ == "ccomp" \
                    and token.head.head.lemma_.lower() in speech_lemmas:
                token = token.head.head
                continue
            token = token.head
            continue
        break
    return None, ""


def core_subtree(head: Token, *, aims: frozenset[str]) -> list[Token]:
    """A clause without its adjuncts of cause, manner, place and time ("as a result of ..."),
    keeping prepositional phrases headed by one of ``aims`` ("sanctions on X")."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("advcl", "npadvmod", "advmod", "punct", "mark"):
            continue
        if child.dep_ == "prep" and child.lower_ not in aims:
            continue
        out.extend(core_subtree(child, aims=aims))
    return out


def agents_below(head: Token) -> list[Token]:
    """By-agents of participles modifying a phrase ("the tariffs imposed by Washington")."""
    return [t for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
            for t in a.subtree]


def depth_below(token: Token, head: Token) -> int:
    """How many arcs below the phrase head a token sits ("the Norway-based Green Front":
    Green 1, Norway 3)."""
    depth = 0
    while token.i != head.i and token.head.i != token.i and depth < 20:
        token, depth = token.head, depth + 1
    return depth


def missed_name(head: Token, words: list[Token]) -> list[Token]:
    """A person's name the tagger missed at the end of a speaker phrase headed by the name or
    by a title: two or three capitalised proper nouns, untagged, none a title word ("Former US
    Ambassador to the UN Ana Soto" -> Ana Soto)."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return []
    if head.ent_type_ and head.ent_type_ != "PERSON":
        return []
    ordered = [t for t in in_order(words) if not t.is_punct]
    run: list[Token] = []
    for token in reversed(ordered):
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ \
                or token.lower_ in TITLE_WORDS or (run and token.i != run[0].i - 1):
            break
        run.insert(0, token)
    if not 2 <= len(run) <= 3 or not (head in run or head.lower_ in TITLE_WORDS):
        return []
    return run


def locative_below(token: Token, head: Token) -> bool:
    """Whether a token sits in an "in"/"at" phrase below ``head`` ("workers at a plant in Kell")."""
    return locative_prep(token, head) is not None


def locative_prep(token: Token, head: Token) -> str | None:
    """The "in" or "at" of the phrase below ``head`` a token sits in, if any."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "prep":
            return token.lower_ if token.lower_ in ("in", "at") else None
        token = token.head
    return None



def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head its clause hangs from, except that a
    document put out "by" a carrier is its own antecedent ('a ministry memo, published by the
    daily Kell Times, which estimated ...': the memo estimated, not the daily), and "which" after
    a person's "of" phrase stands for the phrase's object ("Chief Ida Roy of the Kell Nation,
    which brought the case": the nation brought it)."""
    clause = pronoun.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    if pronoun.lower_ == "which" and noun.ent_type_ == "PERSON":  # "Chief Ida Roy of the Kell Nation, which ..."
        things = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
                  for g in c.children if g.dep_ == "pobj" and g.i < pronoun.i and g.ent_type_ != "PERSON"]
        noun = things[-1] if things else noun
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.dep_ == "acl" \
            and noun.head.head.head.lemma_.lower() in DOCUMENTS:
        return noun.head.head.head
    return noun


def plural_subject_before(pronoun: Token) -> Token | None:
    """The subject of the previous sentence when it is a plural noun phrase ("Norwegian
    officials met ... They said"): what a sentence-initial "they" most often continues."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    previous = pronoun.doc[sentence.start - 1].sent
    for token in previous:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            if token.tag_ in ("NNS", "NNPS") or token.conjuncts:
                return token
            return None
    return None


def is_antecedent(noun: Token) -> bool:
    """Whether a noun is what a relative clause of its sentence is about (see
    :func:`relative_antecedent`)."""
    return any(t.lower_ in RELATIVE and t.head.dep_ == "relcl" and getattr(relative_antecedent(t), "i", None) == noun.i
               for t in noun.sent)


def document_clause(cue: Token) -> Token | None:
    """A that-clause the parser hung as a relative clause on the document a cue was said in
    ("told its members in a letter that the strike was fair"), or on the place it was said ("told
    reporters outside the court that the group would appeal"): the cue's reported clause, its
    "that" a complementiser (the clause has a subject of its own; marked as one, after a noun that
    is no document), not a relative pronoun."""
    for prep in cue.children:
        if prep.dep_ != "prep":
            continue
        document = prep.lower_ in ("in", "via", "through")
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            marks = ("mark", "dobj") if document and noun.lemma_.lower() in DOCUMENTS else ("mark",)
            clause = next((c for c in noun.children if c.dep_ in ("relcl", "acl")
                           and any(m.lower_ == "that" and m.dep_ in marks and m.i < c.i for m in c.children)
                           and has_child(c, "nsubj", "nsubjpass")), None)
            if clause is not None:
                return clause
    return None


def age_description(head: Token) -> bool:
    """Whether a phrase describes a person by age ("the 41-year-old", "the 58-year-old
    fisherman"): "old" measured in years, as the head or a modifier of the head, after "the"."""
    old = head if head.lower_ == "old" else next((c for c in head.children if c.lower_ == "old" and c.dep_ == "amod"),
                                                  None)
    if old is None or not any(t.lower_ in ("year", "years") for t in old.subtree):
        return False
    start = old.left_edge.i
    return any(t.lower_ == "the" for t in head.subtree if t.i < old.i) \
        or (start > 0 and head.doc[start - 1].lower_ == "the")  # "the" hung elsewhere by the parser


def conjunct_read_as_clause(token: Token) -> bool:
    """A second verb of the subject that the parser read as a clause reported by the first ("X
    said the gate was shut after the wall collapsed, and accused B of ..."): a clause complement
    with no subject of its own, opened by "and"/"but", under a verb with a subject."""
    if token.dep_ != "ccomp" or has_child(token, "nsubj", "nsubjpass", "expl", "csubj", "mark"):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.lower_ in ("and", "but") and before.dep_ == "cc" \
        and has_child(token.head, "nsubj", "nsubjpass")


_SUBORDINATORS = frozenset({"after", "before", "when", "because", "since", "until", "while", "as", "once"})


def conjunct_after_subordinate(token: Token) -> Token | None:
    """The speech verb a subjectless second verb belongs to when the parser joined it to a
    subordinate clause of the reported content ("X said the gate was shut after the wall
    collapsed, and accused B"): the verb after ", and", the subordinate clause's verb, the clause
    it qualifies reported by the returned verb. None otherwise."""
    if token.dep_ != "conj" or has_child(token, "nsubj", "nsubjpass") or token.i < 2:
        return None
    if token.doc[token.i - 1].lower_ not in ("and", "but") or token.doc[token.i - 2].text != ",":
        return None
    clause = token.head
    if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS
                                         for c in clause.children):
        return None
    reported = clause.head
    return reported.head if reported.dep_ == "ccomp" and has_child(reported.head, "nsubj") else None
