from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.registries_get_response_200 import RegistriesGetResponse200


def _get_kwargs(
    registry_name: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/registries/{registry_name}".format(
            registry_name=quote(str(registry_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistriesGetResponse200:
    from ...models.error import Error
    from ...models.registries_get_response_200 import RegistriesGetResponse200

    if response.status_code == 200:
        response_200 = RegistriesGetResponse200.from_dict(response.json())

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
) -> Response[Error | RegistriesGetResponse200]:
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
) -> Response[Error | RegistriesGetResponse200]:
    """Get a Container Registry By Name

     To get information about any container registry in your account, send a GET request to
    `/v2/registries/{registry_name}`.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesGetResponse200]
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
) -> Error | RegistriesGetResponse200 | None:
    """Get a Container Registry By Name

     To get information about any container registry in your account, send a GET request to
    `/v2/registries/{registry_name}`.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesGetResponse200
    """

    return sync_detailed(
        registry_name=registry_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RegistriesGetResponse200]:
    """Get a Container Registry By Name

     To get information about any container registry in your account, send a GET request to
    `/v2/registries/{registry_name}`.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesGetResponse200]
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
) -> Error | RegistriesGetResponse200 | None:
    """Get a Container Registry By Name

     To get information about any container registry in your account, send a GET request to
    `/v2/registries/{registry_name}`.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesGetResponse200
    """

    return (
        await asyncio_detailed(
            registry_name=registry_name,
            client=client,
        )
    ).parsed
