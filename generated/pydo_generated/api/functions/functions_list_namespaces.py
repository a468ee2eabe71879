from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.functions_list_namespaces_response_200 import (
        FunctionsListNamespacesResponse200,
    )


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/functions/namespaces",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FunctionsListNamespacesResponse200:
    from ...models.error import Error
    from ...models.functions_list_namespaces_response_200 import (
        FunctionsListNamespacesResponse200,
    )

    if response.status_code == 200:
        response_200 = FunctionsListNamespacesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | FunctionsListNamespacesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | FunctionsListNamespacesResponse200]:
    """List Namespaces

     Returns a list of namespaces associated with the current user. To get all namespaces, send a GET
    request to `/v2/functions/namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FunctionsListNamespacesResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | FunctionsListNamespacesResponse200 | None:
    """List Namespaces

     Returns a list of namespaces associated with the current user. To get all namespaces, send a GET
    request to `/v2/functions/namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FunctionsListNamespacesResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | FunctionsListNamespacesResponse200]:
    """List Namespaces

     Returns a list of namespaces associated with the current user. To get all namespaces, send a GET
    request to `/v2/functions/namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FunctionsListNamespacesResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | FunctionsListNamespacesResponse200 | None:
    """List Namespaces

     Returns a list of namespaces associated with the current user. To get all namespaces, send a GET
    request to `/v2/functions/namespaces`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FunctionsListNamespacesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
