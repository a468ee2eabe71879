"""client.apps: every App Platform operation (generated), plus restart's checks and wait_for_deployment.

AppsOperations extends the generated group, so `client.apps` is one object with the whole surface; only
what earns more than the generic call is written here: restart refuses bodies that would restart the
wrong components, and wait_for_deployment polls a deployment until it is ACTIVE, on a clock-bounded loop.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, cast

from pydo_generated.groups.apps import OPERATIONS as _APPS
from pydo_generated.groups.apps import AppsOperations as _GeneratedApps
from pydo_generated.groups.apps import AsyncAppsOperations as _GeneratedAsyncApps

from . import _constants as C
from ._arguments import encode_body, seconds
from ._retry import backoff
from ._transport import ApiRequest, json_object
from .exceptions import (
    DecodeError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    DigitalOceanError,
    HttpResponseError,
    RateLimit,
    ResponseTooLargeError,
    ServiceRequestError,
    ServiceResponseError,
    TooManyRequestsError,
    decode_error,
)

if TYPE_CHECKING:
    from typing import Unpack

    import httpx
    from pydo_generated.groups._base import Body, CallOptions

    from ._operation import AsyncCaller, SyncCaller

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


def check_wait_arguments(timeout: object, poll_interval: object, on_progress: object) -> None:
    seconds("timeout", timeout, allow_zero=True)
    seconds("poll_interval", poll_interval, allow_zero=True)
    if on_progress is not None and not callable(on_progress):
        raise TypeError("on_progress must be callable or None")


def deployment_of(response: httpx.Response) -> dict[str, Any]:
    """The bare deployment of a get_deployment answer; DecodeError when it has none."""
    deployment = json_object(response).get("deployment")
    if not isinstance(deployment, dict):
        raise decode_error(response, "the answer has no 'deployment' object")
    return deployment


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


def finished(deployment: dict[str, Any]) -> bool:
    """True when ACTIVE; raises DeploymentFailedError on ERROR, CANCELED, SUPERSEDED; False for any other phase.

    A phase that is not a string (a malformed answer) counts as one the client does not know: keep polling.
    """
    phase = deployment.get("phase")
    if not isinstance(phase, str):
        return False
    if phase == ACTIVE:
        return True
    if phase in FAILED_PHASES:
        reason = failing_reason(deployment)
        raise DeploymentFailedError(
            f"deployment {deployment.get('id')} ended in {phase}" + (f": {reason}" if reason else ""),
            phase=str(phase),
            deployment=deployment,
            reason=reason,
        )
    return False


def poll_delay(poll_interval: float, ratelimit: RateLimit | None, now: float | None = None) -> float:
    """Seconds until the next poll: poll_interval, stretched when few requests are left in the hour.

    >>> poll_delay(5, RateLimit(limit=5000, remaining=4000, reset=0))
    5
    """
    if ratelimit is None or ratelimit.remaining >= C.RATELIMIT_LOW_REMAINING:
        return poll_interval
    until_reset = max(0.0, ratelimit.reset - (time.time() if now is None else now))
    return max(poll_interval, until_reset / max(ratelimit.remaining, 1))


ProgressCallback = Callable[[dict[str, Any]], object]


def waited_out(error: DigitalOceanError) -> bool:
    """Whether a poll's error is one a wait keeps polling through while its deadline has time left.

    429s, 5xx answers and polls that got no answer heal; a 401, a 404 or an answer that is not the JSON
    promised will not, and are raised at once.
    """
    if isinstance(error, ResponseTooLargeError):
        return False
    if isinstance(error, ServiceRequestError | ServiceResponseError | TooManyRequestsError):
        return True
    return isinstance(error, HttpResponseError) and not isinstance(error, DecodeError) and error.status_code >= 500


class _Wait:
    """One wait for a deployment: its poll request, its deadline and the last deployment seen.

    The sync and async loops differ only in how they send and sleep; every decision is here. No pause
    is shorter than poll_interval (a 429 with Retry-After: 0 included), and DeploymentTimeoutError means
    the deadline has really passed.
    """

    def __init__(  # noqa: PLR0917 (one private caller per loop)
        self,
        caller: SyncCaller | AsyncCaller,
        app_id: str,
        deployment_id: str | Mapping[str, Any],
        timeout: float,
        poll_interval: float,
        on_progress: ProgressCallback | None,
    ) -> None:
        check_wait_arguments(timeout, poll_interval, on_progress)
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        # The deadline bounds each poll's timeout and every retry wait inside the transport too.
        arguments = {"app_id": app_id, "deployment_id": deployment_id_of(deployment_id)}
        request: ApiRequest = caller.build(_APPS["get_deployment"], arguments, {})
        self.request = dataclasses.replace(request, deadline=self.deadline)
        self.poll_interval = poll_interval
        self.on_progress = on_progress
        self.policy = caller.policy
        self.last: dict[str, Any] | None = None
        self.last_error: DigitalOceanError | None = None
        self.failures = 0

    def before_poll(self) -> None:
        """Raise DeploymentTimeoutError once the deadline has passed (a poll would have no time left)."""
        if time.monotonic() >= self.deadline:
            raise self._timed_out()

    def after_answer(self, response: httpx.Response) -> dict[str, Any] | None:
        """The final deployment when ACTIVE; None to poll again; DeploymentFailedError when it failed."""
        self.failures, self.last_error = 0, None
        self.last = deployment_of(response)
        if self.on_progress is not None:
            self.on_progress(self.last)
        return self.last if finished(self.last) else None

    def pause_after_answer(self, response: httpx.Response) -> float:
        return self._bounded(poll_delay(self.poll_interval, RateLimit.from_headers(response.headers)))

    def pause_after_error(self, error: DigitalOceanError) -> float:
        """After a poll failed past the transport's own retries: the pause before the next one, or re-raise.

        A 429 is waited out after its Retry-After (never less than poll_interval), 5xx answers and polls
        that got no answer after a growing backoff, for as long as the deadline leaves time.
        """
        if not waited_out(error):
            raise error
        self.failures += 1
        self.last_error = error
        asked = error.retry_after if isinstance(error, TooManyRequestsError) else None
        pause = (
            asked if asked is not None else backoff(self.failures, self.policy.backoff_factor, self.policy.backoff_max)
        )
        return self._bounded(max(self.poll_interval, pause))

    def _bounded(self, pause: float) -> float:
        """The pause, cut to the time left (the next poll then finds the deadline passed)."""
        return max(0.0, min(pause, self.deadline - time.monotonic()))

    def _timed_out(self) -> DeploymentTimeoutError:
        phase = self.last.get("phase") if self.last else None
        message = f"deployment not ACTIVE after {self.timeout:g} s (last phase: {phase or 'none seen'})"
        if self.last_error is not None:
            message += f"; the last poll failed: {self.last_error}"
        return DeploymentTimeoutError(message, deployment=self.last, timeout=self.timeout)


class AppsOperations(_GeneratedApps):
    """client.apps: every App Platform operation, plus restart's checks and wait_for_deployment."""

    def restart(self, app_id: str, body: Body | None = None, **kwargs: Unpack[CallOptions]) -> dict[str, Any]:
        """Perform a rolling restart of all or some components of an app; returns the new deployment's JSON.

        >>> client.apps.restart(app_id="b6bdf840", body={"components": ["web"]})["deployment"]["id"]
        'b6bdf840-2854-4f87-a36c-5f231c617c84'

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
        >>> client.apps.wait_for_deployment("b6bdf840", started, on_progress=print)["phase"]
        'ACTIVE'

        Raises DeploymentFailedError on ERROR, CANCELED or SUPERSEDED, and DeploymentTimeoutError
        (a TimeoutError) when `timeout` seconds of clock time pass first. Unknown phases keep polling;
        polls slow down when the hourly rate limit runs low; 429s, 5xx and polls without an answer are
        waited out while the deadline has time left.
        """
        caller = cast("SyncCaller", self._call)
        wait = _Wait(caller, app_id, deployment_id, timeout, poll_interval, on_progress)
        while True:
            wait.before_poll()
            failed: DigitalOceanError | None = None
            try:
                response = caller.send(wait.request)
            except DigitalOceanError as error:
                failed = error
            if failed is not None:
                pause = wait.pause_after_error(failed)
            else:
                if (final := wait.after_answer(response)) is not None:
                    return final
                pause = wait.pause_after_answer(response)
            time.sleep(pause)


class AsyncAppsOperations(_GeneratedAsyncApps):
    """client.apps of an AsyncClient: the same operations as AppsOperations, awaitable."""

    async def restart(self, app_id: str, body: Body | None = None, **kwargs: Unpack[CallOptions]) -> dict[str, Any]:
        """Perform a rolling restart (see AppsOperations.restart).

        >>> await client.apps.restart("b6bdf840", body={"components": ["web"]})
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

        >>> final = await client.apps.wait_for_deployment("b6bdf840", started)
        """
        import asyncio

        caller = cast("AsyncCaller", self._call)
        wait = _Wait(caller, app_id, deployment_id, timeout, poll_interval, on_progress)
        while True:
            wait.before_poll()
            failed: DigitalOceanError | None = None
            try:
                response = await caller.send(wait.request)
            except DigitalOceanError as error:
                failed = error
            if failed is not None:
                pause = wait.pause_after_error(failed)
            else:
                if (final := wait.after_answer(response)) is not None:
                    return final
                pause = wait.pause_after_answer(response)
            await asyncio.sleep(pause)
