"""Small, general word lists the entity rules need: titles, name particles, group words.

Nothing here is specific to one article; countries and demonyms are data, not words here
(:mod:`analysis.entities.countries`).
"""

from __future__ import annotations

#: Possessive tokens as spaCy splits them ("Iran" + "'s").
POSSESSIVE = {"'s", "'", "s'", "’s", "’"}

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
    # local-government, police, school and church titles
    "cllr", "cllr.", "councillor", "councilor", "alderman", "alderwoman", "selectman", "selectwoman",
    "councilman", "councilwoman", "assemblyman", "assemblywoman", "congressman", "congresswoman",
    "sheriff", "headteacher", "headmaster", "headmistress", "superintendent", "sergeant", "sgt", "sgt.",
    "constable", "detective", "det", "det.", "inspector", "commissioner", "pastor", "reverend", "rev",
    "rev.", "trustee",
    # military, police, church and courtesy abbreviations ("Brig.", "Insp.", "Fr.", "the Hon.", "Mx")
    "brig", "brig.", "brigadier", "maj", "maj.", "cpl", "cpl.", "corporal", "pvt", "pvt.", "lieutenant",
    "marshal", "cmdr", "cmdr.", "adm", "adm.", "insp", "insp.", "supt", "supt.", "fr", "fr.", "hon", "hon.",
    "mx", "miss", "madam", "madame", "sheikha", "amb", "amb.",
    # sport roles written before a player's or a coach's name ("Striker Mia Holm")
    "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "skipper", "goalie",
}
#: Letters after a person's name that are no part of it ("Clara Bex MP", "Ana Lee KC").
POST_NOMINALS = {"MP", "MEP", "MSP", "MLA", "MPP", "MS", "AM", "TD", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE",
                 "DBE", "PhD"}
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
                 "reporter", "editor", "founder", "prosecutor", "general", "colonel", "admiral", "commander",
                 "cllr", "alderman", "alderwoman", "selectman", "selectwoman", "councilman", "councilwoman",
                 "assemblyman", "assemblywoman", "sheriff", "headteacher", "headmaster", "headmistress",
                 "superintendent", "sergeant", "sgt", "constable", "detective", "pastor", "reverend", "rev",
                 "spokesperson", "brig", "brigadier", "maj", "cpl", "corporal", "pvt", "lieutenant", "insp", "supt",
                 "fr", "mx", "madam", "sheikha", "amb", "cmdr", "adm"}

#: Words that join the parts of a person's name ("Anna von der Heide", "Karim al-Tamimi").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "bin", "ibn",
                  "al", "el", "la", "le", "ter", "ten", "dos", "das"}

#: Lower-case words allowed inside an organisation's initials check ("Organization OF Islamic ...").
INITIALS_SKIP = {"of", "for", "the", "and", "&", "on", "in", "at", "de", "du", "des", "la", "le"}

#: Office titles: a span ending in one is a role ("Foreign Affairs Spokesperson"), not a name.
OFFICE_TITLES = {"secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman",
                 "chair", "commissioner", "director", "ambassador", "envoy", "governor", "mayor", "president",
                 "chancellor", "premier", "senator", "councillor", "councilor", "prosecutor", "inspector",
                 "attorney", "treasurer", "ombudsman", "registrar", "auditor"}

#: Months and weekdays: capitalised, never a surname.
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday"}

#: Capitalised words and phrases that are never names: time zones and clock abbreviations, common
#: acronyms of offices and things ("CEO", "GPS"), legal designations ("Registered Charity").
NOT_NAMES = {
    "utc", "gmt", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist",
    "jst", "a.m.", "p.m.", "am", "pm",
    "ceo", "cfo", "coo", "cto", "cio", "cmo", "md", "vp", "svp", "evp", "hr", "pr", "it", "r&d", "ipo", "gdp",
    "gnp", "vat", "gps", "usb", "dna", "rna", "pdf", "sms", "mms", "atm", "led", "lcd", "tv", "pc", "cd",
    "dvd", "id", "pin", "faq", "diy", "ai", "suv", "cctv", "covid", "hiv", "aids", "mp", "mps", "mep",
    "meps", "phd", "mba", "bsc", "msc", "ma", "ba",
    # currency codes
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "cad", "aud", "inr", "rub", "brl", "zar", "krw", "sek",
    "nok", "dkk", "pln", "mxn", "nzd", "hkd", "sgd", "uah", "ngn", "kes", "egp", "sar", "aed", "ils",
    "limited liability company", "limited company", "public limited company", "limited partnership",
    "registered charity", "charitable trust", "non-profit", "nonprofit", "non-governmental organisation",
    "non-governmental organization", "sole trader", "incorporated", "plc", "llc", "llp", "gmbh", "ltd", "inc",
    "pty",
    # plural role nouns the model tags when they open a sentence ("Organisers said ...")
    "organisers", "organizers", "protesters", "protestors", "campaigners", "investigators", "volunteers",
    "residents", "officials", "witnesses", "critics", "analysts", "researchers", "scientists", "rescuers",
    "firefighters", "paramedics", "prosecutors", "lawmakers", "councillors", "councilors", "supporters",
    "fans", "voters", "pupils", "commuters", "shoppers", "motorists", "passengers", "locals", "villagers",
}
#: One capitalised common noun used as a description ("the Council", "the Consulate"): no name.
GENERIC_NOUNS = {"council", "ministry", "consulate", "embassy", "department", "committee", "agency",
                 "company", "firm", "office", "board", "cabinet", "directorate", "bureau", "authority",
                 "administration", "municipality", "tribunal", "inquiry", "panel", "trust", "store",
                 "shop", "school", "hospital", "station"}
