"""Construction-by-construction cases for statement extraction (pure data).

Every case is a short invented text (the body of an article: the harness prepends a neutral title)
and the statements the annotation rules of ``../shared/eval/README.md`` ("Statements" and the
clarifications) give for it. The categories are the construction rows of the Statements table in
``../shared/eval/unseen-errors.md``; the expectations come from the rules, not from the code.

- ``Expect.speaker`` / ``Expect.target``: canonical entity names as the rules resolve them (a
  person's full name even where the text uses a pronoun, a surname or a description).
- ``target``: None (no target), a name, or a tuple of acceptable names.
- ``paragraph``: body paragraphs are separated by a blank line and numbered from 1.
- ``expected == []``: the text carries no named statement at all.
- ``exhaustive=False``: the case only checks the listed statements; other named statements in the
  text are neither required nor forbidden.
"""

from __future__ import annotations

from typing import NamedTuple


class Expect(NamedTuple):
    speaker: str
    cue: str
    target: None | str | tuple[str | None, ...]
    stance: str
    paragraph: int = 1


class Case(NamedTuple):
    category: str
    text: str
    expected: list
    note: str = ""
    exhaustive: bool = True


S, O, N = "support", "oppose", "neutral"

CASES = [
    # ------------------------------------------------------------------------------------------
    # LEX-SPEECH: speech or assessment verbs (advise, recommend, cite, continue, expect, predict,
    # acknowledge, estimate ...) are cues like "said".
    Case("LEX-SPEECH", "The Norwegian Meteorological Institute advised hikers to stay off the mountain passes on Sunday.",
         [Expect("Norwegian Meteorological Institute", "advised", None, N)]),
    Case("LEX-SPEECH", "Dr Helen Ward recommended that swimmers check the tide tables before entering the water.",
         [Expect("Helen Ward", "recommended", None, N)]),
    Case("LEX-SPEECH", "Coach Peter Sand cited the heavy pitch as the main reason for the defeat.",
         [Expect("Peter Sand", "cited", None, N)]),
    Case("LEX-SPEECH", "Northwind Bank expects interest rates to fall slowly next year.",
         [Expect("Northwind Bank", "expects", None, N)]),
    Case("LEX-SPEECH", "Economist Laura Finch predicted that house prices would stall until the autumn.",
         [Expect("Laura Finch", "predicted", None, N)]),
    Case("LEX-SPEECH", "Ravi Mehta, the treasurer of the rowing club, acknowledged that ticket sales had dropped.",
         [Expect("Ravi Mehta", "acknowledged", None, N)]),
    Case("LEX-SPEECH", "\"We will add two boats in April,\" said Ana Costa, the director of the ferry line.\n\n"
                       "\"The timetable will also change in May,\" she continued.",
         [Expect("Ana Costa", "said", None, N, 1), Expect("Ana Costa", "continued", None, N, 2)],
         note="a continuation paragraph with a cue of its own and new content is a statement"),

    # ------------------------------------------------------------------------------------------
    # LEX-ACT: a position taken by an act (second a motion, levy, designate as, file a suit, veto, sue).
    Case("LEX-ACT", "Councillor Jane Holt seconded the motion to sell the old fire station.",
         [Expect("Jane Holt", "seconded", None, S)], note="seconding a motion backs it; the motion is no entity"),
    Case("LEX-ACT", "The Danish Maritime Authority levied a heavy fine on Northwind Shipping for dumping waste at sea.",
         [Expect("Danish Maritime Authority", "levied", "Northwind Shipping", O)]),
    Case("LEX-ACT", "Canada designated the Red Hand Brigade as a terrorist organisation on Thursday.",
         [Expect("Canada", "designated", "Red Hand Brigade", O)]),
    Case("LEX-ACT", "Greenpeace filed a lawsuit against Orion Mining over the copper spill.",
         [Expect("Greenpeace", "filed", "Orion Mining", O)]),
    Case("LEX-ACT", "The Harbour Board sued Baltic Savings Bank for breach of contract.",
         [Expect("Harbour Board", "sued", "Baltic Savings Bank", O)]),
    Case("LEX-ACT", "President Laura Kim vetoed the Water Rights Act on Friday.",
         [Expect("Laura Kim", "vetoed", "Water Rights Act", O)]),
    Case("LEX-ACT", "Kenya ratified the Lake Victoria Fisheries Treaty last week.",
         [Expect("Kenya", "ratified", "Lake Victoria Fisheries Treaty", S)],
         note="approving a named agreement as a formal act supports it"),

    # ------------------------------------------------------------------------------------------
    # T-INCIDENTAL: a neutral report whose content merely mentions a place, a source, a bystander or
    # a possessive modifier has no target.
    Case("T-INCIDENTAL", "Northwind Bank reported record profits in Norway, helped by customers from Sweden.",
         [Expect("Northwind Bank", "reported", None, N)]),
    Case("T-INCIDENTAL", "Keeper Anna Vik said the two new penguins had arrived from Chile last week.",
         [Expect("Anna Vik", "said", None, N)]),
    Case("T-INCIDENTAL", "Chef Paolo Rossi said he had learned to bake bread in Lyon as a young man.",
         [Expect("Paolo Rossi", "said", None, N)]),
    Case("T-INCIDENTAL", "The Pemberton Rowing Club said its boathouse, built with Swedish timber, would reopen in May.",
         [Expect("Pemberton Rowing Club", "said", None, N)]),
    Case("T-INCIDENTAL", "Astronomer Lena Park told the Daily Ledger that the comet would be visible from Portugal next week.",
         [Expect("Lena Park", "told", None, N)],
         note="the outlet is an addressee that only carries her words: no statement of its own"),
    Case("T-INCIDENTAL", "Mark Ellis, a former engineer at Sony, said the battery lasted twelve hours in the cold.",
         [Expect("Mark Ellis", "said", None, N)]),

    # ------------------------------------------------------------------------------------------
    # T-DESCR: the target is named earlier and referred to by a title, a description or a pronoun.
    Case("T-DESCR", "Governor Alice Monroe cut the school budget on Monday.\n\n"
                    "\"The governor has betrayed our children,\" said union leader Ray Dunn.",
         [Expect("Ray Dunn", "said", "Alice Monroe", O, 2)]),
    Case("T-DESCR", "Sofia Mendes became director of the Lisbon Opera in June. "
                    "Critic Paul Grant praised the new director for her bold programme.",
         [Expect("Paul Grant", "praised", "Sofia Mendes", S)]),
    Case("T-DESCR", "Coach Hannah Lee lost her job at Riverside FC on Sunday. "
                    "Captain Joe Mills condemned the club's decision.",
         [Expect("Joe Mills", "condemned", "Riverside FC", O)]),
    Case("T-DESCR", "Northwind Bank raised its fees again in March. "
                    "Consumer advocate Eva Stone criticised the lender for punishing loyal customers.",
         [Expect("Eva Stone", "criticised", "Northwind Bank", O)]),
    Case("T-DESCR", "Prime Minister Jonas Berg visited the flooded villages on Tuesday. "
                    "Farmer Ida Lund said she was grateful to him for his quick help.",
         [Expect("Ida Lund", "said", "Jonas Berg", S)]),
    Case("T-DESCR", "The Northern Athletics Federation met on Monday to discuss the sprinter Kate Olsen.\n\n"
                    "Her lawyer, Tom Briggs, said the federation had treated his client unfairly.",
         [Expect("Tom Briggs", "said", "Northern Athletics Federation", O, 2)]),

    # ------------------------------------------------------------------------------------------
    # GROUP: a plural subject or pronoun standing for named people gives one statement per member.
    Case("GROUP", "Coaches Anna Berg and Tom Reyes were fined on Friday. Both coaches said the fine was unfair.",
         [Expect("Anna Berg", "said", None, O), Expect("Tom Reyes", "said", None, O)]),
    Case("GROUP", "Ministers Karl Olsen and Petra Holm visited the dam. They said the repairs would take a year.",
         [Expect("Karl Olsen", "said", None, N), Expect("Petra Holm", "said", None, N)]),
    Case("GROUP", "Scientists Mia Chen and Omar Haddad published their study in May. "
                  "The two researchers said the glacier was shrinking faster than expected.",
         [Expect("Mia Chen", "said", None, N), Expect("Omar Haddad", "said", None, N)]),
    Case("GROUP", "Maria Lopez and Daniel Cruz founded Greenleaf Foods in 2015. "
                  "Both of them praised Northwind Bank for its patience during the crisis.",
         [Expect("Maria Lopez", "praised", "Northwind Bank", S),
          Expect("Daniel Cruz", "praised", "Northwind Bank", S)]),
    Case("GROUP", "Senators Paul Drake and Nina Ross travelled to Kenya last week.\n\n"
                  "The pair criticised the Kenyan government over the arrests of journalists.",
         [Expect("Paul Drake", "criticised", "Kenya", O, 2), Expect("Nina Ross", "criticised", "Kenya", O, 2)]),
    Case("GROUP", "Tennis players Lucy Hart and Emma Doyle withdrew from the tournament. "
                  "Both players said they were injured.",
         [Expect("Lucy Hart", "said", None, N), Expect("Emma Doyle", "said", None, N)]),

    # ------------------------------------------------------------------------------------------
    # S-TONE-NEUTRAL: a factual claim in emotive words evaluates no one: neutral.
    Case("S-TONE-NEUTRAL", "Engineer Carlos Mendes said the tunnel would reopen after a long and painful repair.",
         [Expect("Carlos Mendes", "said", None, N)]),
    Case("S-TONE-NEUTRAL", "Dr Sarah Quinn said the storm had caused terrible damage along the coast.",
         [Expect("Sarah Quinn", "said", None, N)]),
    Case("S-TONE-NEUTRAL", "Fire chief Ben Harris said the blaze was the worst he had seen in twenty years.",
         [Expect("Ben Harris", "said", None, N)]),
    Case("S-TONE-NEUTRAL", "\"The winter was brutal and hundreds of sheep died,\" farmer Owen Price said.",
         [Expect("Owen Price", "said", None, N)]),
    Case("S-TONE-NEUTRAL", "Northwind Bank said its profits had fallen sharply in a very difficult year.",
         [Expect("Northwind Bank", "said", None, N)]),
    Case("S-TONE-NEUTRAL", "Historian Julia Brandt said the plague had killed thousands of people in the city.",
         [Expect("Julia Brandt", "said", None, N)]),

    # ------------------------------------------------------------------------------------------
    # ACTPURPOSE: a passive act with a by-agent (funded by, approved by, set up by ...) is no position.
    Case("ACTPURPOSE", "The new playground was paid for by Northwind Bank.", []),
    Case("ACTPURPOSE", "The shelter was set up by the Red Cross to promote safety during storms.", []),
    Case("ACTPURPOSE", "The city marathon was organised by the Lisbon Running Club.", []),
    Case("ACTPURPOSE", "The research into the new vaccine was sponsored by Orion Pharmaceuticals.", []),
    Case("ACTPURPOSE", "The harvest festival, financed by the Arts Council, drew thousands of visitors.", []),
    Case("ACTPURPOSE", "The budget for the library was approved by the Westbrook Council on Tuesday.", [],
         note="an unnamed budget: no named agreement, body or bill"),

    # ------------------------------------------------------------------------------------------
    # NER-SPEAKER: phrase-like company names, outlets named by a common word, a name after a
    # misspelt title: the statement keeps its named speaker.
    Case("NER-SPEAKER", "Snack maker Happy Crunch Foods said prices would rise in the summer.",
         [Expect("Happy Crunch Foods", "said", None, N)]),
    Case("NER-SPEAKER", "Toy company Just Play said its sales had doubled over Christmas.",
         [Expect("Just Play", "said", None, N)]),
    Case("NER-SPEAKER", "Cafe chain Good Morning Coffee said it would open ten shops next year.",
         [Expect("Good Morning Coffee", "said", None, N)]),
    Case("NER-SPEAKER", "Counciler Maria Voss said the swimming pool would close for repairs.",
         [Expect("Maria Voss", "said", None, N)]),
    Case("NER-SPEAKER", "Secretery of State Helen Brooks said the talks would resume in June.",
         [Expect("Helen Brooks", "said", None, N)]),
    Case("NER-SPEAKER", "The magazine Outside reported that the coastal trail had been closed after a landslide.",
         [Expect("Outside", "reported", None, N)], note="an outlet that reports is a neutral speaker"),
    Case("NER-SPEAKER", "Farm shop Fresh Fields, a client of Northwind Bank, said its sales had doubled.",
         [Expect("Fresh Fields", "said", None, N)], note="not given to the nearby organisation"),

    # ------------------------------------------------------------------------------------------
    # PRON: he/she/they stand for an unnamed description, group or another person, not for the
    # most recently named entity.
    Case("PRON", "Captain Sam Cole missed the game. The team's doctor told the panel the pitch was dangerous. "
                 "She also said training should stop.", []),
    Case("PRON", "Mayor Julia Reyes opened the new bridge on Monday. A local engineer said it was too narrow. "
                 "He said the lanes should be widened.", []),
    Case("PRON", "Northwind Bank cut its savings rates. Some customers said they were angry. "
                 "They also said they would move their money.", []),
    Case("PRON", "David Moreno was appointed coach by Anna Holm in May. He said the squad was ready for the season.",
         [Expect("David Moreno", "said", None, N)]),
    Case("PRON", "The Harbour Board met Tom Riley, a fisherman, on Friday. It said the harbour would close for a week.",
         [Expect("Harbour Board", "said", None, N)]),
    Case("PRON", "Norwegian officials met the fishermen in Bergen. They said the cod quota would stay the same.",
         [Expect("Norway", "said", None, N)],
         note="an unnamed source qualified by a demonym speaks for the country"),

    # ------------------------------------------------------------------------------------------
    # AGENTLESS: a nominal cue with no agent (concern, criticism, praise, opposition ...) belongs to
    # no one, not to the paragraph's last speaker.
    Case("AGENTLESS", "The Rijksmuseum said there was growing concern about the roof.",
         [Expect("Rijksmuseum", "said", None, N)]),
    Case("AGENTLESS", "Northwind Bank said its fees would rise on Monday. The decision drew widespread criticism online.",
         [Expect("Northwind Bank", "said", None, N)]),
    Case("AGENTLESS", "Coach Ellen Park said the team was tired. Praise for the young goalkeeper has grown all season.",
         [Expect("Ellen Park", "said", None, N)]),
    Case("AGENTLESS", "Minister Hugo Lind said the new road would open in June. "
                      "Opposition to the road has been strong in the nearby villages.",
         [Expect("Hugo Lind", "said", None, N)]),
    Case("AGENTLESS", "The Oslo City Council said the tram line would be extended. Approval of the plan is expected next month.",
         [Expect("Oslo City Council", "said", None, N)]),
    Case("AGENTLESS", "Dr Nina Patel said the vaccine trial had ended. Support for the programme remains high.",
         [Expect("Nina Patel", "said", None, N)]),

    # ------------------------------------------------------------------------------------------
    # QSEP: the quote is separated from its cue by an addressee, adjuncts or a reported clause.
    Case("QSEP", "Striker Leo Marsh told journalists after Saturday's match \"We deserved every point today.\"",
         [Expect("Leo Marsh", "told", None, N)]),
    Case("QSEP", "Mayor Clara Stone said on Monday, speaking outside the town hall: "
                 "\"The Harbour Board has let this town down.\"",
         [Expect("Clara Stone", "said", "Harbour Board", O)]),
    Case("QSEP", "Ruth Adler, the chief executive of Northwind Bank, told shareholders at the annual meeting in Oslo "
                 "\"Our profits will recover next year.\"",
         [Expect("Ruth Adler", "told", None, N)]),
    Case("QSEP", "Coach Ivan Petrov explained why he had dropped Marco Silva from the squad: "
                 "\"He broke the team's rules twice and lied about it.\"",
         [Expect("Ivan Petrov", "explained", "Marco Silva", O)]),
    Case("QSEP", "Senator Mark Hill said in a radio interview on Sunday morning: \"Sweden has been a loyal friend to us.\"",
         [Expect("Mark Hill", "said", "Sweden", S)]),
    Case("QSEP", "Marta Silva, who chairs the Lisbon Ferry Company, told the inquiry on Wednesday \"Our boats were safe.\"",
         [Expect("Marta Silva", "told", None, N)]),

    # ------------------------------------------------------------------------------------------
    # S-NEGVOCAB-SUPPORT: support in words of alarm, grief or disbelief.
    Case("S-NEGVOCAB-SUPPORT", "Mayor Peter Holm called the late singer Rosa Lind \"a fallen hero\" of the city.",
         [Expect("Peter Holm", "called", "Rosa Lind", S)]),
    Case("S-NEGVOCAB-SUPPORT", "Coach Maria Santos said she was devastated to lose Jonas Eriksen, "
                               "\"the finest player I have ever coached\".",
         [Expect("Maria Santos", "said", "Jonas Eriksen", S)]),
    Case("S-NEGVOCAB-SUPPORT", "\"I still can't believe how brilliant Anna Kovac was tonight,\" said her teammate Lena Brandt.",
         [Expect("Lena Brandt", "said", "Anna Kovac", S)]),
    Case("S-NEGVOCAB-SUPPORT", "Captain Ruth Adams said losing goalkeeper Emil Novak to injury was \"a nightmare\" "
                               "because he was simply irreplaceable.",
         [Expect("Ruth Adams", "said", "Emil Novak", S)]),
    Case("S-NEGVOCAB-SUPPORT", "Mayor Tessa Grant said the town would never forget the bravery of lifeguard Oliver Shaw, "
                               "who died in the storm.",
         [Expect("Tessa Grant", "said", "Oliver Shaw", S)]),
    Case("S-NEGVOCAB-SUPPORT", "\"It is a disaster that we are losing Kate Moore, the best nurse this hospital has ever had,\" "
                               "said ward manager Peter Lowe.",
         [Expect("Peter Lowe", "said", "Kate Moore", S)]),

    # ------------------------------------------------------------------------------------------
    # T-ADDRESSEE: the addressee (an outlet, an organisation asked to act, citizens addressed) is
    # never the target; a call on X to help Y supports Y.
    Case("T-ADDRESSEE", "Coach Tim Baker told the BBC: \"The referee was biased against us all afternoon.\"",
         [Expect("Tim Baker", "told", None, O)]),
    Case("T-ADDRESSEE", "The Red Cross asked Norway to send doctors to Malawi.",
         [Expect("Red Cross", "asked", "Malawi", S)]),
    Case("T-ADDRESSEE", "Minister Eva Lund asked Swedish citizens to avoid all travel during the storm.",
         [Expect("Eva Lund", "asked", None, N)]),
    Case("T-ADDRESSEE", "Singer Marta Gomez told The Guardian that her new album would be released in May.",
         [Expect("Marta Gomez", "told", None, N)]),
    Case("T-ADDRESSEE", "Mayor Lars Nilsson urged Northwind Bank to help Greenleaf Foods through the crisis.",
         [Expect("Lars Nilsson", "urged", "Greenleaf Foods", S)]),
    Case("T-ADDRESSEE", "Footballer Ana Ruiz wrote to the Spanish Football Federation: \"I will not play again this season.\"",
         [Expect("Ana Ruiz", "wrote", None, N)]),
    Case("T-ADDRESSEE", "Professor Ian Hall told CNN: \"Our results show that the drug works.\"",
         [Expect("Ian Hall", "told", None, N)]),
    Case("T-ADDRESSEE", "In an interview with the BBC, coach Tim Baker said the season had been very long.",
         [Expect("Tim Baker", "said", None, N)], note="an outlet that only carries a named speaker's words"),

    # ------------------------------------------------------------------------------------------
    # NESTED: a cue inside the that-clause, infinitive or for-gerund of another cue is no statement
    # of its own.
    Case("NESTED", "Chairwoman Ruth Evans said the staff would demand a review of the pay scales.",
         [Expect("Ruth Evans", "said", None, N)]),
    Case("NESTED", "Mayor Joan Hill said residents would be asked to approve the plan in a vote.",
         [Expect("Joan Hill", "said", None, N)]),
    Case("NESTED", "Farmer Tom Kerr said his neighbours had urged him to sell the land.",
         [Expect("Tom Kerr", "said", None, N)]),
    Case("NESTED", "Coach Marta Vidal told reporters that the players would ask for more rest days.",
         [Expect("Marta Vidal", "told", None, N)]),
    Case("NESTED", "Investor Paul Becker said he expected shareholders to reject the offer.",
         [Expect("Paul Becker", "said", None, N)]),
    Case("NESTED", "Northwind Bank said it planned to thank its staff at the annual dinner.",
         [Expect("Northwind Bank", "said", None, N)]),

    # ------------------------------------------------------------------------------------------
    # S-POSVOCAB-OPPOSE: criticism in positive words (a concession before "but", a negated positive).
    Case("S-POSVOCAB-OPPOSE", "\"Lower fees are a good idea in theory, but Northwind Bank's plan helps nobody,\" "
                              "said consumer advocate Eva Stone.",
         [Expect("Eva Stone", "said", "Northwind Bank", O)]),
    Case("S-POSVOCAB-OPPOSE", "Coach Pablo Ortiz said the ruling of the Spanish Football Federation was not fair to his players.",
         [Expect("Pablo Ortiz", "said", "Spanish Football Federation", O)]),
    Case("S-POSVOCAB-OPPOSE", "Opposition leader Karen Blake said she admired the ambition of the plan, "
                              "but that Prime Minister Erik Sund had broken every promise.",
         [Expect("Karen Blake", "said", "Erik Sund", O)]),
    Case("S-POSVOCAB-OPPOSE", "\"Nice words, but Orion Mining has never cleaned up a single river,\" said activist Jonas Kraft.",
         [Expect("Jonas Kraft", "said", "Orion Mining", O)]),
    Case("S-POSVOCAB-OPPOSE", "Critic Helen Moss said the new production by the Lisbon Opera was hardly a success.",
         [Expect("Helen Moss", "said", "Lisbon Opera", O)]),
    Case("S-POSVOCAB-OPPOSE", "Former minister Olga Berg said the budget of Chancellor David Frey was \"not good enough for families\".",
         [Expect("Olga Berg", "said", "David Frey", O)]),

    # ------------------------------------------------------------------------------------------
    # S-REQUEST-ACTION: a request whose action is hostile or friendly only by implication.
    Case("S-REQUEST-ACTION", "Riverside United urged its fans to question the motives of the Premier League.",
         [Expect("Riverside United", "urged", "Premier League", O)]),
    Case("S-REQUEST-ACTION", "Activist Lena Frost called on voters to look very closely at Senator Dan Price's expenses.",
         [Expect("Lena Frost", "called", "Dan Price", O)]),
    Case("S-REQUEST-ACTION", "The Fishermen's Association asked the Harbour Board to explain where the missing harbour fees had gone.",
         [Expect("Fishermen's Association", "asked", "Harbour Board", O)]),
    Case("S-REQUEST-ACTION", "Mayor Helen Carter urged residents to buy their bread from Greenleaf Foods this winter.",
         [Expect("Helen Carter", "urged", "Greenleaf Foods", S)]),
    Case("S-REQUEST-ACTION", "Coach Sven Olsen urged supporters to stand behind goalkeeper Mikael Lund after his mistake.",
         [Expect("Sven Olsen", "urged", "Mikael Lund", S)]),
    Case("S-REQUEST-ACTION", "Union leader Ray Dunn asked members to stay away from Brightmart stores until the strike ends.",
         [Expect("Ray Dunn", "asked", "Brightmart", O)]),

    # ------------------------------------------------------------------------------------------
    # T-INHERIT: a later statement about no one does not inherit the speaker's previous target.
    Case("T-INHERIT", "Mayor Linda Park criticised the Port Authority on Monday. She also said the weather had been fine.",
         [Expect("Linda Park", "criticised", "Port Authority", O), Expect("Linda Park", "said", None, N)]),
    Case("T-INHERIT", "Coach Erik Dahl praised striker Lukas Wenger. He also said the team would train on Sunday.",
         [Expect("Erik Dahl", "praised", "Lukas Wenger", S), Expect("Erik Dahl", "said", None, N)]),
    Case("T-INHERIT", "Northwind Bank condemned the fraud by Baltic Savings Bank. "
                      "The bank said its branches would open as usual on Monday.",
         [Expect("Northwind Bank", "condemned", "Baltic Savings Bank", O), Expect("Northwind Bank", "said", None, N)]),
    Case("T-INHERIT", "Senator Alice Ward criticised Canada over the fishing quotas.\n\n"
                      "She said the committee would meet again in June.",
         [Expect("Alice Ward", "criticised", "Canada", O, 1), Expect("Alice Ward", "said", None, N, 2)]),
    Case("T-INHERIT", "Dr Mark Stein lauded the Red Cross for its work in the camps. He added that the clinic needed more beds.",
         [Expect("Mark Stein", "lauded", "Red Cross", S), Expect("Mark Stein", "added", None, N)]),

    # ------------------------------------------------------------------------------------------
    # ASCLAUSE: in "As X told Y, <content>" the main clause is X's content.
    Case("ASCLAUSE", "As curator Julia Hart told Art Weekly, the portrait had been cleaned twice.",
         [Expect("Julia Hart", "told", None, N)]),
    Case("ASCLAUSE", "As Mayor Tom Bell told reporters, the bridge will stay closed until June.",
         [Expect("Tom Bell", "told", None, N)]),
    Case("ASCLAUSE", "As coach Sara Lind said after the match, the pitch was too wet to play on.",
         [Expect("Sara Lind", "said", None, N)]),
    Case("ASCLAUSE", "As Northwind Bank noted in its report, interest rates rose three times last year.",
         [Expect("Northwind Bank", "noted", None, N)]),
    Case("ASCLAUSE", "As Professor Omar Haddad told the BBC, \"The glacier is melting faster than anyone predicted.\"",
         [Expect("Omar Haddad", "told", None, N)]),
    Case("ASCLAUSE", "As Senator Paul Drake told students on Friday, Greenleaf Foods has been a model employer.",
         [Expect("Paul Drake", "told", "Greenleaf Foods", S)]),

    # ------------------------------------------------------------------------------------------
    # DOC: a document speaks for its owner.
    Case("DOC", "An internal memo from Northwind Bank says that forty branches will close.",
         [Expect("Northwind Bank", "says", None, N)]),
    Case("DOC", "The Harbour Board's annual report states that the harbour lost money for the third year.",
         [Expect("Harbour Board", "states", None, N)]),
    Case("DOC", "A statement from the Norwegian Football Federation says the match will be replayed in April.",
         [Expect("Norwegian Football Federation", "says", None, N)]),
    Case("DOC", "The Westbrook Council's press release praises the volunteers who cleaned the beach.",
         [Expect("Westbrook Council", "praises", None, S)]),
    Case("DOC", "Greenleaf Foods was inspected last week. An internal memo at the company warns staff "
                "that more inspections are coming.",
         [Expect("Greenleaf Foods", "warns", None, N)]),
    Case("DOC", "The Rail Authority's letter to passengers reads: \"Ticket prices will rise in the spring.\"",
         [Expect("Rail Authority", "reads", None, N)]),

    # ------------------------------------------------------------------------------------------
    # FRAME: a nominal "statement" that only frames another cue or is its object adds nothing.
    Case("FRAME", "In her statement, festival director Anna Holm thanked the volunteers.",
         [Expect("Anna Holm", "thanked", None, S)]),
    Case("FRAME", "In a statement, Northwind Bank denied that customer data had been stolen.",
         [Expect("Northwind Bank", "denied", None, N)]),
    Case("FRAME", "Coach Peter Lind dismissed the Swedish Football Association's statement as nonsense.",
         [Expect("Peter Lind", "dismissed", "Swedish Football Association", O)]),
    Case("FRAME", "In his statement, Senator Ray Coles praised Kenya for its help after the floods.",
         [Expect("Ray Coles", "praised", "Kenya", S)]),
    Case("FRAME", "Minister Sara Holt rejected the statement of the Harbour Board as misleading.",
         [Expect("Sara Holt", "rejected", "Harbour Board", O)]),
    Case("FRAME", "In a joint statement, Chile and Peru condemned the attack on the border post.",
         [Expect("Chile", "condemned", None, O), Expect("Peru", "condemned", None, O)],
         note="no perpetrator named: null target"),

    # ------------------------------------------------------------------------------------------
    # POS: present-tense cues read as plural nouns, past-tense cues before their object read as
    # adjectives.
    Case("POS", "The Norwegian Weather Service notes, \"Heavy snow is likely in the north.\"",
         [Expect("Norwegian Weather Service", "notes", None, N)]),
    Case("POS", "Northwind Bank warns customers that fees will rise in the spring.",
         [Expect("Northwind Bank", "warns", None, N)]),
    Case("POS", "Professor Lisa Marsh argues the study was badly flawed.",
         [Expect("Lisa Marsh", "argues", None, O)]),
    Case("POS", "Coach Eric Sand praises the young players in his squad.",
         [Expect("Eric Sand", "praises", None, S)]),
    Case("POS", "The Oslo Police Department reports two arrests overnight.",
         [Expect("Oslo Police Department", "reports", None, N)]),
    Case("POS", "Minister Ole Berg praised reforms introduced by Sweden.",
         [Expect("Ole Berg", "praised", "Sweden", S)]),

    # ------------------------------------------------------------------------------------------
    # POSSOWNER: "her critics, among them X, accuse her": the speaker is the named member.
    Case("POSSOWNER", "Mayor Lisa Brandt has run the city since 2019. "
                      "Her critics, among them the Green Party, accuse her of neglecting the suburbs.",
         [Expect("Green Party", "accuse", "Lisa Brandt", O)]),
    Case("POSSOWNER", "Coach Tom Ward leads the national team. "
                      "His rivals, including the Spanish coach Luis Garcia, praise his tactics.",
         [Expect("Luis Garcia", "praise", "Tom Ward", S)]),
    Case("POSSOWNER", "Northwind Bank grew fast last year. "
                      "Its competitors, among them Baltic Savings Bank, accuse it of hiding losses.",
         [Expect("Baltic Savings Bank", "accuse", "Northwind Bank", O)]),
    Case("POSSOWNER", "Senator Anna Cruz faces charges of fraud. "
                      "Her allies, among them Senator Mark Hill, defend her against the charges.",
         [Expect("Mark Hill", "defend", "Anna Cruz", S)]),
    Case("POSSOWNER", "The director Ingrid Sollie made her last film in Chile. "
                      "Her supporters, among them the actor Paul Moreno, praise her courage.",
         [Expect("Paul Moreno", "praise", "Ingrid Sollie", S)]),

    # ------------------------------------------------------------------------------------------
    # S-ACCUSE-NEUTRAL: an accusation or a challenge carried by a speech verb opposes the accused.
    Case("S-ACCUSE-NEUTRAL", "The challenger, Ivan Kuznetsov, said the champion Leo Grant had bribed the judges.",
         [Expect("Ivan Kuznetsov", "said", "Leo Grant", O)]),
    Case("S-ACCUSE-NEUTRAL", "Activist Maria Soto claimed that Orion Mining had poisoned the river.",
         [Expect("Maria Soto", "claimed", "Orion Mining", O)]),
    Case("S-ACCUSE-NEUTRAL", "Opposition leader Paul Nyberg said Prime Minister Helga Strand had lied to parliament.",
         [Expect("Paul Nyberg", "said", "Helga Strand", O)]),
    Case("S-ACCUSE-NEUTRAL", "Northwind Bank told the court that Baltic Savings Bank had stolen its customer list.",
         [Expect("Northwind Bank", "told", "Baltic Savings Bank", O)]),
    Case("S-ACCUSE-NEUTRAL", "Union leader Amy Ross questioned the Harbour Board's authority to set the fees.",
         [Expect("Amy Ross", "questioned", "Harbour Board", O)]),
    Case("S-ACCUSE-NEUTRAL", "Coach Sam Novak said the Swedish Football Association had fixed the draw.",
         [Expect("Sam Novak", "said", "Swedish Football Association", O)]),

    # ------------------------------------------------------------------------------------------
    # S-LABEL-DESC: a labelling cue with a descriptive, non-evaluative label is neutral.
    Case("S-LABEL-DESC", "The Lisbon Ferry Company called the long queue at the port \"unusual\".",
         [Expect("Lisbon Ferry Company", "called", None, N)]),
    Case("S-LABEL-DESC", "Dr Emma Hart described the virus as \"new\".",
         [Expect("Emma Hart", "described", None, N)]),
    Case("S-LABEL-DESC", "Astronomer Ravi Nair called the comet \"bright but very distant\".",
         [Expect("Ravi Nair", "called", None, N)]),
    Case("S-LABEL-DESC", "The Norwegian Weather Service called the storm \"a rare autumn event\".",
         [Expect("Norwegian Weather Service", "called", None, N)]),
    Case("S-LABEL-DESC", "Coach Ana Lopes described the match as \"a very physical game\".",
         [Expect("Ana Lopes", "described", None, N)]),
    Case("S-LABEL-DESC", "Northwind Bank called the change to its opening hours \"technical\".",
         [Expect("Northwind Bank", "called", None, N)]),

    # ------------------------------------------------------------------------------------------
    # SMALLCLAUSE: an evaluative object complement without quotation marks.
    Case("SMALLCLAUSE", "The National Education Union found the new pay offer reasonable.",
         [Expect("National Education Union", "found", None, S)]),
    Case("SMALLCLAUSE", "Critic Laura Stein called the Lisbon Opera production brilliant.",
         [Expect("Laura Stein", "called", "Lisbon Opera", S)]),
    Case("SMALLCLAUSE", "Minister Karl Weber called Denmark's decision on fishing quotas unwise.",
         [Expect("Karl Weber", "called", "Denmark", O)]),
    Case("SMALLCLAUSE", "Judge Helen Ortiz deemed the Harbour Board's new fees unlawful.",
         [Expect("Helen Ortiz", "deemed", "Harbour Board", O)]),
    Case("SMALLCLAUSE", "Coach Maria Costa considered the referee's performance excellent.",
         [Expect("Maria Costa", "considered", None, S)]),
    Case("SMALLCLAUSE", "Senator Maya Lind declared the election free and fair.",
         [Expect("Maya Lind", "declared", None, S)]),

    # ------------------------------------------------------------------------------------------
    # T-CONTEXT: the entity backed or criticised is named only earlier (its plan, method, study).
    Case("T-CONTEXT", "Mayor Kate Hill unveiled plans for a new stadium on Monday. "
                      "Her aide, Ben Cole, said the stadium \"will change everything\" for the town.",
         [Expect("Ben Cole", "said", "Kate Hill", S)]),
    Case("T-CONTEXT", "Coach Ana Reis brought in a new training method this season. "
                      "Striker Lucas Moura said the method had made the whole team faster and stronger.",
         [Expect("Lucas Moura", "said", "Ana Reis", S)]),
    Case("T-CONTEXT", "Northwind Bank launched a savings account for children in March. "
                      "Consumer advocate Eva Stone said the account was \"a rip-off\".",
         [Expect("Eva Stone", "said", "Northwind Bank", O)]),
    Case("T-CONTEXT", "Professor Omar Haddad published a study linking salt to heart disease. "
                      "Dr Lisa Wong said the study was \"badly flawed\".",
         [Expect("Lisa Wong", "said", "Omar Haddad", O)]),
    Case("T-CONTEXT", "Denmark finished building a new bridge over the strait in May. "
                      "Swedish minister Eva Berg said the bridge was \"a masterpiece of engineering\".",
         [Expect("Eva Berg", "said", "Denmark", S)]),

    # ------------------------------------------------------------------------------------------
    # T-PASSIVE-AGENT: the target is the by-agent of a passive or participle inside the content.
    Case("T-PASSIVE-AGENT", "The Westbrook Council rejected a housing plan drawn up by Orion Developments.",
         [Expect("Westbrook Council", "rejected", "Orion Developments", O)]),
    Case("T-PASSIVE-AGENT", "Coach Leo Berg praised a tactic devised by his assistant, Tom Holt.",
         [Expect("Leo Berg", "praised", "Tom Holt", S)]),
    Case("T-PASSIVE-AGENT", "Minister Hanna Lind condemned a strike organised by the Transport Workers Union.",
         [Expect("Hanna Lind", "condemned", "Transport Workers Union", O)]),
    Case("T-PASSIVE-AGENT", "Northwind Bank criticised a report written by the Norwegian Consumer Council.",
         [Expect("Northwind Bank", "criticised", "Norwegian Consumer Council", O)]),
    Case("T-PASSIVE-AGENT", "Mayor Tim Ross welcomed a large donation made by Greenleaf Foods.",
         [Expect("Tim Ross", "welcomed", "Greenleaf Foods", S)]),
    Case("T-PASSIVE-AGENT", "The Harbour Board lauded the rescue carried out by fisherman Jon Eide.",
         [Expect("Harbour Board", "lauded", "Jon Eide", S)]),

    # ------------------------------------------------------------------------------------------
    # T-PERPETRATOR: a condemned act named without its author targets the author named in context,
    # not the victim in "an insult/assault on X".
    Case("T-PERPETRATOR", "Members of the Northern Liberation Front set fire to a bus depot in Bergen on Friday. "
                          "Mayor Ann Ode condemned the arson as \"an attack on Bergen\".",
         [Expect("Ann Ode", "condemned", "Northern Liberation Front", O)]),
    Case("T-PERPETRATOR", "Hackers from the Shadow Brigade broke into the computers of Northwind Bank on Monday.\n\n"
                          "Minister Per Holm condemned the attack on the bank.",
         [Expect("Per Holm", "condemned", "Shadow Brigade", O, 2)]),
    Case("T-PERPETRATOR", "The Red Dawn Brigade claimed responsibility for the bombing of a market in Lagos. "
                          "Amaka Obi, the president of Nigeria, called the bombing \"an assault on our nation\".",
         [Expect("Red Dawn Brigade", "claimed", ("Lagos", "Nigeria"), O),
          Expect("Amaka Obi", "called", "Red Dawn Brigade", O)],
         note="a claim of responsibility opposes the attacked (the market in Lagos)"),
    Case("T-PERPETRATOR", "Members of the Red Brigade robbed three shops in Oslo last week. "
                          "Shop owner Kari Moen condemned the robberies as \"an insult to every worker\".",
         [Expect("Kari Moen", "condemned", "Red Brigade", O)]),
    Case("T-PERPETRATOR", "On Sunday the Northern Liberation Front attacked a police station in Tromso. "
                          "Erna Vik, the prime minister of Norway, condemned the attack as an assault on democracy.",
         [Expect("Erna Vik", "condemned", "Northern Liberation Front", O)]),

    # ------------------------------------------------------------------------------------------
    # T-PLACE-QUOTE: a place in a locative phrase inside the quote is not preferred over the person
    # the quote is about.
    Case("T-PLACE-QUOTE", "Striker Grace Ode left Riverside FC on Monday. "
                          "\"Fans in Manchester know what Grace gave this club,\" said her agent, Tom Blake.",
         [Expect("Tom Blake", "said", "Grace Ode", S)]),
    Case("T-PLACE-QUOTE", "\"Everyone in Lisbon loves the singing of Maria Costa,\" said producer Alan Roth.",
         [Expect("Alan Roth", "said", "Maria Costa", S)]),
    Case("T-PLACE-QUOTE", "\"People across Norway are grateful to Dr Erik Lund for his work,\" said health minister Ingrid Sand.",
         [Expect("Ingrid Sand", "said", "Erik Lund", S)]),
    Case("T-PLACE-QUOTE", "\"Nobody in Madrid trusts Carlos Vega any more,\" opposition leader Pilar Ruiz said.",
         [Expect("Pilar Ruiz", "said", "Carlos Vega", O)]),
    Case("T-PLACE-QUOTE", "\"Children in Nairobi have learned so much from their teacher Rose Njeri,\" "
                          "said headmaster Peter Kamau.",
         [Expect("Peter Kamau", "said", "Rose Njeri", S)]),

    # ------------------------------------------------------------------------------------------
    # COORD: the second of two coordinated cues keeps the sentence's subject.
    Case("COORD", "Coach Maria Lopez found the fixture list fair and called the Football Association's decision wise.",
         [Expect("Maria Lopez", "found", None, S), Expect("Maria Lopez", "called", "Football Association", S)]),
    Case("COORD", "Minister Paul Weber considered the trade deal balanced and praised Denmark for its patience.",
         [Expect("Paul Weber", "considered", None, S), Expect("Paul Weber", "praised", "Denmark", S)]),
    Case("COORD", "Senator Ana Ruiz called the safety report of Northgate Mining misleading and accused the company of hiding data.",
         [Expect("Ana Ruiz", "called", "Northgate Mining", O), Expect("Ana Ruiz", "accused", "Northgate Mining", O)]),
    Case("COORD", "The Harbour Board declared the pier safe and thanked Northwind Bank for paying for the repairs.",
         [Expect("Harbour Board", "declared", None, N), Expect("Harbour Board", "thanked", "Northwind Bank", S)]),
    Case("COORD", "Critic Jan Olsen found the latest staging by the Paris Opera dull and described its singers as tired.",
         [Expect("Jan Olsen", "found", "Paris Opera", O), Expect("Jan Olsen", "described", "Paris Opera", O)]),

    # ------------------------------------------------------------------------------------------
    # LEX-NOUN: nominal cues (recommendation, warning, prediction, admission ...) with a named owner.
    Case("LEX-NOUN", "Referee Mark Dean's recommendation that the match be replayed was accepted.",
         [Expect("Mark Dean", "recommendation", None, N)]),
    Case("LEX-NOUN", "Dr Ann Berg's warning that the old dam could fail went unheeded for years.",
         [Expect("Ann Berg", "warning", None, N)]),
    Case("LEX-NOUN", "The Harbour Board's insistence that fees stay high angered the fishermen.",
         [Expect("Harbour Board", "insistence", None, N)]),
    Case("LEX-NOUN", "Northwind Bank's prediction that rates would fall proved wrong.",
         [Expect("Northwind Bank", "prediction", None, N)]),
    Case("LEX-NOUN", "Coach Ian Ford's admission that the team had trained too little surprised the fans.",
         [Expect("Ian Ford", "admission", None, N)]),

    # ------------------------------------------------------------------------------------------
    # PARTICIPLE: a participle modifying a noun ("a museum praising X") is no act of the subject.
    Case("PARTICIPLE", "Mayor Jon Berg opened a museum praising the local miners.", []),
    Case("PARTICIPLE", "Senator Lisa Hart met a group of students protesting against Orion Mining.", []),
    Case("PARTICIPLE", "Northwind Bank sponsored a festival celebrating the runners of Kenya.", []),
    Case("PARTICIPLE", "Minister Eva Holm visited a charity supporting refugees from Syria.", []),
    Case("PARTICIPLE", "Journalist Mark Lee interviewed fans blaming the Swedish Football Association for the chaos.", []),

    # ------------------------------------------------------------------------------------------
    # PASSIVE-PATIENT: a passive verb whose subject is the patient is not that subject's speech.
    Case("PASSIVE-PATIENT", "Footballer Tom Kerr was stopped at the border and asked for his passport.", []),
    Case("PASSIVE-PATIENT", "Mayor Ruth Olsen was urged by angry residents to resign.", []),
    Case("PASSIVE-PATIENT", "Coach Leo Dahl was criticised for his tactics after the defeat.", []),
    Case("PASSIVE-PATIENT", "Northwind Bank was asked to explain its new fees.", []),
    Case("PASSIVE-PATIENT", "Senator Anna Berg was told to leave the chamber.", []),
    Case("PASSIVE-PATIENT", "Actor Paul Stone was praised for his role in the film.", []),

    # ------------------------------------------------------------------------------------------
    # ROLE: a role description tied to an organisation named earlier speaks for it.
    Case("ROLE", "The flower show was organised by the Oslo Garden Society. "
                 "The show's organisers said attendance had doubled.",
         [Expect("Oslo Garden Society", "said", None, N)]),
    Case("ROLE", "The marathon was run by the Lisbon Athletics Club. "
                 "The race organisers said the course would change next year.",
         [Expect("Lisbon Athletics Club", "said", None, N)]),
    Case("ROLE", "The exhibition was put on by the Bergen Art Society. "
                 "Its curators said the paintings had been restored.",
         [Expect("Bergen Art Society", "said", None, N)]),
    Case("ROLE", "The beach clean-up was run by Greenleaf Foods in May. "
                 "Staff running the clean-up said two tonnes of rubbish had been collected.",
         [Expect("Greenleaf Foods", "said", None, N)]),
    Case("ROLE", "The peace talks were hosted by the Norwegian Refugee Council. "
                 "The hosts of the talks said both sides had agreed to meet again.",
         [Expect("Norwegian Refugee Council", "said", None, N)]),

    # ------------------------------------------------------------------------------------------
    # S-ACCORDING-PERSON: "according to PERSON" takes its stance from the content.
    Case("S-ACCORDING-PERSON", "According to coach Anna Lind, Sweden's new football academy is a triumph.",
         [Expect("Anna Lind", "according", "Sweden", S)]),
    Case("S-ACCORDING-PERSON", "According to economist Paul Brand, Northwind Bank has been reckless with savers' money.",
         [Expect("Paul Brand", "according", "Northwind Bank", O)]),
    Case("S-ACCORDING-PERSON", "According to historian Maria Serra, the Lisbon Opera has never been in better shape.",
         [Expect("Maria Serra", "according", "Lisbon Opera", S)]),
    Case("S-ACCORDING-PERSON", "According to Senator Ben Cole, the Harbour Board has wasted millions of taxpayers' money.",
         [Expect("Ben Cole", "according", "Harbour Board", O)]),
    Case("S-ACCORDING-PERSON", "According to Dr Helen Marsh, the Red Cross did heroic work during the floods.",
         [Expect("Helen Marsh", "according", "Red Cross", S)]),
    Case("S-ACCORDING-PERSON", "According to Reuters, the ferry company will cut ten of its routes in the winter.",
         [Expect("Reuters", "according", None, N)],
         note="contrast: 'according to' a named outlet with no other speaker is a neutral statement by it"),

    # ------------------------------------------------------------------------------------------
    # S-IMPLICIT: praise without an evaluative word or a named entity.
    Case("S-IMPLICIT", "\"Our girls now play in a league of their own,\" said coach Lisa Berg.",
         [Expect("Lisa Berg", "said", None, S)]),
    Case("S-IMPLICIT", "\"Nobody in this town has ever worked harder than our nurses,\" said Mayor Tom Hill.",
         [Expect("Tom Hill", "said", None, S)]),
    Case("S-IMPLICIT", "\"These kids could teach the professionals a thing or two,\" said youth coach Marco Rossi.",
         [Expect("Marco Rossi", "said", None, S)]),
    Case("S-IMPLICIT", "\"Every other bakery in the country now copies our recipes,\" said baker Anna Sousa.",
         [Expect("Anna Sousa", "said", None, S)]),
    Case("S-IMPLICIT", "\"When the river rose, our volunteers were the first to arrive and the last to leave,\" "
                       "said relief director Ingrid Moe.",
         [Expect("Ingrid Moe", "said", None, S)]),

    # ------------------------------------------------------------------------------------------
    # S-PAREN: a parenthetical cue inside the reported sentence: the reported clause is its content.
    Case("S-PAREN", "The money, clerk Ben Ross told the court, was stolen by Peter Voss.",
         [Expect("Ben Ross", "told", "Peter Voss", O)]),
    Case("S-PAREN", "The new stadium, Mayor Lina Dahl said, is a wonderful gift from Northwind Bank.",
         [Expect("Lina Dahl", "said", "Northwind Bank", S)]),
    Case("S-PAREN", "Northgate Mining, the activist Jonas Kraft said, has poisoned three rivers.",
         [Expect("Jonas Kraft", "said", "Northgate Mining", O)]),
    Case("S-PAREN", "The Harbour Board, fisherman Ole Hansen argued, has ignored every warning.",
         [Expect("Ole Hansen", "argued", "Harbour Board", O)]),
    Case("S-PAREN", "Denmark, Minister Eva Lund added, has been a generous partner.",
         [Expect("Eva Lund", "added", "Denmark", S)]),
    Case("S-PAREN", "The repairs, engineer Sam Cole said, will take three weeks.",
         [Expect("Sam Cole", "said", None, N)]),

    # ------------------------------------------------------------------------------------------
    # S-REJECT-CLAIM: rejecting a claim, report or fear is a denial: neutral.
    Case("S-REJECT-CLAIM", "The Oslo Housing Agency rejected claims that rents would rise.",
         [Expect("Oslo Housing Agency", "rejected", None, N)]),
    Case("S-REJECT-CLAIM", "Northwind Bank rejected reports that it would close its branches.",
         [Expect("Northwind Bank", "rejected", None, N)]),
    Case("S-REJECT-CLAIM", "Coach Tim Ross dismissed fears that his team was too old.",
         [Expect("Tim Ross", "dismissed", None, N)]),
    Case("S-REJECT-CLAIM", "Minister Ana Costa rejected suggestions that she had misled parliament.",
         [Expect("Ana Costa", "rejected", None, N)]),
    Case("S-REJECT-CLAIM", "Greenleaf Foods rejected allegations that its bread contained plastic.",
         [Expect("Greenleaf Foods", "rejected", None, N)]),
    Case("S-REJECT-CLAIM", "The Norwegian Football Federation rejected speculation that the final would be moved.",
         [Expect("Norwegian Football Federation", "rejected", None, N)]),

    # ------------------------------------------------------------------------------------------
    # SUBJ2: each of two coordinated subjects with relative clauses gets the statement.
    Case("SUBJ2", "Northwind Bank, which has offices in Oslo, and Baltic Savings Bank, which was founded in 1990, "
                  "said interest rates would rise.",
         [Expect("Northwind Bank", "said", None, N), Expect("Baltic Savings Bank", "said", None, N)]),
    Case("SUBJ2", "Maria Lopez, who chairs the committee, and Tom Reid, who joined it last year, said the report was late.",
         [Expect("Maria Lopez", "said", None, N), Expect("Tom Reid", "said", None, N)]),
    Case("SUBJ2", "Kenya, which hosted the talks, and Uganda, which sent observers, welcomed the agreement.",
         [Expect("Kenya", "welcomed", None, S), Expect("Uganda", "welcomed", None, S)]),
    Case("SUBJ2", "Greenleaf Foods, which employs 300 people, and Orion Mining, whose mine closed in May, "
                  "criticised the new tax.",
         [Expect("Greenleaf Foods", "criticised", None, O), Expect("Orion Mining", "criticised", None, O)]),
    Case("SUBJ2", "Coach Anna Berg, who led the team for six years, and captain Lars Holm, who scored twice, "
                  "praised the fans.",
         [Expect("Anna Berg", "praised", None, S), Expect("Lars Holm", "praised", None, S)]),

    # ------------------------------------------------------------------------------------------
    # T-IT: an object or subject "it" that is a thing is not an organisation.
    Case("T-IT", "The Harbour Board met on Friday. The storm hit the coast on Saturday. "
                 "Fisherman Ole Hansen called it \"the strongest in living memory\".",
         [Expect("Ole Hansen", "called", None, N)]),
    Case("T-IT", "Brightmart sold out of umbrellas within an hour. A spokeswoman for Brightmart called it \"a surprise\".",
         [Expect("Brightmart", "called", None, N)]),
    Case("T-IT", "The Norwegian Weather Service recorded snow in June. Meteorologist Kari Lie described it as \"very rare\".",
         [Expect("Kari Lie", "described", None, N)]),
    Case("T-IT", "A dam cracked near the Orion Mining site last week. Engineer Paul Dean said it would take months to repair.",
         [Expect("Paul Dean", "said", None, N)]),
    Case("T-IT", "Northwind Bank moved into a new tower in March. Architect Lea Roth said it was the tallest building in town.",
         [Expect("Lea Roth", "said", None, N)]),

    # ------------------------------------------------------------------------------------------
    # T-PERIPHRASIS: "one of X's great ..." refers to the entity named in context, not to X.
    Case("T-PERIPHRASIS", "Lake Malawi is shrinking fast. Envoy Lars Moe offered help to protect one of Africa's great lakes.",
         [Expect("Lars Moe", "offered", "Lake Malawi", S)]),
    Case("T-PERIPHRASIS", "Striker Emma Ruiz scored twice for Benfica on Sunday. "
                          "Coach Paulo Sousa praised one of Portugal's finest young players.",
         [Expect("Paulo Sousa", "praised", "Emma Ruiz", S)]),
    Case("T-PERIPHRASIS", "Northwind Bank is based in Oslo. "
                          "Minister Per Holm criticised one of Norway's biggest lenders for its high fees.",
         [Expect("Per Holm", "criticised", "Northwind Bank", O)]),
    Case("T-PERIPHRASIS", "The Danube has been polluted by factories for decades. "
                          "Activist Eva Novak called for action to save one of Europe's longest rivers.",
         [Expect("Eva Novak", "called", "Danube", S)]),
    Case("T-PERIPHRASIS", "The Colosseum was damaged by a storm in April. "
                          "Minister Ana Gil promised money to restore one of Italy's greatest monuments.",
         [Expect("Ana Gil", "promised", "Colosseum", S)], note="help offered to Y supports Y"),

    # ------------------------------------------------------------------------------------------
    # T-REQUEST-ACTOR: a call on X to restrain its own conduct opposes X, also when X is named as the
    # actor of the requested action.
    Case("T-REQUEST-ACTOR", "Mayor Lina Dahl called for Orion Mining to stop dumping waste in the river.",
         [Expect("Lina Dahl", "called", "Orion Mining", O)]),
    Case("T-REQUEST-ACTOR", "The Transport Workers Union demanded that the Harbour Board stop raising its fees.",
         [Expect("Transport Workers Union", "demanded", "Harbour Board", O)]),
    Case("T-REQUEST-ACTOR", "Senator Paul Drake called for Denmark to end its whaling at once.",
         [Expect("Paul Drake", "called", "Denmark", O)]),
    Case("T-REQUEST-ACTOR", "Scientist Ana Reyes called for Orion Mining action to clean up the river it had polluted.",
         [Expect("Ana Reyes", "called", "Orion Mining", O)],
         note="a call on the polluter to undo its own harm, with the accusation in the clause"),
    Case("T-REQUEST-ACTOR", "Coach Tim Hale urged the Swedish Football Association to stop changing the rules every season.",
         [Expect("Tim Hale", "urged", "Swedish Football Association", O)]),

    # ------------------------------------------------------------------------------------------
    # T-SHARED: two cues share a target that sits only in the second cue's relative clause.
    Case("T-SHARED", "Coach Dan Berg said his team had been treated badly, "
                     "which he said was typical of the Swedish Football Association.",
         [Expect("Dan Berg", "said", "Swedish Football Association", O),
          Expect("Dan Berg", "said", "Swedish Football Association", O)]),
    Case("T-SHARED", "Minister Eva Holm said the flood walls had failed, "
                     "which she said showed the negligence of Orion Construction.",
         [Expect("Eva Holm", "said", "Orion Construction", O), Expect("Eva Holm", "said", "Orion Construction", O)]),
    Case("T-SHARED", "Mayor Tom Ross said the new pool was excellent, "
                     "which he said proved the generosity of Northwind Bank.",
         [Expect("Tom Ross", "said", "Northwind Bank", S), Expect("Tom Ross", "said", "Northwind Bank", S)]),
    Case("T-SHARED", "Activist Nora Lind said the river was full of poison, which she said was the fault of Northgate Mining.",
         [Expect("Nora Lind", "said", "Northgate Mining", O), Expect("Nora Lind", "said", "Northgate Mining", O)]),
    Case("T-SHARED", "Professor Alan Reed said the results were remarkable, "
                     "which he said was thanks to the hard work of Dr Mia Chen.",
         [Expect("Alan Reed", "said", "Mia Chen", S), Expect("Alan Reed", "said", "Mia Chen", S)]),
]
