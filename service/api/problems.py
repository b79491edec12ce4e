"""RFC 9457 problem details: every error the API answers is one of these."""
from __future__ import annotations

from flask import Response, json

PROBLEM_TYPE_BASE = "https://newsfacts.dev/problems/"
MEDIA_TYPE = "application/problem+json"


class Problem(Exception):
    def __init__(self, status: int, slug: str, title: str, detail: str | None = None,
                 errors: dict | None = None, headers: dict | None = None):
        super().__init__(detail or title)
        self.status, self.slug, self.title, self.detail = status, slug, title, detail
        self.errors, self.headers = errors, headers or {}

    def to_dict(self, index: int | None = None) -> dict:
        body = {"type": PROBLEM_TYPE_BASE + self.slug, "title": self.title, "status": self.status}
        if self.detail:
            body["detail"] = self.detail
        if self.errors:
            body["errors"] = self.errors
        if index is not None:
            body["index"] = index
        return body

    def response(self) -> Response:
        response = Response(json.dumps(self.to_dict(), ensure_ascii=False), status=self.status, mimetype=MEDIA_TYPE)
        response.headers.update(self.headers)
        return response


def validation_problem(errors: dict, detail: str = "The request does not match the schema.") -> Problem:
    return Problem(422, "validation-error", "Request validation failed", detail, errors=errors)
