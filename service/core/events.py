"""Events: who did what to whom, when, where, and how certain the text is.

Triggers are verbs and event nouns from the language's trigger lexicon, mapped to
PLOVER categories. A verb's lemma comes from the pipeline, with a separable particle
joined ("führte ... durch" -> "durchführen") and participle patterns from the lexicon
as a fallback ("abgefeuert" -> "abfeuern").

Roles come from the dependency parse when the pipeline has one: the subject (of the
trigger, or of the verb it depends on: "Nordkorea erwägt, ... zu entsenden") is the
agent, except in the passive, where "von"/"by" marks it; objects and objects of target
prepositions ("gegen", "against") are targets; places after location prepositions are
locations. Without a parse the fallback is positional: a person right before the
trigger, else the first actor of the sentence that is not a place after "in", is the
agent; a verb after "and" shares the agent of the verb before it; actors after the
trigger are targets. A trigger word with two senses takes its type from the words around
it ("strike" among workers is PROTEST). Mentions of one occurrence merge into one event
(see ``_merge`` and ``_merge_headline``); every trigger word stays in ``mentions``.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from service.core.actors import Actor
from service.core.dates import DateMatch, is_future, resolve_relative
from service.core.knowledge import Knowledge
from service.core.text import (DERIVED_WORD_CACHE_SIZE, PARTICLE_DEPS, SpanIndex, after_location_case, clause_start, could_be, doc_text,
                               ending_pattern, first_token_at_or_after, has_parse, is_present_participle, is_speech_verb, is_title_word,
                               lemma_forms, long_words, plural_verb_after_a_name, previous_sentence_start, sentences, source_noun_type, tokens_of,
                               word_set)

SUBJECT_DEPS = {"nsubj", "sb", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubj:pass", "sbp"}
PASSIVE_AUXILIARY_DEPS = {"aux:pass"}
OBJECT_DEPS = {"obj", "iobj", "da", "oa", "dobj", "dative"}
NON_CORE_DEPS = {"nmod", "nmod:poss", "acl", "acl:relcl", "obl", "advcl", "punct", "appos", "ag"}
NEVER_TRIGGER_POS = {"DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "NUM", "PART", "SPACE", "SYM"}
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
    occurrences: list[int] = field(default_factory=list)  # sentence starts of every mention
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # every trigger word told
    anaphoric: bool = False  # a noun after a definite article: "kritisierte die Einigung"
    nominal: bool = False  # told by a noun ("Großrazzia"), not a verb
    coordinated: bool = False  # after "and": "called for ... and urged" are two acts
    past: bool = False  # told in a past tense ("wurden ... geschickt", "were sent")
    subject: bool = False  # the parse gives the trigger a subject of its own, actor or not ("Die Beamten stellten")
    id: str = ""


def trigger_lemma(token: Token, kb: Knowledge) -> str | None:
    """The lexicon key a token triggers, or None."""
    triggers = kb.lexicon["triggers"]
    if could_be(token, kb.lexicon, word_set(kb.lexicon, "triggers")):
        for candidate in lemma_forms(token, kb.lexicon):
            if candidate in triggers:
                return candidate
    # compounds: "Militärhilfe" ends in "hilfe"; plurals: "Durchsuchungen"
    # (a capitalised word inside a German sentence is a noun, whatever the small tagger says),
    # also inflected: "Luftangriffen"
    # (also after an acronym: "UN-Sanktionen", "EU-Hilfen")
    capitalised = token.is_title or (token.text[:1].isupper() and token.text.rsplit("-", 1)[-1].istitle())
    if capitalised and (token.pos_ in ("NOUN", "") or not token.is_sent_start):
        return _compound_trigger(token.lower_, kb)
    return None


@functools.lru_cache(maxsize=DERIVED_WORD_CACHE_SIZE)  # asked for every capitalised word; words are open-ended
def _compound_trigger(word: str, kb: Knowledge) -> str | None:
    """The trigger a noun ends in, or an inflected form of it: "militärhilfe" -> "hilfe",
    "durchsuchungen" -> "durchsuchung" (an inflected noun the lemmatizer missed)."""
    keys = long_words(kb.lexicon, "triggers", 5)
    match = ending_pattern(keys, "(?:e?n|e?s)?").search(word)
    if match:
        ending = word[match.start():]
        key = max((k for k in keys if ending.startswith(k)), key=len)
        if match.start() > 0 or ending != key:
            return key
    return None


def _event_time(token: Token, sentence, dates: list[DateMatch], reference, kb: Knowledge,
                speech_trigger: bool, planned: bool = False) -> DateMatch | None:
    """An absolute date in the sentence, else a relative expression resolved against the
    reference; not the time of a statement about the event ("..., officials said on Saturday"),
    unless the event is that statement."""
    text = doc_text(token.doc)
    clause_begin = clause_start(text, sentence.start_char, token.idx)
    clause_end = text.find(",", token.idx, sentence.end_char)
    clause_end = sentence.end_char if clause_end == -1 else clause_end
    # a month or a year is the time of its own clause only ("Student groups, who have led the
    # movement since ... collapsed in November, called for elections" is not dated)
    # an event in a background phrase is dated only by what follows it ("voted on Monday ... during
    # protests": Monday is the vote's)
    earliest = token.idx if _in_background_phrase(token, kb.lexicon) else sentence.start_char
    time = next((d for d in dates if earliest <= d.start < sentence.end_char
                 and (d.precision not in ("month", "year") or clause_begin <= d.start < clause_end)
                 and not _in_infinitive_clause_after(text, d.start, clause_end, sentence, kb)
                 and not _in_other_relative_clause(text, d.start, token.idx, sentence, kb)), None)
    future = is_future([t.lower_ for t in sentence], kb.lexicon)
    if time is not None and (future or planned) and time.precision == "month" and reference is not None \
            and not any(c.isdigit() for c in time.text) and time.value < reference.strftime("%Y-%m"):
        # a month without a year is the last one, unless the clause plans: then the next one
        # ("vereinbarten, sich im Juni erneut zu treffen", said in May)
        time = replace(time, value=f"{int(time.value[:4]) + 1}{time.value[4:]}")
    if time is None and reference is not None:
        relative = resolve_relative(sentence.text, reference, kb.lexicon, future=future)
        if relative is not None and sentence.start_char + relative.start >= earliest \
                and not _in_infinitive_clause_after(text, sentence.start_char + relative.start, clause_end, sentence, kb):
            time = DateMatch(sentence.start_char + relative.start, sentence.start_char + relative.end,
                             relative.text, relative.value, relative.precision)
    if time is None or speech_trigger:
        return time
    first = first_token_at_or_after(token.doc, time.start)
    before = token.doc[max(sentence.start, first - 3):first]
    # (not "United States", nor "Zamfara state early on Wednesday")
    if any(is_speech_verb(t, kb.lexicon) and not plural_verb_after_a_name(t, kb.lexicon)
           for t in before if t.i != token.i and t.is_lower):
        return None
    return time


def _in_background_phrase(token: Token, lexicon: dict) -> bool:
    """An event noun after a preposition that sets it as the background of another act ("during
    protests", "after mass strikes", "nach den Protesten"; an article or adjective may stand between)."""
    prepositions = lexicon["background_prepositions"]
    doc = token.doc
    for back in (1, 2):
        if token.i - back < token.sent.start:
            return False
        word = doc[token.i - back]
        if word.lower_ in prepositions:
            return True
        if not word.is_lower or not word.is_alpha:
            return False
    return False


def _in_infinitive_clause_after(text: str, position: int, clause_end: int, sentence, kb: Knowledge) -> bool:
    """Whether ``position`` lies in an infinitive clause after the trigger's: "hat Russland
    vorgeworfen, die Kommunalwahlen vom Sonntag beeinflusst zu haben" dates the meddling, not the accusation."""
    if position < clause_end:
        return False
    closing = text.find(",", position, sentence.end_char)
    clause = text[clause_end:sentence.end_char if closing == -1 else closing].lower().split()
    return any(marker in clause for marker in kb.lexicon["infinitive_markers"])


def _in_other_relative_clause(text: str, position: int, trigger: int, sentence, kb: Knowledge) -> bool:
    """Whether ``position`` lies in a relative clause between commas that does not hold the trigger:
    "Kast, who will take office on March 11, has promised to expel ..." does not date the expulsion."""
    opening = text.rfind(",", sentence.start_char, position)
    closing = text.find(",", position, sentence.end_char)
    if opening == -1 or closing == -1 or opening < trigger < closing:
        return False
    first = text[opening + 1:closing].split()[:1]
    return bool(first) and first[0].lower() in kb.lexicon["relative_openers"]


def _sense(key: str, sentence, kb: Knowledge, earlier: dict[str, str]) -> str:
    """The PLOVER type of a trigger, by the words around it where the word has two senses
    ("strike": ASSAULT, but PROTEST among workers, unions and pay); without such words, the
    sense the article gave the word before ("... warned that the strike would cost")."""
    for event_type, cues in kb.lexicon.get("trigger_senses", {}).get(key, {}).items():
        if any(t.lower_ in cues for t in sentence):
            earlier[key] = event_type
            return event_type
    return earlier.get(key, kb.lexicon["triggers"][key])


# what an earthquake or a storm can be the doer of: "struck", "killed", "destroyed"
NATURE_CAN_DO = {"ASSAULT", "THREATEN"}  # "an earthquake struck", "floods threaten the harvest"


def _done_by_nature(token: Token, sentence, mentions, kb: Knowledge, window: int = 16) -> bool:
    """The nearest doer before the trigger is a natural force ("quake", "Unwetter", "lightning"),
    with no actor between them other than a place it hit."""
    forces = ending_pattern(kb.lexicon["natural_forces"], "(?:e?s|en|n)?")
    if has_parse(token.doc):
        subjects, _ = _governing_subject(token)
        if subjects:  # "Nach dem Unwetter griff Russland ... an": the subject decides
            return any(forces.search(t.lower_) for t in subjects)
    def is_force(word: Token) -> bool:
        return bool(forces.fullmatch(word.lower_) or (word.text[:1].isupper() and forces.search(word.lower_)))

    def mention_at(word: Token) -> tuple[int, Actor | None]:
        """Where the mention holding ``word`` starts, and its actor (the word itself and None: no mention)."""
        return next(((s, a) for s, e, a in _starting_within(mentions, word.idx - MAX_MENTION_CHARS, word.idx + 1)
                     if s <= word.idx < e), (word.idx, None))

    text = doc_text(token.doc)
    for previous in reversed(sentence[max(0, token.i - sentence.start - window):token.i - sentence.start]):
        if is_force(previous):
            return True
        start, actor = mention_at(previous)
        if actor is not None and after_location_case(text, start, kb.lexicon):
            continue  # "Earthquake in eastern Afghanistan kills": where it struck
        right_before = not any(t.is_punct for t in token.doc[previous.i + 1:token.i]) and token.i - previous.i <= 2
        if actor is not None and (actor.type not in ("location", "country") or right_before):
            return False
    # no doer before it: "A firefighter was killed when a blaze trapped his vehicle"
    for following in sentence[token.i - sentence.start + 1:token.i - sentence.start + 1 + window // 2]:
        if is_force(following):
            return True
        if mention_at(following)[1] is not None:
            return False
    return False


def _condition_met(key: str, token: Token, sentence, kb: Knowledge) -> bool:
    """The sentence has a word the trigger requires and none it excludes, no object that gives it
    another sense follows it, and the word after it fits ("called for" and "called on" ask,
    "called the heat a warning" does not; "demand for chips" is a market)."""
    # (a separable verb's particle is no preposition: "teilte ... mit" does not make "treffen" a meeting)
    words = {t.lower_ for t in sentence if t.dep_ not in PARTICLE_DEPS}
    required = kb.lexicon.get("trigger_requires", {}).get(key)
    if required:  # a word that gives the trigger one of its senses meets the requirement too ("sent tents": aid)
        required = set(required).union(*kb.lexicon.get("trigger_senses", {}).get(key, {}).values())
    noun = key in kb.lexicon["noun_senses_without_requirement"] and token.is_title and token.i > 0 \
        and token.doc[token.i - 1].lower_ in kb.lexicon["definite_articles"]
    if required and not words & required and not noun:
        return False
    if words & set(kb.lexicon["trigger_excludes"].get(key, ())):
        return False  # "supply outpaces demand" is the economy's, no one demanding
    objects = kb.lexicon.get("trigger_object_excludes", {}).get(key, ())
    for word in token.doc[token.i + 1:token.i + 5]:
        if word.is_punct:
            break
        if word.lower_ in objects:
            return False  # "to meet the 2030 targets" is no meeting
    preceding = kb.lexicon.get("trigger_previous_word", {}).get(key)
    if preceding and token.i > 0 and token.doc[token.i - 1].lower_ in preceding.get("not", []):
        return False  # "sind ... im Gespräch": under discussion, no talks
    following = kb.lexicon.get("trigger_next_word", {}).get(key)
    if following:
        word = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        return word in following.get("only", [word]) and word not in following.get("not", [])
    return True


def _subject_of(word: Token, verb: Token) -> bool:
    """The parse makes ``word`` the subject of ``verb`` or of its auxiliary ("haben beide Seiten ... vereinbart")."""
    return word.dep_ in SUBJECT_DEPS and (word.head.i == verb.i or word.head.head.i == verb.i and word.head.dep_ in ("aux", "aux:pass"))


def _both_lead(token: Token, sentence, kb: Knowledge) -> bool:
    """The trigger's subject is "beide" / "both" (alone, or with a noun for the parties: "beide
    Seiten", not "beide Länder Polen und Litauen"), leading the sentence or next to the trigger
    ("Nach Gesprächen vereinbarten beide Seiten")."""
    words = [t for t in sentence if not t.is_space]
    for i, word in enumerate(words[:-1]):
        if word.lower_ in kb.lexicon["both_words"] and (not words[i + 1].is_title or words[i + 1].lower_ in kb.lexicon["both_sides"]) \
                and (i == 0 or abs(word.i - token.i) <= 2 or _subject_of(words[i + 1], token)):
            return True
    return False


def _implied_agent(token: Token, kind: str, mentions) -> list[Actor]:
    """The actor of the kind that does what the trigger names, named nearest before it, else
    after it in its sentence: arrests are the police's ("Die Polizei ermittelt. Zwei
    Jugendliche wurden festgenommen")."""
    before = [actor for _, _, actor in _starting_within(mentions, 0, token.idx) if actor.kind == kind][-1:]
    if before:
        return before
    after = [actor for _, _, actor in _starting_within(mentions, token.idx + 1, token.sent.end_char) if actor.kind == kind]
    return after[:1]


def _mention_index(actors: list[Actor]):
    """All mentions as (start, end, actor), sorted by start: a span's mentions are found by
    bisection. A mention inside another actor's longer one takes no part ("Pakistan" in "the
    Pakistan Tehreek-e-Insaf party ... vowed" is no agent)."""
    kept, reach, holder = [], -1, None
    for start, end, actor in sorted(((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda m: (m[0], -m[1])):
        if end <= reach and actor is not holder:
            continue
        kept.append((start, end, actor))
        if end > reach:
            reach, holder = end, actor
    return kept


MAX_MENTION_CHARS = 200  # no name is longer: a mention starting further back cannot reach a span


def _starting_within(mentions, low: int, high: int):
    return mentions[bisect.bisect_left(mentions, low, key=lambda m: m[0]):bisect.bisect_left(mentions, high, key=lambda m: m[0])]


def _sentence_mentions(sentence, mentions, media: bool = True):
    """The mentions in the sentence in text order (media ones only with ``media``)."""
    return [(s, e, a) for s, e, a in _starting_within(mentions, sentence.start_char, sentence.end_char)
            if media or not a.media]


def _actors_in(tokens, mentions, exclude_media=True) -> list[Actor]:
    spans = [(t.idx, t.idx + len(t)) for t in tokens]
    if not spans:
        return []
    low, high = min(s for s, _ in spans), max(e for _, e in spans)
    found = []
    for start, end, actor in _starting_within(mentions, low - MAX_MENTION_CHARS, high):
        if end <= low or start >= high or (exclude_media and actor.media):
            continue
        if any(s <= start < e or start <= s < end for s, e in spans) and actor not in found:
            found.append(actor)
    return found


def _core(token: Token) -> list[Token]:
    """A phrase without its modifiers: "Kanada" in "Kanada der Ukraine", both in "X und Y"; a
    name right after its title is the phrase's core too ("Präsident Alexander Stubb"), an apposition
    after a comma is not."""
    tokens = [token]
    for child in token.children:
        if child.dep_ not in NON_CORE_DEPS or child.dep_ == "appos" and child.i == token.i + 1:
            tokens += _core(child)
    return tokens


def _governing_subject(token: Token, manner_cases=frozenset(), infinitive_markers=frozenset()) -> tuple[list[Token], bool]:
    """Subject tokens of the trigger or of the verbs above it, and whether it is passive; a noun
    that tells how the verb's subject acts is that subject's act ("Russland reagierte mit Kritik");
    an infinitive clause without a subject is its verb's subject's ("kündigte an, ... zu verstärken")."""
    current = token
    for _ in range(4):
        # (the small parser may hang the subject on the auxiliary: "hat die Opposition ... aufgerufen")
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS] or [
            g for c in current.children if c.dep_ == "aux" for g in c.children if g.dep_ in SUBJECT_DEPS]
        # a passive subject, or a passive auxiliary without one ("Dabei wurden vier Menschen getötet")
        passive = [c for c in current.children if c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in PASSIVE_AUXILIARY_DEPS]
        if subjects:
            return [t for s in subjects for t in _core(s)], False
        if passive:
            return [], True
        climbs = ("xcomp", "advcl", "conj", "ccomp", "acl") + (("obj", "oa") if current.pos_ == "NOUN" else ())
        manner = current.pos_ == "NOUN" and current.dep_ == "obl" \
            and any(c.dep_ == "case" and c.lower_ in manner_cases for c in current.children)
        if (current.dep_ in climbs or manner) and current.head.i != current.i:
            if current.dep_ == "ccomp" and not any(c.lower_ in infinitive_markers for c in current.children):
                break  # "X sagt, dass Y ..." : X is not Y's agent
            current = current.head
            continue
        break
    return [], False


def _joins(between: str, coordinators, titles, articles=(), demonyms=()) -> bool:
    """Text between two coordinated actors: "und", ",", "und Finanzminister", ", Vizekanzler",
    "und die" ("Iran und die EU")."""
    words = between.replace(",", " , ").lower().split()
    if not words or not any(w in coordinators or w == "," for w in words):
        return False
    title = ending_pattern(titles)  # one regex, not a loop over every title for every word
    return all(w in coordinators or w == "," or w in articles or w in demonyms or w.capitalize() in demonyms
               or title.search(w) for w in words)


def _placed(in_sentence, text: str, lexicon: dict) -> set[Actor]:
    """Places named after "in", "aus", ... (where, not who: "Koalition in Erfurt einigt sich"),
    and the places listed after them ("in Sachsen, Thüringen und Brandenburg")."""
    placed = {a for s, e, a in in_sentence if a.type in ("location", "country") and after_location_case(text, s, lexicon)}
    separators = {",", *lexicon["coordinators"]}
    for (_, e1, a1), (s2, _, a2) in zip(in_sentence, in_sentence[1:]):
        between = text[e1:s2].replace(",", " , ").lower().split()
        # (an article may follow the separator: "in Belgium, the Netherlands and Spain"; not alone:
        # "nach Angaben aus Kiew die Vereinigten Arabischen Emirate")
        if a1 in placed and a2.type in ("location", "country") and (not between or between[0] in separators and all(
                word in separators or word in lexicon["definite_articles"] for word in between)):
            placed.add(a2)
    return placed


_CITING: dict[tuple, re.Pattern] = {}


def _cited(in_sentence, sentence, text: str, lexicon: dict) -> set[Actor]:
    """Actors named right after a cue that cites them ("According to the Public Prosecution
    Service, the hackers demanded"): who says so, not who acted. A cue that needs a word of
    its sentence ("wie ... mitteilte", "aus ... hervorgeht") cites only where that word is."""
    lowered = sentence.text.lower()
    rules = lexicon["attribution"]["prepositional"]
    cues = tuple(phrase for phrase, rule in rules.items() if rule["position"] == "after" and phrase[:1].isalpha()
                 and (not rule.get("requires") or any(word in lowered for word in rule["requires"])))
    key = (id(lexicon), cues)
    pattern = _CITING.get(key)
    if pattern is None:  # a few sets of cues per language: built once
        pattern = _CITING[key] = ending_pattern([f" {cue} {article}".rstrip() for cue in cues
                                                 for article in ["", *lexicon["definite_articles"]]])

    def cited(start: int) -> bool:
        words = text[max(0, start - 60):start].lower().split()
        # (a descriptor may stand between, with a word that qualifies it: "according to the security consultancy SBM")
        drops = (0, 1, 2) if words and words[-1] in lexicon["generic_references"] else (0,)
        return any(pattern.search(" " + " ".join(words[:len(words) - n])) for n in drops)

    return {a for s, _, a in in_sentence if cited(s)}


def _pronoun_agent(token: Token, sentence, mentions, kb: Knowledge) -> list[Actor]:
    """A personal pronoun as the subject (by the parse, or right before or after the trigger:
    "He urged", "forderte er"), or a role noun as the subject, is the person named last, in the
    sentence or the one before."""
    doc = token.doc
    pronouns = word_set(kb.lexicon, "person_pronouns")
    subjects = _governing_subject(token)[0] if has_parse(doc) else []
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    # a role noun subject stands for the person as a pronoun does ("Der 27-Jährige bestreitet")
    roles = tuple(kb.lexicon["role_noun_endings"])
    if not any(t.lower_ in pronouns for t in [*subjects, *near]) and not any(t.lower_.endswith(roles) for t in subjects):
        return []
    window = previous_sentence_start(doc, sentence.start_char)
    persons = [a for _, _, a in _starting_within(mentions, window, token.idx) if a.type == "person"]
    return persons[-1:]


def _reports_after_comma(start: int, end: int, doc: Doc, lexicon: dict) -> bool:
    """The actor at start..end opens a clause after a comma and speaks: "..., police said"."""
    text = doc_text(doc)
    words = text[max(0, start - 20):start].split()
    while words and words[-1].lower() in lexicon["determiners"]:
        words = words[:-1]
    following = first_token_at_or_after(doc, end)
    return bool(words) and words[-1].endswith(",") and following < len(doc) \
        and is_speech_verb(tokens_of(doc)[following], lexicon)


def _positional_roles(token: Token, sentence, mentions, kb: Knowledge, media: bool = False) -> tuple[list[Actor], list[Actor]]:
    """Fallback without a usable parse. The first actor of the sentence before the trigger is
    the agent (subjects lead in main clauses), else the first after it (inverted order:
    "Zugleich erlaubte Joe Biden der Ukraine"). The target is an actor between agent and
    trigger (verb-final: "Russland hat Kiew angegriffen"), else the next one after the
    trigger. Media count only for speech triggers ("Bloomberg ... behauptet")."""
    lexicon = kb.lexicon
    titles = lexicon["person_titles"]
    text = doc_text(token.doc)
    in_sentence = _sentence_mentions(sentence, mentions, media)
    placed = _placed(in_sentence, text, lexicon) | _cited(in_sentence, sentence, text, lexicon)
    # (not an actor of a relative clause between commas: "The PTI party, whose founder Imran Khan
    # has been in prison since 2023, ... vowed to continue the protests")
    actors_before = [(s, e, a) for s, e, a in in_sentence if s < token.idx and a not in placed
                     and not _in_other_relative_clause(text, s, token.idx, sentence, kb)]
    # a clause of its own with its own actor before the verb ("Britain pledged ..., and the
    # United Nations released"): that actor, not the sentence's first
    own_start = clause_start(text, sentence.start_char, token.idx, marks=",;")
    own_clause = [(s, e, a) for s, e, a in actors_before if s >= own_start]
    if own_clause and own_start > sentence.start_char:
        actors_before = own_clause
    actors_before = _in_reported_clause(token, sentence, actors_before, lexicon) or actors_before
    before = list(dict.fromkeys(a for s, e, a in actors_before))
    # (not the speaker of a closing reporting clause: "Gunmen abducted 25 students ..., police said")
    after = list(dict.fromkeys(a for s, e, a in in_sentence if s > token.idx and not _reports_after_comma(s, e, token.doc, lexicon)))
    # a person right before the verb acts ("U.S. Secretary of State Antony Blinken met"), and
    # a person the first actor qualifies ("U.S. Secretary of State Antony Blinken ... urged");
    # otherwise the sentence's first actor does
    # ... and a name a demonym qualifies ("German arms maker Rheinmetall has agreed", "The U.S. Senate voted",
    # "China's Ministry of Commerce condemned")
    qualified = [a2 for (s1, e1, a1), (s2, _, a2) in zip(actors_before, actors_before[1:])
                 if a1 is before[0] and ((a2.type == "person" and _joins_by_title(text[e1:s2], titles))
                                         or (a1.type == "country" and a2.type == "organization"
                                             and text[e1:s2].strip() in lexicon["possessive_markers"])
                                         or (a1.type == "country" and text[s1:e1] != a1.name
                                             and (text[e1:s2].strip().islower()
                                                  or not text[e1:s2].strip() and text[s1:s1 + 1].isupper())
                                             and len(text[e1:s2].split()) <= 3)
                                         or (a2.type == "organization" and _leads(text[e1:s2], lexicon)))][:1] if before else []
    # the first actor after the verb acts in inverted order ("Zugleich erlaubte Joe Biden der
    # Ukraine"), not after a subject that names no actor ("The army blamed the M23 rebels")
    doc = token.doc
    # (also where a time or place phrase stands between: "A federal judge on Thursday blocked a Texas law")
    clause_first = doc[first_token_at_or_after(doc, own_start)] if own_start < token.idx else token
    unnamed_subject = token.i >= 2 and doc[token.i - 1].is_lower and doc[token.i - 1].is_alpha \
        and doc[token.i - 2].lower_ in lexicon["determiners"] \
        or not before and clause_first.i + 1 < token.i and clause_first.lower_ in lexicon["determiners"] \
        and doc[clause_first.i + 1].is_lower and doc[clause_first.i + 1].is_alpha
    # (nor after a pronoun subject of its clause: "they had taken control ... and detained President X")
    clause_words = list(itertools.takewhile(lambda t: not t.is_punct, reversed(doc[max(sentence.start, token.i - 8):token.i])))
    unnamed_subject = unnamed_subject or any(t.lower_ in lexicon["pronoun_subjects"] for t in clause_words)
    agents = before[-1:] if before and before[-1].type == "person" else qualified or before[:1] or [
        a for a in after if a not in placed and not unnamed_subject][:1]
    if before and _in_unnamed_subordinate_clause(token, sentence, in_sentence, lexicon):
        agents = []
    relative = _relative_clause_subject(token, sentence, in_sentence, lexicon)
    if relative is not None:
        agents = relative
    noun = _is_noun_phrase(token, lexicon)
    by_agent = _agent_after_by(token, in_sentence, text, lexicon)
    between = _participants_between(token, in_sentence, text, lexicon)
    if between:
        agents = between
    elif by_agent and not noun:
        agents = by_agent  # a participle with its agent: "a swap brokered by the UAE"
    elif any(t.lower_ in lexicon["passive_auxiliaries"] for t in token.doc[max(sentence.start, token.i - 2):token.i]) \
            and not is_present_participle(token.lower_, lexicon):
        # "after a 19-year-old was stabbed": a passive names its agent only after "by", but
        # "North Korean troops were sent": a state sends its own forces
        agents = _state_of_forces(token, list(token.doc[max(sentence.start, token.i - 6):token.i]), in_sentence, kb)
    elif noun and not _in_agent_frame(token, lexicon):
        # "ending a strike that halted production", "a shooting at a party": a noun has the
        # agent its phrase names ("Russia's attack", "an attack by the rebels"), not the
        # sentence's first actor; that one acts when it launches, stages or carries it out
        agents = _possessor(token, in_sentence, text, lexicon) or by_agent
    _add_coordinated(agents, in_sentence, token, lexicon, kb.demonyms)
    targets = [a for a in before[1:] + after if a not in agents and a not in placed][:1]
    return agents, targets


# The clause of a trigger, without a parse: three kinds of clause name their own agent, or none.

def _in_reported_clause(token: Token, sentence, actors_before, lexicon: dict) -> list:
    """A clause a speech verb reports has its own subject ("Thailand's army said Cambodian troops
    had fired"): the actors after the speech verb, when there are any, not the speaker; but a verb
    joined by "and" is the speaker's next act ("said the strike would cost ... and urged the union")."""
    doc = token.doc
    speech_verb = next((t for t in reversed(doc[sentence.start:token.i]) if is_speech_verb(t, lexicon)), None)
    if speech_verb is None or token.i > 0 and doc[token.i - 1].lower_ in lexicon["coordinators"]:
        return []
    return [(s, e, a) for s, e, a in actors_before if s > speech_verb.idx]


def _in_unnamed_subordinate_clause(token: Token, sentence, in_sentence, lexicon: dict) -> bool:
    """A subordinate clause without a named subject has none of the main clause's ("Riot police
    detained 43 people as tens of thousands of protesters rallied"; not a preposition: "after an
    online meeting")."""
    doc = token.doc
    subordinator = next((t for t in reversed(doc[sentence.start:token.i]) if t.lower_ in lexicon["clause_openers"]
                         and t.lower_ not in lexicon["coordinators"] and t.lower_ not in lexicon["contrast_coordinators"]
                         and t.lower_ not in lexicon["relative_openers"]
                         and t.lower_ not in lexicon["attribution"]["complementizers"]), None)
    return subordinator is not None and subordinator.i > sentence.start and not _is_noun_phrase(token, lexicon) \
        and doc[subordinator.i + 1].lower_ not in lexicon["determiners"] \
        and not any(subordinator.idx < s < token.idx for s, _, _ in in_sentence) \
        and not any(t.text == "," for t in doc[subordinator.i:token.i])


def _relative_clause_subject(token: Token, sentence, in_sentence, lexicon: dict) -> list[Actor] | None:
    """A relative clause's subject is the word before its opener ("thousands of protesters who had
    marched"): the actor named right there, else nobody the sentence names elsewhere; None
    outside a relative clause. (An opener that may be an article counts only after a comma: "die"
    in "die Regierung, die ... kritisierte".)"""
    doc, text = token.doc, doc_text(token.doc)
    opener = next((t for t in reversed(doc[max(sentence.start, token.i - 3):token.i])
                   if t.lower_ in lexicon["relative_openers"] and (t.lower_ not in lexicon["definite_articles"] or (
                       t.i > 0 and doc[t.i - 1].text == "," and doc[t.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "DET")))),
                  None)
    if opener is None or any(opener.idx < s < token.idx for s, _, _ in in_sentence):
        return None
    return [a for s, e, a in in_sentence if e <= opener.idx and not text[e:opener.idx].strip(" ,")][-1:]


def _add_coordinated(agents: list[Actor], in_sentence, token: Token, lexicon: dict, demonyms=frozenset()) -> None:
    """Coordinated agents before the trigger: "Wladimir Putin und Kim Jong-un haben sich getroffen",
    "Russland und die Ukraine haben ... ausgetauscht" (whatever the parse made of the second), also
    with a demonym before the second's title ("Friedrich Merz und der polnische Ministerpräsident
    Donald Tusk haben ... vereinbart")."""
    text = doc_text(token.doc)
    named = [(s, e, a) for s, e, a in in_sentence if text[s:e] not in demonyms and text[s:e].lower() not in demonyms]
    pairs = list(zip(named, named[1:]))
    for _ in range(2):
        for (_, e1, a1), (s2, _, a2) in pairs:
            if s2 < token.idx and _joins(text[e1:s2], lexicon["coordinators"], lexicon["person_titles"],
                                         lexicon["definite_articles"], demonyms):
                if a1 in agents and a2 not in agents:
                    agents.append(a2)
                elif a2 in agents and a1 not in agents:
                    agents.insert(0, a1)


def _state_of_forces(token: Token, patients: list[Token], mentions, kb: Knowledge) -> list[Actor]:
    """The state whose demonym qualifies the forces a deployment trigger moves ("nordkoreanische
    Soldaten wurden geschickt", "North Korean troops were sent"): it sent them."""
    if trigger_lemma(token, kb) not in kb.lexicon["sent_by_their_state"]:
        return []
    text = doc_text(token.doc)
    return [a for a in _actors_in(patients, mentions) if a.type == "country"
            and any(text[s:e] in kb.demonyms or text[s:e].lower() in kb.demonyms
                    for s, e, actor in _starting_within(mentions, patients[0].idx, patients[-1].idx + len(patients[-1]))
                    if actor is a and any(t.idx <= s < t.idx + len(t) for t in patients))][:1]


def _is_noun_phrase(token: Token, lexicon: dict) -> bool:
    if token.pos_:
        return token.pos_ == "NOUN"
    # no tagger: after a determiner, a possessive or a preposition ("two days of talks")
    previous = token.doc[token.i - 1] if token.i else None
    return previous is not None and (previous.lower_ in lexicon["determiners"]
                                     or previous.lower_ in lexicon["noun_prepositions"]
                                     or previous.lower_.endswith(tuple(lexicon["possessive_markers"])))


def _noun_event_doer(token: Token, kind: str, sentence, mentions, targets, kb: Knowledge) -> list[Actor]:
    """Who does what an event noun names, where nothing else said: the actor in its genitive for
    the kinds whose genitive is the doer ("ein Warnstreik der Gewerkschaft Verdi"; not "die
    Festnahme des Verdächtigen"), and for a meeting the person the sentence names outside its
    partner phrase ("sagte Wadephul nach einem Treffen mit Präsidentin Maia Sandu")."""
    lexicon = kb.lexicon
    text = doc_text(token.doc)
    in_sentence = _sentence_mentions(sentence, mentions)
    if kind in lexicon["genitive_agent_types"]:
        end = token.idx + len(token)
        for start, _, actor in in_sentence:
            between = text[end:start].lower().split()
            if start >= end and 1 <= len(between) <= 2 and between[0] in lexicon["name_genitive_articles"] \
                    and (len(between) == 1 or between[1] in lexicon["generic_references"]):
                return [actor]
            if start >= end:
                break
    if kind in lexicon["participant_types"]:
        partner_cases = lexicon["partner_cases"]
        return [actor for start, _, actor in in_sentence if actor.type == "person" and actor not in targets
                and not any(w in partner_cases for w in text[max(sentence.start_char, start - 30):start].lower().split()[-3:])][:1]
    return []


def _in_agent_frame(token: Token, lexicon: dict) -> bool:
    """"Russia launched a massive attack", "Verdi rief zum Streik auf": the verb's subject acts;
    so does the clause's after a preposition that opens it ("During the raid, police seized"), not
    after one inside it ("three demonstrators died during protests")."""
    frames, prepositions = lexicon["agent_frames"], lexicon["noun_prepositions"]
    doc = token.doc
    return any((t.lower_ in frames or t.lemma_.lower() in frames)
               and not (t.lower_ in prepositions and not t.is_sent_start and doc[t.i - 1].text != ",")
               for t in doc[max(token.sent.start, token.i - 4):token.i])


def _possessor(token: Token, in_sentence, text: str, lexicon: dict) -> list[Actor]:
    """The actor right before the noun with a possessive ending: "Russia's attack"."""
    return next(([actor] for _, e, actor in in_sentence
                 if e <= token.idx and text[e:token.idx].strip().lower() in lexicon["possessive_markers"]), [])


def _participants_between(token: Token, in_sentence, text: str, lexicon: dict) -> list[Actor]:
    """"die Zusammenarbeit zwischen Russland und Nordkorea", "talks between Kyiv and Moscow": both act;
    not a place where they meet ("talks between military commanders in Chushul")."""
    end = token.idx + len(token)
    following = text[end:token.sent.end_char].split(None, 1)
    if not following or following[0].lower() not in lexicon["between_words"]:
        return []
    placed = _placed(in_sentence, text, lexicon)
    return list(dict.fromkeys(a for s, _, a in in_sentence if end <= s < end + 60 and "," not in text[end:s]
                              and a not in placed))[:2]


def _agent_after_by(token: Token, in_sentence, text: str, lexicon: dict) -> list[Actor]:
    """"an attack by the rebels", "a swap brokered by the United Arab Emirates"; of a country and
    its organisation, the organisation ("fired by Yemen's Houthi rebels")."""
    end = token.idx + len(token)
    for (s, e, actor), following in zip(in_sentence, [*in_sentence[1:], None]):
        raw = text[end:s].split()
        words = [w.lower() for w in raw]
        # "by the rebels", "by the paramilitary Rapid Support Forces" (lower-case words before the name)
        if s >= end and words and words[0] in lexicon["agent_cases"] and (len(words) <= 2 or len(words) <= 4
                                                                           and all(w.islower() for w in raw)):
            if actor.type == "country" and following is not None and following[2].type == "organization" \
                    and text[e:following[0]].strip() in lexicon["possessive_markers"]:
                return [following[2]]
            return [actor]
    return []


def _joins_by_title(between: str, titles) -> bool:
    """Only title words between a country and a person: "U.S. Secretary of State Antony Blinken"."""
    words = between.lower().split()
    return bool(words) and len(words) <= 5 and any(any(w.endswith(t) for t in titles) for w in words)


def _person_right_before(token: Token, sentence, mentions) -> Actor | None:
    """A person named immediately before the verb ("... Antony Blinken telefonierte"), not
    after a preposition ("Der Rassemblement National von Marine Le Pen warf")."""
    text = doc_text(token.doc)
    for start, end, actor in _starting_within(mentions, sentence.start_char, token.idx):
        if actor.type == "person" and end <= token.idx \
                and not text[end:token.idx].strip() and not _after_preposition(token.doc, start):
            return actor
    return None


def _qualifies_other_subject(actor: Actor, subject_tokens, mentions, kb: Knowledge) -> bool:
    """A state whose demonym only qualifies a subject that is no organ of it does not act: "die
    venezolanische Opposition ruft auf", "die deutsche Autoindustrie"; but "die israelische Armee",
    "die russische Regierung" act for their state (lexicon: state_nouns, government source nouns)."""
    heads = [t for t in subject_tokens if t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN"]
    if actor.type != "country" or not heads:
        return False
    text = doc_text(heads[0].doc)
    low, high = min(t.idx for t in subject_tokens), max(t.idx + len(t) for t in subject_tokens)
    in_subject = [text[s:e] for s, e, a in _starting_within(mentions, low, high) if a is actor]
    if not in_subject or not all(m in kb.demonyms and m.islower() for m in in_subject):
        return False
    head = heads[0].lower_
    return head not in kb.lexicon["state_nouns"] and source_noun_type(head, kb.lexicon) != "government"


def _after_preposition(doc: Doc, start: int) -> bool:
    """The word before the mention starting at ``start`` is a preposition: the name is an
    attribute of the noun before it ("der Rassemblement National von Marine Le Pen")."""
    first = first_token_at_or_after(doc, start)
    return first > 0 and doc[first - 1].pos_ == "ADP"


def _roles(token: Token, sentence, mentions, kb: Knowledge, speech: bool):
    lexicon = kb.lexicon
    if not has_parse(token.doc):
        agents, targets = _positional_roles(token, sentence, mentions, kb, speech)
        return agents, targets, []
    subject_tokens, passive = _governing_subject(token, word_set(lexicon, "manner_cases"),
                                                 word_set(lexicon, "infinitive_markers"))
    agents = _actors_in(subject_tokens, mentions, exclude_media=False)  # "Bloomberg behauptet"
    qualifying = [a for a in agents if _qualifies_other_subject(a, subject_tokens, mentions, kb)]
    agents = [a for a in agents if a not in qualifying]
    agents = list(dict.fromkeys(_led_by(a, sentence, mentions, lexicon) or a for a in agents))
    adjacent = _person_right_before(token, sentence, mentions)
    if adjacent is not None and adjacent not in agents and not any(a.type == "person" for a in agents):
        agents = [adjacent]  # the parser took the country in "US-Außenminister Antony Blinken telefonierte"
    # (not a person named after a preposition in the subject: "Der RN von Marine Le Pen warf")
    attributes = {actor for s, _, actor in _starting_within(mentions, min(t.idx for t in subject_tokens),
                                                            max(t.idx for t in subject_tokens) + 1)
                  if _after_preposition(token.doc, s)} if subject_tokens else set()
    persons = [a for a in agents if a.type == "person" and a not in attributes]
    if persons:
        # "Israels Ministerpräsident Benjamin Netanjahu drohte": the person acts, the country qualifies
        agents = persons
    _add_coordinated(agents, _sentence_mentions(sentence, mentions), token, lexicon, kb.demonyms)
    targets, locations, opposed = [], [], []
    for child in token.children:
        if child.dep_ in PARTICLE_DEPS or child.dep_ in SUBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
            continue
        case = next((c.lower_ for c in child.children if c.dep_ in ("case", "mo", "prep")), None)
        subtree = list(child.subtree)
        found = _actors_in(subtree, mentions)
        if child.dep_ in OBJECT_DEPS or case in lexicon["target_cases"] or (child.dep_ == "nmod" and token.pos_ == "NOUN"):
            targets += found
            opposed += found if case in lexicon["opposition_cases"] else []
        elif case in lexicon["agent_cases"] and passive:
            agents += found
        elif case in lexicon["location_cases"]:
            locations += [a for a in found if a.type in ("location", "country")]
    if passive and not agents:
        # "wurden nordkoreanische Soldaten geschickt": a state sends its own forces
        patients = [t for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in c.subtree]
        agents = _state_of_forces(token, patients, mentions, kb)
    if not passive and (not agents or not targets):
        fallback_agents, fallback_targets = _positional_roles(token, sentence, mentions, kb, speech)
        # not an actor the parse puts after "gegen" ("gegen das Abkommen der EU demonstriert")
        agents = agents or [a for a in fallback_agents if a not in opposed and a not in qualifying]
        targets = targets or [a for a in fallback_targets if a not in agents and a not in locations]
    # a place inside the object's phrase is where ("30 Wohnungen in Sachsen, Thüringen und Brandenburg durchsucht")
    placed = _placed(_sentence_mentions(sentence, mentions), doc_text(token.doc), lexicon)
    locations += [a for a in targets if a in placed]
    targets = [a for a in dict.fromkeys(targets) if a not in agents and a not in placed]
    return agents, targets, list(dict.fromkeys(locations))


def _modality(token: Token, sentence, kb: Knowledge, hearsay: bool) -> str:
    """Cue words among the trigger, the verbs above it and their auxiliaries, adverbs and negations."""
    cues = kb.lexicon["modality"]
    parallel = set()  # verbs the trigger is coordinated with: their auxiliaries count, their own word not
    if has_parse(token.doc):
        scope = [token]
        current = token
        while current.head.i != current.i and (current.dep_ in ("xcomp", "advcl", "ccomp", "conj", "aux", "acl", "obj", "dep", "nsubj", "nsubj:pass")
                                               or current.dep_ == "obl" and _goal(current, cues)):
            if current.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in current.children):
                break  # a clause with its own subject ("..., Ägypten und Katar vermitteln") has its own cues
            if current.dep_ == "conj":
                parallel.add(current.head.i)  # "kündigte Proteste an und forderte": the demand is made
            current = current.head
            scope.append(current)
        # (the trigger's own word is no cue: "vereinbarten ein Abkommen" is done, "vereinbarten, sich zu
        # treffen" plans the meeting)
        words = [t.lower_ for s in scope for t in [s, *s.children]
                 if t.dep_ not in ("nsubj", "obj", "obl") and t.i != token.i and t.i not in parallel]
        # "Deutschland werde ... liefern": a future auxiliary with an infinitive plans, also the
        # verb whose object the trigger is ("werde seine Hilfe ... aufstocken")
        if any("Part" not in verb.morph.get("VerbForm") and verb.pos_ == "VERB"
               and any(c.lower_ in cues["future_auxiliaries"] for c in verb.children) for verb in scope):
            words.append(cues["planned"][0])
        # negation also sits on the trigger's object: "keine Truppen geschickt"
        # (not in a clause of its own: "drohte mit einem Schlag, sollte Iran ... nicht stoppen")
        words += [g.lower_ for c in token.children if c.dep_ in OBJECT_DEPS
                  for g in c.children if g.lower_ in cues["negated"]]
    else:
        # no parse: the trigger's clause up to the trigger ("the union criticized the plan"
        # is not planned; "Russia could attack" is possible)
        scope = _clause_before(token, sentence, kb)[:-1]  # not the trigger itself ("agreed")
        if _in_background_phrase(token, kb.lexicon):
            scope = []  # "voted to remove the minister over deaths during protests": the protests took place
        words = [t.lower_ for t in scope]
    # verbs count by lemma too: "kündigte ... an" is "ankündigen"
    words += [form for t in scope if t.pos_ in ("VERB", "AUX", "") and t.i != token.i and t.i not in parallel
              for form in lemma_forms(t, kb.lexicon)[:3]]
    # "Japan said it would send aid": a report's "would" is its future, not a condition
    backshifted = cues["backshifted_future"]
    if any(w in backshifted for w in words) and any(is_speech_verb(t, kb.lexicon) for t in token.doc[sentence.start:token.i]):
        words = [cues["planned"][0] if w in backshifted else w for w in words]
    for modality in MODALITY_ORDER:
        if any(w in cues[modality] for w in words):
            return modality
    if any(phrase in " ".join(words) for phrase in cues["planned_phrases"]):
        return "planned"  # "called for a national strike": the strike is asked for
    return "reported" if hearsay else "asserted"


def _goal(token: Token, cues: dict) -> bool:
    """The trigger is what the verb above it aims at: "zu Protesten aufgerufen", "zum Streik aufgerufen"."""
    return any(c.dep_ == "case" and c.lower_ in cues["goal_cases"] for c in token.children)


def _demonym_before(token: Token, mentions, kb: Knowledge) -> Actor | None:
    """The country whose demonym stands right before a noun trigger ("Israeli strikes")."""
    if token.i == 0 or token.pos_ not in ("NOUN", ""):
        return None
    previous = token.doc[token.i - 1]
    return next((a for start, end, a in _starting_within(mentions, previous.idx, previous.idx + 1) if a.type == "country"
                 and previous.text in kb.demonyms), None)


def _coordinated_with(token: Token, sentence, events: list[Event], kb: Knowledge) -> Event | None:
    """Without a parse, a verb right after "and" shares the subject of the sentence's event before it."""
    if has_parse(token.doc) or token.i == sentence.start:
        return None
    if token.doc[token.i - 1].lower_ not in kb.lexicon["coordinators"]:
        return None
    # (a verb's, not a noun's it took as object: "condemned the arrests and called on")
    return next((e for e in reversed(events) if e.sentence_start == sentence.start_char and e.agents
                 and not e.anaphoric), None)


def _clause_before(token: Token, sentence, kb: Knowledge) -> list[Token]:
    """Tokens from the start of the trigger's clause to the trigger: a clause starts after
    punctuation or a subordinating word ("that", "dass")."""
    boundaries = set(kb.lexicon["clause_openers"])
    first = token.i
    while first > sentence.start and not (token.doc[first - 1].is_punct or token.doc[first - 1].lower_ in boundaries):
        first -= 1
    return list(token.doc[first:token.i + 1])


def extract_events(doc: Doc, kb: Knowledge, actors: list[Actor], dates: list[DateMatch],
                   reference: dt.datetime | None, hearsay: dict[int, set[str]],
                   headline_end: int = 0) -> list[Event]:
    """Events in text order, ids "e1", ...; ``headline_end`` is where the headline ends (0: none)."""
    mentions = _mention_index(actors)
    named = SpanIndex((m.start, m.end) for a in actors for m in a.mentions if " " in m.text)
    events: list[Event] = []
    senses: dict[str, str] = {}  # the sense the article gave a two-sense trigger
    speech = set(kb.lexicon["attribution"]["speech_verbs"])
    months = kb.lexicon["time"]["months"]
    for sentence in sentences(doc):
        for token in tokens_of(doc)[sentence.start:sentence.end]:
            # not only VERB and NOUN: a small tagger reads some verbs as ADJ or ADV ("schickte", "griff");
            # and not only non-stop words: "nahm ... fest", "call for" are on spaCy's stop lists
            if token.pos_ in NEVER_TRIGGER_POS or token.is_title and token.lower_ in months:
                continue  # ("March" is a month, "march" a protest)
            key = trigger_lemma(token, kb)
            if key is None or not _condition_met(key, token, sentence, kb) or named.overlaps(token.idx, token.idx + len(token)) \
                    or (token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 2].whitespace_):
                continue  # "Rapid Support Forces" holds no AID event, "water-bombing aircraft" no ASSAULT
            if kb.lexicon["triggers"][key] in NATURE_CAN_DO and _done_by_nature(token, sentence, mentions, kb):
                continue  # "an earthquake struck ..., killing 12", "Blitzeinschläge": no one's act
            if _object_of_speech_act(token, kb) or _prohibited(token, kb) or _suspected(token, kb):
                continue  # "lehnte Staatshilfen ab": the aid rejected is no event; nor are the protests banned
            if _describes_a_thing(token, kb) or _adjective_homograph(token, kb):
                continue  # "die Zahl der genehmigten Wohnungen": a participle describing a thing
            if token.i + 1 < len(token.doc) and token.is_lower and token.doc[token.i + 1].is_lower \
                    and is_title_word(token.doc[token.i + 1].lower_, kb):
                continue  # a word of a title: "Egypt's supply minister", "the aid commissioner" (not "detained President X")
            verb_event = next((e for e in reversed(events) if e.start == token.head.idx and e.lemma != key), None) \
                if token.dep_ in OBJECT_DEPS and token.head.i < token.i else None
            if verb_event is not None and verb_event.type == _sense(key, sentence, kb, dict(senses)):
                # "sagte den Landwirten Nothilfen zu": the aid is what the promise gives, one event
                verb_event.mentions.append((token.idx, token.idx + len(token), token.text))
                continue
            agents, targets, locations = _roles(token, sentence, mentions, kb, key in speech)
            if not targets and key in kb.lexicon["target_required"] and not _aimed_at_people(token, sentence, kb):
                continue  # "machte Spätfröste für die Ausfälle verantwortlich": blaming the weather accuses no one
            qualifier = _demonym_before(token, mentions, kb)
            if qualifier is not None:  # "Israeli strikes", "nach russischen Luftangriffen"
                agents, targets = [qualifier], [a for a in targets if a is not qualifier]
            shared = _coordinated_with(token, sentence, events, kb)
            if shared is not None:  # "Blinken met Netanyahu ... and urged him": the same subject
                agents = [a for a in actors if a.id in shared.agents]
                targets = [a for a in targets if a not in agents]
            if not agents and _both_lead(token, sentence, kb) and events:
                # "X traf Y. Beide riefen ... auf": both participants of the first event of the latest
                # sentence before that names any
                acted = [e for e in events if e.sentence_start < sentence.start_char and e.agents]
                # (both are two: of an event with two parties, not the mediator's after it)
                acted = [e for e in acted if len({*e.agents, *e.targets}) >= 2] or acted
                before = [e for e in acted if e.sentence_start == acted[-1].sentence_start] if acted else []
                if before:  # the counterpart of the agent's kind ("den französischen Präsidenten Macron", not France)
                    kinds = {a.type for a in actors if a.id in before[0].agents}
                    agents = [a for a in actors if a.id in before[0].agents
                              or a.id in before[0].targets and a.type in kinds]
            # "He urged governments ...", "forderte er mehr Hilfe für die Ukraine": the person named last,
            # not an actor the positional fallback took from the rest of the sentence
            pronoun_agent = _pronoun_agent(token, sentence, mentions, kb)
            if pronoun_agent and not any(a.type == "person" for a in agents):
                agents, targets = pronoun_agent, [a for a in targets if a not in pronoun_agent]
            if not agents and key in kb.lexicon["implied_agents"]:
                agents = _implied_agent(token, kb.lexicon["implied_agents"][key], mentions)
            if not agents and _is_noun_phrase(token, kb.lexicon):
                agents = _noun_event_doer(token, kb.lexicon["triggers"][key], sentence, mentions, targets, kb)
                targets = [a for a in targets if a not in agents]
            # (an outlet telling of its own act is first-hand: "France Médias Monde said it "firmly rejects" ...")
            second_hand = sentence.start_char in hearsay and key not in speech \
                and not hearsay[sentence.start_char] & {a.id for a in agents}
            modality = _modality(token, sentence, kb, second_hand)
            if modality in ("asserted", "reported") and token.idx < headline_end and token.i > 0 \
                    and token.doc[token.i - 1].lower_ in kb.lexicon["infinitive_markers"]:
                modality = "planned"  # a headline's bare infinitive is to come: "Resident doctors to strike in December"
            time = _event_time(token, sentence, dates, reference, kb, key in speech, planned=modality == "planned")
            events.append(Event(
                type=_sense(key, sentence, kb, senses), trigger=token.text, lemma=key, start=token.idx,
                end=token.idx + len(token), sentence=sentence.text.strip(), sentence_start=sentence.start_char,
                agents=[a.id for a in agents], targets=[a.id for a in targets], locations=[a.id for a in locations],
                time=time, modality=modality,
                occurrences=[sentence.start_char],
                mentions=[(token.idx, token.idx + len(token), token.text)],
                nominal=token.pos_ == "NOUN",
                coordinated=token.i > 0 and token.doc[token.i - 1].lower_ in kb.lexicon["coordinators"],
                past=_told_as_past(token, kb.lexicon),
                subject=_has_own_subject(token, kb),
                anaphoric=token.pos_ in ("NOUN", "") and _after_definite_article(token, kb),
            ))
    starts = [s.start_char for s in sentences(doc)]
    # the body's events merge among themselves first; a headline event then joins the body
    # event it summarises (a headline "Streik" must not swallow the body's "Streik")
    headline = [e for e in events if e.start < headline_end]
    body = [e for e in events if e.start >= headline_end]
    events = _merge_headline(_merge(headline, starts, kb) + _merge(body, starts, kb), headline_end,
                             set(kb.lexicon["content_object_types"]))
    for i, event in enumerate(events, 1):
        event.id = f"e{i}"
    return events


@functools.lru_cache(maxsize=8)
def _people_words(kb: Knowledge) -> frozenset[str]:
    """Nouns for people and bodies of people: the source nouns, the generic references, the titles."""
    return frozenset({*kb.lexicon["source_nouns"], *kb.lexicon["generic_references"], *kb.lexicon["person_titles"]})


def _aimed_at_people(token: Token, sentence, kb: Knowledge) -> bool:
    """The object is a word for people, where no named actor is: "machte die Opposition für die
    Krise verantwortlich", "blamed the opposition for"; not "blamed the heat for"."""
    if has_parse(token.doc):
        objects = [t for t in sentence if t.dep_ in OBJECT_DEPS]
    else:  # the words after the verb up to its preposition
        objects = list(itertools.takewhile(lambda t: not t.is_punct and t.lower_ not in kb.lexicon["target_cases"],
                                           token.doc[token.i + 1:min(token.i + 5, sentence.end)]))
    words = _people_words(kb)
    return any(t.lower_ in words for t in objects)


def _has_own_subject(token: Token, kb: Knowledge) -> bool:
    """The parse gives the trigger a subject, actor or not ("Die Beamten stellten"); without
    a parse, a content word stands right before the verb ("Small business groups called on"),
    not an auxiliary ("were fired") or a function word ("also fired")."""
    if has_parse(token.doc):
        return any(c.dep_ in SUBJECT_DEPS for c in token.children)
    previous = token.doc[token.i - 1] if token.i else None
    return previous is not None and previous.is_alpha and not previous.is_stop \
        and previous.lower_ not in kb.lexicon["passive_auxiliaries"] and not _is_noun_phrase(token, kb.lexicon) \
        and not is_present_participle(previous.lower_, kb.lexicon)  # "are mediating talks": its object


def _describes_a_thing(token: Token, kb: Knowledge) -> bool:
    """A participle between an article and its noun ("der genehmigten Wohnungen"); not a verb
    the small parser hangs on the name after it ("Zugleich erlaubte Joe Biden")."""
    if token.dep_ != "amod" or token.head.pos_ not in ("NOUN", "PROPN") or token.head.i < token.i or token.i == 0:
        return False
    return token.doc[token.i - 1].lower_ in kb.lexicon["determiners"] or token.doc[token.i - 1].lower_ in kb.lexicon["definite_articles"]


@functools.lru_cache(maxsize=8)  # one per language's knowledge
def _homograph_forms(kb: Knowledge) -> frozenset[str]:
    return frozenset(adjective + ending for adjective in kb.lexicon["homograph_adjectives"]
                     for ending in kb.lexicon["demonym_endings"])


def _adjective_homograph(token: Token, kb: Knowledge) -> bool:
    """An adjective spelled like a form of a trigger verb, before its noun: "billige Importe" (not
    "billigen"); lexicon: homograph_adjectives."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in _homograph_forms(kb) and following is not None and following.is_alpha and not following.is_stop \
        and following.lower_ not in kb.lexicon["determiners"] and following.pos_ in ("NOUN", "")


def _alleged_infinitive(token: Token, kb: Knowledge, rejects_or_alleges) -> bool:
    """A verb in an infinitive clause after a comma that follows a verb which alleges, rejects or
    asks ("warf ihm vor, zu Gewalt aufgerufen zu haben"), whatever the parse made of it."""
    doc = token.doc
    sentence = token.sent
    comma = next((t for t in reversed(doc[sentence.start:token.i]) if t.text == ","), None)
    if comma is None:
        return False
    markers = kb.lexicon["infinitive_markers"]
    clause = doc[comma.i + 1:min(token.i + 3, sentence.end)]
    infinitive = any(t.lower_ in markers for t in clause if t.i in (token.i - 1, token.i + 1)) \
        or any(m in token.lower_[1:-2] for m in markers if len(m) > 1)  # "aufzurufen"
    return infinitive and any(rejects_or_alleges(t) for t in doc[sentence.start:comma.i])


def _prohibited(token: Token, kb: Knowledge) -> bool:
    """What a ban forbids does not happen: "banned all street protests" holds no protest. The
    object in the parse; without one, a noun at most three words after the verb, none a comma."""
    verbs = set(kb.lexicon["prohibiting_verbs"])

    def prohibits(word: Token) -> bool:
        return any(form in verbs for form in lemma_forms(word, kb.lexicon))

    if has_parse(token.doc):
        return token.dep_ in OBJECT_DEPS and prohibits(token.head)
    before = token.doc[max(token.i - 4, 0):token.i]
    return any(prohibits(t) and not any(w.is_punct for w in token.doc[t.i:token.i]) for t in before)


def _suspected(token: Token, kb: Knowledge) -> bool:
    """An act a suspicion or a charge names ("detained on suspicion of planning arson attacks",
    "wegen des Verdachts auf Brandanschläge"): alleged, not told as done (lexicon: suspicion_phrases)."""
    text = doc_text(token.doc)
    before = text[token.sent.start_char:token.idx].lower()
    for phrase in kb.lexicon["suspicion_phrases"]:
        at = before.rfind(phrase)
        if at != -1 and not any(mark in before[at:] for mark in ",;:") and len(before[at + len(phrase):].split()) <= 3:
            return True
    return False


def _object_of_speech_act(token: Token, kb: Knowledge) -> bool:
    """A noun the parse makes the object of a verb that rejects or alleges it ("lehnte direkte
    Staatshilfen ab", "wies die Kritik zurück", "warfen sich gegenseitig Angriffe vor"), or the
    prepositional object of a threat ("drohte mit unbefristeten Streiks"); without a
    parse, an infinitive right after such a verb ("refused to concede")."""
    def rejects_or_alleges(word: Token) -> bool:
        key = trigger_lemma(word, kb)
        return key is not None and kb.lexicon["triggers"][key] in kb.lexicon["content_object_types"]

    if not has_parse(token.doc):
        # (and what a threat names right after it: "has threatened further walkouts")
        threat = next((t for t in token.doc[max(token.i - 3, 0):token.i] if (key := trigger_lemma(t, kb)) is not None
                       and kb.lexicon["triggers"][key] in kb.lexicon["content_oblique_types"]
                       and _condition_met(key, t, t.sent, kb)), None)
        if threat is not None and all(w.is_lower and w.is_alpha for w in token.doc[threat.i + 1:token.i]):
            return True
        return token.i >= 2 and token.doc[token.i - 1].lower_ in kb.lexicon["infinitive_markers"] \
            and rejects_or_alleges(token.doc[token.i - 2])
    if token.pos_ in ("VERB", "AUX", "ADJ") and _alleged_infinitive(token, kb, rejects_or_alleges):
        return True
    if token.pos_ != "NOUN" or token.head.i == token.i:
        return False
    if token.dep_ in OBJECT_DEPS | {"xcomp"}:
        return rejects_or_alleges(token.head)
    if token.dep_.startswith("obl") and any(c.dep_ == "case" for c in token.children):
        # what a threat or a warning names with its preposition ("drohte mit Streiks")
        key = trigger_lemma(token.head, kb)
        if key is not None and kb.lexicon["triggers"][key] in kb.lexicon["content_oblique_types"]:
            return True
    # a noun inside the clause of what is alleged ("warf den Europäern vor, mit der Drohung neuer
    # Sanktionen Druck aufzubauen"): up through nouns to a clause that hangs on the verb
    current = token
    for _ in range(4):
        if current.dep_ in ("xcomp", "ccomp"):
            return rejects_or_alleges(current.head)
        if current.head.i == current.i or current.dep_ not in ("obl", "nmod", "obj"):
            return False
        current = current.head
    return False


def _same_occurrence(a: Event, b: Event, same_type: bool = True) -> bool:
    return ((a.type == b.type or not same_type) and bool(a.agents) and set(a.agents) == set(b.agents)
            and (not a.targets or not b.targets or bool(set(a.targets) & set(b.targets))))


def _other_times(a: Event, b: Event) -> bool:
    """Both are dated, and neither date lies within the other ("2025-07" holds "2025-07-14")."""
    if a.time is None or b.time is None:
        return False
    first, second = sorted((a.time.value, b.time.value), key=len)
    return not second.startswith(first)


def _realis(event: Event) -> str:
    """Whether the text tells the event as done, as not done, or as maybe (planned, possible,
    hypothetical)."""
    return {"asserted": "done", "reported": "done", "negated": "not"}.get(event.modality, "maybe")


def _plan_and_deed(a: Event, b: Event) -> bool:
    """A plan and a deed told in the past are two occurrences ("Nordkorea erwägt, Soldaten zu
    entsenden" and "Kürzlich wurden Soldaten geschickt"); "Japan will Hilfsgüter schicken" and
    "Japan schickt auch Ärzte" tell one; so do talks held and a meeting planned for June ("vereinbarten,
    sich im Juni erneut zu treffen"): a time of its own makes the plan another occurrence."""
    def when(event: Event):
        return event.time and event.time.value

    return _realis(a) != _realis(b) and (a.past or b.past or when(a) != when(b))


def _told_as_past(token: Token, lexicon: dict) -> bool:
    """The verb or its auxiliary is in a past tense; without a tagger, an auxiliary such as
    "was"/"were" before it or a past participle form."""
    if token.morph:
        auxiliaries = [c for c in token.children if c.dep_.startswith("aux")]
        # a participle carries Tense=Past whatever its auxiliary's tense ("wird geschickt")
        return any("Past" in t.morph.get("Tense") for t in (auxiliaries or [token]))
    before = [t.lower_ for t in token.doc[max(0, token.i - 2):token.i]]
    return any(w in lexicon["past_auxiliaries"] for w in before) or token.lower_.endswith("ed")


def _led_by(leader: Actor, sentence, mentions, lexicon: dict) -> Actor | None:
    """The organisation ``leader`` leads in the sentence ("Die Nato-geführte Mission KFOR"), if any."""
    text = doc_text(sentence.doc)
    in_sentence = _sentence_mentions(sentence, mentions)
    for (_, e1, a1), (s2, _, a2) in zip(in_sentence, in_sentence[1:]):
        if a1 is leader and a2.type == "organization" and _leads(text[e1:s2], lexicon):
            return a2
    return None


def _leads(between: str, lexicon: dict) -> bool:
    """"Die Nato-geführte Schutztruppe KFOR": the actor before leads the one after, which acts."""
    words = between.split()
    return bool(words) and len(words) <= 3 and words[0].startswith("-") and words[0][1:].lower() in lexicon["led_by_words"]


def _after_definite_article(token: Token, kb: Knowledge) -> bool:
    """"the sanctions" ("" : no tagger), also quoted: 'opposed the "illegal unilateral sanctions"'."""
    doc, articles = token.doc, kb.lexicon["definite_articles"]
    if token.i > 0 and doc[token.i - 1].lower_ in articles:
        return True
    i = token.i - 1  # up to two words of the quotation before the noun
    while i >= 0 and token.i - i <= 3 and doc[i].is_lower and doc[i].is_alpha:
        i -= 1
    return i >= 1 and doc[i].text in _OPENING_QUOTES and doc[i - 1].lower_ in articles


_OPENING_QUOTES = ('"', "“", "„", "»", "'")


def _other_deeds_told_with_verbs(a: Event, b: Event, other_acts) -> bool:
    """Two other acts, both told with verbs: "Police fired tear gas ..., and 400 people were
    detained" is two events; "Bei Durchsuchungen stellten die Ermittler ... sicher" one."""
    return other_acts(a.lemma, b.lemma) and not a.nominal and not b.nominal


def _retold(kept: Event, event: Event, previous_sentence: int | None, same_act, other_acts) -> bool:
    """The same agents doing the same kind of thing again (to the same or an unnamed target)
    is the same occurrence, unless neither names a target and they are told with other
    words sentences apart: "ruft zum Streik auf" and, later, "fordert eine Senkung" are two acts,
    and so are two verbs joined by "and" ("called for ... and urged ...") and a plan and its deed."""
    return _same_occurrence(kept, event) and not event.coordinated and not _plan_and_deed(kept, event) and (
        kept.lemma == event.lemma or bool(kept.targets or event.targets)
        or kept.sentence_start == event.sentence_start and not _other_deeds_told_with_verbs(kept, event, other_acts)
        # the sentence after retells with a noun or a verb of the same act ("Angriffe" after "griff
        # an", "were detained" after "arrested"); two other verbs are two deeds ("stellten ... sicher",
        # then "festgenommen"; "rief zum Streik auf", then "fordert")
        or kept.sentence_start == previous_sentence and (kept.nominal or event.nominal or same_act(kept.lemma, event.lemma))
        # ("Razzia ... durchsucht", then "festgenommen": two deeds; "arrested", then "detained in raids": one)
        and not (other_acts(kept.lemma, event.lemma) and not event.nominal))


def _merge(events: list[Event], sentence_starts: list[int], kb: Knowledge) -> list[Event]:
    """One event per occurrence. A later mention joins an earlier event of the same type when
    the agents are the same (and targets compatible), when it names no agent and uses the
    same word ("der Streik" after "Streik"), when it is a noun after a definite article ("die
    Einigung" after "haben sich geeinigt"), or when it names no agent and elaborates the
    event of the sentence before ("Russland führte Angriffe durch. Es wurden 120 Raketen
    abgefeuert.")."""
    group_of = {lemma: i for i, group in enumerate(kb.lexicon["same_acts"]) for lemma in group}

    def same_act(a: str, b: str) -> bool:
        return a in group_of and group_of.get(b) == group_of[a]

    def other_acts(a: str, b: str) -> bool:  # "stellten ... sicher" and "festgenommen"
        return a in group_of and b in group_of and group_of[a] != group_of[b]

    kept: list[Event] = []
    for event in events:
        position = sentence_starts.index(event.sentence_start)
        previous_sentence = sentence_starts[position - 1] if position else None
        # an event dated otherwise is another occurrence ("attacked ... last March", "attacked ... in May")
        others = [k for k in kept if not _other_times(k, event)]
        twin = next((k for k in others if _retold(k, event, previous_sentence, same_act, other_acts)), None)
        if twin is None and event.agents:  # "Bei einer Großrazzia hat die Polizei ... durchsucht"
            twin = next((k for k in others if k.sentence_start == event.sentence_start and k.type == event.type
                         and set(k.agents) == set(event.agents) and (k.nominal or event.nominal or not event.coordinated)
                         and not _other_deeds_told_with_verbs(k, event, other_acts)), None)
        if twin is None and not event.agents:
            # (a deed with a subject of its own after another deed is another act: "... wurden
            # festgenommen. Die Beamten stellten Bargeld sicher." is an arrest and a seizure; but
            # "kündigte Soforthilfen an. Der Freistaat stelle 20 Millionen Euro bereit" tells the aid)
            # (nor is another act told with verbs in the same sentence: "Police fired tear gas ..., and
            # 400 people were detained"; "Bei Durchsuchungen stellten die Ermittler ... sicher" is one)
            twin = next((k for k in others if k.type == event.type and not _plan_and_deed(k, event) and (
                k.lemma == event.lemma or k.sentence_start == event.sentence_start
                and not _other_deeds_told_with_verbs(k, event, other_acts)
                or k.sentence_start == previous_sentence and (k.nominal or not event.subject)
                and not other_acts(k.lemma, event.lemma))), None)
        if twin is None and event.anaphoric:  # "die Einigung" refers to the agreement already told
            twin = next((k for k in others if k.type == event.type and k.lemma == event.lemma), None) \
                or next((k for k in reversed(others) if k.type == event.type), None)
        if twin is None:
            kept.append(event)
        else:
            _absorb(twin, event)
    return kept


def _merge_headline(events: list[Event], headline_end: int, spoken_of: set[str]) -> list[Event]:
    """A headline summarises the body: a headline event joins the first body event with the
    same agents and overlapping targets, of its type if there is one ("pledge more air defence"
    is "agreed to send ... systems"'s sending, not the agreeing), else whatever its type
    ("plant Militärhilfe" is the lede's "erwägt ... zu entsenden"), except that an accusation or a
    rejection is never the deed it speaks of ("Thailand accuses Cambodia of shelling"); the body
    event's trigger and type are more precise."""
    headline = [e for e in events if e.start < headline_end]
    body = [e for e in events if e.start >= headline_end]
    told = []  # body events a headline event already joined: another headline act is not theirs
    for event in headline:
        # (the same word with the same agents first, then the same agents: "Hamas frees four
        # hostages" is "Hamas released", not "Israel freed 200 prisoners")
        twin = next((b for b in body if b.type == event.type and _told_with(b, event.lemma)
                     and set(b.agents) == set(event.agents)), None) \
            or next((b for b in body if _same_occurrence(b, event)), None) \
            or next((b for b in body if b.type == event.type and _told_with(b, event.lemma)), None) \
            or next((b for b in body if _same_occurrence(b, event, same_type=False) and b not in told
                     and not {b.type, event.type} & spoken_of), None) \
            or (None if event.agents else next((b for b in body if b.type == event.type), None))  # "Einigung im Tarifstreit"
        if twin is None:
            body.append(event)
        else:
            _absorb(twin, event)
            told.append(twin)
    return sorted(body, key=lambda e: e.start)


def _told_with(event: Event, lemma: str) -> bool:
    """The event is told with that word, first or in a later mention ("marched ... to protest")."""
    return event.lemma == lemma or any(text.lower().startswith(lemma) for _, _, text in event.mentions)


def _absorb(twin: Event, event: Event) -> None:
    """Fold a second mention of an event into its first."""
    twin.targets = list(dict.fromkeys(twin.targets + event.targets))
    twin.locations = list(dict.fromkeys(twin.locations + event.locations))
    twin.time = twin.time or event.time
    twin.occurrences += event.occurrences
    twin.mentions = sorted(twin.mentions + event.mentions)


