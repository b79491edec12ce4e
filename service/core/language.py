"""Language identification by function words, from each language's lexicon."""
from __future__ import annotations

import re

from service.core.knowledge import load_knowledge

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, languages: list[str], sample_chars: int = 5000) -> str | None:
    """The language whose stopwords cover most words of the text's start; None when none match."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if not words:
        return None
    scores = {lang: sum(w in set(load_knowledge(lang).lexicon["stopwords"]) for w in words) for lang in languages}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else None
