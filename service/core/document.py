"""The extraction core: article text in, Document (a plain dict, schema_version 1.0) out.

Usable without Flask: ``Extractor({"de": "de_newsfacts_sm"}).extract(text)``. The HTTP
layer, the CLI and the evaluation scripts all call ``Extractor.extract``.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
import time
from dataclasses import dataclass

from spacy.language import Language

from service import __version__
from service.core.actors import extract_actors
from service.core.dates import find_dates
from service.core.events import extract_events
from service.core.knowledge import load_knowledge, warm_up_text
from service.core.language import detect_language
from service.core.layout import dateline_region_end, read_layout
from service.core.numbers import extract_claims
from service.core.pipelines import load_pipeline, pipeline_label
from service.core.sources import covering_source, extract_sources, hearsay_sentences
from service.core.text import parsed_from

SCHEMA_VERSION = "1.0"


class UnsupportedLanguage(ValueError):
    """The article's language has no configured pipeline."""


@dataclass
class Request:
    text: str
    title: str | None = None
    language: str | None = None
    published_at: dt.datetime | None = None
    id: str | None = None
    url: str | None = None


class Extractor:
    def __init__(self, pipelines: dict[str, str], memory_zones: bool = True):
        self.pipeline_specs = dict(pipelines)
        self.memory_zones = memory_zones
        self.pipelines: dict[str, Language] = {}
        # spaCy's memory zones change the shared vocabulary: one article at a time per process
        # (threads of a gthread worker still overlap their network I/O)
        self._lock = threading.Lock()

    def load(self) -> "Extractor":
        """Load every configured pipeline and knowledge base (raises PipelineNotFound)."""
        for lang, spec in list(self.pipeline_specs.items()):
            if lang not in self.pipelines:
                self.pipelines[lang] = load_pipeline(spec)
                load_knowledge(lang)
                self._warm_up(lang)
        return self

    def _warm_up(self, lang: str) -> None:
        """Extract the language's warm-up article once, so that the first request does not pay for
        what the extractors build on first use (patterns compiled from the lexicons); under
        gunicorn the master does it once for every worker."""
        text = warm_up_text(lang)
        if text is not None:
            nlp = self.pipelines[lang]
            with self._serialised(nlp):
                self._extract(nlp, lang, Request(text=text, language=lang), [])

    @property
    def languages(self) -> list[str]:
        return list(self.pipeline_specs)

    @property
    def ready(self) -> bool:
        return set(self.pipelines) == set(self.pipeline_specs)

    def labels(self) -> dict[str, str]:
        return {lang: pipeline_label(nlp) for lang, nlp in self.pipelines.items()}

    def extract(self, request: Request) -> dict:
        started = time.perf_counter()
        warnings: list[str] = []
        lang = request.language
        if lang is None:
            lang = detect_language(request.text, self.languages)
            if lang is None:
                lang = self.languages[0]
                warnings.append(f"language could not be detected; assumed {lang!r}")
        if lang not in self.pipeline_specs:
            raise UnsupportedLanguage(f"language {lang!r} is not supported; supported: {', '.join(self.languages)}")
        self.load()
        nlp = self.pipelines[lang]
        with self._serialised(nlp):
            document = self._extract(nlp, lang, request, warnings)
        document["meta"]["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 2)
        return document

    @contextlib.contextmanager
    def _serialised(self, nlp: Language):
        """One article at a time; memory_zone frees the strings of this article afterwards, so
        the vocabulary stays bounded."""
        with self._lock, (nlp.memory_zone() if self.memory_zones else contextlib.nullcontext()):
            yield

    def _extract(self, nlp: Language, lang: str, request: Request, warnings: list[str]) -> dict:
        kb = load_knowledge(lang)
        text = request.text
        doc = parsed_from(nlp(text), text)
        reference_hint = request.published_at
        if reference_hint is not None:
            dates = find_dates(text, kb.lexicon, reference_hint)
            layout = read_layout(text, dates, has_title=request.title is not None)
        else:  # the dateline is the reference that dates "im Juni": read it from the first lines first
            head_dates = find_dates(text[:dateline_region_end(text)], kb.lexicon)
            layout = read_layout(text, head_dates, has_title=request.title is not None)
        published = _published(layout.dateline, request.published_at)
        reference = dt.datetime.fromisoformat(published["value"]) if published else None
        if reference_hint is None:
            dates = find_dates(text, kb.lexicon, reference)
        if reference is None:
            warnings.append("no publication date in text or request: relative times are not resolved")
        body_dates = [d for d in dates if d != layout.dateline]

        actors = extract_actors(doc, kb, layout)
        claims = extract_claims(doc, kb, actors, dates, headline_end=layout.headline.end if layout.headline else 0)
        sources, covered = extract_sources(doc, kb, actors)
        events = extract_events(doc, kb, actors, body_dates, reference, hearsay_sentences(covered),
                                headline_end=layout.headline.end if layout.headline else 0)

        for claim in claims:
            source = next(filter(None, (covering_source(at, covered) for _, _, at in claim.occurrences)), None)
            if source:
                claim.source = source.id
                source.claims.append(claim.id)
            event = min((e for e in events if claim.sentence_start in e.occurrences),
                        key=lambda e: abs(e.start - claim.start), default=None)
            if event:
                claim.event = event.id
            for ev in events:
                if any(start in ev.occurrences for start, _, _ in claim.occurrences):
                    ev.claims.append(claim.id)
        for event in events:
            source = next(filter(None, (covering_source(at, covered) for at, _, _ in event.mentions)), None)
            if source:
                event.source = source.id
                source.events.append(event.id)

        document = {
            "schema_version": SCHEMA_VERSION,
            "id": request.id,
            "fingerprint": "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "language": lang,
            "headline": request.title if request.title is not None else (layout.headline.text if layout.headline else None),
            "lede": layout.lede.text if layout.lede else None,
            "published": published,
            "actors": [{
                "id": a.id, "name": a.name, "type": a.type, "aliases": a.aliases, "kb_id": a.kb_id,
                "country": a.country, "salience": a.salience,
                "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in a.mentions],
            } for a in actors],
            "numeric_claims": [{
                "id": c.id, "text": c.text, "start": c.start, "end": c.end, "value": c.value,
                "value_max": c.value_max, "qualifier": c.qualifier, "kind": c.kind, "unit": c.unit,
                "counted": c.counted, "actor": c.actor, "source": c.source, "event": c.event,
                "sentence": c.sentence,
            } for c in claims],
            "sources": [{
                "id": s.id, "name": s.name, "type": s.type, "actor": s.actor,
                "attributions": [{"cue": a.cue, "text": a.text, "start": a.start, "end": a.end,
                                  "sentence": a.sentence} for a in s.attributions],
                "claims": list(dict.fromkeys(s.claims)), "events": list(dict.fromkeys(s.events)),
            } for s in sources],
            "events": [{
                "id": e.id, "type": e.type, "trigger": e.trigger, "lemma": e.lemma, "start": e.start,
                "end": e.end, "agents": e.agents, "targets": e.targets, "locations": e.locations,
                "time": ({"value": e.time.value, "text": e.time.text, "precision": e.time.precision}
                         if e.time else None),
                "modality": e.modality, "source": e.source, "claims": list(dict.fromkeys(e.claims)),
                "sentence": e.sentence,
                "mentions": [{"text": text_, "start": start, "end": end} for start, end, text_ in e.mentions],
            } for e in events],
            "meta": {"version": __version__, "pipeline": {lang: pipeline_label(nlp)}, "elapsed_ms": 0.0,
                     "warnings": warnings},
        }
        # the extractors' caches hold tokens and spans, which hold the Doc: free it now, not at
        # the garbage collector's next full pass
        doc.user_data.clear()
        return document


def _published(dateline, requested: dt.datetime | None) -> dict | None:
    if dateline is not None:
        return {"value": dateline.value, "text": dateline.text, "precision": dateline.precision,
                "origin": "text", "start": dateline.start, "end": dateline.end}
    if requested is not None:
        precision = "day" if requested.time() == dt.time() else "second" if requested.second else "minute"
        return {"value": requested.isoformat(), "text": None, "precision": precision, "origin": "request",
                "start": None, "end": None}
    return None
