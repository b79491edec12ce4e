"""Sources: who each claim and event is attributed to.

Attribution cues come from the language's lexicon: prepositional cues ("laut X",
"X zufolge", "according to X", chained ones such as "unter Berufung auf X"), speech
verbs whose subject is the source ("Medien berichten", "Putin behauptete"), and
continuations that refer back to the last source ("Laut derselben Quelle", "fügt das
Portal hinzu", "the report added"). A source is an actor where one is named (Bloomberg,
Putin), otherwise a generic source noun ("Medien", "Geheimdienstdaten", "Insider"); a
carrier noun gives way to the named source behind it ("Zahlen des Statistischen
Bundesamts", "Analysts at Jefferies"), a compound carries its source ("nach
Polizeiangaben"), and a state speaks through its army ("die israelische Armee").
Without a parse, or when the parse names no source, the speaker is found by position:
after the verb in a reporting clause ("..., said X"), else the nearest source before it,
a pronoun meaning the person named last.
An attribution covers its sentence: the claims and events in it, claims repeated there
from the headline or lede, the sentence before an anaphoric "Das teilte X mit", what
follows a headline colon ("Umfrage: ...") and a reported-speech sentence after it.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from service.core.actors import Actor, is_generic_reference, refers_back
from service.core.knowledge import Knowledge
from service.core.text import (SpanIndex, after_location_case, children, clause_start, could_be, doc_text, ending_pattern,
                               first_token_at_or_after, is_clause_speech_verb, is_counting_verb, is_present_participle,
                               is_speech_verb, is_title_word, plural_verb_after_a_name, previous_sentence_start,
                               sentences, source_noun_type, tokens_of, trie_alternation, word_set)

SUBJECT_DEPS = {"nsubj", "sb", "nsubj:pass"}
# second-hand sources: what they cover is hearsay ("reported"), unlike a participant's own statement
HEARSAY_TYPES = {"media", "anonymous", "intelligence", "document"}


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
    cue: int | None = None  # where the primary source's cue stands
    covers_from: int | None = None  # a later clause start, when the cue covers only its clause

    @property
    def source(self) -> Source | None:
        """The primary source, else the first one it cites."""
        return self.primary or (self.cited[0] if self.cited else None)


def _actor_source_type(actor: Actor, kb: Knowledge) -> str:
    if actor.media:
        return "media"
    if actor.type in ("country", "location") or actor.government:
        return "government"
    if actor.key.startswith("text:") and actor.kind in kb.lexicon["government_kinds"]:
        # "Spain's weather agency AEMET": an agency the knowledge base does not know (lexicon:
        # government_kinds); a known one keeps its type ("the EU police agency Europol")
        return "government"
    government = ending_pattern([suffix for suffix, kind in kb.lexicon["source_noun_suffixes"].items()
                                 if kind == "government"], "(?:e?s)?")
    if actor.type == "organization" and any(government.search(word) for word in actor.name.lower().split()):
        return "government"  # "Staatsanwaltschaft Potsdam", "Gesundheitsministerium", "Landeskriminalamts Sachsen"
    return {"person": "person", "organization": "organization"}.get(actor.type, "other")


def _source_noun_type(token, kb: Knowledge) -> str | None:
    """The source type of a generic source noun ("Medien", "Insider") or of a noun ending
    like one ("Finanzministerium", "GKV-Spitzenverband"), else None."""
    if token.lower_ in kb.lexicon["source_nouns"]:
        return kb.lexicon["source_nouns"][token.lower_]
    if token.pos_ not in ("NOUN", "PROPN", "") or not token.is_alpha and "-" not in token.text:
        return None
    return source_noun_type(token.lower_, kb.lexicon)


def _is_demonym(text: str, kb: Knowledge) -> bool:
    """"libanesischen", "Ukrainian": an adjective that qualifies the noun after it; or a citizen
    noun ("die Französin"): a person, never the state speaking."""
    return text.islower() or text in kb.demonyms or text.lower() in kb.nationals


def _nominative(word: str, kb: Knowledge) -> str:
    for ending in ("es", "s"):
        bare = word[: -len(ending)]
        if word.endswith(ending) and (bare.lower() in kb.lexicon["source_nouns"]
                                      or bare.lower() in kb.lexicon["source_noun_suffixes"]):
            return bare  # "des Ministeriums", "eines Sprechers"
    return word


def _compound_parts(token, heads) -> list[str]:
    """The first part of a compound that ends in one of ``heads``, with and without a linking s
    ("Regierungs|angaben": "Regierungs", "Regierung"); none when it ends in no head."""
    match = ending_pattern(heads).search(token.lower_)  # one regex, not a loop: every token is asked
    if match is None or len(token) <= match.end() - match.start() + 2:
        return []
    prefix = token.text[: match.start()].rstrip("-")
    return [word for word in (prefix, prefix[:-1] if prefix.endswith("s") else "") if word]


def _compound_source(token, kb: Knowledge, actors: list[Actor]) -> _Candidate | None:
    """"nach Polizeiangaben", "laut Regierungsangaben": the first part of the compound is the source."""
    compounds = kb.lexicon["source_compounds"]
    if token.i == 0 or token.doc[token.i - 1].lower_ not in compounds["prepositions"]:
        return None
    parts = _compound_parts(token, compounds["heads"])
    if not parts:
        return None
    named = next((a for a in actors for m in a.mentions if m.start == token.idx and m.text == parts[0]), None)
    if named is not None:  # "nach UN-Angaben": a name the compound holds
        return _Candidate(token.idx, token.idx + len(parts[0]), named.id, named.name, _actor_source_type(named, kb), named.id)
    for word in parts:
        source_type = source_noun_type(word.lower(), kb.lexicon)
        if source_type:
            actor = next((a for a in actors if a.name.lower() == word.lower()), None) \
                or refers_back(word, token.idx, actors, kb)  # "nach Unternehmensangaben" after "Velotec"
            name = actor.name if actor else word[0].upper() + word[1:]
            key = actor.id if actor else f"noun:{word.lower()}"
            return _Candidate(token.idx, token.idx + len(word), key, name,
                              _actor_source_type(actor, kb) if actor else source_type, actor.id if actor else None)
    return None


def _speaker_compound(token, kb: Knowledge, actors: list[Actor]) -> _Candidate | None:
    """A compound of an organisation and a speaker ("Gerichtssprecher", "Bahnsprecher",
    "DFB-Sprecher") speaks for the organisation named before it (lexicon: speaker_compound_heads)."""
    for word in _compound_parts(token, kb.lexicon["speaker_compound_heads"]):
        actor = next((a for a in actors if a.name.lower() == word.lower() or any(
            m.text.lower() == word.lower() for m in a.mentions)), None) or refers_back(word, token.idx, actors, kb)
        if actor is not None:
            return _Candidate(token.idx, token.idx + len(token), actor.id, actor.name, _actor_source_type(actor, kb), actor.id)
    return None


def _speaker_phrase(token, kb: Knowledge, actors: list[Actor]) -> _Candidate | None:
    """"a police spokesman", "a company spokeswoman": what English writes as two words speaks for
    the actor the first one refers to (lexicon: speaker_phrase_heads)."""
    if token.i == 0 or token.lower_ not in kb.lexicon["speaker_phrase_heads"]:
        return None
    modifier = token.doc[token.i - 1]
    actor = refers_back(modifier.text, modifier.idx, actors, kb) if modifier.is_lower and modifier.is_alpha else None
    if actor is None:
        return None
    return _Candidate(modifier.idx, token.idx + len(token), actor.id, actor.name, _actor_source_type(actor, kb), actor.id)


def _modifies_source_noun(token, following, kb: Knowledge) -> bool:
    """A lower-case word that says whose the source noun after it is ("county officials"; not
    for documents: "according to state estimates" cites estimates)."""
    return following is not None and token.lower_ in kb.lexicon["source_modifiers"] and token.is_lower \
        and following.is_lower and _source_noun_type(following, kb) not in (None, "document")


def _name_part(token) -> bool:
    return token.is_title and token.pos_ in ("PROPN", "X", "") and not token.is_stop


def _candidates(doc: Doc, kb: Knowledge, actors: list[Actor]) -> list[_Candidate]:
    # a place after "in"/"aus" is where, not who ("wie beide Seiten in Bonn mitteilten")
    # (but "nach Angaben aus Kiew", "officials in Beijing": the capital speaks for its state)
    speaking = tuple(f"{phrase} " for phrase in kb.lexicon["source_place_phrases"])
    # ... and so is a place that qualifies a noun after it: "the Rome-based agency"
    seated = tuple(kb.lexicon["seat_suffixes"])
    located = {m.start for actor in actors if actor.type in ("location", "country") for m in actor.mentions
               if after_location_case(doc_text(doc), m.start, kb.lexicon)
               and not doc_text(doc)[max(0, m.start - 30):m.start].lower().endswith(speaking)
               or seated and doc_text(doc).startswith(seated, m.end)}
    found = [_Candidate(m.start, m.end, actor.id, actor.name, _actor_source_type(actor, kb), actor.id)
             for actor in actors for m in actor.mentions if m.start not in located]
    # a generic noun that refers back may lead a source noun pair ("according to company filings")
    generic = {(m.start, m.end) for actor in actors for m in actor.mentions if m.generic}
    named = SpanIndex((c.start, c.end) for c in found)
    proper = SpanIndex((c.start, c.end) for c in found if (c.start, c.end) not in generic)
    cues = kb.lexicon["attribution"]["prepositional"]
    states = {actor.id for actor in actors if actor.type == "country"}
    tokens = tokens_of(doc)
    for token in tokens:
        following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        pair = f"{token.lower_} {following.lower_}" if following is not None else ""
        after_pair = tokens[token.i + 2] if token.i + 2 < len(tokens) else None
        if pair in kb.lexicon["source_nouns"] and not proper.overlaps(token.idx, following.idx + len(following)) \
                and not (after_pair is not None and any(c.start == after_pair.idx and c.type in ("media", "organization")
                                                        for c in found)):
            # "air force", "intelligence officials"; but "the state news agency MTI" is MTI
            start, end = token.idx, following.idx + len(following)
            found = [c for c in found if not ((c.start, c.end) in generic and start <= c.start and c.end <= end)]
            found.append(_state_organ(_Candidate(start, end, f"noun:{pair}", doc_text(doc)[start:end],
                                                 kb.lexicon["source_nouns"][pair], None), found, states, doc, kb))
            continue
        speaker = _speaker_compound(token, kb, actors) or _speaker_phrase(token, kb, actors)
        if speaker is not None:  # "ein Gerichtssprecher", "wie ein Bahnsprecher sagte", "DFB-Sprecher"
            found.append(speaker)
            continue
        source_type = _source_noun_type(token, kb)
        if source_type is None or named.overlaps(token.idx, token.idx + len(token)):
            continue
        following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if _modifies_source_noun(token, following, kb):
            continue  # "city officials": the officials speak, "city" says whose they are
        if following is not None and named.overlaps(following.idx, following.idx + 1):
            continue  # a noun before a name describes it: "des Fahrgastverbands Pro Bahn"
        if token.i > 0 and token.is_lower and named.overlaps(token.idx - 2, token.idx - 1) \
                and not _is_demonym(doc[token.i - 1].text, kb):
            continue  # and so does a lower-case noun after it: "the Teamsters union" (not "Ukrainian officials")
        # a name after the noun belongs to it ("Staatsanwaltschaft Potsdam", "Fahrgastverbands
        # Pro Bahn"), and so do capitalised modifiers before it ("Labor Department")
        first, last = token, token
        while last.i + 1 < len(doc) and last.i - token.i < 3 and _name_part(doc[last.i + 1]):
            last = doc[last.i + 1]
        while first.i > 0 and token.i - first.i < 2 and _name_part(doc[first.i - 1]) and not doc[first.i - 1].is_sent_start:
            first = doc[first.i - 1]
        # English: "the interior ministry said", "China's commerce ministry said" (a lower-case
        # modifier after a determiner or a possessive), "according to court filings" (an institution
        # after a cue; not "according to preliminary results")
        # ... up to two of them: "the chief veterinary officer said"
        modifiers = 0
        while first is token and not token.pos_ and modifiers < 2 and token.i - modifiers > 1 \
                and doc[token.i - modifiers - 1].is_lower and doc[token.i - modifiers - 1].is_alpha \
                and not doc[token.i - modifiers - 1].is_stop:
            modifiers += 1
        leader = doc[token.i - modifiers - 1] if modifiers else None
        if modifiers and (leader.lower_ in kb.lexicon["determiners"] or leader.lower_ in kb.lexicon["possessive_markers"]):
            first = doc[token.i - modifiers]
        elif modifiers and doc[max(0, token.i - 3):token.i - 1].text.lower() in cues \
                and doc[token.i - 1].lower_ in kb.lexicon["generic_references"]:
            first = doc[token.i - 1]
        if first is token and token.i > 0 and _modifies_source_noun(doc[token.i - 1], token, kb):
            first = doc[token.i - 1]  # "according to city officials", "regional authorities said"
        start, end = first.idx, last.idx + len(last)
        name = doc_text(doc)[start:end]
        if first is last and token.lower_ not in kb.lexicon["source_nouns"]:
            name = _nominative(name, kb)  # "des Unternehmens" -> "Unternehmen"
        if first is last:
            # (a document noun too, where an organisation's name ends in it: "according to the survey"
            # after "the British Antarctic Survey")
            named_before = next((c for c in reversed(found)
                                 if c.start < start and c.name.lower().endswith(" " + name.lower())
                                 and (source_type != "document" or c.type in ("organization", "government"))), None)
            if named_before is not None:  # "the ministry said" after "Uganda's health ministry confirmed"
                found.append(replace(named_before, start=start, end=end))
                continue
        found.append(_state_organ(_Candidate(start, end, f"noun:{name.lower()}", name, source_type, None), found, states, doc, kb))
    # a demonym before a source noun modifies it: "des libanesischen Gesundheitsministeriums"
    state_nouns = kb.lexicon["state_nouns"]
    text = doc_text(doc)
    found = [c for c in found if not (c.actor and _is_demonym(text[c.start:c.end], kb) and any(
        0 <= n.start - c.end <= 2 and not text[c.end:n.start].strip() and text[n.start:n.end].lower() not in state_nouns
        for n in found))]
    # "die israelische Armee", "the Polish military command": the state speaks
    found = [c for c in found if not (c.actor is None and c.name.lower() in state_nouns and any(
        0 <= c.start - d.end <= 2 and d.actor and _is_demonym(text[d.start:d.end], kb) for d in found))]
    # a noun inside a phrase that speaks for an actor is part of it: "a company spokesperson"
    spoken_for = [c for c in found if c.actor]
    found = [c for c in found if c.actor or not any(
        d.start <= c.start and c.end <= d.end and (d.start, d.end) != (c.start, c.end) for d in spoken_for)]
    return sorted(found, key=lambda c: (c.start, c.actor is None))


def _state_organ(candidate: _Candidate, found: list[_Candidate], states: set[str], doc, kb: Knowledge) -> _Candidate:
    """A government noun a state possesses speaks for that state ("China's commerce ministry",
    "Ukraine's air force"): one source with the state, whichever of the two a verb names; not an
    office of an organisation ("NASA's inspector general"). ``states``: the ids of country actors."""
    if candidate.type != "government":
        return candidate
    text = doc_text(doc)
    state = next((c for c in found if c.actor in states and c.end < candidate.start
                  and text[c.end:candidate.start].strip() in kb.lexicon["possessive_markers"]
                  and text[c.start:c.end].lower() not in kb.demonyms), None)
    return candidate if state is None else replace(candidate, key=state.key, actor=state.actor)


def _actor_type(candidate: _Candidate, actors: list[Actor]) -> str | None:
    return next((a.type for a in actors if a.id == candidate.actor), None)


def _overlaps_any(candidate: _Candidate, spans) -> bool:
    return any(candidate.start < end and start < candidate.end for start, end in spans)


def _opens_reporting_clause(token, openers) -> bool:
    """The verb follows a comma, a closing quote or an anaphoric "Das" at the sentence start."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is None or previous.text in (",", "“", "”", '"', "»", "«") or (
        previous.is_sent_start and previous.lower_ in openers)


