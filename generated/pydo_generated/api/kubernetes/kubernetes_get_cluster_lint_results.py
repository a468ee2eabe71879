from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.clusterlint_results import ClusterlintResults
    from ...models.error import Error


def _get_kwargs(
    cluster_id: str,
    *,
    run_id: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "run_id": run_id,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/kubernetes/clusters/{cluster_id}/clusterlint".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterlintResults | Error:
    from ...models.clusterlint_results import ClusterlintResults
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ClusterlintResults.from_dict(response.json())

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
) -> Response[ClusterlintResults | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    run_id: Any = UNSET,
) -> Response[ClusterlintResults | Error]:
    """Fetch Clusterlint Diagnostics for a Kubernetes Cluster

     To request clusterlint diagnostics for your cluster, send a GET request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/clusterlint`. If the `run_id` query
    parameter is provided, then the diagnostics for the specific run is fetched.
    By default, the latest results are shown.

    To find out how to address clusterlint feedback, please refer to
    [the clusterlint check
    documentation](https://github.com/digitalocean/clusterlint/blob/master/checks.md).

    Args:
        cluster_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterlintResults | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    run_id: Any = UNSET,
) -> ClusterlintResults | Error | None:
    """Fetch Clusterlint Diagnostics for a Kubernetes Cluster

     To request clusterlint diagnostics for your cluster, send a GET request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/clusterlint`. If the `run_id` query
    parameter is provided, then the diagnostics for the specific run is fetched.
    By default, the latest results are shown.

    To find out how to address clusterlint feedback, please refer to
    [the clusterlint check
    documentation](https://github.com/digitalocean/clusterlint/blob/master/checks.md).

    Args:
        cluster_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterlintResults | Error
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    run_id: Any = UNSET,
) -> Response[ClusterlintResults | Error]:
    """Fetch Clusterlint Diagnostics for a Kubernetes Cluster

     To request clusterlint diagnostics for your cluster, send a GET request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/clusterlint`. If the `run_id` query
    parameter is provided, then the diagnostics for the specific run is fetched.
    By default, the latest results are shown.

    To find out how to address clusterlint feedback, please refer to
    [the clusterlint check
    documentation](https://github.com/digitalocean/clusterlint/blob/master/checks.md).

    Args:
        cluster_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterlintResults | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    run_id: Any = UNSET,
) -> ClusterlintResults | Error | None:
    """Fetch Clusterlint Diagnostics for a Kubernetes Cluster

     To request clusterlint diagnostics for your cluster, send a GET request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/clusterlint`. If the `run_id` query
    parameter is provided, then the diagnostics for the specific run is fetched.
    By default, the latest results are shown.

    To find out how to address clusterlint feedback, please refer to
    [the clusterlint check
    documentation](https://github.com/digitalocean/clusterlint/blob/master/checks.md).

    Args:
        cluster_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterlintResults | Error
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            run_id=run_id,
        )
    ).parsed
