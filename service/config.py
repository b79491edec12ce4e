"""Configuration from environment variables, with documented defaults (see README)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from schemas.request import DEFAULT_BATCH_LIMIT


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _pipelines() -> dict[str, str]:
    return {
        "de": os.environ.get("NEWSFACTS_PIPELINE_DE", "de_newsfacts_sm"),
        "en": os.environ.get("NEWSFACTS_PIPELINE_EN", "en_newsfacts_sm"),
    }


@dataclass
class Settings:
    pipelines: dict[str, str] = field(default_factory=_pipelines)
    max_body_bytes: int = field(default_factory=lambda: _int("NEWSFACTS_MAX_BODY_BYTES", 1024 * 1024))
    max_text_chars: int = field(default_factory=lambda: _int("NEWSFACTS_MAX_TEXT_CHARS", 200_000))
    batch_limit: int = field(default_factory=lambda: _int("NEWSFACTS_BATCH_LIMIT", DEFAULT_BATCH_LIMIT))
    lazy_load: bool = field(default_factory=lambda: os.environ.get("NEWSFACTS_LAZY_LOAD", "0") == "1")
    # diagnostic switch: 0 lets spaCy's vocabulary grow with every new word (see benchmarks/soak.py)
    memory_zones: bool = field(default_factory=lambda: os.environ.get("NEWSFACTS_MEMORY_ZONES", "1") == "1")
