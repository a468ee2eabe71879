from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    cluster_id: str,
    node_pool_id: str,
    node_id: str,
    *,
    skip_drain: Any = 0,
    replace: Any = 0,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "skip_drain": skip_drain,
        "replace": replace,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/nodes/{node_id}".format(
            cluster_id=quote(str(cluster_id), safe=""),
            node_pool_id=quote(str(node_pool_id), safe=""),
            node_id=quote(str(node_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
    node_id: str,
    *,
    client: AuthenticatedClient,
    skip_drain: Any = 0,
    replace: Any = 0,
) -> Response[Any | Error]:
    """Delete a Node in a Kubernetes Cluster

     To delete a single node in a pool, send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/node_pools/$NODE_POOL_ID/nodes/$NODE_ID`.

    Appending the `skip_drain=1` query parameter to the request causes node
    draining to be skipped. Omitting the query parameter or setting its value to
    `0` carries out draining prior to deletion.

    Appending the `replace=1` query parameter to the request causes the node to
    be replaced by a new one after deletion. Omitting the query parameter or
    setting its value to `0` deletes without replacement.

    Args:
        cluster_id (str):
        node_pool_id (str):
        node_id (str):
        skip_drain (int):  Default: 0.
        replace (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        node_pool_id=node_pool_id,
        node_id=node_id,
        skip_drain=skip_drain,
        replace=replace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    node_pool_id: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    skip_drain: Any = 0,
    replace: Any = 0,
) -> Any | Error | None:
    """Delete a Node in a Kubernetes Cluster

     To delete a single node in a pool, send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/node_pools/$NODE_POOL_ID/nodes/$NODE_ID`.

    Appending the `skip_drain=1` query parameter to the request causes node
    draining to be skipped. Omitting the query parameter or setting its value to
    `0` carries out draining prior to deletion.

    Appending the `replace=1` query parameter to the request causes the node to
    be replaced by a new one after deletion. Omitting the query parameter or
    setting its value to `0` deletes without replacement.

    Args:
        cluster_id (str):
        node_pool_id (str):
        node_id (str):
        skip_drain (int):  Default: 0.
        replace (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        cluster_id=cluster_id,
        node_pool_id=node_pool_id,
        node_id=node_id,
        client=client,
        skip_drain=skip_drain,
        replace=replace,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    node_pool_id: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    skip_drain: Any = 0,
    replace: Any = 0,
) -> Response[Any | Error]:
    """Delete a Node in a Kubernetes Cluster

     To delete a single node in a pool, send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/node_pools/$NODE_POOL_ID/nodes/$NODE_ID`.

    Appending the `skip_drain=1` query parameter to the request causes node
    draining to be skipped. Omitting the query parameter or setting its value to
    `0` carries out draining prior to deletion.

    Appending the `replace=1` query parameter to the request causes the node to
    be replaced by a new one after deletion. Omitting the query parameter or
    setting its value to `0` deletes without replacement.

    Args:
        cluster_id (str):
        node_pool_id (str):
        node_id (str):
        skip_drain (int):  Default: 0.
        replace (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        node_pool_id=node_pool_id,
        node_id=node_id,
        skip_drain=skip_drain,
        replace=replace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    node_pool_id: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    skip_drain: Any = 0,
    replace: Any = 0,
) -> Any | Error | None:
    """Delete a Node in a Kubernetes Cluster

     To delete a single node in a pool, send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/node_pools/$NODE_POOL_ID/nodes/$NODE_ID`.

    Appending the `skip_drain=1` query parameter to the request causes node
    draining to be skipped. Omitting the query parameter or setting its value to
    `0` carries out draining prior to deletion.

    Appending the `replace=1` query parameter to the request causes the node to
    be replaced by a new one after deletion. Omitting the query parameter or
    setting its value to `0` deletes without replacement.

    Args:
        cluster_id (str):
        node_pool_id (str):
        node_id (str):
        skip_drain (int):  Default: 0.
        replace (int):  Default: 0.

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
            node_id=node_id,
            client=client,
            skip_drain=skip_drain,
            replace=replace,
        )
    ).parsed
