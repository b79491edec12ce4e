"""Load the spaCy pipeline for each language from configuration.

A pipeline spec is an installed package name (``de_newsfacts_sm``,
``de_core_news_lg``), a path to a pipeline directory, or ``blank:<lang>`` for a
tokenizer-only pipeline. Whatever is loaded, newsfacts adds two components in front of
the statistical ones: ``newsfacts_number_stops``, so that a sentence ending in a number
ends there, and ``newsfacts_line_breaks``, so that a headline or dateline on its own line
is never glued to the next sentence; and a sentencizer when the pipeline has no parser or
senter of its own.

Matrix products run through numpy's BLAS instead of thinc's default, blis: on this
project's CPUs (AVX-512) OpenBLAS multiplies the 600 x 64 by 64 x 1,664 matrices of the
parser three times as fast, and the whole German pipeline takes 38 instead of 50 ms for a
600-word article with the same output (``benchmarks/pipeline_speed.py``).
"""
from __future__ import annotations

import re
import weakref

import spacy
from spacy.language import Language
from thinc.api import NumpyOps
from spacy.tokens import Doc

from service.core.knowledge import frequent_words


class PipelineNotFound(RuntimeError):
    """The configured pipeline is neither an installed package nor a pipeline directory."""


@Language.component("newsfacts_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every token that contains a line break. A line break is always in
    a whitespace token of its own, so only those are looked at (not a Token object per word)."""
    for i in doc.to_array("IS_SPACE")[:-1].nonzero()[0]:
        if "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


@Language.component("newsfacts_number_stops")
def number_stops(doc: Doc) -> Doc:
    """Split "12." into number and full stop where a sentence ends with a number.

    The German tokenizer keeps "12." whole as an ordinal ("am 3. Oktober", "der 2. Platz"),
    so "Die Zahl stieg auf 12. Das teilte ... mit" stays one sentence. A capitalised function
    word after it ("Das", "Er", "Am") starts a sentence; a noun or month after it is an ordinal's.
    A score is no ordinal: "unterlag mit 1:4. Kylian Mbappé traf ..." ends before any capital.
    """
    def score(text: str) -> bool:
        return _SCORE.fullmatch(text) is not None

    ends = [t for t in doc[:-1] if t.text.endswith(".") and doc[t.i + 1].is_title
            and (t.text[:-1].isdigit() and doc[t.i + 1].is_stop or score(t.text[:-1]))]
    if ends:
        with doc.retokenize() as retokenizer:
            for token in ends:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
        for token in doc[2:]:  # (doc[1] would look back to doc[-1])
            number = doc[token.i - 2].text
            if doc[token.i - 1].text == "." and token.is_title and (number.isdigit() and token.is_stop or score(number)):
                token.is_sent_start = True
    return doc


_SCORE = re.compile(r"\d{1,3}:\d{1,3}")


def load_pipeline(spec: str) -> Language:
    if spec.startswith("blank:"):
        nlp = spacy.blank(spec.split(":", 1)[1])
    else:
        try:
            nlp = spacy.load(spec)
        except OSError as error:
            raise PipelineNotFound(
                f"spaCy pipeline {spec!r} is not installed and is not a pipeline directory; "
                f"install it or set the pipeline variable to another name or path ({error})"
            ) from None
    use_numpy_blas(nlp)
    if {"tagger", "morphologizer"} <= set(nlp.pipe_names) and "attribute_ruler" not in nlp.pipe_names:
        # the extractors read coarse parts of speech, morphology, lemmas, the parse and entities,
        # never the fine-grained tag: beside a morphologizer (which sets the part of speech) and
        # with no attribute ruler mapping tags, a tagger only costs time
        nlp.disable_pipe("tagger")
    nlp.add_pipe("newsfacts_line_breaks", first=True)
    nlp.add_pipe("newsfacts_number_stops", first=True)
    if not ({"parser", "senter"} & set(nlp.pipe_names)):
        nlp.add_pipe("sentencizer", after="newsfacts_line_breaks")
    warm_vocabulary(nlp, frequent_words(nlp.lang))
    return nlp


def use_numpy_blas(nlp: Language) -> None:
    """Give every CPU layer of the pipeline's models thinc ops that multiply with numpy."""
    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = ops


def warm_vocabulary(nlp: Language, words: list[str]) -> None:
    """Tokenise the language's frequent words once, outside any memory zone.

    Requests run inside ``nlp.memory_zone()``, which drops every lexeme made during the request
    and caches no tokenisation: without this, every request splits "said," or "Regierung." anew
    and rebuilds the lexemes of its words. Each word is tokenised as written and capitalised,
    alone and before a comma or a full stop, each chunk as a Doc of its own (a special case
    anywhere in a Doc, "U.S." or "z.B.", stops the tokenizer caching the rest of that Doc), into
    a cache sized to hold them all. ``benchmarks/pipeline_speed.py`` prints what it saves.
    """
    forms = dict.fromkeys(form for word in words for form in (word, word[:1].upper() + word[1:]))
    chunks = [form + mark for form in forms for mark in ("", ",", ".")]
    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "max_cache_size"):
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, len(chunks) + 10_000)
    for chunk in chunks:
        tokenizer(chunk)


_labels: "weakref.WeakKeyDictionary[Language, str]" = weakref.WeakKeyDictionary()


def pipeline_label(nlp: Language) -> str:
    """'de_newsfacts_sm-0.2.0', 'de_core_news_lg-3.8.0', or 'blank:en'. Kept per pipeline: spaCy
    rebuilds ``nlp.meta`` with every component's labels on each ask (about 1 ms a request)."""
    label = _labels.get(nlp)
    if label is None:
        meta = nlp.meta
        name = meta.get("name", "pipeline")
        label = _labels[nlp] = (f"blank:{nlp.lang}" if name == "pipeline"
                                else f"{nlp.lang}_{name}-{meta.get('version', '0.0.0')}")
    return label
