from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.images_list_response_200 import ImagesListResponse200


def _get_kwargs(
    *,
    type_: Any = UNSET,
    private: Any = UNSET,
    tag_name: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "type": type_,
        "private": private,
        "tag_name": tag_name,
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/images",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImagesListResponse200:
    from ...models.error import Error
    from ...models.images_list_response_200 import ImagesListResponse200

    if response.status_code == 200:
        response_200 = ImagesListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | ImagesListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
    private: Any = UNSET,
    tag_name: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | ImagesListResponse200]:
    """List All Images

     To list all of the images available on your account, send a GET request to /v2/images.

    ## Filtering Results
    -----

    It's possible to request filtered results by including certain query parameters.

    **Image Type**

    Either 1-Click Application or OS Distribution images can be filtered by using the `type` query
    parameter.

    > Important: The `type` query parameter does not directly relate to the `type` attribute.

    To retrieve only ***distribution*** images, include the `type` query parameter set to distribution,
    `/v2/images?type=distribution`.

    To retrieve only ***application*** images, include the `type` query parameter set to application,
    `/v2/images?type=application`.

    **User Images**

    To retrieve only the private images of a user, include the `private` query parameter set to true,
    `/v2/images?private=true`.

    **Tags**

    To list all images assigned to a specific tag, include the `tag_name` query parameter set to the
    name of the tag in your GET request. For example, `/v2/images?tag_name=$TAG_NAME`.

    Args:
        type_ (str):
        private (bool):
        tag_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImagesListResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        private=private,
        tag_name=tag_name,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
    private: Any = UNSET,
    tag_name: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | ImagesListResponse200 | None:
    """List All Images

     To list all of the images available on your account, send a GET request to /v2/images.

    ## Filtering Results
    -----

    It's possible to request filtered results by including certain query parameters.

    **Image Type**

    Either 1-Click Application or OS Distribution images can be filtered by using the `type` query
    parameter.

    > Important: The `type` query parameter does not directly relate to the `type` attribute.

    To retrieve only ***distribution*** images, include the `type` query parameter set to distribution,
    `/v2/images?type=distribution`.

    To retrieve only ***application*** images, include the `type` query parameter set to application,
    `/v2/images?type=application`.

    **User Images**

    To retrieve only the private images of a user, include the `private` query parameter set to true,
    `/v2/images?private=true`.

    **Tags**

    To list all images assigned to a specific tag, include the `tag_name` query parameter set to the
    name of the tag in your GET request. For example, `/v2/images?tag_name=$TAG_NAME`.

    Args:
        type_ (str):
        private (bool):
        tag_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImagesListResponse200
    """

    return sync_detailed(
        client=client,
        type_=type_,
        private=private,
        tag_name=tag_name,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
    private: Any = UNSET,
    tag_name: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | ImagesListResponse200]:
    """List All Images

     To list all of the images available on your account, send a GET request to /v2/images.

    ## Filtering Results
    -----

    It's possible to request filtered results by including certain query parameters.

    **Image Type**

    Either 1-Click Application or OS Distribution images can be filtered by using the `type` query
    parameter.

    > Important: The `type` query parameter does not directly relate to the `type` attribute.

    To retrieve only ***distribution*** images, include the `type` query parameter set to distribution,
    `/v2/images?type=distribution`.

    To retrieve only ***application*** images, include the `type` query parameter set to application,
    `/v2/images?type=application`.

    **User Images**

    To retrieve only the private images of a user, include the `private` query parameter set to true,
    `/v2/images?private=true`.

    **Tags**

    To list all images assigned to a specific tag, include the `tag_name` query parameter set to the
    name of the tag in your GET request. For example, `/v2/images?tag_name=$TAG_NAME`.

    Args:
        type_ (str):
        private (bool):
        tag_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImagesListResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        private=private,
        tag_name=tag_name,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
    private: Any = UNSET,
    tag_name: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | ImagesListResponse200 | None:
    """List All Images

     To list all of the images available on your account, send a GET request to /v2/images.

    ## Filtering Results
    -----

    It's possible to request filtered results by including certain query parameters.

    **Image Type**

    Either 1-Click Application or OS Distribution images can be filtered by using the `type` query
    parameter.

    > Important: The `type` query parameter does not directly relate to the `type` attribute.

    To retrieve only ***distribution*** images, include the `type` query parameter set to distribution,
    `/v2/images?type=distribution`.

    To retrieve only ***application*** images, include the `type` query parameter set to application,
    `/v2/images?type=application`.

    **User Images**

    To retrieve only the private images of a user, include the `private` query parameter set to true,
    `/v2/images?private=true`.

    **Tags**

    To list all images assigned to a specific tag, include the `tag_name` query parameter set to the
    name of the tag in your GET request. For example, `/v2/images?tag_name=$TAG_NAME`.

    Args:
        type_ (str):
        private (bool):
        tag_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImagesListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            private=private,
            tag_name=tag_name,
            per_page=per_page,
            page=page,
        )
    ).parsed
