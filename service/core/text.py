"""Token and sentence helpers the extractors share.

Statistical parsers sometimes split after a comma ("Bloomberg, | beruft sich auf ..."):
a split not preceded by sentence-final punctuation or a line break is undone here.
Line breaks always end a sentence (see ``newsfacts_line_breaks``).

``lemma_forms`` gives the lemmas a verb may have: the pipeline's lemma, with a separable
particle joined ("teilte ... mit" -> "mitteilen"), and the lexicon's lemma patterns for
pipelines without a (good) lemmatizer ("abgefeuert" -> "abfeuern").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

PARTICLE_DEPS = {"compound:prt", "svp", "prt"}

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


def children(token: Token) -> list[Token]:
    """The token's dependents; none without a parse. (spaCy 3.8 can crash iterating
    ``Token.children`` of a document that has no dependency annotation.)"""
    return list(token.children) if token.doc.has_annotation("DEP") else []


def _clause_final_particle(token: Token, particles) -> str:
    """A separable particle that ends the verb's clause ("griff ... Ziele an."), with no
    other verb between them."""
    for following in token.doc[token.i + 1:]:
        if following.is_punct or following.is_space or following.is_sent_start:
            return ""
        if following.pos_ in ("VERB", "AUX"):
            return ""
        nxt = token.doc[following.i + 1] if following.i + 1 < len(token.doc) else None
        if following.lower_ in particles and (nxt is None or nxt.is_punct or nxt.is_space):
            return following.lower_
    return ""


def lemma_forms(token: Token, lexicon: dict) -> list[str]:
    """Candidate lemmas, most likely first."""
    particle = "".join(c.lower_ for c in children(token) if c.dep_ in PARTICLE_DEPS)
    if not particle and token.pos_ not in ("NOUN", "PROPN"):
        particle = _clause_final_particle(token, lexicon["separable_particles"])
    forms = [token.lemma_.lower() if token.lemma_ else token.lower_, token.lower_]
    for pattern, templates in lexicon["lemma_patterns"]:
        if re.match(pattern, token.lower_):
            forms += [re.sub(pattern, template, token.lower_) for template in templates]
    if particle:
        # a separable particle belongs to a verb: join it to infinitive-like forms first
        # ("griff ... an" -> "angreifen", not the noun "Angriff")
        forms = [particle + f for f in forms if f.endswith("n")] + [particle + f for f in forms] + forms
    return list(dict.fromkeys(forms))
