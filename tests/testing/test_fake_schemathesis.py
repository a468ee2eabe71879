"""Schemathesis fuzzes FakeDigitalOcean over the whole pinned spec: no server errors, every answer conforms to it.

Schemathesis generates requests from the bundled spec, valid ones and (in negative mode) invalid ones, for
every operation: the fake must never answer 5xx on its own, and every answer must be what the spec documents
for its status (a success body its schema accepts, or the documented error body). A few examples per mode and
operation keep it to a couple of minutes. The Apps operations the fake keeps state for are also fuzzed with the
ids of apps and deployments it has, so restarts and polls succeed as well as answering 404.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from pydo_facade.testing import FakeDigitalOcean

pytestmark = pytest.mark.slow

RESTART = "/v2/apps/{app_id}/restart"
GET_DEPLOYMENT = "/v2/apps/{app_id}/deployments/{deployment_id}"
CHECKS = [not_a_server_error, response_schema_conformance]
MODES = [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]
SETTINGS: dict[str, Any] = {
    "deadline": None,
    "database": None,  # nothing written into the work tree; every run starts fresh
    "derandomize": True,  # the same cases on every run: a failure here is reproducible
    "suppress_health_check": list(HealthCheck),
}
WHOLE_SPEC = settings(max_examples=6, **SETTINGS)
APPS = settings(max_examples=120, **{**SETTINGS, "derandomize": False})


def _operation_ids() -> list[str]:
    """Every operationId of the pinned spec, as the fake's description lists them (tests/testing checks that
    it lists exactly the spec's), read from its JSON: parsing the YAML spec here would slow every collection."""
    text = resources.files("pydo_generated").joinpath("fake_spec.json").read_text(encoding="utf-8")
    return [operation["id"] for operation in json.loads(text)["operations"]]


@pytest.fixture(scope="module")
def schema(openapi_spec: dict[str, Any]) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_dict(openapi_spec)


@pytest.fixture(scope="module")
def module_fake() -> Iterator[FakeDigitalOcean]:
    """One fake for the whole-spec run (its rate limit set out of reach: thousands of requests go to it)."""
    with FakeDigitalOcean() as fake:
        fake.set_ratelimit(10**9, limit=10**9, reset_in=3600)
        yield fake


def fuzz(fake: FakeDigitalOcean, strategy: st.SearchStrategy[schemathesis.Case], bound: Any) -> Counter[int]:
    """Send every generated case to the fake and run the two checks on its answer; returns the statuses seen."""
    statuses: Counter[int] = Counter()

    @bound
    @given(case=strategy)
    def send(case: schemathesis.Case) -> None:
        response = case.call(base_url=fake.url, headers={"Authorization": f"Bearer {fake.token}"})
        statuses[response.status_code] += 1
        case.validate_response(response, checks=CHECKS)

    send()
    return statuses


@pytest.mark.parametrize("operation_id", _operation_ids())
def test_schemathesis_finds_no_fault_in(
    operation_id: str, module_fake: FakeDigitalOcean, schema: schemathesis.BaseSchema
) -> None:
    operation = schema.find_operation_by_id(operation_id)
    strategy = st.one_of(*[operation.as_strategy(generation_mode=mode) for mode in MODES])
    fuzz(module_fake, strategy, WHOLE_SPEC)


def fake_restart(fake: FakeDigitalOcean, app_id: str) -> str:
    """Restart an app on the fake with a plain request; returns the new deployment's id."""
    response = httpx.post(
        f"{fake.url}/v2/apps/{app_id}/restart", headers={"Authorization": f"Bearer {fake.token}"}, timeout=10
    )
    response.raise_for_status()
    deployment_id: str = response.json()["deployment"]["id"]
    return deployment_id


def test_schemathesis_finds_no_fault_in_apps_restart_of_known_apps(
    fake: FakeDigitalOcean, schema: schemathesis.BaseSchema
) -> None:
    app = fake.add_app(components=["web", "worker"])
    operation = schema[RESTART]["POST"]
    strategy = st.one_of(
        *[operation.as_strategy(generation_mode=mode) for mode in MODES],
        *[operation.as_strategy(generation_mode=mode, path_parameters={"app_id": app["id"]}) for mode in MODES],
    )
    statuses = fuzz(fake, strategy, APPS)
    assert {200, 400, 404} <= set(statuses), statuses


def test_schemathesis_finds_no_fault_in_apps_get_deployment_of_known_deployments(
    fake: FakeDigitalOcean, schema: schemathesis.BaseSchema
) -> None:
    app = fake.add_app(components=["web", "worker"])
    ids = []
    for phases, reason in [
        (["PENDING_DEPLOY", "DEPLOYING", "ACTIVE"], None),
        (["PENDING_DEPLOY", "DEPLOYING", "ERROR"], {"code": "HealthChecksFailed", "message": "worker failed"}),
        (["PENDING_DEPLOY", "CANCELED"], None),
    ]:
        fake.script_phases(phases, reason=reason)
        ids.append(fake_restart(fake, app["id"]))
    operation = schema[GET_DEPLOYMENT]["GET"]
    known = [{"app_id": app["id"], "deployment_id": deployment_id} for deployment_id in ids]
    strategy = st.one_of(
        *[operation.as_strategy(generation_mode=mode) for mode in MODES],
        *[operation.as_strategy(generation_mode=mode, path_parameters={"app_id": app["id"]}) for mode in MODES],
        *[operation.as_strategy(generation_mode=mode, path_parameters=pair) for mode in MODES for pair in known],
    )
    statuses = fuzz(fake, strategy, APPS)
    assert {200, 404} <= set(statuses), statuses
