"""HTTP benchmark: gunicorn started as the README does, loaded by wrk from a second process.

For each article size (300, 600, 3,000 words; German and English bodies in turn) and
concurrency 1, 4 and 16, runs wrk for a fixed time and prints throughput, p50/p95/p99
latency and errors; prints the RSS of every gunicorn worker before and after.

    .venv/bin/python benchmarks/http_bench.py [--seconds 15] [--workers 2]

wrk comes from Debian (installed by this script with apt-get when missing and run as root).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from _server import ROOT, gunicorn, worker_rss
SIZES = (300, 600, 3000)
CONCURRENCY = (1, 4, 16)


def ensure_wrk() -> str:
    path = shutil.which("wrk")
    if path:
        return path
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=False, capture_output=True)
        if not shutil.which("wrk"):
            subprocess.run(["apt-get", "update", "-q"], check=False, capture_output=True)
            subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True, capture_output=True)
        return shutil.which("wrk")
    sys.exit("wrk is not installed: apt-get install wrk")


def corpus_words(lang: str) -> list[str]:
    paths = sorted((ROOT / "tests" / "data").glob(f"*/{lang}/*.txt"))
    if lang == "de":
        paths.insert(0, ROOT / "seeds" / "nordkorea_de.txt")
    return " ".join(p.read_text(encoding="utf-8") for p in paths).split()


def bodies(size: int, directory: Path) -> list[Path]:
    """Four different articles of ``size`` words: two German, two English."""
    paths = []
    for lang in ("de", "en"):
        words = corpus_words(lang)
        for variant in range(2):
            offset = (variant * 997) % len(words)
            text = " ".join((words[offset:] + words * (size // len(words) + 2))[:size])
            path = directory / f"{lang}-{size}-{variant}.json"
            path.write_text(json.dumps({"text": text, "language": lang}), encoding="utf-8")
            paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    wrk = ensure_wrk()
    with gunicorn(args.workers) as (base, master):
        time.sleep(1)
        before = worker_rss(master)
        print(f"gunicorn: {args.workers} workers, RSS per worker before load: "
              + ", ".join(f"{r:.0f} MB" for r in before))
        print(f"{'words':>5} {'conc':>4} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>6}")
        with tempfile.TemporaryDirectory() as tmp:
            for size in args.sizes:
                paths = bodies(size, Path(tmp))
                for path in paths:  # warm up
                    requests.post(base + "/v1/extract", data=path.read_bytes(),
                                  headers={"Content-Type": "application/json"}, timeout=120)
                for concurrency in CONCURRENCY:
                    result = subprocess.run(
                        [wrk, "-t1", f"-c{concurrency}", f"-d{args.seconds}s", "--timeout", "60s", "-s",
                         str(ROOT / "benchmarks" / "wrk_extract.lua"), base, "--", *map(str, paths)],
                        capture_output=True, text=True, check=True)
                    line = next(l for l in result.stdout.splitlines() if l.startswith("RESULT"))
                    f = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line)}
                    rate = f["requests"] / (f["duration_us"] / 1e6)
                    print(f"{size:>5} {concurrency:>4} {rate:>7.1f} {f['p50'] / 1000:>7.0f} {f['p95'] / 1000:>7.0f} "
                          f"{f['p99'] / 1000:>7.0f} {f['socket_errors'] + f['non2xx']:>6}")
        after = worker_rss(master)
        print("RSS per worker after load: " + ", ".join(f"{r:.0f} MB" for r in after))


if __name__ == "__main__":
    main()
