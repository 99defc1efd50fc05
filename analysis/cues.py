"""Cue words of attributed statements, by lemma, with the stance each one carries.

Three families, following the annotation rules in ``../shared/eval/README.md``:

* **speech** verbs report what someone said. Those in :data:`CLAUSAL_SPEECH`
  make a statement only with reported content (a quote, a that-clause, a
  clause complement, "according to"), so "declared war" or "announced a
  visit" are events, not statements; the others (deny, suggest, warn...) are
  statements with a plain object too.
* **position** verbs take a position by word or act: condemn, praise, expel...
  Their stance toward the target is fixed by the verb.
* **request** verbs (urge, call for, demand...) ask someone to act: the stance
  toward the target comes from the requested action (sever ties, impose
  sanctions -> oppose; support, recognise -> support).

Nominal forms ("Khamenei's call for", "the branding of", "condemnation by")
are in :data:`NOUN_CUES`. Verbs that report a failure to act (avoid,
fail, refrain...) cancel the cue beneath them: "avoided criticism" is not a
statement.
"""

from __future__ import annotations

Stance = str  # "support" | "oppose" | "neutral"

#: Speech verbs that need reported content to count.
CLAUSAL_SPEECH = {
    "say", "tell", "state", "add", "claim", "announce", "declare", "insist", "argue", "note",
    "explain", "stress", "assert", "write", "tweet", "post", "acknowledge", "admit", "allege",
    "maintain", "reiterate", "confirm", "predict", "report", "believe", "think", "contend",
    "emphasise", "emphasize", "observe", "remark", "reply", "respond", "comment",
    "concede", "estimate", "caution", "signal", "indicate", "describe", "testify", "conclude",
}
#: Speech verbs that are statements with a plain object too; neutral unless content shows a stance.
SPEECH = {"deny", "suggest", "propose", "question", "dispute", "promise", "vow", "pledge",
          "threaten", "ask"}

#: Speech verbs that report without judging: always neutral ("The BBC reported that ...").
NEUTRAL_SPEECH = {"report"}

#: Position verbs with a fixed stance toward their target.
POSITION = {
    # oppose
    "condemn": "oppose", "criticize": "oppose", "criticise": "oppose", "denounce": "oppose",
    "reject": "oppose", "accuse": "oppose", "blame": "oppose", "slam": "oppose", "decry": "oppose",
    "oppose": "oppose", "expel": "oppose", "sanction": "oppose", "boycott": "oppose",
    "protest": "oppose", "rebuke": "oppose", "lambast": "oppose", "censure": "oppose",
    "castigate": "oppose", "deplore": "oppose", "vilify": "oppose", "dismiss": "oppose",
    "disavow": "oppose", "chastise": "oppose", "berate": "oppose", "scold": "oppose",
    "assail": "oppose", "blast": "oppose", "mock": "oppose", "ridicule": "oppose",
    "veto": "oppose", "ban": "oppose", "denigrate": "oppose", "warn": "oppose", "summon": "oppose",
    # support
    "praise": "support", "laud": "support", "welcome": "support", "support": "support",
    "back": "support", "endorse": "support", "applaud": "support", "commend": "support",
    "hail": "support", "defend": "support", "thank": "support", "congratulate": "support",
    "celebrate": "support", "salute": "support", "embrace": "support", "champion": "support",
    "approve": "support", "recognise": "support", "recognize": "support", "extol": "support",
    "admire": "support", "honour": "support", "honor": "support", "reaffirm": "support",
}
#: Verbs whose stance depends on what they call X ("called the attack horrific", "branded them heroes").
LABELLING = {"call", "brand", "label", "term", "dub", "describe", "characterise", "characterize"}
#: Request verbs: stance from the requested action.
REQUEST = {"urge", "demand", "press", "implore", "request", "push", "advocate", "seek",
           "encourage", "beg", "exhort", "invite"}
#: Phrasal positions: (verb lemma, particle or preposition) -> stance.
PHRASAL = {("stand", "by"): "support", ("stand", "with"): "support", ("side", "with"): "support",
           ("call", "for"): "request", ("call", "on"): "request", ("call", "upon"): "request",
           ("speak", "out"): "oppose", ("lash", "out"): "oppose", ("hit", "out"): "oppose",
           ("rally", "behind"): "support", ("stand", "behind"): "support",
           ("push", "for"): "request", ("press", "for"): "request", ("appeal", "for"): "request",
           ("cut", "ties"): "oppose", ("speak", "against"): "oppose", ("rail", "against"): "oppose"}

