"""Actors: people, countries, organisations, places and groups, merged and linked.

Sources of mentions, in order of trust:
1. the knowledge base gazetteer (names, aliases, demonym adjectives, capitals, seats
   of power, people and their surnames; genitive forms and hyphen compounds included);
2. the statistical NER of whatever pipeline is loaded (PER, LOC, ORG; MISC only when
   the knowledge base knows it);
3. rules from the lexicon: a title before a name makes a person, an organisation
   suffix, head word, club prefix or descriptor ("der Fahrradhersteller Velotec") makes
   an organisation, a place head ("Landkreis Rosenheim") a place.
Where they disagree, a longer name wins over a known place or company inside it ("Alba
Berlin"), and a title over the model's fragment of a name ("Ministerpräsident Olaf Lies").
Mentions of one real entity are merged into one actor: by knowledge-base key, by surname,
by normalised name, by a company's short name ("Northvale"), and a club takes its town.
Generic nouns refer back to the named actor of their kind ("die Gewerkschaft" -> Verdi);
institutions named without a name ("die Polizei") are actors of their own.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from service.core.knowledge import Entry, Knowledge
from service.core.layout import Layout
from service.core.text import (WORD_CACHE_SIZE, SpanIndex, doc_text, ending_pattern, first_token_at_or_after, is_speech_verb,
                               is_title_word, long_words, tokens_of, trie_alternation, word_set)

NER_TYPES = {"PER": "person", "PERSON": "person", "LOC": "location", "GPE": "location", "ORG": "organization",
             "NORP": "group"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    generic: bool = False  # a common noun referring back ("the company"), never the actor's name


@dataclass(eq=False)  # compared and hashed by identity
class Actor:
    key: str
    name: str
    type: str
    kb_id: str | None = None
    country: str | None = None
    media: bool = False
    government: bool = False
    kind: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    salience: float = 0.0
    id: str = ""

    @property
    def aliases(self) -> list[str]:
        seen = {self.name}
        return [m.text for m in self.mentions if not (m.text in seen or seen.add(m.text))]


class MentionIndex:
    """All actor mentions sorted by position, for the mentions inside a sentence."""

    def __init__(self, actors: list[Actor]):
        self._items = sorted(((m, a) for a in actors for m in a.mentions), key=lambda item: item[0].start)
        self._starts = [m.start for m, _ in self._items]

    def within(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        return self._items[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]


def _strip_suffix(text: str, kb: Knowledge, document: str) -> str:
    """'Putins' -> 'Putin' when the bare form is known or occurs in the article ('Huss' stays);
    'Gesundheitsministeriums' -> 'Gesundheitsministerium' (an institution's head noun), also
    leading a longer name ('Instituts zur Qualitätsentwicklung' -> 'Institut zur ...')."""
    head, space, rest = text.partition(" ")
    bare_head = _bare(head.lower(), kb)
    if space and bare_head != head.lower():
        return head[: len(bare_head)] + space + rest
    # the last word, or the only one: "Deutschen Feuerwehrverbandes" -> "... Feuerwehrverband",
    # "Umweltbundesamtes" -> "Umweltbundesamt" (not "Umweltbundesamte")
    before, space, last = text.rpartition(" ")
    bare_last = _bare(last.lower(), kb)
    if bare_last != last.lower() and (not space or last[:1].isupper()):
        return before + space + last[: len(bare_last)]
    for suffix in kb.lexicon["name_suffixes"]:
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            bare = text[: -len(suffix)]
            if kb.lookup(bare) or re.search(rf"(?<![\w]){re.escape(bare)}(?![\w])", document):
                return bare
    return text


def _bare(word: str, kb: Knowledge) -> str:
    """The nominative of an institution noun in the genitive: "ministeriums" -> "ministerium"."""
    for ending in ("es", "s"):
        if word.endswith(ending) and any(word[: -len(ending)].endswith(h) for h in kb.lexicon["org_head_suffixes"]):
            return word[: -len(ending)]
    return word


def _gazetteer_mentions(text: str, kb: Knowledge) -> tuple[list[tuple[Mention, Entry]], list[tuple[Mention, str]]]:
    """Known names, and the names a demonym leads where the known name is one many states
    share ("the Slovenian Democratic Party" is not the US party): those as new organisations."""
    found, led = [], []
    leading = None  # a demonym that starts a name, and its entry
    for match in kb.pattern.finditer(text):
        start, end = match.span("form")
        form = match.group("form")
        entry = kb.lookup(form)
        if leading is not None and entry.shared_name:
            demonym, state = leading
            between = text[demonym.end:start].split()
            if len(between) <= 2 and all(w[:1].isupper() for w in between) and "\n" not in text[demonym.end:start]:
                if state.country == entry.country:  # "the U.S. Senate": the known one, in its state
                    found += [(demonym, state), (Mention(start, end, form), entry)]
                else:
                    led.append((Mention(demonym.start, match.end(), text[demonym.start:match.end()]), "organization"))
                leading = None
                continue
        if leading is not None and entry.type != "person" and entry.country in (None, leading[1].country) \
                and not text[leading[0].end:start].strip():
            found.append(leading)  # "the U.S. State Department": the state too, as in "the U.S. Senate"
        leading = None
        if form in kb.name_initial_demonyms and not _sentence_initial(text, start):
            continue
        if text[end:end + 1] in ("$", "€", "£", "¥"):
            continue  # "US$2 billion": a currency, not the country
        if entry.type == "person" and " " not in form and _after_other_first_name(text, start, kb):
            continue  # "Kapitän Willi Orban" is not Viktor Orbán
        if form in kb.demonyms and form[:1].isupper() and _starts_name(text[end:], kb):
            leading = (Mention(start, end, form), entry)
            continue  # English: "British Chambers of Commerce" is a name, not Britain
        found.append((Mention(start, end, form), entry))
    return found, led


def _after_other_first_name(text: str, start: int, kb: Knowledge) -> bool:
    """A capitalised word right before a known surname that is no title, no known name and does
    not start the sentence: another person's first name."""
    match = re.search(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüßéèáíóúñç]+(?:-[A-ZÄÖÜ][a-zäöüßéèáíóúñç]+)?) $", text[max(0, start - 40):start])
    if match is None:
        return False
    word = match.group(1)
    word_start = start - len(match.group(0))
    return not (_sentence_initial(text, word_start) or is_title_word(word.lower(), kb) or kb.lookup(word)
                or kb.lookup(word.rstrip("s")) or word in kb.lexicon["not_actors"])


def _starts_name(following: str, kb: Knowledge) -> bool:
    """A capitalised word follows that is no title ("Russian President" keeps Russia)."""
    match = re.match(r" ([A-Z][\w&'-]*)", following)
    if match is None or match.group(1) in kb.lexicon["not_actors"]:
        return False
    rest = following[1:].lower()
    return not any(rest.startswith(title) for title in kb.lexicon["person_titles"])


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t„\"»(")
    return not before or before[-1] in ".!?:\n"


def _quoted_outlets(doc: Doc, kb: Knowledge, taken) -> list[tuple[Mention, str]]:
    """„Handelsblatt“ after an attribution cue, a media noun or a speech verb ("laut dem
    „Kicker“", "die Zeitung „Die Welt“", "schrieb die „Rheinpost“") is a news outlet."""
    text = doc_text(doc)
    cues = list(kb.lexicon["attribution"]["prepositional"]) + kb.lexicon["media_nouns"]
    found = []
    for match in re.finditer(r"[„\"“»]([A-ZÄÖÜ][\w.&'-]*(?: [A-ZÄÖÜ][\w.&'-]*){0,3})[“”\"«]", text):
        before = text[max(0, match.start() - 40):match.start()].lower().split()
        first = first_token_at_or_after(doc, match.start())
        preceding = doc[max(0, first - 3):first]
        window = " ".join(before[-4:])  # "nach Informationen des „Kicker“"
        if not (any(cue in before[-3:] or f" {cue} " in f" {window} " for cue in cues)
                or any(is_speech_verb(t, kb.lexicon) for t in preceding)):
            continue
        if before and before[-1] in kb.lexicon["indefinite_articles"]:
            continue  # "sprach von einer „Durststrecke“": a word quoted, not an outlet
        start, end = match.span(1)
        if not taken.overlaps(start, end):
            found.append((Mention(start, end, match.group(1)), "media"))
    return found


def _dateline_place(text: str, layout: Layout, taken) -> list[tuple[Mention, str]]:
    """"Potsdam, 12.06.2024": the word before the date on a dateline is a place."""
    if layout.dateline is None:
        return []
    line_start = text.rfind("\n", 0, layout.dateline.start) + 1
    match = re.match(r"\s*([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)\s*[,/-]", text[line_start:layout.dateline.start])
    if not match:
        return []
    start, end = line_start + match.start(1), line_start + match.end(1)
    return [] if taken.overlaps(start, end) else [(Mention(start, end, match.group(1)), "location")]



def town_mentions(doc: Doc, kb: Knowledge, taken: SpanIndex) -> list[tuple[Mention, str]]:
    """Towns and cities the knowledge base's GeoNames names hold, where a place preposition or a
    noun for a town leads them (a demonym may stand between) and nothing else took the words: "bei Lüdenscheid",
    "im libyschen Tobruk", "zwischen Sigmaringen und Ulm". The name must not run on into a longer one ("in Manchester
    United")."""
    lexicon = kb.lexicon
    town_nouns = set(lexicon["town_nouns"])  # "nahe der Stadt Zubin Potok", "the town of Zubin Potok"
    leaders = set(lexicon["location_cases"]) | set(lexicon["between_words"]) | town_nouns
    text = doc_text(doc)

    tokens = tokens_of(doc)

    def town_at(i: int):
        if i >= len(tokens) or not tokens[i].is_title:
            return None
        for n in range(min(4, len(tokens) - i), 0, -1):
            start, end = tokens[i].idx, tokens[i + n - 1].idx + len(tokens[i + n - 1])
            name = text[start:end]
            following = tokens[i + n] if i + n < len(tokens) else None
            if kb.town_country(name) and not taken.overlaps(start, end) and not _is_junk(name, kb) and "\n" not in name \
                    and not (following is not None and following.is_title and following.pos_ == "PROPN"):
                return doc[i:i + n]
        return None

    model_places = {e.start: e for e in doc.ents if NER_TYPES.get(e.label_) == "location"}
    separators = {*lexicon["coordinators"], ","}
    found = []
    place_of = lexicon["place_of_words"]  # "nördlich von Sassnitz", "im Hafen von Trelleborg", "north of Kyiv"
    for token in tokens[:-1]:
        if token.lower_ not in leaders and not (token.i > 0 and tokens[token.i - 1].lower_ in place_of.get(token.lower_, ())):
            continue
        after = token.i + 2 if tokens[token.i + 1].text in kb.demonyms and tokens[token.i + 1].is_lower \
            or token.lower_ in town_nouns and tokens[token.i + 1].lower_ in lexicon["name_joiners"] else token.i + 1
        town = town_at(after)
        if town is not None:
            found.append(town)
        else:  # a place the model found may lead the list
            town = model_places.get(after)
            if town is None:
                continue
        # and the towns listed with it: "zwischen Sigmaringen und Ulm", "in Pensacola and Mobile"
        while town.end + 1 < len(tokens) and tokens[town.end].lower_ in separators and (town := town_at(town.end + 1)):
            found.append(town)
    return [(Mention(span.start_char, span.end_char, span.text), "location") for span in found]


