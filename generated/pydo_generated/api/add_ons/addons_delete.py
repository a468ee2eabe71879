from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    resource_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/add-ons/saas/{resource_uuid}".format(
            resource_uuid=quote(str(resource_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Error]:
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
) -> Response[Any | Error]:
    """Delete/Deprovision an Add-on Resource

     To delete an add-on resource, send a DELETE request to `/v2/add-ons/saas/{resource_uuid}` with the
    UUID of the resource to delete.
    You cannot retrieve the resource after it has been deleted. The response indicates a request was
    sent to the 3rd party add-on provider to delete the resource.
    You will no longer be billed for this resource.

    Args:
        resource_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
) -> Any | Error | None:
    """Delete/Deprovision an Add-on Resource

     To delete an add-on resource, send a DELETE request to `/v2/add-ons/saas/{resource_uuid}` with the
    UUID of the resource to delete.
    You cannot retrieve the resource after it has been deleted. The response indicates a request was
    sent to the 3rd party add-on provider to delete the resource.
    You will no longer be billed for this resource.

    Args:
        resource_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        resource_uuid=resource_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    resource_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete/Deprovision an Add-on Resource

     To delete an add-on resource, send a DELETE request to `/v2/add-ons/saas/{resource_uuid}` with the
    UUID of the resource to delete.
    You cannot retrieve the resource after it has been deleted. The response indicates a request was
    sent to the 3rd party add-on provider to delete the resource.
    You will no longer be billed for this resource.

    Args:
        resource_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
) -> Any | Error | None:
    """Delete/Deprovision an Add-on Resource

     To delete an add-on resource, send a DELETE request to `/v2/add-ons/saas/{resource_uuid}` with the
    UUID of the resource to delete.
    You cannot retrieve the resource after it has been deleted. The response indicates a request was
    sent to the 3rd party add-on provider to delete the resource.
    You will no longer be billed for this resource.

    Args:
        resource_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            resource_uuid=resource_uuid,
            client=client,
        )
    ).parsed
