"""Who made an act the article names by a noun: "the plan" -> whoever drew it up.

A statement that judges a decision, plan, ruling, recount, offer or law ("the plan is a
disaster", "said the recount was a waste of money", "vowed to challenge the transfers") is a
position on the act's author, usually named elsewhere in the article. :class:`ActAuthors` reads
every paragraph before its cues (:meth:`ActAuthors.note`) and remembers, in reading order:

* an act noun with its own author: a possessor ("the ministry's plan"), a by- or from-phrase
  ("a proposal by X", "an offer from X", "the plan drawn up by X"), a name before it ("the
  Norland plan");
* an act noun as the object of a verb of authoring whose subject is named ("X announced a
  plan", "a judge ordered a recount", "the plan X unveiled");
* an announcement or ruling of a clause ("X announced the region would move water",
  "ballots must be recounted, a judge ruled"): the author of an announcement, and of the acts
  told in the clause ("recounted" -> "the recount"); one told in a relative clause ("X, which
  signed a deal in 2021, ...") is background, no announcement;
* any verb with a named subject, for its nominalisation ("Norland withdrew" -> "the
  withdrawal", "the court found" -> "the findings", "X seized" -> "the seizures", "X voted" ->
  "the vote"), the subject named also by a nationality ("Norlandic boats seized") or a by-phrase
  ("a report by X found"); a verb setting an amount, for that amount ("the board, which sets the price");
* a collective action as the object of a verb with a named subject ("X called a strike"), not
  of a verb of words about it ("X described the strike as ...", :data:`CAMPAIGN_WORDS`);
* an indefinite act noun summing up the clause before it, for that clause's subject ("X
  offered to ..., a proposal the unions rejected").

:meth:`ActAuthors.author` answers for a definite act noun named without an author of its own:
the author of the last record of the same act (same noun, or its verb); else, for an amount
("the figure", "the new price"), the last one who set an amount or announced one ("X sets the
price", "X announced that farmers would receive 41,000 cedis", "... would pay more"); else, for a noun of
the decision classes (:data:`ACT_NOUNS`), the author of the last announcement, order or ruling
told before. In the lede (the first paragraph), which sums up what the next ones tell, an act
noun, definite or not, with no author told before takes the first one told in the next
:data:`LEDE_REACH` paragraphs ("unions rejected a 12 percent rise in the price" -> the board
announcing the new price below). When that author is among the speakers or their side
(``skip``), there is none: a speaker judging its own act is no position on anyone. Elsewhere
an indefinite noun ("a plan") is no act told before, and nothing is taken from the article's
most active actor.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from analysis.pieces import Piece
from analysis.statements.index import EntityIndex
from analysis.statements.nesting import summing_noun

#: Act nouns of amounts: a place owning one is where it is paid, not its author ("Kell's price").
AMOUNTS = frozenset({"price", "figure", "rise", "rate", "fee", "levy", "tax", "package", "increase", "hike", "cut",
                     "fare", "toll", "rent", "wage", "quota"})
#: Nouns of decisions, moves and amounts that stand for one told before ("the plan", "the recount").
ACT_NOUNS = frozenset({"move", "decision", "plan", "measure", "step", "policy", "proposal", "scheme", "order",
                       "ruling", "verdict", "judgment", "judgement", "recount", "transfer", "ban", "reform",
                       "law", "deal", "offer", "change", "initiative", "programme", "program",
                       "strategy", "decree", "directive", "sanction", "tariff", "closure", "withdrawal",
                       "conversion", "expansion", "merger", "takeover", "layoff",
                       "announcement", "action", "pullout", "refusal", "suspension", "cancellation",
                       "expulsion", "deployment", "crackdown", "shutdown", "overhaul", "bailout",
                       "finding", "seizure", "vote"}) | AMOUNTS
#: Verbs whose subject authors the act named as their object or told in their clause.
AUTHORING = frozenset({"announce", "order", "rule", "decide", "propose", "unveil", "approve", "launch",
                       "introduce", "adopt", "impose", "declare", "decree", "sign", "pass", "enact",
                       "implement", "present", "table", "offer", "plan", "authorise",
                       "authorize", "sentence", "uphold", "overturn", "quash", "promise", "pledge"})
#: Verbs that set an amount named as their object ("the board sets the price", "raised the fee"):
#: they author that amount only, never an announcement of something else.
AMOUNT_VERBS = frozenset({"set", "fix", "raise", "lower", "increase", "cut", "hike", "double", "triple"})
#: Collective actions whose doer is the subject of any verb taking them ("X called a strike",
#: "X staged a protest"): the strikers, the protesters.
CAMPAIGNS = frozenset({"strike", "walkout", "stoppage", "protest", "march", "demonstration", "rally", "boycott"})
#: Verbs of words about a collective action ("described the strike as ...", "condemned the
#: protest"): their subject does not take part in it.
CAMPAIGN_WORDS = frozenset({"describe", "condemn", "criticise", "criticize", "denounce", "praise", "welcome", "back",
                            "support", "oppose", "brand", "label", "defend", "reject", "dismiss", "blame", "endorse"})
_STRIKING = frozenset({"strike", "walk", "walkout", "stoppage"})
_PROTESTING = frozenset({"protest", "march", "demonstrate", "demonstration", "rally"})
#: The acts a collective action or its doers' noun stands for ("the strike", "the strikers" ->
#: whoever struck, walked out or called a strike).
CAMPAIGN_ACTS = {"strike": _STRIKING, "walkout": _STRIKING, "stoppage": _STRIKING, "strikers": _STRIKING,
                 "protest": _PROTESTING, "march": _PROTESTING, "demonstration": _PROTESTING,
                 "rally": _PROTESTING, "protesters": _PROTESTING, "protestors": _PROTESTING,
                 "demonstrators": _PROTESTING, "boycott": frozenset({"boycott"}),
                 "boycotters": frozenset({"boycott"})}
#: Words that make an announced clause one of an amount, besides numbers ("farmers would receive
#: more per tonne", "ships would pay more to dock").
AMOUNT_WORDS = frozenset({"more", "less", "fewer", "higher", "lower", "cheaper", "dearer", "pay", "cost", "charge",
                          "earn", "receive"})
#: How many paragraphs after the lede may tell the author of an act the lede names (below).
LEDE_REACH = 2
#: Verbs of a court or authority deciding, whose decision an appeal is against.
RULING = frozenset({"rule", "order", "decide", "sentence", "convict", "uphold", "overturn", "quash", "approve",
                    "decree", "impose"})
#: Nouns whose verb is not written like them ("expulsion" <- "expel").
IRREGULAR = {"expulsion": "expel", "pullout": "pull", "law": "pass", "action": "act", "decision": "decide",
             "deployment": "deploy", "takeover": "take", "crackdown": "crack", "shutdown": "shut",
             "conversion": "convert", "suspension": "suspend", "closure": "close", "refusal": "refuse",
             "ruling": "rule", "verdict": "rule", "judgment": "rule", "judgement": "rule", "proposal": "propose",
             "finding": "find"}
#: Endings of nouns made from verbs ("withdrawal", "cancellation", "payment").
_NOMINAL = ("al", "ion", "ment", "ure", "ance", "ence")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class Authored(NamedTuple):
    """One act and its author: the act noun (or verb) lemma, the verb that made it, and where."""

    noun: str
    verb: str
    name: str
    paragraph: int
    offset: int
    amount: bool = False  # an announcement of an amount ("would receive 41,000", "would pay more")


def same_act(noun: str, verb: str) -> bool:
    """Whether a noun lemma names the act of a verb lemma: the same word ("ban", "recount"), a
    listed irregular one ("expulsion" <- "expel"), or a nominalisation sharing all of the verb
    but its last two letters, and at least four ("withdrawal" <- "withdraw", "cancellation" <-
    "cancel")."""
    if noun == verb or IRREGULAR.get(noun) == verb:
        return True
    if not noun.endswith(_NOMINAL) or len(verb) < 4:
        return False
    return noun.startswith(verb[:max(4, len(verb) - 2)]) and len(noun) > len(verb)


def is_act_noun(token: Token) -> bool:
    """A common noun of the decision classes ("the plan", "the transfers", "the ruling", "the new
    price"), not one said of something else ("the price of rice")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in ACT_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def definite(token: Token) -> bool:
    """"the plan", "this move": an act already told of (not "a plan", "its plan")."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)


def _last_record(lemma: str, records: list[Authored]) -> Authored | None:
    """The last record of the act a noun names: the same act (:func:`same_act`); for an amount
    ("the figure", "a rise in the price"), any amount set or an announcement stating a number;
    for a decision, move or plan, the last announcement, order or ruling."""
    same = [r for r in records if r.noun and same_act(lemma, r.noun)]
    if not same and lemma in AMOUNTS:
        same = [r for r in records if (r.noun in AMOUNTS) or (not r.noun and r.amount)]
    elif not same:
        same = [r for r in records if not r.noun]
    return same[-1] if same else None


class ActAuthors:
    """Memory of the acts an article tells and their authors (rules of the module docstring)."""

    def __init__(self, index: EntityIndex) -> None:
        self.index = index
        self.records: list[Authored] = []

    def note(self, piece: Piece) -> None:
        """Remember the acts of one paragraph piece and their named authors, in reading order."""
        found: list[Authored] = []
        for token in piece.doc:
            if token.pos_ == "NOUN" and token.lemma_.lower() in ACT_NOUNS:
                name = self._own_author(piece, token)
                if name:
                    found.append(self._record(piece, token, token.lemma_.lower(), "own", name))
            if token.pos_ not in ("VERB", "AUX"):
                continue
            name = self._subject(piece, token)
            if name is None:
                continue
            lemma = token.lemma_.lower()
            found.append(self._record(piece, token, lemma, lemma, name))
            found.extend(self._record(piece, c, c.lemma_.lower(), lemma, name) for c in token.children
                         if c.dep_ == "dobj" and c.lemma_.lower() in CAMPAIGNS
                         and lemma not in CAMPAIGN_WORDS)  # "called a strike", not "described the strike"
            if lemma in AMOUNT_VERBS:
                found.extend(self._record(piece, c, c.lemma_.lower(), lemma, name) for c in token.children
                             if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in AMOUNTS)
            if lemma not in AUTHORING:
                continue
            amount = any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT") or t.lemma_.lower() in AMOUNT_WORDS
                         for c in token.children if c.dep_ in ("ccomp", "xcomp", "dobj") for t in c.subtree)
            if token.dep_ != "relcl":  # "X, which signed a deal in 2021, ...": background, no announcement
                found.append(self._record(piece, token, "", lemma, name)._replace(amount=amount))
            for child in token.children:
                if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in ACT_NOUNS:
                    found.append(self._record(piece, child, child.lemma_.lower(), lemma, name))
                if child.dep_ in ("ccomp", "xcomp"):
                    found.extend(self._record(piece, t, t.lemma_.lower(), lemma, name) for t in child.subtree
                                 if t.pos_ == "VERB" and t.i != token.i)
        self.records.extend(sorted(found, key=lambda r: r.offset))

    def author(self, noun: Token, *, position: tuple[int, int], skip: set[str]) -> str | None:
        """The author of a definite act noun named before ``position`` (module docstring); in the
        lede (paragraph 1), of any act noun, told before or in the next :data:`LEDE_REACH`
        paragraphs ("unions rejected a 12 percent rise in the price" -> the board that announced
        the new price in paragraph 2)."""
        lede = position[0] == 1
        if not is_act_noun(noun) or not (definite(noun) or lede):
            return None
        lemma = noun.lemma_.lower()
        before = [r for r in self.records if (r.paragraph, r.offset) < position]
        last = _last_record(lemma, before)
        if last is None and lede:
            after = [r for r in self.records if position[0] < r.paragraph <= position[0] + LEDE_REACH]
            last = _last_record(lemma, [r for r in after if r.noun][::-1]) or _last_record(lemma, after[::-1])
        return last.name if last is not None and last.name not in skip else None

    def actor(self, acts: frozenset[str], *, position: tuple[int, int], accept) -> str | None:
        """The author of the last record of one of these acts (verb or noun lemmas) told before
        ``position`` whose name ``accept`` takes ("the union walked out ... the strikers")."""
        for r in reversed(self.records):
            if (r.paragraph, r.offset) < position and (r.verb in acts or r.noun in acts) and accept(r.name):
                return r.name
        return None

    def ruler(self, *, position: tuple[int, int], skip: set[str]) -> str | None:
        """Whose decision an appeal with no object is against: the author of the last ruling,
        order or decision told before ("X ruled ...; Y said it would appeal" -> X)."""
        rulings = [r for r in self.records if not r.noun and r.verb in RULING and (r.paragraph, r.offset) < position]
        return rulings[-1].name if rulings and rulings[-1].name not in skip else None

    # -- reading ---------------------------------------------------------------------------------

    @staticmethod
    def _record(piece: Piece, token: Token, noun: str, verb: str, name: str) -> Authored:
        return Authored(noun, verb, name, piece.paragraph, piece.offset + token.idx)

    def _entity(self, piece: Piece, token: Token, *, places: bool = True) -> str | None:
        start = piece.offset + token.idx
        hit = self.index.at(piece.paragraph, start, start + len(token.text))
        if hit is None or (not places and hit.type in ("GPE", "LOC", "FAC")):
            return None
        return hit.name

    def _own_author(self, piece: Piece, noun: Token) -> str | None:
        """The author named with an act noun: "X's plan", "the X plan", "a plan by X", "an offer
        from X", "the plan drawn up by X"."""
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
        owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                   for g in c.children if g.dep_ == "pobj"]
        owners += [g for a in noun.children if a.dep_ == "acl" for c in a.children if c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj"]
        places = noun.lemma_.lower() not in AMOUNTS  # "Kell's price": where it is paid
        found = next((name for owner in owners if (name := self._phrase_entity(piece, owner, places=places))), None)
        return found or self._summed_up(piece, noun)

    def own_author(self, piece: Piece, noun: Token) -> str | None:
        """The author named with an act noun in its own sentence (:meth:`_own_author`), for a
        noun that is no definite mention of an act told before ("a proposal the unions rejected")."""
        return self._own_author(piece, noun) if noun.pos_ == "NOUN" and noun.lemma_.lower() in ACT_NOUNS else None

    def _summed_up(self, piece: Piece, noun: Token) -> str | None:
        """An indefinite act noun set after a comma sums up the clause before it ("X has offered
        to restore a third, a proposal the unions rejected"; "the council voted to close the
        library, a decision residents condemned"): its author is that clause's named subject,
        the first verb above the noun or a verb it completes (xcomp, conj)."""
        if not summing_noun(noun):
            return None
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        while verb.pos_ in ("VERB", "AUX") and verb.i < noun.i:
            name = self._subject(piece, verb)
            if name or verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.head.i == verb.i:
                return name
            verb = verb.head
        return None

    def _subject(self, piece: Piece, verb: Token) -> str | None:
        """The named actor of a verb: its subject or by-agent, a name at the subject's head or
        qualifying it ("a High Court judge ruled" -> the court), a he/she the last person named;
        a participle with none shares its clause's ("X quashed the permit, ruling that ..." -> X)."""
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
        heads += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not heads and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
            heads = [c for c in verb.head.children if c.dep_ == "nsubj"]
        for head in heads:
            if head.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                head = verb.head  # "the board, which sets the price": the board
            if head.lower_ in ("he", "she"):
                return self.index.last_before(piece.paragraph, piece.offset + head.idx, ("PERSON",), topic=False)
            name = self._phrase_entity(piece, head)
            if name:
                return name
        return None

    def _phrase_entity(self, piece: Piece, head: Token, *, places: bool = True) -> str | None:
        """A name at a phrase's head, else in a name, possessor or compound before it, else a
        nationality qualifying it ("Norlandic patrol boats" -> Norland), else the one it is by
        ("the report by the inspection agency found" -> the agency)."""
        name = self._entity(piece, head, places=places)
        if name:
            return name
        for child in head.children:
            if child.dep_ in ("compound", "poss", "nmod") and child.i < head.i:
                name = next((n for t in child.subtree if (n := self._entity(piece, t, places=places))), None)
                if name:
                    return name
        for child in head.children:
            if child.dep_ == "amod" and child.i < head.i and child.ent_type_ == "NORP":
                name = self._entity(piece, child, places=places)
                if name:
                    return name
        by = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        return next((n for g in by if (n := self._entity(piece, g, places=places))), None)
