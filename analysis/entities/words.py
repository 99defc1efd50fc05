"""Small, general word lists the entity rules need: titles, name particles, group words.

Nothing here is specific to one article; countries and demonyms are data, not words here
(:mod:`analysis.entities.countries`).
"""

from __future__ import annotations

#: Words that are titles or roles when they stand before a person's name.
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "supreme", "leader", "king", "queen", "prince",
    "princess", "crown", "emir", "sheikh", "sultan", "ayatollah", "pope", "chancellor",
    "secretary", "general", "gen", "gen.", "lt", "lt.", "col", "col.", "colonel", "major",
    "captain", "capt", "capt.", "admiral", "senator", "sen", "sen.", "rep", "rep.",
    "representative", "governor", "gov", "gov.", "mayor", "judge", "justice", "dr", "dr.", "mr",
    "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady", "professor", "prof",
    "prof.", "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "foreign", "defence", "defense", "interior", "finance",
    "deputy", "speaker", "commander", "chief", "former", "late", "state", "cardinal",
    "archbishop", "bishop", "rabbi", "imam", "premier", "monarch", "crown-prince",
    # honorifics of other languages seen before names in English news
    "sr", "sr.", "sra", "sra.", "srta", "don", "doña", "dona", "monsenor", "monseñor", "mgr", "msgr",
    "herr", "frau", "mme", "mlle", "m.", "signor", "signora", "senor", "señor", "senora", "señora",
    "ex", "ex-prime", "ex-president",
}
TITLE_KEYS = {w.rstrip(".") for w in TITLE_WORDS}

#: Titles that only ever stand before a person's name ("Chancellor Olaf Scholz").
PERSON_TITLES = {"president", "chancellor", "senator", "governor", "mayor", "king", "queen", "prince",
                 "princess", "pope", "dr", "mr", "mrs", "ms", "sir", "dame", "ceo", "judge", "ambassador",
                 "spokesman", "spokeswoman", "premier", "sheikh", "ayatollah", "minister", "secretary",
                 "rep", "sen", "gov", "lord", "lady", "emir", "sultan", "rabbi", "imam", "cardinal",
                 "lawmaker", "legislator", "congressman", "congresswoman", "councillor", "councilor",
                 "commissioner", "envoy", "director", "inspector", "executive", "chairman", "chairwoman",
                 "coach", "striker", "captain", "actor", "actress", "singer", "author", "professor",
                 "sra", "sr", "monsenor", "monseñor", "archbishop", "bishop", "analyst", "correspondent",
                 "reporter", "editor", "founder", "prosecutor", "general", "colonel", "admiral", "commander"}

#: Words that join the parts of a person's name ("Ursula von der Leyen", "Bashar al-Assad").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "bin", "ibn",
                  "al", "el", "la", "le", "ter", "ten", "dos", "das"}

#: Group words whose inflections are one entity (the rules keep different words apart).
GROUP_FORMS = {"jewish": "jew", "jews": "jew", "jew": "jew", "kurdish": "kurd", "kurds": "kurd",
               "kurd": "kurd"}

#: Lower-case words allowed inside an organisation's initials check ("Organization OF Islamic ...").
INITIALS_SKIP = {"of", "for", "the", "and", "&", "on", "in", "at", "de", "du", "des", "la", "le"}

#: Months and weekdays: capitalised, never a surname.
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday"}
