from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.image_actions_list_response_200 import ImageActionsListResponse200


def _get_kwargs(
    image_id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/images/{image_id}/actions".format(
            image_id=quote(str(image_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImageActionsListResponse200:
    from ...models.error import Error
    from ...models.image_actions_list_response_200 import ImageActionsListResponse200

    if response.status_code == 200:
        response_200 = ImageActionsListResponse200.from_dict(response.json())

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
) -> Response[Error | ImageActionsListResponse200]:
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
) -> Response[Error | ImageActionsListResponse200]:
    """List All Actions for an Image

     To retrieve all actions that have been executed on an image, send a GET request to
    `/v2/images/$IMAGE_ID/actions`.

    Args:
        image_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImageActionsListResponse200]
    """

    kwargs = _get_kwargs(
        image_id=image_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    image_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | ImageActionsListResponse200 | None:
    """List All Actions for an Image

     To retrieve all actions that have been executed on an image, send a GET request to
    `/v2/images/$IMAGE_ID/actions`.

    Args:
        image_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImageActionsListResponse200
    """

    return sync_detailed(
        image_id=image_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    image_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ImageActionsListResponse200]:
    """List All Actions for an Image

     To retrieve all actions that have been executed on an image, send a GET request to
    `/v2/images/$IMAGE_ID/actions`.

    Args:
        image_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImageActionsListResponse200]
    """

    kwargs = _get_kwargs(
        image_id=image_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    image_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | ImageActionsListResponse200 | None:
    """List All Actions for an Image

     To retrieve all actions that have been executed on an image, send a GET request to
    `/v2/images/$IMAGE_ID/actions`.

    Args:
        image_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImageActionsListResponse200
    """

    return (
        await asyncio_detailed(
            image_id=image_id,
            client=client,
        )
    ).parsed
