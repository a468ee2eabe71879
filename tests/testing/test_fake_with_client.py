"""FakeDigitalOcean through the facade, as a downstream project's tests use it (the README's snippet)."""

from __future__ import annotations

import pytest

from pydo_facade import Client
from pydo_facade.exceptions import DeploymentFailedError, ResourceNotFoundError
from pydo_facade.testing import FakeDigitalOcean


def test_restart_then_wait_ends_active(fake_digitalocean: FakeDigitalOcean) -> None:
    app = fake_digitalocean.add_app(components=["web", "worker"])
    with Client(fake_digitalocean.token, endpoint=fake_digitalocean.url) as client:
        started = client.apps.restart(app["id"], body={"components": ["web"]})
        final = client.apps.wait_for_deployment(app["id"], started, poll_interval=0)
    assert final["phase"] == "ACTIVE"
    assert [(seen.method, seen.json) for seen in fake_digitalocean.requests][:1] == [("POST", {"components": ["web"]})]


def test_scripted_error_reaches_the_client_with_the_failing_steps_reason(
    fake_digitalocean: FakeDigitalOcean,
) -> None:
    fake_digitalocean.script_phases(
        ["PENDING_DEPLOY", "DEPLOYING", "ERROR"],
        reason={"code": "HealthChecksFailed", "message": "web failed its health checks"},
    )
    app = fake_digitalocean.add_app()
    with Client(fake_digitalocean.token, endpoint=fake_digitalocean.url) as client:
        started = client.apps.restart(app["id"])
        with pytest.raises(DeploymentFailedError) as failed:
            client.apps.wait_for_deployment(app["id"], started, poll_interval=0)
    assert failed.value.phase == "ERROR"
    assert failed.value.reason is not None
    assert "web failed its health checks" in failed.value.reason


def test_unknown_app_reaches_the_client_as_resource_not_found(fake_digitalocean: FakeDigitalOcean) -> None:
    with (
        Client(fake_digitalocean.token, endpoint=fake_digitalocean.url) as client,
        pytest.raises(ResourceNotFoundError),
    ):
        client.apps.restart("4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf")
