"""Property tests per extractor: on any text each one returns well-formed results whose
offsets point at exactly the text they report."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.core.actors import extract_actors
from service.core.dates import find_dates, resolve_relative
from service.core.events import extract_events
from service.core.knowledge import load_knowledge
from service.core.layout import read_layout
from service.core.numbers import extract_claims
from service.core.pipelines import load_pipeline
from service.core.sources import extract_sources

PIECES = ["Nordkorea", "Kreml", "laut", "Reuters", "etwa", "100.000", "1,5", "Mio.", "Euro", "bis zu", "zwischen",
          "und", "bis", "-", "20", "%", "am Sonntag", "gestern", "18.11.2024", "08:31", "17. November", "sagte",
          "angegriffen", "griff", "an", "„", "“", "\n", ".", ",", "Putins", "nordkoreanische", "(45)", "G7"]
TEXTS = st.one_of(st.text(min_size=1, max_size=200),
                  st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join))
NLP = {}
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REFERENCE = dt.datetime(2024, 11, 18, 8, 31)


def analyse(text: str, spec: str = "de_newsfacts_sm"):
    nlp = NLP.setdefault(spec, load_pipeline(spec))
    kb = load_knowledge("de")
    doc = nlp(text)
    dates = find_dates(text, kb.lexicon, REFERENCE)
    return doc, kb, dates, read_layout(text, dates, has_title=False)


@SETTINGS
@given(TEXTS)
def test_dates_and_layout(text):
    _, kb, dates, layout = analyse(text)
    for date in dates:
        assert text[date.start:date.end] == date.text
        dt.date.fromisoformat(date.value[:10])
    for region in (layout.headline, layout.lede):
        if region is not None:
            assert text[region.start:region.end] == region.text
    relative = resolve_relative(text, REFERENCE, kb.lexicon)
    if relative is not None:
        assert text[relative.start:relative.end] == relative.text


@SETTINGS
@given(TEXTS, st.sampled_from(["de_newsfacts_sm", "blank:de"]))
def test_actors_claims_sources_events(text, spec):
    doc, kb, dates, layout = analyse(text, spec)
    actors = extract_actors(doc, kb, layout)
    ids = {a.id for a in actors}
    for actor in actors:
        assert 0 <= actor.salience <= 1
        for mention in actor.mentions:
            assert text[mention.start:mention.end] == mention.text
    claims = extract_claims(doc, kb, actors, dates)
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.value_max is None or claim.value_max > claim.value
        assert claim.actor is None or claim.actor in ids
    sources, covered = extract_sources(doc, kb, actors)
    for source in sources:
        assert source.actor is None or source.actor in ids
        for attribution in source.attributions:
            assert text[attribution.start:attribution.end] == attribution.text
    for event in extract_events(doc, kb, actors, dates, REFERENCE, set()):
        assert text[event.start:event.end] == event.trigger
        assert (event.start, event.end, event.trigger) in event.mentions
        assert all(text[start:end] == word for start, end, word in event.mentions)
        assert set(event.agents + event.targets + event.locations) <= ids