def _names_a_place(word: str, kb: Knowledge) -> bool:
    entry = kb.lookup(word)
    return entry is not None and entry.type in ("country", "location")


def _truncated_before(token, kb: Knowledge) -> list:
    """The first part of a compound whose shared end a hyphen leaves out ("Industrie- und
    Handelskammer"): the words before ``token`` that belong to its name."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].lower_ in kb.lexicon["coordinators"] \
            and doc[token.i - 2].text.endswith("-") and doc[token.i - 2].text[:1].isupper():
        return [doc[token.i - 2], doc[token.i - 1]]
    return []


def _names_a_storm(tokens, kb: Knowledge) -> bool:
    """"Cyclone Hamoon", "Sturmtief Zoltan": a name that opens with a word for a storm, or that
    follows one ("Storm Amy hit", where the model took "Amy" alone)."""
    if not tokens:
        return False
    storms = kb.lexicon["named_storm_words"]
    words = " ".join(t.text for t in tokens)
    before = " ".join(t.text for t in tokens[0].doc[max(0, tokens[0].i - 2):tokens[0].i])
    return len(tokens) > 1 and any(words.startswith(storm + " ") for storm in storms) \
        or any(before == storm or before.endswith(" " + storm) for storm in storms)


def _is_junk(text: str, kb: Knowledge) -> bool:
    words = text.split()
    return (not any(ch.isupper() for ch in text) or len(text) < 2 or text in kb.lexicon["not_actors"]
            or all(w in kb.lexicon["not_actors"] for w in words) or not any(ch.isalpha() for ch in text))


def _ner_mentions(doc: Doc, kb: Knowledge, taken, places: list[Mention] = ()) -> list[tuple[Mention, str]]:
    """Mentions the statistical NER found where nothing more trusted did. A name that holds
    one known place among other capitalised words is a name of its own, not that place:
    "Alba Berlin", "SAP Garden", "Israel González" (``places``: those gazetteer mentions)."""
    found = []
    for ent, listed in _listed_places(doc.ents, kb):
        actor_type = NER_TYPES.get(ent.label_)
        # trim quotes, punctuation and articles the model may include at the edges
        tokens = [t for t in ent if not (t.is_punct or t.is_space)]
        # articles and titles are not part of the name: "der Vizekanzler Robert Habeck",
        # "Police Superintendent Larry Snelling"
        while len(tokens) > 1 and tokens[0].is_stop and tokens[0].is_lower:
            tokens = tokens[1:]
        last_title = max((i for i, t in enumerate(tokens[:-1]) if is_title_word(t.lower_, kb)), default=-1)
        tokens = tokens[last_title + 1:]
        if last_title >= 0 and actor_type is not None:
            actor_type = "person"  # a title names a person, whatever the model said
        # a name ends before a weekday or month and before lower-case words the model took
        # along: "Katja Wolf am Dienstag", "United Auto Workers union"
        cut = next((i for i, t in enumerate(tokens) if i and t.text in kb.lexicon["not_actors"]), len(tokens))
        tokens = tokens[:cut]
        lower_tail = []
        while len(tokens) > 1 and tokens[-1].is_lower:
            lower_tail.insert(0, tokens.pop())
        if len(tokens) == 1 and lower_tail and tokens[0].is_sent_start and not _known_name(tokens[0].text, kb) \
                and _refers_to_a_kind(lower_tail[-1].lower_, kb):
            continue  # "Traffic police closed the road": a common word opens the sentence before the institution
        while actor_type == "person" and len(tokens) > 2 and _names_a_place(tokens[-1].text, kb):
            tokens = tokens[:-1]  # "hat Außenminister Tomas Varga Rumänien kritisiert": the object follows
        if tokens and actor_type == "person" and tokens[-1].text in kb.lexicon["org_suffixes"]:
            actor_type = "organization"  # "Northvale Motors"
        if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in tokens):
            continue  # "Ariane 6", "COVID-19": products and diseases; known names with digits come from the KB
        if _names_a_storm(tokens, kb):
            continue
        if len(tokens) == 1 and not tokens[0].pos_ and _whole_word_occurrences(tokens[0].lower_, doc_text(doc), joiners=""):
            continue  # no tagger: "Measles" leads the headline, "measles" runs through the text: a common noun
        if not tokens or actor_type is None or all(is_title_word(t.lower_, kb) for t in tokens):
            continue  # "Trainer" alone: the model split the title from the name
        if actor_type == "person" and tokens[0].pos_ in ("DET", "PRON", "ADJ") and not any(t.pos_ == "PROPN" for t in tokens):
            continue  # "„Mein Mandant hat ...“", "Schweres Erdbeben erschüttert ...": a noun phrase names nobody
        if actor_type == "location" and (any(t.text in kb.lexicon["org_heads"] or t.text in kb.lexicon["org_name_words"]
                                             for t in tokens[1:]) or len(tokens) > 1 and is_title_word(tokens[-1].lower_, kb)):
            # "Portland Fire & Rescue", "Chicago Police Department"; an office: "Multnomah County District Attorney"
            actor_type = "organization"
        before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        # a name a descriptor introduces is the organisation it describes: "der Fahrradhersteller
        # Velotec", "the research firm AutoPulse", "der Stahlkonzern ArcelorMittal" (the model: a
        # place), "die Katastrophenschutzbehörde Afad", in apposition too ("the country's biggest
        # refiner, Petrolux, said"); a town stays a town ("Flughafen Hahn")
        descriptor = before
        if before is not None and before.text == "," and before.i > 0 and doc[before.i - 1].is_lower \
                and tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text == ",":
            descriptor = doc[before.i - 1]
        described = descriptor is not None and bool(_generic_kinds(descriptor.lower_, kb)) and (
            actor_type == "person" or actor_type == "location" and kb.town_country(
                doc_text(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]) is None)
        if before is not None and actor_type != "person" and is_title_word(before.lower_.split("-")[-1], kb):
            actor_type = "person"  # "RKI-Präsident Lars Schaade", "Topscorer Carsen Edwards"
        elif described:
            actor_type = "organization"
        elif actor_type == "person" and len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0]) > 1:
            actor_type = "organization"  # "KFOR", "NEMA": an acronym names no person
        # "Food and Drink Federation": the model may start after "and"
        first = tokens[0]
        # (not where the word before is a name of the model's own: "Codelco and Rio Tinto agreed")
        if actor_type == "organization" and first.i >= 2 and doc[first.i - 1].lower_ in ("and", "&") \
                and doc[first.i - 2].is_title and not doc[first.i - 2].is_sent_start and not doc[first.i - 2].ent_type_:
            tokens = [doc[first.i - 2], doc[first.i - 1], *tokens]
        # "Portland Fire & Rescue", "Procter & Gamble": the model stops at the ampersand
        last = tokens[-1]
        if actor_type == "organization" and last.i + 1 < len(doc) and last.is_title \
                and ending_pattern(kb.lexicon["name_adjective_endings"]).search(last.lower_) \
                and doc[last.i + 1].is_title and doc[last.i + 1].is_alpha and not doc[last.i + 1].is_stop:
            last = doc[last.i + 1]  # a name ends in a noun: "Bundesvereinigung Deutscher Apothekerverbände"
        while last.i + 2 < len(doc) and doc[last.i + 1].text == "&" and doc[last.i + 2].is_title:
            last = doc[last.i + 2]
        # "the Brunt Ice Shelf", "the Mahisagar River": the model stops before the feature's words,
        # which make the name a place's, whatever type it read
        feature_end = last
        while feature_end.i + 1 < len(doc) and doc[feature_end.i + 1].is_title \
                and doc[feature_end.i + 1].text in kb.lexicon["place_name_ends"]:
            feature_end = doc[feature_end.i + 1]
        if feature_end is not last and actor_type != "person":
            last, actor_type = feature_end, "location"
        # "European Automobile Manufacturers' Association": the model stops at a plural possessive
        if actor_type == "organization" and last.i + 2 < len(doc) and doc[last.i + 1].text in ("'", "’") \
                and not last.whitespace_ and doc[last.i + 2].is_title and not doc[last.i + 2].is_stop:
            last = doc[last.i + 2]
        start, end = tokens[0].idx, last.idx + len(last)
        span_text = doc_text(doc)[start:end]
        if "\n" in span_text or _is_junk(span_text, kb):
            continue
        if taken.overlaps(start, end) and not _holds_one_place(tokens, start, end, places, taken):
            continue
        if len(tokens) == 1 and tokens[0].pos_ in ("NOUN", "ADJ", "VERB", "ADV", "PRON", "DET") and not listed \
                and not described:
            continue  # a capitalised common noun (German capitalises every noun), not one of listed places
        if len(tokens) == 1 and actor_type == "person" and tokens[0].i > 0 and (
                doc[tokens[0].i - 1].lower_ in kb.lexicon["indefinite_articles"] or doc[tokens[0].i - 1].like_num) \
                and not kb.lookup(tokens[0].text):
            continue  # "den Abschuss eines Wolfes", "etwa 60 Wolfsrudel": a counted thing, no one's name
        if len(tokens) == 1 and actor_type == "person" and _names_a_document(tokens[0].lower_, kb):
            continue  # "Bildungsstudie: Viele Viertklässler ...": a study, nobody speaking
        found.append((Mention(start, end, span_text), actor_type))
    return _join_organisation_parts(found, doc_text(doc), kb)


def _listed_places(ents, kb: Knowledge):
    """The model's names, where it read a list of places as one ("Selm und Werne") each place on its own;
    with whether it was listed."""
    for ent in ents:
        inner = [t.i for t in ent[1:-1] if t.lower_ in kb.lexicon["coordinators"]]
        if NER_TYPES.get(ent.label_) != "location" or not inner:
            yield ent, False
            continue
        start = ent.start
        for end in [*inner, ent.end]:
            yield Span(ent.doc, start, end, label=ent.label), True
            start = end + 1


def _join_organisation_parts(found: list[tuple[Mention, str]], text: str, kb: Knowledge) -> list[tuple[Mention, str]]:
    """An organisation the model cut at a joining word is one name: "Kenya National Commission"
    + "on" + "Human Rights" (lexicon: name_joiners)."""
    joined: list[tuple[Mention, str]] = []
    for mention, actor_type in found:
        between = text[joined[-1][0].end:mention.start].split() if joined else []
        if joined and joined[-1][1] == "organization" and actor_type in ("organization", "location", "group") \
                and len(between) == 1 and between[0] in kb.lexicon["name_joiners"] and mention.text[:1].isupper():
            start = joined[-1][0].start
            joined[-1] = (Mention(start, mention.end, text[start:mention.end]), "organization")
            continue
        joined.append((mention, actor_type))
    return joined


def _names_a_document(word: str, kb: Knowledge) -> bool:
    """A word that is (or ends in) a document noun of the lexicon: "Studie", "Bildungsstudie"."""
    documents = _document_nouns(kb)
    return bool(documents) and ending_pattern(documents).search(word) is not None


@functools.lru_cache(maxsize=8)  # one per language's knowledge
def _document_nouns(kb: Knowledge) -> tuple[str, ...]:
    return tuple(noun for noun, kind in kb.lexicon["source_nouns"].items() if kind == "document" and " " not in noun)


def _other_occurrences(doc: Doc, places: list[Mention]) -> list[tuple[int, int]]:
    """Where the one-word name of a place found once (by the model, on the dateline) occurs
    again as a name: "Kempten, 12.05.2026" ... "die Kriminalpolizei Kempten"."""
    names = {m.text for m in places if " " not in m.text}
    return [(t.idx, t.idx + len(t)) for t in tokens_of(doc) if t.text in names and t.pos_ in ("PROPN", "NOUN", "X", "")]


def _is_head(word: str, heads) -> bool:
    """An organisation head word, also in the genitive: "Institut", "Instituts", "Amtes"."""
    return word in heads or any(word.endswith(e) and word[: -len(e)] in heads for e in ("es", "s"))


def _holds_one_place(tokens, start: int, end: int, places: list[Mention], taken) -> bool:
    inside = [m for m in places if start <= m.start and m.end <= end]
    if len(inside) != 1 or len(tokens) < 2 or len(tokens) > 4 or not all(t.text[:1].isupper() or t.text == "&" for t in tokens):
        return False
    place = inside[0]  # nothing else known may overlap the span
    others = [t for t in tokens if not (place.start <= t.idx < place.end)]
    if any(t.pos_ not in ("PROPN", "X", "") for t in others):
        return False  # "Konkurrent SpaceX", "Weltraumbahnhof Kourou": a noun before the name
    return not (taken.overlaps(start, place.start) or taken.overlaps(place.end, end))


def _yields_to_names(entry: Entry) -> bool:
    """Known places, and companies (venues carry sponsors' names), may be part of a longer name."""
    return entry.type in ("location", "country") or entry.kind == "company"


def _rule_mentions(doc: Doc, kb: Knowledge, taken: SpanIndex, places: SpanIndex,
                   fragments: list[tuple[int, int]] = (), trusted: SpanIndex = SpanIndex()) -> list[tuple[Mention, str]]:
    """Title + name -> person; name + org suffix, org head + name -> organisation."""
    titles = set(kb.lexicon["person_titles"])
    suffixes = set(kb.lexicon["org_suffixes"])
    heads = set(kb.lexicon["org_heads"])
    head_suffixes = kb.lexicon["org_head_suffixes"]
    head_words = set(kb.lexicon["org_head_words"])
    head_pattern = ending_pattern(head_suffixes, "(?:e?s)?")  # also in the genitive: "Gesundheitsministeriums"
    descriptors = set(kb.lexicon["org_descriptor_words"])
    place_heads = set(kb.lexicon["place_heads"])
    place_words = word_set(kb.lexicon, "place_descriptors")
    places_before_of = word_set(kb.lexicon, "place_descriptors_before_of")
    place_nouns_after = word_set(kb.lexicon, "place_nouns_after")
    club_prefixes = set(kb.lexicon["club_prefixes"])
    genitive_endings = kb.lexicon["org_genitive_adjective_endings"]
    complements = word_set(kb.lexicon, "org_head_complements")
    coordinators = word_set(kb.lexicon, "coordinators")
    name_genitives = word_set(kb.lexicon, "name_genitive_articles")  # "Stiftung zum Schutz der Meere"
    articles = word_set(kb.lexicon, "definite_articles")
    found = []
    tokens = tokens_of(doc)

    def genitive_adjective(token) -> bool:
        return bool(genitive_endings) and token.is_lower and not token.is_stop \
            and ending_pattern(genitive_endings).search(token.lower_) is not None

    def name_run(i: int, step: int) -> list:
        run = []
        while 0 <= i < len(doc) and len([t for t in run if t.text != "-"]) < 3:
            token = tokens[i]
            if token.text == "-" and run and not tokens[i - 1].whitespace_ and 0 <= i + step < len(doc) \
                    and tokens[i + step].is_title:
                run.append(token)  # "Francois-Philippe Champagne"
                i += step
                continue
            capitalised = token.is_title or (token.text[:1].isupper() and token.is_alpha)  # "AutoPulse", "UAW"
            if not capitalised or token.is_stop or token.text in kb.lexicon["not_actors"] or token.lower_ in titles:
                break
            # a noun the parse joins to the name is part of it: "Brandt Fahrzeugtechnik"
            joined = step > 0 and run and token.dep_.startswith("flat") and token.head in run
            if token.pos_ and token.pos_ not in ("PROPN", "X") and not joined:
                break
            run.append(token)
            i += step
        return run if step > 0 else run[::-1]

    def demonym_before(token) -> list:
        """A demonym that opens the name: "der Deutsche Handballbund", "die Deutsche Stiftung Patientenschutz"."""
        return [tokens[token.i - 1]] if token.i > 0 and tokens[token.i - 1].text in kb.name_initial_demonyms else []

    def capitalised_run(i: int) -> list:
        """Capitalised words whatever the tagger says (it reads "Kopenhagen" as a noun)."""
        run = []
        # (an acronym may follow the first word: "die Krankenkasse Nordlicht BKK")
        while i < len(doc) and len(run) < 2 and (tokens[i].is_title or run and tokens[i].is_upper and len(tokens[i]) > 1) \
                and tokens[i].is_alpha and not tokens[i].is_stop and tokens[i].text not in kb.lexicon["not_actors"]:
            run.append(tokens[i])
            i += 1
        return run

    def title_case_words(i: int, alpha: bool = False) -> list:
        """Up to three capitalised words from ``i`` that may be a person's names (no title among them)."""
        run = []
        while i < len(doc) and len(run) < 3 and tokens[i].is_title and (tokens[i].is_alpha or not alpha) and not tokens[i].is_stop \
                and tokens[i].text not in kb.lexicon["not_actors"] and tokens[i].lower_ not in titles:
            run.append(tokens[i])
            i += 1
        return run

    def first_names(i: int) -> list:
        """After a title the small tagger may read a first name as a noun ("Ministerin Bärbel Bas"),
        and a foreign surname as anything, when a verb follows it ("Premierminister Sébastien
        Lecornu hat")."""
        run = title_case_words(i)
        i += len(run)
        verb_follows = i < len(doc) and tokens[i].pos_ in ("VERB", "AUX") and tokens[i].is_lower
        return run if len(run) >= 2 and (run[-1].pos_ in ("PROPN", "X") or verb_follows) else []

    def descriptor_name(token) -> list:
        """The name after a descriptor noun: "the research firm AutoPulse"; German capitalises
        both, so the tagger must read a name after it ("die Gewerkschaft Verdi"), or the descriptor is a
        genitive, after which only a name can follow without an article ("des IT-Dienstleisters
        Komnet", whatever the tagger says); never a place ("Verbraucherzentrale Hamburg")."""
        following = tokens[token.i + 1]
        if following.text == "," and token.is_lower:
            # the name in apposition: "Germany's largest roaster, Tchibo, said"
            run = title_case_words(token.i + 2, alpha=True)
            after = token.i + 2 + len(run)
            return run if run and after < len(doc) and tokens[after].text == "," else []
        if places.overlaps(following.idx, following.idx + 1) and not places.overlaps(token.idx, token.idx + len(token)):
            return []  # (a "place" that holds the descriptor too is the model's misreading of the name)
        # (the small tagger may read a descriptor compound as a name too: "der Linkspartei La France Insoumise")
        if token.is_lower != following.is_lower or token.pos_ in ("NOUN", "PROPN") and following.pos_ == "PROPN":
            return name_run(token.i + 1, 1)
        genitive = token.i > 0 and tokens[token.i - 1].lower_ in kb.lexicon["genitive_articles"] and token.lower_.endswith("s")
        if genitive:
            return capitalised_run(token.i + 1)
        if following.is_alpha and following.text[:1].isupper() and any(ch.isupper() for ch in following.text[1:]) \
                and following.text not in kb.lexicon["not_actors"]:
            return [following]  # a capital inside a word no common noun has: "der Stahlkonzern NordStahl", "die Mission EULEX"
        # two capitalised words the tagger reads as nouns, and a verb after them, name what the
        # descriptor describes: "Der Betreiber Allgäuer Überlandwerk hatte ..."
        run = capitalised_run(token.i + 1)
        after = run[-1].i + 1 if run else len(doc)
        return run if len(run) == 2 and after < len(doc) and tokens[after].is_lower and tokens[after].pos_ in ("VERB", "AUX") else []

    def commas_listing(i: int) -> int:
        """From a comma after a capitalised word, the commas of a list of capitalised words that
        "und" closes ("Natur, Umwelt und Verbraucherschutz"), else 0."""
        commas = 0
        while i + 1 < len(doc) and tokens[i].text == "," and tokens[i - 1].is_title and tokens[i + 1].is_title:
            commas, i = commas + 1, i + 2
        return commas if commas and i + 1 < len(doc) and tokens[i].lower_ in kb.lexicon["coordinators"] \
            and tokens[i + 1].is_title else 0

    def described(token) -> bool:
        """Any noun a descriptor introduces may head a name with a complement, an article in it
        too ("seine Partei Koalition für den Wandel"); a generic head alone may not ("der Verband
        für die Region")."""
        return token.is_title and token.i > 0 and tokens[token.i - 1].is_title and bool(_generic_kinds(tokens[token.i - 1].lower_, kb))

    def two_names_after(i: int) -> bool:
        """An article in a complement is part of a name when two capitalised words follow it ("Office
        of the Australian Information Commissioner"), not before a single noun ("Verband für die Region")."""
        return i + 2 < len(doc) and tokens[i + 1].is_title and tokens[i + 2].is_title

    def apposed_name(noun) -> list:
        """The name before an apposition an organisation noun heads: "NetChoice, a trade group that ..."."""
        i = noun.i - 1
        while i > 0 and noun.i - i <= 2 and tokens[i].is_lower and tokens[i].is_alpha \
                and tokens[i].lower_ not in kb.lexicon["indefinite_articles"]:
            i -= 1
        if i < 2 or tokens[i].lower_ not in kb.lexicon["indefinite_articles"] or tokens[i - 1].text != ",":
            return []
        return name_run(i - 2, -1)

    def spelled_before(bracket) -> list:
        """"United Kingdom Maritime Trade Operations (UKMTO)": the capitalised words before a
        bracketed acronym whose initials spell it are one name, however the model cut them."""
        i = bracket.i + 1
        acronym = tokens[i].text if i < len(doc) else ""
        # (small letters spell small words: "Tarifgemeinschaft deutscher Länder (TdL)", "DGzRS")
        small = any(ch.islower() for ch in acronym)
        if i + 1 >= len(doc) or tokens[i + 1].text != ")" or not 2 <= len(acronym) <= 8 or not acronym.isalpha() \
                or not acronym[0].isupper() or sum(ch.isupper() for ch in acronym) < 2:
            return []
        run, j = [], bracket.i - 1

        def hyphen_joined(k: int) -> bool:  # "Tehreek-e-Insaf": a hyphen and what it joins without spaces
            return run and not tokens[k].whitespace_ and tokens[k + 1].text == "-" or tokens[k].text == "-" and not tokens[k].whitespace_

        # ("Food and Agriculture Organization (FAO)": a coordinator between capitalised words is part of it)
        while j >= 0 and len(run) < 12 and (tokens[j].is_title or tokens[j].is_upper or run and tokens[j].lower_ in complements
                                             or run and j > 0 and tokens[j].lower_ in coordinators and tokens[j - 1].is_title
                                             or hyphen_joined(j) or small and run and tokens[j].is_lower and tokens[j].is_alpha):
            run.insert(0, tokens[j])
            j -= 1
        spelling = [t for t in run if t.text[:1].isupper() or small and t.is_alpha][-len(acronym):]
        if len(spelling) < 2 or "".join(t.text[0] for t in spelling) != acronym:
            return []
        return run[run.index(spelling[0]):]

    def club_name(prefix) -> list:
        """Club prefixes, maybe several ("1. FC"), and the name after them."""
        if prefix.i > 0 and tokens[prefix.i - 1].text in club_prefixes:
            return []  # inside the prefixes of a name found from its first one
        end = prefix.i + 1
        while end < len(doc) and tokens[end].text in club_prefixes:
            end += 1
        run = capitalised_run(end)
        return [*tokens[prefix.i:end], *run] if run else []

    def surname_after(first) -> list:
        """"Bahnchefin Evelyn Palla machte", "Präsident Aleksandar Vučić demonstriert": a
        capitalised word after a first name that the tagger reads as a noun is the surname when
        the model tags it as a name or a verb follows it."""
        i = first.i + 1
        if i >= len(doc) or first.pos_ not in ("PROPN", "X") or not tokens[i].is_title or not tokens[i].is_alpha \
                or tokens[i].is_stop or tokens[i].text in kb.lexicon["not_actors"] or tokens[i].lower_ in titles:
            return []
        named = tokens[i].ent_type_ != ""
        verb_follows = i + 1 < len(doc) and tokens[i + 1].pos_ in ("VERB", "AUX") and tokens[i + 1].is_lower
        return [tokens[i]] if named or verb_follows else []

    def apposed_after_title(title) -> list:
        """"Die Präsidentin der Kultusministerkonferenz, Stefanie Hubig, nannte", "the president of
        the association, Jane Doe, said": the name between commas after a title and its complement."""
        i = title.i + 1
        if i >= len(doc) or tokens[i].lower_ not in complements:
            return []
        comma = next((j for j in range(i + 1, min(i + 7, len(doc))) if tokens[j].is_punct), None)
        if comma is None or tokens[comma].text != ",":
            return []
        run = title_case_words(comma + 1, alpha=True)
        after = comma + 1 + len(run)
        return run if len(run) >= 2 and after < len(doc) and tokens[after].text == "," else []

    for token in tokens:
        if token.text == "(" and (long_form := spelled_before(token)):
            found.append(("organization", long_form))
        if token.lower_ in titles or (is_title_word(token.lower_, kb) and token.is_title):
            run = name_run(token.i + 1, 1) or first_names(token.i + 1) or apposed_after_title(token)
            if len(run) == 1:
                run += surname_after(run[0])
            while len(run) > 2 and _names_a_place(run[-1].text, kb):
                run.pop()  # "hat Regierungschef Petar Ilic Serbien ... verantwortlich gemacht": the object follows
            if run:
                found.append(("person", run))
        elif token.text in club_prefixes and (run := club_name(token)):
            found.append(("organization", run))  # "FC Kopenhagen", "VfL Bochum", "1. FC Magdeburg"
        elif token.text in place_heads and (run := capitalised_run(token.i + 1) or (
                token.i + 2 < len(doc) and tokens[token.i + 1].lower_ in kb.lexicon["name_joiners"]
                and [tokens[token.i + 1], *capitalised_run(token.i + 2)])) and run[-1].is_title:
            # "Landkreis Leipzig", "Landkreis Rosenheim", "the Gulf of Aden" (whatever the model says)
            found.append(("location", [token, *run]))
        elif token.i + 1 < len(doc) and (token.lower_ in place_words or token.lower_ in places_before_of
                                         and tokens[token.i + 1].lower_ == "of") \
                and (run := capitalised_run(token.i + (2 if tokens[token.i + 1].lower_ == "of" else 1))) \
                and not is_title_word(run[0].lower_, kb):  # "District Attorney" is an office
            found.append(("location", run))  # "im Stadtteil Ruhrort", "the town of Malatya": the name alone
            # and the places listed with it: "die Standorte Marl und Wesseling"
            while run[-1].i + 2 < len(doc) and tokens[run[-1].i + 1].lower_ in kb.lexicon["coordinators"] + [","] \
                    and (run := capitalised_run(run[-1].i + 2)):
                found.append(("location", run))
        elif token.text in suffixes and not (token.i + 1 < len(doc) and _is_head(token.text, heads)
                                             and tokens[token.i + 1].lower_ in complements):
            # (a head before its complement is the head of a longer name: "International
            # Organization for Migration", "Court of Justice")
            run = name_run(token.i - 1, -1)
            holder = tokens[token.i - 2] if token.i >= 2 else None
            if not run and holder is not None and tokens[token.i - 1].text in kb.lexicon["possessive_markers"] \
                    and holder.is_title and is_title_word(holder.lower_, kb):
                # an office named after its holder: "Coconino County Sheriff's Office", "the
                # Prosecutor General's Office" (a title of two words)
                title = [holder]
                while title[0].i > 0 and tokens[title[0].i - 1].is_title and is_title_word(tokens[title[0].i - 1].lower_, kb):
                    title.insert(0, tokens[title[0].i - 1])
                run = [*name_run(title[0].i - 1, -1), *title, tokens[token.i - 1]]
            # "Port of Rotterdam Authority", "Bank of Korea Group": a name joined by "of"; "National
            # Snow and Ice Data Center": by "and"
            joiner = run[0].i - 1 if run else -1
            if joiner > 0 and (tokens[joiner].lower_ in kb.lexicon["name_joiners"] or tokens[joiner].lower_ in coordinators) \
                    and (lead := name_run(joiner - 1, -1)) \
                    and not (tokens[joiner].lower_ in coordinators and _known_name(" ".join(t.text for t in lead), kb)):
                run = [*lead, tokens[joiner], *run]  # (two names listed are two: "Germany and France Bank")
            if run:
                found.append(("organization", run + [token]))
        elif token.i + 2 < len(doc) and (tokens[token.i + 1].lower_ in complements
                                         or genitive_adjective(tokens[token.i + 1])) \
                and (_is_head(token.text, heads) or token.is_title and head_pattern.search(token.lower_)
                     and token.text not in kb.lexicon["not_actors"]
                     or described(token)):
            # (also a compound head: "Zentralverband des Deutschen Baugewerbes", "Landesamt für Umwelt")
            # "Ministerium für Umwelt", "Weltorganisation für Meteorologie", "des Instituts für
            # Globale Gesundheit": the complement may be a common noun; "und" may join two
            run, i = [], token.i + 2
            # (an adjective may stand before the complement's noun: "Kuratorium für alpine Sicherheit";
            # the complement may list nouns: "Landesamt für Natur, Umwelt und Verbraucherschutz", each
            # comma and the noun after it beyond the four words a complement has otherwise)
            while i < len(doc) and len(run) < 4 + 2 * sum(t.text == "," for t in run) and (
                    tokens[i].is_title or (run and tokens[i].lower_ in ("und", "and"))
                    or (run and commas_listing(i)) or (
                    tokens[i].is_lower and tokens[i].is_alpha and (not tokens[i].is_stop or not run and tokens[i].lower_ in articles
                                                             and (described(token) or two_names_after(i))
                                                             or run and tokens[i].lower_ in name_genitives)
                    and tokens[i].pos_ not in ("VERB", "AUX", "ADV") and (tokens[i].pos_ or tokens[i].is_stop)
                    and i + 1 < len(doc) and tokens[i + 1].is_title)):
                # (without a tagger a lower-case word other than an article may be a verb: "the U.S.
                # Department of Justice sued Google")
                run.append(tokens[i])
                i += 1
            while run and not run[-1].is_title:
                run.pop()
            if run:
                lead = name_run(token.i - 1, -1) if token.i > 0 and not tokens[token.i - 1].is_sent_start else []
                lead = lead or demonym_before(token)  # "die Deutsche Gesellschaft für Ernährung"
                found.append(("organization", [*lead, token, tokens[token.i + 1], *run]))
        elif token.lower_ in descriptors and token.i > 0 and not (token.i + 1 < len(doc) and tokens[token.i + 1].text[:1].isupper()) \
                and (run := name_run(token.i - 1, -1) or apposed_name(token)):
            # "the United Auto Workers union" (not "Terminal operator APM Terminals"), "NetChoice, a trade group"
            found.append(("organization", run))
        elif token.lower_ in place_nouns_after and token.i > 0 and not (
                token.i + 1 < len(doc) and tokens[token.i + 1].text[:1].isupper()) and (run := name_run(token.i - 1, -1)):
            # "the Kanlaon volcano", whatever the model read (not "the Zambezi River Authority")
            found.append(("location", run))
        elif token.lower_ in head_words and token.i > 0 and not token.is_sent_start:
            # "Chicago police", "the Gaza health ministry": up to two lower-case modifiers
            first = token.i - 1
            while first > 0 and token.i - first <= 2 and tokens[first].is_lower and tokens[first].is_alpha and not tokens[first].is_stop:
                first -= 1
            run = name_run(first, -1)
            if run and not (len(run) == 1 and run[0].is_sent_start and not _known_name(run[0].text, kb)):
                # (one capitalised word opening the sentence may be a common one: "Riot police", "Border police")
                found.append(("organization", run + list(tokens[first + 1:token.i + 1])))
        elif token.i + 1 < len(doc) and _generic_kinds(token.lower_, kb) and (run := descriptor_name(token)):
            found.append(("organization", run))
        elif token.is_title and head_pattern.search(token.lower_) and token.text not in kb.lexicon["not_actors"]:
            # "Finanzministerium", "GKV-Spitzenverband"; "Staatsanwaltschaft Potsdam"; but in
            # "die Lokführergewerkschaft GDL" the name that follows is the actor
            following = tokens[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and (places.overlaps(following.idx, following.idx + len(following))
                                          or following.is_title and kb.town_country(following.text)):
                # "Staatsanwaltschaft Kassel", "Verwaltungsgericht Stade", "Industrie- und Handelskammer Ostbrandenburg"
                found.append(("organization", [*_truncated_before(token, kb), token, following]))
                continue
            if following is not None and taken.overlaps(following.idx, following.idx + len(following)):
                continue
            run = name_run(token.i + 1, 1)
            if not run and (run := capitalised_run(token.i + 1)[:1]):
                # a name the tagger reads as a noun counts where a verb follows it: "Die Industrie-
                # und Handelskammer Südwestfalen warnte"
                after = run[-1].i + 1
                run = run if after < len(doc) and tokens[after].is_lower and tokens[after].pos_ in ("VERB", "AUX") else []
            previous = tokens[token.i - 1] if token.i > 0 else None
            if not run and previous is not None and previous.lower_ in kb.lexicon["indefinite_articles"]:
                continue  # "kündigte eine Reformkommission an": one to come, no name yet
            if run or not any(_bare(token.lower_, kb) == h for h in head_suffixes):
                found.append(("organization", [*_truncated_before(token, kb), *demonym_before(token), token, *run]))
        elif token.text in heads and token.i + 1 < len(doc) and tokens[token.i + 1].pos_ == "PROPN" \
                and not taken.overlaps(tokens[token.i + 1].idx, tokens[token.i + 1].idx + 1) \
                and not places.overlaps(tokens[token.i + 1].idx, tokens[token.i + 1].idx + 1) \
                and (run := name_run(token.i + 1, 1)):
            # a head word with a name the tagger reads as one: "die Deutsche Stiftung Patientenschutz"
            found.append(("organization", [*demonym_before(token), token, *run]))
    mentions = []
    for actor_type, tokens in found:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        # a place may be part of the name; a place head names a place, whatever the model read,
        # and club prefixes a club ("1. FC Nürnberg", where the model saw "FC Nürnberg");
        # a title names the whole person the model cut short ("Ministerpräsident Olaf Lies"), and a
        # descriptor the organisation whose last word it read as a person ("Betreibergesellschaft Sylter Inselbahn")
        if not taken.overlaps(start, end) or places.overlaps(start, end) or actor_type == "location" \
                or tokens[0].text in club_prefixes \
                or (actor_type in ("person", "organization") and len(tokens) > 1 and any(
                    start <= f_start and f_end <= end and (f_start, f_end) != (start, end) for f_start, f_end in fragments)) \
                or (not trusted.overlaps(start, end) and ((actor_type == "organization" and len(tokens) >= 3)
                                                          or (actor_type == "person" and "-" in [t.text for t in tokens]))):
            # ... and a full name holds the pieces the model cut it into ("International Association
            # of | Machinists and | Aerospace Workers", "Francois- | Philippe Champagne")
            mentions.append((Mention(start, end, doc_text(doc)[start:end]), actor_type))
    # a rule's name inside a longer one of the same type is part of it ("Ehrenamt" in "Stiftung für
    # Engagement und Ehrenamt")
    return [(m, t) for m, t in mentions if not _inside_longer(m, mentions, t)]


def extract_actors(doc: Doc, kb: Knowledge, layout: Layout) -> list[Actor]:
    """All actors of the article, ordered by first mention, ids "a1", "a2", ..."""
    actors: dict[str, Actor] = {}

    spans: dict[str, set[tuple[int, int]]] = {}

    def add(key: str, mention: Mention, **attributes) -> None:
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = Actor(key=key, **attributes)
        elif actor.type == "person" and attributes.get("type") == "organization" and key.startswith("text:"):
            # a descriptor or a suffix says organisation where the model said person elsewhere:
            # "Codelco and Rio Tinto agree" (headline) and "state copper miner Codelco"
            actor.type = "organization"
        elif actor.type == "person" and attributes.get("type") == "location" and key.startswith("text:") \
                and " " not in mention.text:
            # and a place word a place: "in India's Gujarat" (headline) and "the state of Gujarat"
            actor.type = "location"
        if (mention.start, mention.end) not in spans.setdefault(key, set()):
            spans[key].add((mention.start, mention.end))
            actor.mentions.append(mention)  # a rule may find a known name again ("Japanese carmaker")

    gazetteer, led = _gazetteer_mentions(doc_text(doc), kb)
    gazetteer = [(m, e) for m, e in gazetteer if not _other_persons_surname(m, e, doc)]
    taken = SpanIndex((m.start, m.end) for m, _ in gazetteer + led)
    dateline = _dateline_place(doc_text(doc), layout, taken)
    quoted = led + _quoted_outlets(doc, kb, taken) + dateline
    for mention, _ in quoted:
        taken.add(mention.start, mention.end)
    trusted = SpanIndex((m.start, m.end) for m, _ in gazetteer + quoted)  # the model's mentions excepted
    gazetteer_places = [m for m, entry in gazetteer if _yields_to_names(entry)]
    ner = _ner_mentions(doc, kb, taken, gazetteer_places)
    # a town after a place preposition is a place, whatever person the model read ("nach Selm")
    towns = town_mentions(doc, kb, SpanIndex((m.start, m.end) for m, t in ner if t != "person").merged(taken))
    town_spans = SpanIndex((m.start, m.end) for m, _ in towns)
    ner = [(m, t) for m, t in ner if not (t == "person" and town_spans.overlaps(m.start, m.end))]
    named = SpanIndex((m.start, m.end) for m, _ in ner)
    # a place inside a name the model found is part of that name ("Alba Berlin")
    gazetteer = [(m, e) for m, e in gazetteer if not named.overlaps(m.start, m.end)]
    for mention, _ in ner + towns:
        taken.add(mention.start, mention.end)
    places = SpanIndex([(m.start, m.end) for m, actor_type in ner + towns if actor_type == "location"]
                       + [(m.start, m.end) for m, entry in gazetteer if entry.type in ("location", "country")]
                       + _other_occurrences(doc, [m for m, t in ner + quoted if t == "location"]))
    known = SpanIndex((m.start, m.end) for m, _ in gazetteer)
    # the model's person names that a title rule may find whole ("striker João | Pedro Souza")
    fragments = [(m.start, m.end) for m, t in ner if t == "person" and not known.overlaps(m.start, m.end)]
    rules = _rule_mentions(doc, kb, taken, places, fragments, trusted)
    # the model's longer name holds a rule's shorter one ("Instituts zur Qualitätsentwicklung im Bildungswesen")
    rules = [(m, t) for m, t in rules if t != "organization" or not _inside_longer(m, ner, t)]
    inside_rules = SpanIndex((m.start, m.end) for m, _ in rules)
    # a place inside an institution's name is not a mention of its own ("Staatsanwaltschaft Kassel")
    rule_places = SpanIndex((m.start, m.end) for m, t in rules if t == "location")
    ner = [(m, t) for m, t in ner if not ((t == "location" and inside_rules.overlaps(m.start, m.end))
                                          or rule_places.overlaps(m.start, m.end)
                                          or (t in ("organization", "person") and _inside_longer(m, rules, t))
                                          or (t == "person" and _inside_longer(m, rules, "organization"))
                                          or _cut_from_longer(m, rules))]
    # a demonym inside an organisation's name is part of the name ("Tarifgemeinschaft deutscher
    # Länder", "Zentralverband der deutschen Seehafenbetriebe"); leading it, it names the state too ("Kenyan police")
    organisations = [(m.start, m.end) for m, t in rules + ner if t == "organization"]
    gazetteer = [(m, e) for m, e in gazetteer if not (e.type == "country" and m.text[:1].islower() and any(
        start < m.start and m.end <= end for start, end in organisations))]
    for mention, entry in gazetteer:
        if not (entry.type == "location" and inside_rules.overlaps(mention.start, mention.end)):
            add(entry.key, mention, **_entry_attributes(entry))
    text = doc_text(doc)
    other = [(_with_hyphened_acronym(_with_hyphened_lead(m, text, kb), text, kb) if t == "organization" else m, t)
             for m, t in quoted + ner + towns + rules]
    joined = [m for m, t in other if t == "organization"]
    other = [(m, t) for m, t in other if not (text[m.end:m.end + 1] == "-" and any(
        j.start <= m.start and m.end < j.end for j in joined))]  # ("Sino" of "Sino-Metals Leach Zambia")

    # Unlinked mentions: join a known person by surname, else group by normalised name.
    surnames = {a.name.split()[-1]: a.key for a in actors.values() if a.type == "person" and " " in a.name}
    for mention, actor_type in sorted(other, key=lambda item: -len(item[0].text)):
        name = _strip_suffix(mention.text, kb, doc_text(doc))
        entry = kb.lookup(name) or (kb.lookup(name.title()) if name.isupper() and len(name) > 3 else None)  # "BRUSSELS"
        if entry and entry.type == "person" and (mention, actor_type) in dateline:
            entry = None  # "AUSTIN, Texas": the dateline names a place, not Lloyd Austin
        if entry:
            add(entry.key, mention, **_entry_attributes(entry))
        elif name in surnames:
            add(surnames[name], mention)
        else:
            key = f"text:{_merge_key(name, kb)}"
            media = actor_type == "media"
            add(key, mention, name=name, type="organization" if media else actor_type, media=media,
                country=kb.town_country(name.title() if name.isupper() else name) if actor_type == "location" else None)
            if actor_type == "person" and " " in name:
                surnames.setdefault(name.split()[-1], key)

    _add_surname_mentions(doc_text(doc), actors.values(), kb)
    for actor in actors.values():
        if actor.kind is None and actor.type == "organization":
            actor.kind = _kind_of_name(actor.name, kb) or _kind_of_descriptor(actor, doc_text(doc), kb)
    _merge_name_parts(actors, kb)
    _merge_state_qualified_names(actors, kb)
    _add_institution_phrases(doc, actors, kb)
    _add_generic_references(doc, actors, kb)
    _merge_club_places(actors, layout, doc_text(doc))
    _merge_bracketed_acronyms(actors, doc_text(doc))
    _add_short_names(doc_text(doc), actors, kb)
    _add_initials(doc_text(doc), actors, kb)
    _claim_own_name(doc_text(doc), actors)
    _add_distinct_name_occurrences(doc_text(doc), actors)
    result = sorted((a for a in actors.values() if not _unsupported_headline_word(a, layout, kb, doc_text(doc))),
                    key=lambda a: min(m.start for m in a.mentions))
    for actor in result:
        if actor.key.startswith("text:"):
            actor.name = _nominative_adjectives(_strip_suffix(_canonical_name(actor), kb, doc_text(doc)), actor, kb)
    for i, actor in enumerate(result, 1):
        actor.id = f"a{i}"
        actor.mentions.sort(key=lambda m: m.start)
        actor.salience = _salience(actor, len(doc_text(doc)), layout)
    return result


def _unsupported_headline_word(actor: Actor, layout: Layout, kb: Knowledge, text: str) -> bool:
    """A one-word person or place found only in the headline, which the knowledge base does not
    know and the body never writes: headlines drop articles, so a common noun there looks like a
    name ("Spätfrost und Hagel: ...", "Abschuss von Wolf freigegeben"); a place preposition before
    it says it is a place ("Hochwasser in Gerbach")."""
    headline = layout.headline
    return headline is not None and actor.key.startswith("text:") and actor.type in ("person", "location") \
        and " " not in actor.name and "-" not in actor.name and not _known_name(actor.name, kb) \
        and all(headline.start <= m.start < headline.end for m in actor.mentions) \
        and not _whole_word_occurrences(actor.name, text[headline.end:]) \
        and not (actor.type == "location" and any(_word_before(text, m.start) in kb.lexicon["location_cases"]
                                                  for m in actor.mentions))


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 30):start].split()
    return words[-1].lower() if words else ""


