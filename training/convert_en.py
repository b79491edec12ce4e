"""Convert the shared English NER corpora to DocBin with a fixed split by document.

wikigold (Wikipedia, by article), the Broad Twitter Corpus and WNUT 2017 (social media,
in blocks of 20 consecutive posts) are pooled and split 80/10/10 with seed 13. Labels are
mapped to PER, LOC, ORG, MISC: WNUT person -> PER, location -> LOC, corporation and group
-> ORG, product and creative-work -> MISC.
"""
from __future__ import annotations

import random
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from convert import SEED, arguments, fix_iob, split  # same repair, split and seed as the German corpora

BLOCK = 20
WNUT = {"person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG", "product": "MISC",
        "creative-work": "MISC"}


def _label(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{WNUT.get(label, label)}"


def read_conll(path: Path, docstart: bool) -> list[list[tuple[list[str], list[str]]]]:
    """Documents (lists of sentences of (words, tags)); without doc markers, blocks of sentences."""
    documents, current, words, tags = [], [], [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            if current:
                documents.append(current)
            current = []
            continue
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if not line.strip() or len(parts) < 2:
            if words:
                current.append((words, tags))
                if not docstart and len(current) == BLOCK:
                    documents.append(current)
                    current = []
            words, tags = [], []
            continue
        if not parts[0].strip():
            continue  # a stray separator line
        words.append(parts[0].strip())
        tags.append(_label(parts[-1].strip()))
    if current:
        documents.append(current)
    return documents


def main() -> None:
    args = arguments(__doc__)
    root = args.data / "english_ner"
    documents = read_conll(root / "wikigold.conll.txt", docstart=True)
    for path in sorted((root / "btc").glob("*.conll")) + [root / "wnut17train.conll", root / "emerging.dev.conll",
                                                          root / "emerging.test.annotated"]:
        documents += read_conll(path, docstart=False)
    nlp = spacy.blank("en")
    for part, chunk in split(documents, random.Random(SEED)).items():
        bin_ = DocBin()
        for document in chunk:
            for words, tags in document:
                bin_.add(Doc(nlp.vocab, words=words, ents=fix_iob(tags)))
        bin_.to_disk(args.out / f"en-ner-{part}.spacy")
        print(f"en-ner-{part}: {len(chunk)} documents, {len(bin_)} sentences")


if __name__ == "__main__":
    main()
