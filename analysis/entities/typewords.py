"""Word lists of the type rules (:mod:`analysis.entities.types`): the words in and around a name
that tell what kind of thing it names. General English, nothing from one article."""

from __future__ import annotations

LAW_WORDS = {"bill", "act", "treaty", "accord", "accords", "agreement", "convention", "law", "protocol",
             "charter", "directive", "amendment", "regulation"}
EVENT_WORDS = {"war", "revolution", "uprising", "crisis", "election", "elections", "olympics", "games",
               "cup", "championship", "festival", "massacre", "genocide", "holocaust", "spring", "intifada",
               "rebellion", "referendum", "pandemic", "epidemic", "marathon", "expo", "conference", "summit",
               "protests", "riots", "bombing", "bombings", "attacks", "earthquake", "hurricane", "storm"}
#: Capitalised last words of an administrative area's name ("the Lower Tarn Region"): GPE.
ADMIN_WORDS = {"region", "province", "district", "county", "prefecture", "oblast", "governorate", "municipality",
               "canton", "emirate", "krai", "voivodeship"}
LOC_WORDS = {"river", "valley", "lake", "sea", "ocean", "gulf", "bay", "strait", "mountain", "mountains",
             "mount", "hills", "heights", "desert", "island", "islands", "peninsula", "coast", "field",
             "basin", "plain", "plains", "canal", "forest", "delta", "gorge", "canyon", "glacier", "reef",
             "lagoon", "marsh", "marshes", "wetlands", "falls", "volcano", "ridge", "fjord", "cove", "creek",
             "estuary", "steppe", "plateau", "archipelago", "atoll", "oasis", "moor", "moors", "dunes",
             "reservoir", "cave", "caves", "waterfall", "isthmus", "peak", "highlands", "lowlands", "wetland",
             "rainforest"}
FAC_WORDS = {"museum", "mosque", "church", "cathedral", "basilica", "temple", "synagogue", "palace",
             "airport", "stadium", "arena", "bridge", "tower", "square", "station", "hospital", "prison",
             "base", "refinery", "plant", "dam", "embassy", "street", "road", "avenue", "hall", "lane",
             "drive", "boulevard", "crescent", "terrace", "aquarium", "zoo", "gallery", "library", "park",
             "pier", "harbour", "harbor", "port", "tunnel", "castle", "monument", "memorial", "theatre",
             "theater", "centre", "center", "mall", "market", "cemetery", "highway", "motorway", "clinic",
             "infirmary", "hotel", "campus", "barracks", "shrine", "terminal", "pavilion", "mine", "pipeline",
             "smelter", "mill", "factory", "shipyard", "dockyard", "airfield", "airbase", "lighthouse",
             "observatory", "courthouse", "jail", "penitentiary", "quay", "wharf", "dock", "docks", "reactor",
             "substation", "fort", "fortress", "citadel", "abbey", "chapel", "monastery", "mausoleum", "plaza",
             "velodrome", "racecourse", "expressway", "freeway"}
#: Facility heads that also end a firm's name ("Colonial Pipeline said", "Kell Mill shares"): a
#: facility unless a speech or company word follows the name (:data:`ACTOR_AFTER`, COMPANY_AFTER).
FIRM_FACILITY_HEADS = {"pipeline", "mine", "mill", "factory", "smelter", "refinery"}
#: Facility words that are also English family names ("Ann Mill", "Joe Hall"): a person the model
#: found keeps its type when it speaks.
SURNAME_HEADS = {"mill", "mills", "hall", "park", "church", "bridge", "bridges", "castle", "field", "street",
                 "lane", "tower", "temple", "chapel", "fort", "dock", "market", "station"}
#: Words in a named project's or farm's name that make it a facility ("the Vesta Hydropower
#: Project", "the Kell Wind Farm"): annotated as a facility (LOC for the scorer).
FACILITY_KINDS = {"hydropower", "hydroelectric", "hydro", "solar", "wind", "nuclear", "power", "geothermal",
                  "coal", "gas", "oil", "lng", "pipeline", "dam", "mine", "mining", "copper", "gold", "lithium",
                  "port", "railway", "rail", "highway", "motorway", "airport", "bridge", "tunnel", "irrigation",
                  "desalination", "refinery", "reservoir", "canal"}
