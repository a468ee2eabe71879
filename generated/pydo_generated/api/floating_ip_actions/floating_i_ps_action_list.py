from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.floating_i_ps_action_list_response_200 import (
        FloatingIPsActionListResponse200,
    )


def _get_kwargs(
    floating_ip: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/floating_ips/{floating_ip}/actions".format(
            floating_ip=quote(str(floating_ip), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FloatingIPsActionListResponse200:
    from ...models.error import Error
    from ...models.floating_i_ps_action_list_response_200 import (
        FloatingIPsActionListResponse200,
    )

    if response.status_code == 200:
        response_200 = FloatingIPsActionListResponse200.from_dict(response.json())

        return response_200

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
) -> Response[Error | FloatingIPsActionListResponse200]:
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
) -> Response[Error | FloatingIPsActionListResponse200]:
    """List All Actions for a Floating IP

     To retrieve all actions that have been executed on a floating IP, send a GET request to
    `/v2/floating_ips/$FLOATING_IP/actions`.

    Args:
        floating_ip (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FloatingIPsActionListResponse200]
    """

    kwargs = _get_kwargs(
        floating_ip=floating_ip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    floating_ip: str,
    *,
    client: AuthenticatedClient,
) -> Error | FloatingIPsActionListResponse200 | None:
    """List All Actions for a Floating IP

     To retrieve all actions that have been executed on a floating IP, send a GET request to
    `/v2/floating_ips/$FLOATING_IP/actions`.

    Args:
        floating_ip (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FloatingIPsActionListResponse200
    """

    return sync_detailed(
        floating_ip=floating_ip,
        client=client,
    ).parsed


async def asyncio_detailed(
    floating_ip: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | FloatingIPsActionListResponse200]:
    """List All Actions for a Floating IP

     To retrieve all actions that have been executed on a floating IP, send a GET request to
    `/v2/floating_ips/$FLOATING_IP/actions`.

    Args:
        floating_ip (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FloatingIPsActionListResponse200]
    """

    kwargs = _get_kwargs(
        floating_ip=floating_ip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    floating_ip: str,
    *,
    client: AuthenticatedClient,
) -> Error | FloatingIPsActionListResponse200 | None:
    """List All Actions for a Floating IP

     To retrieve all actions that have been executed on a floating IP, send a GET request to
    `/v2/floating_ips/$FLOATING_IP/actions`.

    Args:
        floating_ip (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FloatingIPsActionListResponse200
    """

    return (
        await asyncio_detailed(
            floating_ip=floating_ip,
            client=client,
        )
    ).parsed
