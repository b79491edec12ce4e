"""Dates: absolute date expressions in text, and relative ones resolved against a reference.

``find_dates`` finds numeric ("18.11.2024 08:31", "2024-11-18") and month-name
("17. November 2024", "November 17, 2024") dates; strings with month names are parsed
by dateparser once found. ``resolve_relative`` reads expressions such as "am Sonntag",
"am letzten Wochenende", "gestern", "last Tuesday" from the language's lexicon.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import dateparser


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
def _month_name_pattern(months: tuple[str, ...]) -> re.Pattern:
    names = "|".join(sorted(months, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w])(?:(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{names})(?:\s+(?P<y1>\d{{4}}))?"
        rf"|(?P<m2>{names})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?)(?![\w])",
        re.IGNORECASE,
    )


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


def find_dates(text: str, lang: str, lexicon: dict, reference: dt.datetime | None = None) -> list[DateMatch]:
    found: list[DateMatch] = []
    for pattern in (_NUMERIC, _ISO):
        found += filter(None, (_from_groups(m) for m in pattern.finditer(text)))
    months = tuple(lexicon["time"]["months"])
    for m in _month_name_pattern(months).finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if reference:
            settings["RELATIVE_BASE"] = reference.replace(tzinfo=None)
        parsed = dateparser.parse(m.group(0), languages=[lang], settings=settings)
        if parsed is None:
            continue
        found.append(DateMatch(m.start(), m.end(), m.group(0), parsed.date().isoformat(), "day"))
    return sorted(found, key=lambda d: d.start)


def _day(value: dt.date) -> str:
    return value.isoformat()


def resolve_relative(text: str, reference: dt.datetime, lexicon: dict) -> DateMatch | None:
    """The first relative time expression in ``text``, resolved against ``reference``."""
    cues = lexicon["time"]
    lowered = text.lower()
    today = reference.date()
    candidates: list[tuple[int, int, str, str]] = []  # start, end, value, precision

    def search(phrases):
        for phrase in phrases:
            for m in re.finditer(rf"(?<![\w]){re.escape(phrase)}(?![\w])", lowered):
                yield m

    for m in search(cues["last_weekend"]):
        sunday = today - dt.timedelta(days=(today.weekday() + 1) % 7 or 7)
        candidates.append((m.start(), m.end(), f"{_day(sunday - dt.timedelta(days=1))}/{_day(sunday)}", "day"))
    for m in search(cues["last_week"]):
        monday = today - dt.timedelta(days=today.weekday() + 7)
        candidates.append((m.start(), m.end(), f"{_day(monday)}/{_day(monday + dt.timedelta(days=6))}", "day"))
    for word, offset in cues["relative_days"].items():
        for m in search([word]):
            candidates.append((m.start(), m.end(), _day(today + dt.timedelta(days=offset)), "day"))
    for word, weekday in cues["weekdays"].items():
        # "am Dienstagmorgen" is a Tuesday too
        for m in search([word, *(word + suffix for suffix in cues["weekday_suffixes"])]):
            delta = (today.weekday() - weekday) % 7
            candidates.append((m.start(), m.end(), _day(today - dt.timedelta(days=delta)), "day"))
    if not candidates:
        return None
    start, end, value, precision = min(candidates, key=lambda c: (c[0], -c[1]))
    return DateMatch(start, end, text[start:end], value, precision)
