"""Numeric claims, on sentences written for these tests (not from the seed article)."""
import pytest

from service.core.numbers import parse_number


@pytest.mark.parametrize("text, decimal_comma, value", [
    ("100.000", True, 100000), ("1,5", True, 1.5), ("1.5", True, 1.5), ("2.300.000", True, 2300000),
    ("100,000", False, 100000), ("1.5", False, 1.5), ("12", False, 12),
])
def test_parse_number(text, decimal_comma, value):
    assert parse_number(text, decimal_comma) == value


def claims(extract, text, lang="de"):
    return extract(text, language=lang)["numeric_claims"]


def one(extract, text, lang="de"):
    found = claims(extract, text, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, qualifier, kind, unit", [
    ("Die Firma meldete einen Umsatz von 2,3 Mio. Euro.", 2_300_000, "exact", "money", "EUR"),
    ("Der Staat investiert rund 1,2 Milliarden Euro in Schulen.", 1_200_000_000, "approximately", "money", "EUR"),
    ("Bei dem Unglück starben mindestens zwölf Menschen.", 12, "at_least", "count", None),
    ("Die Inflation lag bei knapp 3 Prozent.", 3, "approximately", "percent", "%"),
    ("Mehr als 4.000 Menschen demonstrierten in Leipzig.", 4000, "more_than", "count", None),
    ("Der Konzern will höchstens 50 Stellen streichen.", 50, "at_most", "count", None),
    ("Weniger als 30 Prozent stimmten zu.", 30, "less_than", "percent", "%"),
    ("Zwei Millionen Menschen sahen das Spiel.", 2_000_000, "exact", "count", None),
    ("Das Land hält gut 20 Prozent an der Reederei.", 20, "more_than", "percent", "%"),
    ("Die Leitung wird frühestens in 8 Jahren fertig.", 8, "at_least", "measure", "a"),
    ("Mehrere tausend Pendler standen im Stau.", 1000, "at_least", "count", None),
])
def test_german_values_and_qualifiers(extract, text, value, qualifier, kind, unit):
    claim = one(extract, text)
    assert (claim["value"], claim["qualifier"], claim["kind"], claim["unit"]) == (value, qualifier, kind, unit)


@pytest.mark.parametrize("text, value, qualifier, kind, unit", [
    ("The company raised $4.5bn from investors.", 4_500_000_000, "exact", "money", "USD"),
    ("Up to 300 workers could lose their jobs.", 300, "up_to", "count", None),
    ("Roughly 2,500 people attended the rally.", 2500, "approximately", "count", None),
    ("At least 14 people were killed in the storm.", 14, "at_least", "count", None),
    ("Fewer than 10 percent voted for the plan.", 10, "less_than", "percent", "%"),
])
def test_english_values_and_qualifiers(extract, text, value, qualifier, kind, unit):
    claim = one(extract, text, "en")
    assert (claim["value"], claim["qualifier"], claim["kind"], claim["unit"]) == (value, qualifier, kind, unit)


def test_range_german(extract):
    claim = one(extract, "Die Polizei rechnet mit zwischen 10 und 20 Verletzten.")
    assert (claim["value"], claim["value_max"], claim["qualifier"]) == (10, 20, "range")


def test_range_with_dash_and_bis(extract):
    assert one(extract, "Es werden 10-20 Busse erwartet.")["value_max"] == 20
    assert one(extract, "Der Preis steigt um 5 bis 8 Prozent.")["value_max"] == 8


def test_range_english(extract):
    claim = one(extract, "Between 40 and 60 firefighters fought the blaze.", "en")
    assert (claim["value"], claim["value_max"], claim["qualifier"]) == (40, 60, "range")


def test_vague_magnitudes(extract):
    claim = one(extract, "Tausende Menschen flohen aus der Stadt.")
    assert (claim["value"], claim["qualifier"]) == (1000, "at_least")
    claim = one(extract, "Hundreds of thousands of people fled the city.", "en")
    assert (claim["value"], claim["qualifier"]) == (100_000, "at_least")