def _named_behind(candidate: _Candidate, in_sentence: list[_Candidate], doc, kb: Knowledge,
                  organisations: set[str]) -> _Candidate:
    """"data from the IEA", "Analysts at Jefferies", "Zahlen des Verbands": the source behind a
    carrier noun. ``organisations``: the ids of the organisation actors."""
    if candidate.actor is not None or candidate.name.lower() not in kb.lexicon["carrier_nouns"]:
        return candidate
    text = doc_text(doc)
    for other in in_sentence:
        between = text[candidate.end:other.start].split()
        # the institution may be unnamed too: "eine Sprecherin des Ministeriums"
        behind = other.actor is not None or other.name.lower() not in kb.lexicon["carrier_nouns"]
        # (a descriptor may stand between: "results from the electoral service Servel")
        if other.start >= candidate.end and behind and between and between[0].lower() in kb.lexicon["source_links"] \
                and (len(between) <= 2 or len(between) <= 4 and all(w.islower() for w in between[1:])):
            return other
    if source_noun_type(candidate.name.lower(), kb.lexicon) == "person":
        # "The company has changed ..., a spokeswoman said": the organisation she speaks for, also
        # an authority ("Messungen des Landesamts ... ergaben nach Angaben eines Sprechers"), not a medium
        speaks_for = [c for c in in_sentence if c.end <= candidate.start and c.actor in organisations and c.type != "media"]
        if speaks_for:
            return speaks_for[-1]
    return candidate


