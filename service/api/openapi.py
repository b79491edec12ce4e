"""The OpenAPI 3.0.3 description, generated from the marshmallow schemas with apispec.

`openapi.yaml` at the repository root is this output, committed; a test fails when
they differ. Regenerate with `make openapi`.
"""
from __future__ import annotations

import yaml
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from schemas import BatchRequestSchema, BatchResponseSchema, DocumentSchema, ExtractRequestSchema, ProblemSchema
from schemas.request import LANGUAGES
from service import __version__

PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}


def _problem(description: str) -> dict:
    return {"description": description, "content": PROBLEM}


def build_spec() -> dict:
    spec = APISpec(
        title="newsfacts",
        version=__version__,
        openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        info={"description": "Turns a news article into typed facts: headline, publication date, actors, "
                             "numeric claims, sources and events. Errors are RFC 9457 problem details.",
              "license": {"name": "MIT"}},
    )
    spec.components.schema("ExtractRequest", schema=ExtractRequestSchema)
    spec.components.schema("BatchRequest", schema=BatchRequestSchema)
    spec.components.schema("Document", schema=DocumentSchema)
    spec.components.schema("BatchResponse", schema=BatchResponseSchema)
    spec.components.schema("Problem", schema=ProblemSchema)
    errors = {
        "400": _problem("Malformed JSON or undecodable bytes"),
        "405": _problem("Method not allowed"),
        "413": _problem("Body over the configured limit"),
        "415": _problem("Unsupported media type"),
        "422": _problem("Validation failed: empty text, unknown field, wrong type, unsupported language, "
                        "text over the length limit"),
    }
    spec.path(path="/v1/extract", operations={"post": {
        "operationId": "extract",
        "summary": "Extract facts from one article",
        "parameters": [
            {"in": "query", "name": "language", "required": False,
             "description": "With text/plain: the article's language (detected when absent).",
             "schema": {"type": "string", "enum": list(LANGUAGES)}},
            {"in": "query", "name": "published_at", "required": False,
             "description": "With text/plain: reference time (ISO 8601 date or datetime) when the text has no dateline.",
             "schema": {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]}},
        ],
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
            "text/plain": {"schema": {"type": "string", "minLength": 1, "pattern": r"\S"}},
        }},
        "responses": {"200": {"description": "The extracted Document",
                              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
                      **errors},
    }})
    spec.path(path="/v1/extract/batch", operations={"post": {
        "operationId": "extractBatch",
        "summary": "Extract facts from several articles; one bad article fails alone",
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}}}},
        "responses": {"200": {"description": "One Document or Problem per article, in input order",
                              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BatchResponse"}}}},
                      **errors},
    }})
    status = {"type": "object", "properties": {"status": {"type": "string"}}, "required": ["status"]}
    for path, op_id, summary, ok in (
        ("/healthz", "health", "The process is alive", {"200": {"description": "Alive", "content": {"application/json": {"schema": status}}}}),
        ("/readyz", "ready", "Pipelines are loaded", {
            "200": {"description": "Ready", "content": {"application/json": {"schema": status}}},
            "503": _problem("Pipelines are still loading")}),
        ("/openapi.json", "openapiJson", "This description as JSON", {"200": {"description": "OpenAPI", "content": {"application/json": {"schema": {"type": "object"}}}}}),
        ("/openapi.yaml", "openapiYaml", "This description as YAML", {"200": {"description": "OpenAPI", "content": {"application/yaml": {"schema": {"type": "object"}}}}}),
        ("/docs", "docs", "Interactive API documentation (Swagger UI)", {"200": {"description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}}),
        ("/metrics", "metrics", "Prometheus metrics", {"200": {"description": "Metrics", "content": {"text/plain": {"schema": {"type": "string"}}}}}),
    ):
        spec.path(path=path, operations={"get": {"operationId": op_id, "summary": summary,
                                                 "responses": {**ok, "405": _problem("Method not allowed")}}})
    return spec.to_dict()


def spec_yaml() -> str:
    return yaml.safe_dump(build_spec(), sort_keys=False, allow_unicode=True)
