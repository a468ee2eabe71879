from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.images_update_response_200 import ImagesUpdateResponse200


def _get_kwargs(
    image_id: int,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/images/{image_id}".format(
            image_id=quote(str(image_id), safe=""),
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
) -> Error | ImagesUpdateResponse200:
    from ...models.error import Error
    from ...models.images_update_response_200 import ImagesUpdateResponse200

    if response.status_code == 200:
        response_200 = ImagesUpdateResponse200.from_dict(response.json())

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
) -> Response[Error | ImagesUpdateResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    image_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | ImagesUpdateResponse200]:
    """Update an Image

     To update an image, send a `PUT` request to `/v2/images/$IMAGE_ID`.
    Set the `name` attribute to the new value you would like to use.
    For custom images, the `description` and `distribution` attributes may also be updated.

    Args:
        image_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImagesUpdateResponse200]
    """

    kwargs = _get_kwargs(
        image_id=image_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    image_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | ImagesUpdateResponse200 | None:
    """Update an Image

     To update an image, send a `PUT` request to `/v2/images/$IMAGE_ID`.
    Set the `name` attribute to the new value you would like to use.
    For custom images, the `description` and `distribution` attributes may also be updated.

    Args:
        image_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImagesUpdateResponse200
    """

    return sync_detailed(
        image_id=image_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    image_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | ImagesUpdateResponse200]:
    """Update an Image

     To update an image, send a `PUT` request to `/v2/images/$IMAGE_ID`.
    Set the `name` attribute to the new value you would like to use.
    For custom images, the `description` and `distribution` attributes may also be updated.

    Args:
        image_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImagesUpdateResponse200]
    """

    kwargs = _get_kwargs(
        image_id=image_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    image_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | ImagesUpdateResponse200 | None:
    """Update an Image

     To update an image, send a `PUT` request to `/v2/images/$IMAGE_ID`.
    Set the `name` attribute to the new value you would like to use.
    For custom images, the `description` and `distribution` attributes may also be updated.

    Args:
        image_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImagesUpdateResponse200
    """

    return (
        await asyncio_detailed(
            image_id=image_id,
            client=client,
            body=body,
        )
    ).parsed
