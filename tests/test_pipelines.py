"""Pipelines load by configuration; extractors depend only on standard spaCy annotations."""
import pytest
import spacy

from service.api import create_app
from service.config import Settings
from service.core import document as document_module
from service.core.document import Extractor, Request, UnsupportedLanguage
from service.core.knowledge import frequent_words, warm_up_text
from service.core.pipelines import PipelineNotFound, load_pipeline, pipeline_label


def test_shipped_pipeline_loads_with_spacy_load():
    nlp = spacy.load("de_newsfacts_sm")
    assert {"tagger", "morphologizer", "parser", "ner", "trainable_lemmatizer"} <= set(nlp.pipe_names)
    doc = nlp("Angela Merkel besuchte gestern Paris.")
    assert doc.has_annotation("DEP") and doc.has_annotation("POS")


def test_default_german_pipeline_is_the_shipped_one(monkeypatch):
    monkeypatch.delenv("NEWSFACTS_PIPELINE_DE", raising=False)
    assert Settings().pipelines["de"] == "de_newsfacts_sm"


def test_pipeline_from_environment(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_PIPELINE_DE", "blank:de")
    extractor = Extractor(Settings().pipelines).load()
    assert extractor.labels()["de"] == "blank:de"


def test_missing_pipeline_fails_at_startup_with_clear_error():
    settings = Settings(pipelines={"de": "de_core_news_nonexistent"})
    with pytest.raises(PipelineNotFound, match="de_core_news_nonexistent.*not installed"):
        create_app(settings)


def test_pipeline_from_directory(tmp_path):
    spacy.blank("de").to_disk(tmp_path / "tiny")
    nlp = load_pipeline(str(tmp_path / "tiny"))
    assert "sentencizer" in nlp.pipe_names and nlp.pipe_names[:2] == ["newsfacts_number_stops", "newsfacts_line_breaks"]


def test_line_breaks_end_sentences():
    nlp = load_pipeline("de_newsfacts_sm")
    doc = nlp("Die Überschrift ohne Punkt\nDer erste Satz folgt hier.")
    assert [s.text.strip() for s in doc.sents][:2] == ["Die Überschrift ohne Punkt", "Der erste Satz folgt hier."]


TEXT = ("Russland greift Kiew an\nRussland hat am Sonntag Kiew mit etwa 50 Drohnen angegriffen. "
        "Laut Reuters wurden 3 Menschen verletzt.")


@pytest.mark.parametrize("spec", ["blank:de", "de_newsfacts_sm"])
def test_extractors_work_with_any_pipeline(spec):
    """With a tokenizer-only pipeline (no tags, deps or ents) every extractor still answers:
    the code paths depend only on standard annotations where present."""
    document = Extractor({"de": spec}).extract(Request(text=TEXT, language="de"))
    assert {a["name"] for a in document["actors"]} >= {"Russland", "Kiew"}
    assert [c["value"] for c in document["numeric_claims"]] == [50, 3]
    assert document["sources"][0]["name"] == "Reuters"
    attack = next(e for e in document["events"] if e["type"] == "ASSAULT")
    assert attack["agents"] == [next(a["id"] for a in document["actors"] if a["name"] == "Russland")]


def test_loading_runs_every_extractor_once_per_language(monkeypatch):
    """The warm-up at load: the first request must not pay for what the extractors build on first use."""
    languages = []
    original = document_module.extract_events
    monkeypatch.setattr(document_module, "extract_events",
                        lambda doc, *args, **kwargs: languages.append(doc.lang_) or original(doc, *args, **kwargs))
    Extractor({"de": "blank:de", "en": "blank:en"}).load()
    assert languages == ["de", "en"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_warm_up_article_gives_every_kind_of_fact(extractor, lang):
    """It warms what it exercises: a dateline with a month name, claims, sources, events."""
    document = extractor.extract(Request(text=warm_up_text(lang), language=lang))
    assert document["published"]["value"] == "2025-05-03"
    assert {"person", "location"} <= {a["type"] for a in document["actors"]}
    assert any(c["qualifier"] for c in document["numeric_claims"])
    assert document["sources"] and document["events"]


def test_unsupported_language_for_deployment():
    extractor = Extractor({"de": "blank:de"})
    with pytest.raises(UnsupportedLanguage):
        extractor.extract(Request(text="Hello world", language="en"))


def test_pipeline_label_names_package_and_version():
    assert pipeline_label(load_pipeline("de_newsfacts_sm")) == "de_newsfacts_sm-0.2.0"


# Found by fuzzing: iterating Token.children of an unparsed document crashed the process.
WHITESPACE_HEAVY = 'Mio. attacked 10 Kreml Putin angegriffen laut bis zwischen Russland angegriffen Euro - . „ am Sonntag . bis bis zu 20 % am Sonntag Reuters Mio. Kreml angegriffen'


def test_unparsed_pipeline_survives_whitespace_heavy_text():
    document = Extractor({"en": "blank:en"}).extract(Request(text=WHITESPACE_HEAVY, language="en"))
    assert document["language"] == "en"


def test_ending_pattern_with_no_words_matches_nothing():
    from service.core.text import ending_pattern
    assert ending_pattern([]).search("anything") is None
    assert ending_pattern(["ministerium"], "(?:e?s)?").search("gesundheitsministeriums")


def test_frequent_words_outlive_a_memory_zone():
    """The language's frequent words are made permanent at load, so requests do not rebuild
    them; the words a request brings in are still freed with its memory zone."""
    nlp = load_pipeline("blank:de")
    frequent = frequent_words("de")
    assert len(frequent) >= 10_000
    known = next(w for w in frequent[5000:] if len(w) > 6).capitalize()
    unseen = "Quxwelbrandtstraße"
    assert known in nlp.vocab and unseen not in nlp.vocab.strings
    with nlp.memory_zone():
        nlp(f"{known}, {known}. {unseen}")
    assert known in nlp.vocab and unseen not in nlp.vocab.strings


@pytest.mark.parametrize("lang, text", [
    ("en", "The U.S. government said, in a statement, that it doesn't know. Officials said: \"No.\""),
    ("de", "Die Regierung sagte, z.B. am 3. Oktober, dass sie es nicht weiß. Er sagte: „Nein.“ So war's."),
])
def test_cached_words_tokenise_as_the_tokenizer_does(lang, text):
    """The cache filled at load gives the same tokens as splitting each chunk anew, next to
    special cases ("U.S.", "doesn't", "z.B.") and punctuation."""
    warm = load_pipeline(f"blank:{lang}")
    with warm.memory_zone():
        cached = [t.text for t in warm.make_doc(text)]
    assert cached == [t.text for t in spacy.blank(lang).make_doc(text)]


@pytest.mark.parametrize("spec", ["blank:de", "de_newsfacts_sm"])
def test_a_sentence_ending_in_a_number_ends_there(spec):
    """The German tokenizer keeps "12." whole as an ordinal; before a capitalised function
    word it is a number and a full stop."""
    nlp = load_pipeline(spec)
    doc = nlp("Die Zahl der Verletzten stieg auf 12. Das teilte die Feuerwehr mit.")
    assert [t.text for t in doc][6:9] == ["12", ".", "Das"] and doc[8].is_sent_start
    ordinals = nlp("Am 3. Oktober beginnt der 2. Spieltag.")
    assert [t.text for t in ordinals][1] == "3." and [t.text for t in ordinals][5] == "2."


@pytest.mark.parametrize("spec", ["blank:de", "de_newsfacts_sm"])
def test_a_sentence_ending_in_a_score_ends_there(spec):
    """A score is no ordinal: after "1:4." any capitalised word starts a sentence; a time
    inside a sentence stays whole."""
    nlp = load_pipeline(spec)
    doc = nlp("Die Werkself unterlag bei Real Madrid mit 1:4. Kylian Mbappé traf zweimal. Um 10:30 Uhr begann es.")
    words = [t.text for t in doc]
    assert words[7:10] == ["1:4", ".", "Kylian"] and doc[9].is_sent_start
    assert "10:30" in words
