"""Sources: who each claim and event is attributed to.

Attribution cues come from the language's lexicon: prepositional cues ("laut X",
"X zufolge", "according to X", chained ones such as "unter Berufung auf X"), speech
verbs whose subject is the source ("Medien berichten", "Putin behauptete"), and
continuations that refer back to the last source ("Laut derselben Quelle", "fügt das
Portal hinzu", "the report added"). A source is an actor where one is named (Bloomberg,
Putin), otherwise a generic source noun ("Medien", "Geheimdienstdaten", "Insider").
An attribution covers its sentence: the claims and events in it, and claims repeated
there from the headline or lede.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from service.core.actors import Actor
from service.core.knowledge import Knowledge
from service.core.text import sentences

SUBJECT_DEPS = {"nsubj", "sb", "nsubj:pass"}


@dataclass
class Attribution:
    cue: str
    text: str
    start: int
    end: int
    sentence: str


@dataclass
class Source:
    key: str
    name: str
    type: str
    actor: str | None
    attributions: list[Attribution] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    id: str = ""


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    key: str
    name: str
    type: str
    actor: str | None


@dataclass
class SentenceSources:
    """What covers one sentence: the primary source, and sources it cites."""

    start: int
    end: int
    primary: Source | None = None
    cited: list[Source] = field(default_factory=list)


def _actor_source_type(actor: Actor) -> str:
    if actor.media:
        return "media"
    if actor.type in ("country", "location"):
        return "government"
    if actor.type == "organization" and actor.key.startswith("seat:"):
        return "government"
    return {"person": "person", "organization": "organization"}.get(actor.type, "other")


def _candidates(doc: Doc, kb: Knowledge, actors: list[Actor]) -> list[_Candidate]:
    found = [_Candidate(m.start, m.end, actor.id, actor.name, _actor_source_type(actor), actor.id)
             for actor in actors for m in actor.mentions]
    nouns = kb.lexicon["source_nouns"]
    for token in doc:
        source_type = nouns.get(token.lower_)
        if source_type and not any(c.start <= token.idx < c.end or token.idx <= c.start < token.idx + len(token)
                                   for c in found):
            found.append(_Candidate(token.idx, token.idx + len(token), f"noun:{token.lower_}", token.text,
                                    source_type, None))
    return sorted(found, key=lambda c: c.start)


def _words_between(text: str) -> int:
    return len(re.findall(r"[\w„“\"]+", text))


def extract_sources(doc: Doc, kb: Knowledge, actors: list[Actor]) -> tuple[list[Source], list[SentenceSources]]:
    """Sources in order of first attribution, and for each attributed sentence what covers it."""
    cues = kb.lexicon["attribution"]
    candidates = _candidates(doc, kb, actors)
    sources: dict[str, Source] = {}
    covered: list[SentenceSources] = []
    last_primary: Source | None = None

    def attribute(candidate: _Candidate, cue: str, sentence, into: SentenceSources, chained: bool) -> Source:
        source = sources.get(candidate.key)
        if source is None:
            source = sources[candidate.key] = Source(candidate.key, candidate.name, candidate.type, candidate.actor)
        source.attributions.append(Attribution(cue, doc.text[candidate.start:candidate.end], candidate.start,
                                               candidate.end, sentence.text.strip()))
        if chained:
            into.cited.append(source)
        elif into.primary is None:
            into.primary = source
        return source

    for sentence in sentences(doc):
        lowered = sentence.text.lower()
        base = sentence.start_char
        in_sentence = [c for c in candidates if sentence.start_char <= c.start < sentence.end_char]
        here = SentenceSources(sentence.start_char, sentence.end_char)
        used_spans: list[tuple[int, int]] = []
        for phrase in cues["continuation"]:
            match = re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", lowered)
            if match and last_primary is not None:
                start, end = base + match.start(), base + match.end()
                used_spans.append((start, end))
                last_primary.attributions.append(Attribution(phrase, doc.text[start:end], start, end,
                                                             sentence.text.strip()))
                here.primary = here.primary or last_primary
        chained_keys = set()
        for phrase, rule in sorted(cues["prepositional"].items(), key=lambda item: -len(item[0])):
            for match in re.finditer(rf"(?<![\w]){re.escape(phrase)}(?![\w])", lowered):
                start, end = base + match.start(), base + match.end()
                if any(s < end and start < e for s, e in used_spans):
                    continue  # inside a longer cue already read ("beruft sich auf" holds "sich auf")
                used_spans.append((start, end))
                if rule.get("requires") and not any(word in lowered for word in rule["requires"]):
                    continue
                if rule["position"] == "after":
                    options = [c for c in in_sentence if c.start >= end
                               and _words_between(doc.text[end:c.start]) <= rule["gap"] and "," not in doc.text[end:c.start]]
                    candidate = options[0] if options else None
                else:
                    options = [c for c in in_sentence if c.end <= start
                               and _words_between(doc.text[c.end:start]) <= rule["gap"]]
                    candidate = options[-1] if options else None
                if candidate is not None:
                    attribute(candidate, phrase, sentence, here, rule.get("chained", False))
                    if rule.get("chained"):
                        chained_keys.add(candidate.key)
        speech = set(cues["speech_verbs"])
        for token in sentence:
            if token.pos_ not in ("VERB", "AUX", "") or not (token.lemma_.lower() in speech or token.lower_ in speech):
                continue
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            options = [c for c in in_sentence if c.key not in chained_keys]
            chosen = []
            for subject in subjects:
                subtree = list(subject.subtree)
                chosen += [c for c in options if subtree[0].idx <= c.start < subtree[-1].idx + len(subtree[-1])]
            if not chosen:
                # no parse, or no source in the subject: the nearest source before the verb,
                # else the first after it (inverted order: "Das berichtet der Spiegel")
                chosen = [c for c in options if c.end <= token.idx][-1:] or [c for c in options if c.start > token.idx][:1]
            if chosen:
                attribute(chosen[0], token.text, sentence, here, False)
        if here.primary or here.cited:
            covered.append(here)
            if here.primary:
                last_primary = here.primary
    covered = _fill_paragraph_gaps(doc, covered)
    result = sorted(sources.values(), key=lambda s: s.attributions[0].start)
    for i, source in enumerate(result, 1):
        source.id = f"s{i}"
        source.attributions.sort(key=lambda a: a.start)
    return result, covered


def _fill_paragraph_gaps(doc: Doc, covered: list[SentenceSources]) -> list[SentenceSources]:
    """A sentence between two sentences of one paragraph attributed to the same source is
    covered by it too ("Laut X ... . <sentence> . ..., fügt das Portal hinzu.")."""
    filled = list(covered)
    for first, second in zip(covered, covered[1:]):
        if first.primary is None or first.primary is not second.primary or "\n" in doc.text[first.end:second.start]:
            continue
        for sentence in sentences(doc):
            if first.end <= sentence.start_char and sentence.end_char <= second.start:
                filled.append(SentenceSources(sentence.start_char, sentence.end_char, first.primary))
    return sorted(filled, key=lambda c: c.start)


def covering_source(position: int, covered: list[SentenceSources]) -> Source | None:
    """The source that covers the sentence at ``position``: its primary one, else the one it cites."""
    for sentence in covered:
        if sentence.start <= position < sentence.end:
            return sentence.primary or (sentence.cited[0] if sentence.cited else None)
    return None
