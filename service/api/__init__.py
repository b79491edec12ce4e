"""Flask application factory: the HTTP layer, thin over the extraction core."""
from __future__ import annotations

import logging
import threading
import time
import uuid

from flask import Flask, g, request
from werkzeug.exceptions import HTTPException

from service.api import metrics
from service.api.problems import Problem
from service.config import Settings
from service.core.document import Extractor

log = logging.getLogger("newsfacts")

_HTTP_SLUGS = {404: "not-found", 405: "method-not-allowed", 413: "body-too-large", 400: "bad-request",
               415: "unsupported-media-type"}


def create_app(settings: Settings | None = None, extractor: Extractor | None = None) -> Flask:
    settings = settings or Settings()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["newsfacts.settings"] = settings
    extractor = extractor or Extractor(settings.pipelines, memory_zones=settings.memory_zones)
    app.extensions["newsfacts.extractor"] = extractor
    if settings.lazy_load:
        threading.Thread(target=extractor.load, name="load-pipelines", daemon=True).start()
    else:
        extractor.load()  # raises PipelineNotFound: the server does not start half-configured

    from service.api.routes import ops, v1
    app.register_blueprint(v1)
    app.register_blueprint(ops)

    @app.before_request
    def _start() -> None:
        g.started = time.perf_counter()
        g.request_id = request.headers.get("X-Request-ID") or uuid.uuid4().hex

    @app.after_request
    def _finish(response):
        response.headers["X-Request-ID"] = g.get("request_id", "")
        endpoint = request.url_rule.rule if request.url_rule else "unmatched"
        metrics.REQUESTS.labels(endpoint, request.method, str(response.status_code)).inc()
        metrics.LATENCY.labels(endpoint, str(response.status_code)).observe(time.perf_counter() - g.get("started", time.perf_counter()))
        return response

    @app.errorhandler(Problem)
    def _problem(problem: Problem):
        return problem.response()

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        headers = {}
        if error.code == 405:
            # werkzeug's MethodNotAllowed knows the allowed methods; keep them in the Allow header
            headers = {k: v for k, v in error.get_headers() if k == "Allow"}
        return Problem(error.code or 500, _HTTP_SLUGS.get(error.code, "http-error"), error.name,
                       error.description, headers=headers).response()

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        log.exception("unhandled error (request %s)", g.get("request_id"))
        return Problem(500, "internal-error", "Internal Server Error",
                       f"The error was logged with request id {g.get('request_id')}.").response()

    return app
