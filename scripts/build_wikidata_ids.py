"""Build service/knowledge/wikidata_ids.tsv: Wikidata QIDs of countries, territories and regions.

Source: the features of ``country-coder`` (the OpenStreetMap iD editor's country data, ISC
licence; the QIDs are Wikidata's, CC0), from the npm registry, the one registry besides PyPI
these machines reach: each feature with an ISO 3166-1 code gives that code's QID
("country" rows: KP -> Q423), each feature without one (parts of countries, regions and
continents) its English name's QID ("place" rows: England -> Q21, Crimea -> Q7835).

The knowledge base takes a QID from this table where its own files (countries.yaml, places.yaml)
give none; a QID those files give wins. The two disagree on two codes, both deliberately: the
table's DK and NL are the kingdoms (with Greenland and the Faroes, with the Caribbean countries),
the files' are the countries newsrooms mean (Q35, Q55); the script lists every disagreement.

    make knowledge   (npm pack of the version the Makefile pins, then:)
    python scripts/build_wikidata_ids.py path/to/package/src/data/borders.json
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from service.core.knowledge import KNOWLEDGE_DIR, _read

OUT = KNOWLEDGE_DIR / "wikidata_ids.tsv"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("borders", type=Path, help="country-coder's src/data/borders.json")
    args = parser.parse_args()
    package = json.loads((args.borders.parents[2] / "package.json").read_text(encoding="utf-8"))
    features = [f["properties"] for f in json.loads(args.borders.read_text(encoding="utf-8"))["features"]]
    places: dict[str, set[str]] = {}
    for p in features:
        if not p.get("iso1A2") and p.get("wikidata") and p.get("nameEn"):
            places.setdefault(p["nameEn"], set()).add(p["wikidata"])
    rows = sorted({("country", p["iso1A2"], p["wikidata"]) for p in features if p.get("iso1A2") and p.get("wikidata")}
                  | {("place", name, qid) for name, (qid, *others) in places.items() if not others})  # no ambiguous name
    header = (f"# Wikidata QIDs (CC0) from country-coder ({package['name']}@{package['version']}, ISC); built by "
              f"scripts/build_wikidata_ids.py. Do not edit by hand.\n"
              "# kind\tkey (ISO 3166-1 code of a country, English name of a place)\tqid\n")
    OUT.write_text(header + "".join(f"{kind}\t{key}\t{qid}\n" for kind, key, qid in rows), encoding="utf-8")
    print(f"{len(rows)} QIDs -> {OUT}")
    table = {code: qid for kind, code, qid in rows if kind == "country"}
    for code, info in sorted(_read("countries.yaml").items()):
        if info.get("qid") and table.get(code, info["qid"]) != info["qid"]:
            print(f"countries.yaml keeps {code} {info['qid']} (country-coder: {table[code]})")


if __name__ == "__main__":
    main()
