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
