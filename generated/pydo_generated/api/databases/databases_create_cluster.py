from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.databases_create_cluster_response_201 import (
        DatabasesCreateClusterResponse201,
    )
    from ...models.error import Error


def _get_kwargs(
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases",
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
) -> DatabasesCreateClusterResponse201 | Error:
    from ...models.databases_create_cluster_response_201 import (
        DatabasesCreateClusterResponse201,
    )
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = DatabasesCreateClusterResponse201.from_dict(response.json())

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
) -> Response[DatabasesCreateClusterResponse201 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DatabasesCreateClusterResponse201 | Error]:
    """Create a New Database Cluster

     To create a database cluster, send a POST request to `/v2/databases`. To see a list  of options for
    each engine, such as available regions, size slugs, and versions, send a GET request to the
    `/v2/databases/options` endpoint. The available sizes for  the `storage_size_mib` field depends on
    the cluster's size. To see a list of available sizes, see [Managed Database
    Pricing](https://www.digitalocean.com/pricing/managed-databases).

    The create response returns a JSON object with a key called `database`. The value of this is an
    object that contains the standard attributes associated with a database cluster. The initial value
    of the database cluster's `status` attribute is `creating`. When the cluster is ready to receive
    traffic, this changes to `online`.

    The embedded `connection` and `private_connection` objects contains the information needed to access
    the database cluster. For multi-node clusters, the `standby_connection` and
    `standby_private_connection` objects contain the information needed to connect to the cluster's
    standby node(s).

    DigitalOcean managed PostgreSQL and MySQL database clusters take automated daily backups. To create
    a new database cluster based on a backup of an existing cluster, send a POST request to
    `/v2/databases`. In addition to the standard database cluster attributes, the JSON body must include
    a key named `backup_restore` with the name of the original database cluster and the timestamp of the
    backup to be restored. Creating a database from a backup is the same as forking a database in the
    control panel.

    PostgreSQL and MySQL Advanced Edition clusters can be provisioned by setting `engine` to
    `advanced_pg` or `advanced_mysql`. Advanced Edition clusters are currently in public preview and
    target highly available workloads. `advanced_pg` supports 1-, 2-, and 3-node deployments;
    `advanced_mysql` only supports 1- and 3-node deployments. See the [PostgreSQL Advanced
    Edition](https://docs.digitalocean.com/products/databases/postgresql/how-to/use-advanced-edition-
    clusters/) and [MySQL Advanced Edition](https://docs.digitalocean.com/products/databases/mysql/how-
    to/use-advanced-edition-clusters/) documentation for the feature differences vs. Standard Edition
    and current preview limitations.

    Note: Caching cluster creates are no longer supported as of 2025-04-30T00:00:00Z. Backups are also
    not supported for Caching or Valkey clusters.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesCreateClusterResponse201 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DatabasesCreateClusterResponse201 | Error | None:
    """Create a New Database Cluster

     To create a database cluster, send a POST request to `/v2/databases`. To see a list  of options for
    each engine, such as available regions, size slugs, and versions, send a GET request to the
    `/v2/databases/options` endpoint. The available sizes for  the `storage_size_mib` field depends on
    the cluster's size. To see a list of available sizes, see [Managed Database
    Pricing](https://www.digitalocean.com/pricing/managed-databases).

    The create response returns a JSON object with a key called `database`. The value of this is an
    object that contains the standard attributes associated with a database cluster. The initial value
    of the database cluster's `status` attribute is `creating`. When the cluster is ready to receive
    traffic, this changes to `online`.

    The embedded `connection` and `private_connection` objects contains the information needed to access
    the database cluster. For multi-node clusters, the `standby_connection` and
    `standby_private_connection` objects contain the information needed to connect to the cluster's
    standby node(s).

    DigitalOcean managed PostgreSQL and MySQL database clusters take automated daily backups. To create
    a new database cluster based on a backup of an existing cluster, send a POST request to
    `/v2/databases`. In addition to the standard database cluster attributes, the JSON body must include
    a key named `backup_restore` with the name of the original database cluster and the timestamp of the
    backup to be restored. Creating a database from a backup is the same as forking a database in the
    control panel.

    PostgreSQL and MySQL Advanced Edition clusters can be provisioned by setting `engine` to
    `advanced_pg` or `advanced_mysql`. Advanced Edition clusters are currently in public preview and
    target highly available workloads. `advanced_pg` supports 1-, 2-, and 3-node deployments;
    `advanced_mysql` only supports 1- and 3-node deployments. See the [PostgreSQL Advanced
    Edition](https://docs.digitalocean.com/products/databases/postgresql/how-to/use-advanced-edition-
    clusters/) and [MySQL Advanced Edition](https://docs.digitalocean.com/products/databases/mysql/how-
    to/use-advanced-edition-clusters/) documentation for the feature differences vs. Standard Edition
    and current preview limitations.

    Note: Caching cluster creates are no longer supported as of 2025-04-30T00:00:00Z. Backups are also
    not supported for Caching or Valkey clusters.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesCreateClusterResponse201 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DatabasesCreateClusterResponse201 | Error]:
    """Create a New Database Cluster

     To create a database cluster, send a POST request to `/v2/databases`. To see a list  of options for
    each engine, such as available regions, size slugs, and versions, send a GET request to the
    `/v2/databases/options` endpoint. The available sizes for  the `storage_size_mib` field depends on
    the cluster's size. To see a list of available sizes, see [Managed Database
    Pricing](https://www.digitalocean.com/pricing/managed-databases).

    The create response returns a JSON object with a key called `database`. The value of this is an
    object that contains the standard attributes associated with a database cluster. The initial value
    of the database cluster's `status` attribute is `creating`. When the cluster is ready to receive
    traffic, this changes to `online`.

    The embedded `connection` and `private_connection` objects contains the information needed to access
    the database cluster. For multi-node clusters, the `standby_connection` and
    `standby_private_connection` objects contain the information needed to connect to the cluster's
    standby node(s).

    DigitalOcean managed PostgreSQL and MySQL database clusters take automated daily backups. To create
    a new database cluster based on a backup of an existing cluster, send a POST request to
    `/v2/databases`. In addition to the standard database cluster attributes, the JSON body must include
    a key named `backup_restore` with the name of the original database cluster and the timestamp of the
    backup to be restored. Creating a database from a backup is the same as forking a database in the
    control panel.

    PostgreSQL and MySQL Advanced Edition clusters can be provisioned by setting `engine` to
    `advanced_pg` or `advanced_mysql`. Advanced Edition clusters are currently in public preview and
    target highly available workloads. `advanced_pg` supports 1-, 2-, and 3-node deployments;
    `advanced_mysql` only supports 1- and 3-node deployments. See the [PostgreSQL Advanced
    Edition](https://docs.digitalocean.com/products/databases/postgresql/how-to/use-advanced-edition-
    clusters/) and [MySQL Advanced Edition](https://docs.digitalocean.com/products/databases/mysql/how-
    to/use-advanced-edition-clusters/) documentation for the feature differences vs. Standard Edition
    and current preview limitations.

    Note: Caching cluster creates are no longer supported as of 2025-04-30T00:00:00Z. Backups are also
    not supported for Caching or Valkey clusters.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesCreateClusterResponse201 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DatabasesCreateClusterResponse201 | Error | None:
    """Create a New Database Cluster

     To create a database cluster, send a POST request to `/v2/databases`. To see a list  of options for
    each engine, such as available regions, size slugs, and versions, send a GET request to the
    `/v2/databases/options` endpoint. The available sizes for  the `storage_size_mib` field depends on
    the cluster's size. To see a list of available sizes, see [Managed Database
    Pricing](https://www.digitalocean.com/pricing/managed-databases).

    The create response returns a JSON object with a key called `database`. The value of this is an
    object that contains the standard attributes associated with a database cluster. The initial value
    of the database cluster's `status` attribute is `creating`. When the cluster is ready to receive
    traffic, this changes to `online`.

    The embedded `connection` and `private_connection` objects contains the information needed to access
    the database cluster. For multi-node clusters, the `standby_connection` and
    `standby_private_connection` objects contain the information needed to connect to the cluster's
    standby node(s).

    DigitalOcean managed PostgreSQL and MySQL database clusters take automated daily backups. To create
    a new database cluster based on a backup of an existing cluster, send a POST request to
    `/v2/databases`. In addition to the standard database cluster attributes, the JSON body must include
    a key named `backup_restore` with the name of the original database cluster and the timestamp of the
    backup to be restored. Creating a database from a backup is the same as forking a database in the
    control panel.

    PostgreSQL and MySQL Advanced Edition clusters can be provisioned by setting `engine` to
    `advanced_pg` or `advanced_mysql`. Advanced Edition clusters are currently in public preview and
    target highly available workloads. `advanced_pg` supports 1-, 2-, and 3-node deployments;
    `advanced_mysql` only supports 1- and 3-node deployments. See the [PostgreSQL Advanced
    Edition](https://docs.digitalocean.com/products/databases/postgresql/how-to/use-advanced-edition-
    clusters/) and [MySQL Advanced Edition](https://docs.digitalocean.com/products/databases/mysql/how-
    to/use-advanced-edition-clusters/) documentation for the feature differences vs. Standard Edition
    and current preview limitations.

    Note: Caching cluster creates are no longer supported as of 2025-04-30T00:00:00Z. Backups are also
    not supported for Caching or Valkey clusters.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesCreateClusterResponse201 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
