"""Generate ``analysis/data/countries.json``: countries, their name variants and demonyms.

``python scripts/make_countries.py`` (needs the dev packages ``pycountry`` and
``country-converter``; the runtime reads only the generated file).

Sources, and what each contributes:

* **pycountry** (ISO 3166-1 and 3166-2): every country and territory with its
  alpha-3 code, its ISO name, common name and official name; the ISO 3166-2
  subdivisions whose names contain a country's name ("Northern Ireland", "New
  Mexico", "Western Australia"), kept as places of their own so the country
  inside them is never counted.
* **country-converter** (coco): which countries are UN members (its
  ``UNmember`` column), its short and official names, and its regular
  expressions, used here as the arbiter for near-names: every name this script
  writes for a country must not be matched by another country's coco
  expression (so "Niger" never reads as Nigeria, "South Sudan" never as Sudan,
  "Dominica" never as the Dominican Republic, "Guinea" never as Equatorial
  Guinea).
* :data:`NEWS_NAMES` and :data:`VARIANTS` below: the name English news uses
  ("Russia", "Ivory Coast") and the short forms it writes ("U.S.", "Britain",
  "DRC"), as in the style guides of the wire services.
* :data:`DEMONYMS` below: adjectives and demonyms, one record per country,
  following the "Nationality" field of the CIA World Factbook and Wikipedia's
  "List of adjectival and demonymic forms for countries and nations".
  A demonym two countries share is written once, for the country
  :data:`SHARED_DEMONYMS` names (with the reason).
* :data:`REGIONS`: continents and world regions with their adjectives
  ("African" is a mention of Africa, typed LOC).
* :data:`FORMER_STATES`: states news still names (the Soviet Union, Yugoslavia), their ISO 3166-3
  names from pycountry, with their demonyms ("Soviet-era").

The output keeps one record per place: code, name (the usual English name),
kind (``state``, ``territory``, ``subdivision``, ``former`` or ``region``), label (GPE or
LOC), un_member, names (every written form) and demonyms.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from importlib.metadata import version
from pathlib import Path

import pandas as pd
import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "analysis" / "data" / "countries.json"
log = logging.getLogger("make_countries")

#: The name English news uses, where it differs from pycountry's common name.
NEWS_NAMES = {
    "BOL": "Bolivia", "BRN": "Brunei", "CIV": "Ivory Coast", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CPV": "Cape Verde", "CZE": "Czech Republic", "FSM": "Micronesia",
    "GBR": "United Kingdom", "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos", "MDA": "Moldova",
    "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia", "SWZ": "Eswatini", "SYR": "Syria",
    "TLS": "East Timor", "TUR": "Turkey", "TZA": "Tanzania", "USA": "United States", "VAT": "Vatican City",
    "VEN": "Venezuela", "VNM": "Vietnam", "FLK": "Falkland Islands", "TWN": "Taiwan",
    "MAC": "Macau", "VGB": "British Virgin Islands", "VIR": "US Virgin Islands", "KNA": "Saint Kitts and Nevis",
}

#: Short and older forms news writes for a country (besides pycountry's and coco's names).
VARIANTS = {
    "USA": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "ARE": ["UAE", "U.A.E.", "Emirates"], "NLD": ["Holland", "The Netherlands"],
    "MMR": ["Burma"], "TUR": ["Türkiye", "Turkiye"], "CZE": ["Czechia"], "MKD": ["Macedonia"],
    "SWZ": ["Swaziland"], "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"], "CPV": ["Cabo Verde"],
    "TLS": ["Timor-Leste"], "COD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Congo", "Congo-Brazzaville", "Republic of Congo"], "PRK": ["DPRK"], "KOR": ["Republic of Korea", "ROK"],
    "CHN": ["PRC", "People's Republic of China"], "VAT": ["Vatican", "Holy See"],
    "PSE": ["State of Palestine", "Palestinian territories"], "BHS": ["The Bahamas"], "GMB": ["The Gambia"],
    "PHL": ["The Philippines"], "BIH": ["Bosnia", "BiH"], "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LCA": ["St Lucia", "St. Lucia"], "VCT": ["St Vincent and the Grenadines"], "STP": ["São Tomé and Príncipe"],
    "RUS": ["Russian Federation"], "XKX": ["Kosovo"], "TWN": ["Republic of China"],
    "NZL": ["NZ", "N.Z."], "SAU": ["KSA"], "PNG": ["PNG"], "HKG": ["HK"],
}

#: Adjectives and demonyms (adjective forms first, then nouns for the people).
DEMONYMS = {
    "AFG": "Afghan Afghans", "ALB": "Albanian Albanians", "DZA": "Algerian Algerians",
    "AND": "Andorran Andorrans", "AGO": "Angolan Angolans", "ATG": "Antiguan Antiguans",
    "ARG": "Argentine Argentinian Argentinians Argentines", "ARM": "Armenian Armenians",
    "AUS": "Australian Australians", "AUT": "Austrian Austrians", "AZE": "Azerbaijani Azerbaijanis Azeri Azeris",
    "BHS": "Bahamian Bahamians", "BHR": "Bahraini Bahrainis", "BGD": "Bangladeshi Bangladeshis",
    "BRB": "Barbadian Barbadians Bajan", "BLR": "Belarusian Belarusians", "BEL": "Belgian Belgians",
    "BLZ": "Belizean Belizeans", "BEN": "Beninese", "BTN": "Bhutanese", "BOL": "Bolivian Bolivians",
    "BIH": "Bosnian Bosnians", "BWA": "Botswanan Batswana Motswana", "BRA": "Brazilian Brazilians",
    "BRN": "Bruneian Bruneians", "BGR": "Bulgarian Bulgarians", "BFA": "Burkinabe Burkinabè",
    "BDI": "Burundian Burundians", "CPV": "Cape Verdean Cape Verdeans", "KHM": "Cambodian Cambodians",
    "CMR": "Cameroonian Cameroonians", "CAN": "Canadian Canadians", "CAF": "Central African",
    "TCD": "Chadian Chadians", "CHL": "Chilean Chileans", "CHN": "Chinese", "COL": "Colombian Colombians",
    "COM": "Comoran Comorian Comorians", "COG": "Congolese", "COD": "Congolese",
    "CRI": "Costa Rican Costa Ricans", "CIV": "Ivorian Ivorians", "HRV": "Croatian Croatians Croat Croats",
    "CUB": "Cuban Cubans", "CYP": "Cypriot Cypriots", "CZE": "Czech Czechs", "DNK": "Danish Danes Dane",
    "DJI": "Djiboutian Djiboutians", "DMA": "Dominican", "DOM": "Dominican Dominicans",
    "ECU": "Ecuadorian Ecuadorians", "EGY": "Egyptian Egyptians", "SLV": "Salvadoran Salvadorans",
    "GNQ": "Equatorial Guinean Equatoguinean Equatoguineans", "ERI": "Eritrean Eritreans",
    "EST": "Estonian Estonians", "SWZ": "Swazi Swazis Emaswati", "ETH": "Ethiopian Ethiopians",
    "FJI": "Fijian Fijians", "FIN": "Finnish Finns Finn", "FRA": "French Frenchman Frenchwoman",
    "GAB": "Gabonese", "GMB": "Gambian Gambians", "GEO": "Georgian Georgians", "DEU": "German Germans",
    "GHA": "Ghanaian Ghanaians", "GRC": "Greek Greeks", "GRD": "Grenadian Grenadians",
    "GTM": "Guatemalan Guatemalans", "GIN": "Guinean Guineans", "GNB": "Bissau-Guinean Bissau-Guineans",
    "GUY": "Guyanese", "HTI": "Haitian Haitians", "HND": "Honduran Hondurans", "HUN": "Hungarian Hungarians",
    "ISL": "Icelandic Icelanders", "IND": "Indian Indians", "IDN": "Indonesian Indonesians",
    "IRN": "Iranian Iranians", "IRQ": "Iraqi Iraqis", "IRL": "Irish Irishman Irishwoman",
    "ISR": "Israeli Israelis", "ITA": "Italian Italians", "JAM": "Jamaican Jamaicans", "JPN": "Japanese",
    "JOR": "Jordanian Jordanians", "KAZ": "Kazakh Kazakhstani Kazakhs Kazakhstanis", "KEN": "Kenyan Kenyans",
    "KIR": "I-Kiribati", "PRK": "North Korean North Koreans", "KOR": "South Korean South Koreans",
    "KWT": "Kuwaiti Kuwaitis", "KGZ": "Kyrgyz Kyrgyzstani Kyrgyzstanis", "LAO": "Laotian Laotians Lao",
    "LVA": "Latvian Latvians", "LBN": "Lebanese", "LSO": "Basotho Mosotho", "LBR": "Liberian Liberians",
    "LBY": "Libyan Libyans", "LIE": "Liechtensteiner Liechtensteiners", "LTU": "Lithuanian Lithuanians",
    "LUX": "Luxembourgish Luxembourger Luxembourgers", "MDG": "Malagasy", "MWI": "Malawian Malawians",
    "MYS": "Malaysian Malaysians", "MDV": "Maldivian Maldivians", "MLI": "Malian Malians",
    "MLT": "Maltese", "MHL": "Marshallese", "MRT": "Mauritanian Mauritanians",
    "MUS": "Mauritian Mauritians", "MEX": "Mexican Mexicans", "FSM": "Micronesian Micronesians",
    "MDA": "Moldovan Moldovans", "MCO": "Monegasque Monégasque Monegasques", "MNG": "Mongolian Mongolians",
    "MNE": "Montenegrin Montenegrins", "MAR": "Moroccan Moroccans", "MOZ": "Mozambican Mozambicans",
    "MMR": "Burmese Myanmar", "NAM": "Namibian Namibians", "NRU": "Nauruan Nauruans", "NPL": "Nepali Nepalese",
    "NLD": "Dutch Dutchman Dutchwoman", "NZL": "New Zealander New Zealanders", "NIC": "Nicaraguan Nicaraguans",
    "NER": "Nigerien Nigeriens", "NGA": "Nigerian Nigerians", "MKD": "Macedonian Macedonians",
    "NOR": "Norwegian Norwegians", "OMN": "Omani Omanis", "PAK": "Pakistani Pakistanis",
    "PLW": "Palauan Palauans", "PAN": "Panamanian Panamanians", "PNG": "Papua New Guinean Papua New Guineans",
    "PRY": "Paraguayan Paraguayans", "PER": "Peruvian Peruvians", "PHL": "Philippine Filipino Filipinos",
    "POL": "Polish Poles", "PRT": "Portuguese", "QAT": "Qatari Qataris", "ROU": "Romanian Romanians",
    "RUS": "Russian Russians", "RWA": "Rwandan Rwandans", "KNA": "Kittitian Nevisian",
    "LCA": "Saint Lucian Saint Lucians", "VCT": "Vincentian Vincentians", "WSM": "Samoan Samoans",
    "SMR": "Sammarinese", "STP": "Santomean Santomeans", "SAU": "Saudi Saudis Saudi Arabian Saudi Arabians",
    "SEN": "Senegalese", "SRB": "Serbian Serbians Serb Serbs", "SYC": "Seychellois",
    "SLE": "Sierra Leonean Sierra Leoneans", "SGP": "Singaporean Singaporeans", "SVK": "Slovak Slovaks Slovakian",
    "SVN": "Slovenian Slovenians Slovene Slovenes", "SLB": "Solomon Islander Solomon Islanders",
    "SOM": "Somali Somalis", "ZAF": "South African South Africans", "SSD": "South Sudanese",
    "ESP": "Spanish Spaniards Spaniard", "LKA": "Sri Lankan Sri Lankans", "SDN": "Sudanese",
    "SUR": "Surinamese", "SWE": "Swedish Swedes Swede", "CHE": "Swiss", "SYR": "Syrian Syrians",
    "TJK": "Tajik Tajiks Tajikistani", "TZA": "Tanzanian Tanzanians", "THA": "Thai Thais",
    "TLS": "Timorese", "TGO": "Togolese", "TON": "Tongan Tongans", "TTO": "Trinidadian Trinidadians Tobagonian",
    "TUN": "Tunisian Tunisians", "TUR": "Turkish Turks Turk", "TKM": "Turkmen Turkmens",
    "TUV": "Tuvaluan Tuvaluans", "UGA": "Ugandan Ugandans", "UKR": "Ukrainian Ukrainians",
    "ARE": "Emirati Emiratis", "GBR": "British Briton Britons", "USA": "American Americans",
    "URY": "Uruguayan Uruguayans", "UZB": "Uzbek Uzbeks Uzbekistani", "VUT": "Ni-Vanuatu",
    "VEN": "Venezuelan Venezuelans", "VNM": "Vietnamese", "YEM": "Yemeni Yemenis",
    "ZMB": "Zambian Zambians", "ZWE": "Zimbabwean Zimbabweans",
    # observer states and partly recognised states
    "VAT": "Vatican", "PSE": "Palestinian Palestinians", "XKX": "Kosovar Kosovars Kosovan", "TWN": "Taiwanese",
    # territories
    "PRI": "Puerto Rican Puerto Ricans", "GRL": "Greenlandic Greenlanders", "HKG": "Hongkonger Hongkongers",
}

#: Demonyms two countries share: the country they stand for in news, and why.
SHARED_DEMONYMS = {
    "Dominican": ("DOM", "far more often the Dominican Republic than Dominica in English news"),
    "Congolese": ("COD", "the larger Congo; the Republic of the Congo is named in full when meant"),
}

#: Multi-word demonyms are written with spaces in DEMONYMS: join them back here.
_MULTIWORD = ("Cape Verdean", "Cape Verdeans", "Central African", "Costa Rican", "Costa Ricans",
              "Equatorial Guinean", "New Zealander", "New Zealanders", "North Korean", "North Koreans",
              "South Korean", "South Koreans", "Papua New Guinean", "Papua New Guineans", "Saint Lucian",
              "Saint Lucians", "Saudi Arabian", "Saudi Arabians", "Sierra Leonean", "Sierra Leoneans",
              "Solomon Islander", "Solomon Islanders", "South African", "South Africans", "South Sudanese",
              "Sri Lankan", "Sri Lankans", "Puerto Rican", "Puerto Ricans", "Northern Irish")

#: Continents and world regions: (code, name, names, adjectives and people nouns).
REGIONS = [
    ("AFRICA", "Africa", ["Africa"], ["African", "Africans"]),
    ("EUROPE", "Europe", ["Europe"], ["European", "Europeans"]),
    ("ASIA", "Asia", ["Asia"], ["Asian", "Asians"]),
    ("OCEANIA", "Oceania", ["Oceania"], ["Oceanian"]),
    ("NORTH_AMERICA", "North America", ["North America"], ["North American", "North Americans"]),
    ("SOUTH_AMERICA", "South America", ["South America"], ["South American", "South Americans"]),
    ("LATIN_AMERICA", "Latin America", ["Latin America"], ["Latin American", "Latin Americans"]),
    ("CENTRAL_AMERICA", "Central America", ["Central America"], ["Central American", "Central Americans"]),
    ("MIDDLE_EAST", "Middle East", ["Middle East"], ["Middle Eastern"]),
    # sub-regions of the UN M49 scheme, and common compass regions, as written in news: a region of
    # its own ("poor harvests across West Africa"), never its continent ("Central African" stays
    # the Central African Republic's)
    ("WEST_AFRICA", "West Africa", ["West Africa", "Western Africa"], ["West African", "West Africans"]),
    ("EAST_AFRICA", "East Africa", ["East Africa", "Eastern Africa"], ["East African", "East Africans"]),
    ("NORTH_AFRICA", "North Africa", ["North Africa", "Northern Africa"], ["North African", "North Africans"]),
    ("SOUTHERN_AFRICA", "Southern Africa", ["Southern Africa"], ["Southern African"]),
    ("CENTRAL_AFRICA", "Central Africa", ["Central Africa", "Middle Africa"], []),
    ("SUB_SAHARAN_AFRICA", "Sub-Saharan Africa", ["Sub-Saharan Africa", "sub-Saharan Africa"], []),
    ("EAST_ASIA", "East Asia", ["East Asia", "Eastern Asia"], ["East Asian", "East Asians"]),
    ("SOUTH_ASIA", "South Asia", ["South Asia", "Southern Asia"], ["South Asian", "South Asians"]),
    ("SOUTHEAST_ASIA", "Southeast Asia", ["Southeast Asia", "South-East Asia", "South-eastern Asia"],
     ["Southeast Asian", "South-East Asian"]),
    ("CENTRAL_ASIA", "Central Asia", ["Central Asia"], ["Central Asian", "Central Asians"]),
    ("WESTERN_EUROPE", "Western Europe", ["Western Europe"], ["Western European", "Western Europeans"]),
    ("EASTERN_EUROPE", "Eastern Europe", ["Eastern Europe"], ["Eastern European", "Eastern Europeans"]),
    ("CENTRAL_EUROPE", "Central Europe", ["Central Europe"], ["Central European", "Central Europeans"]),
    ("NORTHERN_EUROPE", "Northern Europe", ["Northern Europe"], ["Northern European", "Northern Europeans"]),
    ("SOUTHERN_EUROPE", "Southern Europe", ["Southern Europe"], ["Southern European", "Southern Europeans"]),
]

#: Constituent countries of the United Kingdom: places of their own, with their demonyms.
UK_NATIONS = {"GB-ENG": ("England", ""), "GB-SCT": ("Scotland", "Scottish Scots Scot"),
              "GB-WLS": ("Wales", "Welsh"), "GB-NIR": ("Northern Ireland", "Northern Irish")}


def split_demonyms(text: str) -> list[str]:
    """The forms of one DEMONYMS entry, multi-word forms kept whole."""
    forms: list[str] = []
    for multi in sorted(_MULTIWORD, key=len, reverse=True):
        if re.search(rf"(?<!\S){re.escape(multi)}(?!\S)", text):
            forms.append(multi)
            text = re.sub(rf"(?<!\S){re.escape(multi)}(?!\S)", " ", text)
    return forms + text.split()


def coco_table() -> pd.DataFrame:
    """country-converter's data (read directly: its loader trips over pandas' NA parsing)."""
    import country_converter

    path = Path(country_converter.__file__).with_name("country_data.tsv")
    return pd.read_csv(path, sep="\t", keep_default_na=False, dtype=str)


def coco_codes(name: str, coco: pd.DataFrame) -> set[str]:
    """The ISO3 codes whose coco expression matches a name (case-insensitive, as coco does)."""
    return {row.ISO3 for row in coco.itertuples() if row.regex and re.search(row.regex, name, re.IGNORECASE)}


def country_records(coco: pd.DataFrame) -> list[dict]:
    """One record per ISO 3166-1 country, names checked against coco for near-names."""
    un_members = set(coco.loc[coco["UNmember"] != "", "ISO3"])
    by_code = {row.ISO3: row for row in coco.itertuples()}
    records = []
    codes = [c.alpha_3 for c in pycountry.countries] + ["XKX"]
    for code in codes:
        country = pycountry.countries.get(alpha_3=code)
        coco_row = by_code.get(code)
        iso_names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)] \
            if country else []
        coco_names = [coco_row.name_short, coco_row.name_official] if coco_row is not None else []
        name = NEWS_NAMES.get(code) or (getattr(country, "common_name", None) or country.name if country
                                        else coco_row.name_short)
        candidates = [name, *VARIANTS.get(code, []), *iso_names, *coco_names]
        names = []
        for form in candidates:
            if not form or "," in form or "(" in form or form in names:
                continue  # "Korea, Republic of" is a catalogue form, never written in running text
            others = coco_codes(form, coco) - {code}
            if others and form not in VARIANTS.get(code, []):
                log.warning("dropped %r for %s: coco reads it as %s", form, code, sorted(others))
                continue
            names.append(re.sub(r"^the\s+", "", form, flags=re.IGNORECASE).strip())
        names = list(dict.fromkeys(names))
        demonyms = split_demonyms(DEMONYMS.get(code, ""))
        kind = "state" if code in un_members or code in ("VAT", "PSE", "XKX", "TWN") else "territory"
        records.append({"code": code, "name": name, "kind": kind, "label": "GPE",
                        "un_member": code in un_members, "names": names, "demonyms": demonyms})
    return records


def subdivision_records(records: list[dict]) -> list[dict]:
    """ISO 3166-2 subdivisions whose names contain a country's name: places of their own."""
    country_names = {n for r in records for n in r["names"] if len(n) > 3}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(country_names, key=len, reverse=True)))
                         + r")\b")
    out = []
    for sub in pycountry.subdivisions:
        name = sub.name
        if name in country_names or not pattern.search(name) or re.search(r"[,(\[]|'s$", name) \
                or sub.code in UK_NATIONS:
            continue
        out.append({"code": sub.code, "name": name, "kind": "subdivision", "label": "GPE", "un_member": False,
                    "names": [name], "demonyms": []})
    for code, (name, forms) in UK_NATIONS.items():
        out.append({"code": code, "name": name, "kind": "subdivision", "label": "GPE",
                    "un_member": False, "names": [name], "demonyms": split_demonyms(forms)})
    return out


