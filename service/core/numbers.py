"""Numeric claims: value, range, qualifier, kind, unit, what is counted, whom it concerns.

Numerals are found on the raw text with patterns built from the language's lexicon
(decimal comma or point, scale words, number words, vague magnitudes); the tokens of
the spaCy ``Doc`` give what a number counts. Dates, times, years, names with digits,
phone and reference numbers, list numbering and ages in parentheses are not claims.
A claim repeated in the text is kept once, at its first mention.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from service.core.actors import Actor, MentionIndex
from service.core.dates import DateMatch
from service.core.knowledge import Knowledge
from service.core.text import SpanIndex, doc_text, first_token_at_or_after, has_parse, sentence_of, trie_alternation

_DIGITS = r"\d{1,3}(?:[.,\u202f\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_CURRENCY_SIGNS = "$€£¥"
PRONOUN_POS = {"PRON", "DET"}


@dataclass
class Claim:
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    qualifier: str
    kind: str
    unit: str | None
    counted: str | None
    sentence: str
    sentence_start: int
    actor: str | None = None
    source: str | None = None
    event: str | None = None
    # every mention: its sentence's start and end, and where it stands
    occurrences: list[tuple[int, int, int]] = field(default_factory=list)
    id: str = ""


def parse_number(text: str, decimal_comma: bool) -> float:
    """'100.000' -> 100000, '1,5' -> 1.5 (German); '100,000' -> 100000, '1.5' -> 1.5 (English)."""
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    text = text.replace("\u202f", "").replace("\u00a0", "")
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+(?:{re.escape(decimal)}\d+)?", text):
        text = text.replace(thousands, "")
    return float(text.replace(",", "."))


@functools.cache
def _patterns(kb: Knowledge):
    lex = kb.lexicon
    words = {w: v for w, v in lex["number_words"].items() if v > 1}
    # word lists as tries: the numeral pattern is tried at every position of the text, and a flat
    # alternation would try every word there (the longest word that fits wins either way)
    scale_alt = trie_alternation(lex["scales"])
    unit_alt = trie_alternation(lex["units"])
    word_alt = trie_alternation(words)
    vague_alt = trie_alternation(lex["vague_numbers"])
    # "C$", "A$", "US$": a dollar sign with its country's letters, as the lexicon's units list them
    prefix_alt = trie_alternation({u[:-1] for u in lex["units"] if len(u) > 1 and u[-1] in _CURRENCY_SIGNS}) or "(?!)"
    # "eine Million", "a billion": an article before a scale is one
    article_alt = trie_alternation(lex["scale_articles"]) or "(?!)"
    numeral = (
        rf"(?P<cur>(?:(?<![\w])(?:{prefix_alt})(?=[{_CURRENCY_SIGNS}]))?[{_CURRENCY_SIGNS}]\s?)?"
        rf"(?:(?P<num>{_DIGITS})|(?P<word>(?<![\w-])(?:{word_alt})(?![\w-]))"
        rf"|(?P<article>(?<![\w-])(?:{article_alt})(?=\s(?:{scale_alt})(?![\w-]))))"
        rf"(?:\s?(?P<scale>(?:{scale_alt}))(?![\w]))?"
        rf"(?:\s?(?P<unit>(?:{unit_alt}))(?![\w]))?"
    )
    return {
        "numeral": re.compile(numeral, re.IGNORECASE),
        "vague": re.compile(rf"(?<![\w-])(?P<vague>{vague_alt})(?![\w-])", re.IGNORECASE),
        "range": re.compile(
            rf"\s*(?P<connector>-|–|{'|'.join(map(re.escape, lex['range_connectors'] + lex['range_connectors_after_opener']))})"
            rf"\s*(?P<cur>[{_CURRENCY_SIGNS}]\s?)?"
            rf"(?P<num>{_DIGITS})(?:\s?(?P<scale>(?:{scale_alt}))(?![\w]))?(?:\s?(?P<unit>(?:{unit_alt}))(?![\w]))?",
            re.IGNORECASE),
        "words": {w.lower(): v for w, v in words.items()},
    }


def _value(match: re.Match, kb: Knowledge, words: dict) -> float:
    if match.group("num"):
        value = parse_number(match.group("num"), kb.lexicon["decimal_comma"])
    elif match.groupdict().get("article"):
        value = 1.0
    else:
        value = float(words[match.group("word").lower()])
    scale = match.group("scale")
    return value * kb.lexicon["scales"][scale.lower()] if scale else value


def _unit(match: re.Match, kb: Knowledge) -> tuple[str | None, str | None]:
    for key in (match.group("unit"), match.group("cur")):
        if key:
            kind_unit = kb.lexicon["units"].get(key.strip().lower())
            if kind_unit:
                return kind_unit[0], kind_unit[1]
    return None, None


def _unit_after(text: str, end: int, kb: Knowledge) -> tuple[str | None, str | None]:
    """The unit a vague magnitude counts: "mehrere Millionen Euro", "millions of dollars"."""
    words = [w.strip(".,;:") for w in text[end:end + 30].lower().split()[:3]]
    while words and words[0] in kb.lexicon["counted_skip"]:
        words = words[1:]
    kind_unit = kb.lexicon["units"].get(words[0]) if words else None
    return (kind_unit[0], kind_unit[1]) if kind_unit else (None, None)


def _ago(text: str, end: int, unit: str | None, previous: str, kb: Knowledge) -> bool:
    """A number of time units counted back from now: "vor fünf Jahren", "five years ago"."""
    words = text[end:end + 24].lower().split()[:2]
    if unit is None:  # the unit after the number, when the number pattern did not take it
        if not words:
            return False
        unit, words = words[0], words[1:]
    if unit.strip(".,").lower() not in kb.lexicon["time_units"]:
        return False
    ago = kb.lexicon["ago_words"]
    return previous in ago["before"] or (bool(words) and words[0].strip(".,;") in ago["after"])


def _excluded(text: str, start: int, end: int, match: re.Match, kb: Knowledge, blocked) -> bool:
    if blocked.overlaps(start, end):
        return True
    before, after = text[max(0, start - 12):start], text[end:end + 3]
    if re.search(r"[\w][-/]?$", before) and not match.group("cur"):
        return True  # part of a name or code: G7, COVID-19
    if re.match(r"[\w]", after) or re.match(r":\d", after) or re.search(r"\d:$", before):
        return True  # 3D, times
    if before.endswith("(") and after.startswith(")"):
        return True  # an age after a name
    # (after the number itself too, where the match took a unit: "ein 63 Jahre alter Autofahrer")
    number_end = match.end("num") if match.groupdict().get("num") else end
    following = [text[at:at + 12].lower() for at in {end, number_end}]
    if any(f.startswith(marker) for f in following for marker in kb.lexicon["not_claim_after"]):
        return True  # "38-jähriger", "2 Uhr", "17-year-old"
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and re.match(r"[.)]\s", after):
        return True  # list numbering
    previous_word = re.search(r"(\S+)\s*$", before)
    if previous_word and previous_word.group(1).lower() in kb.lexicon["not_claim_before"]:
        return True
    if previous_word and previous_word.group(1).lower() in kb.lexicon["ordinal_articles"] and re.match(r"\.\s+\w", after):
        return True  # "auf dem 16. Tabellenplatz", "am 3. Spieltag": an ordinal
    if _ago(text, end, match.groupdict().get("unit"), previous_word.group(1).lower() if previous_word else "", kb):
        return True  # "vor fünf Jahren", "five years ago": a time, not a claim
    if previous_word and previous_word.group(1).lower() in kb.lexicon["year_words"] \
            and re.fullmatch(r"\d{4}", match.group("num") or ""):
        return True  # "bis zum Jahr 2100" (but "im vergangenen Jahr 27 Angriffe" counts)
    window = text[max(0, start - 40):start].lower()
    joiners = "|".join(map(re.escape, kb.lexicon["coordinators"] + kb.lexicon["range_connectors"]))
    for phrase in kb.lexicon["age_phrases"]:  # "im Alter von 23, 27 und 31 Jahren", "aged 15 and 16"
        at = window.rfind(phrase)
        if at >= 0 and re.fullmatch(rf"[\s\d,]*(?:(?:{joiners})\s+)?", window[at + len(phrase):]):
            return True  # (also a range: "im Alter von 31 bis 52 Jahren")
    # the second of a coordinated pair shares the first's reason: "aged 15 and 16", "Seite 4 und 5"
    pair = re.search(r"(\S+)\s+\d+\s+(\S+)\s*$", text[max(0, start - 40):start])
    if pair and pair.group(2).lower() in kb.lexicon["coordinators"] and pair.group(1).lower() in kb.lexicon["not_claim_before"]:
        return True
    number = match.group("num")
    if number and not (match.group("scale") or match.group("unit") or match.group("cur")):
        if re.fullmatch(r"(1[89]|20)\d\d", number):
            return True  # a year
        if re.match(r"\.\s+\w", after) and not re.match(r"\.\s+[A-ZÄÖÜ]", after + text[end + 3:end + 4]):
            return True  # German ordinal "am 3. Tag"
    if number and _in_phone_number(text, start, end):
        return True
    return False


def _in_phone_number(text: str, start: int, end: int) -> bool:
    """A run of digit groups with 8 or more digits, joined by spaces, slashes, dashes or '+'."""
    allowed = set("0123456789 +/-()")
    left, right = start, end
    while left > 0 and text[left - 1] in allowed:
        left -= 1
    while right < len(text) and text[right] in allowed:
        right += 1
    run = text[left:right].strip()
    return len(re.findall(r"\d+", run)) >= 3 and len(re.sub(r"\D", "", run)) >= 8
    return False


def _one_figure(earlier: Claim, claim: Claim, vague: dict) -> bool:
    """Whether two claims of one value may be one: not a vague word and an exact figure ("Dozens of
    migrants drown" and "rescued 12 survivors"); "Tausende Landwirte" and "Mehrere tausend Landwirte" are."""
    return (earlier.text.lower() in vague) == (claim.text.lower() in vague) \
        or "exact" not in (earlier.qualifier, claim.qualifier)


@functools.lru_cache(maxsize=8)  # one per language's knowledge
def _qualifier_pattern(kb: Knowledge) -> re.Pattern:
    """Any qualifier phrase ending the text, as a whole word."""
    phrases = sorted(kb.lexicon["qualifiers"], key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, phrases))})$")


