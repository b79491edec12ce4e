"""Whether an evaluation article retells another: a test article written from memory of one the
rules were tuned on measures that article again, not new text.

    .venv/bin/python -m evaluation.overlap   # prints the most similar pairs
"""
from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_SHARED = 0.095  # of the shorter text's five-word sequences; one shared sentence of fact stays under it (0.087)


def _sequences(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def shared(a: str, b: str) -> float:
    """The share of the shorter text's five-word sequences the other text has too."""
    first, second = _sequences(a), _sequences(b)
    return len(first & second) / max(1, min(len(first), len(second)))


def similar_pairs(minimum: float = 0.0) -> list[tuple[float, str, str]]:
    """(share, article, article) for every pair of annotated articles (and the seed), most similar first."""
    paths = sorted((ROOT / "tests" / "data").glob("*/*/*.txt")) + [ROOT / "seeds" / "nordkorea_de.txt"]
    texts = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in paths}
    pairs = [(shared(texts[a], texts[b]), a, b) for a, b in combinations(texts, 2)]
    return sorted((p for p in pairs if p[0] >= minimum), reverse=True)


if __name__ == "__main__":
    for share, a, b in similar_pairs()[:10]:
        print(f"{share:.3f}  {a}  {b}")
