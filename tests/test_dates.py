"""Dates found in running text, on text written for these tests."""
import pytest

from service.core.dates import find_dates
from service.core.knowledge import load_knowledge


@pytest.mark.parametrize("language, text, expected", [
    # a date without a year is the one nearest the article's date, before or after it (not today's year)
    ("en", "LONDON, Sept. 30, 2025\n\nFunding runs until Nov. 21 and was agreed on Sept. 24; talks resume on Jan. 12.",
     ["2025-09-30", "2025-11-21", "2025-09-24", "2026-01-12"]),
    ("de", "Köln, 05.01.2026\n\nAm 28. Dezember brannte eine Halle. Am 12. Januar soll der Prozess beginnen.",
     ["2026-01-05", "2025-12-28", "2026-01-12"]),
])
def test_a_date_without_a_year_takes_the_year_of_the_article(language, text, expected):
    dates = find_dates(text, load_knowledge(language).lexicon)
    assert [d.value for d in dates] == expected


@pytest.mark.parametrize("language, text, expected", [
    # a month without a year is the last one up to the reference date; with a year, that one
    ("de", "Der Brand im Februar zerstörte die Halle. Im November hatte es schon einmal gebrannt. "
           "Der Streit begann im Mai 2021.", [("2026-02", "month"), ("2025-11", "month"), ("2021-05", "month")]),
    ("en", "The dam failed in 2019 and again in March. In 3,000 homes power was cut; officials said it may rain.",
     [("2019", "year"), ("2026-03", "month")]),
])
def test_months_and_years_after_a_preposition(language, text, expected):
    import datetime as dt
    dates = find_dates(text, load_knowledge(language).lexicon, dt.datetime(2026, 3, 10))
    assert [(d.value, d.precision) for d in dates] == expected


def test_a_month_in_a_short_headline_is_no_dateline(extract):
    document = extract("Streik im Januar\n\nDie Lokführer streiken ab Montag.", language="de")
    assert document["headline"] == "Streik im Januar" and document["published"] is None


@pytest.mark.parametrize("language, text, expected", [
    # day first or month first, full and abbreviated month names in any case; a day the month
    # does not have is no date
    ("de", "Wien, 3. Okt. 2024\n\nDer Vertrag vom 14. Jänner 2023 gilt bis 31. April, sagte er.",
     ["2024-10-03", "2023-01-14"]),
    ("en", "The plant opened on 4 March 2025, closed on SEPTEMBER 9, 2025 and reopens Feb. 30.",
     ["2025-03-04", "2025-09-09"]),
    # abbreviations without a full stop, as Reuters and British papers write them
    ("en", "KARACHI, Dec 3, 2025 (Reuters)\n\nThe strike began on 28 Oct 2025 and ends Jan 9, 2026.",
     ["2025-12-03", "2025-10-28", "2026-01-09"]),
])
def test_month_name_dates_take_day_month_and_year_from_the_text(language, text, expected):
    dates = find_dates(text, load_knowledge(language).lexicon)
    assert [d.value for d in dates if d.precision == "day"] == expected