def _other_persons_surname(mention: Mention, entry: Entry, doc: Doc) -> bool:
    """A known surname that the model reads as the end of another full name: "Tom Harris, a
    spokesman for ..." is not Kamala Harris (at the start of a sentence, where any word is
    capitalised, the gazetteer cannot tell a first name)."""
    if entry.type != "person" or " " in mention.text:
        return False
    return any(ent.label_ in ("PER", "PERSON") and ent.start_char < mention.start and ent.end_char == mention.end
               and len(ent) == 2 and _sentence_initial(doc_text(doc), ent.start_char) for ent in doc.ents)


def _cut_from_longer(mention: Mention, rules: list[tuple[Mention, str]]) -> bool:
    """A piece the model cut across a longer organisation's name ("U.S. National Highway" of
    "National Highway Traffic Safety Administration (NHTSA)"), or a descriptor and the start of a
    name whose end the rule found ("Linkspartei La France" of "La France Insoumise")."""
    return any(r.start < mention.end and mention.start < r.end and not (r.start <= mention.start and mention.end <= r.end)
               and (r.end - r.start > mention.end - mention.start or mention.start < r.start and mention.end < r.end)
               for r, t in rules if t == "organization")


def _inside_longer(mention: Mention, rules: list[tuple[Mention, str]], actor_type: str) -> bool:
    return any(r.start <= mention.start and mention.end <= r.end and r.end - r.start > mention.end - mention.start
               for r, t in rules if t == actor_type)


