"""Small, general word lists the entity rules need: demonyms, country name variants, titles.

Nothing here is specific to one article. Demonyms follow the annotation rule
that an adjective or demonym of a country used for its state, people or
institutions ("Israeli ambassadors", "Iranian officials") is a mention of
that country. Religious and ethnic group words (Muslim, Arab, Jewish) are not
demonyms of a country and stay groups of their own.
"""

from __future__ import annotations

#: Country -> its demonyms and adjectives (singular and plural forms are both listed where used).
_COUNTRY_DEMONYMS = {
    "Afghanistan": ["Afghan", "Afghans"], "Albania": ["Albanian", "Albanians"],
    "Algeria": ["Algerian", "Algerians"], "Argentina": ["Argentine", "Argentinian", "Argentinians"],
    "Armenia": ["Armenian", "Armenians"], "Australia": ["Australian", "Australians"],
    "Austria": ["Austrian", "Austrians"], "Azerbaijan": ["Azerbaijani", "Azerbaijanis", "Azeri"],
    "Bahrain": ["Bahraini", "Bahrainis"], "Bangladesh": ["Bangladeshi", "Bangladeshis"],
    "Belgium": ["Belgian", "Belgians"],
    "Bolivia": ["Bolivian", "Bolivians"], "Bosnia": ["Bosnian", "Bosnians"],
    "Brazil": ["Brazilian", "Brazilians"], "Bulgaria": ["Bulgarian", "Bulgarians"],
    "Cambodia": ["Cambodian", "Cambodians"], "Canada": ["Canadian", "Canadians"],
    "Chile": ["Chilean", "Chileans"], "China": ["Chinese"], "Colombia": ["Colombian", "Colombians"],
    "Croatia": ["Croatian", "Croatians", "Croat", "Croats"], "Cuba": ["Cuban", "Cubans"],
    "Cyprus": ["Cypriot", "Cypriots"], "Czech Republic": ["Czech", "Czechs"],
    "Denmark": ["Danish", "Danes"], "Egypt": ["Egyptian", "Egyptians"],
    "Estonia": ["Estonian", "Estonians"], "Ethiopia": ["Ethiopian", "Ethiopians"],
    "Finland": ["Finnish", "Finns"], "France": ["French"], "Georgia": ["Georgian", "Georgians"],
    "Germany": ["German", "Germans"], "Ghana": ["Ghanaian", "Ghanaians"], "Greece": ["Greek", "Greeks"],
    "Hungary": ["Hungarian", "Hungarians"], "Iceland": ["Icelandic", "Icelanders"],
    "India": ["Indian", "Indians"], "Indonesia": ["Indonesian", "Indonesians"],
    "Iran": ["Iranian", "Iranians"], "Iraq": ["Iraqi", "Iraqis"], "Ireland": ["Irish"],
    "Israel": ["Israeli", "Israelis"], "Italy": ["Italian", "Italians"],
    "Japan": ["Japanese"], "Jordan": ["Jordanian", "Jordanians"],
    "Kazakhstan": ["Kazakh", "Kazakhs"], "Kenya": ["Kenyan", "Kenyans"],
    "Kuwait": ["Kuwaiti", "Kuwaitis"], "Latvia": ["Latvian", "Latvians"],
    "Lebanon": ["Lebanese"], "Libya": ["Libyan", "Libyans"], "Lithuania": ["Lithuanian", "Lithuanians"],
    "Malaysia": ["Malaysian", "Malaysians"], "Mexico": ["Mexican", "Mexicans"],
    "Moldova": ["Moldovan", "Moldovans"], "Morocco": ["Moroccan", "Moroccans"],
    "Myanmar": ["Burmese"], "Nepal": ["Nepali", "Nepalese"], "Netherlands": ["Dutch"],
    "New Zealand": ["New Zealander", "New Zealanders"], "Nigeria": ["Nigerian", "Nigerians"],
    "North Korea": ["North Korean", "North Koreans"], "Norway": ["Norwegian", "Norwegians"],
    "Oman": ["Omani", "Omanis"], "Pakistan": ["Pakistani", "Pakistanis"],
    "Palestine": ["Palestinian", "Palestinians"], "Peru": ["Peruvian", "Peruvians"],
    "Philippines": ["Filipino", "Filipinos", "Philippine"], "Poland": ["Polish", "Poles"],
    "Portugal": ["Portuguese"], "Qatar": ["Qatari", "Qataris"], "Romania": ["Romanian", "Romanians"],
    "Russia": ["Russian", "Russians"], "Saudi Arabia": ["Saudi", "Saudis"],
    "Serbia": ["Serbian", "Serbians", "Serb", "Serbs"], "Singapore": ["Singaporean", "Singaporeans"],
    "Slovakia": ["Slovak", "Slovaks"], "Slovenia": ["Slovenian", "Slovenians", "Slovene"],
    "Somalia": ["Somali", "Somalis"], "South Africa": ["South African", "South Africans"],
    "South Korea": ["South Korean", "South Koreans"], "Spain": ["Spanish", "Spaniards"],
    "Sri Lanka": ["Sri Lankan", "Sri Lankans"], "Sudan": ["Sudanese"], "Sweden": ["Swedish", "Swedes"],
    "Switzerland": ["Swiss"], "Syria": ["Syrian", "Syrians"], "Taiwan": ["Taiwanese"],
    "Thailand": ["Thai", "Thais"], "Tunisia": ["Tunisian", "Tunisians"],
    "Turkey": ["Turkish", "Turks"], "Ukraine": ["Ukrainian", "Ukrainians"],
    "United Arab Emirates": ["Emirati", "Emiratis"], "United Kingdom": ["British", "Briton", "Britons"],
    "United States": ["American", "Americans"], "Venezuela": ["Venezuelan", "Venezuelans"],
    "Vietnam": ["Vietnamese"], "Yemen": ["Yemeni", "Yemenis"], "Zimbabwe": ["Zimbabwean", "Zimbabweans"],
    "Congo": ["Congolese"], "Rwanda": ["Rwandan", "Rwandans"], "Burundi": ["Burundian", "Burundians"],
    "Uganda": ["Ugandan", "Ugandans"], "Tanzania": ["Tanzanian", "Tanzanians"], "Zambia": ["Zambian", "Zambians"],
    "Eritrea": ["Eritrean", "Eritreans"], "South Sudan": ["South Sudanese"], "Mali": ["Malian", "Malians"],
    "Senegal": ["Senegalese"], "Ivory Coast": ["Ivorian", "Ivorians"], "Cameroon": ["Cameroonian", "Cameroonians"],
    "Angola": ["Angolan", "Angolans"], "Mozambique": ["Mozambican", "Mozambicans"],
    "Namibia": ["Namibian", "Namibians"], "Botswana": ["Botswanan"], "Madagascar": ["Malagasy"],
    "Mauritania": ["Mauritanian", "Mauritanians"], "Uzbekistan": ["Uzbek", "Uzbeks"],
    "Kyrgyzstan": ["Kyrgyz"], "Tajikistan": ["Tajik", "Tajiks"], "Turkmenistan": ["Turkmen"],
    "Mongolia": ["Mongolian", "Mongolians"], "Laos": ["Laotian", "Laotians"], "Bhutan": ["Bhutanese"],
    "Scotland": ["Scottish", "Scots"], "Wales": ["Welsh"], "Montenegro": ["Montenegrin", "Montenegrins"],
    "North Macedonia": ["Macedonian", "Macedonians"], "Kosovo": ["Kosovar", "Kosovars"],
    "Luxembourg": ["Luxembourger", "Luxembourgers"], "Ecuador": ["Ecuadorian", "Ecuadorians"],
    "Uruguay": ["Uruguayan", "Uruguayans"], "Paraguay": ["Paraguayan", "Paraguayans"],
    "Panama": ["Panamanian", "Panamanians"], "Costa Rica": ["Costa Rican", "Costa Ricans"],
    "Guatemala": ["Guatemalan", "Guatemalans"], "Honduras": ["Honduran", "Hondurans"],
    "El Salvador": ["Salvadoran", "Salvadorans"], "Nicaragua": ["Nicaraguan", "Nicaraguans"],
    "Haiti": ["Haitian", "Haitians"], "Jamaica": ["Jamaican", "Jamaicans"],
    "Dominican Republic": ["Dominican", "Dominicans"], "Fiji": ["Fijian", "Fijians"],
    "Papua New Guinea": ["Papua New Guinean"], "Gaza": ["Gazan", "Gazans"],
    "Greenland": ["Greenlandic", "Greenlanders"], "Belarus": ["Belarusian", "Belarusians"],
}

