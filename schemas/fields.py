"""Custom fields shared by the request schemas."""
from __future__ import annotations

import datetime as dt

from marshmallow import ValidationError, fields


class DateOrDateTime(fields.Field):
    """An ISO 8601 date ("2024-11-18") or datetime ("2024-11-18T08:31:00[+01:00]").

    Deserialises to a naive or aware ``datetime``; a bare date becomes midnight.
    """

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str):
            raise ValidationError("Must be an ISO 8601 date or datetime string.")
        try:
            if len(value) == 10:
                return dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
            return dt.datetime.fromisoformat(value)
        except ValueError as error:
            raise ValidationError("Not a valid ISO 8601 date or datetime.") from error

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else value.isoformat()
