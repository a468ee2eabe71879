"""Waiting for things to finish: one clock-bounded poller for deployments, actions and resources, sync and async.

    >>> droplet_id = client.droplets.create(
    ...     {"name": "web-1", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}
    ... )["droplet"]["id"]
    >>> client.droplets.wait_until_active(droplet_id)["status"]
    'active'
    >>> action = client.droplet_actions.post(droplet_id, {"type": "power_off"})
    >>> client.actions.wait(action)["status"]
    'completed'
    >>> volume_id = client.volumes.create({"name": "data", "region": "nyc3", "size_gigabytes": 10})["volume"]["id"]
    >>> attach = client.volume_actions.post_by_id(volume_id, {"type": "attach", "droplet_id": droplet_id})
    >>> attached = client.wait_until(client.volumes.get, volume_id, ready=lambda v: v["volume"]["droplet_ids"])
    >>> attached["volume"]["droplet_ids"] == [droplet_id]
    True

Every wait is bounded by clock time (`timeout`), polls no faster than `poll_interval` (0 is allowed, for
tests), calls `on_progress` with each state seen, slows down when `ratelimit-remaining` runs low, and
waits out 429s, 5xx answers and polls that got no answer while its deadline has time left. A failed
end raises a WaitFailedError (ActionFailedError, DeploymentFailedError...), a deadline that passed a
WaitTimeoutError (ActionTimeoutError, DeploymentTimeoutError...; also a TimeoutError), both carrying the
last state seen. Every decision is in Poll; the sync and async loops only send and sleep.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from . import _constants as C
from ._arguments import seconds
from ._raw import AsyncRawCaller, RawCaller, RawResponse
from ._retry import backoff
from .exceptions import (
    DecodeError,
    DigitalOceanError,
    HttpResponseError,
    RateLimit,
    ResourceNotFoundError,
    ResponseTooLargeError,
    ServiceRequestError,
    ServiceResponseError,
    TooManyRequestsError,
    WaitFailedError,
    WaitTimeoutError,
    decode_error,
)

if TYPE_CHECKING:
    from ._retry import RetryPolicy


ProgressCallback = Callable[[Any], object]
"""Called with each state a wait sees (a deployment, an action, a resource answer)."""

READY, FAILED, PENDING = "ready", "failed", "pending"


def check_wait_arguments(timeout: object, poll_interval: object, on_progress: object) -> None:
    """TypeError/ValueError, before anything is sent, for a bad timeout, poll_interval or on_progress."""
    seconds("timeout", timeout, allow_zero=True)
    seconds("poll_interval", poll_interval, allow_zero=True)
    if on_progress is not None and not callable(on_progress):
        raise TypeError("on_progress must be callable or None")


def poll_delay(poll_interval: float, ratelimit: RateLimit | None, now: float | None = None) -> float:
    """Seconds until the next poll: poll_interval, stretched when few requests are left in the hour.

    >>> poll_delay(5, RateLimit(limit=5000, remaining=4000, reset=0))
    5
    """
    if ratelimit is None or ratelimit.remaining >= C.RATELIMIT_LOW_REMAINING:
        return poll_interval
    until_reset = max(0.0, ratelimit.reset - (time.time() if now is None else now))
    return max(poll_interval, until_reset / max(ratelimit.remaining, 1))


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


def _no_description(state: Any) -> str:
    return ""


def _the_state(state: Any) -> Any:
    return state


class Settling:
    """What one wait waits for: how to read the state from an answer, and what each state means.

    A plain slotted class, not a dataclass: it is defined when a group with waits is first imported, and a
    dataclass costs a cold start about a millisecond to build.

    - ``what``: what is waited for, for messages ("action 36804636", "droplet 3164444");
    - ``goal``: what it must become ("completed", "active", "ACTIVE");
    - ``read``: the state in one poll's answer (DecodeError when the answer holds none);
    - ``state``: READY, FAILED or PENDING for a state; anything it does not know is PENDING;
    - ``failed``: the exception for a failed state;
    - ``timed_out``: the exception once the deadline passed: (last state or None, timeout, message);
    - ``describe``: a few words on a state for messages ("status 'in-progress'");
    - ``result``: what the wait returns for a ready state;
    - ``gone_is_ready``: a 404 on a poll means the wait is over (what was waited for was going away).
    """

    __slots__ = ("describe", "failed", "goal", "gone_is_ready", "read", "result", "state", "timed_out", "what")

    def __init__(
        self,
        *,
        what: str,
        goal: str,
        read: Callable[[RawResponse], Any],
        state: Callable[[Any], str],
        failed: Callable[[Any], WaitFailedError],
        timed_out: Callable[[Any, float, str], WaitTimeoutError],
        describe: Callable[[Any], str] = _no_description,
        result: Callable[[Any], Any] = _the_state,
        gone_is_ready: bool = False,
    ) -> None:
        self.what = what
        self.goal = goal
        self.read = read
        self.state = state
        self.failed = failed
        self.timed_out = timed_out
        self.describe = describe
        self.result = result
        self.gone_is_ready = gone_is_ready

    def __repr__(self) -> str:
        return f"Settling(what={self.what!r}, goal={self.goal!r})"


class Poll:
    """One wait: its deadline, pauses and the last state seen. Every decision of both loops is here.

    No pause is shorter than poll_interval (a 429 with Retry-After: 0 included), and the timeout error
    means the deadline really passed.
    """

    def __init__(
        self,
        settling: Settling,
        *,
        timeout: float,
        poll_interval: float,
        on_progress: ProgressCallback | None,
        policy: RetryPolicy,
    ) -> None:
        check_wait_arguments(timeout, poll_interval, on_progress)
        self.settling = settling
        self.timeout = float(timeout)
        self.deadline = time.monotonic() + self.timeout
        self.poll_interval = float(poll_interval)
        self.on_progress = on_progress
        self.policy = policy
        self.last: Any = None
        self.last_error: DigitalOceanError | None = None
        self.failures = 0

    def time_left(self) -> float:
        """Seconds left for the next poll; raises the timeout error once the deadline has passed."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self._timed_out()
        return left

    def after_answer(self, raw: RawResponse) -> tuple[bool, Any]:
        """(True, result) when ready, (False, None) to poll again; raises the failed error on a failed state."""
        self.failures, self.last_error = 0, None
        state = self.settling.read(raw)
        self.last = state
        if self.on_progress is not None:
            self.on_progress(state)
        verdict = self.settling.state(state)
        if verdict == READY:
            return True, self.settling.result(state)
        if verdict == FAILED:
            raise self.settling.failed(state)
        return False, None

    def pause_after_answer(self, raw: RawResponse) -> float:
        return self._bounded(poll_delay(self.poll_interval, raw.ratelimit))

    def gone(self, error: DigitalOceanError) -> bool:
        """Whether a poll's 404 ends the wait (the thing waited for was going away)."""
        return self.settling.gone_is_ready and isinstance(error, ResourceNotFoundError)

    def pause_after_error(self, error: DigitalOceanError) -> float:
        """After a poll failed past the transport's own retries: the pause before the next one, or re-raise.

        A 429 is waited out after its Retry-After (never less than poll_interval), 5xx answers and polls
        that got no answer after a growing backoff, for as long as the deadline leaves time.
        """
        if not waited_out(error):
            raise error
        self.failures += 1
        if self.last_error is None or not self._cut_short(error):
            # A poll the deadline cut short says only that time ran out; the error before it says why.
            self.last_error = error
        asked = error.retry_after if isinstance(error, TooManyRequestsError) else None
        pause = (
            asked if asked is not None else backoff(self.failures, self.policy.backoff_factor, self.policy.backoff_max)
        )
        return self._bounded(max(self.poll_interval, pause))

    def _cut_short(self, error: DigitalOceanError) -> bool:
        """Whether a poll got no answer because the wait's deadline passed while it was under way."""
        return isinstance(error, ServiceRequestError | ServiceResponseError) and time.monotonic() >= self.deadline

    def _bounded(self, pause: float) -> float:
        """The pause, cut to the time left (the next poll then finds the deadline passed)."""
        return max(0.0, min(pause, self.deadline - time.monotonic()))

    def _timed_out(self) -> WaitTimeoutError:
        seen = (self.settling.describe(self.last) or "seen") if self.last is not None else "nothing seen yet"
        message = f"{self.settling.what} not {self.settling.goal} after {self.timeout:g} s (last: {seen})"
        if self.last_error is not None:
            message += f"; the last poll failed: {self.last_error}"
        return self.settling.timed_out(self.last, self.timeout, message)


