"""Run the extraction core over every annotated article and print quality per field and language.

Gold annotations: ``tests/data/<split>/<lang>/<name>.json`` beside ``<name>.txt`` (and the
seed in ``seeds/``, reported with dev). Splits: ``dev`` is what the extractors were tuned on
while they were developed; ``test`` was written at the same time, is not looked at while
tuning, and is the figure to trust. Fields (all optional):

    published_at   request reference time (ISO) when the text has no dateline
    headline       expected headline (string or null)
    published      expected publication value (string or null)
    actors         [{"name", "type", "aliases": [...]}]   every actor a reader would tag
    claims         [{"value", "value_max", "qualifier", "source"}]  source: gold source name or null
    sources        [{"name", "type", "aliases": [...]}]
    events         [{"type", "trigger", "agent", "modality", "time"}]  trigger: the first trigger word

Matching: actors and sources by name or alias (a source that is an actor also by the actor's
names); claims by value (and value_max); events by type and trigger word (any of the event's
mentions: a headline merged into the body matches either word). Prints P/R/F1 for sets and
accuracy over matched items, and writes the same as JSON (default evaluation/results/latest.json).

    python -m evaluation.run [--json PATH]
"""
from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from service.config import Settings
from service.core.document import Extractor, Request

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list = field(default_factory=list)

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0
    errors: list = field(default_factory=list)

    def add(self, ok: bool, what: str = "") -> None:
        self.right += ok
        self.total += 1
        if not ok and what:
            self.errors.append(what)

    def score(self) -> dict:
        return {"accuracy": round(self.right / self.total, 3) if self.total else None, "n": self.total}


def articles(only: str = "*") -> list[tuple[str, str, str, Path]]:
    """(split, language, name, path without suffix) of every annotated article whose name
    ("test/de/49_cyberangriff", "seed/nordkorea_de") matches one of the comma-separated globs ``only``."""
    found = [("dev", "de", "seed/nordkorea_de", ROOT / "seeds" / "nordkorea_de")]
    for gold in sorted((ROOT / "tests" / "data").glob("*/*/*.json")):
        split, lang = gold.parent.parent.name, gold.parent.name
        found.append((split, lang, f"{split}/{lang}/{gold.stem}", gold.with_suffix("")))
    return [article for article in found if any(fnmatch.fnmatch(article[2], glob) for glob in only.split(","))]


def _norm(name: str | None) -> str | None:
    return name.casefold().strip() if name else None


def _match_named(gold: list[dict], predicted: list[dict]):
    """Pairs (gold, predicted) matched by name, then by alias (so that an alias cannot take the
    item another gold item names exactly: "Leipzig" the town, "RB Leipzig" alias "Leipzig");
    unmatched on both sides."""
    hits: dict[int, dict] = {}
    used: set[int] = set()
    for exact in (True, False):
        for i, g in enumerate(gold):
            if i in hits:
                continue
            names = {_norm(g["name"]), *map(_norm, g.get("aliases", []))}
            hit = next((p for p in predicted if id(p) not in used and (
                _norm(p["name"]) == _norm(g["name"]) if exact else
                _norm(p["name"]) in names or names & set(map(_norm, p.get("aliases", []))))), None)
            if hit is not None:
                used.add(id(hit))
                hits[i] = hit
    pairs = [(g, hits.get(i)) for i, g in enumerate(gold)]
    extra = [p for p in predicted if id(p) not in used]
    return pairs, extra


def new_bucket() -> dict[str, Tally | Accuracy]:
    return {"actors": Tally(), "actor_type": Accuracy(), "claims": Tally(), "qualifier": Accuracy(),
            "claim_source": Accuracy(), "sources": Tally(), "source_type": Accuracy(), "events": Tally(),
            "event_agent": Accuracy(), "event_modality": Accuracy(), "event_time": Accuracy(),
            "headline": Accuracy(), "published": Accuracy()}


def evaluate(extractor: Extractor, only: str = "*") -> dict:
    tallies: dict[str, dict[str, Tally | Accuracy]] = defaultdict(new_bucket)
    for split, lang, name, stem in articles(only):
        gold = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
        text = stem.with_suffix(".txt").read_text(encoding="utf-8")
        published_at = dt.datetime.fromisoformat(gold["published_at"]) if gold.get("published_at") else None
        document = extractor.extract(Request(text=text, language=lang, published_at=published_at))
        for bucket in (tallies[f"{split}/{lang}"], tallies[split], tallies["all"]):
            _score_article(bucket, gold, document, name)
    report = {}
    for lang, bucket in tallies.items():
        report[lang] = {key: (value.scores() if isinstance(value, Tally) else value.score())
                        for key, value in bucket.items()}
        report[lang]["errors"] = {key: value.errors for key, value in bucket.items() if value.errors}
    return report


def _score_named(bucket, field: str, type_field: str, gold: list[dict], predicted: list[dict], name: str) -> list:
    """Set P/R/F1 of named items (actors, sources) and the accuracy of their types; the
    (gold, predicted or None) pairs."""
    pairs, extra = _match_named(gold, predicted)
    bucket[field].add(sum(p is not None for _, p in pairs), len(extra), sum(p is None for _, p in pairs))
    bucket[field].errors += [f"{name}: missed {g['name']}" for g, p in pairs if p is None]
    bucket[field].errors += [f"{name}: extra {p['name']}" for p in extra]
    for g, p in pairs:
        if p is not None:
            bucket[type_field].add(g["type"] == p["type"], f"{name}: {g['name']} {p['type']}")
    return pairs


