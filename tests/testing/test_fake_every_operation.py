"""Every operation of the pinned spec, through the facade, against one FakeDigitalOcean: answered as the spec says.

Each call is built from the spec (tests/contract/spec_values.py: path parameters, required query and header
parameters, the request body), sent with `client.with_raw_response.<group>.<method>(...)`, and its answer is
checked against the bundled spec itself (not the fake's compact description of it): a documented success
status, the documented media type, and for JSON a body its schema accepts (jsonschema, draft 4, with the
format checks the contract tests use). For every operation with a JSON body, the same call with a body
missing a required field (or, where nothing is required, with a field of the wrong type) is refused with the
status the spec documents for it (422 where it documents 422, else 400), in the documented error shape,
naming the field.

Operations whose answer depends on the fake's state need that state arranged first: ARRANGE holds, by pydo
name, what each one needs (today the Apps flow; a stateful resource family adds its operations here).
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
import pkgutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import arrange_compute
import arrange_services
import jsonschema
import pydo_generated.groups
import pytest
from contract.spec_values import FORMAT_CHECKER, SpecValues, load_spec, pointer
from openapi_schemas import json_schema_from_openapi
from pydo_generated.groups._base import Operation

from pydo_facade import Client
from pydo_facade.exceptions import HttpResponseError
from pydo_facade.testing import FakeDigitalOcean

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "DigitalOcean-public.v2.yaml"
UPLOAD_BYTES = b'{"custom_id": "request-1", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n'
WRONG_TYPE: dict[str, Any] = {
    "string": 12345,
    "integer": "not-a-number",
    "number": "not-a-number",
    "boolean": "not-a-boolean",
    "array": "not-an-array",
    "object": "not-an-object",
}


def _surface() -> ModuleType:
    """openapi/surface.py, for pydo's parameter names (a build script, not a package)."""
    found = importlib.util.spec_from_file_location("pydo_surface_for_fake_tests", ROOT / "openapi" / "surface.py")
    assert found
    assert found.loader
    module = importlib.util.module_from_spec(found)
    sys.modules[found.name] = module
    found.loader.exec_module(module)
    return module


def _all_operations() -> dict[str, Operation]:
    """Every generated operation by its pydo name ("droplets.list"), from each group module's OPERATIONS."""
    found: dict[str, Operation] = {}
    for info in pkgutil.iter_modules(pydo_generated.groups.__path__):
        if not info.name.startswith("_"):
            module = importlib.import_module(f"pydo_generated.groups.{info.name}")
            found.update({f"{info.name}.{method}": operation for method, operation in module.OPERATIONS.items()})
    return dict(sorted(found.items()))


OPERATIONS = _all_operations()
parameter_name: Callable[[str], str] = _surface().parameter_name


# --- state some operations need --------------------------------------------------------------------------


def _app(fake: FakeDigitalOcean, arguments: dict[str, Any], key: str) -> dict[str, Any]:
    body = arguments.get("body")
    components = body.get("components") if isinstance(body, dict) else None
    if not (isinstance(components, list) and all(isinstance(c, str) for c in components)):
        components = None  # a broken body: the app's components do not matter
    app = fake.add_app(components=components or None)
    return {**arguments, key: app["id"]}


