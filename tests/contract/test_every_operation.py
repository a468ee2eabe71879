"""Every operation of the pinned spec, called once through the facade against Prism: accepted, answered as specified.

Each test builds its call from the spec (tests/contract/spec_values.py): path parameters, every
required query and header parameter, and the request body (the spec's example when its own schema
accepts it, else one synthesized from the schema). Prism's request validation must pass it (no
4xx answer, no request violation in Prism's log for it), and the facade must return what Prism
serves: the spec's example of the success answer, or Prism's own answer to the same request when
the spec has none; None for an empty answer, a str for text, bytes for a PDF.

The few operations where the spec itself makes a valid request impossible, or where Prism does not
serve what the spec says, are in SPECIAL_CASES with the reason and what the test checks instead.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pydo_generated.groups
import pytest
from pydo_generated.groups._base import Operation

from pydo_facade import AsyncClient, Client
from pydo_facade.exceptions import HttpResponseError

from .conftest import ROOT, SPEC, PrismMock
from .spec_values import SpecOperation, SpecValues, load_spec

pytestmark = pytest.mark.contract

TOKEN = "contract-test-token"  # Prism checks that a bearer token is sent, not which one
LOG_TIMEOUT = 10.0
UPLOAD_BYTES = b'{"custom_id": "request-1", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n'
_RECEIVED = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request received")
_REQUEST_VIOLATION = re.compile(r"Violation: request\b")


def _load_surface() -> ModuleType:
    """openapi/surface.py, for pydo's parameter names (it is a build script, not a package)."""
    found = importlib.util.spec_from_file_location("pydo_surface_for_contract", ROOT / "openapi" / "surface.py")
    assert found
    assert found.loader
    module = importlib.util.module_from_spec(found)
    sys.modules[found.name] = module  # dataclasses look their module up there
    found.loader.exec_module(module)
    return module


def _all_operations() -> dict[str, Operation]:
    """Every generated operation by its pydo name ("droplets.list"), from each group module's OPERATIONS."""
    found: dict[str, Operation] = {}
    for info in pkgutil.iter_modules(pydo_generated.groups.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"pydo_generated.groups.{info.name}")
        for method, operation in module.OPERATIONS.items():
            found[f"{info.name}.{method}"] = operation
    return dict(sorted(found.items()))


OPERATIONS = _all_operations()
parameter_name: Callable[[str], str] = _load_surface().parameter_name


# --- the special cases ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpecialCase:
    """An operation the plain contract cannot hold for, why, and what its test checks instead.

    Exactly one expectation is set, and it is checked: when the spec or Prism changes so that it no
    longer holds, the test fails and the entry goes (it cannot go stale).
    """

    reason: str
    request_violation: str | None = None
    """The spec allows no sensible valid request: the one built from the spec is sent, and Prism must
    reject it with this violation (and nothing else)."""
    error_status: int | None = None
    """The spec documents no success answer: the call, asking Prism for this status, must raise the
    mapped error with the `error_id` of the spec's example of that answer."""
    error_id: str | None = None


SPECIAL_CASES: dict[str, SpecialCase] = {
    "droplet_actions.post_by_tag": SpecialCase(
        reason=(
            "its body is oneOf [droplet_action, droplet_action_snapshot], and droplet_action_snapshot is "
            "droplet_action plus an optional `name`: every body valid for one branch is valid for both (only a "
            "non-string `name` tells them apart), so oneOf rejects every sensible body. The discriminator on "
            "`type` would pick the branch, but OpenAPI 3.0 validators (Prism's included) do not apply it."
        ),
        request_violation="request.body Request body must match exactly one schema in oneOf",
    ),
    "genai.create_model_api_key": SpecialCase(
        reason=(
            "retired: the spec documents no success answer, only 410 Gone (and errors). Asked for no status, "
            "Prism serves the `default` (unexpected_error) example with status 200, which is no answer the API "
            "gives; so the test asks Prism for the documented 410."
        ),
        error_status=410,
        error_id="gone",
    ),
}


# --- reading Prism's log for one request -------------------------------------------------------------


@dataclass
class Exchange:
    """Prism's log lines for one request: what it received and what its validator said."""

    received: list[tuple[str, str]]
    lines: list[str]

    @property
    def passed(self) -> bool:
        return any("The request passed the validation rules" in line for line in self.lines)

    @property
    def request_violations(self) -> list[str]:
        return [line for line in self.lines if _REQUEST_VIOLATION.search(line)]


