"""The bundled OpenAPI 3.0 spec's response schemas as JSON Schema validators (for the fake's fidelity tests)."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SPEC_URI = "urn:digitalocean:openapi"


def json_schema_from_openapi(node: Any) -> Any:
    """The OpenAPI 3.0 schema objects under `node` as JSON Schema: `nullable: true` becomes a null type."""
    if isinstance(node, list):
        return [json_schema_from_openapi(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: json_schema_from_openapi(value) for key, value in node.items()}
    if converted.pop("nullable", False) is True:
        if isinstance(converted.get("type"), str):
            converted["type"] = [converted["type"], "null"]
            if "enum" in converted:
                converted["enum"] = [*converted["enum"], None]
        else:
            converted = {"anyOf": [converted, {"type": "null"}]}
    return converted


class SpecResponses:
    """Validates a response body against the schema the bundled spec gives for an operation and status."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        converted = json_schema_from_openapi(copy.deepcopy(spec))
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, Resource(converted, DRAFT7))

    def schema_ref(self, method: str, path: str, status: int) -> str:
        """The JSON pointer of the body schema for `METHOD path` answering `status` (or its `default`)."""
        responses = self.spec["paths"][path][method.lower()]["responses"]
        response = responses.get(str(status), responses.get("default"))
        assert response is not None, f"the spec documents no {status} (and no default) for {method} {path}"
        while "$ref" in response:
            response = self._follow(response["$ref"])
        schema = response["content"]["application/json"]["schema"]
        assert "$ref" in schema, schema
        return str(schema["$ref"])

    def validator(self, schema_ref: str) -> jsonschema.Draft7Validator:
        return jsonschema.Draft7Validator(
            {"$ref": SPEC_URI + schema_ref},
            registry=self._registry,
            format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER,
        )

    def validate(self, method: str, path: str, status: int, body: Any) -> None:
        """Raise jsonschema.ValidationError unless `body` is what the spec allows for that answer."""
        self.validator(self.schema_ref(method, path, status)).validate(body)

    def _follow(self, ref: str) -> Any:
        node: Any = self.spec
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return node