def _deployment(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    app = fake.add_app()
    return {**arguments, "app_id": app["id"], "deployment_id": app["active_deployment"]["id"]}


ARRANGE: dict[str, Callable[[FakeDigitalOcean, dict[str, Any]], dict[str, Any]]] = {
    "apps.get": lambda fake, arguments: _app(fake, arguments, "id"),
    "apps.restart": lambda fake, arguments: _app(fake, arguments, "app_id"),
    "apps.get_deployment": _deployment,
    **arrange_compute.ARRANGE,
    **arrange_services.ARRANGE,
}
"""pydo name -> what the fake needs before the call, returning the call's arguments (ids of what it added).

The stateful families' entries live beside this module (arrange_compute.py, arrange_services.py)."""

DISCRIMINATED_BODIES: dict[str, Any] = {
    # Its body is oneOf [droplet_action, droplet_action_snapshot] with a discriminator on `type`; the second
    # branch is the first plus an optional `name`, so under plain oneOf every body matches both and none is
    # valid (tests/contract's special case). The fake applies the discriminator, as OpenAPI says: the body is
    # valid when `type` is one of the mapping's values (the one spec_values builds, "reboot", is not).
    "droplet_actions.post_by_tag": {"type": "enable_backups"},
}
"""pydo name -> the JSON body to send instead of the one spec_values builds, and why."""


# --- the call built from the spec -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedCall:
    name: str
    operation: Operation
    arguments: dict[str, Any]
    body_keyword: str | None
    body_pointer: str | None
    """The JSON pointer of the request body's schema in the spec (JSON bodies only)."""

    def call(self, client: Client, **arguments: Any) -> Any:
        group, method = self.name.split(".", 1)
        return getattr(getattr(client.with_raw_response, group), method)(**arguments)


def plan(values: SpecValues, name: str) -> PlannedCall:
    operation = OPERATIONS[name]
    spec_operation = values.operation(operation.operation_id)
    arguments: dict[str, Any] = {}
    for parameter in spec_operation.parameters:
        if parameter["in"] == "header" and parameter["name"].lower() in ("accept", "content-type"):
            continue
        if parameter["in"] != "path" and not parameter.get("required"):
            continue
        arguments[parameter_name(parameter["name"])] = values.parameter_value(parameter)
    body_keyword = body_pointer = None
    media = values.request_media(operation.operation_id)
    if media is not None:
        body_keyword = "body" if "body" in operation.keywords else "data"
        if media[0] == "application/octet-stream":
            arguments[body_keyword] = UPLOAD_BYTES
        else:
            body = DISCRIMINATED_BODIES.get(name, values.request_body(operation.operation_id).value)
            arguments[body_keyword] = copy.deepcopy(body)
            body_pointer = media[2]
    return PlannedCall(name, operation, arguments, body_keyword, body_pointer)


# --- checking an answer against the spec ------------------------------------------------------------------


class Answers:
    """The spec's response schemas as draft 4 validators (nullable read as JSON Schema's null type)."""

    def __init__(self, values: SpecValues) -> None:
        self.values = values
        self.converted = json_schema_from_openapi(copy.deepcopy(values.spec))

    def documented(self, operation_id: str, status: int) -> dict[str, Any] | None:
        """The response object the spec documents for a status (None: it documents none)."""
        node = self.values.operation(operation_id).node["responses"].get(str(status))
        return None if node is None else self.values.resolve(node)

    def errors(self, where: str, value: Any) -> list[str]:
        validator = jsonschema.Draft4Validator({**self.converted, "$ref": where}, format_checker=FORMAT_CHECKER)
        return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in validator.iter_errors(value)]

    def schema_pointer(self, operation_id: str, status: int | str, media: str) -> str | None:
        spec_operation = self.values.operation(operation_id)
        found, where = self.values.locate(
            spec_operation.node["responses"][str(status)],
            pointer("paths", spec_operation.path, spec_operation.method, "responses", str(status)),
        )
        if "schema" not in (found.get("content") or {}).get(media, {}):
            return None
        return f"{where}/content/{media.replace('~', '~0').replace('/', '~1')}/schema"


@dataclass
class Module:
    """What every test of the module shares: one fake, one client on it, the spec's values and schemas."""

    fake: FakeDigitalOcean
    client: Client
    values: SpecValues
    answers: Answers


@pytest.fixture(scope="module")
def module() -> Iterator[Module]:
    if not SPEC.exists():
        pytest.skip("openapi/DigitalOcean-public.v2.yaml is missing: run `make spec`")
    values = SpecValues(load_spec(SPEC))
    with FakeDigitalOcean() as fake:
        url = fake.url
        with Client(fake.token, endpoint=url, inference_endpoint=url, agent_endpoint=url, retry_total=0) as client:
            yield Module(fake, client, values, Answers(values))


