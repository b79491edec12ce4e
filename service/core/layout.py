"""Article layout: headline, dateline and lede, read from the lines of the raw text.

A CMS sends the article as typed: the headline on the first line (no closing
punctuation), often a dateline on a line of its own, then paragraphs. These must be
found before sentence splitting, which does not break at line ends.
"""
from __future__ import annotations

from dataclasses import dataclass

from service.core.dates import DateMatch

HEADLINE_MAX_WORDS = 25
DATELINE_MAX_CHARS = 60
DATELINE_LINES = 6  # a dateline stands among the first lines


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Layout:
    headline: Region | None
    dateline: DateMatch | None
    lede: Region | None


def _lines(text: str) -> list[Region]:
    regions, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            regions.append(Region(start, start + len(stripped), stripped))
        offset += len(line) + 1
    return regions


def dateline_region_end(text: str) -> int:
    """Where the lines end that may hold the dateline: the dates after it are not needed to find it."""
    end, found = 0, 0
    while found < DATELINE_LINES and end < len(text):
        newline = text.find("\n", end)
        line_end = len(text) if newline == -1 else newline
        found += bool(text[end:line_end].strip())
        end = line_end + 1
    return min(end, len(text))


def read_layout(text: str, dates: list[DateMatch], has_title: bool) -> Layout:
    """Find headline (unless the request gave a title), dateline and lede."""
    lines = _lines(text)
    headline = None
    if not has_title and len(lines) > 1:
        first = lines[0]
        # a headline may end in a quotation or ask a question ("Hjulmand: „Wir waren zu naiv“",
        # "Wer zahlt die Rente?"), never in a sentence's full stop, inside the quotes or not
        if first.text.rstrip("\"“”»«'").rstrip()[-1:] not in ("", ".", ":", ";") \
                and len(first.text.split()) <= HEADLINE_MAX_WORDS:
            headline = first
    dateline = None
    for line in lines[:DATELINE_LINES]:
        if len(line.text) > DATELINE_MAX_CHARS:
            continue
        for date in dates:
            # a dateline is a short line of one date and at most a place ("18.11.2024 08:31",
            # "Berlin, 18.11.2024", "Frankfurt am Main, 05.03.2025", "PORTLAND, Ore., Oct. 3, 2024")
            rest = (text[line.start:date.start] + text[date.end:line.end]).split()
            if line.start <= date.start and date.end <= line.end and len(rest) <= 4 \
                    and date.precision not in ("year", "month"):  # "Streik im Januar" is a headline
                dateline = date
                break
        if dateline:
            break
    lede = next((line for line in lines
                 if line != headline and not (dateline and line.start <= dateline.start < line.end)), None)
    return Layout(headline, dateline, lede)
