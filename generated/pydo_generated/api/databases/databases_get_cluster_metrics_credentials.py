from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.databases_get_cluster_metrics_credentials_response_200 import (
        DatabasesGetClusterMetricsCredentialsResponse200,
    )
    from ...models.error import Error


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases/metrics/credentials",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatabasesGetClusterMetricsCredentialsResponse200 | Error:
    from ...models.databases_get_cluster_metrics_credentials_response_200 import (
        DatabasesGetClusterMetricsCredentialsResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DatabasesGetClusterMetricsCredentialsResponse200.from_dict(
            response.json()
        )

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
) -> Response[DatabasesGetClusterMetricsCredentialsResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DatabasesGetClusterMetricsCredentialsResponse200 | Error]:
    """Retrieve Database Clusters' Metrics Endpoint Credentials

     To show the credentials for all database clusters' metrics endpoints, send a GET request to
    `/v2/databases/metrics/credentials`. The result will be a JSON object with a `credentials` key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesGetClusterMetricsCredentialsResponse200 | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DatabasesGetClusterMetricsCredentialsResponse200 | Error | None:
    """Retrieve Database Clusters' Metrics Endpoint Credentials

     To show the credentials for all database clusters' metrics endpoints, send a GET request to
    `/v2/databases/metrics/credentials`. The result will be a JSON object with a `credentials` key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesGetClusterMetricsCredentialsResponse200 | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DatabasesGetClusterMetricsCredentialsResponse200 | Error]:
    """Retrieve Database Clusters' Metrics Endpoint Credentials

     To show the credentials for all database clusters' metrics endpoints, send a GET request to
    `/v2/databases/metrics/credentials`. The result will be a JSON object with a `credentials` key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesGetClusterMetricsCredentialsResponse200 | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DatabasesGetClusterMetricsCredentialsResponse200 | Error | None:
    """Retrieve Database Clusters' Metrics Endpoint Credentials

     To show the credentials for all database clusters' metrics endpoints, send a GET request to
    `/v2/databases/metrics/credentials`. The result will be a JSON object with a `credentials` key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesGetClusterMetricsCredentialsResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