def _score_article(bucket, gold: dict, document: dict, name: str) -> None:
    if "headline" in gold:
        bucket["headline"].add(gold["headline"] == document["headline"], f"{name}: {document['headline']!r}")
    if "published" in gold:
        value = document["published"]["value"] if document["published"] else None
        bucket["published"].add(gold["published"] == value, f"{name}: {value!r}")
    actor_names = {a["id"]: {_norm(a["name"]), *map(_norm, a["aliases"])} for a in document["actors"]}
    gold_actors = {_norm(a["name"]): a for a in gold.get("actors", [])}
    actor_pairs = _score_named(bucket, "actors", "actor_type", gold["actors"], document["actors"], name) \
        if "actors" in gold else []
    # a source that is an actor goes by the names of the gold actor that actor matched ("UN" is
    # the source the article calls "Vereinte Nationen" when the actor "UN" matched that gold actor)
    matched_actor = {p["id"]: g for g, p in actor_pairs if p is not None}
    named_sources = [{**s, "aliases": sorted({_norm(n) for n in [matched_actor[s["actor"]]["name"],
                                                                *matched_actor[s["actor"]].get("aliases", [])]})
                      if s.get("actor") in matched_actor else []} for s in document["sources"]]
    source_names = {s["id"]: {_norm(s["name"]), *s["aliases"]} for s in named_sources}
    source_name = {s["id"]: s["name"] for s in document["sources"]}
    gold_sources = {_norm(s["name"]): s for s in gold.get("sources", [])}
    if "claims" in gold:
        remaining = list(document["numeric_claims"])
        found = 0
        for g in gold["claims"]:
            hit = next((c for c in remaining if c["value"] == g["value"] and c["value_max"] == g.get("value_max")), None)
            if hit is None:
                bucket["claims"].errors.append(f"{name}: missed {g['value']}")
                continue
            found += 1
            remaining.remove(hit)
            bucket["qualifier"].add(hit["qualifier"] == g.get("qualifier", "exact"),
                                    f"{name}: {g['value']} {hit['qualifier']} (gold {g.get('qualifier', 'exact')})")
            predicted = source_name.get(hit["source"])
            expected = g.get("source")
            aliases = {_norm(expected)} | set(map(_norm, gold_sources.get(_norm(expected), {}).get("aliases", [])))
            bucket["claim_source"].add(bool(source_names.get(hit["source"], set()) & aliases) if expected else predicted is None,
                                       f"{name}: {g['value']} -> {predicted} (gold {expected})")
        bucket["claims"].add(found, len(remaining), len(gold["claims"]) - found)
        bucket["claims"].errors += [f"{name}: extra {c['text']}" for c in remaining]
    if "sources" in gold:
        _score_named(bucket, "sources", "source_type", gold["sources"], named_sources, name)
    if "events" in gold:
        remaining = list(document["events"])
        found = 0
        for g in gold["events"]:
            # a merged event is matched by any of its trigger words (headline or body)
            hit = next((e for e in remaining if e["type"] == g["type"] and g["trigger"].casefold()
                        in {m["text"].casefold() for m in e["mentions"]}), None)
            if hit is None:
                bucket["events"].errors.append(f"{name}: missed {g['type']} {g['trigger']}")
                continue
            found += 1
            remaining.remove(hit)
            # an agent is right when it is the gold actor under any of its names or aliases
            agents = {n for i in hit["agents"] for n in actor_names[i]}
            gold_agent = g.get("agent")
            gold_names = {_norm(gold_agent)} | set(map(_norm, gold_actors.get(_norm(gold_agent), {}).get("aliases", [])))
            bucket["event_agent"].add(bool(gold_names & agents) if gold_agent else not agents,
                                      f"{name}: {g['trigger']} agents {sorted(agents)} (gold {gold_agent})")
            bucket["event_modality"].add(hit["modality"] == g.get("modality", "asserted"),
                                         f"{name}: {g['trigger']} {hit['modality']} (gold {g.get('modality', 'asserted')})")
            value = hit["time"]["value"] if hit["time"] else None
            bucket["event_time"].add(value == g.get("time"), f"{name}: {g['trigger']} {value} (gold {g.get('time')})")
        bucket["events"].add(found, len(remaining), len(gold["events"]) - found)
        bucket["events"].errors += [f"{name}: extra {e['type']} {e['trigger']}" for e in remaining]


def print_report(report: dict) -> None:
    for lang in sorted(report, key=lambda k: (k != "all", "/" in k, k)):
        scores = report[lang]
        print(f"\n== {lang}")
        for key, value in scores.items():
            if key == "errors":
                continue
            if "f1" in value:
                print(f"  {key:16} P {value['p']:.3f}  R {value['r']:.3f}  F1 {value['f1']:.3f}  "
                      f"(tp {value['tp']}, fp {value['fp']}, fn {value['fn']})")
            elif value["accuracy"] is not None:
                print(f"  {key:16} accuracy {value['accuracy']:.3f}  (n {value['n']})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, default=ROOT / "evaluation" / "results" / "latest.json")
    parser.add_argument("--errors", action="store_true", help="also print every error")
    parser.add_argument("--only", default="*", help='only the articles whose name matches one of these comma-separated globs, e.g. "test/en/4[1-3]_*,test/de/49_*"')
    args = parser.parse_args()
    report = evaluate(Extractor(Settings().pipelines).load(), args.only)
    print_report(report)
    if args.errors:
        for lang, scores in report.items():
            for key, errors in scores["errors"].items():
                for error in errors:
                    print(f"{lang} {key}: {error}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nwritten to {args.json}")


if __name__ == "__main__":
    main()