def _coordinated_before(candidate: _Candidate, in_sentence: list[_Candidate], doc, kb: Knowledge) -> _Candidate | None:
    text = doc_text(doc)
    return next((c for c in in_sentence if c.end <= candidate.start and c.actor and candidate.actor
                 and text[c.end:candidate.start].strip().lower() in kb.lexicon["coordinators"]), None)


def _continues(phrase: str, last: Source, kb: Knowledge) -> bool:
    """"the report said" continues a report, not the person quoted before it."""
    nouns = [kb.lexicon["source_nouns"][w] for w in phrase.split() if w in kb.lexicon["source_nouns"]]
    return not nouns or last.type in nouns or last.type == "media" and "media" in nouns


def _opens_attribute(between: str, kb: Knowledge) -> bool:
    """"des von der Hamas kontrollierten ...": an attribute phrase; but a link right after the cue
    names the source ("nach Einschätzung von Branchenexperten")."""
    words = between.lower().split()
    if words and words[0] in kb.lexicon["source_links"]:
        words = words[1:]
    return any(w in kb.lexicon["attribute_openers"] for w in words)


def _reported_speech(sentence, kb: Knowledge) -> bool:
    """A verb in the Konjunktiv: from the lexicon's list, or by the tagger's mood ("liege"); or a
    reportative modal with a perfect infinitive ("Die Bande soll 250 Menschen gebracht haben"; not
    "Die Brücke soll 2027 fertig sein", a plan)."""
    markers = kb.lexicon["reported_speech"]
    words = tokens_of(sentence.doc)[sentence.start:sentence.end]
    if any(t.lower_ in markers or (t.pos_ in ("VERB", "AUX") and "Sub" in t.morph.get("Mood")) for t in words):
        return True
    # (the participle may be an auxiliary's: "sollen ... verkauft worden sein")
    return any(t.lower_ in kb.lexicon["reportative_modals"] for t in words) and any(
        t.lower_ in kb.lexicon["perfect_auxiliaries"] and previous.pos_ in ("VERB", "AUX")
        for previous, t in zip(words, words[1:]))


def _verb_closes_clause(rest: str, verbs) -> bool:
    """One of the verbs follows in the same clause (before any comma)."""
    clause = rest.split(",")[0]
    return any(re.search(rf"(?<![\w]){re.escape(verb)}(?![\w])", clause) for verb in verbs)


def _last_person_before(token, candidates: list[_Candidate], actors: list[Actor]) -> _Candidate | None:
    """The last person candidate before the token, in its sentence or the one before."""
    window_start = previous_sentence_start(token.doc, token.sent.start_char)
    persons = [c for c in candidates if window_start <= c.start < token.idx and c.actor is not None and c.type == "person"]
    return persons[-1] if persons else None


def _announces_a_thing(token, sentence, kb: Knowledge) -> bool:
    """"Die IG Metall kündigte Widerstand an", "Wadephul kündigte weitere Hilfe an": the verb takes
    a thing, not what was said (no clause, no quotation, no figure), so nobody is cited."""
    dependents = children(token)
    # (the small parser may take the object after the verb for a second subject: "Die Grünen
    # kündigten ein Referendum an")
    if not any(c.pos_ == "NOUN" and (c.dep_ in ("obj", "oa") or c.dep_ == "nsubj" and c.i > token.i and any(
            s.dep_ == "nsubj" and s.i < token.i for s in dependents)) for c in dependents) \
            or any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in dependents):
        return False
    first_word = next((t.lower_ for t in sentence if not t.is_space), "")
    number_words, scales = word_set(kb.lexicon, "number_words"), word_set(kb.lexicon, "scales")
    return not (first_word in kb.lexicon["anaphoric_openers"] or any(t.text in (",", ":") for t in sentence)
                or any(t.like_num or t.is_quote or t.lower_ in scales
                       or t.lower_ in number_words and t.lower_ not in kb.lexicon["indefinite_articles"] for t in sentence))