def _qualifier(text: str, start: int, kb: Knowledge, end: int | None = None) -> str | None:
    before = text[max(0, start - 30):start].lower().rstrip()
    match = _qualifier_pattern(kb).search(before)  # the leftmost match is the longest phrase
    best = (match.group(0), kb.lexicon["qualifiers"][match.group(0)]) if match else None
    if best and end is not None and best[0] in kb.lexicon["span_words"]:
        words = text[start:end + 12].lower().split()[1:2]  # the unit matched with the number, or the next word
        if words and words[0].strip(".,") in kb.lexicon["time_units"]:
            return None  # "über zehn Jahre finanzieren", "over two years": a span of time, not "more than"
        if _sized_thing(text[max(0, start - 60):start].lower().rstrip()[:-len(best[0])].split(), kb):
            return None  # "das Einzelrennen über 15 Kilometer", "einen Fonds über 150 Milliarden": its size
    return best[1] if best else None


def _sized_thing(words: list[str], kb: Knowledge) -> bool:
    """The words before a span word name one thing: a singular article, at most two adjectives,
    and a noun that is no function word ("eine Geldstrafe über", not "ein Anstieg auf über")."""
    if not words or words[-1] in kb.lexicon["stopwords"] or not words[-1].isalpha():
        return False
    return any(w in kb.lexicon["singular_articles"] for w in words[-4:-1])


