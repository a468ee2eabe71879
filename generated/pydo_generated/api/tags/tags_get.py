from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.tags_get_response_200 import TagsGetResponse200


def _get_kwargs(
    tag_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/tags/{tag_id}".format(
            tag_id=quote(str(tag_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TagsGetResponse200:
    from ...models.error import Error
    from ...models.tags_get_response_200 import TagsGetResponse200

    if response.status_code == 200:
        response_200 = TagsGetResponse200.from_dict(response.json())

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
) -> Response[Error | TagsGetResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | TagsGetResponse200]:
    """Retrieve a Tag

     To retrieve an individual tag, you can send a `GET` request to
    `/v2/tags/$TAG_NAME`.

    This endpoint will only return tagged resources that you are authorized to see.
    For example, to see tagged Droplets, include the `droplet:read` scope.

    Args:
        tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TagsGetResponse200]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | TagsGetResponse200 | None:
    """Retrieve a Tag

     To retrieve an individual tag, you can send a `GET` request to
    `/v2/tags/$TAG_NAME`.

    This endpoint will only return tagged resources that you are authorized to see.
    For example, to see tagged Droplets, include the `droplet:read` scope.

    Args:
        tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TagsGetResponse200
    """

    return sync_detailed(
        tag_id=tag_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | TagsGetResponse200]:
    """Retrieve a Tag

     To retrieve an individual tag, you can send a `GET` request to
    `/v2/tags/$TAG_NAME`.

    This endpoint will only return tagged resources that you are authorized to see.
    For example, to see tagged Droplets, include the `droplet:read` scope.

    Args:
        tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TagsGetResponse200]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | TagsGetResponse200 | None:
    """Retrieve a Tag

     To retrieve an individual tag, you can send a `GET` request to
    `/v2/tags/$TAG_NAME`.

    This endpoint will only return tagged resources that you are authorized to see.
    For example, to see tagged Droplets, include the `droplet:read` scope.

    Args:
        tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TagsGetResponse200
    """

    return (
        await asyncio_detailed(
            tag_id=tag_id,
            client=client,
        )
    ).parsed