_HYPHENED_ACRONYM = re.compile(r"-[A-Z]{1,6}(?![\w-])")


_HYPHENED_LEAD = re.compile(r"(?<![\w-])[A-Z][a-z]+-$")


def _with_hyphened_lead(mention: Mention, text: str, kb: Knowledge) -> Mention:
    """"Sino-Metals Leach Zambia": the English tokenizer splits a hyphen, and the model may start an
    organisation's name after it; a capitalised word joined to it by the hyphen is part of it
    (not a name the knowledge base knows: "EU-China", "German-Chinese")."""
    match = _HYPHENED_LEAD.search(text, max(0, mention.start - 20), mention.start)
    if match is None or kb.lookup(match.group()[:-1]) or match.group()[:-1] in kb.demonyms:
        return mention
    return Mention(match.start(), mention.end, text[match.start():mention.end])


def _with_hyphened_acronym(mention: Mention, text: str, kb: Knowledge) -> Mention:
    """"KRD-IG": the English tokenizer splits a hyphen between capitals, and the model and the
    rules stop at it; an organisation's acronym runs on over it (not where both are names the
    knowledge base knows: "EU-UK talks")."""
    match = _HYPHENED_ACRONYM.match(text, mention.end) if mention.text[-1:].isupper() else None
    if match and (kb.lookup(mention.text) or kb.lookup(match.group()[1:])):
        return mention
    return Mention(mention.start, match.end(), text[mention.start:match.end()]) if match else mention


