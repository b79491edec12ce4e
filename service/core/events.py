"""Events: who did what to whom, when, where, and how certain the text is.

Triggers are verbs and event nouns from the language's trigger lexicon, mapped to
PLOVER categories. A verb's lemma comes from the pipeline, with a separable particle
joined ("führte ... durch" -> "durchführen") and participle patterns from the lexicon
as a fallback ("abgefeuert" -> "abfeuern").

Roles come from the dependency parse when the pipeline has one: the subject (of the
trigger, or of the verb it depends on: "Nordkorea erwägt, ... zu entsenden") is the
agent, except in the passive, where "von"/"by" marks it; objects and objects of target
prepositions ("gegen", "against") are targets; places after location prepositions are
locations. Without a parse the fallback is positional: the nearest actor before the
trigger in the sentence is the agent, actors after it are targets.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from service.core.actors import Actor
from service.core.dates import DateMatch, resolve_relative
from service.core.knowledge import Knowledge
from service.core.text import sentences

SUBJECT_DEPS = {"nsubj", "sb", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubj:pass", "sbp"}
OBJECT_DEPS = {"obj", "iobj", "da", "oa", "dobj", "dative"}
PARTICLE_DEPS = {"compound:prt", "svp", "prt"}
MODALITY_ORDER = ("negated", "hypothetical", "planned", "possible", "reported")


@dataclass
class Event:
    type: str
    trigger: str
    lemma: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    agents: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    time: DateMatch | None = None
    modality: str = "asserted"
    source: str | None = None
    claims: list[str] = field(default_factory=list)
    id: str = ""


def trigger_lemma(token: Token, kb: Knowledge) -> str | None:
    """The lexicon key a token triggers, or None."""
    triggers = kb.lexicon["triggers"]
    particle = "".join(c.lower_ for c in token.children if c.dep_ in PARTICLE_DEPS)
    lemma = token.lemma_.lower() if token.lemma_ else token.lower_
    for candidate in (particle + lemma, lemma, token.lower_):
        if candidate in triggers:
            return candidate
    for pattern, templates in kb.lexicon["lemma_patterns"]:
        if re.match(pattern, token.lower_):
            for template in templates:
                candidate = re.sub(pattern, template, token.lower_)
                if candidate in triggers:
                    return candidate
    # compounds: "Militärhilfe" ends in "hilfe"
    if token.pos_ in ("NOUN", "") and token.is_title:
        for key in triggers:
            if len(key) >= 5 and token.lower_.endswith(key) and token.lower_ != key:
                return key
    return None


def _mention_index(actors: list[Actor]):
    return [(m.start, m.end, actor) for actor in actors for m in actor.mentions]


def _actors_in(tokens, mentions, exclude_media=True) -> list[Actor]:
    spans = [(t.idx, t.idx + len(t)) for t in tokens]
    found = []
    for start, end, actor in mentions:
        if exclude_media and actor.media:
            continue
        if any(s <= start < e or start <= s < end for s, e in spans) and actor not in found:
            found.append(actor)
    return found


def _governing_subject(token: Token) -> tuple[list[Token], bool]:
    """Subject tokens of the trigger or of the verbs above it, and whether it is passive."""
    current = token
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        passive = [c for c in current.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if subjects:
            return [t for s in subjects for t in s.subtree], False
        if passive:
            return [], True
        climbs = ("xcomp", "advcl", "conj", "ccomp", "acl") + (("obj", "oa") if current.pos_ == "NOUN" else ())
        if current.dep_ in climbs and current.head is not current:
            if current.dep_ == "ccomp":
                break  # "X sagt, dass Y ..." : X is not Y's agent
            current = current.head
            continue
        break
    return [], False


def _positional_roles(token: Token, sentence, mentions) -> tuple[list[Actor], list[Actor]]:
    """Fallback without a usable parse: the nearest actor before the trigger (else the first
    after it, for inverted order: "Zugleich erlaubte Joe Biden der Ukraine") is the agent;
    the next actor after the trigger that is not the agent is the target."""
    before = [a for s, e, a in mentions if sentence.start_char <= s < token.idx and not a.media]
    after = [a for s, e, a in sorted(mentions, key=lambda m: m[0])
             if token.idx < s < sentence.end_char and not a.media]
    agents = before[-1:] or after[:1]
    targets = [a for a in after if a not in agents][:1]
    return agents, targets


def _roles(token: Token, sentence, mentions, kb: Knowledge):
    lexicon = kb.lexicon
    if not token.doc.has_annotation("DEP"):
        agents, targets = _positional_roles(token, sentence, mentions)
        return agents, targets, []
    subject_tokens, passive = _governing_subject(token)
    agents = _actors_in(subject_tokens, mentions, exclude_media=False)  # "Bloomberg behauptet"
    targets, locations = [], []
    for child in token.children:
        if child.dep_ in PARTICLE_DEPS or child.dep_ in SUBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
            continue
        case = next((c.lower_ for c in child.children if c.dep_ in ("case", "mo", "prep")), None)
        subtree = list(child.subtree)
        found = _actors_in(subtree, mentions)
        if child.dep_ in OBJECT_DEPS or case in lexicon["target_cases"] or (child.dep_ == "nmod" and token.pos_ == "NOUN"):
            targets += found
        elif case in lexicon["agent_cases"] and passive:
            agents += found
        elif case in lexicon["location_cases"]:
            locations += [a for a in found if a.type in ("location", "country")]
    if not agents and not passive:
        agents, fallback_targets = _positional_roles(token, sentence, mentions)
        targets = targets or fallback_targets
    targets = [a for a in dict.fromkeys(targets) if a not in agents]
    return agents, targets, list(dict.fromkeys(locations))


def _modality(token: Token, sentence, kb: Knowledge, attributed: bool) -> str:
    """Cue words among the trigger, the verbs above it and their auxiliaries, adverbs and negations."""
    cues = kb.lexicon["modality"]
    if token.doc.has_annotation("DEP"):
        scope = [token]
        current = token
        while current.head is not current and current.dep_ in ("xcomp", "advcl", "ccomp", "conj", "aux", "acl", "obj"):
            current = current.head
            scope.append(current)
        words = [t.lower_ for s in scope for t in [s, *s.children] if t.dep_ not in ("nsubj", "obj", "obl")]
    else:
        words = [t.lower_ for t in sentence]
    for modality in MODALITY_ORDER:
        if any(w in cues[modality] for w in words):
            return modality
    return "reported" if attributed else "asserted"


def extract_events(doc: Doc, kb: Knowledge, actors: list[Actor], dates: list[DateMatch],
                   reference: dt.datetime | None, attributed_sentences: set[int]) -> list[Event]:
    mentions = _mention_index(actors)
    events: list[Event] = []
    speech = set(kb.lexicon["attribution"]["speech_verbs"])
    for sentence in sentences(doc):
        for token in sentence:
            if token.pos_ not in ("VERB", "NOUN", "") or token.is_stop:
                continue
            key = trigger_lemma(token, kb)
            if key is None:
                continue
            agents, targets, locations = _roles(token, sentence, mentions, kb)
            time = next((d for d in dates if sentence.start_char <= d.start < sentence.end_char), None)
            if time is None and reference is not None:
                relative = resolve_relative(sentence.text, reference, kb.lexicon)
                if relative is not None:
                    time = DateMatch(sentence.start_char + relative.start, sentence.start_char + relative.end,
                                     relative.text, relative.value, relative.precision)
            attributed = sentence.start_char in attributed_sentences and key not in speech
            events.append(Event(
                type=kb.lexicon["triggers"][key], trigger=token.text, lemma=key, start=token.idx,
                end=token.idx + len(token), sentence=sentence.text.strip(), sentence_start=sentence.start_char,
                agents=[a.id for a in agents], targets=[a.id for a in targets], locations=[a.id for a in locations],
                time=time, modality=_modality(token, sentence, kb, attributed),
            ))
    events = _merge(events)
    for i, event in enumerate(events, 1):
        event.id = f"e{i}"
    return events


def _merge(events: list[Event]) -> list[Event]:
    """One event per occurrence: same type and agents, compatible targets."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if k.type == event.type and k.agents and set(k.agents) == set(event.agents)
                     and (not k.targets or not event.targets or set(k.targets) & set(event.targets))), None)
        if twin is None:
            kept.append(event)
            continue
        twin.targets = list(dict.fromkeys(twin.targets + event.targets))
        twin.locations = list(dict.fromkeys(twin.locations + event.locations))
        twin.time = twin.time or event.time
    return kept


