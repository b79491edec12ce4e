"""The marshmallow schemas are the contract; openapi.yaml is generated from them."""
import copy

import yaml
from openapi_spec_validator import validate

from schemas import DocumentSchema, ExtractRequestSchema
from service.api.openapi import build_spec


def test_document_round_trip(seed_document):
    schema = DocumentSchema()
    dumped = schema.dump(seed_document)
    assert schema.load(dumped) is not None
    assert schema.dump(schema.load(dumped)) == dumped


def test_document_ids_resolve(seed_document):
    ids = {a["id"] for a in seed_document["actors"]} | {c["id"] for c in seed_document["numeric_claims"]} \
        | {s["id"] for s in seed_document["sources"]} | {e["id"] for e in seed_document["events"]}
    for claim in seed_document["numeric_claims"]:
        assert {claim["actor"], claim["source"], claim["event"]} - {None} <= ids
    for source in seed_document["sources"]:
        assert set(source["claims"]) | set(source["events"]) | ({source["actor"]} - {None}) <= ids
    for event in seed_document["events"]:
        assert set(event["agents"] + event["targets"] + event["locations"] + event["claims"]) <= ids


def test_schema_rejects_broken_document(seed_document):
    broken = copy.deepcopy(seed_document)
    broken["actors"][0]["type"] = "planet"
    broken["numeric_claims"][0]["qualifier"] = "roughly"
    errors = DocumentSchema().validate(broken)
    assert errors["actors"][0]["type"] and errors["numeric_claims"][0]["qualifier"]


def test_request_schema_accepts_date_or_datetime():
    schema = ExtractRequestSchema()
    assert schema.load({"text": "x", "published_at": "2024-11-18"})["published_at"].isoformat() == "2024-11-18T00:00:00"
    assert schema.load({"text": "x", "published_at": "2024-11-18T08:31:00+01:00"})["published_at"].utcoffset()


def test_openapi_is_valid_and_committed_file_is_current():
    generated = build_spec()
    validate(generated)
    with open("openapi.yaml", encoding="utf-8") as committed:
        assert yaml.safe_load(committed) == generated, "openapi.yaml is stale: run `make openapi`"
    assert generated["openapi"] == "3.0.3"
    document = generated["components"]["schemas"]["Document"]
    assert set(document["required"]) >= {"schema_version", "actors", "numeric_claims", "sources", "events", "meta"}
