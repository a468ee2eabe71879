from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.floating_i_ps_action_post_response_201 import (
        FloatingIPsActionPostResponse201,
    )


def _get_kwargs(
    floating_ip: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/floating_ips/{floating_ip}/actions".format(
            floating_ip=quote(str(floating_ip), safe=""),
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
) -> Error | FloatingIPsActionPostResponse201:
    from ...models.error import Error
    from ...models.floating_i_ps_action_post_response_201 import (
        FloatingIPsActionPostResponse201,
    )

    if response.status_code == 201:
        response_201 = FloatingIPsActionPostResponse201.from_dict(response.json())

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
) -> Response[Error | FloatingIPsActionPostResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    floating_ip: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | FloatingIPsActionPostResponse201]:
    """Initiate a Floating IP Action

     To initiate an action on a floating IP send a POST request to
    `/v2/floating_ips/$FLOATING_IP/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a floating IP to a Droplet
    | `unassign` | Unassign a floating IP from a Droplet

    Args:
        floating_ip (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FloatingIPsActionPostResponse201]
    """

    kwargs = _get_kwargs(
        floating_ip=floating_ip,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    floating_ip: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | FloatingIPsActionPostResponse201 | None:
    """Initiate a Floating IP Action

     To initiate an action on a floating IP send a POST request to
    `/v2/floating_ips/$FLOATING_IP/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a floating IP to a Droplet
    | `unassign` | Unassign a floating IP from a Droplet

    Args:
        floating_ip (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FloatingIPsActionPostResponse201
    """

    return sync_detailed(
        floating_ip=floating_ip,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    floating_ip: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | FloatingIPsActionPostResponse201]:
    """Initiate a Floating IP Action

     To initiate an action on a floating IP send a POST request to
    `/v2/floating_ips/$FLOATING_IP/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a floating IP to a Droplet
    | `unassign` | Unassign a floating IP from a Droplet

    Args:
        floating_ip (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FloatingIPsActionPostResponse201]
    """

    kwargs = _get_kwargs(
        floating_ip=floating_ip,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    floating_ip: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | FloatingIPsActionPostResponse201 | None:
    """Initiate a Floating IP Action

     To initiate an action on a floating IP send a POST request to
    `/v2/floating_ips/$FLOATING_IP/actions`. In the JSON body to the request,
    set the `type` attribute to on of the supported action types:

    | Action     | Details
    |------------|--------
    | `assign`   | Assigns a floating IP to a Droplet
    | `unassign` | Unassign a floating IP from a Droplet

    Args:
        floating_ip (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FloatingIPsActionPostResponse201
    """

    return (
        await asyncio_detailed(
            floating_ip=floating_ip,
            client=client,
            body=body,
        )
    ).parsed
