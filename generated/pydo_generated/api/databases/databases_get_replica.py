from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.databases_get_replica_response_200 import (
        DatabasesGetReplicaResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    database_cluster_uuid: str,
    replica_name: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases/{database_cluster_uuid}/replicas/{replica_name}".format(
            database_cluster_uuid=quote(str(database_cluster_uuid), safe=""),
            replica_name=quote(str(replica_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatabasesGetReplicaResponse200 | Error:
    from ...models.databases_get_replica_response_200 import (
        DatabasesGetReplicaResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DatabasesGetReplicaResponse200.from_dict(response.json())

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
) -> Response[DatabasesGetReplicaResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_cluster_uuid: str,
    replica_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DatabasesGetReplicaResponse200 | Error]:
    """Retrieve an Existing Read-only Replica

     To show information about an existing database replica, send a GET request to
    `/v2/databases/$DATABASE_ID/replicas/$REPLICA_NAME`.

    **Note**: Read-only replicas are not supported for Caching or Valkey clusters.

    The response will be a JSON object with a `replica key`. This will be set to an object containing
    the standard database replica attributes.

    Args:
        database_cluster_uuid (str):
        replica_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesGetReplicaResponse200 | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        replica_name=replica_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_cluster_uuid: str,
    replica_name: str,
    *,
    client: AuthenticatedClient,
) -> DatabasesGetReplicaResponse200 | Error | None:
    """Retrieve an Existing Read-only Replica

     To show information about an existing database replica, send a GET request to
    `/v2/databases/$DATABASE_ID/replicas/$REPLICA_NAME`.

    **Note**: Read-only replicas are not supported for Caching or Valkey clusters.

    The response will be a JSON object with a `replica key`. This will be set to an object containing
    the standard database replica attributes.

    Args:
        database_cluster_uuid (str):
        replica_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesGetReplicaResponse200 | Error
    """

    return sync_detailed(
        database_cluster_uuid=database_cluster_uuid,
        replica_name=replica_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    database_cluster_uuid: str,
    replica_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DatabasesGetReplicaResponse200 | Error]:
    """Retrieve an Existing Read-only Replica

     To show information about an existing database replica, send a GET request to
    `/v2/databases/$DATABASE_ID/replicas/$REPLICA_NAME`.

    **Note**: Read-only replicas are not supported for Caching or Valkey clusters.

    The response will be a JSON object with a `replica key`. This will be set to an object containing
    the standard database replica attributes.

    Args:
        database_cluster_uuid (str):
        replica_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesGetReplicaResponse200 | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        replica_name=replica_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_cluster_uuid: str,
    replica_name: str,
    *,
    client: AuthenticatedClient,
) -> DatabasesGetReplicaResponse200 | Error | None:
    """Retrieve an Existing Read-only Replica

     To show information about an existing database replica, send a GET request to
    `/v2/databases/$DATABASE_ID/replicas/$REPLICA_NAME`.

    **Note**: Read-only replicas are not supported for Caching or Valkey clusters.

    The response will be a JSON object with a `replica key`. This will be set to an object containing
    the standard database replica attributes.

    Args:
        database_cluster_uuid (str):
        replica_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesGetReplicaResponse200 | Error
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            replica_name=replica_name,
            client=client,
        )
    ).parsed
