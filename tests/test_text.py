"""Shared text helpers: sentence repair over whatever segmentation the pipeline gives."""
import spacy
from spacy.tokens import Doc

from service.core.text import sentences


def _doc(words, sent_starts):
    return Doc(spacy.blank("de").vocab, words=words, sent_starts=sent_starts)


def test_a_closing_quote_ends_a_sentence_only_after_final_punctuation():
    # the parser cut after the quoted name and after the quoted sentence; only the second cut stands
    words = ["Laut", "„", "Kicker", "“", "erhält", "er", "3", "Millionen", ".",
             "„", "Wir", "gehen", ".", "“", "Dann", "kam", "er", "."]
    starts = [True] + [False] * 3 + [True] + [False] * 4 + [True] + [False] * 4 + [True, False, False, False]
    assert [s.text for s in sentences(_doc(words, starts))] == [
        "Laut „ Kicker “ erhält er 3 Millionen .", "„ Wir gehen . “", "Dann kam er ."]


def test_a_sentence_cut_without_final_punctuation_is_glued_back():
    words = ["Die", "Firma", "streicht", "40", "Stellen", "in", "Bonn", "."]
    starts = [True, False, False, False, True, False, False, False]
    assert [s.text for s in sentences(_doc(words, starts))] == ["Die Firma streicht 40 Stellen in Bonn ."]


def test_trie_alternation_matches_the_longest_form_like_a_sorted_flat_alternation():
    import re

    from service.core.text import trie_alternation
    forms = ["Nord", "Nordkorea", "Nordkoreas", "Nordmazedonien", "EU", "EU-Kommission", "U.S.", "US", "a+b", "Ö"]
    text = "Nordkoreas und Nordkorea, Nordmazedonien, Nordwind, Nord EU-Kommission EU U.S. USA a+b Öl Ö"
    flat = re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")
    trie = re.compile(r"(?<!\w)(" + trie_alternation(forms) + r")(?!\w)")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.group(1) for m in trie.finditer(text)][:3] == ["Nordkoreas", "Nordkorea", "Nordmazedonien"]
