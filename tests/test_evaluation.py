"""The evaluation's own matching (a wrong matcher would make every figure wrong)."""
from evaluation.overlap import MAX_SHARED, shared, similar_pairs
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


def test_a_source_that_is_an_actor_is_matched_under_the_actors_names():
    from evaluation.run import _score_article, new_bucket
    gold = {"actors": [{"name": "Vereinte Nationen", "type": "organization", "aliases": ["Vereinten Nationen"]}],
            "sources": [{"name": "Vereinte Nationen", "type": "organization"}],
            "claims": [{"value": 12, "source": "Vereinte Nationen"}]}
    document = {"actors": [{"id": "a1", "name": "UN", "type": "organization", "aliases": ["Vereinten Nationen"]}],
                "sources": [{"id": "s1", "name": "UN", "type": "organization", "actor": "a1"}],
                "numeric_claims": [{"value": 12, "value_max": None, "qualifier": "exact", "source": "s1", "text": "12"}]}
    bucket = new_bucket()
    _score_article(bucket, gold, document, "x")
    assert bucket["sources"].scores()["f1"] == 1.0
    assert bucket["claim_source"].score()["accuracy"] == 1.0
    unlinked = {**document, "sources": [{**document["sources"][0], "actor": None}]}
    bucket = new_bucket()
    _score_article(bucket, gold, unlinked, "x")
    assert bucket["sources"].scores()["f1"] == 0.0 and bucket["claim_source"].score()["accuracy"] == 0.0


def test_a_source_is_not_matched_through_another_gold_actors_alias():
    # the predicted source's actor matched "Bayern München", not the gold source "RB Leipzig",
    # though both share the generic alias "Vereins"
    from evaluation.run import _score_article, new_bucket
    gold = {"actors": [{"name": "RB Leipzig", "type": "organization", "aliases": ["Vereins"]},
                       {"name": "Bayern München", "type": "organization"}],
            "sources": [{"name": "RB Leipzig", "type": "organization", "aliases": ["Vereins"]}]}
    document = {"actors": [{"id": "a1", "name": "RB Leipzig", "type": "organization", "aliases": []},
                           {"id": "a2", "name": "Bayern München", "type": "organization", "aliases": ["Vereins"]}],
                "sources": [{"id": "s1", "name": "Bayern München", "type": "organization", "actor": "a2"}],
                "numeric_claims": []}
    bucket = new_bucket()
    _score_article(bucket, gold, document, "x")
    assert bucket["sources"].scores()["f1"] == 0.0


def test_no_test_article_retells_another_article():
    """A test article must be new text: one that retells another (dev or test) shares many of its
    five-word sequences (found: rewrites of dev articles, moved to dev)."""
    assert [(round(s, 3), a, b) for s, a, b in similar_pairs(MAX_SHARED) if "/test/" in a + b] == []


def test_the_overlap_measure_finds_a_retelling():
    original = "The Bank of England kept its main interest rate at 4 percent on Thursday, saying inflation remained high."
    retold = "The Bank of England kept its key interest rate at 3.75 percent on Thursday, saying inflation was falling."
    assert shared(original, retold) > MAX_SHARED > shared(original, "Storms hit the coast of Florida on Monday.")
