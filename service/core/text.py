"""Token and sentence helpers the extractors share.

Statistical parsers sometimes split after a comma ("Bloomberg, | beruft sich auf ..."):
a split not preceded by sentence-final punctuation or a line break is undone here.
Line breaks always end a sentence (see ``newsfacts_line_breaks``).

``lemma_forms`` gives the lemmas a verb may have: the pipeline's lemma, with a separable
particle joined ("teilte ... mit" -> "mitteilen"), and the lexicon's lemma patterns for
pipelines without a (good) lemmatizer ("abgefeuert" -> "abfeuern").
"""
from __future__ import annotations

import bisect
import functools
import re

from spacy.tokens import Doc, Span, Token

PARTICLE_DEPS = {"compound:prt", "svp", "prt"}

_FINAL = (".", "!", "?", "…", ":", '"', "“", "”", "»", "«")
_QUOTES = ('"', "“", "”", "»", "«")
_CACHE_KEY = "newsfacts_sentences"


def _cached(doc: Doc, key: str, compute):
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = compute()
    return value


class SpanIndex:
    """Character spans with fast overlap queries (articles can hold thousands of mentions)."""

    def __init__(self, spans=()):
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((end - start for start, end in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def merged(self, other: "SpanIndex") -> "SpanIndex":
        return SpanIndex(self._spans + other._spans)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._spans, (start - self._longest, -1))
        while i < len(self._spans) and self._spans[i][0] < end:
            if self._spans[i][1] > start:
                return True
            i += 1
        return False


def has_parse(doc: Doc) -> bool:
    """Whether the pipeline parsed the document, asked once: spaCy walks every token on each ask."""
    return _cached(doc, "newsfacts_has_parse", lambda: doc.has_annotation("DEP"))


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token again on each access."""
    return _cached(doc, "newsfacts_text", lambda: doc.text)


def parsed_from(doc: Doc, text: str) -> Doc:
    """Remember that ``doc`` was made from ``text``: spaCy's tokens keep every character, so it is
    ``doc.text`` without joining the tokens."""
    doc.user_data["newsfacts_text"] = text
    return doc


def first_token_at_or_after(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after character ``char`` (len(doc) if none)."""
    starts = _cached(doc, "newsfacts_token_starts", lambda: [t.idx for t in tokens_of(doc)])
    return bisect.bisect_left(starts, char)


def tokens_of(doc: Doc) -> list[Token]:
    """The document's tokens, made once: spaCy makes a new Token object for every ``doc[i]``
    and every step over a Span, and the extractors walk the text many times."""
    return _cached(doc, "newsfacts_tokens", lambda: list(doc))


def sentences(doc: Doc) -> list[Span]:
    return _cached(doc, _CACHE_KEY, lambda: _merged_sentences(doc))


def _merged_sentences(doc: Doc) -> list[Span]:
    merged: list[list[int]] = []
    for sent in doc.sents:
        previous_end = doc[sent.start - 1] if sent.start else None
        glued = (previous_end is not None and merged and not _ends_sentence(previous_end)
                 and "\n" not in previous_end.text and "\n" not in previous_end.whitespace_
                 and not previous_end.is_space)
        if glued:
            merged[-1][1] = sent.end
        else:
            merged.append([sent.start, sent.end])
    return [doc[start:end] for start, end in merged]


def _ends_sentence(token: Token) -> bool:
    """Final punctuation, or a closing quote after it: "... sehen.“" ends a sentence, the
    quoted name in "Nach Informationen des „Kicker“ erhält ..." does not."""
    if not token.text.endswith(_FINAL):
        return False
    if token.text in _QUOTES and token.i > 0:
        return token.doc[token.i - 1].text.endswith(_FINAL) or token.doc[token.i - 1].is_space
    return True


def sentence_of(doc: Doc, char: int) -> Span:
    spans = sentences(doc)
    starts = _cached(doc, "newsfacts_sentence_starts", lambda: [span.start_char for span in spans])
    return spans[max(0, bisect.bisect_right(starts, char) - 1)]


def previous_sentence_start(doc: Doc, start: int) -> int:
    """Where the sentence before a sentence starting at ``start`` starts (``start`` for the
    first one): the window in which a pronoun finds the person it stands for."""
    previous = [s for s in sentences(doc) if s.end_char <= start][-1:]
    return previous[0].start_char if previous else start


def clause_start(text: str, sentence_start: int, position: int, marks: str = ",") -> int:
    """Where the clause holding ``position`` starts: after the last of ``marks`` before it in
    its sentence, else at the sentence's start."""
    return max(sentence_start, *(text.rfind(mark, sentence_start, position) + 1 for mark in marks))


def is_present_participle(word: str, lexicon: dict) -> bool:
    """A form ending like a present participle ("saying", "mediating"); none where the
    language has no such ending listed."""
    return word.endswith(tuple(lexicon["present_participle_endings"]))


def children(token: Token) -> list[Token]:
    """The token's dependents; none without a parse. (spaCy 3.8 can crash iterating
    ``Token.children`` of a document that has no dependency annotation.)"""
    return list(token.children) if has_parse(token.doc) else []


def _clause_final_particle(token: Token, particles) -> str:
    """A separable particle that ends the verb's clause ("griff ... Ziele an."), with no
    other verb between them; a comma may stand between them, in a list ("stellten Bargeld,
    Goldbarren und 14 Autos sicher") or around a relative clause (its verb stops the search)."""
    if not particles:  # (English has none)
        return ""
    # the sentence as read (the parser may cut one before its particle: "... schloss Schulze erneut | aus.")
    sentence_end = sentence_of(token.doc, token.idx).end
    for following in token.doc[token.i + 1:sentence_end]:
        if (following.is_punct and following.text != ",") or following.is_space:
            return ""
        if following.pos_ in ("VERB", "AUX"):
            return ""
        nxt = token.doc[following.i + 1] if following.i + 1 < len(token.doc) else None
        if following.lower_ in particles and (nxt is None or nxt.is_punct or nxt.is_space):
            return following.lower_
    return ""


_PATTERN_CACHE: dict[int, list] = {}
# memoised answers per word are bounded: words are open-ended, and a service that keeps every new
# word it meets grows with every request (make soak: RSS +11.8 % with 200,000 entries, +7.6 % with 20,000)
WORD_CACHE_SIZE = 20_000
# answers derived from other memoised answers are kept for fewer words: the most frequent words
# bring most of the gain (make soak: RSS +9.1 % with 20,000, +7.0-7.4 % with 5,000 for these two)
DERIVED_WORD_CACHE_SIZE = 5_000
_FORMS_CACHE: dict[tuple[int, str], tuple[str, ...]] = {}


def _pattern_forms(word: str, lexicon: dict) -> tuple[str, ...]:
    """The lexicon's lemma patterns applied to ``word`` (compiled once, results memoised)."""
    key = (id(lexicon), word)
    forms = _FORMS_CACHE.get(key)
    if forms is None:
        patterns = _PATTERN_CACHE.get(id(lexicon))
        if patterns is None:
            patterns = _PATTERN_CACHE[id(lexicon)] = [(re.compile(p), t) for p, t in lexicon["lemma_patterns"]]
        forms = tuple(pattern.sub(template, word) for pattern, templates in patterns if pattern.match(word)
                      for template in templates)
        if len(_FORMS_CACHE) < WORD_CACHE_SIZE:
            _FORMS_CACHE[key] = forms
    return forms


def lemma_forms(token: Token, lexicon: dict) -> list[str]:
    """Candidate lemmas, most likely first (memoised per document: every extractor asks)."""
    cache = token.doc.user_data.setdefault(("newsfacts", "lemma_forms", id(lexicon)), {})
    forms = cache.get(token.i)
    if forms is None:
        forms = cache[token.i] = _lemma_forms(token, lexicon)
    return forms


def _particle_children(token: Token, lexicon: dict) -> list[Token]:
    """The separable particles the parse hangs on a verb; only words that are particles: the
    small parser may take a contraction for one ("kündigte ... am Montag ... an")."""
    particles = word_set(lexicon, "separable_particles")
    return [c for c in children(token) if c.dep_ in PARTICLE_DEPS and (not particles or c.lower_ in particles)]


def _lemma_forms(token: Token, lexicon: dict) -> list[str]:
    particle = "".join(c.lower_ for c in _particle_children(token, lexicon))
    if not particle and token.pos_ not in ("NOUN", "PROPN"):
        particle = _clause_final_particle(token, lexicon["separable_particles"])
    forms = [token.lemma_.lower() if token.lemma_ else token.lower_, token.lower_, *_pattern_forms(token.lower_, lexicon)]
    if particle:
        # a separable particle belongs to a verb: join it to infinitive-like forms first
        # ("griff ... an" -> "angreifen", not the noun "Angriff")
        forms = [particle + f for f in forms if f.endswith("n")] + [particle + f for f in forms] + forms
    return list(dict.fromkeys(forms))


def is_speech_verb(token: Token, lexicon: dict) -> bool:
    """Whether any lemma the token may have is one of the lexicon's speech verbs."""
    return _verb_lemma(token, lexicon, word_set(lexicon, "attribution", "speech_verbs")) is not None


def plural_verb_after_a_name(token: Token, lexicon: dict) -> bool:
    """A speech word in a plural subject's verb form right after one name is a noun: "in Zamfara
    state early on Wednesday", "a Reuters report" (lexicon: plural_verb_forms)."""
    if token.i == 0 or token.text != token.lower_ or token.lower_ not in lexicon["plural_verb_forms"]:
        return False
    name = token.doc[token.i - 1]
    return name.is_title and not name.is_sent_start and not name.lower_.endswith("s")


def is_clause_speech_verb(token: Token, lexicon: dict) -> bool:
    """A verb that cites what follows it as a clause ("kritisierte, der Etat sehe ... vor",
    "Zudem bemängelte der Verband, dass ...", "complained that ..."), or that closes a reporting
    clause ("..., kritisierte der Verband"); not "kritisierte die Einigung scharf"."""
    cues = lexicon["attribution"]
    if _verb_lemma(token, lexicon, word_set(lexicon, "attribution", "clause_speech_verbs")) is None:
        return False
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].text in (",",) + _QUOTES:
        return True
    for following in doc[token.i + 1:token.i + 5]:  # the subject may stand between: "bemängelte der Verband, dass"
        if following.text in (",", ":") or following.lower_ in cues["complementizers"]:
            return True
        if following.is_punct or following.pos_ in ("VERB", "AUX"):
            return False
    return False


