"""messages.json against the JSON Schema the site ships (draft 2020-12)."""
from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from jsonschema import Draft202012Validator


@pytest.fixture(scope="module")
def schema(built_site):
    _, site = built_site
    return json.loads((site / "schema" / "messages.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data(built_site):
    _, site = built_site
    return json.loads((site / "messages.json").read_text(encoding="utf-8"))


def validator(schema):
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_schema_is_a_valid_2020_12_schema(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_built_messages_json_is_valid(schema, data):
    assert data["messages"]
    errors = sorted(validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("field, value", [
    ("kind", "telegram"), ("status", "rejected"), ("confidence", 1.5), ("date", "7 October 2024"),
    ("sender", "Kim Jong Un"), ("unexpected", 1),
])
def test_schema_catches_mistakes(schema, data, field, value):
    broken = copy.deepcopy(data)
    broken["messages"][0][field] = value
    with pytest.raises(jsonschema.ValidationError):
        validator(schema).validate(broken)


def test_schema_catches_unsafe_source_urls(schema, data):
    broken = copy.deepcopy(data)
    broken["messages"][0]["sources"][0]["url"] = "javascript:alert(1)"
    with pytest.raises(jsonschema.ValidationError):
        validator(schema).validate(broken)
