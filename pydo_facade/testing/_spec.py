"""The spec as FakeDigitalOcean serves it: the compact description, routes, request checks, answers built from it.

The description is generated/pydo_generated/fake_spec.json (written by `make generate` from the pinned spec,
see openapi/fake_spec.py), loaded once per process when the first fake starts. Its schemas are OpenAPI 3.0
objects; they become JSON Schema (draft 4, which OpenAPI 3.0's schema objects extend) on first use, in two
flavours: a request's (a readOnly property is never required, a discriminator picks its oneOf branch) and an
answer's (a writeOnly property is never required).
"""

from __future__ import annotations

import copy
import functools
import ipaddress
import json
import logging
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any, Literal
from urllib.parse import quote, unquote

try:
    import jsonschema
    from jsonschema.exceptions import ValidationError, best_match
    from referencing import Registry
    from referencing.jsonschema import DRAFT4
except ModuleNotFoundError:  # pragma: no cover - depends on what is installed
    raise ModuleNotFoundError(
        "FakeDigitalOcean checks requests against the spec with jsonschema, which is not installed: "
        "install pydo-facade's testing extra (pip install 'pydo-facade[testing]')",
        name="jsonschema",
    ) from None

__all__ = [
    "NOT_JSON",
    "Body",
    "Invalid",
    "NoRoute",
    "Parameter",
    "ParsedValues",
    "Route",
    "Spec",
    "SpecAnswer",
    "SpecOperation",
    "Success",
    "decode_json",
    "json_media",
    "load_spec",
]

_log = logging.getLogger("pydo_facade.testing")

SPEC_FILE = "fake_spec.json"
Flavour = Literal["request", "response"]
_COMPONENTS = "#/components/schemas/"
_URN = "urn:fake-digitalocean:{flavour}:"
# How deep an answer built from a schema goes before it stops at an empty value (schemas refer to themselves),
# and down to which depth it has the optional properties too (deeper, only the required ones: bodies stay small).
_MAX_DEPTH = 12
_OPTIONAL_DEPTH = 3
# How much of a validation message is kept: jsonschema quotes the whole offending value, which can be a big object.
_MESSAGE_CHARS = 300
_JSON_MEDIA = re.compile(r"^application/(.+\+)?json$")
_TEXT_MEDIA = re.compile(r"^(text/|application/(yaml|x-yaml|csv)$)")
# A string of a format: values every common format checker accepts.
_FORMAT_VALUES = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.10",
    "ipv6": "2001:db8::10",
    "byte": "ZXhhbXBsZQ==",
    "binary": "example",
}
# Tried in order for a string with a pattern and no example that matches it.
_PATTERN_CANDIDATES = ("example", "example-1", "a", "ab", "abc", "a1", "1", "10", "A", "Example", "example.com", "")
# The schema of a path parameter the spec does not declare (one object: validators are cached by identity).
_ANY: dict[str, Any] = {}
# An answer documented as a PDF, when the spec gives no example: a one-page document readers open.
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/MediaBox[0 0 612 792]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

# --- formats: the standard library's checks, the same wherever the fake runs ---------------------------

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_LABEL = r"[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
_HOSTNAME = re.compile(rf"(?=.{{1,253}}\.?$){_LABEL}(?:\.{_LABEL})*\.?")
_URI = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:\S*")

NOT_JSON: Any = object()
"""What decode_json gives for a body that is empty or not JSON."""


def _is_date(value: object) -> bool:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return not isinstance(value, str)
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    found = _DATE_TIME.fullmatch(value)
    if found is None or not _is_date(found[1]):
        return False
    hour, minute, second = int(found[2]), int(found[3]), int(found[4])
    return hour <= 23 and minute <= 59 and second <= 60


def _is_ip(version: int) -> Any:
    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True
        try:
            address = ipaddress.ip_address(value)
        except ValueError:
            return False
        return address.version == version

    return check


