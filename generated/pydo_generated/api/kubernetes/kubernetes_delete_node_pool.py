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
    cluster_id: str,
    node_pool_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}".format(
            cluster_id=quote(str(cluster_id), safe=""),
            node_pool_id=quote(str(node_pool_id), safe=""),
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
    cluster_id: str,
    node_pool_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete a Node Pool in a Kubernetes Cluster

     To delete a node pool, send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/node_pools/$NODE_POOL_ID`.

    A 204 status code with no body will be returned in response to a successful
    request. Nodes in the pool will subsequently be drained and deleted.

    Args:
        cluster_id (str):
        node_pool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        node_pool_id=node_pool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    node_pool_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete a Node Pool in a Kubernetes Cluster

     To delete a node pool, send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/node_pools/$NODE_POOL_ID`.

    A 204 status code with no body will be returned in response to a successful
    request. Nodes in the pool will subsequently be drained and deleted.

    Args:
        cluster_id (str):
        node_pool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        cluster_id=cluster_id,
        node_pool_id=node_pool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    node_pool_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete a Node Pool in a Kubernetes Cluster

     To delete a node pool, send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/node_pools/$NODE_POOL_ID`.

    A 204 status code with no body will be returned in response to a successful
    request. Nodes in the pool will subsequently be drained and deleted.

    Args:
        cluster_id (str):
        node_pool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        node_pool_id=node_pool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    node_pool_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete a Node Pool in a Kubernetes Cluster

     To delete a node pool, send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/node_pools/$NODE_POOL_ID`.

    A 204 status code with no body will be returned in response to a successful
    request. Nodes in the pool will subsequently be drained and deleted.

    Args:
        cluster_id (str):
        node_pool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            node_pool_id=node_pool_id,
            client=client,
        )
    ).parsed