#: Last words of a project's name that take a facility's type with a word of FACILITY_KINDS.
PROJECT_HEADS = {"project", "farm", "scheme", "complex"}
#: Words after a name that make it an actor, not a place or facility ("X said", "X beat Y", "X fans").
ACTOR_AFTER = {"said", "says", "told", "tells", "added", "argued", "insisted", "warned", "announced",
               "claimed", "wrote", "replied", "responded", "denied", "stated", "explained", "noted",
               "beat", "beats", "won", "wins", "lost", "loses", "drew", "signed", "signs", "hired",
               "fired", "sacked", "scored", "reported", "posted", "tweeted", "launched", "sold", "bought",
               "acquired", "employs", "founded", "played", "plays", "defeated", "thrashed", "striker",
               "midfielder", "coach", "manager", "fans", "supporters", "player", "players", "squad"}
#: Words that begin the name of a natural place or a facility ("Mount Kell", "Masjid Al-Huda").
PLACE_FIRST = {"mount": "LOC", "mt": "LOC", "lake": "LOC", "cape": "LOC", "wadi": "LOC", "jebel": "LOC",
               "jabal": "LOC", "masjid": "FAC"}
#: Facility heads that also head an organisation's name ("Church of England"): no "<Head> of X" rule.
FAC_ORG_HEADS = {"church", "centre", "center", "market", "port"}
ORG_WORDS = {"news", "times", "post", "herald", "journal", "gazette", "tribune", "reporter", "telegraph",
             "agency", "tv", "radio", "press", "broadcasting", "network", "platform", "party", "union",
             "front", "alliance", "movement", "council", "committee", "commission", "bank", "fund",
             "association", "foundation", "institute", "university", "college", "school", "charity",
             "orchestra", "corps", "forces", "army", "navy", "police", "ministry", "department", "office",
             "court", "assembly", "parliament", "congress", "senate", "group", "company", "corporation",
             "inc", "ltd", "plc", "airways", "airlines", "organization", "organisation", "authority",
             "federation", "league", "club", "board", "service", "guard", "brigade", "brigades", "squadron",
             "wing", "division", "regiment", "battalion", "directorate", "bureau", "foods", "holdings",
             "motors", "industries", "partners", "ventures", "systems", "technologies", "labs",
             "media", "studios", "records", "pharmaceuticals", "insurance", "energy", "farms", "trust",
             "courier", "chronicle", "observer", "monitor", "express", "mirror", "inquirer", "examiner",
             "dispatch", "bulletin", "aviation", "logistics", "shipping", "mining", "petroleum", "telecom",
             "telecoms", "electronics", "chemicals", "solutions", "consulting", "bancorp", "airline", "railways", "marine",
             "shipyards", "shipyard", "engineering", "construction", "fisheries", "dynamics", "capital",
             # sports clubs ("Kell Rovers", "Tarnby Athletic")
             "rovers", "athletic", "wanderers", "rangers", "albion", "fc", "afc", "hotspur", "united",
             "brewery", "bakery", "dairies", "textiles", "pharma", "biotech", "software", "robotics",
             "coalition", "consortium", "collective", "cooperative", "co-operative", "syndicate", "caucus", "society",
             # trade words that end a firm's name ("Kell Analytics", "Tarn Garments")
             "analytics", "garments", "apparel", "fashions", "knitwear", "networks", "entertainment",
             "semiconductors", "devices", "plastics", "packaging", "therapeutics", "biosciences", "aerospace",
             "payments", "investments", "securities", "hotels", "resorts", "seafoods", "freight", "automotive",
             "fertilisers", "fertilizers", "beverages", "breweries", "distillers"}
