from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.connection_pools import ConnectionPools
    from ...models.error import Error


def _get_kwargs(
    database_cluster_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases/{database_cluster_uuid}/pools".format(
            database_cluster_uuid=quote(str(database_cluster_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionPools | Error:
    from ...models.connection_pools import ConnectionPools
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ConnectionPools.from_dict(response.json())

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
) -> Response[ConnectionPools | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConnectionPools | Error]:
    """List Connection Pools (PostgreSQL)

     To list all of the connection pools available to a PostgreSQL database cluster, send a GET request
    to `/v2/databases/$DATABASE_ID/pools`.
    The result will be a JSON object with a `pools` key. This will be set to an array of connection pool
    objects.

    Args:
        database_cluster_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionPools | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ConnectionPools | Error | None:
    """List Connection Pools (PostgreSQL)

     To list all of the connection pools available to a PostgreSQL database cluster, send a GET request
    to `/v2/databases/$DATABASE_ID/pools`.
    The result will be a JSON object with a `pools` key. This will be set to an array of connection pool
    objects.

    Args:
        database_cluster_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionPools | Error
    """

    return sync_detailed(
        database_cluster_uuid=database_cluster_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConnectionPools | Error]:
    """List Connection Pools (PostgreSQL)

     To list all of the connection pools available to a PostgreSQL database cluster, send a GET request
    to `/v2/databases/$DATABASE_ID/pools`.
    The result will be a JSON object with a `pools` key. This will be set to an array of connection pool
    objects.

    Args:
        database_cluster_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionPools | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ConnectionPools | Error | None:
    """List Connection Pools (PostgreSQL)

     To list all of the connection pools available to a PostgreSQL database cluster, send a GET request
    to `/v2/databases/$DATABASE_ID/pools`.
    The result will be a JSON object with a `pools` key. This will be set to an array of connection pool
    objects.

    Args:
        database_cluster_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionPools | Error
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            client=client,
        )
    ).parsed