def _speaker_noun(token, subjects, in_sentence: list[_Candidate], kb: Knowledge) -> _Candidate | None:
    """A definite common noun in a reporting clause speaks for itself: "..., sagte der
    Bürgermeister", "wie beide Seiten mitteilten", "..., the airport said", "..., forecasters
    warned". Not an indefinite one ("sagte ein Makler", "a resident said": anyone)."""
    doc = token.doc
    # the speaker follows the verb of a reporting clause (the parse may take the content's subject too)
    nouns = [s for s in subjects if s.pos_ in ("NOUN", "PROPN") and s.i > token.i]
    if nouns:
        words = list(doc[nouns[0].left_edge.i:nouns[0].i + 1])
        # a name behind the noun is the speaker's ("das Schweizer Gletschermessnetz Glamos")
        behind = list(doc[nouns[0].i + 1:nouns[0].right_edge.i + 1])
        if behind and len(behind) <= 3 and all(_name_part(t) for t in behind):
            words = behind
    elif subjects or token.pos_:
        return None  # the parse names another subject (a pronoun, a name)
    else:  # no parse: the lower-case words between a comma and the verb
        start = token.i
        while start > token.sent.start and doc[start - 1].is_alpha and token.i - start < 4:
            start -= 1
        if start == token.i or start > token.sent.start and doc[start - 1].text not in (",", ";") \
                or not _closes_the_sentence(token, kb):
            return None
        words = list(doc[start:token.i])
    if not words or words[0].lower_ in kb.lexicon["indefinite_articles"]:
        return None
    if words[0].lower_ in kb.lexicon["definite_articles"]:
        words = words[1:]
    if not words or len(words) > 3 or any(not w.is_alpha or w.lower_ in kb.lexicon["pronoun_subjects"] for w in words):
        return None
    if not nouns and any(w.is_title and not _is_demonym(w.text, kb) for w in words[1:]):
        return None  # a name, which the candidates would hold (not a demonym: "the German airline group")
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    known = [c for c in in_sentence if c.start < end <= c.end and doc_text(doc)[c.start:c.end].lower() not in kb.nationals]
    if known:  # a name or source noun the candidates hold ("..., Reuters reported" after another cue)
        return known[-1]
    # a name a common noun describes: "the FNV union said" (but "the Polish military command" is no Poland)
    inside = [c for c in in_sentence if start <= c.start and c.end <= end and not _is_demonym(doc_text(doc)[c.start:c.end], kb)]
    if inside:
        return inside[-1]
    # the longest ending that names a kind of source: "the Polish military command" is a military command
    for first in range(len(words)):
        name = _nominative(doc_text(doc)[words[first].idx:end], kb)
        source_type = source_noun_type(name.lower(), kb.lexicon)
        if source_type:
            return _Candidate(words[first].idx, end, f"noun:{name.lower()}", name, source_type, None)
    name = _nominative(doc_text(doc)[start:end], kb)
    # a role speaks as a person; one named body ("the operator", "Eurostat") as an organisation,
    # a group ("forecasters", "beide Netzbetreiber") as none of the types
    head = words[-1]
    plural = any("Plur" in w.morph.get("Number") for w in words) or not head.morph and head.lower_.endswith("s") \
        and not head.lower_.endswith("ss")
    source_type = "person" if is_title_word(head.lower_, kb) else "other" if plural else "organization"
    return _Candidate(start, end, f"noun:{name.lower()}", name, source_type, None)


def _first_subject(token, options: list[_Candidate], doc, kb: Knowledge, whole_sentence: bool = False) -> list[_Candidate]:
    """A second verb after "and" shares the clause's subject ("Kremlin spokesman Dmitry Peskov
    accused NATO of ... and said"): the first names of the clause, not the object nearest the
    verb; of a title's organisation and the person, the person; of a possessor and what it
    possesses, the possessed ("Cambodia's defence ministry"). A participle after a comma
    shares the sentence's ("Rahul Gandhi criticized the government ..., saying ...")."""
    text = doc_text(doc)
    start = token.sent.start_char if whole_sentence else clause_start(text, token.sent.start_char, token.idx)
    before = [c for c in options if start <= c.start and c.end <= token.idx]
    if not before:
        return []
    group = [before[0]]
    for candidate in before[1:]:
        between = text[group[-1].end:candidate.start].split()
        # a title between them belongs to the name: "Texas Attorney General Ken Paxton", also after a
        # possessor and with the words that qualify it: "Canada's labour minister Steven MacKinnon"
        title = between[1:] if between and between[0] in kb.lexicon["possessive_markers"] else between
        titled = 0 < len(title) <= 3 and is_title_word(title[-1].lower(), kb)
        if len(between) > 1 and not titled and not all(w[:1].isupper() or is_title_word(w.lower(), kb) for w in between):
            break
        group.append(candidate)
    # a possessor qualifies the noun after it: "Cambodia's defence ministry denied ... and said"
    possessed = [c for previous, c in zip(group, group[1:])
                 if text[previous.end:c.start].strip() in kb.lexicon["possessive_markers"]]
    return ([c for c in group if c.type == "person"] or possessed or group)[:1]


def _apposed_subject(token, options: list[_Candidate], kb: Knowledge) -> list[_Candidate]:
    """Without a parse, "Lin Jian, a spokesman for China's foreign ministry, told reporters",
    "Europol, which helped with the investigation, said": the verb after an apposition or a
    relative clause belongs to the name before it, not to the name inside it."""
    doc, text = token.doc, doc_text(token.doc)
    if token.i == 0 or doc[token.i - 1].text != ",":
        return []
    opening = text.rfind(",", token.sent.start_char, doc[token.i - 1].idx)
    inserted = text[opening + 1:doc[token.i - 1].idx].split()
    if opening == -1 or not inserted or inserted[0].lower() not in kb.lexicon["apposition_openers"]:
        return []
    named = [c for c in options if c.end <= opening and not text[c.end:opening].strip()]
    return ([c for c in named if c.type == "person"] or named)[:1]


def _read_as_noun(token, kb: Knowledge) -> bool:
    """Without a tagger, "its revenue forecast for the year", "a previous forecast of 15.2 billion",
    "from its September estimate.":
    a speech word that is a noun too, after a determiner and one modifier and before a preposition
    or punctuation, or before a noun it qualifies, is the noun."""
    doc = token.doc
    if token.lower_ not in word_set(kb.lexicon, "speech_nouns") or token.i < 2 or token.i + 1 >= len(doc):
        return False
    determiner, modifier, following = doc[token.i - 2], doc[token.i - 1], doc[token.i + 1]
    if following.is_lower and (following.lower_ in kb.lexicon["source_nouns"] or following.lower_ in kb.lexicon["generic_references"]):
        return True  # it qualifies the noun after it: "state broadcaster CCTV reported", "state media said"
    if modifier.text in kb.lexicon["possessive_markers"] and following.is_lower and following.is_alpha:
        return True  # what a possessor owns: "Egypt's state grain buyer"
    if plural_verb_after_a_name(token, kb.lexicon):
        return True  # "in Zamfara state early on Wednesday"
    if modifier.lower_ in kb.lexicon["noun_followers"] and modifier.lower_ not in kb.lexicon["infinitive_markers"] \
            and following.is_lower and following.is_alpha:
        return True  # after a preposition: "said on state television", "in state media"
    if not (following.lower_ in kb.lexicon["noun_followers"] or following.is_punct):
        return False
    # "the capital of Borno state,", "police in Kano state said": a place's name before it
    place_name = modifier.is_title and determiner.lower_ in (*kb.lexicon["name_joiners"], *kb.lexicon["location_cases"])
    # the modifier may be a name: "down 9% from its September estimate."
    return place_name or determiner.lower_ in kb.lexicon["determiners"] and modifier.is_alpha \
        and (modifier.is_lower or modifier.is_title and not modifier.is_sent_start)


