from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.monitoring_list_sinks_response_200 import (
        MonitoringListSinksResponse200,
    )


def _get_kwargs(
    *,
    resource_id: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "resource_id": resource_id,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/monitoring/sinks",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MonitoringListSinksResponse200:
    from ...models.error import Error
    from ...models.monitoring_list_sinks_response_200 import (
        MonitoringListSinksResponse200,
    )

    if response.status_code == 200:
        response_200 = MonitoringListSinksResponse200.from_dict(response.json())

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
) -> Response[Error | MonitoringListSinksResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource_id: Any = UNSET,
) -> Response[Error | MonitoringListSinksResponse200]:
    """Lists all sinks

     To list all sinks, send a GET request to `/v2/monitoring/sinks`.

    Args:
        resource_id (str): The uniform resource name (URN) for the resource in the format
            do:resource_type:resource_id. Example: do:droplet:13457723.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MonitoringListSinksResponse200]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    resource_id: Any = UNSET,
) -> Error | MonitoringListSinksResponse200 | None:
    """Lists all sinks

     To list all sinks, send a GET request to `/v2/monitoring/sinks`.

    Args:
        resource_id (str): The uniform resource name (URN) for the resource in the format
            do:resource_type:resource_id. Example: do:droplet:13457723.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MonitoringListSinksResponse200
    """

    return sync_detailed(
        client=client,
        resource_id=resource_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resource_id: Any = UNSET,
) -> Response[Error | MonitoringListSinksResponse200]:
    """Lists all sinks

     To list all sinks, send a GET request to `/v2/monitoring/sinks`.

    Args:
        resource_id (str): The uniform resource name (URN) for the resource in the format
            do:resource_type:resource_id. Example: do:droplet:13457723.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MonitoringListSinksResponse200]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    resource_id: Any = UNSET,
) -> Error | MonitoringListSinksResponse200 | None:
    """Lists all sinks

     To list all sinks, send a GET request to `/v2/monitoring/sinks`.

    Args:
        resource_id (str): The uniform resource name (URN) for the resource in the format
            do:resource_type:resource_id. Example: do:droplet:13457723.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MonitoringListSinksResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            resource_id=resource_id,
        )
    ).parsed
