"""FakeDigitalOcean's behaviour, through raw HTTP: apps, restarts, deployments, errors, headers, recording."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pydo_facade.testing import FakeDigitalOcean

UTC_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
NOT_FOUND = {"id": "not_found", "message": "The resource you were accessing could not be found."}


def restart(api: httpx.Client, app_id: str, components: list[str] | None = None) -> dict[str, Any]:
    body = {"components": components} if components is not None else None
    response = api.post(f"/v2/apps/{app_id}/restart", json=body)
    assert response.status_code == 200, response.text
    deployment: dict[str, Any] = response.json()["deployment"]
    return deployment


def poll(api: httpx.Client, app_id: str, deployment_id: str) -> dict[str, Any]:
    response = api.get(f"/v2/apps/{app_id}/deployments/{deployment_id}")
    assert response.status_code == 200, response.text
    deployment: dict[str, Any] = response.json()["deployment"]
    return deployment


def leaves(steps: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for step in steps:
        if step.get("steps"):
            yield from leaves(step["steps"])
        else:
            yield step


def without_request_id(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key != "request_id"}


# -- lifecycle -----------------------------------------------------------------------------------------


def test_url_is_plain_http_on_a_loopback_port(fake: FakeDigitalOcean) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", fake.url)


def test_url_before_start_raises_runtime_error() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = FakeDigitalOcean().url


def test_start_and_stop_work_without_a_with_block() -> None:
    fake = FakeDigitalOcean().start()
    try:
        assert httpx.get(fake.url + "/v2/apps/x", timeout=5).status_code == 401
    finally:
        fake.stop()
    fake.stop()  # a second stop is a no-op


def test_stop_closes_kept_alive_connections_promptly() -> None:
    fake = FakeDigitalOcean().start()
    with httpx.Client(base_url=fake.url, timeout=5) as client:
        client.get("/v2/apps/x")  # leaves a kept-alive connection in the pool
        started = time.monotonic()
        fake.stop()
        assert time.monotonic() - started < 2
        with pytest.raises(httpx.TransportError):
            client.get("/v2/apps/x")


def test_state_stays_readable_after_stop() -> None:
    with FakeDigitalOcean() as fake:
        httpx.get(fake.url + "/v2/apps/x", timeout=5)
    assert [request.path for request in fake.requests] == ["/v2/apps/x"]


def test_import_pydo_facade_does_not_import_the_fake() -> None:
    code = "import sys, pydo_facade; print('pydo_facade.testing' in sys.modules, 'http.server' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


# -- apps ----------------------------------------------------------------------------------------------


def test_add_app_defaults_to_a_generated_name_and_one_web_service(fake: FakeDigitalOcean) -> None:
    app = fake.add_app()
    assert UUID.match(app["id"])
    assert app["spec"]["name"] == "sample-app-1"
    assert [service["name"] for service in app["spec"]["services"]] == ["web"]


def test_add_app_makes_one_service_per_component(fake: FakeDigitalOcean) -> None:
    app = fake.add_app(name="shop", components=["web", "worker"])
    assert app["spec"]["name"] == "shop"
    assert [service["name"] for service in app["spec"]["services"]] == ["web", "worker"]


def test_add_app_starts_with_an_active_deployment(fake: FakeDigitalOcean) -> None:
    app = fake.add_app()
    assert app["active_deployment"]["phase"] == "ACTIVE"
    assert "in_progress_deployment" not in app


def test_add_app_takes_the_id_the_code_under_test_uses(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(id="b6bdf840", components=["web"])
    assert app["id"] == "b6bdf840"
    restarted = api.post("/v2/apps/b6bdf840/restart", json={"components": ["web"]})
    assert restarted.status_code == 200, restarted.text
    assert api.get("/v2/apps/b6bdf840").json()["app"]["id"] == "b6bdf840"


@pytest.mark.parametrize(
    ("app_id", "error"),
    [(1, TypeError), (b"b6bdf840", TypeError), ("", ValueError), ("a/b", ValueError), ("x" * 65, ValueError)],
)
def test_add_app_refuses_an_id_that_cannot_be_a_path_segment(
    fake: FakeDigitalOcean, app_id: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="id"):
        fake.add_app(id=app_id)
    assert fake.add_app()["id"] != app_id


def test_add_app_refuses_an_id_already_taken(fake: FakeDigitalOcean) -> None:
    fake.add_app(id="b6bdf840")
    with pytest.raises(ValueError, match="already has an app with id 'b6bdf840'"):
        fake.add_app(id="b6bdf840")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"name": "Not_Valid"}, ValueError),
        ({"components": ["web", "web"]}, ValueError),
        ({"components": []}, ValueError),
        ({"components": ["x"]}, ValueError),
        ({"components": "web"}, TypeError),
    ],
)
def test_add_app_rejects_what_digitalocean_would_not_accept(
    fake: FakeDigitalOcean, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        fake.add_app(**kwargs)


def test_get_app_answers_the_app_under_app(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(name="shop")
    response = api.get(f"/v2/apps/{app['id']}")
    assert response.status_code == 200
    assert response.json()["app"]["spec"] == app["spec"]


def test_get_app_shows_a_running_restart_as_in_progress_deployment(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app()
    deployment = restart(api, app["id"])
    shown = api.get(f"/v2/apps/{app['id']}").json()["app"]
    assert shown["in_progress_deployment"]["id"] == deployment["id"]
    assert shown["active_deployment"]["id"] == app["active_deployment"]["id"]


# -- restart -------------------------------------------------------------------------------------------


def test_restart_answers_a_new_pending_deploy_deployment(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(name="shop")
    deployment = restart(api, app["id"], ["web"])
    assert UUID.match(deployment["id"])
    assert deployment["phase"] == "PENDING_DEPLOY"
    assert deployment["spec"]["name"] == "shop"
    assert deployment["tier_slug"] == "basic"
    assert deployment["cause"] == "restart of web"
    for stamp in ("created_at", "updated_at", "phase_last_updated_at"):
        assert UTC_Z.match(deployment[stamp]), stamp


def test_restart_progress_has_deploy_and_wait_steps_for_each_restarted_component(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    app = fake.add_app(components=["web", "worker", "api"])
    deployment = restart(api, app["id"], ["web", "api"])
    progress = deployment["progress"]
    steps = [(step.get("component_name"), step["name"]) for step in leaves(progress["steps"])]
    assert steps == [
        (None, "initialize"),
        ("web", "deploy"),
        ("web", "wait"),
        ("api", "deploy"),
        ("api", "wait"),
        (None, "finalize"),
    ]
    assert progress["total_steps"] == progress["pending_steps"] == 6


def test_restart_lists_every_service_of_the_app(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(components=["web", "worker"])
    deployment = restart(api, app["id"], ["web"])
    assert [service["name"] for service in deployment["services"]] == ["web", "worker"]


def test_restart_without_a_body_restarts_every_component(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(components=["web", "worker"])
    response = api.post(f"/v2/apps/{app['id']}/restart")
    components = {step.get("component_name") for step in leaves(response.json()["deployment"]["progress"]["steps"])}
    assert components == {None, "web", "worker"}


def test_restart_with_empty_components_restarts_every_component(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(components=["web", "worker"])
    deployment = restart(api, app["id"], [])
    assert deployment["progress"]["total_steps"] == 6


def test_restart_accepts_a_chunked_body(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(components=["web", "worker"])
    response = api.post(f"/v2/apps/{app['id']}/restart", content=iter([b'{"components": ', b'["worker"]}']))
    assert response.status_code == 200
    assert fake.requests[-1].json == {"components": ["worker"]}


# -- deployments ---------------------------------------------------------------------------------------


def test_deployment_phase_advances_on_each_get_and_stays_active(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app()
    deployment = restart(api, app["id"])
    phases = [poll(api, app["id"], deployment["id"])["phase"] for _ in range(3)]
    assert phases == ["DEPLOYING", "ACTIVE", "ACTIVE"]


def test_progress_counts_advance_with_the_phase(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(components=["web", "worker"])
    deployment = restart(api, app["id"])
    deploying = poll(api, app["id"], deployment["id"])["progress"]
    active = poll(api, app["id"], deployment["id"])["progress"]
    assert (deploying["success_steps"], deploying["running_steps"], deploying["pending_steps"]) == (3, 1, 2)
    assert active["success_steps"] == active["total_steps"] == 6
    assert {step["status"] for step in leaves(active["steps"])} == {"SUCCESS"}


def test_deploying_progress_has_one_running_step_with_its_component(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(components=["web"])
    deployment = restart(api, app["id"])
    running = [step for step in leaves(poll(api, app["id"], deployment["id"])["progress"]["steps"])]
    running = [step for step in running if step["status"] == "RUNNING"]
    assert [(step["component_name"], step["name"]) for step in running] == [("web", "wait")]


def test_progress_leaves_out_zero_counters_like_digitalocean(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app()
    progress = restart(api, app["id"])["progress"]
    assert set(progress) == {"pending_steps", "total_steps", "steps"}


# -- scripted phases -----------------------------------------------------------------------------------


def test_script_phases_error_puts_the_reason_on_the_failing_step(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    reason = {"code": "HealthChecksFailed", "message": "web failed its health checks"}
    fake.script_phases(["PENDING_DEPLOY", "DEPLOYING", "ERROR"], reason=reason)
    app = fake.add_app(components=["web"])
    deployment = restart(api, app["id"])
    poll(api, app["id"], deployment["id"])
    failed = poll(api, app["id"], deployment["id"])
    assert failed["phase"] == "ERROR"
    assert failed["progress"]["error_steps"] == 1
    failing = [step for step in leaves(failed["progress"]["steps"]) if step["status"] == "ERROR"]
    assert [(step["component_name"], step["reason"]) for step in failing] == [("web", reason)]
    assert failed["progress"]["steps"][0]["status"] == "ERROR"


def test_script_phases_error_without_reason_has_a_failing_step_without_reason(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    fake.script_phases(["PENDING_DEPLOY", "ERROR"])
    app = fake.add_app(components=["web"])
    failed = poll(api, app["id"], restart(api, app["id"])["id"])
    failing = [step for step in leaves(failed["progress"]["steps"]) if step["status"] == "ERROR"]
    assert len(failing) == 1
    assert "reason" not in failing[0]


@pytest.mark.parametrize("phase", ["CANCELED", "SUPERSEDED"])
def test_script_phases_can_end_a_deployment_canceled_or_superseded(
    fake: FakeDigitalOcean, api: httpx.Client, phase: str
) -> None:
    fake.script_phases(["PENDING_DEPLOY", "DEPLOYING", phase])
    app = fake.add_app()
    deployment = restart(api, app["id"])
    phases = [poll(api, app["id"], deployment["id"])["phase"] for _ in range(3)]
    assert phases == ["DEPLOYING", phase, phase]


def test_script_phases_serves_a_phase_the_spec_does_not_know_as_running(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    fake.script_phases(["PENDING_DEPLOY", "WARMING_UP", "ACTIVE"])
    app = fake.add_app()
    deployment = restart(api, app["id"])
    warming = poll(api, app["id"], deployment["id"])
    assert warming["phase"] == "WARMING_UP"
    assert warming["progress"]["running_steps"] == 1
    assert poll(api, app["id"], deployment["id"])["phase"] == "ACTIVE"


def test_script_phases_last_phase_stays_so_a_deployment_can_run_forever(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    fake.script_phases(["PENDING_DEPLOY", "DEPLOYING"])
    app = fake.add_app(components=["web"])
    deployment = restart(api, app["id"])
    polled = [poll(api, app["id"], deployment["id"]) for _ in range(10)]
    assert {d["phase"] for d in polled} == {"DEPLOYING"}
    assert polled[-1]["progress"]["success_steps"] == polled[-1]["progress"]["total_steps"] - 1


def test_more_deploying_phases_make_progress_advance_in_smaller_steps(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    fake.script_phases(["PENDING_DEPLOY", *["DEPLOYING"] * 5, "ACTIVE"])
    app = fake.add_app(components=["web", "worker"])
    deployment = restart(api, app["id"])
    done = [poll(api, app["id"], deployment["id"])["progress"].get("success_steps", 0) for _ in range(6)]
    assert done == [1, 2, 3, 4, 5, 6]


def test_script_phases_applies_to_the_next_restart_only(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.script_phases(["DEPLOYING", "ERROR"])
    app = fake.add_app()
    scripted = restart(api, app["id"])
    default = restart(api, app["id"])
    assert (scripted["phase"], default["phase"]) == ("DEPLOYING", "PENDING_DEPLOY")
    assert poll(api, app["id"], scripted["id"])["phase"] == "ERROR"


@pytest.mark.parametrize(
    ("phases", "reason"),
    [([], None), ("ACTIVE", None), (["ACTIVE", ""], None), (["DEPLOYING", "ACTIVE"], {"code": "x", "message": "y"})],
)
def test_script_phases_rejects_scripts_that_cannot_be_served(
    fake: FakeDigitalOcean, phases: Any, reason: dict[str, str] | None
) -> None:
    with pytest.raises(ValueError, match="phase"):
        fake.script_phases(phases, reason=reason)


# -- errors --------------------------------------------------------------------------------------------


def test_restart_of_an_unknown_app_is_404_with_digitaloceans_body(api: httpx.Client) -> None:
    response = api.post("/v2/apps/4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf/restart", json={})
    assert response.status_code == 404
    assert without_request_id(response.json()) == NOT_FOUND


def test_get_of_an_unknown_deployment_is_404(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app()
    response = api.get(f"/v2/apps/{app['id']}/deployments/3aa4d20e-5527-4c00-b496-601fbd22520a")
    assert response.status_code == 404
    assert without_request_id(response.json()) == NOT_FOUND


def test_get_of_a_deployment_under_another_app_is_404(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app, other = fake.add_app(), fake.add_app()
    deployment = restart(api, app["id"])
    assert api.get(f"/v2/apps/{other['id']}/deployments/{deployment['id']}").status_code == 404


def test_get_of_an_unknown_app_is_404(api: httpx.Client) -> None:
    assert api.get("/v2/apps/nope").status_code == 404


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", "test-token", "Basic dGVzdC10b2tlbg=="])
def test_missing_or_wrong_token_is_401(fake: FakeDigitalOcean, authorization: str | None) -> None:
    app = fake.add_app()
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.post(f"{fake.url}/v2/apps/{app['id']}/restart", headers=headers, timeout=5)
    assert response.status_code == 401
    assert without_request_id(response.json()) == {"id": "unauthorized", "message": "Unable to authenticate you."}


def test_restart_of_a_component_the_app_does_not_have_is_400_bad_request(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    app = fake.add_app(name="shop", components=["web"])
    response = api.post(f"/v2/apps/{app['id']}/restart", json={"components": ["web", "worker"]})
    assert response.status_code == 400
    assert without_request_id(response.json()) == {
        "id": "bad_request",
        "message": "app shop has no component named worker",
    }


def test_a_body_that_is_not_json_is_400_error_parsing_request_body(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app()
    headers = {"content-type": "application/json"}
    response = api.post(f"/v2/apps/{app['id']}/restart", content=b"{not json", headers=headers)
    assert response.status_code == 400
    assert without_request_id(response.json()) == {"id": "bad_request", "message": "error parsing request body"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[]", "request body: [] is not of type 'object'"),
        (b'{"components": "web"}', "request body field 'components': 'web' is not of type 'array'"),
        (b'{"components": [1]}', "request body field 'components[0]': 1 is not of type 'string'"),
    ],
)
def test_a_body_that_is_not_a_restart_request_is_400_naming_the_field(
    fake: FakeDigitalOcean, api: httpx.Client, body: bytes, message: str
) -> None:
    app = fake.add_app()
    response = api.post(f"/v2/apps/{app['id']}/restart", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert without_request_id(response.json()) == {"id": "bad_request", "message": message}


def test_a_path_no_operation_of_the_spec_has_is_404_naming_it(api: httpx.Client) -> None:
    response = api.get("/v2/nowhere/at/all")
    assert response.status_code == 404
    assert response.json()["id"] == "not_found"
    assert "/v2/nowhere/at/all" in response.json()["message"]


def test_a_method_the_spec_does_not_have_on_a_known_path_is_405_with_allow(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    app = fake.add_app()
    response = api.get(f"/v2/apps/{app['id']}/restart")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["id"] == "method_not_allowed"


# -- headers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "authorized"),
    [
        ("POST", "/v2/apps/{app_id}/restart", True),
        ("GET", "/v2/apps/{app_id}", True),
        ("GET", "/v2/apps/nope/deployments/nope", True),
        ("GET", "/v2/apps/{app_id}", False),
        ("GET", "/nowhere", True),
    ],
)
def test_every_response_carries_ratelimit_headers_a_request_id_and_json(
    fake: FakeDigitalOcean, method: str, path: str, authorized: bool
) -> None:
    app = fake.add_app()
    headers = {"Authorization": f"Bearer {fake.token}"} if authorized else {}
    response = httpx.request(method, fake.url + path.format(app_id=app["id"]), headers=headers, timeout=5)
    assert int(response.headers["ratelimit-limit"]) == 5000
    assert 0 <= int(response.headers["ratelimit-remaining"]) < 5000
    assert int(response.headers["ratelimit-reset"]) > time.time()
    assert UUID.match(response.headers["x-request-id"])
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.json(), dict)


def test_ratelimit_remaining_decreases_with_each_request(api: httpx.Client) -> None:
    remaining = [int(api.get("/v2/apps/x").headers["ratelimit-remaining"]) for _ in range(3)]
    assert remaining == [4999, 4998, 4997]


def test_set_ratelimit_sets_the_budget_the_next_answers_report(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.set_ratelimit(2, limit=250)
    answers = [api.get("/v2/apps/x").headers for _ in range(3)]
    assert [(h["ratelimit-limit"], h["ratelimit-remaining"]) for h in answers] == [
        ("250", "1"),
        ("250", "0"),
        ("250", "0"),
    ]


def test_error_bodies_carry_the_request_id_of_their_header(api: httpx.Client) -> None:
    response = api.get("/v2/apps/nope")
    assert response.json()["request_id"] == response.headers["x-request-id"]


# -- recorded requests ---------------------------------------------------------------------------------


def test_requests_records_method_path_and_json_body(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app(components=["web", "worker"])
    restart(api, app["id"], ["worker"])
    api.get(f"/v2/apps/{app['id']}", params={"name": "x"})
    first, second = fake.requests
    assert (first.method, first.path, first.json) == (
        "POST",
        f"/v2/apps/{app['id']}/restart",
        {"components": ["worker"]},
    )
    assert (second.method, second.path, second.json, second.body) == ("GET", f"/v2/apps/{app['id']}", None, b"")


def test_requests_redacts_the_token_and_lowercases_header_names(api: httpx.Client, fake: FakeDigitalOcean) -> None:
    api.get("/v2/apps/x", headers={"X-Custom": "yes"})
    headers = fake.requests[0].headers
    assert headers["authorization"] == "Bearer ***"
    assert headers["x-custom"] == "yes"
    assert fake.token not in repr(fake.requests)


def test_requests_keeps_a_body_that_is_not_json_raw(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    api.post("/v2/apps/x/restart", content=b"{oops")
    assert (fake.requests[0].json, fake.requests[0].body) == (None, b"{oops")


def test_requests_is_a_snapshot(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    seen = fake.requests
    api.get("/v2/apps/x")
    assert (len(seen), len(fake.requests)) == (0, 1)


# -- injected failures ---------------------------------------------------------------------------------


def test_fail_next_answers_the_next_request_with_the_status_then_recovers(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    app = fake.add_app()
    fake.fail_next(503)
    assert api.post(f"/v2/apps/{app['id']}/restart").status_code == 503
    assert api.post(f"/v2/apps/{app['id']}/restart").status_code == 200


def test_fail_next_default_body_is_digitaloceans_error_body(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.fail_next(500)
    response = api.get("/v2/apps/x")
    assert response.json() == {
        "id": "server_error",
        "message": "Unexpected server-side error",
        "request_id": response.headers["x-request-id"],
    }


def test_fail_next_times_fails_that_many_requests(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app()
    fake.fail_next(502, times=2)
    statuses = [api.get(f"/v2/apps/{app['id']}").status_code for _ in range(3)]
    assert statuses == [502, 502, 200]


def test_fail_next_calls_queue_up_in_order(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app()
    fake.fail_next(429)
    fake.fail_next(504)
    statuses = [api.get(f"/v2/apps/{app['id']}").status_code for _ in range(3)]
    assert statuses == [429, 504, 200]


def test_fail_next_comes_before_the_token_check(fake: FakeDigitalOcean) -> None:
    fake.fail_next(503)
    assert httpx.get(fake.url + "/v2/apps/x", timeout=5).status_code == 503


@pytest.mark.parametrize(("retry_after", "header"), [(1, "1"), (0.25, "0.25"), ("Wed, 21 Oct 2026 07:28:00 GMT", None)])
def test_fail_next_retry_after_sets_the_retry_after_header(
    fake: FakeDigitalOcean, api: httpx.Client, retry_after: float | str, header: str | None
) -> None:
    fake.fail_next(429, retry_after=retry_after)
    response = api.get("/v2/apps/x")
    assert response.headers["retry-after"] == (header or retry_after)


def test_fail_next_429_reports_no_remaining_ratelimit(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.fail_next(429)
    response = api.get("/v2/apps/x")
    assert response.headers["ratelimit-remaining"] == "0"
    assert response.json()["id"] == "too_many_requests"


def test_fail_next_sends_a_given_json_body_and_headers(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.fail_next(422, body={"id": "unprocessable_entity", "message": "nope"}, headers={"X-Extra": "1"})
    response = api.get("/v2/apps/x")
    assert (response.status_code, response.json(), response.headers["x-extra"]) == (
        422,
        {"id": "unprocessable_entity", "message": "nope"},
        "1",
    )


def test_fail_next_sends_a_text_body_as_is(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.fail_next(502, body="<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})
    response = api.get("/v2/apps/x")
    assert (response.text, response.headers["content-type"]) == ("<html>Bad Gateway</html>", "text/html")


@pytest.mark.parametrize("kwargs", [{"status": 99}, {"status": 600}, {"status": 500, "times": 0}])
def test_fail_next_rejects_impossible_failures(fake: FakeDigitalOcean, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must be"):
        fake.fail_next(**kwargs)


# -- concurrency ---------------------------------------------------------------------------------------


def test_concurrent_restarts_and_polls_are_all_recorded_and_answered(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    app = fake.add_app()
    statuses: list[int] = []

    def restart_and_poll() -> None:
        with httpx.Client(base_url=fake.url, headers={"Authorization": f"Bearer {fake.token}"}, timeout=10) as client:
            for _ in range(5):
                deployment = client.post(f"/v2/apps/{app['id']}/restart").json()["deployment"]
                statuses.append(client.get(f"/v2/apps/{app['id']}/deployments/{deployment['id']}").status_code)

    threads = [threading.Thread(target=restart_and_poll) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 40
    assert len(fake.requests) == 80
    remaining = int(api.get("/v2/apps/x").headers["ratelimit-remaining"])
    assert remaining == 5000 - 81