#: Country names, as written in running text.
COUNTRIES = frozenset(_COUNTRY_DEMONYMS) | {"West Bank", "Vatican", "Monaco", "Malta"}

#: Lower-cased demonym -> country name.
DEMONYMS = {d.lower(): country for country, forms in _COUNTRY_DEMONYMS.items() for d in forms}

#: Lower-cased name variant -> the country's usual name.
COUNTRY_VARIANTS = {
    "u.s.": "United States", "us": "United States", "u.s.a.": "United States", "usa": "United States",
    "united states of america": "United States", "america": "United States",
    "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "uae": "United Arab Emirates", "u.a.e.": "United Arab Emirates",
    "the netherlands": "Netherlands", "holland": "Netherlands", "burma": "Myanmar",
    "türkiye": "Turkey", "turkiye": "Turkey", "russian federation": "Russia",
    "republic of korea": "South Korea", "dprk": "North Korea", "prc": "China",
    "people's republic of china": "China", "czechia": "Czech Republic",
}

#: Group words whose inflections are one entity (the rules keep different words apart).
GROUP_FORMS = {"jewish": "jew", "jews": "jew", "jew": "jew"}

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
}

#: Lower-case words allowed inside an organisation's initials check ("Organization OF Islamic ...").
INITIALS_SKIP = {"of", "for", "the", "and", "&", "on", "in", "at", "de", "du", "des", "la", "le"}


def country_of(text: str) -> str | None:
    """The country a demonym or a name variant stands for, or None."""
    lowered = text.lower()
    return DEMONYMS.get(lowered) or COUNTRY_VARIANTS.get(lowered)
