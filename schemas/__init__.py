"""All marshmallow schemas of the newsfacts HTTP contract (v1)."""
from schemas.document import DocumentSchema, SCHEMA_VERSION
from schemas.problem import ProblemSchema
from schemas.request import (
    BatchRequestSchema,
    BatchResponseSchema,
    ExtractQuerySchema,
    ExtractRequestSchema,
)

__all__ = [
    "BatchRequestSchema",
    "BatchResponseSchema",
    "DocumentSchema",
    "ExtractQuerySchema",
    "ExtractRequestSchema",
    "ProblemSchema",
    "SCHEMA_VERSION",
]
