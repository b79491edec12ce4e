"""Request schemas: one article, a batch of articles, and query parameters for text/plain."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates

from schemas.fields import DateOrDateTime

LANGUAGES = ("de", "en")
DEFAULT_BATCH_LIMIT = 64


class ExtractRequestSchema(Schema):
    text = fields.String(
        required=True, validate=validate.Length(min=1),
        metadata={"description": "The article (body, or whole article when no title is given); "
                                 "not blank, at most NEWSFACTS_MAX_TEXT_CHARS characters.",
                  "pattern": r"\S"},
    )
    title = fields.String(load_default=None, allow_none=True, metadata={"description": "The headline; the text is then the body."})
    language = fields.String(
        load_default=None, allow_none=True, validate=validate.OneOf(LANGUAGES),
        metadata={"description": "Article language; detected when null."},
    )
    published_at = DateOrDateTime(
        load_default=None, allow_none=True,
        metadata={"description": "Reference time when the text has no dateline (ISO 8601 date or datetime).",
                  "anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}],
                  "example": "2024-11-18T08:31:00"},
    )
    id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=256))
    url = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=2048))

    @validates("text")
    def _text_not_blank(self, value: str, **_kwargs) -> None:
        if not value.strip():
            raise ValidationError("Text must not be empty or whitespace only.")
        _encodable(value)

    @validates("title")
    def _title_encodable(self, value: str | None, **_kwargs) -> None:
        if value is not None:
            _encodable(value)


def _encodable(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError("Text contains characters that are not valid Unicode (unpaired surrogates).") from error


class ExtractQuerySchema(Schema):
    """Query parameters accepted with a text/plain body."""

    language = fields.String(load_default=None, validate=validate.OneOf(LANGUAGES))
    published_at = DateOrDateTime(load_default=None, metadata={"type": "string"})  # documented in openapi.py


class BatchRequestSchema(Schema):
    # Items are validated one by one by the handler, so one bad article fails alone.
    articles = fields.List(
        fields.Dict(), required=True,
        metadata={"description": "Request objects as for /v1/extract; at most NEWSFACTS_BATCH_LIMIT "
                                 f"(default {DEFAULT_BATCH_LIMIT}, the maxItems documented here).",
                  "items": {"$ref": "#/components/schemas/ExtractRequest"}, "maxItems": DEFAULT_BATCH_LIMIT},
    )


class BatchResponseSchema(Schema):
    results = fields.List(
        fields.Dict(), required=True,
        metadata={"description": "In input order: a Document, or a Problem for an article that failed.",
                  "items": {"oneOf": [{"$ref": "#/components/schemas/Document"},
                                      {"$ref": "#/components/schemas/Problem"}]}},
    )