#: Class nouns that, right before a name, give its type ("the housing charity Shelter").
ORG_CLASS_BEFORE = {"charity", "newspaper", "paper", "magazine", "tabloid", "broadcaster", "channel",
                    "website", "site", "app", "platform", "network", "airline", "carrier", "company", "firm",
                    "group", "bank", "lender", "insurer", "retailer", "supermarket", "chain", "brand",
                    "maker", "manufacturer", "startup", "start-up", "band", "club", "party", "union",
                    "outlet", "publisher", "agency", "organisation", "organization", "ngo", "operator",
                    "developer", "studio", "label", "daily", "weekly", "giant", "conglomerate", "service",
                    "watchdog", "think-tank", "campaigners", "team", "shipbuilder", "builder", "carmaker",
                    "automaker", "producer", "exporter", "importer", "distributor", "miner", "broker", "provider",
                    "wholesaler", "utility", "contractor", "consultancy", "brewer", "shipper", "chipmaker"}
#: Class nouns that, right before a name, make it a person's ("the rapper Lil Vasco").
PERSON_CLASS_BEFORE = {"rapper", "singer", "actor", "actress", "musician", "footballer", "striker", "midfielder",
                       "defender", "goalkeeper", "boxer", "novelist", "writer", "poet", "comedian", "journalist",
                       "activist", "lawyer", "businessman", "businesswoman", "entrepreneur", "billionaire", "cleric",
                       "athlete", "swimmer", "sprinter", "cyclist", "songwriter", "pianist", "guitarist", "drummer",
                       "rabbi", "imam", "priest", "nun", "blogger", "influencer", "youtuber", "teenager"}
#: Words before a slogan ("placards reading Keep Parks Green").
SLOGAN_BEFORE = {"reading", "read", "chanting", "chanted", "slogan", "motto", "hashtag"}
OTHER_CLASS_BEFORE = {"drug", "vaccine", "medicine", "pill", "programme", "program", "scheme", "slogan",
                      "hashtag", "album", "song", "film", "novel", "book", "game", "model", "software"}
#: Lower-case nouns after a name that only a company has ("X shares", "X staff"), and verbs only a
#: company is the subject of ("X recalled").
COMPANY_AFTER = {"shares", "stock", "staff", "employees", "workers", "engineers", "customers", "shareholders",
                 "investors", "stores", "shops", "factories", "executives", "executive", "boss", "bosses",
                 "subsidiary", "users", "subscribers", "spokesperson", "spokesman", "spokeswoman",
                 "headquarters", "profits", "profit", "revenue", "sales", "outlets", "branches",
                 # what only a company does
                 "recalled", "recalls", "manufactures", "manufactured", "sells", "ships", "shipped", "employs",
                 "acquired", "acquires", "rival", "rivals", "competitor", "competitors"}
#: Two words before a name that make it an organisation ("shares of X", "members of X").
ORG_BEFORE_PAIRS = {("shares", "of"), ("stake", "in"), ("members", "of"), ("member", "of"),
                    ("joined", "the"), ("states", "of"), ("shares", "in"), ("chief", "of"), ("paid", "with"),
                    ("pay", "with"), ("paying", "with"), ("posted", "on"), ("shared", "on"), ("streamed", "on")}
#: Lower-case nouns after a name that make it a product or a disease ("X biscuits", "X disease").
OTHER_AFTER = {"phone", "phones", "smartphone", "tablet", "laptop", "car", "cars", "scooter", "scooters",
               "truck", "bike", "drug", "vaccine", "pill", "pills", "toothpaste", "biscuits", "biscuit",
               "tissues", "soap", "shampoo", "drink", "drinks", "beer", "cereal", "crisps", "chips", "range",
               "jet", "jets", "aircraft", "rifle", "rifles", "missile", "missiles", "drone", "drones",
               "console", "app", "software", "chocolate", "sweets", "cigarettes", "disease", "syndrome",
               "virus", "fever", "flu", "infection", "programme", "program", "scheme", "vehicle",
               "vehicles", "engine", "engines", "camera", "watch", "headphones", "device", "devices", "e-bike",
               "e-bikes", "bikes", "bicycles", "bicycle", "batteries", "battery", "trainers", "sneakers", "boots",
               "consoles", "printers", "printer", "speakers", "router", "routers", "kettles", "heaters", "stoves"}
