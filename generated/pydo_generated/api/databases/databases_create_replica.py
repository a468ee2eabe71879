from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.databases_create_replica_response_201 import (
        DatabasesCreateReplicaResponse201,
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
        "url": "/v2/databases/{database_cluster_uuid}/replicas".format(
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
) -> DatabasesCreateReplicaResponse201 | Error:
    from ...models.databases_create_replica_response_201 import (
        DatabasesCreateReplicaResponse201,
    )
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = DatabasesCreateReplicaResponse201.from_dict(response.json())

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
) -> Response[DatabasesCreateReplicaResponse201 | Error]:
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
) -> Response[DatabasesCreateReplicaResponse201 | Error]:
    """Create a Read-only Replica

     To create a read-only replica for a PostgreSQL or MySQL database cluster, send a POST request to
    `/v2/databases/$DATABASE_ID/replicas` specifying the name it should be given, the size of the node
    to be used, and the region where it will be located.

    **Note**: Read-only replicas are not supported for Caching or Valkey clusters.

    The response will be a JSON object with a key called `replica`. The value of this will be an object
    that contains the standard attributes associated with a database replica. The initial value of the
    read-only replica's `status` attribute will be `forking`. When the replica is ready to receive
    traffic, this will transition to `active`.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesCreateReplicaResponse201 | Error]
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
) -> DatabasesCreateReplicaResponse201 | Error | None:
    """Create a Read-only Replica

     To create a read-only replica for a PostgreSQL or MySQL database cluster, send a POST request to
    `/v2/databases/$DATABASE_ID/replicas` specifying the name it should be given, the size of the node
    to be used, and the region where it will be located.

    **Note**: Read-only replicas are not supported for Caching or Valkey clusters.

    The response will be a JSON object with a key called `replica`. The value of this will be an object
    that contains the standard attributes associated with a database replica. The initial value of the
    read-only replica's `status` attribute will be `forking`. When the replica is ready to receive
    traffic, this will transition to `active`.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesCreateReplicaResponse201 | Error
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
) -> Response[DatabasesCreateReplicaResponse201 | Error]:
    """Create a Read-only Replica

     To create a read-only replica for a PostgreSQL or MySQL database cluster, send a POST request to
    `/v2/databases/$DATABASE_ID/replicas` specifying the name it should be given, the size of the node
    to be used, and the region where it will be located.

    **Note**: Read-only replicas are not supported for Caching or Valkey clusters.

    The response will be a JSON object with a key called `replica`. The value of this will be an object
    that contains the standard attributes associated with a database replica. The initial value of the
    read-only replica's `status` attribute will be `forking`. When the replica is ready to receive
    traffic, this will transition to `active`.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesCreateReplicaResponse201 | Error]
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
) -> DatabasesCreateReplicaResponse201 | Error | None:
    """Create a Read-only Replica

     To create a read-only replica for a PostgreSQL or MySQL database cluster, send a POST request to
    `/v2/databases/$DATABASE_ID/replicas` specifying the name it should be given, the size of the node
    to be used, and the region where it will be located.

    **Note**: Read-only replicas are not supported for Caching or Valkey clusters.

    The response will be a JSON object with a key called `replica`. The value of this will be an object
    that contains the standard attributes associated with a database replica. The initial value of the
    read-only replica's `status` attribute will be `forking`. When the replica is ready to receive
    traffic, this will transition to `active`.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesCreateReplicaResponse201 | Error
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            client=client,
            body=body,
        )
    ).parsed
