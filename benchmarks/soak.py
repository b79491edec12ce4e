"""Soak test: 10,000 requests of varied, never-repeated text at concurrency 8.

Prints errors and the RSS of each gunicorn worker after warm-up and at the end, with
spaCy memory zones on (the default) and, for comparison, off (NEWSFACTS_MEMORY_ZONES=0).

    .venv/bin/python benchmarks/soak.py [--requests 10000] [--concurrency 8] [--compare]
"""
from __future__ import annotations

import argparse
import random
import string
from concurrent.futures import ThreadPoolExecutor

import requests

from _server import ROOT, gunicorn, worker_rss

WARM_UP = 1000


def texts(count: int, seed: int = 7):
    """News-like German and English texts, each with words never seen before."""
    rng = random.Random(seed)
    words = {lang: " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "data").glob(f"*/{lang}/*.txt")).split()
             for lang in ("de", "en")}
    for i in range(count):
        lang = "de" if i % 2 else "en"
        start = rng.randrange(len(words[lang]) - 80)
        body = words[lang][start:start + rng.randint(30, 80)]
        invented = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 10))).capitalize() + str(i)
                    for _ in range(5)]
        for word in invented:
            body.insert(rng.randrange(len(body)), word)
        yield {"text": " ".join(body) + f" Laut {invented[0]} kamen {rng.randint(2, 99999)} Menschen.", "language": lang}


def run(requests_total: int, concurrency: int, memory_zones: str) -> None:
    with gunicorn(2, NEWSFACTS_MEMORY_ZONES=memory_zones) as (base, master):
        session_errors = []

        def send(payload):
            try:
                response = requests.post(base + "/v1/extract", json=payload, timeout=60)
                if response.status_code != 200:
                    session_errors.append(response.status_code)
            except requests.RequestException as error:
                session_errors.append(str(error))

        payloads = list(texts(requests_total))
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(send, payloads[:WARM_UP]))
            warm = worker_rss(master)
            list(pool.map(send, payloads[WARM_UP:]))
        end = worker_rss(master)
        growth = [(e - w) / w * 100 for w, e in zip(warm, end)]
        print(f"memory zones {'on' if memory_zones == '1' else 'off'}: {requests_total} requests, concurrency "
              f"{concurrency}, errors {len(session_errors)}")
        print("  RSS per worker after warm-up: " + ", ".join(f"{r:.0f} MB" for r in warm)
              + "; at the end: " + ", ".join(f"{r:.0f} MB" for r in end)
              + "; growth: " + ", ".join(f"{g:+.1f} %" for g in growth))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--compare", action="store_true", help="also run with memory zones off")
    args = parser.parse_args()
    run(args.requests, args.concurrency, "1")
    if args.compare:
        run(args.requests, args.concurrency, "0")


if __name__ == "__main__":
    main()