def test_qualifier_carries_across_coordination(extract):
    found = claims(extract, "Die Armee setzte etwa 40 Panzer und 25 Hubschrauber ein.")
    assert [(c["value"], c["qualifier"], c["counted"]) for c in found] == [
        (40, "approximately", "Panzer"), (25, "approximately", "Hubschrauber")]


def test_qualifier_does_not_carry_across_another_list_item(extract):
    found = claims(extract, "Die Fahnder fanden rund 40 Kilogramm Heroin, Munition und 3 Gewehre.")
    assert [(c["value"], c["qualifier"]) for c in found] == [(40, "approximately"), (3, "exact")]


def test_counted_noun_skips_adjectives(extract):
    assert one(extract, "Die Stadt stellte 300 zusätzliche Polizisten ein.")["counted"] == "Polizisten"


def test_actor_from_demonym_in_counted_phrase(extract):
    claim = one(extract, "Angeblich kämpfen 3.000 iranische Söldner in der Region.")
    doc = extract("Angeblich kämpfen 3.000 iranische Söldner in der Region.", language="de")
    actor = next(a for a in doc["actors"] if a["id"] == claim["actor"])
    assert actor["name"] == "Iran"


@pytest.mark.parametrize("text", [
    "Das Treffen fand am 12.03.2023 statt.",
    "Die Sitzung beginnt um 14:30 Uhr.",
    "Im Jahr 2019 begann die Reform.",
    "Die G7 und die G20 trafen sich.",
    "Die Zahl der COVID-19-Fälle wurde nicht genannt.",
    "Rufen Sie uns an unter +49 30 1234 5678.",
    "Details stehen auf Seite 12 des Berichts.",
    "Nach § 218 ist das strafbar.",
    "Der Sänger Max Muster (45) trat auf.",
])
def test_not_claims(extract, text):
    assert claims(extract, text) == []


def test_repeated_claim_is_listed_once(extract):
    text = ("Die Regierung will 500 Soldaten schicken.\n"
            "Laut dem Ministerium sollen die 500 Soldaten im Mai aufbrechen.")
    found = claims(extract, text)
    assert len(found) == 1
    assert found[0]["start"] == text.index("500")


def test_offsets_match_text(extract):
    text = "Rund 70 Prozent der 1.200 Befragten lehnen den Plan ab."
    for claim in claims(extract, text):
        assert text[claim["start"]:claim["end"]] == claim["text"]


def test_headline_without_qualifier_joins_the_qualified_body_claim(extract):
    text = "Werft streicht 800 Stellen\nDie Werft in Kiel streicht rund 800 Stellen, weitere 40 sind unsicher."
    found = claims(extract, text)
    eight_hundred = [c for c in found if c["value"] == 800]
    assert len(eight_hundred) == 1
    assert eight_hundred[0]["qualifier"] == "approximately"
    assert eight_hundred[0]["start"] == text.index("800")


@pytest.mark.parametrize("text, lang, number", [
    ("Neubau kostet 300 Millionen Euro\nDer Neubau soll etwa 300 Millionen Euro kosten, teilte die Stadt mit.", "de",
     "300"),
    ("Airport expansion to cost $4 billion\nThe expansion will cost about $4 billions, officials said.", "en", "$4"),
])
def test_a_body_number_joined_to_the_headline_leaves_no_bare_magnitude(extract, text, lang, number):
    """The body's "300 Millionen Euro" is an occurrence of the headline's claim; its "Millionen"
    is no second, vague claim ("millions")."""
    found = claims(extract, text, lang)
    assert [(c["qualifier"], c["start"]) for c in found] == [("approximately", text.index(number))]


def test_differently_qualified_claims_stay_apart(extract):
    found = claims(extract, "Mehr als 20 Boote kamen an. Höchstens 20 Boote dürfen anlegen.")
    assert sorted(c["qualifier"] for c in found) == ["at_most", "more_than"]


