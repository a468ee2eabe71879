from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.images_post_account_transfer_create_response_201 import (
        ImagesPostAccountTransferCreateResponse201,
    )


def _get_kwargs(
    image_id: int,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/images/{image_id}/account_transfer".format(
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
) -> Error | ImagesPostAccountTransferCreateResponse201:
    from ...models.error import Error
    from ...models.images_post_account_transfer_create_response_201 import (
        ImagesPostAccountTransferCreateResponse201,
    )

    if response.status_code == 201:
        response_201 = ImagesPostAccountTransferCreateResponse201.from_dict(
            response.json()
        )

        return response_201

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
) -> Response[Error | ImagesPostAccountTransferCreateResponse201]:
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
) -> Response[Error | ImagesPostAccountTransferCreateResponse201]:
    """Initiate an Image Account Transfer

     To initiate an account transfer for an image, send a POST request to
    `/v2/images/$IMAGE_ID/account_transfer`.

    Only snapshot images may be transferred by this endpoint to another account.

    An image account transfer always has exactly one recipient, specified in the request body.
    The recipient can be one of the following:

    * A DigitalOcean account, denoted by `recipient_email` in the request body.
    The recipient will receive an email with instructions to accept the transfer.
    Once the recipient accepts the transfer, the image will be moved to their
    account.

    * A DigitalOcean team, denoted by `recipient_uuid` in the request body. If the
    user has sufficient permissions in the recipient team, the transfer will be
    automatically accepted and the image will be moved to the recipient team's
    account. Otherwise, the transfer will be pending until a user with sufficient
    permissions in the recipient team accepts the transfer.

    Args:
        image_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImagesPostAccountTransferCreateResponse201]
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
) -> Error | ImagesPostAccountTransferCreateResponse201 | None:
    """Initiate an Image Account Transfer

     To initiate an account transfer for an image, send a POST request to
    `/v2/images/$IMAGE_ID/account_transfer`.

    Only snapshot images may be transferred by this endpoint to another account.

    An image account transfer always has exactly one recipient, specified in the request body.
    The recipient can be one of the following:

    * A DigitalOcean account, denoted by `recipient_email` in the request body.
    The recipient will receive an email with instructions to accept the transfer.
    Once the recipient accepts the transfer, the image will be moved to their
    account.

    * A DigitalOcean team, denoted by `recipient_uuid` in the request body. If the
    user has sufficient permissions in the recipient team, the transfer will be
    automatically accepted and the image will be moved to the recipient team's
    account. Otherwise, the transfer will be pending until a user with sufficient
    permissions in the recipient team accepts the transfer.

    Args:
        image_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImagesPostAccountTransferCreateResponse201
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
) -> Response[Error | ImagesPostAccountTransferCreateResponse201]:
    """Initiate an Image Account Transfer

     To initiate an account transfer for an image, send a POST request to
    `/v2/images/$IMAGE_ID/account_transfer`.

    Only snapshot images may be transferred by this endpoint to another account.

    An image account transfer always has exactly one recipient, specified in the request body.
    The recipient can be one of the following:

    * A DigitalOcean account, denoted by `recipient_email` in the request body.
    The recipient will receive an email with instructions to accept the transfer.
    Once the recipient accepts the transfer, the image will be moved to their
    account.

    * A DigitalOcean team, denoted by `recipient_uuid` in the request body. If the
    user has sufficient permissions in the recipient team, the transfer will be
    automatically accepted and the image will be moved to the recipient team's
    account. Otherwise, the transfer will be pending until a user with sufficient
    permissions in the recipient team accepts the transfer.

    Args:
        image_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImagesPostAccountTransferCreateResponse201]
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
) -> Error | ImagesPostAccountTransferCreateResponse201 | None:
    """Initiate an Image Account Transfer

     To initiate an account transfer for an image, send a POST request to
    `/v2/images/$IMAGE_ID/account_transfer`.

    Only snapshot images may be transferred by this endpoint to another account.

    An image account transfer always has exactly one recipient, specified in the request body.
    The recipient can be one of the following:

    * A DigitalOcean account, denoted by `recipient_email` in the request body.
    The recipient will receive an email with instructions to accept the transfer.
    Once the recipient accepts the transfer, the image will be moved to their
    account.

    * A DigitalOcean team, denoted by `recipient_uuid` in the request body. If the
    user has sufficient permissions in the recipient team, the transfer will be
    automatically accepted and the image will be moved to the recipient team's
    account. Otherwise, the transfer will be pending until a user with sufficient
    permissions in the recipient team accepts the transfer.

    Args:
        image_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImagesPostAccountTransferCreateResponse201
    """

    return (
        await asyncio_detailed(
            image_id=image_id,
            client=client,
            body=body,
        )
    ).parsed
