"""Every body FakeDigitalOcean produces validates against the bundled spec's response schemas (so it cannot drift)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import jsonschema
import pytest
from openapi_schemas import SpecResponses

from pydo_facade.testing import FakeDigitalOcean

RESTART = "/v2/apps/{app_id}/restart"
GET_DEPLOYMENT = "/v2/apps/{app_id}/deployments/{deployment_id}"
GET_APP = "/v2/apps/{id}"
STEP = "#/components/schemas/apps_deployment_progress_step"
# Every phase the spec knows, each as the last phase of a scripted deployment, with the phases that lead there.
SCRIPTS = [
    ["PENDING_BUILD", "BUILDING", "PENDING_DEPLOY", "DEPLOYING", "ACTIVE"],
    ["PENDING_DEPLOY", "DEPLOYING", "ERROR"],
    ["PENDING_DEPLOY", "DEPLOYING", "CANCELED"],
    ["PENDING_DEPLOY", "SUPERSEDED"],
    ["UNKNOWN", "ACTIVE"],
]
REASON = {"code": "HealthChecksFailed", "message": "web failed its health checks"}


def nested_steps(body: Any) -> Iterator[Any]:
    """The child steps inside every deployment's progress in `body`, at any depth below the top level."""
    if isinstance(body, dict):
        if isinstance(body.get("progress"), dict):
            pending = [child for step in body["progress"].get("steps", []) for child in step.get("steps", [])]
            while pending:
                step = pending.pop()
                yield step
                pending.extend(step.get("steps", []))
        for value in body.values():
            yield from nested_steps(value)


def check(spec_responses: SpecResponses, method: str, path: str, response: httpx.Response) -> None:
    """Validate `response`'s body against the spec's schema for its status; also its documented headers.

    The spec types a step's child steps only as `object`; they are steps too, so each one is also
    checked against the step schema (stricter than the spec, as the real API is).
    """
    assert response.headers["content-type"].startswith("application/json")
    spec_responses.validate(method, path, response.status_code, response.json())
    step_validator = spec_responses.validator(STEP)
    for step in nested_steps(response.json()):
        step_validator.validate(step)
    for header in ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"):
        assert re.fullmatch(r"\d+", response.headers[header]), header
    assert re.fullmatch(r"[0-9a-f-]{36}", response.headers["x-request-id"])


def test_restart_answers_match_the_spec(
    fake: FakeDigitalOcean, api: httpx.Client, spec_responses: SpecResponses
) -> None:
    app = fake.add_app(components=["web", "worker"])
    for body in (None, {}, {"components": ["worker"]}, {"components": []}):
        response = api.post(f"/v2/apps/{app['id']}/restart", json=body)
        assert response.status_code == 200
        check(spec_responses, "POST", RESTART, response)


@pytest.mark.parametrize("phases", SCRIPTS, ids=lambda phases: phases[-1])
def test_deployment_answers_match_the_spec_in_every_phase(
    fake: FakeDigitalOcean, api: httpx.Client, spec_responses: SpecResponses, phases: list[str]
) -> None:
    fake.script_phases(phases, reason=REASON if "ERROR" in phases else None)
    app = fake.add_app(components=["web", "worker"])
    started = api.post(f"/v2/apps/{app['id']}/restart").json()["deployment"]
    seen = []
    for _ in phases:
        response = api.get(f"/v2/apps/{app['id']}/deployments/{started['id']}")
        check(spec_responses, "GET", GET_DEPLOYMENT, response)
        seen.append(response.json()["deployment"]["phase"])
    assert seen[-1] == phases[-1]


def test_an_error_deployment_without_reason_matches_the_spec(
    fake: FakeDigitalOcean, api: httpx.Client, spec_responses: SpecResponses
) -> None:
    fake.script_phases(["PENDING_DEPLOY", "ERROR"])
    app = fake.add_app()
    started = api.post(f"/v2/apps/{app['id']}/restart").json()["deployment"]
    check(spec_responses, "GET", GET_DEPLOYMENT, api.get(f"/v2/apps/{app['id']}/deployments/{started['id']}"))


def test_app_answers_match_the_spec_before_during_and_after_a_restart(
    fake: FakeDigitalOcean, api: httpx.Client, spec_responses: SpecResponses
) -> None:
    app = fake.add_app(components=["web", "worker"])
    spec_responses.validate("GET", GET_APP, 200, {"app": app})
    started = api.post(f"/v2/apps/{app['id']}/restart").json()["deployment"]
    for _ in range(3):
        check(spec_responses, "GET", GET_APP, api.get(f"/v2/apps/{app['id']}"))
        api.get(f"/v2/apps/{app['id']}/deployments/{started['id']}")


def _unknown_app(fake: FakeDigitalOcean, api: httpx.Client) -> httpx.Response:
    return api.post("/v2/apps/4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf/restart")


def _unknown_deployment(fake: FakeDigitalOcean, api: httpx.Client) -> httpx.Response:
    return api.get(f"/v2/apps/{fake.add_app()['id']}/deployments/nope")


def _no_token(fake: FakeDigitalOcean, api: httpx.Client) -> httpx.Response:
    return api.post(f"/v2/apps/{fake.add_app()['id']}/restart", headers={"Authorization": ""})


def _unknown_component(fake: FakeDigitalOcean, api: httpx.Client) -> httpx.Response:
    return api.post(f"/v2/apps/{fake.add_app()['id']}/restart", json={"components": ["nope"]})


