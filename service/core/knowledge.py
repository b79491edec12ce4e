"""The knowledge base: countries, seats of power, places, organisations, media and people.

Everything is data under ``service/knowledge/``; country names in each language come
from Babel (CLDR), town and city names from GeoNames (``geonames_places.tsv``), Wikidata QIDs
the YAML files give none for from country-coder and the name-suggestion-index
(``wikidata_ids.tsv``, keyed by country code or English name), the rest from the YAML files. ``load_knowledge(lang)`` returns a
``Knowledge`` with a gazetteer (surface form -> entry) and the language's lexicon.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel import Locale

from service.core.text import trie_alternation

KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"
# CLDR territory codes that are not countries or territories people name as actors.
_NON_COUNTRY_CODES = {"AQ", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}  # (Antarctica is a place: places.yaml)


@dataclass(frozen=True)
class Entry:
    """One real-world entity the knowledge base knows."""

    key: str
    name: str  # canonical name in the knowledge base's language
    type: str  # person | country | organization | location | group
    qid: str | None = None
    country: str | None = None
    media: bool = False  # a news outlet or agency (source type "media")
    government: bool = False  # an organ of a state (source type "government")
    kind: str | None = None  # union, company, ministry, ...: what generic nouns refer back to
    shared_name: bool = False  # other states have a body of this name ("Senate", "Democratic Party")


@dataclass(eq=False)  # hashed by identity: one instance per language, cached
class Knowledge:
    lang: str
    lexicon: dict
    entries: dict[str, Entry] = field(default_factory=dict)
    surface: dict[str, str] = field(default_factory=dict)  # surface form -> entry key
    name_initial_demonyms: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)  # every demonym form ("nordkoreanische", "Russian")
    nationals: set[str] = field(default_factory=set)  # citizen nouns, lower case ("norwegerin", "franzosen")
    pattern: re.Pattern | None = None

    def lookup(self, text: str) -> Entry | None:
        key = self.surface.get(text)
        return self.entries[key] if key else None

    def town_country(self, name: str) -> str | None:
        """The ISO 3166 code of the town or city GeoNames calls ``name``, unless the name is a
        frequent word of this language ("Stein", "Temple")."""
        row = _towns().get(name)
        return row[0] if row is not None and self.lang not in row[1] else None

    def add_demonyms(self, stems: list[str]) -> list[str]:
        """Every form of the demonyms (lexicon: demonym_endings), to be names of their entry. Where
        demonyms are lower case (German), a capitalised one inside a sentence is part of a name
        ("Deutsche Bahn", "Bayerischer Rundfunk"), not a mention of the place."""
        demonyms = [stem + ending for stem in stems for ending in self.lexicon["demonym_endings"]]
        capitalised = {d[0].upper() + d[1:] for d in demonyms if d[0].islower()}
        self.name_initial_demonyms |= capitalised
        self.demonyms |= set(demonyms)
        return [*demonyms, *capitalised]

    def add(self, entry: Entry, forms) -> None:
        self.entries.setdefault(entry.key, entry)
        for form in forms:
            if form and len(form) > 1:
                self.surface.setdefault(form, entry.key)


class _KnowledgeLoader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false. Under YAML 1.1 the words "on", "no" and "off" of a
    word list, and Norway's code NO, would load as booleans."""


_KnowledgeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_KnowledgeLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _read(name: str):
    return yaml.load((KNOWLEDGE_DIR / name).read_text(encoding="utf-8"), Loader=_KnowledgeLoader)  # noqa: S506


def warm_up_text(lang: str) -> str | None:
    """A short article in ``lang`` that exercises every extractor, run once at load."""
    path = KNOWLEDGE_DIR / lang / "warm_up.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def frequent_words(lang: str) -> list[str]:
    """The language's most frequent words, most frequent first (``frequent_words.txt``, built by
    ``scripts/build_frequent_words.py``); none for a language without the file."""
    path = KNOWLEDGE_DIR / lang / "frequent_words.txt"
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def available_languages() -> list[str]:
    return sorted(p.name for p in KNOWLEDGE_DIR.iterdir() if (p / "lexicon.yaml").exists())


