"""Whole answers: RawResponse (status, headers, rate limit, request id, body), and the callers that give them.

A group built with a RawCaller instead of the client's caller returns, from every method, the
RawResponse of the call: `client.with_raw_response.<group>.<method>(...)` is that, and pagination reads
its pages through it (it needs the answer, not only its JSON).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._transport import json_value
from .exceptions import RateLimit, without_token

if TYPE_CHECKING:
    from pydo_generated.groups._base import Operation

    from ._operation import AsyncCaller, SyncCaller

__all__ = ["RawResponse"]


class RawResponse:
    """One answer as the API sent it, for what the JSON does not say: status, headers, rate limit.

    >>> raw = client.with_raw_response.droplets.list(per_page=1)
    >>> raw.status_code, raw.ratelimit.remaining, raw.request_id
    (200, 4999, '...')
    >>> raw.value == client.droplets.list(per_page=1)  # .value: what the method returns normally
    True

    Attributes: `status_code`, `headers` (httpx.Headers), `ratelimit` (RateLimit or None), `request_id`,
    `content` (bytes), `text`, `value` (what the method returns normally), `response` (the httpx.Response,
    whose request carries no Authorization header), and `json()`.
    """

    __slots__ = ("_operation", "response")

    def __init__(self, response: httpx.Response, operation: Operation) -> None:
        self.response = without_token(response)
        self._operation = operation

    @property
    def value(self) -> Any:
        """What the method returns normally: the JSON as sent, None when empty, str for text, else bytes."""
        from ._operation import answer_value

        return answer_value(self._operation, self.response)

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def ratelimit(self) -> RateLimit | None:
        return RateLimit.from_headers(self.response.headers)

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.response.headers.get("x-request-id")
        return request_id

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    def json(self) -> Any:
        """The body as JSON (DecodeError when it is not)."""
        return json_value(self.response)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"


class RawCaller:
    """A sync caller whose calls return the RawResponse instead of the value."""

    __slots__ = ("_caller",)

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def view(self, **settings: Any) -> RawCaller:
        """The raw caller of a with_options() view (see SyncCaller.view)."""
        return RawCaller(self._caller.view(**settings))

    @property
    def transport(self) -> Any:
        return self._caller.transport

    def __call__(self, operation: Operation, arguments: dict[str, Any], options: Mapping[str, Any]) -> RawResponse:
        return RawResponse(self._caller.send(self._caller.build(operation, arguments, options)), operation)

    def unknown_operation(self, group: str, name: str, known: list[str]) -> str:
        return self._caller.unknown_operation(group, name, known)


class AsyncRawCaller:
    """RawCaller for an async client: every call is awaited."""

    __slots__ = ("_caller",)

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def view(self, **settings: Any) -> AsyncRawCaller:
        """The raw caller of a with_options() view (see SyncCaller.view)."""
        return AsyncRawCaller(self._caller.view(**settings))

    @property
    def transport(self) -> Any:
        return self._caller.transport

    async def __call__(
        self, operation: Operation, arguments: dict[str, Any], options: Mapping[str, Any]
    ) -> RawResponse:
        return RawResponse(await self._caller.send(self._caller.build(operation, arguments, options)), operation)

    def unknown_operation(self, group: str, name: str, known: list[str]) -> str:
        return self._caller.unknown_operation(group, name, known)