def _entry_attributes(entry: Entry) -> dict:
    return {"name": entry.name, "type": entry.type, "kb_id": entry.qid, "country": entry.country,
            "media": entry.media, "government": entry.government, "kind": entry.kind}


def _merge_key(name: str, kb: Knowledge) -> str:
    """Inflected forms of one name share a key: "Deutschen Bahn" and "Deutsche Bahn"."""
    words = name.lower().split()
    for ending, replacement in kb.lexicon["inflection_merges"]:
        words = [w[: -len(ending)] + replacement if w.endswith(ending) and len(w) > len(ending) + 3 else w
                 for w in words]
    return " ".join(words)


def _nominative_adjectives(name: str, actor: "Actor", kb: Knowledge) -> str:
    """A name's leading adjectives in the nominative, as names are written: "des Deutschen
    Handballbunds" names the "Deutscher Handballbund", "dem Hessischen Bauernverband" the
    "Hessischer Bauernverband", "des Deutschen Weininstituts" the "Deutsches Weininstitut". The
    ending follows the gender of the head noun's last part (lexicon head_noun_genders: the
    morphologizer cannot tell "-verbandes" from a neuter); no change for a head it does not list."""
    endings = kb.lexicon["nominative_adjective_endings"]
    words = name.split(" ")
    if not endings or len(words) < 2 or actor.type not in ("organization", "location"):
        return name
    adjective = re.compile(kb.lexicon["name_adjective_pattern"])
    count = len(list(itertools.takewhile(adjective.fullmatch, words[:-1])))
    if not count:
        return name
    words[count] = words[count][:len(_bare(words[count].lower(), kb))]  # "Forschungsinstituts für ..."
    match = ending_pattern(tuple(kb.lexicon["head_noun_genders"])).search(words[count].lower())
    if match is None:
        return name
    ending = endings[kb.lexicon["head_noun_genders"][match.group(0)]]
    return " ".join([adjective.fullmatch(w).group(1) + ending for w in words[:count]] + words[count:])


