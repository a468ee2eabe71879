from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.reserved_i_ps_actions_list_response_200 import (
        ReservedIPsActionsListResponse200,
    )


def _get_kwargs(
    reserved_ip: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/reserved_ips/{reserved_ip}/actions".format(
            reserved_ip=quote(str(reserved_ip), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReservedIPsActionsListResponse200:
    from ...models.error import Error
    from ...models.reserved_i_ps_actions_list_response_200 import (
        ReservedIPsActionsListResponse200,
    )

    if response.status_code == 200:
        response_200 = ReservedIPsActionsListResponse200.from_dict(response.json())

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
) -> Response[Error | ReservedIPsActionsListResponse200]:
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
) -> Response[Error | ReservedIPsActionsListResponse200]:
    """List All Actions for a Reserved IP

     To retrieve all actions that have been executed on a reserved IP, send a GET request to
    `/v2/reserved_ips/$RESERVED_IP/actions`.

    Args:
        reserved_ip (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservedIPsActionsListResponse200]
    """

    kwargs = _get_kwargs(
        reserved_ip=reserved_ip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reserved_ip: str,
    *,
    client: AuthenticatedClient,
) -> Error | ReservedIPsActionsListResponse200 | None:
    """List All Actions for a Reserved IP

     To retrieve all actions that have been executed on a reserved IP, send a GET request to
    `/v2/reserved_ips/$RESERVED_IP/actions`.

    Args:
        reserved_ip (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservedIPsActionsListResponse200
    """

    return sync_detailed(
        reserved_ip=reserved_ip,
        client=client,
    ).parsed


async def asyncio_detailed(
    reserved_ip: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReservedIPsActionsListResponse200]:
    """List All Actions for a Reserved IP

     To retrieve all actions that have been executed on a reserved IP, send a GET request to
    `/v2/reserved_ips/$RESERVED_IP/actions`.

    Args:
        reserved_ip (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservedIPsActionsListResponse200]
    """

    kwargs = _get_kwargs(
        reserved_ip=reserved_ip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reserved_ip: str,
    *,
    client: AuthenticatedClient,
) -> Error | ReservedIPsActionsListResponse200 | None:
    """List All Actions for a Reserved IP

     To retrieve all actions that have been executed on a reserved IP, send a GET request to
    `/v2/reserved_ips/$RESERVED_IP/actions`.

    Args:
        reserved_ip (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservedIPsActionsListResponse200
    """

    return (
        await asyncio_detailed(
            reserved_ip=reserved_ip,
            client=client,
        )
    ).parsed