@functools.cache
def load_knowledge(lang: str) -> Knowledge:
    lexicon = _read(f"{lang}/lexicon.yaml")
    kb = Knowledge(lang=lang, lexicon=lexicon)
    locale = Locale(lang)
    countries = _read("countries.yaml")
    for code, name in locale.territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NON_COUNTRY_CODES:
            continue
        info = countries.get(code, {})
        local = info.get(lang, {})
        name = local.get("name", name)  # where CLDR's name is no newsroom's ("Congo - Kinshasa")
        entry = Entry(key=f"country:{code}", name=name, type="country", qid=_qid(info, "country", code),
                      country=code)
        demonyms = kb.add_demonyms(local.get("demonyms", []))
        nationals = [form for noun in local.get("nationals", []) for form in _plural_forms(noun, lexicon)]
        nationals += _citizen_plurals(local.get("demonyms", []), lexicon)
        kb.nationals |= {n.lower() for n in nationals}
        kb.add(entry, [name, *local.get("aliases", []), *demonyms, *nationals])
        for i, capital in enumerate(info.get("capitals", {}).get(lang, [])):
            if i == 0:
                capital_entry = Entry(key=f"capital:{code}", name=capital, type="location", country=code)
            kb.add(capital_entry, [capital])
        for j, seat in enumerate(info.get("seats", [])):
            names = seat.get(lang, [])
            if names:
                kb.add(Entry(key=f"seat:{code}:{j}", name=names[0], type="organization", country=code,
                             government=True, kind="government"), names)
    for i, org in enumerate(_read("organizations.yaml")):
        names = org.get(lang) or org.get("en") or []
        acronyms = org.get("acronyms", [])
        # An acronym is what newsrooms write ("NATO", "dpa"), so it is the canonical name:
        # the one this language's names spell ("ECB" in English, "EZB" in German)
        entry = Entry(key=f"org:{i}", name=_acronym_of(names, acronyms) or names[0], type="organization",
                      qid=_qid(org, "organization", english_name(org)), media=org.get("type") == "media",
                      government=org.get("type") == "government", kind=org.get("kind"),
                      shared_name=org.get("shared_name", False), country=org.get("country"))
        kb.add(entry, [*names, *_inflected(names, lexicon), *acronyms])
    for i, place in enumerate(_read("places.yaml")):
        names = place.get(lang) or place.get("en") or []
        demonyms = kb.add_demonyms(place.get("demonyms", {}).get(lang, []))  # "bayerischen" -> Bayern
        kb.add(Entry(key=f"place:{i}", name=names[0], type="location", qid=_qid(place, "place", english_name(place)),
                     country=place.get("country")), [*names, *demonyms])
    for i, group in enumerate(_read("groups.yaml")):
        names = group.get(lang) or group.get("en") or []
        kb.add(Entry(key=f"group:{i}", name=names[0], type="group", qid=group.get("qid")), names)
    for i, person in enumerate(_read("people.yaml")):
        names = person["names"]
        entry = Entry(key=f"person:{i}", name=person.get(lang, names[0]), type="person", qid=person.get("qid"),
                      country=person.get("country"))
        surnames = {n.split()[-1] for n in names if len(n.split()[-1]) >= 4} | set(person.get("short_names", []))
        kb.add(entry, [*names, *surnames])
    _add_regions_of_countries(kb, lexicon["direction_prefixes"])
    kb.pattern = _gazetteer_pattern(kb.surface, lexicon["name_suffixes"])
    return kb


def _add_regions_of_countries(kb: Knowledge, prefixes: list[str]) -> None:
    """"Ostukraine", "Süddeutschland": a country's region written as one word is a place of that
    country; a name of its own wins ("Nordirland", "Südlibanon", "Nordkorea"), so this runs last."""
    countries = [entry for entry in kb.entries.values()
                 if entry.type == "country" and entry.name.isalpha() and len(entry.name) >= 4]
    for prefix in prefixes:
        for country in countries:
            region = prefix + country.name.lower()
            if kb.lookup(region) is None:
                kb.add(Entry(key=f"region:{region}", name=region, type="location", country=country.country), [region])


