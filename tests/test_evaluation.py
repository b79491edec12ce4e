"""The evaluation's own matching (a wrong matcher would make every figure wrong)."""
from evaluation.run import _match_named


def test_an_exact_name_is_matched_before_an_alias():
    gold = [{"name": "Leipzig", "type": "location"}, {"name": "RB Leipzig", "type": "organization", "aliases": ["Leipzig"]}]
    predicted = [{"name": "RB Leipzig", "aliases": ["Leipzig"]}, {"name": "Leipzig", "aliases": []}]
    pairs, extra = _match_named(gold, predicted)
    assert [(g["name"], p["name"]) for g, p in pairs] == [("Leipzig", "Leipzig"), ("RB Leipzig", "RB Leipzig")]
    assert extra == []


def test_an_alias_matches_either_way_and_each_prediction_only_once():
    gold = [{"name": "EZB", "aliases": ["Europäische Zentralbank"]}, {"name": "Fed"}]
    predicted = [{"name": "Europäische Zentralbank", "aliases": []}, {"name": "Federal Reserve", "aliases": ["Fed"]},
                 {"name": "Fed", "aliases": []}]
    pairs, extra = _match_named(gold, predicted)
    assert [p["name"] for _, p in pairs] == ["Europäische Zentralbank", "Fed"]
    assert [p["name"] for p in extra] == ["Federal Reserve"]
