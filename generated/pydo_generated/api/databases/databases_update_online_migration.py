from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.online_migration import OnlineMigration


def _get_kwargs(
    database_cluster_uuid: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/databases/{database_cluster_uuid}/online-migration".format(
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
) -> Error | OnlineMigration:
    from ...models.error import Error
    from ...models.online_migration import OnlineMigration

    if response.status_code == 200:
        response_200 = OnlineMigration.from_dict(response.json())

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
) -> Response[Error | OnlineMigration]:
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
) -> Response[Error | OnlineMigration]:
    """Start an Online Migration

     To start an online migration, send a PUT request to `/v2/databases/$DATABASE_ID/online-migration`
    endpoint. Migrating a cluster establishes a connection with an existing cluster and replicates its
    contents to the target cluster. Online migration is only available for MySQL, PostgreSQL, Caching,
    and Valkey clusters.
    If the existing database is continuously being written to,  the migration process will continue for
    up to two weeks unless it is manually stopped. Online migration is only available for
    [MySQL](https://docs.digitalocean.com/products/databases/mysql/how-
    to/migrate/#:~:text=To%20migrate%20a%20MySQL%20database,then%20select%20Set%20Up%20Migration),
    [PostgreSQL](https://docs.digitalocean.com/products/databases/postgresql/how-to/migrate/),
    [Caching](https://docs.digitalocean.com/products/databases/redis/how-to/migrate/), and
    [Valkey](https://docs.digitalocean.com/products/databases/valkey/how-to/migrate/) clusters.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OnlineMigration]
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
) -> Error | OnlineMigration | None:
    """Start an Online Migration

     To start an online migration, send a PUT request to `/v2/databases/$DATABASE_ID/online-migration`
    endpoint. Migrating a cluster establishes a connection with an existing cluster and replicates its
    contents to the target cluster. Online migration is only available for MySQL, PostgreSQL, Caching,
    and Valkey clusters.
    If the existing database is continuously being written to,  the migration process will continue for
    up to two weeks unless it is manually stopped. Online migration is only available for
    [MySQL](https://docs.digitalocean.com/products/databases/mysql/how-
    to/migrate/#:~:text=To%20migrate%20a%20MySQL%20database,then%20select%20Set%20Up%20Migration),
    [PostgreSQL](https://docs.digitalocean.com/products/databases/postgresql/how-to/migrate/),
    [Caching](https://docs.digitalocean.com/products/databases/redis/how-to/migrate/), and
    [Valkey](https://docs.digitalocean.com/products/databases/valkey/how-to/migrate/) clusters.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OnlineMigration
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
) -> Response[Error | OnlineMigration]:
    """Start an Online Migration

     To start an online migration, send a PUT request to `/v2/databases/$DATABASE_ID/online-migration`
    endpoint. Migrating a cluster establishes a connection with an existing cluster and replicates its
    contents to the target cluster. Online migration is only available for MySQL, PostgreSQL, Caching,
    and Valkey clusters.
    If the existing database is continuously being written to,  the migration process will continue for
    up to two weeks unless it is manually stopped. Online migration is only available for
    [MySQL](https://docs.digitalocean.com/products/databases/mysql/how-
    to/migrate/#:~:text=To%20migrate%20a%20MySQL%20database,then%20select%20Set%20Up%20Migration),
    [PostgreSQL](https://docs.digitalocean.com/products/databases/postgresql/how-to/migrate/),
    [Caching](https://docs.digitalocean.com/products/databases/redis/how-to/migrate/), and
    [Valkey](https://docs.digitalocean.com/products/databases/valkey/how-to/migrate/) clusters.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OnlineMigration]
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
) -> Error | OnlineMigration | None:
    """Start an Online Migration

     To start an online migration, send a PUT request to `/v2/databases/$DATABASE_ID/online-migration`
    endpoint. Migrating a cluster establishes a connection with an existing cluster and replicates its
    contents to the target cluster. Online migration is only available for MySQL, PostgreSQL, Caching,
    and Valkey clusters.
    If the existing database is continuously being written to,  the migration process will continue for
    up to two weeks unless it is manually stopped. Online migration is only available for
    [MySQL](https://docs.digitalocean.com/products/databases/mysql/how-
    to/migrate/#:~:text=To%20migrate%20a%20MySQL%20database,then%20select%20Set%20Up%20Migration),
    [PostgreSQL](https://docs.digitalocean.com/products/databases/postgresql/how-to/migrate/),
    [Caching](https://docs.digitalocean.com/products/databases/redis/how-to/migrate/), and
    [Valkey](https://docs.digitalocean.com/products/databases/valkey/how-to/migrate/) clusters.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OnlineMigration
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            client=client,
            body=body,
        )
    ).parsed
