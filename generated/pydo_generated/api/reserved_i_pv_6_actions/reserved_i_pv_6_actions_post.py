from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    reserved_ipv6: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/reserved_ipv6/{reserved_ipv6}/actions".format(
            reserved_ipv6=quote(str(reserved_ipv6), safe=""),
        ),
        "headers": headers,
    }
    if body is not UNSET:
        if isinstance(body, bytes | bytearray):
            _kwargs["content"] = bytes(body)
        else:
            _kwargs["json"] = body
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error:
    from ...models.error import Error

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reserved_ipv6: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error]:
    """Initiate a Reserved IPv6 Action

     To initiate an action on a reserved IPv6 send a POST request to
    `/v2/reserved_ipv6/$RESERVED_IPV6/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a reserved IPv6 to a Droplet
    | `unassign` | Unassign a reserved IPv6 from a Droplet

    Args:
        reserved_ipv6 (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error]
    """

    kwargs = _get_kwargs(
        reserved_ipv6=reserved_ipv6,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reserved_ipv6: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | None:
    """Initiate a Reserved IPv6 Action

     To initiate an action on a reserved IPv6 send a POST request to
    `/v2/reserved_ipv6/$RESERVED_IPV6/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a reserved IPv6 to a Droplet
    | `unassign` | Unassign a reserved IPv6 from a Droplet

    Args:
        reserved_ipv6 (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error
    """

    return sync_detailed(
        reserved_ipv6=reserved_ipv6,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    reserved_ipv6: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error]:
    """Initiate a Reserved IPv6 Action

     To initiate an action on a reserved IPv6 send a POST request to
    `/v2/reserved_ipv6/$RESERVED_IPV6/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a reserved IPv6 to a Droplet
    | `unassign` | Unassign a reserved IPv6 from a Droplet

    Args:
        reserved_ipv6 (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error]
    """

    kwargs = _get_kwargs(
        reserved_ipv6=reserved_ipv6,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reserved_ipv6: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | None:
    """Initiate a Reserved IPv6 Action

     To initiate an action on a reserved IPv6 send a POST request to
    `/v2/reserved_ipv6/$RESERVED_IPV6/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a reserved IPv6 to a Droplet
    | `unassign` | Unassign a reserved IPv6 from a Droplet

    Args:
        reserved_ipv6 (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error
    """

    return (
        await asyncio_detailed(
            reserved_ipv6=reserved_ipv6,
            client=client,
            body=body,
        )
    ).parsed