class PrismLog:
    """The part of Prism's log written since an offset: requests are sequential, so it is one request's."""

    def __init__(self, prism: PrismMock) -> None:
        self.path = prism.log_path

    def offset(self) -> int:
        return self.path.stat().st_size

    def _since(self, offset: int) -> list[str]:
        with self.path.open("rb") as log:
            log.seek(offset)
            return log.read().decode("utf-8", errors="replace").splitlines()

    def exchange(self, offset: int) -> Exchange:
        """The one request logged since offset, once its validator verdict is in the log.

        A request that passes is marked so before Prism answers ("passed the validation rules");
        one that fails gets its "Violation:" lines after the answer is chosen, so those are waited
        for, then read once more a moment later so that every line is in.
        """
        deadline = time.monotonic() + LOG_TIMEOUT
        while True:
            lines = self._since(offset)
            received = [(m[1].upper(), m[2]) for line in lines if (m := _RECEIVED.search(line))]
            exchange = Exchange(received, lines)
            if received and exchange.passed:
                return exchange
            if received and any("Violation:" in line or "Request terminated" in line for line in lines):
                time.sleep(0.2)
                lines = self._since(offset)
                return Exchange([(m[1].upper(), m[2]) for line in lines if (m := _RECEIVED.search(line))], lines)
            if time.monotonic() > deadline:
                return exchange
            time.sleep(0.002)


# --- the call built from the spec ---------------------------------------------------------------------