def is_counting_verb(token: Token, lexicon: dict) -> bool:
    """A verb whose subject counted a figure ("Die Polizei zählte 3.000 Teilnehmer"), unless a
    word of its clause gives it another sense ("auf 400.000 Soldaten zählen" is to rely on)."""
    senses = lexicon["attribution"]["counting_verbs"]
    lemma = _verb_lemma(token, lexicon, word_set(lexicon, "attribution", "counting_verbs"))
    if lemma is None:
        return False
    sentence = token.sent
    left = next((t.i for t in reversed(sentence[: token.i - sentence.start]) if t.text in ",;"), sentence.start - 1)
    right = next((t.i for t in sentence[token.i - sentence.start:] if t.text in ",;"), sentence.end)
    clause = token.doc[left + 1:right]
    sense = next((t for t in clause if t.lower_ in senses[lemma]), None)
    # "zählte 27 Angriffe auf Kommunen": a figure between the verb and the word counts
    return sense is None or any(t.like_num for t in token.doc[token.i + 1:sense.i])


_STEMS: dict[tuple[int, frozenset], frozenset] = {}


def could_be(token: Token, lexicon: dict, verbs: frozenset) -> bool:
    """Whether any form of the token, with any particle joined, can be one of the verbs: a cheap
    test that spares most tokens the search for a clause-final particle."""
    key = (id(lexicon), verbs)
    stems = _STEMS.get(key)
    if stems is None:
        particles = lexicon["separable_particles"]
        stems = _STEMS[key] = verbs | {v[len(p):] for v in verbs for p in particles if v.startswith(p)}
    lemma = token.lemma_.lower() if token.lemma_ else token.lower_
    return lemma in stems or _word_could_be(token.lower_, lexicon, stems)


