"""The Document: everything newsfacts extracts from one article (schema_version 1.0).

Every object carries a stable id ("a1", "n1", "s1", "e1"); cross-references use ids.
Offsets are character offsets into the text as received.
"""
from __future__ import annotations

from marshmallow import Schema, fields, validate

SCHEMA_VERSION = "1.0"

ACTOR_TYPES = ("person", "country", "organization", "location", "group")
QUALIFIERS = ("exact", "approximately", "up_to", "at_least", "more_than", "less_than", "at_most", "range")
CLAIM_KINDS = ("count", "percent", "money", "measure", "other")
SOURCE_TYPES = ("media", "person", "organization", "government", "intelligence", "document", "anonymous", "other")
EVENT_TYPES = ("AGREE", "CONSULT", "MEDIATE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "INVESTIGATE",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER")
MODALITIES = ("asserted", "reported", "possible", "planned", "negated", "hypothetical")
PRECISIONS = ("year", "month", "day", "minute", "second")

Offset = lambda **kw: fields.Integer(required=True, validate=validate.Range(min=0), **kw)  # noqa: E731
IdList = lambda: fields.List(fields.String(), required=True)  # noqa: E731
OptionalId = lambda: fields.String(required=True, allow_none=True)  # noqa: E731


class PublishedSchema(Schema):
    value = fields.String(required=True, metadata={"example": "2024-11-18T08:31:00"})
    text = fields.String(required=True, allow_none=True, metadata={"example": "18.11.2024 08:31"})
    precision = fields.String(required=True, validate=validate.OneOf(PRECISIONS))
    origin = fields.String(required=True, validate=validate.OneOf(("text", "request")))
    start = fields.Integer(required=True, allow_none=True)
    end = fields.Integer(required=True, allow_none=True)


class MentionSchema(Schema):
    text = fields.String(required=True)
    start = Offset()
    end = Offset()


class ActorSchema(Schema):
    id = fields.String(required=True, metadata={"example": "a1"})
    name = fields.String(required=True)
    type = fields.String(required=True, validate=validate.OneOf(ACTOR_TYPES))
    aliases = fields.List(fields.String(), required=True)
    kb_id = fields.String(required=True, allow_none=True, metadata={"example": "Q423"})
    country = fields.String(required=True, allow_none=True, metadata={
        "example": "KP", "description": "ISO 3166-1 alpha-2 code of the actor's state: a country's own, a capital's "
                                        "or seat of power's, a known organisation's or office holder's, and a town's "
                                        "(GeoNames); null where unknown."})
    mentions = fields.List(fields.Nested(MentionSchema), required=True)
    salience = fields.Float(required=True, validate=validate.Range(min=0, max=1))


class NumericClaimSchema(Schema):
    id = fields.String(required=True, metadata={"example": "n1"})
    text = fields.String(required=True)
    start = Offset()
    end = Offset()
    value = fields.Float(required=True)
    value_max = fields.Float(required=True, allow_none=True)
    qualifier = fields.String(required=True, validate=validate.OneOf(QUALIFIERS))
    kind = fields.String(required=True, validate=validate.OneOf(CLAIM_KINDS))
    unit = fields.String(required=True, allow_none=True)
    counted = fields.String(required=True, allow_none=True)
    actor = OptionalId()
    source = OptionalId()
    event = OptionalId()
    sentence = fields.String(required=True)


class AttributionSchema(Schema):
    cue = fields.String(required=True)
    text = fields.String(required=True)
    start = Offset()
    end = Offset()
    sentence = fields.String(required=True)


class SourceSchema(Schema):
    id = fields.String(required=True, metadata={"example": "s1"})
    name = fields.String(required=True)
    type = fields.String(required=True, validate=validate.OneOf(SOURCE_TYPES))
    actor = OptionalId()
    attributions = fields.List(fields.Nested(AttributionSchema), required=True)
    claims = IdList()
    events = IdList()


class EventTimeSchema(Schema):
    value = fields.String(required=True, metadata={"example": "2024-11-17"})
    text = fields.String(required=True)
    precision = fields.String(required=True, validate=validate.OneOf(PRECISIONS))


class EventSchema(Schema):
    id = fields.String(required=True, metadata={"example": "e1"})
    type = fields.String(required=True, validate=validate.OneOf(EVENT_TYPES))
    trigger = fields.String(required=True)
    lemma = fields.String(required=True)
    start = Offset()
    end = Offset()
    agents = IdList()
    targets = IdList()
    locations = IdList()
    time = fields.Nested(EventTimeSchema, required=True, allow_none=True)
    modality = fields.String(required=True, validate=validate.OneOf(MODALITIES))
    source = OptionalId()
    claims = IdList()
    sentence = fields.String(required=True)
    mentions = fields.List(fields.Nested(MentionSchema), required=True, metadata={
        "description": "Every trigger word that tells this event (headline, body, repetitions), in text order."})


class MetaSchema(Schema):
    version = fields.String(required=True)
    pipeline = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    elapsed_ms = fields.Float(required=True)
    warnings = fields.List(fields.String(), required=True)


class DocumentSchema(Schema):
    schema_version = fields.String(required=True, validate=validate.Equal(SCHEMA_VERSION))
    id = fields.String(required=True, allow_none=True)
    fingerprint = fields.String(required=True, validate=validate.Regexp(r"^sha256:[0-9a-f]{64}$"))
    language = fields.String(required=True)
    headline = fields.String(required=True, allow_none=True)
    lede = fields.String(required=True, allow_none=True)
    published = fields.Nested(PublishedSchema, required=True, allow_none=True)
    actors = fields.List(fields.Nested(ActorSchema), required=True)
    numeric_claims = fields.List(fields.Nested(NumericClaimSchema), required=True)
    sources = fields.List(fields.Nested(SourceSchema), required=True)
    events = fields.List(fields.Nested(EventSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)