def _invalid_json(fake: FakeDigitalOcean, api: httpx.Client) -> httpx.Response:
    return api.post(f"/v2/apps/{fake.add_app()['id']}/restart", content=b"{")


def _failing(status: int) -> Callable[[FakeDigitalOcean, httpx.Client], httpx.Response]:
    def answer(fake: FakeDigitalOcean, api: httpx.Client) -> httpx.Response:
        fake.fail_next(status, retry_after=1)
        return api.post(f"/v2/apps/{fake.add_app()['id']}/restart")

    return answer


ERRORS: list[tuple[str, str, int, Callable[[FakeDigitalOcean, httpx.Client], httpx.Response]]] = [
    ("POST", RESTART, 404, _unknown_app),
    ("GET", GET_DEPLOYMENT, 404, _unknown_deployment),
    ("POST", RESTART, 401, _no_token),
    ("POST", RESTART, 400, _unknown_component),
    ("POST", RESTART, 400, _invalid_json),
    ("POST", RESTART, 429, _failing(429)),
    ("POST", RESTART, 500, _failing(500)),
    ("POST", RESTART, 503, _failing(503)),
]


@pytest.mark.parametrize("case", ERRORS, ids=[f"{status}-{provoke.__name__}" for _, _, status, provoke in ERRORS])
def test_error_answers_match_the_spec(
    fake: FakeDigitalOcean,
    api: httpx.Client,
    spec_responses: SpecResponses,
    case: tuple[str, str, int, Callable[[FakeDigitalOcean, httpx.Client], httpx.Response]],
) -> None:
    method, path, status, provoke = case
    response = provoke(fake, api)
    assert response.status_code == status
    check(spec_responses, method, path, response)


def test_the_answer_to_a_path_the_fake_does_not_serve_is_a_spec_error_body(
    api: httpx.Client, spec_responses: SpecResponses
) -> None:
    response = api.get("/v2/nowhere")
    assert response.status_code == 404
    spec_responses.validator("#/components/schemas/error").validate(response.json())


# -- the check itself can fail -------------------------------------------------------------------------


@pytest.fixture
def deployment_body(fake: FakeDigitalOcean, api: httpx.Client) -> dict[str, Any]:
    fake.script_phases(["PENDING_DEPLOY", "ERROR"], reason=REASON)
    app = fake.add_app()
    started = api.post(f"/v2/apps/{app['id']}/restart").json()["deployment"]
    body: dict[str, Any] = api.get(f"/v2/apps/{app['id']}/deployments/{started['id']}").json()
    return body


def _set(body: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of `body` with the value at a dotted path (numbers index lists) replaced."""
    changed = copy.deepcopy(body)
    *parents, last = [int(part) if part.isdigit() else part for part in path.split(".")]
    node: Any = changed
    for part in parents:
        node = node[part]
    node[last] = value
    return changed


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("deployment.progress.total_steps", "six"),
        ("deployment.phase", "QUEUED"),
        ("deployment.progress.steps.0.status", "DONE"),
        ("deployment.progress.steps.0.steps", "not a list"),
        ("deployment.spec.name", "Not A Valid Name"),
        ("deployment.services", {"name": "web"}),
    ],
)
def test_the_validator_rejects_a_deployment_body_that_breaks_the_spec(
    spec_responses: SpecResponses, deployment_body: dict[str, Any], path: str, value: Any
) -> None:
    spec_responses.validate("GET", GET_DEPLOYMENT, 200, deployment_body)  # the unchanged body passes
    with pytest.raises(jsonschema.ValidationError):
        spec_responses.validate("GET", GET_DEPLOYMENT, 200, _set(deployment_body, path, value))


def test_the_step_check_rejects_a_failing_steps_reason_with_a_wrong_type(
    spec_responses: SpecResponses, deployment_body: dict[str, Any]
) -> None:
    broken = copy.deepcopy(deployment_body)
    failing = [step for step in nested_steps(broken) if step["status"] == "ERROR" and "reason" in step]
    assert [step["reason"] for step in failing] == [REASON]
    failing[0]["reason"]["code"] = 42
    with pytest.raises(jsonschema.ValidationError):
        spec_responses.validator(STEP).validate(failing[0])


@pytest.mark.parametrize(
    "body", [{"id": "not_found"}, {"id": 404, "message": "gone"}, {"message": "The resource was not found."}]
)
def test_the_validator_rejects_an_error_body_that_breaks_the_spec(
    spec_responses: SpecResponses, body: dict[str, Any]
) -> None:
    with pytest.raises(jsonschema.ValidationError):
        spec_responses.validate("POST", RESTART, 404, body)


def test_a_scripted_phase_the_spec_does_not_know_is_off_spec_by_design(
    fake: FakeDigitalOcean, api: httpx.Client, spec_responses: SpecResponses
) -> None:
    fake.script_phases(["PENDING_DEPLOY", "WARMING_UP"])
    app = fake.add_app()
    started = api.post(f"/v2/apps/{app['id']}/restart").json()["deployment"]
    response = api.get(f"/v2/apps/{app['id']}/deployments/{started['id']}")
    with pytest.raises(jsonschema.ValidationError, match="WARMING_UP"):
        spec_responses.validate("GET", GET_DEPLOYMENT, 200, response.json())