def _closes_the_sentence(token, kb: Knowledge) -> bool:
    """Only punctuation follows the verb, or a short time or place phrase ("..., prosecutors said
    on Thursday.", "..., officials said in a statement.")."""
    rest = [t for t in token.doc[token.i + 1:token.sent.end] if not t.is_space]
    if not rest or rest[0].is_punct:
        return True
    return rest[0].lower_ in kb.lexicon["reporting_tails"] and len(rest) <= 5 and rest[-1].is_punct


def _ends_reporting_clause(candidate: _Candidate, doc, kb: Knowledge) -> bool:
    """Untagged text: an inverted reporting clause ends with its speaker ("..., said the company.",
    "..., said Jane Doe, the chief executive", "..., said the ministry on Monday"); in "X, a
    spokesman, said the company would ..." the noun after the verb begins what was said."""
    following = first_token_at_or_after(doc, candidate.end)
    return following >= len(doc) or doc[following].is_punct or doc[following].lower_ in kb.lexicon["reporting_tails"] \
        or doc[following].lower_ in kb.lexicon["clause_openers"]


def _spoke_through_a_speaker(source: Source, kb: Knowledge) -> bool:
    """The source's last attribution names a spokesperson of it ("ein Sprecher der Polizei",
    "a spokesman for Punjab police", "Polizeisprecher")."""
    if not source.attributions:
        return False
    last = source.attributions[-1]
    # the words of the attribution and up to three before it in its sentence
    at = last.sentence.find(last.text)
    before = last.sentence[:at].lower().split()[-3:] if at >= 0 else []
    words = before + re.findall(r"\w+", last.text.lower())
    heads = kb.lexicon["speaker_phrase_heads"] + kb.lexicon["speaker_compound_heads"]
    return any(word.endswith(head) for word in words for head in heads)


def _is_pronoun_subject(token, subjects, pronouns) -> bool:
    """A pronoun is the speaker when the parse says so, when it stands right before the verb
    ("er sagte", "he said"), or right after it at the end of a reporting clause ("..., sagte
    er."); not in "X said it had ...", where it begins what was said."""
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    # (a quotation opening after the pronoun begins what was said: 'said it "firmly rejects" ...')
    following = doc[after.i + 1] if after is not None and after.i + 1 < len(doc) else None
    closing = after is not None and (following is None or following.is_punct and (
        not following.is_quote or following.i + 1 == len(doc) or doc[following.i + 1].is_punct))
    return (any(t.lower_ in pronouns for t in subjects) or (before is not None and before.lower_ in pronouns)
            or (after is not None and after.lower_ in pronouns and closing))


_PHRASES: dict[tuple[str, ...], tuple[re.Pattern, list[tuple[str, re.Pattern]]]] = {}


def _phrase_patterns(phrases, text: str) -> list[tuple[str, re.Pattern]]:
    """Each cue phrase that occurs in the text, with its regex at word boundaries (", so" follows
    a word), compiled once; none when no phrase occurs as a word (one search instead of one per
    phrase: most sentences hold no cue)."""
    key = tuple(phrases)
    compiled = _PHRASES.get(key)
    if compiled is None:
        word_start = r"(?<![\w])"
        patterns = [(p, (word_start if p[0].isalnum() else "") + re.escape(p) + r"(?![\w])") for p in phrases]
        words = [p for p in phrases if p[0].isalnum()]
        others = [p for p in phrases if not p[0].isalnum()]
        any_phrase = "|".join([*([rf"{word_start}(?:{trie_alternation(words)})(?![\w])"] if words else []),
                               *([rf"(?:{trie_alternation(others)})(?![\w])"] if others else [])])
        compiled = _PHRASES[key] = (re.compile(any_phrase or r"(?!)"), [(p, re.compile(pattern)) for p, pattern in patterns])
    any_phrase, each = compiled
    return [(p, pattern) for p, pattern in each if p in text] if any_phrase.search(text) else []


_QUOTATION = re.compile(r'[„“"»«]([^„“”"»«]+)[“”"«»]')


@functools.lru_cache(maxsize=8)  # one set per language: the same object, a fast cache key for could_be
def _reporting_verbs(kb: Knowledge) -> frozenset[str]:
    """Speech, clause speech and counting verbs together."""
    return frozenset().union(*(word_set(kb.lexicon, "attribution", name)
                               for name in ("speech_verbs", "clause_speech_verbs", "counting_verbs")))


def _has_speech_word(sentence, kb: Knowledge) -> bool:
    """A speech verb by its form or lemma alone, whatever particle the parse gave it."""
    verbs = word_set(kb.lexicon, "attribution", "speech_verbs")
    return any(t.lower_ in verbs or t.lemma_.lower() in verbs for t in sentence)


def _words_between(text: str) -> int:
    return len(re.findall(r"[\w„“\"]+", text))