def settle(poll: Poll, fetch: Callable[[float], RawResponse]) -> Any:
    """Poll until the state is ready (sync): fetch(seconds left) makes one poll."""
    while True:
        left = poll.time_left()
        failed: DigitalOceanError | None = None
        try:
            raw = fetch(left)
        except DigitalOceanError as error:
            failed = error
        if failed is not None and poll.gone(failed):
            return poll.settling.result(poll.last)
        if failed is not None:  # decided outside the except block: nothing gets chained
            pause = poll.pause_after_error(failed)
        else:
            done, result = poll.after_answer(raw)
            if done:
                return result
            pause = poll.pause_after_answer(raw)
        time.sleep(pause)


async def asettle(poll: Poll, fetch: Callable[[float], Awaitable[RawResponse]]) -> Any:
    """settle() for the async loop."""
    import asyncio

    while True:
        left = poll.time_left()
        failed: DigitalOceanError | None = None
        try:
            raw = await fetch(left)
        except DigitalOceanError as error:
            failed = error
        if failed is not None and poll.gone(failed):
            return poll.settling.result(poll.last)
        if failed is not None:
            pause = poll.pause_after_error(failed)
        else:
            done, result = poll.after_answer(raw)
            if done:
                return result
            pause = poll.pause_after_answer(raw)
        await asyncio.sleep(pause)


