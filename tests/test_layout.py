"""Headline, dateline and lede read from the lines of the raw text."""
import pytest

from service.core.layout import read_layout


@pytest.mark.parametrize("first_line, is_headline", [
    ("Leverkusen verliert in Madrid – Hjulmand: „Wir waren zu naiv“", True),
    ("Wer zahlt die Rente?", True),
    ("Merz: \"Wir schaffen das\"", True),
    ("Die Polizei nahm am Montag drei Verdächtige fest.", False),
    ("Er sagte: „Wir kommen wieder.“", False),
    ("Die Zahl der Fälle steigt weiter:", False),
])
def test_the_first_line_is_a_headline_unless_it_ends_a_sentence(first_line, is_headline):
    text = f"{first_line}\n\nDer erste Absatz des Artikels folgt hier."
    layout = read_layout(text, [], has_title=False)
    assert (layout.headline is not None and layout.headline.text == first_line) is is_headline


@pytest.mark.parametrize("text, lang, published, lede", [
    ("Flughafen erweitert\n\nMünchen, 12. Februar 2026 – Der Flughafen baut ein drittes Terminal. Es kostet viel.",
     "de", "2026-02-12", "Der Flughafen baut ein drittes Terminal. Es kostet viel."),
    ("Fed holds rates\n\nWASHINGTON, Jan. 28, 2026 (AP) — The Federal Reserve left rates unchanged on Wednesday.",
     "en", "2026-01-28", "The Federal Reserve left rates unchanged on Wednesday."),
    ("Ladenschluss\n\n14.03.2026 - Die Geschäfte in der Innenstadt bleiben am Sonntag geschlossen.",
     "de", "2026-03-14", "Die Geschäfte in der Innenstadt bleiben am Sonntag geschlossen."),
])
def test_a_dateline_may_open_the_first_paragraph(extract, text, lang, published, lede):
    document = extract(text, language=lang)
    assert document["published"]["value"][:10] == published
    assert document["lede"] == lede


@pytest.mark.parametrize("text", [
    "Wahltag\n\nAm 3. Mai 2026 – dem Tag der Wahl – blieben die Läden zu.",
    "Rückblick\n\nDer Vertrag vom 3. Mai 2026 - so die Stadt - gilt weiter.",
])
def test_a_date_in_the_first_sentence_is_no_dateline(extract, text):
    assert extract(text, language="de")["published"] is None
