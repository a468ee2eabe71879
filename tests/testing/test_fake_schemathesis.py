"""Schemathesis fuzzes FakeDigitalOcean's two Apps operations: no server errors, every answer conforms to the spec.

Schemathesis generates requests from the bundled spec (valid ones and, in negative mode, invalid ones), with
random app and deployment ids (the fake answers 404, which the spec documents) and with the ids of apps and
deployments the fake has (so restarts and polls succeed too). Bounded by `max_examples`: about 20 s here.
"""

from __future__ import annotations

from collections import Counter
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
SERVED = {RESTART: "post", GET_DEPLOYMENT: "get"}
CHECKS = [not_a_server_error, response_schema_conformance]
MODES = [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]
FUZZ = settings(
    max_examples=120,
    deadline=None,
    database=None,  # nothing written into the work tree; every run starts fresh
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def served_schema(openapi_spec: dict[str, Any]) -> schemathesis.BaseSchema:
    """The bundled spec cut down to the operations the fake serves (apps_restart, apps_get_deployment)."""
    paths = {path: {method: openapi_spec["paths"][path][method]} for path, method in SERVED.items()}
    assert [operation["operationId"] for methods in paths.values() for operation in methods.values()] == [
        "apps_restart",
        "apps_get_deployment",
    ]
    return schemathesis.openapi.from_dict({**openapi_spec, "paths": paths})


def fuzz(fake: FakeDigitalOcean, strategy: st.SearchStrategy[schemathesis.Case]) -> Counter[int]:
    """Send every generated case to the fake and run the two checks on its answer; returns the statuses seen."""
    statuses: Counter[int] = Counter()

    @FUZZ
    @given(case=strategy)
    def send(case: schemathesis.Case) -> None:
        response = case.call(base_url=fake.url, headers={"Authorization": f"Bearer {fake.token}"})
        statuses[response.status_code] += 1
        case.validate_response(response, checks=CHECKS)

    send()
    return statuses


def fake_restart(fake: FakeDigitalOcean, app_id: str) -> str:
    """Restart an app on the fake with a plain request; returns the new deployment's id."""
    response = httpx.post(
        f"{fake.url}/v2/apps/{app_id}/restart", headers={"Authorization": f"Bearer {fake.token}"}, timeout=10
    )
    response.raise_for_status()
    deployment_id: str = response.json()["deployment"]["id"]
    return deployment_id


def test_schemathesis_finds_no_fault_in_apps_restart(
    fake: FakeDigitalOcean, served_schema: schemathesis.BaseSchema
) -> None:
    app = fake.add_app(components=["web", "worker"])
    operation = served_schema[RESTART]["POST"]
    strategy = st.one_of(
        *[operation.as_strategy(mode) for mode in MODES],
        *[operation.as_strategy(mode, path_parameters={"app_id": app["id"]}) for mode in MODES],
    )
    statuses = fuzz(fake, strategy)
    assert {200, 400, 404} <= set(statuses), statuses


def test_schemathesis_finds_no_fault_in_apps_get_deployment(
    fake: FakeDigitalOcean, served_schema: schemathesis.BaseSchema
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
    operation = served_schema[GET_DEPLOYMENT]["GET"]
    known = [{"app_id": app["id"], "deployment_id": deployment_id} for deployment_id in ids]
    strategy = st.one_of(
        *[operation.as_strategy(mode) for mode in MODES],
        *[operation.as_strategy(mode, path_parameters={"app_id": app["id"]}) for mode in MODES],
        *[operation.as_strategy(mode, path_parameters=pair) for mode in MODES for pair in known],
    )
    statuses = fuzz(fake, strategy)
    assert {200, 404} <= set(statuses), statuses
