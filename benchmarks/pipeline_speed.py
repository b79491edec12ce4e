"""Speed and memory of the pipeline and of the whole extraction, in process, on one core.

Prints words per second for the spaCy pipeline alone, the per-article cost of the full
extraction (spaCy + extractors) beside the cost of tokenising alone with a blank
pipeline (the floor), the RSS of the process after loading, and where the time of a
600-word article goes (each pipeline component, and the extractors), and what the garbage
collector's full passes cost with and without freezing what loading made.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/pipeline_speed.py [--pipeline de_newsfacts_sm]
"""
from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402

from service.core import document  # noqa: E402
from service.core.document import Extractor, Request  # noqa: E402
from service.core.pipelines import load_pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def corpus(lang: str) -> list[str]:
    """The annotated articles of the evaluation set in ``lang`` (and the seed, for German)."""
    texts = [(ROOT / "seeds" / "nordkorea_de.txt").read_text(encoding="utf-8")] if lang == "de" else []
    return texts + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob(f"*/{lang}/*.txt"))]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_per_article(function, texts, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            function(text)
            timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pipeline", default="de_newsfacts_sm")
    parser.add_argument("--language", help="of the pipeline (default: the first two letters of its name)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    lang = args.language or args.pipeline.split(":")[-1].rstrip("/").split("/")[-1][:2]
    texts = corpus(lang)
    before = rss_mb()
    nlp = load_pipeline(args.pipeline)  # as the service loads it
    loaded = rss_mb()
    words = sum(len(nlp.make_doc(t)) for t in texts) * args.rounds
    started = time.perf_counter()
    for _ in range(args.rounds):
        for _doc in nlp.pipe(texts):
            pass
    elapsed = time.perf_counter() - started
    print(f"pipeline {args.pipeline}: {words / elapsed:,.0f} words/s on one core "
          f"({words:,} words, {len(texts)} articles x {args.rounds})")
    print(f"RSS: {before:.0f} MB before loading, {loaded:.0f} MB after loading the pipeline")

    extractor = Extractor({lang: args.pipeline}).load()
    blank = spacy.blank(lang)
    full = time_per_article(lambda t: extractor.extract(Request(text=t, language=lang)), texts, args.rounds)
    floor = time_per_article(blank.make_doc, texts, args.rounds)
    mean_words = words / args.rounds / len(texts)
    print(f"per article (median, {mean_words:.0f} words on average): full extraction {full * 1000:.1f} ms, "
          f"blank tokenizer {floor * 1000:.2f} ms, ratio {full / floor:.0f}x")
    print(f"RSS after extraction: {rss_mb():.0f} MB")
    print_breakdown(extractor, lang, texts, args.rounds)
    print_tokenizer_cache(args.pipeline, extractor.pipelines[lang], texts, args.rounds)
    print_collector_cost(extractor, lang, texts, args.rounds)


def print_breakdown(extractor: Extractor, lang: str, texts: list[str], rounds: int, words: int = 600) -> None:
    """Where the time of one 600-word article goes: each pipeline component, and the extractors."""
    article = " ".join(" ".join(texts).split()[:words])
    nlp = extractor.pipelines[lang]
    docs = [nlp.make_doc(article) for _ in range(rounds)]
    parts = []
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        for doc in docs:
            component(doc)
        parts.append(f"{name} {(time.perf_counter() - started) / rounds * 1000:.1f}")
    pipeline = statistics.median(_timed(nlp, article) for _ in range(rounds))
    full = statistics.median(_timed(lambda t: extractor.extract(Request(text=t, language=lang)), article)
                             for _ in range(rounds))
    print(f"a {words}-word article: full extraction {full * 1000:.0f} ms = spaCy pipeline {pipeline * 1000:.0f} ms "
          f"({', '.join(parts)} ms) + extractors {max(full - pipeline, 0) * 1000:.0f} ms")
    stages = _stage_times(extractor, lang, article, rounds)
    print("extractors on it (median ms): " + ", ".join(f"{name} {ms:.1f}" for name, ms in stages.items()))


def print_tokenizer_cache(spec: str, nlp, texts: list[str], rounds: int) -> None:
    """The tokenizer inside a memory zone, as every request runs it, per 600 words of each
    article: the pipeline as spaCy loads it, and as the service does (``warm_vocabulary``)."""
    def in_zone(pipeline) -> float:
        timings = []
        for _ in range(rounds):
            for text in texts:
                words = text.split()[:600]
                with pipeline.memory_zone():
                    started = time.perf_counter()
                    pipeline.make_doc(" ".join(words))
                    timings.append((time.perf_counter() - started) * 600 / len(words))
        return statistics.median(timings)

    cold = spacy.blank(spec.split(":", 1)[1]) if spec.startswith("blank:") else spacy.load(spec)
    print(f"tokenizer in a memory zone, per 600 words (median): {in_zone(cold) * 1000:.2f} ms as spaCy loads "
          f"the pipeline, {in_zone(nlp) * 1000:.2f} ms with the frequent words cached at load")


def print_collector_cost(extractor: Extractor, lang: str, texts: list[str], rounds: int) -> None:
    """What the garbage collector's full passes cost per article, with and without ``gc.freeze()``
    of what loading made (gunicorn.conf.py freezes it in the master before forking workers)."""
    articles = rounds * len(texts)
    unfrozen = _full_collector_passes(extractor, lang, texts, rounds)
    gc.freeze()
    try:
        frozen = _full_collector_passes(extractor, lang, texts, rounds)
    finally:
        gc.unfreeze()
    print("full collector passes: " + ", ".join(
        f"{label} {len(passes)} in {articles} articles, {sum(passes) / articles * 1000:.2f} ms per article, "
        f"longest {max(passes, default=0) * 1000:.0f} ms"
        for label, passes in (("unfrozen", unfrozen), ("frozen after loading", frozen))))


def _full_collector_passes(extractor: Extractor, lang: str, texts: list[str], rounds: int) -> list[float]:
    """The duration of each full (generation 2) collection during ``rounds`` extractions of ``texts``."""
    passes, started_at = [], []

    def timing(phase, info):
        if info["generation"] == 2:
            if phase == "start":
                started_at.append(time.perf_counter())
            else:
                passes.append(time.perf_counter() - started_at.pop())

    gc.callbacks.append(timing)
    try:
        for _ in range(rounds):
            for text in texts:
                extractor.extract(Request(text=text, language=lang))
    finally:
        gc.callbacks.remove(timing)
    return passes


def _stage_times(extractor: Extractor, lang: str, article: str, rounds: int) -> dict[str, float]:
    """The median time of each extraction step, timed by wrapping the functions the core calls."""
    timings: dict[str, list[float]] = {name: [] for name in _STAGES}
    originals = {name: getattr(document, name) for name in _STAGES}

    def timed(name, function):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                timings[name].append((time.perf_counter() - started) * 1000)
        return run

    try:
        for name, function in originals.items():
            setattr(document, name, timed(name, function))
        for _ in range(rounds):
            extractor.extract(Request(text=article, language=lang))
    finally:
        for name, function in originals.items():
            setattr(document, name, function)
    return {name: statistics.median(values) for name, values in timings.items() if values}


_STAGES = ("find_dates", "read_layout", "extract_actors", "extract_claims", "extract_sources", "extract_events")


def _timed(function, text: str) -> float:
    started = time.perf_counter()
    function(text)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