_COULD_BE: dict[tuple[int, int, str], bool] = {}


def _word_could_be(word: str, lexicon: dict, stems: frozenset) -> bool:
    """Whether the word or a form the lexicon's lemma patterns make of it is one of ``stems``
    (memoised per word: every token is asked)."""
    key = (id(lexicon), id(stems), word)
    found = _COULD_BE.get(key)
    if found is None:
        found = word in stems or any(f in stems for f in _pattern_forms(word, lexicon))
        if len(_COULD_BE) < DERIVED_WORD_CACHE_SIZE:
            _COULD_BE[key] = found
    return found


def _verb_lemma(token: Token, lexicon: dict, verbs: frozenset) -> str | None:
    if not could_be(token, lexicon, verbs):
        return None
    forms = lemma_forms(token, lexicon)
    # a particle behind a comma ends another clause: in "sagte, Madsen bringe Tempo mit" the
    # parser may hang "mit" on "sagte"
    particle = "".join(c.lower_ for c in _particle_children(token, lexicon)
                       if not any(t.text == "," for t in token.doc[token.i + 1:c.i]))
    if particle:  # "sagte ... zu" is "zusagen" (promise), not "sagen"
        forms = [f for f in forms if f.startswith(particle)]
    return next((form for form in forms if form in verbs), None)


