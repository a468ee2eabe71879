from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.databases_list_clusters_response_200 import (
        DatabasesListClustersResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    *,
    tag_name: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "tag_name": tag_name,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatabasesListClustersResponse200 | Error:
    from ...models.databases_list_clusters_response_200 import (
        DatabasesListClustersResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DatabasesListClustersResponse200.from_dict(response.json())

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
) -> Response[DatabasesListClustersResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    tag_name: Any = UNSET,
) -> Response[DatabasesListClustersResponse200 | Error]:
    """List All Database Clusters

     To list all of the database clusters available on your account, send a GET request to
    `/v2/databases`. To limit the results to database clusters with a specific tag, include the
    `tag_name` query parameter set to the name of the tag. For example,
    `/v2/databases?tag_name=$TAG_NAME`.

    The result will be a JSON object with a `databases` key. This will be set to an array of database
    objects, each of which will contain the standard database attributes.

    The embedded `connection` and `private_connection` objects will contain the information needed to
    access the database cluster. For multi-node clusters, the `standby_connection` and
    `standby_private_connection` objects will contain the information needed to connect to the cluster's
    standby node(s).

    The embedded `maintenance_window` object will contain information about any scheduled maintenance
    for the database cluster.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesListClustersResponse200 | Error]
    """

    kwargs = _get_kwargs(
        tag_name=tag_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    tag_name: Any = UNSET,
) -> DatabasesListClustersResponse200 | Error | None:
    """List All Database Clusters

     To list all of the database clusters available on your account, send a GET request to
    `/v2/databases`. To limit the results to database clusters with a specific tag, include the
    `tag_name` query parameter set to the name of the tag. For example,
    `/v2/databases?tag_name=$TAG_NAME`.

    The result will be a JSON object with a `databases` key. This will be set to an array of database
    objects, each of which will contain the standard database attributes.

    The embedded `connection` and `private_connection` objects will contain the information needed to
    access the database cluster. For multi-node clusters, the `standby_connection` and
    `standby_private_connection` objects will contain the information needed to connect to the cluster's
    standby node(s).

    The embedded `maintenance_window` object will contain information about any scheduled maintenance
    for the database cluster.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesListClustersResponse200 | Error
    """

    return sync_detailed(
        client=client,
        tag_name=tag_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    tag_name: Any = UNSET,
) -> Response[DatabasesListClustersResponse200 | Error]:
    """List All Database Clusters

     To list all of the database clusters available on your account, send a GET request to
    `/v2/databases`. To limit the results to database clusters with a specific tag, include the
    `tag_name` query parameter set to the name of the tag. For example,
    `/v2/databases?tag_name=$TAG_NAME`.

    The result will be a JSON object with a `databases` key. This will be set to an array of database
    objects, each of which will contain the standard database attributes.

    The embedded `connection` and `private_connection` objects will contain the information needed to
    access the database cluster. For multi-node clusters, the `standby_connection` and
    `standby_private_connection` objects will contain the information needed to connect to the cluster's
    standby node(s).

    The embedded `maintenance_window` object will contain information about any scheduled maintenance
    for the database cluster.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesListClustersResponse200 | Error]
    """

    kwargs = _get_kwargs(
        tag_name=tag_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    tag_name: Any = UNSET,
) -> DatabasesListClustersResponse200 | Error | None:
    """List All Database Clusters

     To list all of the database clusters available on your account, send a GET request to
    `/v2/databases`. To limit the results to database clusters with a specific tag, include the
    `tag_name` query parameter set to the name of the tag. For example,
    `/v2/databases?tag_name=$TAG_NAME`.

    The result will be a JSON object with a `databases` key. This will be set to an array of database
    objects, each of which will contain the standard database attributes.

    The embedded `connection` and `private_connection` objects will contain the information needed to
    access the database cluster. For multi-node clusters, the `standby_connection` and
    `standby_private_connection` objects will contain the information needed to connect to the cluster's
    standby node(s).

    The embedded `maintenance_window` object will contain information about any scheduled maintenance
    for the database cluster.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesListClustersResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            tag_name=tag_name,
        )
    ).parsed
