from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.registries_get_garbage_collection_response_200 import (
        RegistriesGetGarbageCollectionResponse200,
    )


def _get_kwargs(
    registry_name: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/registries/{registry_name}/garbage-collection".format(
            registry_name=quote(str(registry_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistriesGetGarbageCollectionResponse200:
    from ...models.error import Error
    from ...models.registries_get_garbage_collection_response_200 import (
        RegistriesGetGarbageCollectionResponse200,
    )

    if response.status_code == 200:
        response_200 = RegistriesGetGarbageCollectionResponse200.from_dict(
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
) -> Response[Error | RegistriesGetGarbageCollectionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RegistriesGetGarbageCollectionResponse200]:
    """Get Active Garbage Collection

     To get information about the currently-active garbage collection for a registry, send a GET request
    to `/v2/registry/$REGISTRY_NAME/garbage-collection`.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesGetGarbageCollectionResponse200]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | RegistriesGetGarbageCollectionResponse200 | None:
    """Get Active Garbage Collection

     To get information about the currently-active garbage collection for a registry, send a GET request
    to `/v2/registry/$REGISTRY_NAME/garbage-collection`.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesGetGarbageCollectionResponse200
    """

    return sync_detailed(
        registry_name=registry_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RegistriesGetGarbageCollectionResponse200]:
    """Get Active Garbage Collection

     To get information about the currently-active garbage collection for a registry, send a GET request
    to `/v2/registry/$REGISTRY_NAME/garbage-collection`.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesGetGarbageCollectionResponse200]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | RegistriesGetGarbageCollectionResponse200 | None:
    """Get Active Garbage Collection

     To get information about the currently-active garbage collection for a registry, send a GET request
    to `/v2/registry/$REGISTRY_NAME/garbage-collection`.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesGetGarbageCollectionResponse200
    """

    return (
        await asyncio_detailed(
            registry_name=registry_name,
            client=client,
        )
    ).parsed
