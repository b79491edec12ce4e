"""Print NER P/R/F1 per type and tagger/morphology/lemma/parser scores on the held-out test splits.

Usage: python training/evaluate.py [PIPELINE] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.scorer import Scorer
from spacy.training import Example

CORPUS = Path("training/corpus")


def evaluate(nlp, path: Path, components: list[str]) -> dict:
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    with nlp.select_pipes(enable=[c for c in nlp.pipe_names if c in components or c == "tok2vec"]):
        examples = [Example(predicted, reference)
                    for predicted, reference in zip(nlp.pipe(Example(nlp.make_doc(d.text), d).predicted for d in docs), docs)]
    return Scorer(nlp).score(examples)




    return Scorer(nlp).score(examples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pipeline", nargs="?", default="de_newsfacts_sm")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    nlp = spacy.load(args.pipeline)
    ner = evaluate(nlp, CORPUS / "ner-test.spacy", ["ner"])
    ud = evaluate(nlp, CORPUS / "ud-test.spacy", ["tagger", "morphologizer", "trainable_lemmatizer", "parser"])
    print(f"NER on GermEval test split ({args.pipeline})")
    print(f"{'type':6} {'P':>6} {'R':>6} {'F1':>6}")
    for label, s in sorted(ner["ents_per_type"].items()):
        print(f"{label:6} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    print(f"{'all':6} {ner['ents_p']:6.3f} {ner['ents_r']:6.3f} {ner['ents_f']:6.3f}")
    print("\nUD German test split")
    for key in ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"):
        print(f"{key:10} {ud[key]:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"ner": {k: ner[k] for k in ("ents_p", "ents_r", "ents_f", "ents_per_type")},
                                         "ud": {k: ud[k] for k in ("tag_acc", "pos_acc", "morph_acc", "lemma_acc",
                                                                   "dep_uas", "dep_las", "sents_f")}}, indent=2))


if __name__ == "__main__":
    main()
