from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.kubernetes_run_cluster_lint_response_202 import (
        KubernetesRunClusterLintResponse202,
    )


def _get_kwargs(
    cluster_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/kubernetes/clusters/{cluster_id}/clusterlint".format(
            cluster_id=quote(str(cluster_id), safe=""),
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
) -> Error | KubernetesRunClusterLintResponse202:
    from ...models.error import Error
    from ...models.kubernetes_run_cluster_lint_response_202 import (
        KubernetesRunClusterLintResponse202,
    )

    if response.status_code == 202:
        response_202 = KubernetesRunClusterLintResponse202.from_dict(response.json())

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
) -> Response[Error | KubernetesRunClusterLintResponse202]:
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
    body: Any = UNSET,
) -> Response[Error | KubernetesRunClusterLintResponse202]:
    """Run Clusterlint Checks on a Kubernetes Cluster

     Clusterlint helps operators conform to Kubernetes best practices around
    resources, security and reliability to avoid common problems while operating
    or upgrading the clusters.

    To request a clusterlint run on your cluster, send a POST request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/clusterlint`. This will run all
    checks present in the `doks` group by default, if a request body is not
    specified. Optionally specify the below attributes.

    For information about the available checks, please refer to
    [the clusterlint check
    documentation](https://github.com/digitalocean/clusterlint/blob/master/checks.md).

    Args:
        cluster_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KubernetesRunClusterLintResponse202]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | KubernetesRunClusterLintResponse202 | None:
    """Run Clusterlint Checks on a Kubernetes Cluster

     Clusterlint helps operators conform to Kubernetes best practices around
    resources, security and reliability to avoid common problems while operating
    or upgrading the clusters.

    To request a clusterlint run on your cluster, send a POST request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/clusterlint`. This will run all
    checks present in the `doks` group by default, if a request body is not
    specified. Optionally specify the below attributes.

    For information about the available checks, please refer to
    [the clusterlint check
    documentation](https://github.com/digitalocean/clusterlint/blob/master/checks.md).

    Args:
        cluster_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KubernetesRunClusterLintResponse202
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | KubernetesRunClusterLintResponse202]:
    """Run Clusterlint Checks on a Kubernetes Cluster

     Clusterlint helps operators conform to Kubernetes best practices around
    resources, security and reliability to avoid common problems while operating
    or upgrading the clusters.

    To request a clusterlint run on your cluster, send a POST request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/clusterlint`. This will run all
    checks present in the `doks` group by default, if a request body is not
    specified. Optionally specify the below attributes.

    For information about the available checks, please refer to
    [the clusterlint check
    documentation](https://github.com/digitalocean/clusterlint/blob/master/checks.md).

    Args:
        cluster_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KubernetesRunClusterLintResponse202]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | KubernetesRunClusterLintResponse202 | None:
    """Run Clusterlint Checks on a Kubernetes Cluster

     Clusterlint helps operators conform to Kubernetes best practices around
    resources, security and reliability to avoid common problems while operating
    or upgrading the clusters.

    To request a clusterlint run on your cluster, send a POST request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/clusterlint`. This will run all
    checks present in the `doks` group by default, if a request body is not
    specified. Optionally specify the below attributes.

    For information about the available checks, please refer to
    [the clusterlint check
    documentation](https://github.com/digitalocean/clusterlint/blob/master/checks.md).

    Args:
        cluster_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KubernetesRunClusterLintResponse202
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            body=body,
        )
    ).parsed