def extract_sources(doc: Doc, kb: Knowledge, actors: list[Actor]) -> tuple[list[Source], list[SentenceSources]]:
    """Sources in order of first attribution, and for each attributed sentence what covers it."""
    cues = kb.lexicon["attribution"]
    prepositional = sorted(cues["prepositional"], key=len, reverse=True)  # "beruft sich auf" before "sich auf"
    candidates = _candidates(doc, kb, actors)
    candidate_starts = [c.start for c in candidates]
    sources: dict[str, Source] = {}
    covered: list[SentenceSources] = []
    last_primary: Source | None = None
    introduced: Source | None = None  # the source of a sentence that ends in a colon
    said: SentenceSources | None = None  # the sentence before, when it has a source

    second_speakers: list[SentenceSources] = []  # later clauses of a sentence with a speaker of their own

    def attribute(candidate: _Candidate, cue: str, sentence, into: SentenceSources, chained: bool, at: int,
                  own_clause: bool = False) -> Source:
        source = sources.get(candidate.key)
        if source is None:
            source = sources[candidate.key] = Source(candidate.key, candidate.name, candidate.type, candidate.actor)
        source.attributions.append(Attribution(cue, doc_text(doc)[candidate.start:candidate.end], candidate.start,
                                               candidate.end, sentence.text.strip()))
        if chained:
            into.cited.append(source)
        elif into.primary is None:
            into.primary, into.cue = source, at
        elif own_clause and into.primary is not source and into.cue is not None and candidate.start > into.cue:
            # "Die Organisatoren sprachen von 100.000 Teilnehmern, das Innenministerium nannte 38.000":
            # a second speaker whose clause follows a comma covers that clause
            comma = doc_text(doc).rfind(",", into.cue, candidate.start)
            if comma != -1:
                second_speakers.append(SentenceSources(comma + 1, into.end, source, cue=at))
                into.end = comma + 1
        return source

    demonym_cited = _demonym_cited(actors, doc, kb)  # "nach russischen Angaben"
    organisations = {actor.id for actor in actors if actor.type == "organization"}
    reporting_verbs = _reporting_verbs(kb)
    for sentence in sentences(doc):
        lowered = sentence.text.lower()
        base = sentence.start_char
        in_sentence = candidates[bisect.bisect_left(candidate_starts, sentence.start_char):
                                 bisect.bisect_left(candidate_starts, sentence.end_char)]
        here = SentenceSources(sentence.start_char, sentence.end_char)
        used_spans: list[tuple[int, int]] = []
        for phrase, pattern in _phrase_patterns(cues["continuation"], lowered):
            match = pattern.search(lowered)
            if match and last_primary is not None and _continues(phrase, last_primary, kb):
                start, end = base + match.start(), base + match.end()
                used_spans.append((start, end))
                last_primary.attributions.append(Attribution(phrase, doc_text(doc)[start:end], start, end,
                                                             sentence.text.strip()))
                here.primary = here.primary or last_primary
        for candidate in [c for c in demonym_cited if sentence.start_char <= c.start < sentence.end_char]:
            attribute(candidate, "Angaben", sentence, here, False, candidate.start)
            used_spans.append((candidate.start, candidate.end))
        chained_keys = set()
        cited_phrases = []  # from a prepositional cue to the source it names: "according to state estimates"
        for phrase, pattern in _phrase_patterns(prepositional, lowered):
            rule = cues["prepositional"][phrase]
            for match in pattern.finditer(lowered):
                start, end = base + match.start(), base + match.end()
                if any(s < end and start < e for s, e in used_spans):
                    continue  # inside a longer cue already read ("beruft sich auf" holds "sich auf")
                used_spans.append((start, end))
                if rule.get("requires") and not any(word in lowered for word in rule["requires"]):
                    continue
                if rule.get("no_places"):  # "Zugunglück in Baden-Württemberg: Drei Tote" names no source
                    in_sentence_here = [c for c in in_sentence if _actor_type(c, actors) not in ("location", "country")]
                else:
                    in_sentence_here = in_sentence
                if rule["position"] == "last_person":
                    candidate = _last_person_before(doc[first_token_at_or_after(doc, start)], candidates, actors)
                elif rule["position"] == "subject":
                    # "nach eigenen Angaben": the clause's own subject, which leads the sentence
                    options = [c for c in in_sentence if not _overlaps_any(c, used_spans)]
                    candidate = options[0] if options else None
                elif rule["position"] == "after":
                    # "nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums": an
                    # attribute phrase lengthens the noun phrase, and the actor inside it is not the source
                    options = [c for c in in_sentence if c.start >= end and "," not in doc_text(doc)[end:c.start]
                               and _words_between(doc_text(doc)[end:c.start]) <= rule["gap"] + (
                                   6 if _opens_attribute(doc_text(doc)[end:c.start], kb) else 0)]
                    options = [c for c in options if not _opens_attribute(doc_text(doc)[end:c.start], kb)
                               or _words_between(doc_text(doc)[end:c.start]) > 3]
                    # a demonym qualifies the noun after it: "according to the Israeli prime
                    # minister's office" is the office
                    # ... and so does a possessor ("according to NASA's inspector general")
                    between = doc_text(doc)[options[0].end:options[1].start] if len(options) > 1 else ""
                    if len(options) > 1 and options[0].actor and "," not in between and (
                            _is_demonym(doc_text(doc)[options[0].start:options[0].end], kb) and _words_between(between) <= 3
                            or between.strip() in kb.lexicon["possessive_markers"]):
                        options = options[1:]
                    candidate = _named_behind(options[0], in_sentence, doc, kb, organisations) if options else None
                    if candidate is not None and rule.get("requires") and rule["position"] == "after" \
                            and not _verb_closes_clause(doc_text(doc)[candidate.end:sentence.end_char].lower(), rule["requires"]):
                        candidate = None  # "so hoch wie in den USA, sagte er" compares; "wie die Polizei mitteilte" cites
                else:
                    options = [c for c in in_sentence_here if c.end <= start
                               and _words_between(doc_text(doc)[c.end:start]) <= rule["gap"]]
                    candidate = options[-1] if options else None
                if candidate is not None:
                    attribute(candidate, phrase, sentence, here, rule.get("chained", False), start)
                    cited_phrases.append((start, max(end, candidate.end)))
                    if rule.get("chained"):
                        chained_keys.add(candidate.key)
        sentence_tokens = tokens_of(doc)[sentence.start:sentence.end]
        for token in sentence_tokens:
            compound = _compound_source(token, kb, actors)
            if compound is not None:
                attribute(compound, token.text, sentence, here, False, token.idx)
        pronouns = set(kb.lexicon["pronoun_subjects"])
        for token in sentence_tokens:
            if token.pos_ in ("NOUN", "PROPN", "DET", "ADP", "PUNCT") or not could_be(token, kb.lexicon, reporting_verbs):
                continue  # (one cheap test for the three verb lists below spares most tokens)
            if any(start <= token.idx < end for start, end in cited_phrases):
                continue  # a word of the source a cue names: "according to state estimates" ("state" says nothing)
            speech = is_speech_verb(token, kb.lexicon) or is_clause_speech_verb(token, kb.lexicon)
            counting = not speech and is_counting_verb(token, kb.lexicon)
            if not (speech or counting) or speech and _announces_a_thing(token, sentence, kb):
                continue
            if counting and (here.primary is not None or any(
                    t is not token and t.pos_ in ("VERB", "") and is_speech_verb(t, kb.lexicon) for t in sentence_tokens)):
                # "X said it had recorded 190,000 cases", "Die Polizei habe 1.200 Fälle registriert,
                # sagte der Minister": who says so is the source, whoever counted
                continue
            if not token.pos_ and ((token.is_title and not token.is_sent_start) or (
                    token.i > 0 and doc[token.i - 1].lower_ in kb.lexicon["determiners"]) or _read_as_noun(token, kb)):
                continue  # no tagger: "Secretary of State" is a name, "the state news agency" a noun
            if token.i > 0 and doc[token.i - 1].lower_ in kb.lexicon["clause_openers"] \
                    and is_present_participle(token.lower_, kb.lexicon):
                continue  # "after finding that it had abused": a finding, nobody speaking
            if token.i > 0 and doc[token.i - 1].lower_ in kb.lexicon["infinitive_markers"] or token.i > 1 \
                    and doc[token.i - 1].lower_ in kb.lexicon["passive_auxiliaries"] \
                    and doc[token.i - 2].lower_ in kb.lexicon["infinitive_markers"]:
                continue  # "urged residents to report symptoms", "results were due to be announced": nobody has spoken
            if token.i > 0 and doc[token.i - 1].lower_ in kb.lexicon["passive_auxiliaries"] \
                    and token.lower_ in kb.lexicon["attribution"]["passive_not_speech"]:
                continue  # "bird flu was found at two farms": found, not a finding anyone reports
            # the subject of a perfect may hang on its auxiliary ("Die Wahlbeobachter der OSZE hatten
            # ... berichtet"); a noun after a preposition is none ("am Wahltag")
            subjects = [c for c in children(token) if c.dep_ in SUBJECT_DEPS and doc[c.left_edge.i].pos_ != "ADP"] or [
                g for c in children(token) if c.dep_ == "aux" for g in children(c) if g.dep_ in SUBJECT_DEPS]
            if token.i > 0 and doc[token.i - 1].text == ",":
                # "Betroffen seien die Steillagen zwischen A und B, sagte Clüsserath": a verb right
                # after the comma opens the reporting clause; a "subject" before it is the content's
                subjects = [s for s in subjects if s.i > token.i]
            own_clause_subject = any(doc[s.left_edge.i - 1].text == "," for s in subjects if s.left_edge.i > 0)
            if token.dep_ == "conj" and not own_clause_subject:
                # "telefonierte ... und warnte": the first verb's subject (the small parser often takes
                # the first verb's object for the second one's subject); but after a comma a clause
                # has its own ("..., die Polizei nannte eine Zahl von 3.000")
                subjects = [c for c in children(token.head) if c.dep_ in SUBJECT_DEPS] or subjects
            options = [c for c in in_sentence if c.key not in chained_keys and not _overlaps_any(c, used_spans)
                       and not (counting and _actor_type(c, actors) in ("location", "country"))]
            chosen = []
            for subject in subjects:
                subtree = list(subject.subtree)
                # the name right after a descriptor is the subject's, wherever the parse hangs it
                # ("Der Sozialverband VdK kritisierte", where VdK came out as the object)
                named = subtree[-1].i + 1 < len(doc) and any(
                    c.actor and c.start == doc[subtree[-1].i + 1].idx for c in options)
                if named and is_generic_reference(subtree[-1].lower_, kb):  # "Sozialverband", "the union"
                    subtree.append(doc[subtree[-1].i + 1])
                # a demonym qualifying the speaker is not the speaker ("die deutsche Stahlbranche
                # meldete"), unless the speaker is the state's army ("die israelische Armee")
                chosen += [c for c in options if subtree[0].idx <= c.start < subtree[-1].idx + len(subtree[-1])
                           and not (_is_demonym(doc_text(doc)[c.start:c.end], kb) and c.actor
                                    and subject.lower_ not in kb.lexicon["state_nouns"])]
            # a named actor before a generic noun, a named person before a named country
            # ("US-Außenminister Antony Blinken warnte"), an institution before a role ("Sprecher der Polizei")
            chosen.sort(key=lambda c: (c.actor is None, c.type != "person", c.actor is None and c.type == "person"))
            if not chosen and _is_pronoun_subject(token, subjects, pronouns):
                # "..., sagte er": the person last named, here or in the sentence before; never
                # a country or place that happens to stand nearer
                person = _last_person_before(token, candidates, actors)
                if person is not None:
                    attribute(person, token.text, sentence, here, False, token.idx)
                elif last_primary is not None and (last_primary.type == "person" or _spoke_through_a_speaker(last_primary, kb)):
                    # ("a spokesman for Punjab police told reporters. ..., he said": the spokesman goes on)
                    here.primary = here.primary or last_primary
                continue
            reporting = _opens_reporting_clause(token, kb.lexicon["anaphoric_openers"])
            # "sagte der CSU-Politiker", "Der Glaziologe warnte": a role noun is the person named last
            following = list(doc[token.i + 1:token.i + 3]) if reporting else []
            role = [t for t in [*subjects, *following] if t.pos_ in ("NOUN", "")
                    and t.text[:1].isupper() and is_title_word(t.lower_.rsplit("-", 1)[-1], kb)]
            if role and all(r.idx <= c.start < r.idx + len(r) for c in chosen for r in role[:1]) \
                    and not any(c.actor and c.start == role[0].idx and c.end == role[0].idx + len(role[0]) for c in chosen):
                chosen = []  # "der CSU-Politiker": the party in the compound is not the speaker (a "Gerichtssprecher" speaks for it)
            if not chosen and role:
                person = _last_person_before(token, candidates, actors)
                if person is not None:
                    chosen = [person]
            if not chosen and (reporting or not subjects) and not here.primary:
                speaker = _speaker_noun(token, subjects, in_sentence, kb)
                chosen = [speaker] if speaker is not None else []
            if not chosen and any(t.pos_ == "NOUN" and (t.i > token.i or not reporting) for t in subjects):
                # the parse names a speaker who is no source ("sagte ein Makler", "die Chemieindustrie
                # meldete"); in "Die Preise steigen, schrieb die „Rheinpost“" the subject is misread
                continue
            if not chosen:
                # no parse: in a reporting clause after the
                # content ("..., berichtete der Sender X", "..., said X") the source follows
                # the verb; otherwise it is the nearest one before it
                # ("Mark Smith, a spokesman, said 15 ..." has the comma of an apposition:
                # with no source right after the verb, the nearest one before it)
                # "..., saying": a participle after a comma has the sentence's subject, not a word after it
                participle = not token.pos_ and token.i > 0 and doc[token.i - 1].text == "," \
                    and is_present_participle(token.lower_, kb.lexicon)
                if participle and (here.primary is not None or any(
                        is_speech_verb(t, kb.lexicon) and doc[t.i - 1].lower_ not in kb.lexicon["determiners"]
                        for t in doc[token.i + 1:sentence.end])):
                    # "..., the office said on Friday, confirming ...": the speaker goes on; "...,
                    # adding 140 companies to a blacklist, the Commerce Department said": the
                    # reporting clause after it names the speaker
                    continue
                if participle:
                    chosen = _first_subject(token, options, doc, kb, whole_sentence=True)
                if reporting and not token.pos_ and not chosen:
                    chosen = _apposed_subject(token, options, kb)
                if reporting and not chosen and not participle:
                    after = [c for c in options if c.start > token.idx
                             and _words_between(doc_text(doc)[token.idx + len(token):c.start]) <= 3
                             and (token.pos_ or _ends_reporting_clause(c, doc, kb))]
                    # "teilte Nato-Generalsekretär Mark Rutte mit": the person, not the title's organisation
                    chosen = ([c for c in after if c.type == "person"] or after)[:1]
                # the nearest before, a place only when nothing else is there (but "..., fügt
                # das Portal hinzu" continues the source the sentence already has)
                if not chosen and not token.pos_ and token.i > 0 and doc[token.i - 1].lower_ in kb.lexicon["coordinators"]:
                    chosen = _first_subject(token, options, doc, kb)  # "X accused NATO of ... and said"
                if not chosen and not (reporting and here.primary):
                    before = [c for c in options if c.end <= token.idx]
                    chosen = ([c for c in before if c.type != "government" or c.actor is None
                               or _actor_type(c, actors) != "location"] or before)[-1:]
                if not chosen and token.i - sentence.start <= 3:
                    # verb second, subject after it: "Am Montag teilte die Stadtverwaltung mit"
                    chosen = [c for c in options if c.start > token.idx
                              and _words_between(doc_text(doc)[token.idx + len(token):c.start]) <= 2][:1]
            if chosen:
                chosen = [_named_behind(chosen[0], in_sentence, doc, kb, organisations)]
                if chosen[0].actor is None and source_noun_type(chosen[0].name.lower(), kb.lexicon) == "person" \
                        and last_primary is not None and last_primary.actor in organisations:
                    # "China's commerce ministry said ... . Beijing rejects ..., a spokesperson said": with no
                    # organisation of its own sentence before it, the spokesperson is the last one's
                    chosen = [replace(chosen[0], key=last_primary.key, name=last_primary.name, type=last_primary.type,
                                      actor=last_primary.actor)]
                # "the World Health Organization and UNICEF said": both speak, the first leads
                partner = _coordinated_before(chosen[0], in_sentence, doc, kb)
                if partner is not None:
                    attribute(partner, token.text, sentence, here, False, token.idx)
                attribute(chosen[0], token.text, sentence, here, False, token.idx,
                          own_clause=not _closes_the_sentence(token, kb))
                # "Witnesses told Reuters", "sagte Lauterbach der Deutschen Presse-Agentur": the
                # outlet that was told reports it, a source in the chain too
                outlet = next((c for c in in_sentence if c.type == "media" and c is not chosen[0] and c.start > token.idx
                               and _words_between(doc_text(doc)[max(token.idx + len(token), chosen[0].end):c.start]) <= 2), None)
                if outlet is not None:
                    attribute(outlet, token.text, sentence, here, True, token.idx)
        if here.primary is None and not here.cited:
            # "Pedro Sanchez called the heat "a warning that climate change kills"": a quotation
            # with no cue belongs to the person named before it in its sentence
            quote = _QUOTATION.search(sentence.text)
            if quote is not None and len(quote.group(1).split()) >= 3 \
                    and not _has_speech_word(sentence, kb):  # a speech verb names its own speaker
                opening = sentence.start_char + quote.start()
                # (or the organisation that opens the sentence: "Reporters Without Borders called the
                # decision "a new blow to ..."", not one in the clause before it); never a place
                persons = [c for c in in_sentence if c.type == "person" and c.actor and c.end <= opening]
                bodies = [c for c in in_sentence if c.actor and c.end <= opening
                          and _actor_type(c, actors) == "organization" and c.type != "media"
                          and _words_between(doc_text(doc)[sentence.start_char:c.start]) <= 1]  # the subject
                speaker = persons[-1:] or bodies[:1]
                if speaker:
                    attribute(speaker[0], "quotation", sentence, here, False, opening)
        if here.primary is None and introduced is not None:
            here.primary = introduced  # "Umfrage:" and what follows the colon
        if here.primary is None and said is not None and _reported_speech(sentence, kb) \
                and "\n" not in doc_text(doc)[said.end:sentence.start_char]:
            here.primary = said.primary  # "Ein Sprecher sagte, ... . Zwei Verdächtige würden gesucht."
        introduced = here.primary if sentence.text.rstrip().endswith(":") else None
        # reported speech continues the paragraph's last source across sentences that name none
        # ("Das kündigte X an. Betroffen sind ... . Der Umsatz sei ... gesunken.")
        said = here if here.primary is not None else said
        if here.cue is not None:
            here.covers_from = _contrast_clause_start(doc, sentence, here.cue, kb)
        covered += second_speakers
        second_speakers.clear()
        if here.primary or here.cited:
            covered.append(here)
            if here.primary:
                last_primary = here.primary
            words = [t for t in sentence if not t.is_space][:2]
            # "Das teilte X mit", "Das Rauschgift war ..., wie X mitteilte" point back; in "Das
            # Bundesamt ... verzeichnete" the word is the article of a name
            pointing = len(words) == 2 and words[0].lower_ in kb.lexicon["anaphoric_openers"] \
                and not any(c.start == words[1].idx for c in in_sentence)
            if here.primary and pointing:
                _cover_previous(doc, sentence, here.primary, covered)
    covered = _fill_paragraph_gaps(doc, sorted(covered, key=lambda c: c.start))
    result = sorted(sources.values(), key=lambda s: s.attributions[0].start)
    for i, source in enumerate(result, 1):
        source.id = f"s{i}"
        source.attributions.sort(key=lambda a: a.start)
    return result, covered


