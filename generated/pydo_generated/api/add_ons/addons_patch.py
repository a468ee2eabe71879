from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.addons_patch_response_200 import AddonsPatchResponse200
    from ...models.error import Error


def _get_kwargs(
    resource_uuid: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/add-ons/saas/{resource_uuid}".format(
            resource_uuid=quote(str(resource_uuid), safe=""),
        ),
        "headers": headers,
    }
    if body is not UNSET:
        if isinstance(body, bytes | bytearray):
            _kwargs["content"] = bytes(body)
        else:
            _kwargs["json"] = body
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddonsPatchResponse200 | Error:
    from ...models.addons_patch_response_200 import AddonsPatchResponse200
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AddonsPatchResponse200.from_dict(response.json())

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
) -> Response[AddonsPatchResponse200 | Error]:
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
    body: Any = UNSET,
) -> Response[AddonsPatchResponse200 | Error]:
    """Update the name for an Add-On Resource

     To change the name of an Add-On Resource, send a PATCH request to `/v2/add-
    ons/saas/{resource_uuid}`.
    Replace `{resource_uuid}` with the UUID of the resource for which you want to change the name.

    Args:
        resource_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddonsPatchResponse200 | Error]
    """

    kwargs = _get_kwargs(
        resource_uuid=resource_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> AddonsPatchResponse200 | Error | None:
    """Update the name for an Add-On Resource

     To change the name of an Add-On Resource, send a PATCH request to `/v2/add-
    ons/saas/{resource_uuid}`.
    Replace `{resource_uuid}` with the UUID of the resource for which you want to change the name.

    Args:
        resource_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddonsPatchResponse200 | Error
    """

    return sync_detailed(
        resource_uuid=resource_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    resource_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[AddonsPatchResponse200 | Error]:
    """Update the name for an Add-On Resource

     To change the name of an Add-On Resource, send a PATCH request to `/v2/add-
    ons/saas/{resource_uuid}`.
    Replace `{resource_uuid}` with the UUID of the resource for which you want to change the name.

    Args:
        resource_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddonsPatchResponse200 | Error]
    """

    kwargs = _get_kwargs(
        resource_uuid=resource_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> AddonsPatchResponse200 | Error | None:
    """Update the name for an Add-On Resource

     To change the name of an Add-On Resource, send a PATCH request to `/v2/add-
    ons/saas/{resource_uuid}`.
    Replace `{resource_uuid}` with the UUID of the resource for which you want to change the name.

    Args:
        resource_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddonsPatchResponse200 | Error
    """

    return (
        await asyncio_detailed(
            resource_uuid=resource_uuid,
            client=client,
            body=body,
        )
    ).parsed