#: Lower-case nouns after a name that make it an event or movement ("X movement", "X heatwave").
EVENT_AFTER = {"heatwave", "protest", "protests", "rally", "march", "strike", "storm",
               "flood", "floods", "drought", "wildfire", "festival", "uprising", "revolution", "boycott"}
#: Lower-case nouns after a name that make it an armed group, whatever the model said of it.
GROUP_AFTER = {"fighters", "militants", "militia", "militias", "militiamen", "insurgents", "guerrillas",
               "jihadists", "alliance"}
#: Last words of a programme's name ("the Green Homes Grant", "the Safe Routes Scheme").
PROGRAMME_WORDS = {"grant", "grants", "scheme", "programme", "program", "subsidy", "allowance", "voucher"}
#: Words that begin the name of a storm ("Storm Hilda", "Hurricane Delia").
WEATHER_FIRST = {"storm", "hurricane", "typhoon", "cyclone", "tropical"}
#: Verbs whose by-agent is a person when it is no organisation ("founded by JT Marlow").
PERSON_AGENT_VERBS = {"founded", "co-founded", "led", "headed", "chaired", "written", "directed", "authored",
                      "painted", "composed", "coached", "captained", "designed", "invented", "created"}
#: Religions and doctrines: groups (NORP), not places.
RELIGIONS = {"islam", "christianity", "judaism", "buddhism", "hinduism", "sikhism", "shinto", "taoism",
             "jainism", "zoroastrianism", "catholicism", "protestantism", "orthodoxy"}
#: Named identity groups (NORP, by the annotation rules' clarifications), singular, lower case.
IDENTITY_WORDS = {"lgbt", "lgbtq", "lgbtq+", "lgbti", "lgbtiq", "lgbtqia", "latino", "latina", "latinx", "hispanic",
                  "indigenous", "aboriginal", "first nations"}
PLATFORM_BEFORE = {"on", "via", "makes", "make", "made", "using", "uses", "through"}
PLACE_BEFORE = {"in", "near", "around", "outside", "into", "across", "inside", "within", "throughout", "visited",
                "toured", "to", "from"}
#: Nouns of a site before "at" that make what follows a place ("the plant at X", "a camp at X").
SITE_AT = {"plant", "facility", "site", "camp", "base", "depot", "refinery", "field", "mine", "dam", "port",
           "airport", "station", "bridge", "hospital", "prison", "checkpoint", "crossing", "border", "clashes",
           "fighting", "protests", "flooding", "fires", "landslide", "explosion", "blast", "attack", "attacks",
           "flow", "flows", "level", "levels", "gauge"}
#: Second parts of a hyphenated compound whose first part is a place ("a Kell-based firm").
PLACE_HYPHEN = {"based", "born", "bred", "raised", "headquartered", "registered", "area", "region", "bound"}
SETTLEMENT_AFTER = {"city", "town", "province", "region", "district", "village", "camp", "camps",
                    "port", "harbour", "harbor", "border", "area", "county", "governorate", "battle",
                    "offensive", "siege", "territory", "island", "state", "governor", "mayor", "authorities"}
#: Nouns before "of" that make what follows a place ("the towns of X and Y", "the mayor of X").
SETTLEMENT_OF = {"people", "citizens", "inhabitants", "population", "economy",
                 "cities", "towns", "villages", "provinces", "regions", "districts", "municipality", "suburb",
                 "suburbs", "neighbourhood", "neighborhood", "island", "state", "states", "capital",
                 "mayor", "governor", "archbishop", "bishop", "outskirts", "residents", "streets", "king", "queen",
                 "emir", "sultan", "justice", "ambassador", "consul", "embassy", "consulate", "evacuation",
                 "council", "mayors", "governors", "governments", "ministers", "port", "ports"}
FACILITY_AFTER = {"oil", "field", "oilfield", "airport", "depot", "refinery", "plant", "mine", "dam"}
#: Words of travel before "to" or "from" that make what follows a place ("moved to X", "flights from X").
MOTION_TO = {"moved", "move", "moving", "flew", "fly", "flying", "travelled", "traveled", "travel", "returned",
             "return", "returning", "fled", "flee", "fleeing", "sailed", "drove", "emigrated", "migrated",
             "deported", "relocated", "relocate", "headed", "trip", "trips", "visit", "journey", "flights",
             "flight", "route", "road", "ferry", "ferries", "trains", "train", "evacuated", "exiled", "bound"}