def _demonym_cited(actors: list[Actor], doc: Doc, kb: Knowledge) -> list[_Candidate]:
    """A state named by its demonym between a cue's preposition and noun: "nach russischen Angaben",
    "nach ukrainischen Schätzungen" (lexicon: demonym_cues)."""
    text, cues = doc_text(doc), kb.lexicon["demonym_cues"]
    cited = []
    for actor in actors:
        for m in actor.mentions:
            if m.text not in kb.demonyms:
                continue
            before = text[max(0, m.start - 12):m.start].lower().split()[-1:]
            after = text[m.end:m.end + 24].lower().split()[:1]
            if before and after and after[0].strip(",.;") in cues.get(before[0], ()):
                cited.append(_Candidate(m.start, m.end, actor.id, actor.name, _actor_source_type(actor, kb), actor.id))
    return cited


def _contrast_clause_start(doc: Doc, sentence, cue: int, kb: Knowledge) -> int | None:
    """"Japan pledged $2 million, while the UN said it was ready to help": a cue after a contrast
    connective covers its own clause only; a reporting clause that ends the sentence ("..., while
    profits fell 3 percent, the company said") covers it all."""
    text = doc_text(doc)
    connectives = word_set(kb.lexicon, "contrast_connectives")
    boundaries = [m.start() for m in re.finditer(r",\s+(\w+)", text[sentence.start_char:cue]) if m.group(1).lower() in connectives]
    if not boundaries:
        return None
    cue_token = doc[first_token_at_or_after(doc, cue)]
    rest = text[cue_token.idx + len(cue_token):sentence.end_char]
    if len(re.findall(r"\w+", rest)) <= 2:  # "..., the company said." / "..., said a spokesman."
        return None
    return sentence.start_char + boundaries[-1]


