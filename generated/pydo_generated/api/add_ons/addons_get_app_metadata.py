from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.addons_get_app_metadata_response_200 import (
        AddonsGetAppMetadataResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    app_slug: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/add-ons/apps/{app_slug}/metadata".format(
            app_slug=quote(str(app_slug), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddonsGetAppMetadataResponse200 | Error:
    from ...models.addons_get_app_metadata_response_200 import (
        AddonsGetAppMetadataResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AddonsGetAppMetadataResponse200.from_dict(response.json())

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
) -> Response[AddonsGetAppMetadataResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[AddonsGetAppMetadataResponse200 | Error]:
    """Get Metadata for an Add-On Application

     To find out what metadata is required for a specific add-on, send a GET request to `/v2/add-
    ons/apps/{app_slug}/metadata`.
    Metadata varies by application.

    Args:
        app_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddonsGetAppMetadataResponse200 | Error]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_slug: str,
    *,
    client: AuthenticatedClient,
) -> AddonsGetAppMetadataResponse200 | Error | None:
    """Get Metadata for an Add-On Application

     To find out what metadata is required for a specific add-on, send a GET request to `/v2/add-
    ons/apps/{app_slug}/metadata`.
    Metadata varies by application.

    Args:
        app_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddonsGetAppMetadataResponse200 | Error
    """

    return sync_detailed(
        app_slug=app_slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[AddonsGetAppMetadataResponse200 | Error]:
    """Get Metadata for an Add-On Application

     To find out what metadata is required for a specific add-on, send a GET request to `/v2/add-
    ons/apps/{app_slug}/metadata`.
    Metadata varies by application.

    Args:
        app_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddonsGetAppMetadataResponse200 | Error]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_slug: str,
    *,
    client: AuthenticatedClient,
) -> AddonsGetAppMetadataResponse200 | Error | None:
    """Get Metadata for an Add-On Application

     To find out what metadata is required for a specific add-on, send a GET request to `/v2/add-
    ons/apps/{app_slug}/metadata`.
    Metadata varies by application.

    Args:
        app_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddonsGetAppMetadataResponse200 | Error
    """

    return (
        await asyncio_detailed(
            app_slug=app_slug,
            client=client,
        )
    ).parsed