#: Nominal cues: noun lemma -> stance or family.
NOUN_CUES = {
    "call": "request", "demand": "request", "appeal": "request", "plea": "request",
    "request": "request", "condemnation": "oppose", "criticism": "oppose", "denunciation": "oppose",
    "rejection": "oppose", "accusation": "oppose", "branding": "label", "praise": "support",
    "support": "support", "backing": "support", "endorsement": "support", "denial": "neutral",
    "warning": "oppose", "claim": "neutral", "statement": "neutral", "remarks": "neutral",
    "comment": "neutral", "threat": "oppose", "rebuke": "oppose", "boycott": "oppose",
    "welcome": "support", "opposition": "oppose", "solidarity": "support", "concern": "oppose",
    "approval": "support", "disapproval": "oppose", "outrage": "oppose", "anger": "oppose",
}
#: Verbs that carry a nominal cue as their object ("voiced support", "expressed concern").
LIGHT_VERBS = {"voice", "express", "offer", "pledge", "signal", "reiterate", "lend", "show", "give",
               "declare", "register", "convey"}
#: Nominal cues that need an explicit agent (a possessive, "by X") to count.
AGENT_ONLY_NOUNS = {"support", "statement", "remarks", "comment", "claim", "criticism", "warning",
                    "threat", "welcome", "accusation", "denial"}

#: Heads that turn a cue below them into a failure to act, not a statement.
FAILURE_HEADS = {"avoid", "fail", "refrain", "refuse", "decline", "hesitate", "neglect", "stop",
                 "cease", "omit", "shy"}

#: Requested actions against their target.
HOSTILE_ACTIONS = {
    "sever", "cut", "sanction", "sanctions", "embargo", "boycott", "expel", "ban", "punish",
    "isolate", "suspend", "freeze", "halt", "stop", "end", "withdraw", "recall", "close",
    "downgrade", "break", "impose", "blockade", "arrest", "prosecute", "condemn", "reject",
    "oppose", "strike", "attack", "destroy", "eliminate", "eradicate", "confront", "resist",
    "fight", "pressure", "investigate", "severance", "tariff", "tariffs", "restriction",
    "restrictions", "penalty", "penalties", "divest", "divestment",
}
#: Requested actions in favour of their target.
FRIENDLY_ACTIONS = {
    "support", "help", "aid", "assist", "recognise", "recognize", "protect", "defend", "fund",
    "back", "welcome", "release", "free", "normalise", "normalize", "strengthen", "restore",
    "resume", "reward", "praise", "join", "admit", "rebuild", "invest", "cooperate", "engage",
}

#: Nouns of violent acts: an entity after "on"/"against" is the victim, not the one judged.
VIOLENCE_NOUNS = {"attack", "assault", "bombing", "strike", "airstrike", "killing", "invasion",
                  "raid", "shooting", "massacre", "incursion", "offensive", "shelling", "ambush"}

#: Nouns that stand for an unnamed source.
UNNAMED_SOURCES = {
    "official", "officials", "source", "sources", "critic", "critics", "analyst", "analysts",
    "spokesperson", "spokesman", "spokeswoman", "expert", "experts", "observer", "observers",
    "diplomat", "diplomats", "witness", "witnesses", "resident", "residents", "people", "leader",
    "leaders", "activist", "activists", "protester", "protesters", "lawmaker", "lawmakers",
    "minister", "ministers", "government", "authorities", "statement", "report", "reports",
    "workers", "employees", "staff", "members", "residents", "students", "doctors", "lawyers",
    "investors", "traders", "economists", "scientists", "researchers", "campaigners", "voters",
}
#: Speech verbs whose object is the person told, not what the statement is about.
ADDRESSED = {"tell", "inform", "assure", "warn", "brief", "remind", "promise", "ask", "urge"}

#: Definite descriptions that refer back to an entity of these types ("the country said").
DESCRIPTIONS = {
    "country": ("GPE",), "nation": ("GPE",), "state": ("GPE",), "kingdom": ("GPE",),
    "republic": ("GPE",), "government": ("GPE", "ORG"), "regime": ("GPE", "ORG"),
    "administration": ("ORG", "GPE"), "group": ("ORG", "NORP"), "organisation": ("ORG",),
    "organization": ("ORG",), "ministry": ("ORG",), "movement": ("ORG", "NORP"),
    "party": ("ORG",), "company": ("ORG",), "firm": ("ORG",), "agency": ("ORG",),
    "militia": ("ORG",), "army": ("ORG",), "alliance": ("ORG",), "bloc": ("ORG",),
    "council": ("ORG",), "court": ("ORG",), "union": ("ORG",), "committee": ("ORG",),
    "city": ("GPE",), "capital": ("GPE",), "regulator": ("ORG",), "watchdog": ("ORG",),
    "commission": ("ORG",), "bank": ("ORG",), "authority": ("ORG",), "federation": ("ORG",),
    "institute": ("ORG",), "board": ("ORG",), "department": ("ORG",), "office": ("ORG",),
"network": ("ORG",), "broadcaster": ("ORG",), "newspaper": ("ORG",),
    "carmaker": ("ORG",), "airline": ("ORG",), "insurer": ("ORG",), "retailer": ("ORG",),
    "manufacturer": ("ORG",), "operator": ("ORG",), "club": ("ORG",), "team": ("ORG",),
    "bill": ("LAW", "ORG", "PRODUCT", "WORK_OF_ART"), "law": ("LAW",), "treaty": ("LAW",),
    "accord": ("LAW",), "agreement": ("LAW",),
}
