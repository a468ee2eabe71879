from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.kubernetes_options import KubernetesOptions


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/kubernetes/options",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KubernetesOptions:
    from ...models.error import Error
    from ...models.kubernetes_options import KubernetesOptions

    if response.status_code == 200:
        response_200 = KubernetesOptions.from_dict(response.json())

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
) -> Response[Error | KubernetesOptions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | KubernetesOptions]:
    """List Available Regions, Node Sizes, and Versions of Kubernetes

     To list the versions of Kubernetes available for use, the regions that support Kubernetes, and the
    available node sizes, send a GET request to `/v2/kubernetes/options`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KubernetesOptions]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | KubernetesOptions | None:
    """List Available Regions, Node Sizes, and Versions of Kubernetes

     To list the versions of Kubernetes available for use, the regions that support Kubernetes, and the
    available node sizes, send a GET request to `/v2/kubernetes/options`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KubernetesOptions
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | KubernetesOptions]:
    """List Available Regions, Node Sizes, and Versions of Kubernetes

     To list the versions of Kubernetes available for use, the regions that support Kubernetes, and the
    available node sizes, send a GET request to `/v2/kubernetes/options`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KubernetesOptions]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | KubernetesOptions | None:
    """List Available Regions, Node Sizes, and Versions of Kubernetes

     To list the versions of Kubernetes available for use, the regions that support Kubernetes, and the
    available node sizes, send a GET request to `/v2/kubernetes/options`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KubernetesOptions
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