def _send(module: Module, call: PlannedCall, arguments: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
    try:
        raw = call.call(module.client, **arguments)
    except HttpResponseError as error:
        return error.status_code, dict(error.response.headers), error.response.content
    return raw.status_code, dict(raw.headers), raw.content


def _media(headers: dict[str, str]) -> str:
    return headers.get("content-type", "").split(";", 1)[0].strip()


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_operation_is_answered_as_the_spec_documents(name: str, module: Module) -> None:
    call = plan(module.values, name)
    arrange = ARRANGE.get(name)
    arguments = arrange(module.fake, call.arguments) if arrange else call.arguments
    status, headers, content = _send(module, call, arguments)
    operation_id = call.operation.operation_id
    successes = [int(code) for code in module.values.operation(operation_id).node["responses"] if code[0] == "2"]
    if successes:
        assert status == min(successes), f"{name}: {status} {content[:300]!r}"
    else:  # retired: the spec documents only errors
        assert module.answers.documented(operation_id, status) is not None, f"{name}: undocumented {status}"
    assert headers["x-request-id"]
    assert int(headers["ratelimit-remaining"]) >= 0
    documented = module.answers.documented(operation_id, status)
    assert documented is not None
    media_types = list(documented.get("content") or {})
    if not media_types:
        assert content == b"", f"{name}: {status} documents no body"
        return
    media = _media(headers)
    assert media in media_types, f"{name}: answered {media}, the spec documents {media_types}"
    if media == "application/json":
        where = module.answers.schema_pointer(operation_id, status, media)
        if where is not None:
            problems = module.answers.errors(where, json.loads(content))
            assert not problems, f"{name}: the answer breaks the spec's schema: {problems[:5]}"
    elif media == "application/pdf":
        assert content.startswith(b"%PDF-")
    else:
        assert content.decode()


# --- invalid bodies ---------------------------------------------------------------------------------------


def _required(values: SpecValues, schema: Any) -> list[str]:
    """The names a JSON body must have: the schema's required properties, its allOf members' too (not readOnly)."""
    resolved = values.resolve(schema)
    if not isinstance(resolved, dict):
        return []
    names = list(resolved.get("required") or [])
    for member in resolved.get("allOf") or []:
        names += _required(values, member)
    properties = resolved.get("properties") or {}
    return [n for n in names if not values.resolve(properties.get(n, {})).get("readOnly")]


def _typed_properties(values: SpecValues, schema: Any) -> dict[str, str]:
    """Property -> its type, for the properties of a schema (and of its allOf members) that have one."""
    resolved = values.resolve(schema)
    if not isinstance(resolved, dict):
        return {}
    typed: dict[str, str] = {}
    for member in resolved.get("allOf") or []:
        typed |= _typed_properties(values, member)
    for name, member in (resolved.get("properties") or {}).items():
        kind = values.resolve(member).get("type")
        if kind in WRONG_TYPE and not values.resolve(member).get("nullable"):
            typed[name] = kind
    return typed


def broken_bodies(values: SpecValues, call: PlannedCall) -> Iterator[tuple[Any, str]]:
    """(body, the field the refusal must name): a required field left out, else a field of the wrong type."""
    assert call.body_keyword is not None
    assert call.body_pointer is not None
    body = call.arguments[call.body_keyword]
    schema = values.at(call.body_pointer)
    if isinstance(body, dict):
        for name in _required(values, schema):
            if name in body:
                yield {key: value for key, value in body.items() if key != name}, name
        for name, kind in _typed_properties(values, schema).items():
            yield {**body, name: WRONG_TYPE[kind]}, name
    yield b'["not", "the", "body"]', "request body"  # bytes: the facade sends a mapping body only as JSON


JSON_BODIES = [name for name in OPERATIONS if OPERATIONS[name].body is not None]


@pytest.mark.parametrize("name", JSON_BODIES)
def test_operation_refuses_a_broken_body_naming_the_field(name: str, module: Module) -> None:
    call = plan(module.values, name)
    if call.body_pointer is None:
        pytest.skip(f"{name} takes raw bytes: there is no JSON field to break")
    candidates = [
        (body, field)
        for body, field in broken_bodies(module.values, call)
        if module.values.errors(call.body_pointer, json.loads(body) if isinstance(body, bytes) else body)
    ]
    assert candidates, f"{name}: every broken body is one the spec accepts"
    arrange = ARRANGE.get(name)
    for broken, field in candidates:  # noqa: B007 - the field of the body sent is the one checked after
        arguments = {**call.arguments, call.body_keyword or "body": broken}
        arguments = arrange(module.fake, arguments) if arrange else arguments
        try:
            status, _, content = _send(module, call, arguments)
        except (TypeError, ValueError):
            continue  # the facade itself refuses this body before sending it (apps.restart checks its own)
        break
    else:
        pytest.fail(f"{name}: the facade refuses to send every broken body: {candidates}")
    documented = module.values.operation(call.operation.operation_id).node["responses"]
    expected = 422 if "422" in documented else 400
    assert status == expected, f"{name}: {status} {content[:300]!r}"
    text = content.decode()
    assert field in text, f"{name}: the refusal does not name {field!r}: {text}"
    documented_as = str(status) if str(status) in documented else "default"
    where = module.answers.schema_pointer(call.operation.operation_id, documented_as, "application/json")
    if where is not None:
        problems = module.answers.errors(where, json.loads(content))
        assert not problems, f"{name}: the refusal breaks the documented error schema: {problems}"