def _bounded(bits: int) -> Any:
    def check(value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            return True
        low, high = -(2 ** (bits - 1)), 2 ** (bits - 1)
        return bool(low <= value < high)

    return check


def _matches(pattern: re.Pattern[str]) -> Any:
    def check(value: object) -> bool:
        return not isinstance(value, str) or pattern.fullmatch(value) is not None

    return check


def _format_checker(strict: bool) -> Any:
    """A request's formats (what the API itself refuses), or an answer's (also email, hostname and uri)."""
    checker = jsonschema.FormatChecker(formats=())
    checks: dict[str, Any] = {
        "uuid": _matches(_UUID),
        "date": _is_date,
        "date-time": _is_date_time,
        "ipv4": _is_ip(4),
        "ipv6": _is_ip(6),
        "int32": _bounded(32),
        "int64": _bounded(64),
    }
    if strict:
        checks |= {"email": _matches(_EMAIL), "hostname": _matches(_HOSTNAME), "uri": _matches(_URI)}
    for name, check in checks.items():
        checker.checks(name)(check)
    return checker


_FORMATS: dict[Flavour, Any] = {"request": _format_checker(strict=False), "response": _format_checker(strict=True)}


# --- the description -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    """A path, query or header parameter: its name, where it goes, whether it is required, its schema."""

    name: str
    where: str
    required: bool
    schema: Any


@dataclass(frozen=True)
class Body:
    """A request body: its media type, whether it is required, its schema (None: any)."""

    media: str
    required: bool
    schema: Any

    @property
    def is_json(self) -> bool:
        return _JSON_MEDIA.match(self.media) is not None


@dataclass(frozen=True)
class Success:
    """A documented success answer: its status, media type (None: no body), example, schema."""

    status: int
    media: str | None
    has_example: bool
    example: Any
    schema: Any


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec, as the fake routes, checks and answers it."""

    id: str
    name: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    success: tuple[Success, ...]
    errors: Mapping[str, str]
    """Documented error status ("404", "default") -> key of the spec's `responses` table."""
    auth: bool

    @property
    def invalid_status(self) -> int:
        """The status an invalid request gets: 422 where the operation documents it, else 400."""
        return 422 if "422" in self.errors else 400

    def __repr__(self) -> str:
        return f"SpecOperation({self.name!r}, {self.method} {self.path})"


@dataclass(frozen=True)
class Invalid:
    """Why a request is refused: a message naming the parameter or body field and what is wrong with it."""

    message: str


@dataclass(frozen=True)
class ParsedValues:
    """A request's values once checked: path, query and header parameters typed by their schemas; the body."""

    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any


@dataclass(frozen=True)
class SpecAnswer:
    """The answer the spec documents for an operation: status, media type, the value, and it encoded."""

    status: int
    media: str | None
    value: Any
    content: bytes
    source: str
    """"example" (the spec's), "built" (from the schema) or "none" (no body)."""


@dataclass
class _Node:
    """One path segment of the route tree: literal children, one parameter child, the operations ending here."""

    literals: dict[str, _Node] = field(default_factory=dict)
    parameter: _Node | None = None
    methods: dict[str, SpecOperation] = field(default_factory=dict)


@dataclass(frozen=True)
class Route:
    """The operation a request reaches and its path parameters (percent-decoded, not yet typed)."""

    operation: SpecOperation
    values: tuple[str, ...]


@dataclass(frozen=True)
class NoRoute:
    """A request no operation serves: an unknown path (allowed empty), or a known path without this method."""

    allowed: tuple[str, ...]


class Spec:
    """The compact description, loaded: operations by id and pydo name, routes, validators, answers.

    Example:
        >>> spec = load_spec()
        >>> spec.lookup("droplets.list").path
        '/v2/droplets'
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.pin = str(document.get("spec", ""))
        self.schemas: Mapping[str, Any] = document["components"]["schemas"]
        self.responses: Mapping[str, Any] = document["responses"]
        self.operations: dict[str, SpecOperation] = {}
        self.by_name: dict[str, SpecOperation] = {}
        self._root = _Node()
        for entry in document["operations"]:
            operation = _operation(entry)
            self.operations[operation.id] = operation
            self.by_name[operation.name] = operation
            self._add_route(operation)
        self._registries: dict[Flavour, Registry[Any]] = {}
        self._roots: dict[Flavour, Any] = {}
        self._validators: dict[tuple[Flavour, int], Any] = {}
        self._keep_alive: list[Any] = []  # the schemas validators were made for: id() is unique only while they live
        self._answers: dict[tuple[str, int, str | None], SpecAnswer] = {}
        self.notes: dict[str, str] = {}
        """Where the fake did not send the spec's example, and why (operation name and status -> reason)."""

    # --- operations and routes ----------------------------------------------------------------------

    def lookup(self, name: str) -> SpecOperation | None:
        """The operation with this pydo name ("droplets.list") or operationId ("droplets_list")."""
        return self.by_name.get(name) or self.operations.get(name)

    def _add_route(self, operation: SpecOperation) -> None:
        node = self._root
        for segment in operation.path.split("/")[1:]:
            if segment.startswith("{") and segment.endswith("}"):
                node.parameter = node.parameter or _Node()
                node = node.parameter
            else:
                node = node.literals.setdefault(segment, _Node())
        node.methods[operation.method] = operation

    def route(self, method: str, path: str) -> Route | NoRoute:
        """The operation for METHOD and a request path (percent-encoded, as sent), literal segments first.

        Where a literal and a parameter both match (``/v2/droplets/actions`` and ``/v2/droplets/{id}``), the
        first path, literal segments preferred, that has the method wins; none has it: NoRoute with the
        methods of the first.
        """
        segments = [unquote(part) for part in path.split("/")[1:]] if path.startswith("/") else []
        first: tuple[str, ...] | None = None
        for node, values in self._walk(self._root, segments, ()):
            if method in node.methods:
                return Route(node.methods[method], values)
            if first is None:
                first = tuple(sorted(node.methods))
        return NoRoute(first or ())

    def _walk(
        self, node: _Node, segments: list[str], values: tuple[str, ...]
    ) -> Iterator[tuple[_Node, tuple[str, ...]]]:
        if not segments:
            if node.methods:
                yield node, values
            return
        head, rest = segments[0], segments[1:]
        literal = node.literals.get(head)
        if literal is not None:
            yield from self._walk(literal, rest, values)
        if node.parameter is not None and head:
            yield from self._walk(node.parameter, rest, (*values, head))

    # --- schemas as JSON Schema ---------------------------------------------------------------------

    def resolve(self, schema: Any) -> Any:
        """Follow `$ref`s into the components until a schema that is not one."""
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 64:
            node: Any = {"components": {"schemas": self.schemas}}
            for part in str(schema["$ref"]).removeprefix("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema, seen = node, seen + 1
        return schema

    def _registry(self, flavour: Flavour) -> Registry[Any]:
        """Every component schema converted, as one crawled registry per flavour (made on first use: ~40 ms)."""
        found = self._registries.get(flavour)
        if found is None:
            prefix = _URN.format(flavour=flavour)
            found = (
                Registry()
                .with_resources(
                    (prefix + quote(name, safe=""), DRAFT4.create_resource(self._convert(schema, flavour)))
                    for name, schema in self.schemas.items()
                )
                .crawl()
            )
            self._registries[flavour] = found
        return found

    def _root_validator(self, flavour: Flavour) -> Any:
        """A validator on the flavour's registry; the others evolve from it and so share its resolver (their
        references are absolute), instead of each combining the registry with jsonschema's own again."""
        found = self._roots.get(flavour)
        if found is None:
            found = jsonschema.Draft4Validator({}, registry=self._registry(flavour), format_checker=_FORMATS[flavour])
            self._roots[flavour] = found
        return found

    def validator(self, schema: Any, flavour: Flavour) -> Any:
        """A draft 4 validator for an OpenAPI schema (a node of the description: cached by identity)."""
        key = (flavour, id(schema))
        found = self._validators.get(key)
        if found is None:
            converted = self._convert(schema, flavour) if isinstance(schema, dict) else {}
            found = self._root_validator(flavour).evolve(schema=converted)
            self._validators[key] = found
            self._keep_alive.append(schema)
        return found

    def _flag(self, schema: Any, flag: str) -> bool:
        """Whether a property is readOnly or writeOnly, on the property or on the schema it refers to."""
        if isinstance(schema, dict) and schema.get(flag) is True:
            return True
        resolved = self.resolve(schema)
        if isinstance(resolved, dict) and resolved.get(flag) is True:
            return True
        members = resolved.get("allOf") if isinstance(resolved, dict) else None
        return any(self._flag(member, flag) for member in members or [])

    def _convert(self, node: Any, flavour: Flavour) -> Any:
        """An OpenAPI 3.0 schema as JSON Schema draft 4, its `$ref`s pointing into the flavour's registry."""
        if isinstance(node, list):
            return [self._convert(item, flavour) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:  # OpenAPI 3.0: a reference's siblings are ignored
            ref = str(node["$ref"]).removeprefix(_COMPONENTS)
            name, _, rest = ref.partition("/")
            return {"$ref": _URN.format(flavour=flavour) + quote(name, safe="") + (f"#/{rest}" if rest else "")}
        converted: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                converted[key] = {name: self._convert(member, flavour) for name, member in value.items()}
            elif key in ("allOf", "oneOf", "anyOf") and isinstance(value, list):
                converted[key] = [self._convert(member, flavour) for member in value]
            elif key in ("items", "not", "additionalProperties") and isinstance(value, dict):
                converted[key] = self._convert(value, flavour)
            elif key in ("example", "discriminator", "nullable", "readOnly", "writeOnly", "default"):
                continue
            else:
                converted[key] = value
        required = converted.get("required")
        if isinstance(required, list):
            skipped = "readOnly" if flavour == "request" else "writeOnly"
            properties = node.get("properties") or {}
            kept = [name for name in required if not (name in properties and self._flag(properties[name], skipped))]
            if kept:
                converted["required"] = kept
            else:
                converted.pop("required")
        discriminator = node.get("discriminator")
        if flavour == "request" and "oneOf" in node and isinstance(discriminator, dict):
            converted = self._discriminated(node, converted, discriminator)
        if node.get("nullable") is True:
            if isinstance(converted.get("type"), str):
                converted["type"] = [converted["type"], "null"]
                if "enum" in converted:
                    converted["enum"] = [*converted["enum"], None]
            else:
                converted = {"anyOf": [converted, {"type": "null"}]}
        return converted

    def _discriminated(self, node: dict[str, Any], converted: dict[str, Any], discriminator: dict[str, Any]) -> Any:
        """oneOf with a discriminator mapping: the branch its property names (OpenAPI's rule; plain oneOf is not).

        Some branches overlap (one adds an optional property to another), so every body would match both
        and fail plain oneOf: each branch is taken only for the discriminator values that map to it.
        """
        name = discriminator.get("propertyName")
        mapping = discriminator.get("mapping") or {}
        members = [str(member.get("$ref")) for member in node["oneOf"] if isinstance(member, dict)]
        if not isinstance(name, str) or not mapping or set(mapping.values()) != set(members):
            return converted
        values: dict[str, list[str]] = {}
        for value, target in mapping.items():
            values.setdefault(str(target), []).append(value)
        branches = [
            {
                "allOf": [
                    {"properties": {name: {"enum": names}}, "required": [name]},
                    self._convert({"$ref": t}, "request"),
                ]
            }
            for t, names in values.items()
        ]
        rest = {key: value for key, value in converted.items() if key != "oneOf"}
        return {**rest, "anyOf": branches}

    def errors(self, schema: Any, value: Any, flavour: Flavour) -> list[ValidationError]:
        return list(self.validator(schema, flavour).iter_errors(value))

    def is_valid(self, schema: Any, value: Any, flavour: Flavour = "response") -> bool:
        return bool(self.validator(schema, flavour).is_valid(value))

    # --- checking a request -------------------------------------------------------------------------

    def parse(
        self,
        operation: SpecOperation,
        path_values: Sequence[str],
        query: Mapping[str, list[str]],
        headers: Mapping[str, str],
        body: bytes,
        *,
        decoded: Any,
    ) -> ParsedValues | Invalid:
        """The request's values typed and checked against the operation's parameters and body schema.

        ``decoded`` is decode_json(body), which the caller has already worked out.
        """
        path: dict[str, Any] = {}
        path_parameters = [p for p in operation.parameters if p.where == "path"]
        names = [segment[1:-1] for segment in operation.path.split("/") if segment.startswith("{")]
        by_name = {p.name: p for p in path_parameters}
        for name, raw in zip(names, path_values, strict=False):
            parameter = by_name.get(name) or Parameter(name, "path", True, _ANY)
            checked = self._parameter_value(parameter, [raw])
            if isinstance(checked, Invalid):
                return checked
            path[name] = checked
        query_values: dict[str, Any] = {}
        header_values: dict[str, Any] = {}
        lowered = {name.lower(): value for name, value in headers.items()}
        for parameter in operation.parameters:
            if parameter.where == "query":
                raw_values = query.get(parameter.name)
                target = query_values
            elif parameter.where == "header":
                if parameter.name.lower() in ("accept", "content-type", "authorization"):
                    continue  # content negotiation and credentials, not values of the API
                found = lowered.get(parameter.name.lower())
                raw_values = None if found is None else [found]
                target = header_values
            else:
                continue
            if not raw_values:
                if parameter.required:
                    return Invalid(f"{_where(parameter)} is required")
                continue
            checked = self._parameter_value(parameter, raw_values)
            if isinstance(checked, Invalid):
                return checked
            target[parameter.name] = checked
        parsed_body = self._body(operation, body, decoded)
        if isinstance(parsed_body, Invalid):
            return parsed_body
        return ParsedValues(path, query_values, header_values, parsed_body)

    def _types(self, schema: Any) -> list[str]:
        resolved = self.resolve(schema)
        if not isinstance(resolved, dict):
            return []
        if isinstance(resolved.get("type"), str):
            return [resolved["type"]]
        kinds: list[str] = []
        for key in ("anyOf", "oneOf", "allOf"):
            for member in resolved.get(key) or []:
                kinds += [kind for kind in self._types(member) if kind not in kinds]
        return kinds

    def _parameter_value(self, parameter: Parameter, raw_values: list[str]) -> Any:
        """A parameter's value typed by its schema (an int for an integer, a list for an array), or Invalid."""
        kinds = self._types(parameter.schema)
        candidates: list[Any]
        if "array" in kinds:
            items = (self.resolve(parameter.schema) or {}).get("items") or {}
            candidates = [[_typed(raw, self._types(items)) for raw in raw_values]]
            if len(raw_values) == 1 and "," in raw_values[0]:
                candidates.append([_typed(raw, self._types(items)) for raw in raw_values[0].split(",")])
        else:
            candidates = [_typed(raw_values[0], kinds)]
            if candidates[0] != raw_values[0]:
                candidates.append(raw_values[0])
        problems: list[ValidationError] = []
        for candidate in candidates:
            problems = self.errors(parameter.schema, candidate, "request")
            if not problems:
                return candidate
        return Invalid(_describe(_where(parameter), problems))

    def _body(self, operation: SpecOperation, raw: bytes, decoded: Any) -> Any:
        body = operation.body
        if body is None:
            return None if decoded is NOT_JSON else decoded
        if not raw.strip():
            return Invalid("the request body is required") if body.required else None
        if not body.is_json:
            return raw
        if decoded is NOT_JSON:
            return Invalid("error parsing request body")  # DigitalOcean's words (the spec's example)
        value = decoded
        if body.schema is not None:
            problems = self.errors(body.schema, value, "request")
            if problems:
                return Invalid(_describe("request body", problems))
        return value

    def absent_body(self, operation: SpecOperation) -> Any:
        """What a stateful handler is given for an optional JSON body the request left out: an empty object
        once the body's schema accepts one, else Invalid naming what the body needs (None: no JSON body)."""
        body = operation.body
        if body is None or not body.is_json:
            return None
        if body.schema is not None:
            problems = self.errors(body.schema, {}, "request")
            if problems:
                return Invalid(_describe("request body", problems))
        return {}

    # --- answers ------------------------------------------------------------------------------------

    def answer(self, operation: SpecOperation, accept: str = "") -> SpecAnswer | None:
        """The documented success answer: the spec's example where it has one that its schema accepts, else one
        built from the schema. Cached; the lowest success status; JSON unless Accept asks for another documented
        media type. None when the spec documents no success answer.
        """
        if not operation.success:
            return None
        status = min(answer.status for answer in operation.success)
        choices = [answer for answer in operation.success if answer.status == status]
        success = _choose_media(choices, accept)
        key = (operation.id, success.status, success.media)
        found = self._answers.get(key)
        if found is None:
            found = self._build_answer(operation, success)
            self._answers[key] = found
        return found

    def answer_problem(self, operation: SpecOperation, value: Any) -> str | None:
        """Why a value is not a JSON success answer of the operation that its schema accepts (None: it is one).

        A stateful handler asks before keeping what a request built: a request's checks are not an answer's
        (an answer's formats are stricter), so a value the request schema let through can still not be answered.
        """
        if not operation.success:
            return "the operation documents no success answer"
        status = min(answer.status for answer in operation.success)
        success = _choose_media([answer for answer in operation.success if answer.status == status], "")
        if success.schema is None:
            return None
        problems = self.errors(success.schema, value, "response")
        return _describe("the answer", problems) if problems else None

    def instead_of_success(self, operation: SpecOperation) -> tuple[int, Any]:
        """For an operation that documents no success answer (a retired one): the error it documents instead,
        the lowest 4xx not about the credentials or the budget (401, 403, 429), and a copy of its example."""
        status = min(
            (int(code) for code in operation.errors if code.isdigit() and 400 <= int(code) < 500),
            key=lambda code: (code in (401, 403, 429), code),
            default=404,
        )
        documented = self.responses.get(operation.errors.get(str(status), ""), {})
        example = documented.get("example")
        if isinstance(example, dict) and self.is_valid(documented.get("schema"), example):
            return status, copy.deepcopy(example)
        return status, {"id": "not_found" if status == 404 else "error", "message": "This operation is retired."}

    def _build_answer(self, operation: SpecOperation, success: Success) -> SpecAnswer:
        media = success.media
        if media is None:
            return SpecAnswer(success.status, None, None, b"", "none")
        where = f"{operation.name} {success.status} {media}"
        if _JSON_MEDIA.match(media) or media == "text/event-stream":
            value, source = self._json_value(success, where)
            if media == "text/event-stream":
                content = f"data: {json.dumps(value)}\n\n".encode()
                return SpecAnswer(success.status, media, content.decode(), content, source)
            return SpecAnswer(success.status, media, value, json.dumps(value).encode(), source)
        if success.has_example and isinstance(success.example, str):
            text = success.example
            return SpecAnswer(success.status, media, text, text.encode(), "example")
        if _TEXT_MEDIA.match(media):
            built = self.build(success.schema) if success.schema is not None else ""
            text = built if isinstance(built, str) else json.dumps(built)
            return SpecAnswer(success.status, media, text, text.encode(), "built")
        return SpecAnswer(success.status, media, MINIMAL_PDF, MINIMAL_PDF, "built")

    def _json_value(self, success: Success, where: str) -> tuple[Any, str]:
        schema = success.schema
        if success.has_example:
            if schema is None:
                return success.example, "example"
            problems = self.errors(schema, success.example, "response")
            if not problems:
                return success.example, "example"
            self.notes[where] = "the spec's example fails its schema: " + _describe("example", problems)
        if schema is None:
            return {}, "built"
        value = self.build(schema)
        problems = self.errors(schema, value, "response")
        if problems:
            lean = self.build(schema, lean=True)
            if self.is_valid(schema, lean):
                return lean, "built"
            self.notes[where] = "the body built from the schema fails it: " + _describe("body", problems)
            _log.warning("FakeDigitalOcean: %s: %s", where, self.notes[where])
        return value, "built"

    def shaped_error(self, operation: SpecOperation | None, status: int, body: dict[str, Any]) -> Any:
        """DigitalOcean's error body, or, where the operation documents another shape for the status, that shape
        with the message put where it has one (e.g. NFS's ``{"code", "message"}``)."""
        if operation is None:
            return body
        key = operation.errors.get(str(status)) or operation.errors.get("default")
        documented = self.responses.get(key or "", {})
        schema = documented.get("schema")
        if schema is None or self.is_valid(schema, body):
            return body
        example = documented.get("example")
        base = copy.deepcopy(example) if self.is_valid(schema, example) else self.build(schema)
        shaped = _with_message(base, str(body.get("message", "")), str(body.get("id", "")))
        return shaped if self.is_valid(schema, shaped) else base

    # --- building a value from a schema --------------------------------------------------------------

    def build(self, schema: Any, *, lean: bool = False) -> Any:
        """A value an answer's schema accepts, built from the schema.

        Its example, default or first enum value where the schema accepts it; else objects with their
        required properties and, unless ``lean``, the other ones down to a few levels, strings of their
        format (or pattern), numbers within their bounds, the first branch of a oneOf/anyOf that validates,
        allOf members merged, arrays of one.
        """
        return self._build(schema, 0, lean, (), 0)

    def _build(self, schema: Any, depth: int, lean: bool, scope: tuple[Any, ...], calls: int) -> Any:
        """``depth``: how deep in the value; ``scope``: the allOf/oneOf/anyOf schemas around this one (where
        a member listing only `required` names finds their properties); ``calls``: the recursion guard."""
        resolved = self.resolve(schema)
        if not isinstance(resolved, dict):
            return None
        if depth > _MAX_DEPTH or calls > 4 * _MAX_DEPTH:
            return None if resolved.get("nullable") else _empty(resolved)
        for candidate in _candidates(resolved):
            if self.is_valid(resolved, candidate):
                return candidate  # shared with the description: answers are only encoded, handlers get copies
        inner = (*scope, resolved)
        own = bool(resolved.get("properties") or resolved.get("required"))
        if "allOf" in resolved:
            merged: Any = None
            for member in resolved["allOf"]:
                merged = _merge(merged, self._build(member, depth, lean, inner, calls + 1))
            return _merge(merged, self._object(resolved, depth, lean, scope, calls)) if own else merged
        for key in ("oneOf", "anyOf"):
            if key in resolved:
                first: Any = None
                for index, member in enumerate(resolved[key]):
                    value = self._build(member, depth, lean, inner, calls + 1)
                    if own:
                        value = _merge(value, self._object(resolved, depth, lean, scope, calls))
                    if index == 0:
                        first = value
                    if len(resolved[key]) == 1 or self.is_valid(resolved, value):
                        return value
                return first
        kind = resolved.get("type")
        if kind is None:
            shaped = any(key in resolved for key in ("properties", "required", "additionalProperties"))
            kind = "object" if shaped else "string"
        if kind == "object":
            return self._object(resolved, depth, lean, scope, calls)
        if kind == "array":
            count = max(1, int(resolved.get("minItems", 0)))
            if "maxItems" in resolved:
                count = min(count, int(resolved["maxItems"]))
            one = self._build(resolved.get("items") or {}, depth + 1, lean, (), calls + 1)
            if count > 1 and resolved.get("uniqueItems"):
                return [one, *[f"{one}-{n}" for n in range(1, count)]]
            return [one] * count
        if kind == "integer":
            return int(_number(resolved, 1))
        if kind == "number":
            return float(_number(resolved, 1))
        if kind == "boolean":
            return True
        return _string(resolved)

    def _object(
        self, schema: dict[str, Any], depth: int, lean: bool, scope: tuple[Any, ...], calls: int
    ) -> dict[str, Any]:
        properties: dict[str, Any] = schema.get("properties") or {}
        required = [str(name) for name in schema.get("required") or []]
        optional = [] if lean or depth > _OPTIONAL_DEPTH else [name for name in properties if name not in required]
        value: dict[str, Any] = {}
        for name in [*required, *optional]:
            member = properties.get(name)
            if member is None:
                member = next((found for outer in reversed(scope) if (found := self._property(outer, name))), None)
            if member is None:
                continue  # a required name no schema around describes: leave it to the other members
            if not self._flag(member, "writeOnly"):
                value[name] = self._build(member, depth + 1, lean, (), calls + 1)
        extra = schema.get("additionalProperties")
        for _ in range(max(0, int(schema.get("minProperties", 0)) - len(value))):
            built = self._build(extra, depth + 1, lean, (), calls + 1) if isinstance(extra, dict) else "x"
            value[f"key{len(value)}"] = built
        return value

    def _property(self, schema: Any, name: str, seen: int = 0) -> Any:
        """A property's schema, in a schema or in the members of its allOf/oneOf/anyOf (None: not there)."""
        resolved = self.resolve(schema)
        if not isinstance(resolved, dict) or seen > _MAX_DEPTH:
            return None
        properties = resolved.get("properties") or {}
        if name in properties:
            return properties[name]
        for key in ("allOf", "oneOf", "anyOf"):
            for member in resolved.get(key) or []:
                found = self._property(member, name, seen + 1)
                if found is not None:
                    return found
        return None


def _operation(entry: Mapping[str, Any]) -> SpecOperation:
    body = entry.get("body")
    return SpecOperation(
        id=entry["id"],
        name=entry["name"],
        method=entry["method"],
        path=entry["path"],
        parameters=tuple(
            Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema") or {})
            for p in entry.get("parameters", [])
        ),
        body=None if body is None else Body(body["media"], bool(body.get("required")), body.get("schema")),
        success=tuple(
            Success(s["status"], s.get("media"), "example" in s, s.get("example"), s.get("schema"))
            for s in entry.get("success", [])
        ),
        errors=dict(entry.get("errors", {})),
        auth=entry.get("auth", True) is not False,
    )


@functools.cache
def load_spec() -> Spec:
    """The compact description shipped in pydo_generated, read once per process."""
    text = resources.files("pydo_generated").joinpath(SPEC_FILE).read_text(encoding="utf-8")
    return Spec(json.loads(text))


def _where(parameter: Parameter) -> str:
    kind = {"path": "path parameter", "query": "query parameter", "header": "header"}.get(parameter.where, "parameter")
    return f"{kind} {parameter.name!r}"


def _typed(raw: str, kinds: Sequence[str]) -> Any:
    """A parameter's text as the first of its schema's types it reads as (text that reads as none stays text)."""
    for kind in kinds:
        if kind == "integer" and re.fullmatch(r"-?[0-9]+", raw) and len(raw) <= 40:
            return int(raw)
        if kind == "number":
            try:
                number = float(raw)
            except ValueError:
                continue
            if math.isfinite(number):
                return int(number) if re.fullmatch(r"-?[0-9]+", raw) and len(raw) <= 40 else number
        if kind == "boolean" and raw.lower() in ("true", "false"):
            return raw.lower() == "true"
    return raw


def decode_json(raw: bytes) -> Any:
    """A request body's JSON value, or NOT_JSON; decoded once per request (the record and the checks share it)."""
    if not raw.strip():
        return NOT_JSON
    try:
        return json.loads(raw)
    except ValueError:
        return NOT_JSON


def _field(path: Sequence[Any]) -> str:
    """A JSON location as a field path: ``spec.services[0].name``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe(where: str, problems: Sequence[ValidationError]) -> str:
    """The most relevant problem, as "<where> field 'a.b': <what is wrong>"."""
    error = best_match(problems)
    if error is None:  # pragma: no cover - only called with problems
        return f"{where} is invalid"
    while error.context:  # "not valid under any of the given schemas": say what the closest branch misses
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator not in ("anyOf", "oneOf")))
    path = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = next((name for name in error.validator_value if name not in error.instance), "?")
        text = f"{where} field {_field([*path, missing])!r} is required"
    elif path:
        text = f"{where} field {_field(path)!r}: {error.message}"
    else:
        text = f"{where}: {error.message}"
    return text if len(text) <= _MESSAGE_CHARS else text[: _MESSAGE_CHARS - 3] + "..."


def _choose_media(choices: Sequence[Success], accept: str) -> Success:
    """JSON when the client takes it (or says nothing); else the first documented type it names; else the first."""
    accepted = [part.split(";", 1)[0].strip().lower() for part in accept.split(",") if part.strip()]
    takes_anything = not accepted or any(media in ("*/*", "application/*") for media in accepted)
    wants_json = takes_anything or "application/json" in accepted
    for choice in choices:
        if choice.media is not None and _JSON_MEDIA.match(choice.media) and (wants_json or choice.media in accepted):
            return choice
    for media in accepted:
        for choice in choices:
            if choice.media == media:
                return choice
    return choices[0]


def _with_message(value: Any, message: str, error_id: str) -> Any:
    """A copy of an error body with every `message` set to message, `messages` to [message], ids to error_id."""
    if isinstance(value, list):
        return [_with_message(item, message, error_id) for item in value]
    if not isinstance(value, dict):
        return value
    shaped: dict[str, Any] = {}
    for key, item in value.items():
        if key == "message" and isinstance(item, str):
            shaped[key] = message
        elif key == "messages":
            shaped[key] = [message]
        elif key in ("id", "error") and isinstance(item, str) and error_id:
            shaped[key] = error_id
        else:
            shaped[key] = _with_message(item, message, error_id)
    return shaped


def _candidates(schema: dict[str, Any]) -> list[Any]:
    found: list[Any] = []
    if "example" in schema:
        found.append(schema["example"])
    if "default" in schema:
        found.append(schema["default"])
    found += list(schema.get("enum") or [])[:1]
    return found


def _empty(schema: dict[str, Any]) -> Any:
    return {"array": [], "string": "", "integer": 0, "number": 0.0, "boolean": False}.get(str(schema.get("type")), {})


def _merge(left: Any, right: Any) -> Any:
    """Two built parts of an allOf as one value: objects merged key by key, else the first that is set."""
    if isinstance(left, dict) and isinstance(right, dict):
        merged = dict(left)
        for key, value in right.items():
            merged[key] = _merge(merged[key], value) if key in merged else value
        return merged
    return right if left is None else left


def _number(schema: dict[str, Any], preferred: float) -> float:
    low, high = schema.get("minimum"), schema.get("maximum")
    value = preferred
    if low is not None and value <= low:
        value = low + (1 if schema.get("exclusiveMinimum") is True else 0)
    if high is not None and value >= high:
        value = high - (1 if schema.get("exclusiveMaximum") is True else 0)
    step = schema.get("multipleOf")
    if step:
        value = math.ceil(value / step) * step
    return value


def _string(schema: dict[str, Any]) -> str:
    value = str(_FORMAT_VALUES.get(str(schema.get("format")), "example"))
    pattern = schema.get("pattern")
    if pattern:
        try:
            compiled = re.compile(pattern)
        except re.error:
            compiled = None
        if compiled is not None and not compiled.search(value):
            value = next((c for c in _PATTERN_CANDIDATES if compiled.search(c)), value)
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(value) < low:
        value += "x" * (low - len(value))
    if high is not None and len(value) > int(high):
        value = value[: int(high)]
    return value


def json_media(media: str | None) -> bool:
    """Whether a media type is JSON (``application/json``, ``application/problem+json``)."""
    return media is not None and _JSON_MEDIA.match(media) is not None
