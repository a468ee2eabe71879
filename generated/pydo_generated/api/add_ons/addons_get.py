from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.addons_get_response_200 import AddonsGetResponse200
    from ...models.error import Error


def _get_kwargs(
    resource_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/add-ons/saas/{resource_uuid}".format(
            resource_uuid=quote(str(resource_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddonsGetResponse200 | Error:
    from ...models.addons_get_response_200 import AddonsGetResponse200
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AddonsGetResponse200.from_dict(response.json())

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
) -> Response[AddonsGetResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[AddonsGetResponse200 | Error]:
    """Get details on an Add-On Resource

     To fetch details of a specific Add-On Resource, send a GET request to `/v2/add-
    ons/saas/{resource_uuid}`.
    Replace `{resource_uuid}` with the UUID of the resource you want to retrieve.

    Args:
        resource_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddonsGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        resource_uuid=resource_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_uuid: str,
    *,
    client: AuthenticatedClient,
) -> AddonsGetResponse200 | Error | None:
    """Get details on an Add-On Resource

     To fetch details of a specific Add-On Resource, send a GET request to `/v2/add-
    ons/saas/{resource_uuid}`.
    Replace `{resource_uuid}` with the UUID of the resource you want to retrieve.

    Args:
        resource_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddonsGetResponse200 | Error
    """

    return sync_detailed(
        resource_uuid=resource_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    resource_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[AddonsGetResponse200 | Error]:
    """Get details on an Add-On Resource

     To fetch details of a specific Add-On Resource, send a GET request to `/v2/add-
    ons/saas/{resource_uuid}`.
    Replace `{resource_uuid}` with the UUID of the resource you want to retrieve.

    Args:
        resource_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddonsGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        resource_uuid=resource_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_uuid: str,
    *,
    client: AuthenticatedClient,
) -> AddonsGetResponse200 | Error | None:
    """Get details on an Add-On Resource

     To fetch details of a specific Add-On Resource, send a GET request to `/v2/add-
    ons/saas/{resource_uuid}`.
    Replace `{resource_uuid}` with the UUID of the resource you want to retrieve.

    Args:
        resource_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddonsGetResponse200 | Error
    """

    return (
        await asyncio_detailed(
            resource_uuid=resource_uuid,
            client=client,
        )
    ).parsed
