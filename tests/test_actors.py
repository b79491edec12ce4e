"""Actors on articles written for these tests (not from the seed)."""


def actors(extract, text, lang="de"):
    return {a["name"]: a for a in extract(text, language=lang)["actors"]}


def test_countries_demonyms_and_genitive_merge(extract):
    text = ("Frankreich und Polen wollen enger zusammenarbeiten. Die französische Regierung "
            "kündigte an, Polens Armee zu unterstützen. Französische Firmen sollen liefern.")
    found = actors(extract, text)
    assert found["Frankreich"]["type"] == "country" and found["Frankreich"]["country"] == "FR"
    assert found["Frankreich"]["kb_id"] == "Q142"
    assert len(found["Frankreich"]["mentions"]) == 3  # Frankreich, französische, Französische
    assert len(found["Polen"]["mentions"]) == 2  # Polen, Polens


def test_surname_joins_full_name(extract):
    text = "Emmanuel Macron besuchte Berlin. Macron sprach dort mit Studenten. Später reiste Macron ab."
    found = actors(extract, text)
    assert found["Emmanuel Macron"]["type"] == "person"
    assert len(found["Emmanuel Macron"]["mentions"]) == 3
    assert "Macron" not in found


def test_unknown_person_by_ner_and_surname(extract):
    text = ("Die Ärztin Katharina Vollmer leitet die Klinik seit 2019. "
            "Vollmer sagte, die Lage sei angespannt.")
    found = actors(extract, text)
    person = found.get("Katharina Vollmer")
    assert person is not None and person["type"] == "person"
    assert [m["text"] for m in person["mentions"]] == ["Katharina Vollmer", "Vollmer"]


def test_seat_of_power_is_linked_to_country(extract):
    found = actors(extract, "Das Weiße Haus reagierte zurückhaltend auf die Forderung aus dem Kreml.")
    assert found["Weißes Haus"]["country"] == "US" and found["Weißes Haus"]["type"] == "organization"
    assert found["Kreml"]["country"] == "RU"


def test_acronym_and_long_form_are_one_actor(extract):
    text = "Die Europäische Union verhängte Sanktionen. Die EU will weitere Schritte prüfen."
    found = actors(extract, text)
    assert len(found["EU"]["mentions"]) == 2
    assert "Europäische Union" in found["EU"]["aliases"]


def test_hyphen_compounds_contribute_mentions(extract):
    found = actors(extract, "Die NATO-Staaten beraten über den Iran-Konflikt.")
    assert found["NATO"]["mentions"][0]["text"] == "NATO"
    assert found["Iran"]["mentions"][0]["text"] == "Iran"


def test_no_junk(extract):
    text = ("Am Montag berichteten Medien über den Streit. Geheimdienstdaten zeigen ein anderes Bild. "
            "Im November soll entschieden werden.")
    assert actors(extract, text) == {}


def test_english_actors(extract):
    text = ("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing. "
            "The White House said Putin and Xi discussed Ukraine.")
    found = actors(extract, text, "en")
    assert len(found["Wladimir Putin"]["mentions"]) == 2
    assert found["Xi Jinping"]["kb_id"] == "Q15031"
    assert found["White House"]["country"] == "US"
    assert found["Ukraine"]["type"] == "country"
    assert found["Russia"]["mentions"][0]["text"] == "Russian"


def test_title_rule_finds_person(extract):
    found = actors(extract, "Innenministerin Petra Lindqvist widersprach.")
    assert any(a["type"] == "person" and "Lindqvist" in a["name"] for a in found.values())


def test_salience_prefers_headline_actor(extract):
    text = "Spanien gewinnt gegen Portugal\nIn Madrid schlug Spanien Portugal 2:1. Auch Italien spielte."
    found = actors(extract, text)
    assert found["Spanien"]["salience"] > found["Italien"]["salience"]
    assert all(0 <= a["salience"] <= 1 for a in found.values())


def test_offsets_are_exact(extract):
    text = "Laut Reuters hat Brasiliens Präsident die USA kritisiert."
    for actor in extract(text, language="de")["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