def _canonical_name(actor: "Actor") -> str:
    """The fullest mention (most words, hyphen parts counted: "Alfred-Wegener-Institut" before
    "Institut"), and of those the shortest: the uninflected form. A generic noun that refers back
    ("the company") names the actor only when nothing else does."""
    texts = [m.text for m in actor.mentions if not m.generic] or [m.text for m in actor.mentions]
    parts = {t: len(re.split(r"[\s-]+", t.strip())) for t in texts}
    most = max(parts.values())
    # (of equal length, not the dateline's capitals: "Turin", not "TURIN"; and a place only a dateline
    # names is written as a name: "AUSTIN, Texas" is Austin; acronyms stay: "UNHCR")
    name = min((t for t in texts if parts[t] == most), key=lambda t: (len(t), t.isupper()))
    return name.title() if actor.type == "location" and name.isupper() and len(name) > 4 else name


def _add_surname_mentions(text: str, actors, kb: Knowledge) -> None:
    """A person's surname alone is a mention wherever it occurs ("Vollmer sagte ...")."""
    taken = SpanIndex((m.start, m.end) for actor in actors for m in actor.mentions)
    suffixes = "|".join(re.escape(s) for s in kb.lexicon["name_suffixes"])
    for actor in actors:
        if actor.type != "person" or " " not in actor.name:
            continue
        surname = actor.name.split()[-1]
        if not surname.replace("-", "").isalpha() or len(surname) < 2:
            continue  # "Ariane 6" is no person with the surname "6"
        # (the look-behind as a test after the match: opening the pattern, it would try every position)
        for match in re.finditer(rf"{re.escape(surname)}(?:{suffixes})?(?![\w-])", text):
            start, end = match.start(), match.start() + len(surname)
            if start and _joins_word(text[start - 1]):
                continue
            if not taken.overlaps(start, end):
                actor.mentions.append(Mention(start, end, surname))
                taken.add(start, end)


def _refers_to_a_kind(word: str, kb: Knowledge) -> bool:
    """A generic noun ("union", "ministry") or an institution named without a name ("police")."""
    return is_generic_reference(word, kb) or word in _institution_nouns(kb)


@functools.lru_cache(maxsize=8)  # one per language's knowledge
def _institution_nouns(kb: Knowledge) -> frozenset[str]:
    return frozenset(name.lower() for name in kb.lexicon["generic_institutions"])


def _known_name(word: str, kb: Knowledge) -> bool:
    """The knowledge base names it: a country, organisation, person or place it lists, a town, a demonym."""
    return bool(kb.lookup(word) or kb.town_country(word) or word in kb.demonyms)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)  # every token of every article is asked; words are open-ended
def _genitive_forms(word: str) -> tuple[str, ...]:
    """The word and what it is without a genitive ending: "konzerns" -> "konzern", "generalstabes" -> "generalstab"."""
    return (word, *([word[:-1]] if word.endswith("s") else []), *([word[:-2]] if word.endswith("es") else []))


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)  # asked for most tokens
def _generic_kinds(word: str, kb: Knowledge) -> list[str]:
    """Kinds a generic noun refers to, also in the genitive and as the last part of a hyphen
    compound: "des Konzerns" -> [company], "der Fußball-Bundesligist" -> [club]."""
    references = kb.lexicon["generic_references"]
    word = word.rsplit("-", 1)[-1]
    for form in _genitive_forms(word):
        if form in references:
            return references[form]
    # German compounds: "Fahrradhersteller", "Autokonzern"
    match = ending_pattern(long_words(kb.lexicon, "generic_references", 6)).search(word)
    return references[match.group(0)] if match and match.start() >= 3 else []