#: States that no longer exist but news still names ("Soviet-era boundaries"): ISO 3166-3 code
#: (pycountry's ``historic_countries``), the usual English name, the other names news writes, and
#: the demonyms. A place of its own, never its successor ("Soviet" is no mention of Russia).
FORMER_STATES = [
    ("SUN", "Soviet Union", ["USSR", "U.S.S.R."], ["Soviet", "Soviets"]),
    ("YUG", "Yugoslavia", [], ["Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians"]),
    ("CSK", "Czechoslovakia", [], ["Czechoslovak", "Czechoslovaks", "Czechoslovakian"]),
    ("DDR", "East Germany", ["GDR"], ["East German", "East Germans"]),
]


def former_records() -> list[dict]:
    """Former states: pycountry's ISO 3166-3 names (each part of its "A, B" name) with
    :data:`FORMER_STATES`' news names and demonyms; kind ``former``, typed GPE."""
    import pycountry

    records = []
    for code, name, more, demonyms in FORMER_STATES:
        iso = pycountry.historic_countries.get(alpha_3=code)
        official = [part.strip() for part in iso.name.split(",") if "(" not in part and part.strip()]
        names = list(dict.fromkeys([name] + official + more))
        records.append({"code": code, "name": name, "kind": "former", "label": "GPE", "un_member": False,
                        "names": names, "demonyms": demonyms})
    return records


