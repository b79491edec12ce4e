"""Build service/knowledge/<lang>/frequent_words.txt: the language's most frequent words.

At load the service tokenises each of them once, outside spaCy's memory zones, so that the
tokenizer's cache holds them for good: inside a memory zone the tokenizer caches nothing, and
every request would split "said," or "Regierung." anew and make the lexemes of its words again
(``benchmarks/pipeline_speed.py`` prints the cost with and without).

Source: ``wordfreq`` (its word lists are CC BY-SA 4.0, from Wikipedia, subtitles, news, books and
web text; the list written here carries that licence). Only words of letters (with inner
hyphens or apostrophes) are kept: wordfreq writes every digit as 0.

    pip install -e ".[knowledge]" && python scripts/build_frequent_words.py [--count 10000]
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from wordfreq import top_n_list

KNOWLEDGE = Path(__file__).resolve().parent.parent / "service" / "knowledge"
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--languages", default=",".join(sorted(p.parent.name for p in KNOWLEDGE.glob("*/lexicon.yaml"))))
    args = parser.parse_args()
    for lang in args.languages.split(","):
        words = [w for w in top_n_list(lang, args.count * 2, wordlist="best") if WORD.fullmatch(w)][:args.count]
        path = KNOWLEDGE / lang / "frequent_words.txt"
        header = (f"# the {len(words)} most frequent words of {lang!r} by wordfreq (CC BY-SA 4.0), most frequent first;\n"
                  f"# built by scripts/build_frequent_words.py\n")
        path.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{path.relative_to(KNOWLEDGE.parent.parent)}: {len(words)} words")


if __name__ == "__main__":
    main()
