from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.reserved_i_ps_actions_post_response_201 import (
        ReservedIPsActionsPostResponse201,
    )


def _get_kwargs(
    reserved_ip: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/reserved_ips/{reserved_ip}/actions".format(
            reserved_ip=quote(str(reserved_ip), safe=""),
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
) -> Error | ReservedIPsActionsPostResponse201:
    from ...models.error import Error
    from ...models.reserved_i_ps_actions_post_response_201 import (
        ReservedIPsActionsPostResponse201,
    )

    if response.status_code == 201:
        response_201 = ReservedIPsActionsPostResponse201.from_dict(response.json())

        return response_201

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
) -> Response[Error | ReservedIPsActionsPostResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reserved_ip: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | ReservedIPsActionsPostResponse201]:
    """Initiate a Reserved IP Action

     To initiate an action on a reserved IP send a POST request to
    `/v2/reserved_ips/$RESERVED_IP/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a reserved IP to a Droplet
    | `unassign` | Unassign a reserved IP from a Droplet

    Args:
        reserved_ip (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservedIPsActionsPostResponse201]
    """

    kwargs = _get_kwargs(
        reserved_ip=reserved_ip,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reserved_ip: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | ReservedIPsActionsPostResponse201 | None:
    """Initiate a Reserved IP Action

     To initiate an action on a reserved IP send a POST request to
    `/v2/reserved_ips/$RESERVED_IP/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a reserved IP to a Droplet
    | `unassign` | Unassign a reserved IP from a Droplet

    Args:
        reserved_ip (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservedIPsActionsPostResponse201
    """

    return sync_detailed(
        reserved_ip=reserved_ip,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    reserved_ip: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | ReservedIPsActionsPostResponse201]:
    """Initiate a Reserved IP Action

     To initiate an action on a reserved IP send a POST request to
    `/v2/reserved_ips/$RESERVED_IP/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a reserved IP to a Droplet
    | `unassign` | Unassign a reserved IP from a Droplet

    Args:
        reserved_ip (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservedIPsActionsPostResponse201]
    """

    kwargs = _get_kwargs(
        reserved_ip=reserved_ip,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reserved_ip: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | ReservedIPsActionsPostResponse201 | None:
    """Initiate a Reserved IP Action

     To initiate an action on a reserved IP send a POST request to
    `/v2/reserved_ips/$RESERVED_IP/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a reserved IP to a Droplet
    | `unassign` | Unassign a reserved IP from a Droplet

    Args:
        reserved_ip (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservedIPsActionsPostResponse201
    """

    return (
        await asyncio_detailed(
            reserved_ip=reserved_ip,
            client=client,
            body=body,
        )
    ).parsed
