"""The extension point: a handler by operationId gets the checked request and the state, or leaves the spec's answer."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pydo_facade.testing import FakeDigitalOcean
from pydo_facade.testing._handlers import HANDLERS, Answer, Handler, HandlerRegistry, ParsedRequest
from pydo_facade.testing._state import FakeState


@pytest.fixture
def handle(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Install a handler for one test: ``handle("droplets_get", function)``; the registry is restored after."""

    def install(operation_id: str, handler: Handler) -> None:
        monkeypatch.setitem(HANDLERS._handlers, operation_id, handler)

    return install


def test_a_handler_answers_instead_of_the_spec(handle: Any, api: httpx.Client) -> None:
    handle("account_get", lambda request, state: Answer(200, {"account": {"email": "me@example.com"}}))
    assert api.get("/v2/account").json() == {"account": {"email": "me@example.com"}}


def test_a_handler_returning_none_leaves_the_spec_answer(handle: Any, api: httpx.Client) -> None:
    seen: list[str] = []
    handle("sizes_list", lambda request, state: seen.append(request.operation.name))
    response = api.get("/v2/sizes")
    assert (response.status_code, "sizes" in response.json(), seen) == (200, True, ["sizes.list"])


def test_a_handler_gets_parameters_typed_by_the_spec_and_the_parsed_body(handle: Any, api: httpx.Client) -> None:
    seen: list[ParsedRequest] = []
    handle("droplets_list", lambda request, state: seen.append(request))
    handle("droplets_create", lambda request, state: seen.append(request))
    api.get("/v2/droplets", params={"per_page": "5", "tag_name": "web"}, headers={"X-Extra": "1"})
    api.post("/v2/droplets", json={"name": "a", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"})
    listed, created = seen
    assert listed.query == {"per_page": 5, "tag_name": "web"}
    assert listed.headers["x-extra"] == "1"
    assert listed.headers["authorization"] == "Bearer ***"
    assert created.body == {"name": "a", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}


def test_a_handler_gets_an_integer_path_parameter_as_an_int(handle: Any, api: httpx.Client) -> None:
    seen: list[dict[str, Any]] = []
    handle("droplets_get", lambda request, state: seen.append(request.path_params))
    api.get("/v2/droplets/42")
    assert seen == [{"droplet_id": 42}]


def test_an_optional_json_body_left_out_reaches_the_handler_as_an_empty_object(handle: Any, api: httpx.Client) -> None:
    seen: list[Any] = []
    handle("apps_restart", lambda request, state: seen.append(request.body))  # its body is optional
    api.post("/v2/apps/some-app/restart")
    assert seen == [{}]


def test_an_optional_json_body_left_out_that_needs_fields_is_refused_naming_one(handle: Any, api: httpx.Client) -> None:
    seen: list[Any] = []
    handle("droplets_create", lambda request, state: seen.append(request.body))  # optional, but needs a name
    refused = api.post("/v2/droplets")
    assert (refused.status_code, refused.json()["id"]) == (400, "bad_request")
    assert refused.json()["message"] == "request body field 'name' is required"
    assert seen == []


def test_an_operation_without_a_handler_still_gets_the_spec_answer_without_its_body(api: httpx.Client) -> None:
    assert api.post("/v2/droplets/autoscale").status_code == 202  # autoscalepools_create: no handler, optional body


def test_an_invalid_request_never_reaches_the_handler(handle: Any, api: httpx.Client) -> None:
    seen: list[ParsedRequest] = []
    handle("droplets_get", lambda request, state: seen.append(request))
    assert api.get("/v2/droplets/not-a-number").status_code == 400
    assert seen == []


def test_a_handler_can_answer_the_documented_error_or_change_the_spec_answer(handle: Any, api: httpx.Client) -> None:
    def get_droplet(request: ParsedRequest, state: FakeState) -> Answer:
        if request.path_params["droplet_id"] != 1:
            return request.error(404)
        answer = request.spec_answer()
        answer.body["droplet"]["name"] = "renamed"
        return answer

    handle("droplets_get", get_droplet)
    missing = api.get("/v2/droplets/2")
    assert (missing.status_code, missing.json()["id"], missing.json()["request_id"]) == (
        404,
        "not_found",
        missing.headers["x-request-id"],
    )
    assert api.get("/v2/droplets/1").json()["droplet"]["name"] == "renamed"
    handle("droplets_get", lambda request, state: None)
    assert api.get("/v2/droplets/1").json()["droplet"]["name"] != "renamed"  # the spec's own answer is untouched


def test_a_handler_can_send_other_media_types_and_headers(handle: Any, api: httpx.Client) -> None:
    handle("account_get", lambda request, state: Answer(200, "plain", headers={"X-Fake": "yes"}))
    response = api.get("/v2/account")
    assert (response.text, response.headers["content-type"], response.headers["x-fake"]) == (
        "plain",
        "text/plain; charset=utf-8",
        "yes",
    )
    assert response.headers["ratelimit-remaining"]


def test_a_crashing_handler_is_a_500_naming_the_crash(handle: Any, api: httpx.Client) -> None:
    def crash(request: ParsedRequest, state: FakeState) -> Answer:
        raise KeyError("boom")

    handle("account_get", crash)
    response = api.get("/v2/account")
    assert response.status_code == 500
    assert "KeyError('boom')" in response.json()["message"]


def test_a_handler_for_an_operation_the_spec_does_not_have_fails_at_start(handle: Any) -> None:
    handle("droplets_teleport", lambda request, state: None)
    with pytest.raises(RuntimeError, match=r"handlers for operations the spec does not have: \['droplets_teleport'\]"):
        FakeDigitalOcean().start()


def test_an_operation_gets_one_handler_only() -> None:
    registry = HandlerRegistry()
    registry.register("account_get")(lambda request, state: None)
    with pytest.raises(ValueError, match="account_get already has a handler"):
        registry.register("account_get")(lambda request, state: None)
    assert list(registry) == ["account_get"]


def test_the_apps_family_registers_its_handlers() -> None:
    assert {"apps_restart", "apps_get_deployment", "apps_get"} <= set(HANDLERS)


def test_state_is_one_object_per_fake(fake: FakeDigitalOcean) -> None:
    other = FakeDigitalOcean()
    fake.add_app()
    assert (len(fake._state.apps.apps), len(other._state.apps.apps)) == (1, 0)
