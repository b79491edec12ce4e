"""RFC 9457 problem details."""
from marshmallow import Schema, fields


class ProblemSchema(Schema):
    type = fields.String(required=True, metadata={"example": "https://newsfacts.dev/problems/validation-error"})
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(load_default=None, allow_none=True)
    instance = fields.String(load_default=None, allow_none=True)
    errors = fields.Dict(
        keys=fields.String(), values=fields.Raw(), load_default=None, allow_none=True,
        metadata={"description": "Field errors as reported by marshmallow, keyed by field."},
    )
    index = fields.Integer(load_default=None, allow_none=True, metadata={"description": "Position in a batch."})
