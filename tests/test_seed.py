"""The founding article (seeds/nordkorea_de.txt): the acceptance criteria of the issues."""


def names(document):
    return {a["id"]: a["name"] for a in document["actors"]}


def test_layout_and_date(seed_document):
    assert seed_document["headline"] == "Nordkorea plant massive Militärhilfe für Russland im Ukraine-Krieg"
    assert seed_document["lede"].startswith("Nordkorea erwägt, bis zu 100.000 Soldaten zu entsenden")
    assert seed_document["published"] == {"value": "2024-11-18T08:31:00", "text": "18.11.2024 08:31",
                                          "precision": "minute", "origin": "text", "start": 339, "end": 355}


def test_required_actors_once_and_typed(seed_document):
    actors = {a["name"]: a for a in seed_document["actors"]}
    expected = {"Nordkorea": "country", "Russland": "country", "Ukraine": "country", "Wladimir Putin": "person",
                "Kim Jong-un": "person", "Joe Biden": "person", "Kreml": "organization",
                "Vereinigte Staaten": "country", "NATO": "organization", "Bloomberg": "organization",
                "New York Post": "organization"}
    for name, actor_type in expected.items():
        assert actors[name]["type"] == actor_type, name
    assert actors["Kreml"]["country"] == "RU"
    assert len(seed_document["actors"]) == len(actors)  # each name once
    assert not {"Medien", "Geheimdienstdaten", "Munitionsstücken", "Front"} & set(actors)


def test_claims(seed_document):
    claims = {(c["value"], c["qualifier"]): c for c in seed_document["numeric_claims"]}
    actor = names(seed_document)
    assert actor[claims[(100000, "up_to")]["actor"]] == "Nordkorea"
    assert claims[(100000, "up_to")]["counted"] == "Soldaten"
    assert claims[(20, "up_to")]["kind"] == "percent"
    assert claims[(100000, "at_least")]["text"] == "Hunderttausende"
    assert claims[(120, "approximately")]["counted"] == "Raketen"
    assert claims[(90, "approximately")]["counted"] == "Drohnen"  # the qualifier carries across "und"
    for value in (15000, 500000, 400000, 80000):
        assert (value, "approximately") in claims
    assert (70000, "up_to") in claims
    assert len([c for c in seed_document["numeric_claims"] if c["value"] == 100000 and c["qualifier"] == "up_to"]) == 1
    assert not any(c["value"] in (18, 11, 2024, 8, 31) for c in seed_document["numeric_claims"])


def test_sources(seed_document):
    sources = {s["name"]: s for s in seed_document["sources"]}
    claims = {c["id"]: c for c in seed_document["numeric_claims"]}
    by_value = {(c["value"], c["qualifier"]): c for c in claims.values()}
    assert sources["Bloomberg"]["type"] == "media"
    assert sources["Geheimdienstdaten"]["type"] == "intelligence"
    assert sources["Medien"]["type"] == "media"
    assert by_value[(100000, "up_to")]["source"] == sources["Bloomberg"]["id"]  # the lede's claim, attributed later
    assert by_value[(20, "up_to")]["source"] == sources["Bloomberg"]["id"]
    assert by_value[(100000, "at_least")]["source"] == sources["Medien"]["id"]
    for value in (500000, 400000, 80000):
        assert by_value[(value, "approximately")]["source"] == sources["New York Post"]["id"]


def test_events(seed_document):
    actor = names(seed_document)
    events = seed_document["events"]
    by_type = {}
    for event in events:
        by_type.setdefault(event["type"], []).append(event)
    mobilize = by_type["MOBILIZE"][0]
    assert actor[mobilize["agents"][0]] == "Nordkorea" and mobilize["modality"] == "planned"
    consult = by_type["CONSULT"][0]
    assert {actor[i] for i in consult["agents"]} == {"Wladimir Putin", "Kim Jong-un"}
    aid = next(e for e in by_type["AID"] if e["lemma"] == "liefern")
    assert aid["modality"] == "reported" and actor[aid["targets"][0]] == "Kreml"
    attack = next(e for e in by_type["ASSAULT"] if e["trigger"] == "Angriffe")
    assert actor[attack["agents"][0]] == "Russland"
    assert attack["time"]["value"] == "2024-11-16/2024-11-17"
    agree = by_type["AGREE"][0]
    assert actor[agree["agents"][0]] == "Joe Biden" and actor[agree["targets"][0]] == "Ukraine"
    assert agree["time"]["value"] == "2024-11-17"
    claim = next(e for e in events if e["lemma"] == "behaupten" and actor.get((e["agents"] or [None])[0]) == "Wladimir Putin")
    assert claim["source"] is not None
    # the headline's "Militärhilfe" is the lede's plan, not an event of its own
    assert not any(e["start"] < 66 for e in events)
