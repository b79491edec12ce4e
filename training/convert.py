"""Convert the shared corpora to spaCy DocBin files with a fixed, document-level split.

GermEval 2014 (NER) is split by source URL, UD German (tagger, morphology, lemmas,
dependencies; STTS tags from GSD only, as PUD's XPOS column holds Penn tags) by document (PUD) or by blocks of consecutive sentences (GSD, which
carries no document ids). 80 % train, 10 % dev, 10 % test, seed 13. The test split
is never used for training or tuning.

Tag mapping for GermEval: outer tags only; OTH -> MISC; *deriv (e.g. LOCderiv
"nordkoreanische") -> MISC, as in CoNLL where nationality adjectives are MISC; the
actor extractor maps them to countries through its knowledge base. *part tags
("Bloomberg-Berichten") -> O: a compound is not a name; the actor extractor finds the
named part of a compound itself.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

SEED = 13
GSD_BLOCK = 10  # consecutive GSD sentences grouped as one pseudo-document


def germeval_label(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, label = tag.split("-", 1)
    if label.endswith("part"):
        return "O"
    if label.endswith("deriv") or label == "OTH":
        label = "MISC"
    return f"{prefix}-{label}"


def read_germeval(path: Path) -> list[tuple[str, list[tuple[list[str], list[str]]]]]:
    """Return (url, [(words, iob tags)]) per source document, in file order."""
    docs: dict[str, list] = {}
    url, words, tags = None, [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            url = line.split("\t")[1] if "\t" in line else line
            continue
        if not line.strip():
            if words:
                docs.setdefault(url, []).append((words, tags))
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(germeval_label(cols[2]))
    return list(docs.items())


def fix_iob(tags: list[str]) -> list[str]:
    """Turn an I- that follows O (left by removing *part tags) into B-."""
    fixed = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or fixed[-1] == "O" or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def read_conllu(path: Path) -> list[list[list[str]]]:
    """Return sentences as lists of CoNLL-U rows, grouped into documents."""
    documents, current, sentence = [], [], []
    is_pud = "pud" in path.name
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# newdoc") and is_pud and current:
            documents.append(current)
            current = []
        if line.startswith("#"):
            continue
        if not line.strip():
            if sentence:
                current.append(sentence)
                if not is_pud and len(current) == GSD_BLOCK:
                    documents.append(current)
                    current = []
            sentence = []
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue  # multiword ranges and empty nodes
        sentence.append(cols)
    if current:
        documents.append(current)
    return documents


def conllu_doc(vocab, sentences: list[list[list[str]]], stts: bool) -> Doc:
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = [], [], [], [], [], [], [], [], []
    offset = 0
    for sentence in sentences:
        for i, cols in enumerate(sentence):
            words.append(cols[1])
            spaces.append("SpaceAfter=No" not in cols[9])
            lemmas.append(cols[2])
            pos.append(cols[3])
            tags.append(cols[4] if stts else "")  # PUD's XPOS are Penn tags, not STTS: left missing
            morphs.append("" if cols[5] == "_" else cols[5])
            head = int(cols[6])
            heads.append(offset + head - 1 if head else offset + i)
            deps.append("ROOT" if cols[7] == "root" else cols[7])
            starts.append(i == 0)
        offset += len(sentence)
    return Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
               lemmas=lemmas, heads=heads, deps=deps, sent_starts=starts)


def split(items: list, rng: random.Random) -> dict[str, list]:
    items = list(items)
    rng.shuffle(items)
    n = len(items)
    a, b = int(n * 0.8), int(n * 0.9)
    return {"train": items[:a], "dev": items[a:b], "test": items[b:]}


def arguments(description: str) -> argparse.Namespace:
    """--data (the shared corpora) and --out (where the DocBin files go, created)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/corpus"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def main() -> None:
    args = arguments(__doc__)
    nlp = spacy.blank("de")
    rng = random.Random(SEED)

    germeval = []
    for name in ("NER-de-dev.tsv", "NER-de-test-part.tsv"):
        germeval.extend(read_germeval(args.data / "germeval2014" / name))
    for part, documents in split(germeval, rng).items():
        bin_ = DocBin()
        for _url, sentences in documents:
            for words, tags in sentences:
                doc = Doc(nlp.vocab, words=words, ents=fix_iob(tags))
                bin_.add(doc)
        bin_.to_disk(args.out / f"ner-{part}.spacy")
        print(f"ner-{part}: {len(documents)} documents, {len(bin_)} sentences")

    ud = []
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"):
        ud.extend((sentences, "gsd" in name) for sentences in read_conllu(args.data / "ud_german" / name))
    for part, documents in split(ud, rng).items():
        bin_ = DocBin()
        for sentences, stts in documents:
            bin_.add(conllu_doc(nlp.vocab, sentences, stts))
        bin_.to_disk(args.out / f"ud-{part}.spacy")
        print(f"ud-{part}: {len(documents)} documents, {sum(len(d) for d, _ in documents)} sentences")


if __name__ == "__main__":
    main()