def member(raw: RawResponse, key: str, what: str) -> dict[str, Any]:
    """answer[key] when it is an object; DecodeError otherwise."""
    value = raw.json()
    inner = value.get(key) if isinstance(value, dict) else None
    if not isinstance(inner, dict):
        raise decode_error(raw.response, f"the answer has no {key!r} object ({what})")
    return inner


def raw_twin(group: Any) -> Any:
    """The group, built again for a wait's polls: calls return the RawResponse, and the transport's own
    retries are off (the poll waits out 429s and 5xx itself, never faster than poll_interval)."""
    caller = group._call.view(policy=group._call.policy.with_total(0))
    wrapped = AsyncRawCaller(caller) if is_async(group) else RawCaller(caller)
    return type(group)(wrapped)


def is_async(group: Any) -> bool:
    return type(group).__name__.startswith("Async")


def status_settling(
    what: str, key: str, ready: str, failed: frozenset[str], status: Callable[[dict[str, Any]], object]
) -> Settling:
    """A resource that settles by a status: answer[key], its ready status and failed ones, the rest pending."""

    def state(resource: dict[str, Any]) -> str:
        value = status(resource)
        if not isinstance(value, str):
            return PENDING
        return READY if value == ready else FAILED if value in failed else PENDING

    def failure(resource: dict[str, Any]) -> WaitFailedError:
        return WaitFailedError(f"{what} is {status(resource)!r}, not {ready!r}", resource=resource)

    return Settling(
        what=what,
        goal=ready,
        read=lambda raw: member(raw, key, what),
        state=state,
        failed=failure,
        timed_out=lambda resource, timeout, message: WaitTimeoutError(message, resource=resource, timeout=timeout),
        describe=lambda resource: f"status {status(resource)!r}",
    )


def poll_for(group: Any, settling: Settling, timeout: float, poll_interval: float, on_progress: Any) -> Poll:
    policy = cast("RetryPolicy", group._call.policy)
    return Poll(settling, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress, policy=policy)


def _value_settling(what: str, ready: Callable[[Any], object], failed: Callable[[Any], object] | None) -> Settling:
    def state(value: Any) -> str:
        if ready(value):
            return READY
        return FAILED if failed is not None and failed(value) else PENDING

    return Settling(
        what=what,
        goal="ready",
        read=lambda raw: raw.value,
        state=state,
        failed=lambda value: WaitFailedError(f"{what}: failed(answer) is true", resource=value),
        timed_out=lambda value, timeout, message: WaitTimeoutError(message, resource=value, timeout=timeout),
    )


def _until(method: Callable[..., Any], ready: object, failed: object, *, want_async: bool) -> tuple[Any, Any, str]:
    """(the method's group, its raw twin, its name) for wait_until; TypeError for what cannot be waited on.

    A method of the other kind of client would be called without being awaited (or awaited when it is not);
    one of a with_raw_response view already answers RawResponses, which the polls make themselves.
    """
    group = getattr(method, "__self__", None)
    if not callable(method) or group is None or not hasattr(group, "_group") or not hasattr(group, "_call"):
        raise TypeError(
            f"wait_until() takes a client's method, such as client.droplets.get (got {type(method).__name__})"
        )
    name = f"{group._group}.{method.__name__}"
    if isinstance(group._call, RawCaller | AsyncRawCaller):
        raise TypeError(f"wait_until() takes client.{name}, not client.with_raw_response.{name}")
    if is_async(group) != want_async:
        expected, given = ("an AsyncClient", "a Client") if want_async else ("a Client", "an AsyncClient")
        raise TypeError(f"this client's wait_until() takes a method of {expected}, got {name} of {given}")
    if not callable(ready):
        raise TypeError("ready must be callable: it gets each answer and says whether the wait is over")
    if failed is not None and not callable(failed):
        raise TypeError("failed must be callable or None")
    return group, getattr(raw_twin(group), method.__name__), name


def wait_until(
    method: Callable[..., Any],
    /,
    *args: Any,
    ready: Callable[[Any], object],
    failed: Callable[[Any], object] | None = None,
    timeout: float = C.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = C.DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    **kwargs: Any,
) -> Any:
    """Call a get operation until ready(answer) is true and return that answer (sync; see Client.wait_until)."""
    group, fetch, name = _until(method, ready, failed, want_async=False)
    poll = poll_for(group, _value_settling(f"{name}{args!r}", ready, failed), timeout, poll_interval, on_progress)
    return settle(poll, lambda left: fetch(*args, timeout=left, **kwargs))


async def async_wait_until(
    method: Callable[..., Any],
    /,
    *args: Any,
    ready: Callable[[Any], object],
    failed: Callable[[Any], object] | None = None,
    timeout: float = C.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = C.DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    **kwargs: Any,
) -> Any:
    """wait_until() for an AsyncClient's method."""
    group, fetch, name = _until(method, ready, failed, want_async=True)
    poll = poll_for(group, _value_settling(f"{name}{args!r}", ready, failed), timeout, poll_interval, on_progress)
    return await asettle(poll, lambda left: fetch(*args, timeout=left, **kwargs))
