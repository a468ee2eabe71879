"""client.apps: every App Platform operation (generated), plus restart's checks and wait_for_deployment.

AppsOperations extends the generated group, so `client.apps` is one object with the whole surface; only
what earns more than the generic call is written here: restart refuses bodies that would restart the
wrong components, and wait_for_deployment polls a deployment until it is ACTIVE, on a clock-bounded loop.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, cast

from pydo_generated.groups.apps import AppsOperations as _GeneratedApps
from pydo_generated.groups.apps import AsyncAppsOperations as _GeneratedAsyncApps

from . import _constants as C
from ._arguments import encode_body
from ._waiting import FAILED, PENDING, READY, ProgressCallback, Settling, asettle, member, poll_for, raw_twin, settle
from .exceptions import DeploymentFailedError, DeploymentTimeoutError

if TYPE_CHECKING:
    from typing import Unpack

    from pydo_generated.groups._base import Body, CallOptions

__all__ = ["AppsOperations", "AsyncAppsOperations", "RestartBody"]

RestartBody = Mapping[str, Any] | bytes | bytearray | IO[bytes]
"""A restart body: {"components": [...]} (sent as JSON), raw JSON bytes, or a binary file of JSON."""

ACTIVE = "ACTIVE"
FAILED_PHASES = frozenset({"ERROR", "CANCELED", "SUPERSEDED"})
_RESTART_FIELDS = frozenset({"components"})


def restart_body(body: object) -> bytes | None:
    """The bytes of a restart body; TypeError/ValueError before anything is sent."""
    if body is None or not isinstance(body, Mapping):
        return encode_body(body)
    unknown = set(body) - _RESTART_FIELDS
    if unknown:
        raise ValueError(f"body has unknown field(s) {sorted(map(str, unknown))}: restart accepts only 'components'")
    if "components" not in body:
        return encode_body({})
    components = body["components"]
    if not isinstance(components, list | tuple):
        raise TypeError(f"body['components'] must be a list of component names, got {type(components).__name__}")
    if not components:
        # An empty list restarts every component: a computed list that came out empty must not do that.
        raise ValueError("body['components'] is empty: omit it (or pass body=None) to restart every component")
    for name in components:
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"body['components'] must hold non-empty strings, got {name!r}")
    return encode_body({"components": list(components)})


# --- waiting for a deployment: the rules both loops share -------------------------------------


def deployment_id_of(deployment_id: object) -> object:
    """Accept a deployment id, the dict restart returned, or a bare deployment dict."""
    if isinstance(deployment_id, Mapping):
        inner = deployment_id.get("deployment", deployment_id)
        if not isinstance(inner, Mapping) or "id" not in inner:
            raise ValueError("deployment_id dict has no deployment id (expected restart()'s result)")
        return inner["id"]
    return deployment_id


def progress_steps(deployment: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """Every step of a deployment's progress, depth first; none when the progress is missing or malformed.

    >>> [s["name"] for s in progress_steps({"progress": {"steps": [{"name": "deploy", "steps": [{"name": "web"}]}]}})]
    ['deploy', 'web']
    """
    progress = deployment.get("progress")
    steps = progress.get("steps") if isinstance(progress, Mapping) else None
    pending = list(reversed(steps)) if isinstance(steps, list) else []  # a stack: linear in the step count
    while pending:
        step = pending.pop()
        if isinstance(step, Mapping):
            yield step
            children = step.get("steps")
            if isinstance(children, list):
                pending.extend(reversed(children))


def failing_reason(deployment: Mapping[str, Any]) -> str | None:
    """The reason of the first failed progress step (depth first), as "code: message", or None."""
    for step in progress_steps(deployment):
        reason = step.get("reason")
        if isinstance(reason, Mapping) and (reason.get("message") or reason.get("code")):
            return ": ".join(str(reason[k]) for k in ("code", "message") if reason.get(k))
    return None


def _deployment_state(deployment: dict[str, Any]) -> str:
    """READY when ACTIVE, FAILED on ERROR, CANCELED or SUPERSEDED; any other phase (or a malformed one) PENDING."""
    phase = deployment.get("phase")
    if not isinstance(phase, str):
        return PENDING
    return READY if phase == ACTIVE else FAILED if phase in FAILED_PHASES else PENDING


def _deployment_failed(deployment: dict[str, Any]) -> DeploymentFailedError:
    reason = failing_reason(deployment)
    phase = str(deployment.get("phase"))
    return DeploymentFailedError(
        f"deployment {deployment.get('id')} ended in {phase}" + (f": {reason}" if reason else ""),
        phase=phase,
        deployment=deployment,
        reason=reason,
    )


_DEPLOYMENT = Settling(
    what="deployment",
    goal=ACTIVE,
    read=lambda raw: member(raw, "deployment", "GET /v2/apps/{app_id}/deployments/{deployment_id}"),
    state=_deployment_state,
    failed=_deployment_failed,
    timed_out=lambda last, timeout, message: DeploymentTimeoutError(message, deployment=last, timeout=timeout),
    describe=lambda deployment: f"phase: {deployment.get('phase')}",
)
"""What wait_for_deployment waits for (the same for every deployment)."""


class AppsOperations(_GeneratedApps):
    """client.apps: every App Platform operation, plus restart's checks and wait_for_deployment."""

    def restart(self, app_id: str, body: Body | None = None, **kwargs: Unpack[CallOptions]) -> dict[str, Any]:
        """Perform a rolling restart of all or some components of an app; returns the new deployment's JSON.

        >>> started = client.apps.restart(app_id="b6bdf840", body={"components": ["web"]})
        >>> started["deployment"]["phase"], started["deployment"]["cause"]
        ('PENDING_DEPLOY', 'restart of web')

        body: {"components": [...]} (omit it, or None, to restart every component; an empty list is
        refused), raw JSON bytes, or a binary file. Never retried once it may have reached the server:
        a second rolling restart is a real side effect. Raises HttpResponseError (and subclasses) when
        the API answers no.
        """
        return super().restart(app_id, restart_body(body), **kwargs)

    def wait_for_deployment(
        self,
        app_id: str,
        deployment_id: str | Mapping[str, Any],
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll a deployment until it is ACTIVE and return it (the bare deployment dict).

        >>> started = client.apps.restart("b6bdf840", body={"components": ["web"]})
        >>> show = lambda deployment: print(deployment["phase"])
        >>> client.apps.wait_for_deployment("b6bdf840", started, poll_interval=1, on_progress=show)["phase"]
        DEPLOYING
        ACTIVE
        'ACTIVE'

        Raises DeploymentFailedError on ERROR, CANCELED or SUPERSEDED, and DeploymentTimeoutError
        (a TimeoutError) when `timeout` seconds of clock time pass first. Unknown phases keep polling;
        polls slow down when the hourly rate limit runs low; 429s, 5xx and polls without an answer are
        waited out while the deadline has time left.
        """
        deployment = deployment_id_of(deployment_id)
        poll = poll_for(self, _DEPLOYMENT, timeout, poll_interval, on_progress)
        raw = raw_twin(self)
        return cast("dict[str, Any]", settle(poll, lambda left: raw.get_deployment(app_id, deployment, timeout=left)))


class AsyncAppsOperations(_GeneratedAsyncApps):
    """client.apps of an AsyncClient: the same operations as AppsOperations, awaitable."""

    async def restart(self, app_id: str, body: Body | None = None, **kwargs: Unpack[CallOptions]) -> dict[str, Any]:
        """Perform a rolling restart (see AppsOperations.restart).

        For example, in a coroutine:

            started = await client.apps.restart("b6bdf840", body={"components": ["web"]})
        """
        return await super().restart(app_id, restart_body(body), **kwargs)

    async def wait_for_deployment(
        self,
        app_id: str,
        deployment_id: str | Mapping[str, Any],
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll until ACTIVE and return the bare deployment (see AppsOperations.wait_for_deployment).

        For example, in a coroutine:

            started = await client.apps.restart("b6bdf840", body={"components": ["web"]})
            final = await client.apps.wait_for_deployment("b6bdf840", started)
        """
        deployment = deployment_id_of(deployment_id)
        poll = poll_for(self, _DEPLOYMENT, timeout, poll_interval, on_progress)
        raw = raw_twin(self)
        return cast(
            "dict[str, Any]", await asettle(poll, lambda left: raw.get_deployment(app_id, deployment, timeout=left))
        )
