"""Prometheus metrics: requests and latency per endpoint and status, extraction time, article sizes.

Under gunicorn the metrics of all workers are aggregated through
PROMETHEUS_MULTIPROC_DIR (set in gunicorn.conf.py).
"""
from __future__ import annotations

import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client import multiprocess

REQUESTS = Counter("newsfacts_http_requests_total", "HTTP requests", ["endpoint", "method", "status"])
LATENCY = Histogram("newsfacts_http_request_duration_seconds", "HTTP request latency", ["endpoint", "status"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
EXTRACTION = Histogram("newsfacts_extraction_seconds", "Extraction time per article", ["language"],
                       buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
ARTICLE_CHARS = Histogram("newsfacts_article_chars", "Article size in characters", ["language"],
                          buckets=(500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 200000))


def render() -> tuple[bytes, str]:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    from prometheus_client import REGISTRY
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
