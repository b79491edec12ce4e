"""Every endpoint and error case of the HTTP contract, over real HTTP against gunicorn."""
from __future__ import annotations

import json

import pytest
import requests
import yaml

from schemas import DocumentSchema, ProblemSchema

pytestmark = pytest.mark.server

GERMAN = "Berlin (dpa) - Bundeskanzler Olaf Scholz hat am Montag in Paris Emmanuel Macron getroffen.\n" \
         "Laut Reuters sagten beide Seiten der Ukraine weitere Hilfe im Umfang von 2,5 Milliarden Euro zu."
ENGLISH = "President Joe Biden met Emmanuel Macron in Paris on Monday. According to Reuters, the two " \
          "leaders agreed to send about 500 troops."


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert ProblemSchema().validate(body) == {}
    assert body["status"] == status
    assert "Traceback" not in response.text
    return body


def test_extract_json_returns_valid_document(server, seed_text):
    response = requests.post(f"{server}/v1/extract", json={"text": seed_text, "id": "seed-1"})
    assert response.status_code == 200
    body = response.json()
    assert DocumentSchema().validate(body) == {}
    assert body["id"] == "seed-1"
    assert body["language"] == "de"
    assert body["headline"].startswith("Nordkorea plant")
    assert body["published"]["value"] == "2024-11-18T08:31:00"
    assert response.headers["X-Request-ID"]


def test_extract_text_plain_with_query_parameters(server):
    response = requests.post(f"{server}/v1/extract?language=en&published_at=2024-11-18",
                             data=ENGLISH.encode("utf-8"), headers={"Content-Type": "text/plain"})
    assert response.status_code == 200
    body = response.json()
    assert body["language"] == "en"
    assert body["published"] == {"value": "2024-11-18T00:00:00", "text": None, "precision": "day",
                                 "origin": "request", "start": None, "end": None}


def test_text_plain_in_declared_charset(server):
    text = "Österreichs Kanzler traf in Wien Vertreter der Europäischen Union."
    response = requests.post(f"{server}/v1/extract", data=text.encode("latin-1"),
                             headers={"Content-Type": "text/plain; charset=latin-1"})
    assert response.status_code == 200
    assert response.json()["lede"] == text


def test_title_is_headline_and_offsets_refer_to_text(server):
    response = requests.post(f"{server}/v1/extract", json={"text": GERMAN, "title": "Scholz trifft Macron"})
    body = response.json()
    assert body["headline"] == "Scholz trifft Macron"
    for actor in body["actors"]:
        for mention in actor["mentions"]:
            assert GERMAN[mention["start"]:mention["end"]] == mention["text"]


def test_request_id_is_honoured(server):
    response = requests.post(f"{server}/v1/extract", json={"text": GERMAN}, headers={"X-Request-ID": "abc-123"})
    assert response.headers["X-Request-ID"] == "abc-123"


def test_batch_keeps_order_and_isolates_failures(server):
    articles = [{"text": GERMAN}, {"text": "   "}, {"text": ENGLISH, "language": "en"}, {"text": 5}]
    response = requests.post(f"{server}/v1/extract/batch", json={"articles": articles})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r.get("language") for r in results] == ["de", None, "en", None]
    assert results[1]["status"] == 422 and results[1]["index"] == 1
    assert results[3]["errors"] == {"text": ["Not a valid string."]}


def test_batch_over_limit(server):
    body = assert_problem(requests.post(f"{server}/v1/extract/batch", json={"articles": [{"text": "a"}] * 65}), 422)
    assert "limit is 64" in body["detail"]


@pytest.mark.parametrize("payload, field", [
    ({"text": ""}, "text"),
    ({"text": " \n\t "}, "text"),
    ({"text": "Hallo", "extra": 1}, "extra"),
    ({"text": ["a"]}, "text"),
    ({"text": "Hallo", "language": "fr"}, "language"),
    ({"text": "Hallo", "published_at": "yesterday"}, "published_at"),
    ({}, "text"),
])
def test_validation_errors_are_422_with_field_errors(server, payload, field):
    body = assert_problem(requests.post(f"{server}/v1/extract", json=payload), 422)
    assert field in body["errors"]


