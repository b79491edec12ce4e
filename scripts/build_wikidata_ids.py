"""Build service/knowledge/wikidata_ids.tsv: Wikidata QIDs the knowledge base's YAML files lack.

Two sources, both from the npm registry (with PyPI the only registries these machines reach);
the QIDs themselves are Wikidata's (CC0):

- ``country-coder`` (the OpenStreetMap iD editor's country data, ISC): each feature with an ISO
  3166-1 code gives that code's QID ("country" rows: KP -> Q423); each feature without one
  (parts of countries, regions, continents) its English name's ("place" rows: Crimea -> Q7835).
- ``name-suggestion-index`` (BSD-3-Clause): the English label and description of the 27,000
  Wikidata items of brands and operators it knows (companies, newspapers, parties, agencies,
  police forces, cities). An organisation or place of organizations.yaml or places.yaml takes a
  QID from it only when its English names (of four or more characters; "ABC", "PAP", "RTL" are
  other things there) name one item each and all the same one ("New York" is the state there,
  "New York City" the city: no QID), and the item's description says what the entry is: a word
  of the entry's kind ("newspaper", "bank", "party", "city", ...) and, where the entry has a
  country, that country's name or demonym ("Manchester, a town in Connecticut" is not the
  English city); a parliament or court the file gives no state ("National Assembly") takes none.

The knowledge base takes a QID from this table where its own files give none; a QID those
files give wins. The script lists where the two disagree (DK and NL: the table's are the
kingdoms, the files' the countries newsrooms mean, Q35 and Q55).

    make knowledge   (npm pack of the versions the Makefile pins, then:)
    python scripts/build_wikidata_ids.py country-coder/src/data/borders.json nsi/dist/wikidata/wikidata.json
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from babel import Locale

from service.core.knowledge import KNOWLEDGE_DIR, _read, english_name

OUT = KNOWLEDGE_DIR / "wikidata_ids.tsv"
MIN_NAME_LENGTH = 4
# what an item's description must say for an entry of each kind (organizations.yaml "kind", or
# "type" where it has none; "place" for places.yaml)
KIND_WORDS = {
    "place": "city|town|capital|state|province|region|continent|country|nation|island|community",
    "media": "newspaper|broadcaster|news|television|radio|magazine|publisher|tabloid|daily",
    "company": "company|manufacturer|bank|corporation|conglomerate|carmaker|retailer|airline|chain|business|group",
    "bank": "bank",
    "party": "party",
    "union": "union",
    "club": "club",
    "association": "association|club|federation",
    "ngo": "organisation|organization|non-profit|charity|humanitarian",
    "parliament": "parliament|house|assembly|chamber",
    "court": "court",
    "police": "police",
    "military": "forces|army|military|navy",
    "agency": "agency|service|office|authority|administration|institute",
    "ministry": "ministry|department",
    "government": "government|agency|ministry|department|office|authority|service",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("borders", type=Path, help="country-coder's src/data/borders.json")
    parser.add_argument("nsi", type=Path, help="name-suggestion-index's dist/wikidata/wikidata.json")
    args = parser.parse_args()
    rows = _country_coder_rows(args.borders)
    rows |= _nsi_rows(args.nsi, taken={(kind, key) for kind, key, _qid in rows})
    header = (f"# Wikidata QIDs (CC0) from {_package(args.borders)} (ISC) and {_package(args.nsi)} "
              f"(BSD-3-Clause); built by scripts/build_wikidata_ids.py. Do not edit by hand.\n"
              "# kind (country: ISO 3166-1 code; place, organization: English name)\tkey\tqid\n")
    OUT.write_text(header + "".join(f"{kind}\t{key}\t{qid}\n" for kind, key, qid in sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} QIDs -> {OUT}")
    table = {code: qid for kind, code, qid in rows if kind == "country"}
    for code, info in sorted(_read("countries.yaml").items()):
        if info.get("qid") and table.get(code, info["qid"]) != info["qid"]:
            print(f"countries.yaml keeps {code} {info['qid']} (country-coder: {table[code]})")


def _package(data_file: Path) -> str:
    """Name and version of the npm package a data file comes from (both lie in package/*/*/)."""
    package = json.loads((data_file.parents[2] / "package.json").read_text(encoding="utf-8"))
    return f"{package['name']} {package['version']}"


def _by_name(named_qids) -> dict[str, set[str]]:
    """Name -> the QIDs of every item of that name (a name with two QIDs names neither)."""
    qids: dict[str, set[str]] = {}
    for name, qid in named_qids:
        qids.setdefault(name, set()).add(qid)
    return qids


def _country_coder_rows(borders: Path) -> set[tuple[str, str, str]]:
    features = [f["properties"] for f in json.loads(borders.read_text(encoding="utf-8"))["features"]]
    places = _by_name((p["nameEn"], p["wikidata"]) for p in features
                      if not p.get("iso1A2") and p.get("wikidata") and p.get("nameEn"))
    return ({("country", p["iso1A2"], p["wikidata"]) for p in features if p.get("iso1A2") and p.get("wikidata")}
            | {("place", name, qid) for name, (qid, *others) in places.items() if not others})  # no ambiguous name


def _nsi_rows(wikidata: Path, taken: set[tuple[str, str]]) -> set[tuple[str, str, str]]:
    items = json.loads(wikidata.read_text(encoding="utf-8"))["wikidata"]
    by_label = _by_name((item["label"], qid) for qid, item in items.items() if item.get("label"))
    countries = _read("countries.yaml")
    english = Locale("en").territories

    def country_words(code: str) -> list[str]:
        local = countries.get(code, {}).get("en", {})
        return [english.get(code, code), *local.get("aliases", []), *local.get("demonyms", [])]

    rows = set()
    for kind, entries in (("organization", _read("organizations.yaml")), ("place", _read("places.yaml"))):
        for entry in entries:
            key = english_name(entry)  # the row's key, as the knowledge base looks it up
            names = [n for n in [*(entry.get("en") or []), *entry.get("acronyms", [])] if len(n) >= MIN_NAME_LENGTH]
            # a parliament or court without a state is a name several states use ("National Assembly")
            generic_organ = entry.get("kind") in ("parliament", "court") and not entry.get("country")
            if entry.get("qid") or key is None or not names or (kind, key) in taken or generic_organ:
                continue
            found = {next(iter(by_label[n])) for n in names if len(by_label.get(n, ())) == 1}
            ambiguous = any(len(by_label.get(n, ())) > 1 for n in names)
            if len(found) != 1 or ambiguous:
                continue
            qid = found.pop()
            description = items[qid].get("description", "")
            words = KIND_WORDS.get("place" if kind == "place" else entry.get("kind") or entry.get("type"))
            said = words is not None and re.search(rf"\b(?:{words})\b", description, re.IGNORECASE)
            code = entry.get("country")
            if said and (not code or any(w in description for w in country_words(code))):
                rows.add((kind, key, qid))
    return rows


if __name__ == "__main__":
    main()
