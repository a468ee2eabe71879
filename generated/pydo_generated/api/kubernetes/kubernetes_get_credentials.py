from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.credentials import Credentials
    from ...models.error import Error


def _get_kwargs(
    cluster_id: str,
    *,
    expiry_seconds: Any = 0,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "expiry_seconds": expiry_seconds,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/kubernetes/clusters/{cluster_id}/credentials".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Credentials | Error:
    from ...models.credentials import Credentials
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = Credentials.from_dict(response.json())

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
) -> Response[Credentials | Error]:
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
    expiry_seconds: Any = 0,
) -> Response[Credentials | Error]:
    """Retrieve Credentials for a Kubernetes Cluster

     This endpoint returns a JSON object . It can be used to programmatically
    construct Kubernetes clients which cannot parse kubeconfig files.

    The resulting JSON object contains token-based authentication for clusters
    supporting it, and certificate-based authentication otherwise. For a list of
    supported versions and more information, see "[How to Connect to a DigitalOcean
    Kubernetes Cluster](https://docs.digitalocean.com/products/kubernetes/how-to/connect-to-cluster/)".

    To retrieve credentials for accessing a Kubernetes cluster, send a GET
    request to `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/credentials`.

    Clusters supporting token-based authentication may define an expiration by
    passing a duration in seconds as a query parameter to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/credentials?expiry_seconds=$DURATION_IN_SECONDS`.
    If not set or 0, then the token will have a 7 day expiry. The query parameter
    has no impact in certificate-based authentication.

    Args:
        cluster_id (str):
        expiry_seconds (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credentials | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        expiry_seconds=expiry_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    expiry_seconds: Any = 0,
) -> Credentials | Error | None:
    """Retrieve Credentials for a Kubernetes Cluster

     This endpoint returns a JSON object . It can be used to programmatically
    construct Kubernetes clients which cannot parse kubeconfig files.

    The resulting JSON object contains token-based authentication for clusters
    supporting it, and certificate-based authentication otherwise. For a list of
    supported versions and more information, see "[How to Connect to a DigitalOcean
    Kubernetes Cluster](https://docs.digitalocean.com/products/kubernetes/how-to/connect-to-cluster/)".

    To retrieve credentials for accessing a Kubernetes cluster, send a GET
    request to `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/credentials`.

    Clusters supporting token-based authentication may define an expiration by
    passing a duration in seconds as a query parameter to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/credentials?expiry_seconds=$DURATION_IN_SECONDS`.
    If not set or 0, then the token will have a 7 day expiry. The query parameter
    has no impact in certificate-based authentication.

    Args:
        cluster_id (str):
        expiry_seconds (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credentials | Error
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        expiry_seconds=expiry_seconds,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    expiry_seconds: Any = 0,
) -> Response[Credentials | Error]:
    """Retrieve Credentials for a Kubernetes Cluster

     This endpoint returns a JSON object . It can be used to programmatically
    construct Kubernetes clients which cannot parse kubeconfig files.

    The resulting JSON object contains token-based authentication for clusters
    supporting it, and certificate-based authentication otherwise. For a list of
    supported versions and more information, see "[How to Connect to a DigitalOcean
    Kubernetes Cluster](https://docs.digitalocean.com/products/kubernetes/how-to/connect-to-cluster/)".

    To retrieve credentials for accessing a Kubernetes cluster, send a GET
    request to `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/credentials`.

    Clusters supporting token-based authentication may define an expiration by
    passing a duration in seconds as a query parameter to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/credentials?expiry_seconds=$DURATION_IN_SECONDS`.
    If not set or 0, then the token will have a 7 day expiry. The query parameter
    has no impact in certificate-based authentication.

    Args:
        cluster_id (str):
        expiry_seconds (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credentials | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        expiry_seconds=expiry_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    expiry_seconds: Any = 0,
) -> Credentials | Error | None:
    """Retrieve Credentials for a Kubernetes Cluster

     This endpoint returns a JSON object . It can be used to programmatically
    construct Kubernetes clients which cannot parse kubeconfig files.

    The resulting JSON object contains token-based authentication for clusters
    supporting it, and certificate-based authentication otherwise. For a list of
    supported versions and more information, see "[How to Connect to a DigitalOcean
    Kubernetes Cluster](https://docs.digitalocean.com/products/kubernetes/how-to/connect-to-cluster/)".

    To retrieve credentials for accessing a Kubernetes cluster, send a GET
    request to `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/credentials`.

    Clusters supporting token-based authentication may define an expiration by
    passing a duration in seconds as a query parameter to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/credentials?expiry_seconds=$DURATION_IN_SECONDS`.
    If not set or 0, then the token will have a 7 day expiry. The query parameter
    has no impact in certificate-based authentication.

    Args:
        cluster_id (str):
        expiry_seconds (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credentials | Error
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            expiry_seconds=expiry_seconds,
        )
    ).parsed
