"""Property tests: any text gives a valid Document with exact offsets and resolvable ids."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import DocumentSchema

NEWS_WORDS = ["Nordkorea", "Russland", "Putin", "laut", "Reuters", "etwa", "100.000", "Soldaten", "bis zu", "20 %",
              "angegriffen", "am Sonntag", "sagte", "und", ".", ",", "\n", "„", "“", "Mio.", "Euro", "zwischen", "10",
              "bis", "20", "-", "The", "said", "about", "$4.5bn", "according to", "attacked", "Kreml", "Biden"]

texts = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=60).map(" ".join),
).filter(lambda t: t.strip() and "\ud800" not in t)


def check(document: dict, text: str) -> None:
    assert DocumentSchema().validate(document) == {}
    ids = set()
    for actor in document["actors"]:
        ids.add(actor["id"])
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for claim in document["numeric_claims"]:
        ids.add(claim["id"])
        assert text[claim["start"]:claim["end"]] == claim["text"]
    for source in document["sources"]:
        ids.add(source["id"])
        for attribution in source["attributions"]:
            assert text[attribution["start"]:attribution["end"]] == attribution["text"]
    for event in document["events"]:
        ids.add(event["id"])
        assert text[event["start"]:event["end"]] == event["trigger"]
        for mention in event["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for claim in document["numeric_claims"]:
        assert {claim["actor"], claim["source"], claim["event"]} - {None} <= ids
    for event in document["events"]:
        assert set(event["agents"] + event["targets"] + event["locations"] + event["claims"]) <= ids
        assert event["source"] is None or event["source"] in ids


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(["de", "en", None]))
def test_any_text_gives_valid_document(extract, text, language):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return
    check(extract(text, language=language), text)
