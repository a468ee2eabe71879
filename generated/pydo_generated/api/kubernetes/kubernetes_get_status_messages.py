from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.kubernetes_get_status_messages_response_200 import (
        KubernetesGetStatusMessagesResponse200,
    )


def _get_kwargs(
    cluster_id: str,
    *,
    since: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "since": since,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/kubernetes/clusters/{cluster_id}/status_messages".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KubernetesGetStatusMessagesResponse200:
    from ...models.error import Error
    from ...models.kubernetes_get_status_messages_response_200 import (
        KubernetesGetStatusMessagesResponse200,
    )

    if response.status_code == 200:
        response_200 = KubernetesGetStatusMessagesResponse200.from_dict(response.json())

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
) -> Response[Error | KubernetesGetStatusMessagesResponse200]:
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
    since: Any = UNSET,
) -> Response[Error | KubernetesGetStatusMessagesResponse200]:
    """Fetch Status Messages for a Kubernetes Cluster

     To retrieve status messages for a Kubernetes cluster, send a GET request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/status_messages`. Status messages inform users of any
    issues that come up during the cluster lifecycle.

    Args:
        cluster_id (str):
        since (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KubernetesGetStatusMessagesResponse200]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    since: Any = UNSET,
) -> Error | KubernetesGetStatusMessagesResponse200 | None:
    """Fetch Status Messages for a Kubernetes Cluster

     To retrieve status messages for a Kubernetes cluster, send a GET request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/status_messages`. Status messages inform users of any
    issues that come up during the cluster lifecycle.

    Args:
        cluster_id (str):
        since (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KubernetesGetStatusMessagesResponse200
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        since=since,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    since: Any = UNSET,
) -> Response[Error | KubernetesGetStatusMessagesResponse200]:
    """Fetch Status Messages for a Kubernetes Cluster

     To retrieve status messages for a Kubernetes cluster, send a GET request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/status_messages`. Status messages inform users of any
    issues that come up during the cluster lifecycle.

    Args:
        cluster_id (str):
        since (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KubernetesGetStatusMessagesResponse200]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    since: Any = UNSET,
) -> Error | KubernetesGetStatusMessagesResponse200 | None:
    """Fetch Status Messages for a Kubernetes Cluster

     To retrieve status messages for a Kubernetes cluster, send a GET request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/status_messages`. Status messages inform users of any
    issues that come up during the cluster lifecycle.

    Args:
        cluster_id (str):
        since (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KubernetesGetStatusMessagesResponse200
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            since=since,
        )
    ).parsed