@dataclass
class PlannedCall:
    """One operation's call: the facade's arguments, the raw request Prism is asked for its example with."""

    name: str
    operation: Operation
    spec_operation: SpecOperation
    arguments: dict[str, Any]
    path_values: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    body_source: str | None
    success_status: str | None

    @property
    def group(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def method(self) -> str:
        return self.name.split(".", 1)[1]

    def path_pattern(self) -> re.Pattern[str]:
        """The operation's path with each parameter as one segment (how the request must reach Prism)."""
        parts = re.split(r"({[^}]+})", self.operation.path)
        return re.compile(
            "^" + "".join("([^/]+)" if p.startswith("{") else re.escape(quote(p, safe="/")) for p in parts) + "$"
        )

    def raw_path(self) -> str:
        return re.sub(
            r"{([^}]+)}", lambda m: quote(str(self.path_values[m[1]]), safe=""), quote(self.operation.path, safe="/{}")
        )


def _plan(values: SpecValues, name: str) -> PlannedCall:
    operation = OPERATIONS[name]
    spec_op = values.operation(operation.operation_id)
    arguments: dict[str, Any] = {}
    path_values: dict[str, Any] = {}
    query: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for parameter in spec_op.parameters:
        where = parameter["in"]
        if where == "header" and parameter["name"].lower() in ("accept", "content-type"):
            continue
        if where != "path" and not parameter.get("required"):
            continue
        value = values.parameter_value(parameter)
        keyword = parameter_name(parameter["name"])
        assert keyword in operation.keywords, f"{name}() has no parameter {keyword} for {where} {parameter['name']}"
        arguments[keyword] = value
        if where == "path":
            path_values[parameter["name"]] = value
        elif where == "query":
            query[parameter["name"]] = str(value).lower() if isinstance(value, bool) else value
        else:
            headers[parameter["name"]] = str(value).lower() if isinstance(value, bool) else str(value)
    body: Any = None
    body_source: str | None = None
    media = values.request_media(operation.operation_id)
    if media is not None:
        if media[0] == "application/octet-stream":
            body, body_source = UPLOAD_BYTES, "bytes"
        else:
            choice = values.request_body(operation.operation_id)
            body, body_source = choice.value, choice.source
        arguments["body" if "body" in operation.keywords else "data"] = body
    statuses = sorted(code for code in spec_op.node["responses"] if str(code).startswith("2"))
    return PlannedCall(
        name=name,
        operation=operation,
        spec_operation=spec_op,
        arguments=arguments,
        path_values=path_values,
        query=query,
        headers=headers,
        body=body,
        body_source=body_source,
        success_status=str(statuses[0]) if statuses else None,
    )


def _spec_example(values: SpecValues, call: PlannedCall) -> tuple[bool, str | None, Any]:
    """(documented, media type, example) of the success answer Prism serves by default."""
    assert call.success_status is not None
    response = values.resolve(call.spec_operation.node["responses"][call.success_status])
    content = response.get("content") or {}
    if not content:
        return True, None, None
    media_type, media = next(iter(content.items()))
    if "example" in media:
        return True, media_type, media["example"]
    for example in (media.get("examples") or {}).values():
        return True, media_type, values.resolve(example).get("value")
    return False, media_type, None


def _served(prism: PrismMock, raw: httpx.Client, call: PlannedCall) -> httpx.Response:
    """Prism's answer to the same request sent raw, asking for the success status (its example for it)."""
    headers = {
        "Authorization": f"Bearer {TOKEN}",
        "Accept": call.operation.accept,
        "Prefer": f"code={call.success_status}",
        **call.headers,
    }
    content = None
    if call.body is not None:
        if isinstance(call.body, bytes):
            content, headers["Content-Type"] = call.body, "application/octet-stream"
        else:
            content, headers["Content-Type"] = json.dumps(call.body).encode(), "application/json"
    response = raw.request(
        call.operation.method,
        prism.url + call.raw_path(),
        params=call.query,
        headers=headers,
        content=content,
        timeout=30,
    )
    assert response.status_code == int(call.success_status or 0), (
        f"Prism answered the raw request for {call.name} with {response.status_code}: {response.text[:500]}"
    )
    return response


def _expected(values: SpecValues, prism: PrismMock, raw: httpx.Client, call: PlannedCall) -> Any:
    """What the facade must return for the call: the spec's example, else what Prism serves for it."""
    documented, media_type, example = _spec_example(values, call)
    if media_type is None:
        return None
    if documented:
        return example
    served = _served(prism, raw, call)
    if re.match(r"^application/(.+\+)?json", media_type):
        return served.json()
    if media_type.startswith("text/") or media_type in ("application/yaml", "application/x-yaml", "application/csv"):
        return served.text
    return served.content


# --- fixtures ------------------------------------------------------------------------------------------


@dataclass
class Contract:
    """What every test of the module shares: the spec's values, Prism and its log, a client on it."""

    values: SpecValues
    prism: PrismMock
    log: PrismLog
    client: Client
    raw: httpx.Client
    """A plain httpx client, for asking Prism what it serves (no facade in the way)."""

    def expected(self, call: PlannedCall) -> Any:
        return _expected(self.values, self.prism, self.raw, call)


@pytest.fixture(scope="module")
def contract(prism: PrismMock) -> Iterator[Contract]:
    """The module's one client (every server pointed at Prism, no retries: one request per call), and the rest."""
    if not SPEC.exists():
        pytest.skip(f"{SPEC.relative_to(ROOT)} is missing: run `make spec`")
    values = SpecValues(load_spec(SPEC))
    with (
        Client(
            TOKEN, endpoint=prism.url, inference_endpoint=prism.url, agent_endpoint=prism.url, retry_total=0, timeout=60
        ) as client,
        httpx.Client(timeout=30) as raw,
    ):
        yield Contract(values, prism, PrismLog(prism), client, raw)


def _check_exchange(call: PlannedCall, exchange: Exchange) -> None:
    """Prism received the one request, at the operation's path with the values sent, and its validator passed it."""
    detail = "\n".join(exchange.lines[-40:])
    assert len(exchange.received) == 1, f"{call.name}: Prism received {exchange.received}, not one request:\n{detail}"
    method, path = exchange.received[0]
    assert method == call.operation.method, f"{call.name}: Prism received {method} {path}"
    match = call.path_pattern().match(path)
    assert match, f"{call.name}: Prism received {path}, not the path {call.operation.path}"
    sent = [unquote(segment) for segment in match.groups()]
    names = re.findall(r"{([^}]+)}", call.operation.path)
    assert sent == [str(call.path_values[n]) for n in names], f"{call.name}: path values {sent} were sent"
    assert not exchange.request_violations, f"{call.name}: Prism flagged the request:\n{detail}"
    assert exchange.passed, f"{call.name}: no validator verdict for the request in Prism's log:\n{detail}"


def _check_value(call: PlannedCall, value: Any, expected: Any) -> None:
    kind = call.operation.returns
    if expected is None:
        assert value is None, f"{call.name}: an empty answer must return None, got {type(value).__name__}"
    elif isinstance(expected, bytes):
        assert isinstance(value, bytes), f"{call.name}: a binary answer must return bytes, got {type(value).__name__}"
        assert value == expected
    elif kind == "text":
        assert isinstance(value, str), f"{call.name}: a text answer must return str, got {type(value).__name__}"
        assert value == expected
    else:
        assert value == expected, f"{call.name}: the facade returned another value than Prism's example"


def _call_special(call: PlannedCall, special: SpecialCase, group: Any, prism_log: PrismLog) -> None:
    """Run a special case's call and check its expectation (see SpecialCase)."""
    offset = prism_log.offset()
    headers = {} if special.error_status is None else {"Prefer": f"code={special.error_status}"}
    with pytest.raises(HttpResponseError) as raised:
        getattr(group, call.method)(**call.arguments, headers=headers)
    exchange = prism_log.exchange(offset)
    if special.request_violation is not None:
        flagged = [line.split("Violation: ", 1)[1] for line in exchange.request_violations]
        assert flagged == [special.request_violation], (
            f"{call.name}: expected Prism to flag only {special.request_violation!r} ({special.reason}); "
            f"it flagged {flagged} and answered {raised.value.status_code}"
        )
        return
    assert not exchange.request_violations, f"{call.name}: Prism flagged the request: {exchange.request_violations}"
    assert exchange.passed, f"{call.name}: no validator verdict for the request in Prism's log"
    assert raised.value.status_code == special.error_status
    assert raised.value.error_id == special.error_id


# --- the tests -------------------------------------------------------------------------------------------


def test_every_spec_operation_is_a_client_method_once(contract: Contract) -> None:
    by_id = {operation.operation_id: name for name, operation in OPERATIONS.items()}
    assert len(by_id) == len(OPERATIONS)
    assert sorted(by_id) == sorted(op.operation_id for op in contract.values.operations())


def test_special_cases_name_real_operations() -> None:
    assert set(SPECIAL_CASES) <= set(OPERATIONS)
    for name, special in SPECIAL_CASES.items():
        expectations = [special.request_violation is not None, special.error_status is not None]
        assert sum(expectations) == 1, f"{name}: a special case checks exactly one expectation"


def _prism_refused(call: PlannedCall, error: HttpResponseError, log: PrismLog, offset: int) -> str:
    lines = "\n".join(log.exchange(offset).lines[-30:])
    body = f" (body: {call.body_source})" if call.body_source else ""
    return f"{call.name}: Prism answered {error.status_code}{body}: {error}\nPrism's log:\n{lines}"


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_operation(name: str, contract: Contract) -> None:
    call = _plan(contract.values, name)
    group = getattr(contract.client, call.group)
    special = SPECIAL_CASES.get(name)
    if special is not None:
        _call_special(call, special, group, contract.log)
        return
    offset = contract.log.offset()
    try:
        value = getattr(group, call.method)(**call.arguments)
    except HttpResponseError as error:
        pytest.fail(_prism_refused(call, error, contract.log, offset))
    _check_exchange(call, contract.log.exchange(offset))
    _check_value(call, value, contract.expected(call))


def _async_sample() -> list[str]:
    """One operation per group: its first that takes a path parameter or a body, else its first."""
    by_group: dict[str, list[str]] = {}
    for name in OPERATIONS:
        if name not in SPECIAL_CASES:
            by_group.setdefault(name.split(".", 1)[0], []).append(name)
    sample = []
    for names in by_group.values():
        rich = [n for n in names if OPERATIONS[n].path_parameters or OPERATIONS[n].body is not None]
        sample.append((rich or names)[0])
    return sorted(sample)


@pytest.mark.parametrize("name", _async_sample())
def test_operation_async(name: str, contract: Contract) -> None:
    call = _plan(contract.values, name)
    url = contract.prism.url
    offset = contract.log.offset()

    async def invoke() -> Any:
        async with AsyncClient(
            TOKEN, endpoint=url, inference_endpoint=url, agent_endpoint=url, retry_total=0
        ) as client:
            return await getattr(getattr(client, call.group), call.method)(**call.arguments)

    try:
        value = asyncio.run(invoke())
    except HttpResponseError as error:
        pytest.fail(_prism_refused(call, error, contract.log, offset))
    _check_exchange(call, contract.log.exchange(offset))
    _check_value(call, value, contract.expected(call))