def _cover_previous(doc: Doc, sentence, source: Source, covered: list[SentenceSources]) -> None:
    """"Das teilte X mit": the previous sentence of the paragraph is X's too, unless it has a source."""
    previous = [s for s in sentences(doc) if s.end_char <= sentence.start_char]
    if not previous or "\n" in doc_text(doc)[previous[-1].end_char:sentence.start_char]:
        return
    if not any(c.start == previous[-1].start_char for c in covered):
        covered.append(SentenceSources(previous[-1].start_char, previous[-1].end_char, source))


def _fill_paragraph_gaps(doc: Doc, covered: list[SentenceSources]) -> list[SentenceSources]:
    """A sentence between two sentences of one paragraph attributed to the same source is
    covered by it too ("Laut X ... . <sentence> . ..., fügt das Portal hinzu.")."""
    filled = list(covered)
    for first, second in zip(covered, covered[1:]):
        if first.primary is None or first.primary is not second.primary or "\n" in doc_text(doc)[first.end:second.start]:
            continue
        for sentence in sentences(doc):
            if first.end <= sentence.start_char and sentence.end_char <= second.start:
                filled.append(SentenceSources(sentence.start_char, sentence.end_char, first.primary))
    return sorted(filled, key=lambda c: c.start)


def covering_source(position: int, covered: list[SentenceSources]) -> Source | None:
    """The source that covers the sentence (or clause) at ``position``: its primary one, else the one it cites."""
    for sentence in covered:
        if (sentence.covers_from or sentence.start) <= position < sentence.end:
            return sentence.source
    return None


def hearsay_sentences(covered: list[SentenceSources]) -> dict[int, set[str]]:
    """Starts of the sentences covered by a second-hand source (media, anonymous, intelligence,
    document), each with the actor ids of those sources (what one tells of its own deeds is first-hand)."""
    hearsay: dict[int, set[str]] = {}
    for c in covered:
        if c.source is not None and c.source.type in HEARSAY_TYPES:
            hearsay.setdefault(c.start, set()).update([c.source.actor] if c.source.actor else [])
    return hearsay
