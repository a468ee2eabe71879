"""Argument values read from the spec: a value for each parameter, and a request body that its schema accepts.

    values = SpecValues(load_spec(SPEC))
    values.parameter_value(parameter)      # the example, else the first enum value, else one for its schema
    choice = values.request_body("droplets_create")
    choice.value, choice.source            # the spec's example when its schema accepts it, else "synthesized"

Schemas are OpenAPI 3.0 objects; `validator(pointer)` checks a value against the one at a JSON pointer
with jsonschema (nullable becomes a null type, readOnly properties are left out of a request's required).
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
EXAMPLE_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
# Values for a string of a given format, each valid for that format as jsonschema and Prism check it.
FORMAT_VALUES: dict[str, Any] = {
    "uuid": EXAMPLE_UUID,
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri": "https://example.com/",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.10",
    "ipv6": "2001:db8::10",
    "byte": "ZXhhbXBsZQ==",
    "binary": "example",
    "password": "example-password",
}
# Tried in order for a string with a pattern and no example that matches it.
PATTERN_CANDIDATES = (
    "example",
    "example-1",
    "a",
    "ab",
    "abc",
    "a1",
    "1",
    "10",
    "A",
    "Example",
    "example.com",
    "",
)
MAX_DEPTH = 12
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}(:?\d{2})?)$", re.IGNORECASE)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOSTNAME = re.compile(rf"^(?=.{{1,253}}\.?$){_LABEL}(?:\.{_LABEL})*\.?$", re.IGNORECASE)
_URI = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s]*$", re.IGNORECASE)
FORMAT_CHECKER = jsonschema.FormatChecker()
"""jsonschema's format checks, plus the ones Prism's validator (ajv-formats) makes that jsonschema needs extras for."""


@FORMAT_CHECKER.checks("date")
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    found = _DATE.match(value)
    return bool(found) and 1 <= int(found[2]) <= 12 and 1 <= int(found[3]) <= 31


@FORMAT_CHECKER.checks("date-time")
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = re.split(r"[tT ]", value)
    if len(parts) != 2 or not _is_date(parts[0]):
        return False
    found = _TIME.match(parts[1])
    return bool(found) and int(found[1]) <= 23 and int(found[2]) <= 59 and int(found[3]) <= 60


@FORMAT_CHECKER.checks("hostname")
def _is_hostname(value: object) -> bool:
    return not isinstance(value, str) or bool(_HOSTNAME.match(value))


@FORMAT_CHECKER.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


@FORMAT_CHECKER.checks("int32")
def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMAT_CHECKER.checks("int64")
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


Scope = tuple[tuple[Any, str], ...]


class _JsonLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """YAML as JSON sees it: a timestamp stays the string it is written as (as Prism reads it)."""


_JsonLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@functools.cache
def load_spec(path: Path) -> dict[str, Any]:
    """The spec with every value JSON can carry as it is (dates and timestamps stay strings).

    Parsed once per path and process: several test modules read it, and none changes it."""
    spec: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_JsonLoader)
    return spec


def pointer(*parts: object) -> str:
    """The JSON pointer (RFC 6901) of a location, e.g. pointer("paths", "/v2/droplets", "get")."""
    return "#" + "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def _request_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema objects as JSON Schema for a request: nullable -> a null type; readOnly not required."""
    if isinstance(node, list):
        return [_request_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _request_schema(value) for key, value in node.items()}
    if isinstance(converted.get("required"), list) and isinstance(converted.get("properties"), dict):
        properties = converted["properties"]
        converted["required"] = [
            name
            for name in converted["required"]
            if not (isinstance(properties.get(name), dict) and properties[name].get("readOnly") is True)
        ]
        if not converted["required"]:
            del converted["required"]
    if converted.pop("nullable", False) is True:
        if isinstance(converted.get("type"), str):
            converted["type"] = [converted["type"], "null"]
            if "enum" in converted:
                converted["enum"] = [*converted["enum"], None]
        else:
            converted = {"anyOf": [converted, {"type": "null"}]}
    return converted