#: Verbs whose by-agent is an organisation when it is no person ("built by Norbuild").
ORG_AGENT_VERBS = {"built", "operated", "owned", "manufactured", "supplied", "sponsored", "acquired", "bought",
                   "constructed", "insured", "financed", "audited"}
#: Plural party words that end a party's name ("the Social Democrats", "the Free Greens").
PARTY_PLURALS = {"democrats", "republicans", "socialists", "liberals", "conservatives", "greens", "communists",
                 "nationalists", "unionists", "progressives", "democrats'", "libertarians"}


#: Words after a place's name that make an organisation a public body named after that place
#: ("the Tarn Basin Authority", "the Ostmark Regional Authority", "the Velda Water Board").
GEO_BODY_WORDS = frozenset({"basin", "river", "rivers", "hydrographic", "hydrological", "watershed", "catchment",
                            "water", "waters", "regional", "region", "municipal", "provincial", "metropolitan",
                            "city", "county", "district", "valley", "lake", "delta", "estuary", "coastal",
                            "confederation", "port", "harbour", "harbor", "urban", "transit", "irrigation"})
#: Words of a body named after a natural feature: the feature alone is a LOC ("the Tarn").
WATER_BODY_WORDS = frozenset({"basin", "river", "rivers", "hydrographic", "hydrological", "watershed",
                              "catchment", "valley", "lake", "delta", "estuary"})


#: Head words of a public body ("... Authority", "... Board"); a firm's ("... Water Holdings") are not.
BODY_HEADS = frozenset({"authority", "authorities", "board", "council", "commission", "agency", "confederation",
                        "corporation", "trust", "service", "services", "government", "assembly", "court", "police",
                        "department", "ministry", "directorate", "office", "administration", "committee",
                        "inspectorate", "tribunal", "consortium", "federation", "association"})


def named_after_place(key: str) -> bool:
    """Whether an organisation's name (a grouping key, lower case) is a place's name followed by a
    public body's geographic words and its head ("tarn basin authority", "velda water board"): its
    first word alone is the place; a firm's name ("pacific water holdings") is not."""
    words = key.split()
    return len(words) > 2 and bool(set(words[1:-1]) & GEO_BODY_WORDS) and words[-1] in BODY_HEADS


#: Last words of a firm's name whose first word alone stands for the firm ("Vantor" for "Vantor
#: Logistics"): trade and legal-form words, no public body's.
FIRM_WORDS = frozenset({"logistics", "shipping", "holdings", "foods", "group", "marine", "motors", "industries",
                        "partners", "ventures", "systems", "technologies", "labs", "energy", "corporation",
                        "corp", "company", "inc", "ltd", "plc", "llc", "airlines", "airways", "mining", "petroleum",
                        "telecom", "telecoms", "electronics", "chemicals", "solutions", "consulting", "capital",
                        "engineering", "construction", "pharmaceuticals", "pharma", "biotech", "software",
                        "robotics", "brewery", "dairies", "textiles", "aviation", "insurance", "midstream",
                        "resources", "metals", "steel", "power", "oil", "gas", "retail", "brands",
                        "analytics", "garments", "apparel", "fashions", "knitwear", "media", "networks",
                        "studios", "entertainment", "semiconductors", "devices", "materials", "plastics",
                        "packaging", "therapeutics", "biosciences", "aerospace", "shipyards", "mills",
                        "payments", "investments", "securities", "properties", "hotels", "resorts",
                        "seafoods", "farms", "freight", "automotive", "cement", "fertilisers",
                        "fertilizers", "beverages", "breweries", "distillers", "minerals", "exploration"})


def firm_short_form(word: str, firm_keys: list[str]) -> bool:
    """Whether a one-word key is the first word of exactly one firm's name of the article, that
    name ending in a trade or legal-form word ("meridian" of "meridian logistics")."""
    owners = [k for k in firm_keys if k.split()[0] == word and k.split()[-1] in FIRM_WORDS]
    return len(owners) == 1