def _counted(doc: Doc, end: int, kb: Knowledge):
    """The noun a number counts: the first noun after it, skipping adjectives and 'von'/'of';
    for "15.000 von ihnen" the last plural noun before the number in the sentence."""
    first = first_token_at_or_after(doc, end)
    tokens = doc[first:first + 5]
    for token in tokens:
        if token.is_punct or token.is_space:
            return None
        if token.lower_ in kb.lexicon["counted_skip"] or token.pos_ in ("ADJ", "NUM") or token.lower_ in kb.lexicon["units"]:
            continue
        if token.pos_ in PRONOUN_POS and token.i > 0 and doc[token.i - 1].lower_ in kb.lexicon["counted_skip"]:
            before = [t for t in sentence_of(doc, token.idx) if t.idx < end and t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")]
            return before[-1] if before else None
        if token.pos_ in PRONOUN_POS or token.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
            return None
        if token.pos_ in ("NOUN", "PROPN") or (not token.pos_ and token.is_alpha and not token.is_stop):
            return token
        if not token.pos_:
            continue
        return None
    return None


def _actor_for(start: int, end: int, counted, sentence, mentions: "MentionIndex") -> str | None:
    """An actor named inside the counted phrase ("nordkoreanische Soldaten"), else the
    nearest one in the sentence, preferring one before the number."""
    phrase = (start, end)
    if counted is not None:
        phrase = (min(start, counted.left_edge.idx if has_parse(counted.doc) else counted.idx),
                  max(end, counted.idx + len(counted)))
    best = None
    for mention, actor in mentions.within(sentence.start_char, sentence.end_char):
        if actor.media:
            continue
        if phrase[0] <= mention.start < phrase[1]:
            return actor.id
        distance = abs(mention.start - start) + (0 if mention.start < start else 1000)
        if best is None or distance < best[0]:
            best = (distance, actor.id)
    return best[1] if best else None


def extract_claims(doc: Doc, kb: Knowledge, actors: list[Actor], dates: list[DateMatch],
                   headline_end: int = 0) -> list[Claim]:
    text = doc_text(doc)
    patterns = _patterns(kb)
    # numbers inside names: dates, actor mentions, and names the model found with a number in
    # them that are no actors ("Ariane 6", "Boeing 737")
    named = [(e[-1].idx, e.end_char) for e in doc.ents
             if 2 <= len(e) <= 3 and e[-1].like_num and e[-2].is_title and not e[0].like_num]
    blocked = SpanIndex([(d.start, d.end) for d in dates] + [(m.start, m.end) for a in actors for m in a.mentions]
                        + named)
    candidates = []  # (start, end, value, value_max, qualifier, kind, unit)
    for match in patterns["numeral"].finditer(text):
        start, end = match.span()
        if _excluded(text, start, end, match, kb, blocked):
            continue
        value = _value(match, kb, patterns["words"])
        kind, unit = _unit(match, kb)
        value_max, qualifier = None, _qualifier(text, start, kb, end)
        ranged = patterns["range"].match(text, end)
        if ranged:
            connector = ranged.group("connector").lower()
            opener = text[max(0, start - 12):start].lower().split()
            needs_opener = connector in kb.lexicon["range_connectors_after_opener"]
            upper = _value(ranged, kb, patterns["words"])
            if upper <= value and connector in "-–":
                continue  # "2-1": a score or a code, not a range and not a claim
            upper_unit = _unit(ranged, kb) if ranged.group("unit") or ranged.group("cur") else (kind, unit)
            # "up 5 percent to 5.9 billion euros": a change and a level, not a range
            same_unit = unit is None or upper_unit == (kind, unit)
            if upper > value and same_unit and (not needs_opener or (opener and opener[-1] in kb.lexicon["range_openers"])):
                value_max = upper
                kind, unit = upper_unit
                end, qualifier = ranged.end(), "range"
        candidates.append((start, end, value, value_max, qualifier, kind, unit))
    for match in patterns["vague"].finditer(text):
        if blocked.overlaps(match.start(), match.end()):
            continue
        value, qualifier = kb.lexicon["vague_numbers"][match.group("vague").lower()]
        kind, unit = _unit_after(text, match.end(), kb)
        candidates.append((match.start(), match.end(), float(value), None, qualifier, kind, unit))

    mention_index = MentionIndex(actors)
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []  # every claim's span, also where it joined an earlier claim
    by_key: dict[tuple, Claim] = {}
    previous = None
    vague = kb.lexicon["vague_numbers"]
    for start, end, value, value_max, qualifier, kind, unit in sorted(candidates):
        if any(s <= start < e for s, e in taken):
            continue
        taken.append((start, end))
        sentence = sentence_of(doc, start)
        counted_token = _counted(doc, end, kb)
        counted = counted_token.text if counted_token is not None else None
        if qualifier is None and previous is not None and previous.sentence_start == sentence.start_char:
            between = text[previous.end:start].lower().split()
            # "etwa 120 Raketen und 90 Drohnen", not across another item of a list ("etwa 2,3
            # Millionen Euro, Goldbarren und 14 Autos")
            if len(between) <= 3 and between and between[-1] in kb.lexicon["coordinators"] \
                    and "," not in text[previous.end:start] and previous.qualifier not in ("exact", "range"):
                qualifier = previous.qualifier
        kind = kind or ("count" if counted else "other")
        claim = Claim(start=start, end=end, text=text[start:end], value=value, value_max=value_max,
                      qualifier=qualifier or "exact", kind=kind, unit=unit, counted=counted,
                      sentence=sentence.text.strip(), sentence_start=sentence.start_char,
                      actor=_actor_for(start, end, counted_token, sentence, mention_index))
        previous = claim
        key = (value, value_max, unit, (counted or "").lower())
        earlier = itertools.chain([by_key.get(key)], (c for c in claims if c.start < headline_end <= start and c.value == value
                                                      and c.value_max == value_max and c.unit == unit
                                                      and all(o[2] < headline_end for o in c.occurrences)))
        same = next((c for c in earlier if c is not None and _one_figure(c, claim, vague)), None)
        # (a headline number is the body's first with the same value, whatever noun each counts:
        # "cut 1,200 jobs" ... "lay off about 1,200 employees"; not every later one: "Two arrested"
        # ... "two men" ... "almost two weeks")
        # a headline drops the qualifier the body gives ("4,000 jobs" ... "about 4,000 jobs"):
        # one claim, with the qualifier that says more
        if same is not None and (same.qualifier == claim.qualifier or "exact" in (same.qualifier, claim.qualifier)):
            if same.qualifier == "exact":
                same.qualifier = claim.qualifier
            same.occurrences.append((sentence.start_char, sentence.end_char, start))
            continue
        claim.occurrences.append((sentence.start_char, sentence.end_char, start))
        by_key[key] = claim
        claims.append(claim)
    for i, claim in enumerate(claims, 1):
        claim.id = f"n{i}"
    return claims
