"""The facade against Prism serving DigitalOcean's own spec: requests pass its validation, answers map exactly."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from typing import Any, Protocol

import httpx
import pytest

from pydo_facade import AsyncClient, Client
from pydo_facade.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    ResourceNotFoundError,
    TooManyRequestsError,
)

pytestmark = pytest.mark.contract

TOKEN = "contract-test-token"  # Prism checks that a bearer token is sent, not which one
ERROR_CLASSES: dict[int, type[HttpResponseError]] = {
    401: ClientAuthenticationError,
    404: ResourceNotFoundError,
    429: TooManyRequestsError,
    500: HttpResponseError,
}


class CallFacade(Protocol):
    def __call__(self, operation: str, *args: Any, client_options: dict[str, Any] | None = ..., **kwargs: Any) -> Any:
        """Run client.apps.<operation>(*args, **kwargs) on a fresh client against Prism."""


@pytest.fixture(params=["sync", "async"])
def call_facade(request: pytest.FixtureRequest, prism_url: str) -> CallFacade:
    """One facade call on a fresh Client (sync) or AsyncClient (async, awaited) pointed at Prism."""

    def call(operation: str, *args: Any, client_options: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        options = {"endpoint": prism_url, **(client_options or {})}
        if request.param == "sync":
            with Client(TOKEN, **options) as client:
                return getattr(client.apps, operation)(*args, **kwargs)

        async def run() -> Any:
            async with AsyncClient(TOKEN, **options) as client:
                return await getattr(client.apps, operation)(*args, **kwargs)

        return asyncio.run(run())

    return call


def _app_id() -> str:
    """A fresh app id per request, so each request's lines in Prism's log are its own."""
    return str(uuid.uuid4())


def _as_json(value: Any) -> Any:
    """The value as it would travel over the wire (fails loudly on a YAML-only type such as a datetime)."""
    return json.loads(json.dumps(value))


# --- accepted requests return the spec's own example ----------------------------------------------


def test_restart_without_body_passes_prism_validation_and_returns_the_spec_example(
    call_facade: CallFacade, prism: Any, spec_example: Callable[[str, int], Any]
) -> None:
    app_id = _app_id()
    result = call_facade("restart", app_id)
    assert prism.violations("POST", f"/v2/apps/{app_id}/restart") == []
    assert result == _as_json(spec_example("apps_restart", 200))


def test_restart_with_components_passes_prism_validation_and_returns_the_spec_example(
    call_facade: CallFacade, prism: Any, spec_example: Callable[[str, int], Any]
) -> None:
    app_id = _app_id()
    result = call_facade("restart", app_id, body={"components": ["web", "worker"]})
    assert prism.violations("POST", f"/v2/apps/{app_id}/restart") == []
    assert result == _as_json(spec_example("apps_restart", 200))


def test_get_deployment_passes_prism_validation_and_returns_the_spec_example(
    call_facade: CallFacade, prism: Any, spec_example: Callable[[str, int], Any]
) -> None:
    app_id, deployment_id = _app_id(), str(uuid.uuid4())
    result = call_facade("get_deployment", app_id, deployment_id)
    assert prism.violations("GET", f"/v2/apps/{app_id}/deployments/{deployment_id}") == []
    assert result == _as_json(spec_example("apps_get_deployment", 200))


# --- documented error answers map to the exception classes, with DO's error body -------------------


@pytest.mark.parametrize("status", sorted(ERROR_CLASSES))
def test_restart_error_answer_raises_the_mapped_exception_with_the_spec_example_body(
    call_facade: CallFacade, spec_example: Callable[[str, int], Any], status: int
) -> None:
    example = spec_example("apps_restart", status)
    with pytest.raises(ERROR_CLASSES[status]) as raised:
        call_facade("restart", _app_id(), headers={"Prefer": f"code={status}"}, client_options={"retry_total": 0})
    assert type(raised.value) is ERROR_CLASSES[status]
    assert raised.value.status_code == status
    assert raised.value.error_id == example["id"]
    assert raised.value.message == example["message"]


@pytest.mark.parametrize("status", sorted(ERROR_CLASSES))
def test_get_deployment_error_answer_raises_the_mapped_exception_with_the_spec_example_body(
    call_facade: CallFacade, spec_example: Callable[[str, int], Any], status: int
) -> None:
    example = spec_example("apps_get_deployment", status)
    with pytest.raises(ERROR_CLASSES[status]) as raised:
        call_facade(
            "get_deployment",
            _app_id(),
            str(uuid.uuid4()),
            headers={"Prefer": f"code={status}"},
            client_options={"retry_total": 0},
        )
    assert type(raised.value) is ERROR_CLASSES[status]
    assert raised.value.status_code == status
    assert raised.value.error_id == example["id"]
    assert raised.value.message == example["message"]


def test_restart_500_is_sent_once_with_retries_on(call_facade: CallFacade, prism: Any) -> None:
    app_id = _app_id()
    with pytest.raises(HttpResponseError):
        call_facade("restart", app_id, headers={"Prefer": "code=500"}, client_options={"retry_backoff_factor": 0.01})
    assert prism.times_received("POST", f"/v2/apps/{app_id}/restart") == 1


def test_get_deployment_500_is_retried_retry_total_times(call_facade: CallFacade, prism: Any) -> None:
    app_id, deployment_id = _app_id(), str(uuid.uuid4())
    with pytest.raises(HttpResponseError) as raised:
        call_facade(
            "get_deployment",
            app_id,
            deployment_id,
            headers={"Prefer": "code=500"},
            client_options={"retry_total": 2, "retry_backoff_factor": 0.01},
        )
    assert raised.value.status_code == 500
    assert prism.times_received("GET", f"/v2/apps/{app_id}/deployments/{deployment_id}") == 3


# --- a body the spec forbids: refused locally; Prism would have said 422 ---------------------------


def test_components_not_a_list_is_refused_locally_and_prism_would_answer_422(
    call_facade: CallFacade, prism: Any
) -> None:
    body = {"components": "web"}
    app_id = _app_id()
    with pytest.raises((TypeError, ValueError)):
        call_facade("restart", app_id, body=body)
    assert prism.times_received("POST", f"/v2/apps/{app_id}/restart") == 0

    raw = httpx.post(
        f"{prism.url}/v2/apps/{app_id}/restart",
        json=body,
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=10,
    )
    assert raw.status_code == 422
    flagged = prism.violations("POST", f"/v2/apps/{app_id}/restart")
    assert any("components must be array" in line for line in flagged), flagged
