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


_DASHES = "–—-"


def _inline_head(line: Region) -> Region | None:
    """The start of a paragraph up to its first dash, where a dateline may stand: "Hamburg, 3. Mai
    2025 – Die Stadt ...", "BOSTON, May 3, 2025 (Reuters) - The city ..."."""
    ends = [line.text.find(f" {dash} ") for dash in _DASHES]
    end = min((e for e in ends if e != -1), default=-1)
    if end <= 0 or end > DATELINE_MAX_CHARS:
        return None
    return Region(line.start, line.start + end, line.text[:end])


def _dateline_in(text: str, region: Region, dates: list[DateMatch], inline: bool) -> DateMatch | None:
    """A dateline is one date and at most a place ("18.11.2024 08:31", "Berlin, 18.11.2024",
    "Frankfurt am Main, 05.03.2025", "PORTLAND, Ore., Oct. 3, 2024"); at the head of a paragraph
    the place is followed by a comma ("Am 3. Mai 2025 – dem Tag der Wahl – ..." has none)."""
    for date in dates:
        if not (region.start <= date.start and date.end <= region.end):
            continue
        before = text[region.start:date.start].strip()
        rest = (before + " " + text[date.end:region.end]).split()
        if len(rest) > 4 or date.precision in ("year", "month"):  # "Streik im Januar" is a headline
            continue
        if not (inline and before and not before.endswith(",")):
            return date
    return None


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
    dateline, lede = None, None
    for line in lines[:DATELINE_LINES]:
        if len(line.text) <= DATELINE_MAX_CHARS:
            dateline = _dateline_in(text, line, dates, inline=False)
        head = None if dateline else _inline_head(line)
        if head is not None:
            dateline = _dateline_in(text, head, dates, inline=True)
            if dateline:  # the paragraph it opens is the lede
                rest = line.text[head.end - line.start:].lstrip(_DASHES + " ")
                lede = Region(line.end - len(rest), line.end, rest)
        if dateline:
            break
    lede = lede or next((line for line in lines
                         if line != headline and not (dateline and line.start <= dateline.start < line.end)), None)
    return Layout(headline, dateline, lede)