@functools.cache
def _towns() -> dict[str, tuple[str, frozenset[str]]]:
    """Town and city name (geonames_places.tsv) -> (country code, languages where the name is a
    frequent word). One table for all languages; its few distinct values are shared objects (the
    table has 170,000 names)."""
    towns, values = {}, {}
    with open(KNOWLEDGE_DIR / "geonames_places.tsv", encoding="utf-8") as rows:
        for row in rows:
            if not row.startswith("#"):
                name, country, _population, common_in = row.rstrip("\n").split("\t")
                key = (country, common_in)
                value = values.get(key)
                if value is None:
                    value = values[key] = (country, frozenset(common_in.split(",")) if common_in != "-" else frozenset())
                towns[name] = value
    return towns


def english_name(record: dict) -> str | None:
    """The first English name of an entry of organizations.yaml or places.yaml: its key in
    wikidata_ids.tsv (scripts/build_wikidata_ids.py writes the rows under it)."""
    return (record.get("en") or [None])[0]


def _qid(record: dict, kind: str, key: str | None) -> str | None:
    """The QID the YAML entry gives, else the one wikidata_ids.tsv has for (kind, key)."""
    return record.get("qid") or _wikidata_ids().get((kind, key))


@functools.cache
def _wikidata_ids() -> dict[tuple[str, str], str]:
    """("country", ISO 3166-1 code), ("place", English name) or ("organization", English name) ->
    Wikidata QID (wikidata_ids.tsv)."""
    with open(KNOWLEDGE_DIR / "wikidata_ids.tsv", encoding="utf-8") as rows:
        return {(kind, key): qid for kind, key, qid in
                (row.rstrip("\n").split("\t") for row in rows if not row.startswith("#"))}


def _gazetteer_pattern(forms, suffixes) -> re.Pattern:
    """One regex over all surface forms, longest first, at word boundaries.

    A form may be followed by a genitive suffix or be the first part of a hyphen
    compound ("Ukraine-Krieg"); a hyphen before it is allowed too ("Anti-NATO").
    """
    suffix = "|".join(re.escape(s) for s in suffixes)
    return re.compile(rf"(?<![\w.])(?P<form>{trie_alternation(forms)})(?:{suffix})?(?![\w])")



def _inflected(names: list[str], lexicon: dict) -> list[str]:
    """A name that opens with an adjective in its other case: "der Deutschen Presse-Agentur",
    "der Europäischen Zentralbank" (lexicon: adjective_inflections)."""
    forms = []
    for name in names:
        first, _, rest = name.partition(" ")
        for ending, inflected in lexicon["adjective_inflections"]:
            if rest and first[:1].isupper() and not first.isupper() and first.endswith(ending):
                forms.append(f"{first[: len(first) - len(ending)]}{inflected} {rest}")
    return forms


def _citizen_plurals(demonyms: list[str], lexicon: dict) -> list[str]:
    """English says "Americans", "Israelis": the plural of a demonym with these endings names its
    citizens (lexicon: citizen_demonym_plurals; the singular stays an adjective: "American officials")."""
    plurals = lexicon["citizen_demonym_plurals"]
    return [demonym[: len(demonym) - len(ending)] + plural for demonym in demonyms
            for ending, plural in plurals.items() if demonym.endswith(ending)]


def _plural_forms(noun: str, lexicon: dict) -> list[str]:
    """"Norwegerin" -> Norwegerin, Norwegerinnen; "Franzose" -> Franzose, Franzosen (lexicon:
    national_endings, by the noun's ending, the longest that fits)."""
    endings = lexicon["national_endings"]
    ending = max((e for e in endings if noun.endswith(e)), key=len)
    return [noun + suffix for suffix in endings[ending]]


def _acronym_of(names: list[str], acronyms: list[str]) -> str | None:
    """The acronym the initials of one of the names spell, else the first one listed."""
    spelled = {"".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()).upper() for name in names}
    return next((a for a in acronyms if a.upper() in spelled), acronyms[0] if acronyms else None)