@dataclass(frozen=True)
class BodyChoice:
    """The body sent for one operation, and where it came from."""

    value: Any
    source: str
    """"example" (the spec's own request example) or "synthesized" (built from the request schema)."""
    example_error: str | None = None
    """Why the spec's example was not used: its schema rejects it (None: it was used, or there is none)."""


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec: where it is, and its parameters with every `$ref` resolved."""

    operation_id: str
    method: str
    path: str
    node: dict[str, Any]
    parameters: list[dict[str, Any]]


class SpecValues:
    """Values for the parameters and bodies of a spec's operations (see the module docstring)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._request_spec = _request_schema(spec)  # a new tree: the spec itself is left as it is
        self._validators: dict[str, jsonschema.protocols.Validator] = {}
        self._operations = {op.operation_id: op for op in self._walk_operations()}

    # --- the spec -----------------------------------------------------------------------------------

    def _walk_operations(self) -> Iterator[SpecOperation]:
        for path, item in self.spec["paths"].items():
            for method in HTTP_METHODS:
                node = item.get(method)
                if not isinstance(node, dict):
                    continue
                declared = [self.resolve(p) for p in [*item.get("parameters", []), *node.get("parameters", [])]]
                by_key = {(p["in"], p["name"]): p for p in declared}  # an operation's own parameter wins
                yield SpecOperation(str(node["operationId"]), method, path, node, list(by_key.values()))

    def operations(self) -> list[SpecOperation]:
        return list(self._operations.values())

    def operation(self, operation_id: str) -> SpecOperation:
        return self._operations[operation_id]

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until a node that is not one."""
        return self.locate(node)[0]

    def locate(self, node: Any, where: str = "") -> tuple[Any, str]:
        """(node with its `$ref`s followed, the pointer of what it ends at; `where` if it is no reference)."""
        while isinstance(node, dict) and "$ref" in node:
            where = str(node["$ref"])
            node = self.at(where)
        return node, where

    def at(self, where: str) -> Any:
        node: Any = self.spec
        for part in where.removeprefix("#/").split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def validator(self, where: str) -> jsonschema.protocols.Validator:
        """A JSON Schema validator for the request schema at `where` (a pointer into the spec)."""
        found = self._validators.get(where)
        if found is None:
            root = {**self._request_spec, "$ref": where}  # refs resolve inside the spec; Draft 4 ignores the rest
            found = jsonschema.Draft4Validator(root, format_checker=FORMAT_CHECKER)
            self._validators[where] = found
        return found

    def errors(self, where: str, value: Any) -> list[str]:
        """What the schema at `where` finds wrong with `value` (empty: it is valid)."""
        found = sorted(self.validator(where).iter_errors(value), key=lambda e: list(e.absolute_path))
        return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in found]

    # --- parameters --------------------------------------------------------------------------------

    def parameter_value(self, parameter: dict[str, Any]) -> Any:
        """A value for a path, query or header parameter that its schema accepts.

        Its example (or first of `examples`) when the schema accepts it, else the first enum value, else
        a value built from the schema (an int for an integer, a UUID for format uuid, and so on).
        """
        schema, where = self.locate(parameter.get("schema") or {}, "")
        where = where or self.parameter_pointer(parameter)
        candidates: list[Any] = []
        if "example" in parameter:
            candidates.append(parameter["example"])
        for example in (parameter.get("examples") or {}).values():
            candidates.append(self.resolve(example).get("value"))
        for candidate in candidates:
            if candidate is not None and not self.errors(where, candidate):
                return candidate
        return self.synthesize(schema, where)

    def parameter_pointer(self, parameter: dict[str, Any]) -> str:
        """The pointer of a (resolved) parameter's schema: the component it names, or where it is declared."""
        schema = parameter.get("schema") or {}
        if isinstance(schema, dict) and "$ref" in schema:
            return self.locate(schema)[1]
        for name, component in (self.spec.get("components", {}).get("parameters") or {}).items():
            if component is parameter:
                return pointer("components", "parameters", name, "schema")
        for path, item in self.spec["paths"].items():
            for index, declared in enumerate(item.get("parameters") or []):
                if declared is parameter:
                    return pointer("paths", path, "parameters", index, "schema")
            for method in HTTP_METHODS:
                for index, declared in enumerate((item.get(method) or {}).get("parameters") or []):
                    if declared is parameter:
                        return pointer("paths", path, method, "parameters", index, "schema")
        raise KeyError(f"parameter {parameter.get('name')!r} is not in the spec")

    # --- request bodies ----------------------------------------------------------------------------

    def request_media(self, operation_id: str) -> tuple[str, dict[str, Any], str] | None:
        """(media type, media object, pointer of its schema) of an operation's request body, or None."""
        op = self.operation(operation_id)
        body, where = self.locate(op.node.get("requestBody"), pointer("paths", op.path, op.method, "requestBody"))
        if not body:
            return None
        media_type, media = next(iter(body["content"].items()))
        return media_type, media, f"{where}/content/{media_type.replace('~', '~0').replace('/', '~1')}/schema"

    def request_example(self, operation_id: str) -> tuple[bool, Any]:
        """(found, value): the spec's request example (`example`, else the first of `examples`)."""
        found = self.request_media(operation_id)
        if found is None:
            return False, None
        media = found[1]
        if "example" in media:
            return True, media["example"]
        for example in (media.get("examples") or {}).values():
            return True, self.resolve(example).get("value")
        return False, None

    def request_body(self, operation_id: str) -> BodyChoice:
        """The JSON body to send: the spec's example if its schema accepts it, else one built from the schema."""
        found = self.request_media(operation_id)
        if found is None:
            raise KeyError(f"{operation_id} takes no request body")
        _, media, where = found
        has_example, example = self.request_example(operation_id)
        error = None
        if has_example:
            problems = self.errors(where, example)
            if not problems:
                return BodyChoice(example, "example")
            error = "; ".join(problems[:3])
        return BodyChoice(self.synthesize(media.get("schema") or {}, where), "synthesized", error)

    # --- building a value for a schema -------------------------------------------------------------

    def synthesize(self, schema: Any, where: str, depth: int = 0, scope: Scope = ()) -> Any:
        """A value the schema at `where` accepts: its required properties, enums, formats, first usable branch.

        `scope` holds the schemas around this one (an allOf or oneOf it is a member of), where a member
        that only lists `required` names finds the properties they refer to.
        """
        schema, where = self.locate(schema, where)
        if not isinstance(schema, dict):
            return None
        if depth > MAX_DEPTH:
            return None if schema.get("nullable") else {}
        for candidate in self._schema_examples(schema):
            if not self.errors(where, candidate):
                return candidate
        if "allOf" in schema:
            return self._all_of(schema, where, depth, scope)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._first_branch(schema, where, key, depth, scope)
        return self._by_type(schema, where, depth, scope)

    def _schema_examples(self, schema: dict[str, Any]) -> list[Any]:
        found: list[Any] = []
        if "example" in schema:
            found.append(schema["example"])
        if "default" in schema:
            found.append(schema["default"])
        found += list(schema.get("enum") or [])[:1]
        return found

    def _all_of(self, schema: dict[str, Any], where: str, depth: int, scope: Scope) -> Any:
        inner = (*scope, (schema, where))
        merged: Any = None
        for index, member in enumerate(schema["allOf"]):
            merged = _merge(merged, self.synthesize(member, f"{where}/allOf/{index}", depth + 1, inner))
        if schema.get("properties") or schema.get("required"):
            merged = _merge(merged, self._object(schema, where, depth, scope))
        return merged

    def _first_branch(self, schema: dict[str, Any], where: str, key: str, depth: int, scope: Scope) -> Any:
        inner = (*scope, (schema, where))
        first = None
        for index, branch in enumerate(schema[key]):
            value = self.synthesize(branch, f"{where}/{key}/{index}", depth + 1, inner)
            if schema.get("properties") or schema.get("required"):
                value = _merge(value, self._object(schema, where, depth, scope))
            if index == 0:
                first = value
            if not self.errors(where, value):
                return value
        return first

    def _by_type(self, schema: dict[str, Any], where: str, depth: int, scope: Scope) -> Any:
        kind = schema.get("type")
        if kind is None:
            shaped = any(key in schema for key in ("properties", "required", "additionalProperties"))
            kind = "object" if shaped else "string"
        if kind == "object":
            return self._object(schema, where, depth, scope)
        if kind == "array":
            return self._array(schema, where, depth)
        if kind == "integer":
            return int(_number(schema, 1))
        if kind == "number":
            return float(_number(schema, 1))
        if kind == "boolean":
            return True
        return _string(schema)

    def _object(self, schema: dict[str, Any], where: str, depth: int, scope: Scope) -> dict[str, Any]:
        value: dict[str, Any] = {}
        for name in schema.get("required") or []:
            found = self._property(schema, where, name)
            for outer, outer_where in reversed(scope):
                if found is not None:
                    break
                found = self._property(outer, outer_where, name)
            if found is None:
                value[name] = "example"
                continue
            prop, prop_where = found
            if self.resolve(prop).get("readOnly") is True:
                continue  # the server sets it: a request leaves it out
            value[name] = self.synthesize(prop, prop_where, depth + 1)
        for _ in range(max(0, int(schema.get("minProperties", 0)) - len(value))):
            extra = schema.get("additionalProperties")
            extra_where = f"{where}/additionalProperties"
            value[f"key{len(value)}"] = self.synthesize(extra, extra_where, depth + 1) if extra else "example"
        return value

    def _property(self, schema: Any, where: str, name: str, depth: int = 0) -> tuple[Any, str] | None:
        """(schema, pointer) of a property, looked up in the schema and the members of its allOf/oneOf/anyOf."""
        schema, where = self.locate(schema, where)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return None
        properties = schema.get("properties") or {}
        if name in properties:
            return properties[name], f"{where}/properties/{_escape(name)}"
        for key in ("allOf", "oneOf", "anyOf"):
            for index, member in enumerate(schema.get(key) or []):
                found = self._property(member, f"{where}/{key}/{index}", name, depth + 1)
                if found is not None:
                    return found
        return None

    def _array(self, schema: dict[str, Any], where: str, depth: int) -> list[Any]:
        count = max(1, int(schema.get("minItems", 0)))
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        items = schema.get("items") or {}
        one = self.synthesize(items, f"{where}/items", depth + 1)
        if count > 1 and schema.get("uniqueItems"):
            return [one, *[f"{one}-{n}" for n in range(1, count)]]
        return [copy.deepcopy(one) for _ in range(count)]


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _merge(left: Any, right: Any) -> Any:
    """Two synthesized parts of an allOf as one value: objects merged key by key, else the first that is set."""
    if isinstance(left, dict) and isinstance(right, dict):
        merged = dict(left)
        for key, value in right.items():
            merged[key] = _merge(merged[key], value) if key in merged else value
        return merged
    return right if left is None else left


def _number(schema: dict[str, Any], preferred: float) -> float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    value = preferred
    if low is not None and value < low:
        value = low + (1 if schema.get("exclusiveMinimum") is True else 0)
    if high is not None and value > high:
        value = high - (1 if schema.get("exclusiveMaximum") is True else 0)
    step = schema.get("multipleOf")
    if step:
        value = (int(value // step) + (1 if value % step else 0)) * step
    return value


def _string(schema: dict[str, Any]) -> str:
    value = str(FORMAT_VALUES.get(str(schema.get("format")), "example"))
    pattern = schema.get("pattern")
    if pattern and not re.search(pattern, value):
        value = next((c for c in PATTERN_CANDIDATES if re.search(pattern, c)), value)
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(value) < low:
        value = value + "x" * (low - len(value))
    if high is not None and len(value) > int(high):
        value = value[: int(high)]
    return value
