from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.spaces_key_patch_response_200 import SpacesKeyPatchResponse200


def _get_kwargs(
    access_key: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/spaces/keys/{access_key}".format(
            access_key=quote(str(access_key), safe=""),
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
) -> Error | SpacesKeyPatchResponse200:
    from ...models.error import Error
    from ...models.spaces_key_patch_response_200 import SpacesKeyPatchResponse200

    if response.status_code == 200:
        response_200 = SpacesKeyPatchResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | SpacesKeyPatchResponse200]:
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
    body: Any = UNSET,
) -> Response[Error | SpacesKeyPatchResponse200]:
    """Update Spaces Access Keys

     To update Spaces Access Key, send a PUT or PATCH request to `/v2/spaces/keys/$ACCESS_KEY`. At the
    moment, you cannot convert a
    fullaccess key to a scoped key or vice versa. You can only update the name of the key.

    Args:
        access_key (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SpacesKeyPatchResponse200]
    """

    kwargs = _get_kwargs(
        access_key=access_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    access_key: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | SpacesKeyPatchResponse200 | None:
    """Update Spaces Access Keys

     To update Spaces Access Key, send a PUT or PATCH request to `/v2/spaces/keys/$ACCESS_KEY`. At the
    moment, you cannot convert a
    fullaccess key to a scoped key or vice versa. You can only update the name of the key.

    Args:
        access_key (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SpacesKeyPatchResponse200
    """

    return sync_detailed(
        access_key=access_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    access_key: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | SpacesKeyPatchResponse200]:
    """Update Spaces Access Keys

     To update Spaces Access Key, send a PUT or PATCH request to `/v2/spaces/keys/$ACCESS_KEY`. At the
    moment, you cannot convert a
    fullaccess key to a scoped key or vice versa. You can only update the name of the key.

    Args:
        access_key (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SpacesKeyPatchResponse200]
    """

    kwargs = _get_kwargs(
        access_key=access_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    access_key: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | SpacesKeyPatchResponse200 | None:
    """Update Spaces Access Keys

     To update Spaces Access Key, send a PUT or PATCH request to `/v2/spaces/keys/$ACCESS_KEY`. At the
    moment, you cannot convert a
    fullaccess key to a scoped key or vice versa. You can only update the name of the key.

    Args:
        access_key (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SpacesKeyPatchResponse200
    """

    return (
        await asyncio_detailed(
            access_key=access_key,
            client=client,
            body=body,
        )
    ).parsed
