from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.spaces_key_get_response_200 import SpacesKeyGetResponse200


def _get_kwargs(
    access_key: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/spaces/keys/{access_key}".format(
            access_key=quote(str(access_key), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SpacesKeyGetResponse200:
    from ...models.error import Error
    from ...models.spaces_key_get_response_200 import SpacesKeyGetResponse200

    if response.status_code == 200:
        response_200 = SpacesKeyGetResponse200.from_dict(response.json())

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
) -> Response[Error | SpacesKeyGetResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    access_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SpacesKeyGetResponse200]:
    """Get a Spaces Access Key

     To get a Spaces Access Key, send a GET request to `/v2/spaces/keys/$ACCESS_KEY`.

    A successful request will return the Access Key.

    Args:
        access_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SpacesKeyGetResponse200]
    """

    kwargs = _get_kwargs(
        access_key=access_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    access_key: str,
    *,
    client: AuthenticatedClient,
) -> Error | SpacesKeyGetResponse200 | None:
    """Get a Spaces Access Key

     To get a Spaces Access Key, send a GET request to `/v2/spaces/keys/$ACCESS_KEY`.

    A successful request will return the Access Key.

    Args:
        access_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SpacesKeyGetResponse200
    """

    return sync_detailed(
        access_key=access_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    access_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SpacesKeyGetResponse200]:
    """Get a Spaces Access Key

     To get a Spaces Access Key, send a GET request to `/v2/spaces/keys/$ACCESS_KEY`.

    A successful request will return the Access Key.

    Args:
        access_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SpacesKeyGetResponse200]
    """

    kwargs = _get_kwargs(
        access_key=access_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    access_key: str,
    *,
    client: AuthenticatedClient,
) -> Error | SpacesKeyGetResponse200 | None:
    """Get a Spaces Access Key

     To get a Spaces Access Key, send a GET request to `/v2/spaces/keys/$ACCESS_KEY`.

    A successful request will return the Access Key.

    Args:
        access_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SpacesKeyGetResponse200
    """

    return (
        await asyncio_detailed(
            access_key=access_key,
            client=client,
        )
    ).parsed