def test_coordinated_ages_are_not_claims(extract):
    found = claims(extract, "The suspects, aged 17 and 19, were charged with theft of 40 bicycles.", "en")
    assert [c["value"] for c in found] == [40]


def test_dateline_with_abbreviated_month_is_the_publication_date(extract):
    document = extract("Storm hits coast\nMIAMI, Fla., Sept. 12, 2024\n\nWinds reached 120 miles per hour.",
                       language="en")
    assert document["published"]["value"] == "2024-09-12"
    assert [c["value"] for c in document["numeric_claims"]] == [120]


def test_age_lists_are_not_claims(extract):
    found = claims(extract, "Die Männer im Alter von 19, 22 und 25 Jahren stahlen 14 Autos.")
    assert [c["value"] for c in found] == [14]


def test_over_a_span_of_time_is_no_qualifier(extract):
    assert one(extract, "Bund und Länder zahlen über zehn Jahre.")["qualifier"] == "exact"
    assert one(extract, "The plan runs over two years.", "en")["qualifier"] == "exact"
    assert one(extract, "Über 300 Menschen kamen.")["qualifier"] == "more_than"


def test_headline_number_is_the_body_number_whatever_it_counts(extract):
    text = "Retailer to close 80 stores\nThe chain will shut about 80 shops by March, the company said."
    found = claims(extract, text, "en")
    assert len(found) == 1 and found[0]["qualifier"] == "approximately"


def test_singular_currency_in_a_compound_headline(extract):
    text = "Government unveils 3 billion pound housing plan\nThe government will spend 3 billion pounds on homes."
    assert len(claims(extract, text, "en")) == 1


def test_a_change_and_a_level_are_two_claims_not_a_range(extract):
    document = extract("Sales climbed 8 percent to 3.4 billion dollars, while costs fell 2 to 3 percent.", language="en")
    claims = [(c["value"], c["value_max"], c["qualifier"]) for c in document["numeric_claims"]]
    assert claims == [(8, None, "exact"), (3_400_000_000, None, "exact"), (2, 3, "range")]


def test_as_much_as_is_up_to(extract):
    claim = extract("The index fell as much as 6 percent on Monday.", language="en")["numeric_claims"][0]
    assert (claim["value"], claim["qualifier"]) == (6, "up_to")


@pytest.mark.parametrize("text, language", [
    ("Der Zug fuhr auf Gleis 7 ein.", "de"),
    ("Officers found the man on platform 13.", "en"),
    ("Strong winds pushed the flames toward Highway 95 on Sunday.", "en"),
])
def test_platform_numbers_are_no_claims(extract, text, language):
    assert extract(text, language=language)["numeric_claims"] == []


def test_a_headline_number_joins_only_the_first_body_number(extract):
    text = ("Two charged after pension fraud\nLEEDS, May 4, 2026\n\nProsecutors have charged two women suspected "
            "of a fraud that cost savers money for almost two weeks, police said on Tuesday.")
    claims = [c for c in extract(text, language="en")["numeric_claims"] if c["value"] == 2]
    assert sorted(c["qualifier"] for c in claims) == ["approximately", "exact"]


def test_over_a_number_of_seasons_is_a_span_not_more_than(extract):
    text = "The club lost 40 million pounds over three seasons."
    claim = next(c for c in extract(text, language="en")["numeric_claims"] if c["value"] == 3)
    assert claim["qualifier"] == "exact"


def test_a_count_after_the_word_year_is_a_claim_a_four_digit_year_is_not(extract):
    values = [c["value"] for c in extract("Die Behörde zählte im vergangenen Jahr 27 Angriffe. "
                                          "Bis zum Jahr 2100 steigt der Meeresspiegel.", language="de")["numeric_claims"]]
    assert values == [27]


def test_a_dollar_with_its_countrys_letters(extract):
    claims = extract("The strike cost more than C$10 million, or US$7 million.", language="en")["numeric_claims"]
    assert [(c["value"], c["qualifier"], c["unit"]) for c in claims] == [(10000000, "more_than", "CAD"), (7000000, "exact", "USD")]


