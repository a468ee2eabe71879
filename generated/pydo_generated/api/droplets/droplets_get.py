from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.droplets_get_response_200 import DropletsGetResponse200
    from ...models.error import Error


def _get_kwargs(
    droplet_id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/droplets/{droplet_id}".format(
            droplet_id=quote(str(droplet_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DropletsGetResponse200 | Error:
    from ...models.droplets_get_response_200 import DropletsGetResponse200
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DropletsGetResponse200.from_dict(response.json())

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
) -> Response[DropletsGetResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DropletsGetResponse200 | Error]:
    """Retrieve an Existing Droplet

     To show information about an individual Droplet, send a GET request to
    `/v2/droplets/$DROPLET_ID`.

    Args:
        droplet_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletsGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        droplet_id=droplet_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
) -> DropletsGetResponse200 | Error | None:
    """Retrieve an Existing Droplet

     To show information about an individual Droplet, send a GET request to
    `/v2/droplets/$DROPLET_ID`.

    Args:
        droplet_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletsGetResponse200 | Error
    """

    return sync_detailed(
        droplet_id=droplet_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DropletsGetResponse200 | Error]:
    """Retrieve an Existing Droplet

     To show information about an individual Droplet, send a GET request to
    `/v2/droplets/$DROPLET_ID`.

    Args:
        droplet_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletsGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        droplet_id=droplet_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
) -> DropletsGetResponse200 | Error | None:
    """Retrieve an Existing Droplet

     To show information about an individual Droplet, send a GET request to
    `/v2/droplets/$DROPLET_ID`.

    Args:
        droplet_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletsGetResponse200 | Error
    """

    return (
        await asyncio_detailed(
            droplet_id=droplet_id,
            client=client,
        )
    ).parsed
