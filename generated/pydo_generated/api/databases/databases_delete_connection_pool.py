from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    database_cluster_uuid: str,
    pool_name: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/databases/{database_cluster_uuid}/pools/{pool_name}".format(
            database_cluster_uuid=quote(str(database_cluster_uuid), safe=""),
            pool_name=quote(str(pool_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_cluster_uuid: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete a Connection Pool (PostgreSQL)

     To delete a specific connection pool for a PostgreSQL database cluster, send
    a DELETE request to `/v2/databases/$DATABASE_ID/pools/$POOL_NAME`.

    A status of 204 will be given. This indicates that the request was processed
    successfully, but that no response body is needed.

    Args:
        database_cluster_uuid (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        pool_name=pool_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_cluster_uuid: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete a Connection Pool (PostgreSQL)

     To delete a specific connection pool for a PostgreSQL database cluster, send
    a DELETE request to `/v2/databases/$DATABASE_ID/pools/$POOL_NAME`.

    A status of 204 will be given. This indicates that the request was processed
    successfully, but that no response body is needed.

    Args:
        database_cluster_uuid (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        database_cluster_uuid=database_cluster_uuid,
        pool_name=pool_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    database_cluster_uuid: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete a Connection Pool (PostgreSQL)

     To delete a specific connection pool for a PostgreSQL database cluster, send
    a DELETE request to `/v2/databases/$DATABASE_ID/pools/$POOL_NAME`.

    A status of 204 will be given. This indicates that the request was processed
    successfully, but that no response body is needed.

    Args:
        database_cluster_uuid (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        pool_name=pool_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_cluster_uuid: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete a Connection Pool (PostgreSQL)

     To delete a specific connection pool for a PostgreSQL database cluster, send
    a DELETE request to `/v2/databases/$DATABASE_ID/pools/$POOL_NAME`.

    A status of 204 will be given. This indicates that the request was processed
    successfully, but that no response body is needed.

    Args:
        database_cluster_uuid (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            pool_name=pool_name,
            client=client,
        )
    ).parsed