@pytest.mark.parametrize("text, language, values", [
    ("Die Beteiligung lag höher als vor fünf Jahren.", "de", []),  # a time ago is no claim
    ("Der Umbau dauerte fünf Jahre.", "de", [5]),  # a duration is one
    ("Turnout was higher than five years ago.", "en", []),
    ("Das Land werde die Gemeinden mit einer Million Euro unterstützen.", "de", [1000000]),  # an article before a scale
    ("The fund received a billion dollars and a million-dollar grant.", "en", [1000000000]),
])
def test_times_ago_and_articles_before_scales(extract, text, language, values):
    assert [c["value"] for c in extract(text, language=language)["numeric_claims"]] == values


def test_a_range_of_ages_is_no_claim(extract):
    claims = extract("Die Polizei nahm vier Männer im Alter von 31 bis 52 Jahren fest.", language="de")["numeric_claims"]
    assert [c["value"] for c in claims] == [4]


@pytest.mark.parametrize("text, language, value, qualifier", [
    ("Preuß hat das Einzelrennen über 15 Kilometer gewonnen.", "de", 15, "exact"),
    ("Die EU hat einen gemeinsamen Fonds über 150 Milliarden Euro beschlossen.", "de", 150e9, "exact"),
    ("Temperaturen über 40 Grad wurden gemessen.", "de", 40, "more_than"),
    ("Die Zahl stieg auf über 300 Fälle.", "de", 300, "more_than"),
    ("Rund 90 Menschen wurden länger als zwei Wochen festgehalten.", "de", 2, "more_than"),
    ("The outage lasted longer than 12 hours.", "en", 12, "more_than"),
    ("Prices were lower than 3 dollars a gallon.", "en", 3, "less_than"),
])
def test_qualifier_of_sizes_and_comparatives(extract, text, language, value, qualifier):
    claim = next(c for c in extract(text, language=language)["numeric_claims"] if c["value"] == value)
    assert claim["qualifier"] == qualifier


@pytest.mark.parametrize("text, language", [
    ("In Bremen wurde ein 63 Jahre alter Autofahrer schwer verletzt.", "de"),
    ("Eine 71 Jahre alte Frau wurde gerettet.", "de"),
    ("A man, 45 years old, was arrested.", "en"),
])
def test_an_age_in_years_old_is_no_claim(extract, text, language):
    assert extract(text, language=language)["numeric_claims"] == []


@pytest.mark.parametrize("text, values", [
    ("Der Verein liegt mit acht Punkten auf dem 14. Tabellenplatz.", [8]),
    ("Beim 5. Versuch gelang der Sprung.", []),
    ("Die Zahl der Verletzten stieg am Abend auf 14. Die Polizei ermittelt.", [14]),
])
def test_a_number_with_a_full_stop_after_an_article_is_an_ordinal(extract, text, values):
    document = extract(text, language="de")
    assert [c["value"] for c in document["numeric_claims"]] == values


@pytest.mark.parametrize("text, language, unit", [
    ("Der Sturm verursachte Schäden von mehreren Millionen Euro.", "de", "EUR"),
    ("The scheme cost taxpayers millions of dollars.", "en", "USD"),
])
def test_a_vague_magnitude_of_money_has_its_currency(extract, text, language, unit):
    claim = extract(text, language=language)["numeric_claims"][0]
    assert (claim["value"], claim["qualifier"], claim["kind"], claim["unit"]) == (1000000, "at_least", "money", unit)


def test_a_vague_headline_number_is_not_the_bodys_figure(extract):
    text = "Dozens of miners trapped in Peru\n\nRescuers freed 12 miners on Monday, officials said."
    found = sorted((c["value"], c["qualifier"]) for c in claims(extract, text, "en"))
    assert found == [(12, "at_least"), (12, "exact")], found
