"""Sentence spans the extractors share.

Statistical parsers sometimes split after a comma ("Bloomberg, | beruft sich auf ..."):
a split not preceded by sentence-final punctuation or a line break is undone here.
Line breaks always end a sentence (see ``newsfacts_line_breaks``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

_FINAL = (".", "!", "?", "…", ":", '"', "“", "”", "»", "«")
_CACHE_KEY = "newsfacts_sentences"


def sentences(doc: Doc) -> list[Span]:
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    merged: list[list[int]] = []
    for sent in doc.sents:
        previous_end = doc[sent.start - 1] if sent.start else None
        glued = (previous_end is not None and merged and not previous_end.text.endswith(_FINAL)
                 and "\n" not in previous_end.text and "\n" not in previous_end.whitespace_
                 and not previous_end.is_space)
        if glued:
            merged[-1][1] = sent.end
        else:
            merged.append([sent.start, sent.end])
    spans = [doc[start:end] for start, end in merged]
    doc.user_data[_CACHE_KEY] = spans
    return spans


def sentence_of(doc: Doc, char: int) -> Span:
    for span in sentences(doc):
        if span.start_char <= char < span.end_char:
            return span
    return sentences(doc)[-1]