def region_records() -> list[dict]:
    return [{"code": code, "name": name, "kind": "region", "label": "LOC", "un_member": False,
             "names": names, "demonyms": demonyms} for code, name, names, demonyms in REGIONS]


def shared_demonyms(records: list[dict]) -> dict[str, str]:
    """Demonym -> the one code it stands for; a demonym shared without a decision is an error."""
    owners: dict[str, set[str]] = {}
    for record in records:
        for form in record["demonyms"]:
            owners.setdefault(form, set()).add(record["code"])
    decided = {}
    for form, codes in owners.items():
        if len(codes) > 1:
            if form not in SHARED_DEMONYMS:
                raise SystemExit(f"demonym {form!r} is shared by {sorted(codes)}: decide in SHARED_DEMONYMS")
            decided[form] = SHARED_DEMONYMS[form][0]
    return decided


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    coco = coco_table()
    places = country_records(coco)
    places += subdivision_records(places) + former_records() + region_records()
    data = {
        "generated_by": "scripts/make_countries.py",
        "sources": {"pycountry": version("pycountry"), "country-converter": version("country-converter")},
        "shared_demonyms": {form: {"code": code, "why": SHARED_DEMONYMS[form][1]}
                            for form, code in shared_demonyms(places).items()},
        "places": places,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    states = [p for p in places if p["kind"] == "state"]
    log.info("%d places (%d states, %d UN members), %d demonyms -> %s", len(places), len(states),
             sum(p["un_member"] for p in places), sum(len(p["demonyms"]) for p in places), OUT)


if __name__ == "__main__":
    sys.exit(main())