def _kind_of_name(name: str, kb: Knowledge) -> str | None:
    """"Lokführergewerkschaft GDL" -> union, "FC Kopenhagen" -> club, "IG Metall" -> None: the
    kind a rule-found name's head or first word says."""
    if name.split()[0] in kb.lexicon["club_prefixes"]:
        return "club"
    references = kb.lexicon["generic_references"]
    for word in name.lower().split():
        kind = next((kinds[0] for noun, kinds in references.items() if word.endswith(noun)), None)
        if kind:
            return kind
    return None


def _kind_of_descriptor(actor: "Actor", text: str, kb: Knowledge) -> str | None:
    """"the FNV union", "the M23 rebels", "die Miliz RSF", "the weather agency AEMET": the kind a
    common noun right after or right before a mention says, so that "the union", "the rebels", "die
    Miliz" later refer back to it."""
    for mention in actor.mentions:
        following = re.match(r"\)? ([a-z]+)\b", text[mention.end:mention.end + 30])  # "(UKMTO) agency"
        preceding = re.search(r"\b([A-ZÄÖÜa-zäöüß][a-zäöüß]+) $", text[max(0, mention.start - 30):mention.start])
        for word in (following, preceding):
            kinds = _generic_kinds(word.group(1).lower(), kb) if word else []
            if kinds:
                return kinds[0]
    return None


def _latest_before(position: int, candidates: list[Actor]) -> list[tuple[tuple[int, int], Actor]]:
    """Candidates named before ``position``, ranked by how often they were named, then how recently:
    "wie der Bundesligist mitteilte" is the club the report is about, not the one named last."""
    return [((sum(m.start < position for m in a.mentions), max(m.start for m in a.mentions if m.start < position)), a)
            for a in candidates if any(m.start < position for m in a.mentions)]


def _add_short_names(text: str, actors: dict[str, Actor], kb: Knowledge) -> None:
    """"Shares of Northvale rose": a company's name without its legal or trade suffix
    ("Northvale Motors", "Brightwave Labs") is that company wherever it occurs."""
    suffixes = set(kb.lexicon["org_suffixes"])
    for org in [a for a in actors.values() if a.type == "organization" and a.key.startswith("text:")]:
        words = org.name.split()
        while len(words) > 1 and words[-1] in suffixes:
            words = words[:-1]
        short = " ".join(words)
        known = kb.lookup(short)
        if known is not None and known.type == "organization" and known.key in actors:
            # "Infineon Technologies" is the "Infineon" the knowledge base knows
            actors[known.key].mentions.extend(org.mentions)
            del actors[org.key]
            continue
        if short == org.name or len(short) < 4 or known:
            continue
        for key, other in list(actors.items()):
            if other is not org and key.startswith("text:") and all(m.text == short for m in other.mentions):
                org.mentions.extend(other.mentions)
                del actors[key]
        _add_occurrences(org, short, text, actors)


def _add_initials(text: str, actors: dict[str, Actor], kb: Knowledge) -> None:
    """"CN said" after "Canadian National Railway": the initials of an organisation's first two or
    more capitalised words, where no actor holds them and the knowledge base does not know them,
    are that organisation after its first mention."""
    taken = SpanIndex((m.start, m.end) for actor in actors.values() for m in actor.mentions)
    names = {a.name for a in actors.values()}
    for org in [a for a in actors.values() if a.type == "organization"]:
        words = [w for w in org.name.split() if w[:1].isupper()]
        first = min(m.start for m in org.mentions)
        for count in range(2, len(words) + 1):
            initials = "".join(w[0] for w in words[:count])
            if not initials.isalpha() or initials in names or kb.lookup(initials) is not None:
                continue
            for start, end in _whole_word_occurrences(initials, text):
                if start > first and not taken.overlaps(start, end):
                    org.mentions.append(Mention(start, end, initials))
                    taken.add(start, end)


def _add_distinct_name_occurrences(text: str, actors: dict[str, Actor]) -> None:
    """A name the model found once is that actor wherever else it stands, where the name cannot be a
    common word: several words or several capitals ("ASML said ...", after "made by ASML")."""
    taken = SpanIndex((m.start, m.end) for actor in actors.values() for m in actor.mentions)
    for actor in list(actors.values()):
        name = actor.name
        if actor.key.startswith("text:") and (" " in name or sum(ch.isupper() for ch in name) >= 2):
            _add_occurrences(actor, name, text, actors, taken)


def _claim_own_name(text: str, actors: dict[str, Actor]) -> None:
    """Where an organisation's full name occurs again, it is that organisation, not the
    shorter name inside it the gazetteer found: "About 55,000 Canada Post workers" is Canada Post,
    not Canada."""
    for org in [a for a in actors.values() if a.type == "organization" and " " in a.name]:
        if actors.get(org.key) is not org:
            continue  # its own name lay inside a longer one
        for start, end in _whole_word_occurrences(org.name, text):
            if any(m.start == start for m in org.mentions):
                continue
            inside = [(key, m) for key, other in actors.items() if other is not org
                      for m in other.mentions if start <= m.start and m.end <= end]
            if not inside:
                continue
            for key, mention in inside:
                actors[key].mentions.remove(mention)
                if not actors[key].mentions:
                    del actors[key]
            org.mentions.append(Mention(start, end, org.name))


def _merge_state_qualified_names(actors: dict[str, Actor], kb: Knowledge) -> None:
    """"the U.S. Supreme Court" and "the Supreme Court": a name that is another organisation's name
    after a country or its demonym is that organisation."""
    for key, qualified in list(actors.items()):
        if qualified.type != "organization" or not key.startswith("text:"):
            continue
        first, _, rest = qualified.name.partition(" ")
        country = kb.lookup(first)
        if not rest or country is None or country.type != "country":
            continue
        owner = next((a for a in actors.values() if a is not qualified and a.type == "organization"
                      and rest in (a.name, *a.aliases)), None)
        if owner is not None:  # the qualified mention holds the owner's name inside it: one mention
            owner.mentions = [m for m in owner.mentions if not any(
                q.start <= m.start and m.end <= q.end for q in qualified.mentions)] + qualified.mentions
            del actors[key]