def test_json_that_is_not_an_object(server):
    assert_problem(requests.post(f"{server}/v1/extract", json=["text"]), 422)


def test_malformed_json_is_400(server):
    assert_problem(requests.post(f"{server}/v1/extract", data=b'{"text": ', headers={"Content-Type": "application/json"}), 400)


def test_undecodable_bytes_are_400(server):
    assert_problem(requests.post(f"{server}/v1/extract", data=b"\xff\xfe\xfa",
                                 headers={"Content-Type": "text/plain; charset=utf-8"}), 400)
    assert_problem(requests.post(f"{server}/v1/extract", data=b'{"text": "\xff"}',
                                 headers={"Content-Type": "application/json"}), 400)


def test_unknown_charset_is_415(server):
    assert_problem(requests.post(f"{server}/v1/extract", data=b"Hallo",
                                 headers={"Content-Type": "text/plain; charset=klingon"}), 415)


def test_wrong_media_type_is_415(server):
    assert_problem(requests.post(f"{server}/v1/extract", data=b"<a/>", headers={"Content-Type": "application/xml"}), 415)
    assert_problem(requests.post(f"{server}/v1/extract", data=b"x"), 415)


def test_body_over_limit_is_413_before_reading(server):
    body = b'{"text": "' + b"a" * (1024 * 1024 + 10) + b'"}'
    assert_problem(requests.post(f"{server}/v1/extract", data=body, headers={"Content-Type": "application/json"}), 413)


def test_text_over_length_limit_is_422(server):
    text = "Wort " * 45_000  # 225,000 characters, under the body limit, over NEWSFACTS_MAX_TEXT_CHARS
    body = assert_problem(requests.post(f"{server}/v1/extract", json={"text": text}), 422)
    assert body["type"].endswith("text-too-long")


def test_unknown_route_is_404(server):
    assert_problem(requests.get(f"{server}/v2/nothing"), 404)


def test_wrong_method_is_405_with_allow(server):
    response = requests.get(f"{server}/v1/extract")
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_health_and_readiness(server):
    assert requests.get(f"{server}/healthz").json() == {"status": "ok"}
    ready = requests.get(f"{server}/readyz").json()
    assert ready["status"] == "ready"
    assert ready["pipelines"]["de"] == "de_newsfacts_sm-0.2.0"


def test_openapi_endpoints_match_committed_file(server):
    committed = yaml.safe_load(open("openapi.yaml", encoding="utf-8"))
    assert requests.get(f"{server}/openapi.json").json() == committed
    assert yaml.safe_load(requests.get(f"{server}/openapi.yaml").text) == committed


def test_docs_are_served_without_cdn(server):
    page = requests.get(f"{server}/docs")
    assert page.status_code == 200 and "swagger-ui-bundle.js" in page.text
    assert "//cdn" not in page.text and "unpkg" not in page.text
    asset = requests.get(f"{server}/docs/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.content) > 100_000


def test_metrics_count_requests_and_extraction(server):
    requests.post(f"{server}/v1/extract", json={"text": GERMAN})
    text = requests.get(f"{server}/metrics").text
    assert 'newsfacts_http_requests_total{endpoint="/v1/extract",method="POST",status="200"}' in text
    assert "newsfacts_http_request_duration_seconds_bucket" in text
    assert 'newsfacts_extraction_seconds_count{language="de"}' in text
    assert 'newsfacts_article_chars_bucket{language="de"' in text


def test_problem_bodies_never_leak_internals(server):
    response = requests.post(f"{server}/v1/extract", data=json.dumps({"text": "\ud800"}),
                             headers={"Content-Type": "application/json"})
    body = assert_problem(response, 422)
    assert "text" in body["errors"]