_SETS: dict[tuple, frozenset] = {}


def word_set(lexicon: dict, *path: str) -> frozenset:
    """A lexicon word list as a set, built once: membership tests run for every token."""
    key = (id(lexicon), path)
    found = _SETS.get(key)
    if found is None:
        value = lexicon
        for part in path:
            value = value[part]
        found = _SETS[key] = frozenset(value)
    return found


_ENDINGS: dict[tuple, re.Pattern] = {}


def ending_pattern(words, optional_suffix: str = "") -> re.Pattern:
    """One regex for "ends with any of these words" (plus an optional inflection suffix). A search
    tries every position of the word, so the words are a trie: at each position the regex follows
    the letters there instead of trying every word (the match, which runs to the end, is the same)."""
    key = (words if isinstance(words, tuple) else tuple(words), optional_suffix)
    pattern = _ENDINGS.get(key)
    if pattern is None:
        alternation = trie_alternation(w for w in words if w) or r"(?!)"  # none: no match
        pattern = _ENDINGS[key] = re.compile(rf"(?:{alternation}){optional_suffix}$")
    return pattern


def trie_alternation(forms) -> str:
    """The forms as one regex in the shape of a trie ("Nord(?:korea|mazedonien)"): a flat
    alternation of thousands of names is tried name by name at every position (the gazetteer's
    took 4 ms per 600-word article, the trie 0.4). A longer form is tried before a shorter one
    it extends, so the longest form that fits wins, as with a flat alternation sorted by length."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a form may end here: continue greedily, else stop
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return pattern(trie)


_LONG_WORDS: dict[tuple, tuple[str, ...]] = {}


def long_words(lexicon: dict, name: str, min_length: int) -> tuple[str, ...]:
    """The lexicon's words (or keys) of at least ``min_length`` letters, computed once: the
    ones long enough to end a compound ("Militärhilfe", "Vizekanzler")."""
    key = (id(lexicon), name, min_length)
    if key not in _LONG_WORDS:
        _LONG_WORDS[key] = tuple(w for w in lexicon[name] if len(w) >= min_length)
    return _LONG_WORDS[key]


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)  # every token is asked
def is_title_word(word: str, kb) -> bool:
    """'Präsident', and compounds ending in a title: 'Vizekanzler', 'Betriebsratschefin'; a citizen
    noun stands before a name as a title does ('die Norwegerin Ingrid Landmark Tandrevold')."""
    lexicon = kb.lexicon
    return word in word_set(lexicon, "person_titles") or word in kb.nationals \
        or bool(ending_pattern(long_words(lexicon, "person_titles", 4)).search(word))


def source_noun_type(word: str, lexicon: dict) -> str | None:
    """The source type of a lower-case word that is a source noun ("medien", "insider") or ends
    in one ("finanzministerium", "gerichtssprecher"), else None (lexicon: source_nouns,
    source_noun_suffixes)."""
    if word in lexicon["source_nouns"]:
        return lexicon["source_nouns"][word]
    suffixes = lexicon["source_noun_suffixes"]
    if not ending_pattern(suffixes).search(word):  # one regex instead of a loop, for every token
        return None
    return next((t for suffix, t in suffixes.items() if word.endswith(suffix)), None)


def after_location_case(text: str, start: int, lexicon: dict) -> bool:
    """Whether the word before ``start`` is a location preposition ("in Erfurt", "aus Kiew") or
    a place word ("im Stadtteil Ruhrort", "the town of Sake"), maybe after words that narrow
    the place down (lexicon: place_qualifiers)."""
    before = text[max(0, start - 60):start].lower().split()  # a window: the words before are short
    # "in eastern Congo", "im Osten des Kongo", "the town of Sake": the preposition before them;
    # also after the country that holds the place: "in Nigeria's northwestern Zamfara state"
    possessives = tuple(m for m in lexicon["possessive_markers"] if len(m) > 1)
    while before and (before[-1] in lexicon["place_qualifiers"] or possessives and before[-1].endswith(possessives)):
        before = before[:-1]
    places = word_set(lexicon, "place_descriptors")
    # the second of two places after one preposition: "in Zuffenhausen und Weissach"
    if len(before) >= 3 and before[-1] in lexicon["coordinators"] and before[-3] in lexicon["location_cases"]:
        return True
    # (a noun for a town too: "nahe der Stadt Zubin Potok")
    return bool(before) and (before[-1] in lexicon["location_cases"] or before[-1] in places
                             or before[-1] in lexicon["town_nouns"])