def _whole_word_occurrences(name: str, text: str, joiners: str = "-") -> list[tuple[int, int]]:
    """The spans where ``name`` stands as a whole word: no letter, digit, underscore or one of
    ``joiners`` on either side. Found with str.find: a regex that opens with a look-behind
    scans the whole text for every name."""
    found, at = [], text.find(name) if name else -1
    while at != -1:
        end = at + len(name)
        if (at == 0 or not _joins_word(text[at - 1], joiners)) and (end == len(text) or not _joins_word(text[end], joiners)):
            found.append((at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return found


def _joins_word(char: str, joiners: str = "-") -> bool:
    """A character a word runs on through: a letter, digit or underscore (the regex class \\w), or one of ``joiners``."""
    return char.isalnum() or char == "_" or char in joiners


def _add_occurrences(actor: Actor, name: str, text: str, actors: dict[str, Actor], taken: SpanIndex | None = None) -> None:
    """Every whole-word occurrence of ``name`` that no actor holds is a mention of ``actor``
    (``taken``: the mentions' spans, when the caller keeps them across calls)."""
    if taken is None:
        taken = SpanIndex((m.start, m.end) for other in actors.values() for m in other.mentions)
    for start, end in _whole_word_occurrences(name, text):
        if not taken.overlaps(start, end):
            actor.mentions.append(Mention(start, end, name))
            taken.add(start, end)


def _merge_name_parts(actors: dict[str, Actor], kb: Knowledge) -> None:
    """A one-word name the knowledge base does not know, which is part of exactly one longer name of
    the same type in the article, is that actor: the last word of a place ("Piccadilly" after
    "Manchester Piccadilly"), the first or last word of an organisation ("Hertha kündigte an" after
    "Hertha BSC", "the Commission said" after "the European Commission"), the tail of an
    organisation's compound ("das Verfassungsgericht" and the "Bundesverfassungsgericht"), the
    initials of an organisation's name ("the RSF" after the "Rapid Support Forces")."""
    def holds(actor: Actor, part: str) -> bool:
        words = actor.name.split()
        if part.isupper() and len(part) >= 2 and actor.type == "organization" and len(words) == len(part) \
                and "".join(w[0] for w in words) == part:
            return True  # "RSF": "Rapid Support Forces"
        if len(words) == 1:  # the tail of a compound: "Verfassungsgericht" of "Bundesverfassungsgericht"
            return actor.type == "organization" and len(part) >= 6 and len(words[0]) > len(part) + 3 \
                and words[0].lower().endswith(part.lower())
        return part == words[-1] or actor.type == "organization" and part == words[0]

    for key, part in list(actors.items()):
        if part.type not in ("location", "organization") or not key.startswith("text:") or " " in part.name \
                or kb.lookup(part.name) or any(m.text != part.name for m in part.mentions if not m.generic):
            continue
        owners = [a for a in actors.values() if a is not part and a.type == part.type and holds(a, part.name)]
        if len(owners) == 1:
            # a compound's tail refers back like a generic noun; it does not name the actor
            tail = " " not in owners[0].name
            owners[0].mentions.extend(replace(m, generic=True) if tail else m for m in part.mentions)
            del actors[key]


def _antecedent(kinds: list[str], position: int, actors, word: str = "") -> Actor | None:
    """The actor of one of ``kinds`` a generic noun at ``position`` refers back to, or one whose
    name ends in the noun ("das Institut" after the "Robert Koch-Institut", a government agency)."""
    earlier = _latest_before(position, [a for a in actors if a.kind in kinds])
    if not earlier and word:
        forms = {word, f"{word}s", f"{word}es"}
        earlier = _latest_before(position, [a for a in actors if a.type == "organization" and any(
            " " in m.text.strip() or "-" in m.text for m in a.mentions) and any(
            re.split(r"[\s-]", m.text.lower())[-1] in forms for m in a.mentions)])
    if not earlier and "agency" in kinds:  # "die Behörde" after "die Küstenwache": a state's institution
        earlier = _latest_before(position, [a for a in actors if a.type == "organization" and a.government])
    if not earlier and "company" in kinds:  # "the carmaker" after "Northvale Motors", which no KB knows
        earlier = _latest_before(position, [a for a in actors if a.type == "organization" and a.key.startswith("text:")
                                            and a.kind is None and not (a.government or a.media)])
    return max(earlier, key=lambda item: item[0])[1] if earlier else None


def is_generic_reference(word: str, kb: Knowledge) -> bool:
    """A generic noun of the lexicon, also in a compound: "Sozialverband", "die Gewerkschaft", "the union"."""
    return bool(_generic_kinds(word, kb))


def refers_back(word: str, position: int, actors: list[Actor], kb: Knowledge) -> Actor | None:
    """The named actor a generic noun refers to ("Unternehmen" in "nach Unternehmensangaben"), or None."""
    kinds = _generic_kinds(word.lower(), kb)
    return _antecedent(kinds, position, actors, word.lower()) if kinds else None


_WORD = re.compile(r"\S+")


@functools.lru_cache(maxsize=8)  # one per language's knowledge
def _institution_pattern(kb: Knowledge) -> re.Pattern | None:
    """An owner ("China's", "the country's"), a demonym ("Greek") or "the", then at most two
    lower-case qualifying words and an institution head (lexicon: institution_heads)."""
    heads = kb.lexicon["institution_heads"]
    if not heads:
        return None
    demonyms = trie_alternation(d for d in kb.demonyms if d[:1].isupper()) or "(?!)"
    return re.compile(rf"(?<![\w.-])(?:(?P<owner>[A-Za-z][\w.-]*)['’]s|(?P<demonym>{demonyms})|[Tt]he|[Ii]ts)\s+"
                      rf"(?P<name>(?:[a-z][a-z-]*\s+){{0,2}}?(?P<head>{trie_alternation(heads)}))(?![\w-])")


def _add_institution_phrases(doc: Doc, actors: dict[str, Actor], kb: Knowledge) -> None:
    """State bodies English names in lower case: "the foreign ministry", "China's commerce
    ministry", "the state election commission", "Greece's coast guard". The phrase from its
    qualifying words on is the actor, of the country whose name or demonym leads it; the same
    phrase again, or its end ("the election commission"), is the same actor."""
    pattern = _institution_pattern(kb)
    if pattern is None:
        return
    text = doc_text(doc)
    taken = SpanIndex((m.start, m.end) for actor in actors.values() for m in actor.mentions)
    for match in pattern.finditer(text):
        kind, qualified = kb.lexicon["institution_heads"][match.group("head")]
        words = list(_WORD.finditer(text, match.start("name"), match.start("head")))  # the qualifying words
        while words and doc.vocab[words[0].group()].is_stop:  # "its own foreign ministry"
            words = words[1:]
        start = words[0].start() if words else match.start("head")
        if (qualified and not words) or taken.overlaps(start, match.end()):
            continue
        name = text[start:match.end()]
        owner = kb.lookup(match.group("owner") or match.group("demonym") or "")
        country = owner.country if owner is not None and owner.type == "country" else None
        actor = next((a for a in actors.values() if a.key.startswith("institution:") and a.kind == kind
                      and (a.name == name or a.name.endswith(" " + name))
                      and (country is None or a.country in (None, country))), None)
        if actor is not None:
            actor.country = actor.country or country
        else:
            key = f"institution:{name}:{country or ''}"
            actor = actors.setdefault(key, Actor(key=key, name=name, type="organization", country=country,
                                                 government=True, kind=kind))
        actor.mentions.append(Mention(start, match.end(), name))
        taken.add(start, match.end())


def _add_generic_references(doc: Doc, actors: dict[str, Actor], kb: Knowledge) -> None:
    """"die Gewerkschaft" is a mention of the union named before it; "die Polizei" with no
    police named before it is an actor of its own (lexicon: generic_institutions)."""
    taken = SpanIndex((m.start, m.end) for actor in actors.values() for m in actor.mentions)
    articles = set(kb.lexicon["definite_articles"])
    institutions = {name.lower(): (name, kind) for name, kind in kb.lexicon["generic_institutions"].items()}
    ending_at = {m.end: actor for actor in actors.values() for m in actor.mentions}
    cues = kb.lexicon["attribution"]["prepositional"]
    for token in tokens_of(doc):
        # an institution in the genitive too: "nach Angaben des Generalstabs"
        institution = next((institutions[form] for form in _genitive_forms(token.lower_) if form in institutions), None)
        kinds = _generic_kinds(token.lower_, kb) or [institution[1] if institution else None]
        if kinds == [None]:
            continue
        # the article may stand before a demonym or an adjective: "the German airline group",
        # "der französische Autobauer"
        first = token.i
        while first > 0 and token.i - first < 2 and (doc[first - 1].text in kb.demonyms
                                                     or doc[first - 1].is_lower and doc[first - 1].is_alpha
                                                     and not doc[first - 1].is_stop and doc[first - 1].pos_ in ("ADJ", "")):
            first -= 1
        if first >= 2 and doc[first - 1].text + doc[first].text in kb.lexicon["seat_suffixes"]:
            first -= 2  # "the Rome-based agency"
        after_article = first > 0 and doc[first - 1].lower_ in articles
        start, end = token.idx, token.idx + len(token)
        # "the UKMTO agency said", "(UKMTO) agency": the noun after a name of its kind is that name
        before = start
        while before > 0 and doc_text(doc)[before - 1] in " )":
            before -= 1
        named = ending_at.get(before)
        if named is not None and named.kind in kinds:
            named.mentions.append(Mention(start, end, token.text, generic=True))
            taken.add(start, end)
            continue
        # an institution may also lead a sentence bare: "Police in Portland arrested ...", or follow
        # an attribution cue: "laut Polizei", "according to police"
        after_cue = any(doc[max(0, token.i - n):token.i].text.lower() in cues for n in (1, 2) if token.i >= n)
        # ... or after one common word that opens the sentence: "Riot police in Tbilisi detained ..."
        opens = token.is_sent_start or token.i > 0 and doc[token.i - 1].is_sent_start and doc[token.i - 1].is_title \
            and token.is_lower and not taken.overlaps(doc[token.i - 1].idx, start) and not _known_name(doc[token.i - 1].text, kb)
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # ... or speak right after a comma: "..., police said"
        speaks = token.i > 0 and doc[token.i - 1].text == "," and following is not None and token.is_lower \
            and is_speech_verb(following, kb.lexicon)
        bare = opens and token.lower_ in kb.lexicon["bare_references"]
        if not (after_article or bare or (opens or after_cue or speaks) and institution):
            continue
        if taken.overlaps(start, end) or (following is not None and taken.overlaps(following.idx, following.idx + 1)):
            continue  # part of a name, or a descriptor before one ("die Gewerkschaft GDL")
        antecedent = _antecedent(kinds, start, actors.values(), token.lower_)
        mention = Mention(start, end, token.text, generic=True)
        if antecedent is not None:
            antecedent.mentions.append(mention)
        elif institution:
            name, kind = institution
            key = f"generic:{kind}"
            actor = actors.setdefault(key, Actor(key=key, name=name, type="organization", government=True, kind=kind))
            actor.mentions.append(mention)
        else:
            continue
        taken.add(start, end)


def _merge_club_places(actors: dict[str, Actor], layout: Layout, text: str) -> None:
    """In a report on a club, its town stands for the club: "Leverkusen" joins "Bayer Leverkusen"
    (but the place on the dateline is the place)."""
    line = (text.rfind("\n", 0, layout.dateline.start) + 1, layout.dateline.end) if layout.dateline else (-1, -1)
    for club in [a for a in actors.values() if a.kind == "club"]:
        words = {w for m in club.mentions for w in m.text.split()}
        for key, place in list(actors.items()):
            if place.type == "location" and all(m.text in words for m in place.mentions):
                on_dateline = [m for m in place.mentions if line[0] <= m.start < line[1]]
                club.mentions.extend(m for m in place.mentions if m not in on_dateline)
                place.mentions = on_dateline
                if not on_dateline:
                    del actors[key]


_BRACKETED = re.compile(r"\s*\((\w[\w.&-]{1,11})\)")


def _abbreviates(short: str, name: str) -> bool:
    """The short form's letters stand in the name in order, the first first: "Nabu" in "Naturschutzbund"."""
    letters = iter(name.lower())
    return short[:1].lower() == name[:1].lower() and all(ch in letters for ch in short.lower())


def _merge_bracketed_acronyms(actors: dict[str, Actor], text: str) -> None:
    """"die Bundesvereinigung Deutscher Apothekerverbände (ABDA)", "the Federal Aviation
    Administration (FAA)": the short form in brackets after a name is the same actor. The one
    the knowledge base knows keeps the other's mentions; else the long form does, also where the
    short form is no actor of its own (the model missed it). A person's brackets hold a party or
    club ("Innenminister Joachim Herrmann (CSU)"), never his short form."""
    for key, actor in list(actors.items()):
        if key not in actors or actor.type == "person":
            continue
        for mention in actor.mentions:
            bracket = _BRACKETED.match(text, mention.end)
            if bracket is None or not bracket.group(1)[:1].isupper():
                continue
            # a one-word name only before a short form made of its letters in order ("Naturschutzbund
            # (Nabu)", "Volkswagen (VW)"; not "Taliban (TTP)"); a longer one before any ("Jamaat-e-Islami (JI)")
            if not (" " in mention.text or "-" in mention.text.strip("-")) and (
                    actor.type != "organization" or not _abbreviates(bracket.group(1), mention.text)):
                continue
            short = next((k for k, a in actors.items() if a is not actor and any(
                m.start == bracket.start(1) and m.end == bracket.end(1) for m in a.mentions)), None) \
                or next((k for k, a in actors.items() if a is not actor and a.name == bracket.group(1)), None)
            if short is None:  # the short form is used only in the brackets
                _add_occurrences(actor, bracket.group(1), text, actors)
                break
            keeper, other = (actors[short], actor) if actors[short].kb_id and not actor.kb_id else (actor, actors[short])
            keeper.mentions.extend(other.mentions)
            del actors[short if keeper is actor else key]
            _add_occurrences(keeper, bracket.group(1), text, actors)  # "teilte die Nada mit"
            break


def _salience(actor: Actor, length: int, layout: Layout) -> float:
    """Mentions (saturating at 5), position of the first mention, presence in headline or lede."""
    def inside(region):
        return region is not None and any(region.start <= m.start < region.end for m in actor.mentions)

    frequency = min(len(actor.mentions), 5) / 5
    position = 1 - actor.mentions[0].start / max(length, 1)
    prominence = 1.0 if inside(layout.headline) else 0.6 if inside(layout.lede) else 0.0
    return round(0.45 * frequency + 0.25 * position + 0.30 * prominence, 3)
