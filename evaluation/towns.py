"""Precision of the GeoNames town rule (``actors.town_mentions``) on corpora with gold names.

Runs the service's pipeline over GermEval 2014 (German) and wikigold and the Broad Twitter
Corpus (English) from ``../shared/data`` and counts the town mentions whose first word the
corpus tags as a location: those of the rule on its own (every name it would take), and those
it adds where the model found no name (as the actor extractor uses it). Also counts the gold
locations right after a place preposition that the rule alone, the model alone, and both find.
The shipped models were trained on most of these sentences (all but their test splits), so the
model's figures here are higher than on new text; the rule's are not.

    python -m evaluation.towns [--data ../shared/data] [--errors]
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from service.config import Settings
from service.core.actors import town_mentions
from service.core.knowledge import load_knowledge
from service.core.pipelines import load_pipeline
from service.core.text import SpanIndex

CORPORA = {"de": ["germeval2014/NER-de-dev.tsv", "germeval2014/NER-de-test-part.tsv"],
           "en": ["english_ner/wikigold.conll.txt", "english_ner/btc/*.conll"]}


def sentences(path: Path):
    """(words, tags) per sentence; GermEval's four columns or CoNLL's word ... tag."""
    words, tags = [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("#") or line.startswith("-DOCSTART") or not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        columns = line.split("\t") if path.suffix == ".tsv" else line.split()
        word, tag = (columns[1], columns[2]) if path.suffix == ".tsv" else (columns[0], columns[-1])
        words.append(word)
        tags.append(tag)
    if words:
        yield words, tags


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--errors", action="store_true", help="list the wrong town mentions")
    args = parser.parse_args()
    pipelines = Settings().pipelines
    for lang, patterns in CORPORA.items():
        nlp, kb = load_pipeline(pipelines[lang]), load_knowledge(lang)
        leaders = set(kb.lexicon["location_cases"]) | set(kb.lexicon["between_words"])
        paths = [p for pattern in patterns for p in sorted(args.data.glob(pattern))]
        corpus = [s for path in paths for s in sentences(path)]
        right, wrong, gold_after, model_after, both_after = Counter(), Counter(), 0, 0, 0
        alone_right = alone_all = rule_after = 0
        docs = nlp.pipe(Doc(nlp.vocab, words=words) for words, _ in corpus)
        for doc, (words, word_tags) in zip(docs, corpus):
            # by character offset: the pipeline's own components may split or join words
            offsets = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
            by_start = dict(zip(offsets, word_tags))
            tags = [by_start.get(t.idx, "O") for t in doc]
            model = SpanIndex((e.start_char, e.end_char) for e in doc.ents)
            towns = town_mentions(doc, kb, model)
            starts = {m.start for m, _ in towns}
            alone = {m.start for m, _ in town_mentions(doc, kb, SpanIndex())}
            alone_all += len(alone)
            alone_right += sum(tags[t.i].endswith("LOC") for t in doc if t.idx in alone)
            for mention, _ in towns:
                token = next(t for t in doc if t.idx == mention.start)
                (right if tags[token.i].endswith("LOC") else wrong)[(mention.text, tags[token.i])] += 1
            for token in doc[1:]:
                if tags[token.i] in ("B-LOC", "I-LOC") and (token.i < 2 or tags[token.i - 1][2:] != "LOC") \
                        and doc[token.i - 1].lower_ in leaders:
                    gold_after += 1
                    found = any(e.start == token.i and e.label_ in ("LOC", "GPE") for e in doc.ents)
                    model_after += found
                    rule_after += token.idx in alone
                    both_after += found or token.idx in starts
        n = sum(right.values()) + sum(wrong.values())
        print(f"{lang}: {len(corpus):,} sentences ({', '.join(str(p.relative_to(args.data)) for p in paths)})")
        print(f"  town mentions of the rule alone: {alone_all}, of them locations in the gold: {alone_right} "
              f"(precision {alone_right / max(alone_all, 1):.3f})")
        print(f"  town mentions the rule adds: {n}, of them locations in the gold: {sum(right.values())} "
              f"(precision {sum(right.values()) / max(n, 1):.3f})")
        print(f"  gold locations after a place preposition: {gold_after}; found by the rule alone {rule_after} "
              f"({rule_after / max(gold_after, 1):.3f}), as locations by the model "
              f"{model_after} ({model_after / max(gold_after, 1):.3f}), by the model and the rule "
              f"{both_after} ({both_after / max(gold_after, 1):.3f})")
        if args.errors:
            for (text, tag), count in wrong.most_common():
                print(f"  wrong: {text} ({tag}) x{count}")


if __name__ == "__main__":
    main()
