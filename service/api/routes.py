"""HTTP routes: translate requests to calls of the extraction core, and back."""
from __future__ import annotations

import codecs
import json
import time

from flask import Blueprint, Response, current_app, jsonify, request
from marshmallow import EXCLUDE, ValidationError

from schemas import BatchRequestSchema, DocumentSchema, ExtractQuerySchema, ExtractRequestSchema
from service.api import metrics
from service.api.docs import docs_asset, docs_page
from service.api.openapi import build_spec, spec_yaml
from service.api.problems import Problem, validation_problem
from service.core.document import Extractor, Request, UnsupportedLanguage

v1 = Blueprint("v1", __name__, url_prefix="/v1")
ops = Blueprint("ops", __name__)

_document_schema = DocumentSchema()
_request_schema = ExtractRequestSchema()
_query_schema = ExtractQuerySchema(unknown=EXCLUDE)


def _settings():
    return current_app.extensions["newsfacts.settings"]


def _extractor() -> Extractor:
    return current_app.extensions["newsfacts.extractor"]


def _json_body():
    raw = request.get_data(cache=False)  # over MAX_CONTENT_LENGTH: 413 before the body is read
    try:
        return json.loads(raw)
    except UnicodeDecodeError as error:
        raise Problem(400, "invalid-encoding", "Body is not valid UTF-8", str(error)) from None
    except RecursionError:
        raise Problem(400, "malformed-json", "Malformed JSON", "The JSON document is nested too deeply.") from None
    except ValueError as error:
        raise Problem(400, "malformed-json", "Malformed JSON", str(error)) from None


def _text_body() -> str:
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        codecs.lookup(charset)
    except LookupError:
        raise Problem(415, "unsupported-charset", "Unsupported charset", f"Unknown charset {charset!r}.") from None
    raw = request.get_data(cache=False)
    try:
        return raw.decode(charset)
    except (UnicodeDecodeError, ValueError) as error:
        raise Problem(400, "invalid-encoding", f"Body is not valid {charset}", str(error)) from None


def _query() -> dict:
    """``language`` and ``published_at`` from the query string: the request values for a
    text/plain body, defaults for a JSON body that leaves them out."""
    try:
        _query_schema.load(request.args)
    except ValidationError as error:
        raise validation_problem(error.messages, "Invalid query parameters.") from None
    return {key: request.args[key] for key in ("language", "published_at") if key in request.args}


def _load_request(data) -> Request:
    try:
        fields = _request_schema.load(data)
    except ValidationError as error:
        raise validation_problem(error.messages) from None
    limit = _settings().max_text_chars
    if len(fields["text"]) > limit:
        raise Problem(422, "text-too-long", "Text too long",
                      f"The text has {len(fields['text'])} characters; the limit is {limit} (NEWSFACTS_MAX_TEXT_CHARS).")
    return Request(**fields)


def _run(article: Request) -> dict:
    extractor = _extractor()
    if not extractor.ready:
        raise Problem(503, "not-ready", "Service not ready", "Pipelines are still loading.")
    started = time.perf_counter()
    try:
        document = extractor.extract(article)
    except UnsupportedLanguage as error:
        raise validation_problem({"language": [str(error)]}) from None
    metrics.EXTRACTION.labels(document["language"]).observe(time.perf_counter() - started)
    metrics.ARTICLE_CHARS.labels(document["language"]).observe(len(article.text))
    return _document_schema.dump(document)


def _require_json() -> None:
    if not (request.mimetype == "application/json" or request.mimetype.endswith("+json")):
        raise Problem(415, "unsupported-media-type", "Unsupported Media Type",
                      f"Expected application/json, got {request.mimetype or 'no Content-Type'}.")


@v1.post("/extract")
def extract():
    query = _query()
    if request.mimetype == "text/plain":
        article = _load_request({"text": _text_body(), **query})
    else:
        _require_json()
        body = _json_body()
        if isinstance(body, dict):
            body = {**query, **{k: v for k, v in body.items() if v is not None or k not in query}}
        article = _load_request(body)
    return jsonify(_run(article))


@v1.post("/extract/batch")
def extract_batch():
    _require_json()
    try:
        articles = BatchRequestSchema().load(_json_body())["articles"]
    except ValidationError as error:
        raise validation_problem(error.messages) from None
    limit = _settings().batch_limit
    if len(articles) > limit:
        raise Problem(422, "batch-too-large", "Batch too large",
                      f"{len(articles)} articles; the limit is {limit} (NEWSFACTS_BATCH_LIMIT).")
    results = []
    for index, data in enumerate(articles):
        try:
            results.append(_run(_load_request(data)))
        except Problem as problem:
            results.append(problem.to_dict(index=index))
    return jsonify({"results": results})


@ops.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})


@ops.get("/readyz")
def readyz():
    if not _extractor().ready:
        raise Problem(503, "not-ready", "Service not ready", "Pipelines are still loading.")
    return jsonify({"status": "ready", "pipelines": _extractor().labels()})


@ops.get("/openapi.json")
def openapi_json():
    return jsonify(build_spec())


@ops.get("/openapi.yaml")
def openapi_yaml():
    return Response(spec_yaml(), mimetype="application/yaml")


@ops.get("/metrics")
def metrics_endpoint():
    body, content_type = metrics.render()
    return Response(body, content_type=content_type)


ops.add_url_rule("/docs", "docs", docs_page)
ops.add_url_rule("/docs/<path:filename>", "docs_asset", docs_asset)
