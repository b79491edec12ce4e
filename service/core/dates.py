"""Dates: absolute date expressions in text, and relative ones resolved against a reference.

``find_dates`` finds numeric ("18.11.2024 08:31", "2024-11-18") and month-name
("17. November 2024", "November 17, 2024") dates, and months and years after a preposition
("im Januar", "in April 2023", "in 2020"). Month names and their numbers come from the
language's lexicon; the pattern's groups give day, month and year (dateparser, which parsed
the found strings before, took 0.84 ms a date). ``resolve_relative`` reads expressions such as "am Sonntag",
"am letzten Wochenende", "gestern", "last Tuesday" from the language's lexicon.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: str  # ISO 8601 date, datetime, or interval "start/end"
    precision: str  # year | month | day | minute | second


_NUMERIC = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d])"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*Uhr)?)?"
)
_ISO = re.compile(
    r"(?<![\d])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?![\d])"
)


@functools.cache
def _month_name_pattern(months: tuple[str, ...], month_first: bool) -> re.Pattern:
    """"17. November 2024"; and where the language writes the month first, "November 17, 2024"
    (in German "im Mai 27 Angriffe" is a month and a count)."""
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    day_first = rf"(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{names})(?:\s+(?P<y1>\d{{4}}))?"
    month_day = rf"|(?P<m2>{names})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?" if month_first else ""
    return re.compile(rf"(?<![\w])(?:{day_first}{month_day})(?![\w])", re.IGNORECASE)


def _from_groups(match: re.Match) -> DateMatch | None:
    g = match.groupdict()
    try:
        value = dt.datetime(int(g["y"]), int(g["m"]), int(g["d"]), int(g["H"] or 0), int(g["M"] or 0), int(g["S"] or 0))
    except ValueError:
        return None
    if g["S"]:
        precision, iso = "second", value.isoformat()
    elif g["H"]:
        precision, iso = "minute", value.isoformat()
    else:
        precision, iso = "day", value.date().isoformat()
    return DateMatch(match.start(), match.end(), match.group(0), iso, precision)


def _month_name_date(match: re.Match, months: dict[str, int]) -> dt.date | None:
    """The date the pattern's day, month name and year groups spell (this year when it names
    none, the caller anchors it), or None for a day the month does not have ("31. April")."""
    g = match.groupdict()
    day, month, year = (g["d1"], g["m1"], g["y1"]) if g["d1"] else (g["d2"], g["m2"], g["y2"])
    try:
        return dt.date(int(year) if year else dt.date.today().year, months[month.lower()], int(day))
    except ValueError:
        return None


def find_dates(text: str, lexicon: dict, reference: dt.datetime | None = None) -> list[DateMatch]:
    found: list[DateMatch] = []
    for pattern in (_NUMERIC, _ISO):
        found += filter(None, (_from_groups(m) for m in pattern.finditer(text)))
    months = tuple(lexicon["time"]["months"])
    base = reference.date() if reference else None
    for m in _month_name_pattern(months, lexicon["time"]["month_first_dates"]).finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        day = _month_name_date(m, lexicon["time"]["months"])
        if day is None:
            continue
        if _YEAR.search(m.group(0)):
            base = base or day  # the dateline dates what follows it
        elif base or found:
            # "until Nov. 21" in an article of Sept. 30, 2025: the Nov. 21 nearest to the article's date
            anchor = base or dt.date.fromisoformat(min(found, key=lambda d: d.start).value[:10])
            day = min((_with_year(day, anchor.year + k) for k in (-1, 0, 1)), key=lambda d: abs(d - anchor))
        found.append(DateMatch(m.start(), m.end(), m.group(0), day.isoformat(), "day"))
    found += _months_and_years(text, lexicon["time"], base, found)
    return sorted(found, key=lambda d: d.start)


@functools.cache
def _month_or_year_pattern(month_prepositions: tuple[str, ...], months: tuple[str, ...],
                           year_prepositions: tuple[str, ...]) -> re.Pattern:
    def alternation(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"
    return re.compile(
        rf"(?<![\w])(?:(?P<cue>{alternation(month_prepositions)})\s+(?P<month>{alternation(months)})(?:\s+(?P<year>\d{{4}}))?"
        rf"|(?:{alternation(year_prepositions)})\s+(?P<year_only>(?:19|20)\d\d))(?![\w.,]\d)(?![\w])",
        re.IGNORECASE,
    )


def _months_and_years(text: str, cues: dict, base: dt.date | None, taken: list[DateMatch]) -> list[DateMatch]:
    """A month ("im Januar", "in April 2023") or a year ("in 2020"), with that precision; a
    month without a year is the last one up to the reference date, or before its month after
    a word for the past ("last July" said in July is a year ago)."""
    past = tuple(cues["past_month_words"])
    pattern = _month_or_year_pattern(tuple(cues["month_prepositions"]) + past, tuple(cues["months"]),
                                     tuple(cues["year_prepositions"]))
    found = []
    for m in pattern.finditer(text):
        start, end = m.start("month") if m.group("month") else m.start("year_only"), m.end()
        if any(d.start < end and start < d.end for d in taken):
            continue
        if m.group("year_only"):
            found.append(DateMatch(start, end, text[start:end], m.group("year_only"), "year"))
            continue
        if not m.group("month")[:1].isupper():
            continue  # "in may" is no month
        month = cues["months"][m.group("month").lower()]
        if m.group("year"):
            year = int(m.group("year"))
        elif base is not None:
            before = m.group("cue").lower() in past
            year = base.year if month < base.month or month == base.month and not before else base.year - 1
        else:
            continue
        found.append(DateMatch(start, end, text[start:end], f"{year:04d}-{month:02d}", "month"))
    return found


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _with_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def is_future(words: list[str], lexicon: dict) -> bool:
    """Whether a sentence (its lower-case words) speaks of the future."""
    future = lexicon["time"]["future"]
    return any(w in future["cues"] for w in words) or (
        any(w in future["obligations"] for w in words) and not any(w in future["perfect"] for w in words))


def _day(value: dt.date) -> str:
    return value.isoformat()


_RELATIVE_CACHE: dict[int, tuple[re.Pattern, dict]] = {}


def _relative_expressions(cues: dict) -> tuple[re.Pattern, dict]:
    """One regex over every relative expression of a lexicon, and what each phrase means."""
    cached = _RELATIVE_CACHE.get(id(cues))
    if cached is None:
        meaning: dict[str, tuple[str, int]] = {}
        meaning.update({p: ("weekend", 0) for p in cues["last_weekend"]})
        meaning.update({p: ("week", 0) for p in cues["last_week"]})
        meaning.update({p: ("days", offset) for p, offset in cues["relative_days"].items()})
        for word, weekday in cues["weekdays"].items():
            # "am Dienstagmorgen" is a Tuesday too
            meaning.update({form: ("weekday", weekday) for form in [word, *(word + s for s in cues["weekday_suffixes"])]})
        alternation = "|".join(re.escape(p) for p in sorted(meaning, key=len, reverse=True))
        cached = _RELATIVE_CACHE[id(cues)] = (re.compile(rf"(?<![\w])(?:{alternation})(?![\w])"), meaning)
    return cached


def resolve_relative(text: str, reference: dt.datetime, lexicon: dict, future: bool = False) -> DateMatch | None:
    """The first relative time expression in ``text``, resolved against ``reference``; a
    weekday is the last one before it, or with ``future`` the next one (or that day)."""
    pattern, meaning = _relative_expressions(lexicon["time"])
    match = pattern.search(text.lower())
    if match is None:
        return None
    today = reference.date()
    kind, number = meaning[match.group(0)]
    preceding = text[:match.start()].lower().split()[-1:]
    future = future or bool(preceding) and preceding[0] in lexicon["time"]["future_prepositions"]
    if kind == "weekend":
        sunday = today - dt.timedelta(days=(today.weekday() + 1) % 7 or 7)
        value = f"{_day(sunday - dt.timedelta(days=1))}/{_day(sunday)}"
    elif kind == "week":
        monday = today - dt.timedelta(days=today.weekday() + 7)
        value = f"{_day(monday)}/{_day(monday + dt.timedelta(days=6))}"
    elif kind == "days":
        value = _day(today + dt.timedelta(days=number))
    elif future:
        value = _day(today + dt.timedelta(days=(number - today.weekday()) % 7))
    else:
        value = _day(today - dt.timedelta(days=(today.weekday() - number) % 7))
    return DateMatch(match.start(), match.end(), text[match.start():match.end()], value, "day")
