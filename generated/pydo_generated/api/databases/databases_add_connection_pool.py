from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.databases_add_connection_pool_response_201 import (
        DatabasesAddConnectionPoolResponse201,
    )
    from ...models.error import Error


def _get_kwargs(
    database_cluster_uuid: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases/{database_cluster_uuid}/pools".format(
            database_cluster_uuid=quote(str(database_cluster_uuid), safe=""),
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
) -> DatabasesAddConnectionPoolResponse201 | Error:
    from ...models.databases_add_connection_pool_response_201 import (
        DatabasesAddConnectionPoolResponse201,
    )
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = DatabasesAddConnectionPoolResponse201.from_dict(response.json())

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
) -> Response[DatabasesAddConnectionPoolResponse201 | Error]:
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
    body: Any = UNSET,
) -> Response[DatabasesAddConnectionPoolResponse201 | Error]:
    """Add a New Connection Pool (PostgreSQL)

     For PostgreSQL database clusters, connection pools can be used to allow a
    database to share its idle connections. The popular PostgreSQL connection
    pooling utility PgBouncer is used to provide this service. [See here for more
    information](https://docs.digitalocean.com/products/databases/postgresql/how-to/manage-connection-
    pools/)
    about how and why to use PgBouncer connection pooling including
    details about the available transaction modes.

    To add a new connection pool to a PostgreSQL database cluster, send a POST
    request to `/v2/databases/$DATABASE_ID/pools` specifying a name for the pool,
    the user to connect with, the database to connect to, as well as its desired
    size and transaction mode.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesAddConnectionPoolResponse201 | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DatabasesAddConnectionPoolResponse201 | Error | None:
    """Add a New Connection Pool (PostgreSQL)

     For PostgreSQL database clusters, connection pools can be used to allow a
    database to share its idle connections. The popular PostgreSQL connection
    pooling utility PgBouncer is used to provide this service. [See here for more
    information](https://docs.digitalocean.com/products/databases/postgresql/how-to/manage-connection-
    pools/)
    about how and why to use PgBouncer connection pooling including
    details about the available transaction modes.

    To add a new connection pool to a PostgreSQL database cluster, send a POST
    request to `/v2/databases/$DATABASE_ID/pools` specifying a name for the pool,
    the user to connect with, the database to connect to, as well as its desired
    size and transaction mode.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesAddConnectionPoolResponse201 | Error
    """

    return sync_detailed(
        database_cluster_uuid=database_cluster_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DatabasesAddConnectionPoolResponse201 | Error]:
    """Add a New Connection Pool (PostgreSQL)

     For PostgreSQL database clusters, connection pools can be used to allow a
    database to share its idle connections. The popular PostgreSQL connection
    pooling utility PgBouncer is used to provide this service. [See here for more
    information](https://docs.digitalocean.com/products/databases/postgresql/how-to/manage-connection-
    pools/)
    about how and why to use PgBouncer connection pooling including
    details about the available transaction modes.

    To add a new connection pool to a PostgreSQL database cluster, send a POST
    request to `/v2/databases/$DATABASE_ID/pools` specifying a name for the pool,
    the user to connect with, the database to connect to, as well as its desired
    size and transaction mode.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesAddConnectionPoolResponse201 | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DatabasesAddConnectionPoolResponse201 | Error | None:
    """Add a New Connection Pool (PostgreSQL)

     For PostgreSQL database clusters, connection pools can be used to allow a
    database to share its idle connections. The popular PostgreSQL connection
    pooling utility PgBouncer is used to provide this service. [See here for more
    information](https://docs.digitalocean.com/products/databases/postgresql/how-to/manage-connection-
    pools/)
    about how and why to use PgBouncer connection pooling including
    details about the available transaction modes.

    To add a new connection pool to a PostgreSQL database cluster, send a POST
    request to `/v2/databases/$DATABASE_ID/pools` specifying a name for the pool,
    the user to connect with, the database to connect to, as well as its desired
    size and transaction mode.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesAddConnectionPoolResponse201 | Error
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            client=client,
            body=body,
        )
    ).parsed
