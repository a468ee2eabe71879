from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.droplets_list_response_200 import DropletsListResponse200
    from ...models.error import Error


def _get_kwargs(
    *,
    per_page: Any = 20,
    page: Any = 1,
    tag_name: Any = UNSET,
    name: Any = UNSET,
    type_: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
        "tag_name": tag_name,
        "name": name,
        "type": type_,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/droplets",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DropletsListResponse200 | Error:
    from ...models.droplets_list_response_200 import DropletsListResponse200
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DropletsListResponse200.from_dict(response.json())

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
) -> Response[DropletsListResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    tag_name: Any = UNSET,
    name: Any = UNSET,
    type_: Any = UNSET,
) -> Response[DropletsListResponse200 | Error]:
    """List All Droplets

     To list all Droplets in your account, send a GET request to `/v2/droplets`.

    The response body will be a JSON object with a key of `droplets`. This will be
    set to an array containing objects each representing a Droplet. These will
    contain the standard Droplet attributes.

    ### Filtering Results by Tag

    It's possible to request filtered results by including certain query parameters.
    To only list Droplets assigned to a specific tag, include the `tag_name` query
    parameter set to the name of the tag in your GET request. For example,
    `/v2/droplets?tag_name=$TAG_NAME`.

    ### GPU Droplets

    By default, only non-GPU Droplets are returned. To list only GPU Droplets, set
    the `type` query parameter to `gpus`. For example, `/v2/droplets?type=gpus`.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        tag_name (str):
        name (str):
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        tag_name=tag_name,
        name=name,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    tag_name: Any = UNSET,
    name: Any = UNSET,
    type_: Any = UNSET,
) -> DropletsListResponse200 | Error | None:
    """List All Droplets

     To list all Droplets in your account, send a GET request to `/v2/droplets`.

    The response body will be a JSON object with a key of `droplets`. This will be
    set to an array containing objects each representing a Droplet. These will
    contain the standard Droplet attributes.

    ### Filtering Results by Tag

    It's possible to request filtered results by including certain query parameters.
    To only list Droplets assigned to a specific tag, include the `tag_name` query
    parameter set to the name of the tag in your GET request. For example,
    `/v2/droplets?tag_name=$TAG_NAME`.

    ### GPU Droplets

    By default, only non-GPU Droplets are returned. To list only GPU Droplets, set
    the `type` query parameter to `gpus`. For example, `/v2/droplets?type=gpus`.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        tag_name (str):
        name (str):
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletsListResponse200 | Error
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        tag_name=tag_name,
        name=name,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    tag_name: Any = UNSET,
    name: Any = UNSET,
    type_: Any = UNSET,
) -> Response[DropletsListResponse200 | Error]:
    """List All Droplets

     To list all Droplets in your account, send a GET request to `/v2/droplets`.

    The response body will be a JSON object with a key of `droplets`. This will be
    set to an array containing objects each representing a Droplet. These will
    contain the standard Droplet attributes.

    ### Filtering Results by Tag

    It's possible to request filtered results by including certain query parameters.
    To only list Droplets assigned to a specific tag, include the `tag_name` query
    parameter set to the name of the tag in your GET request. For example,
    `/v2/droplets?tag_name=$TAG_NAME`.

    ### GPU Droplets

    By default, only non-GPU Droplets are returned. To list only GPU Droplets, set
    the `type` query parameter to `gpus`. For example, `/v2/droplets?type=gpus`.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        tag_name (str):
        name (str):
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        tag_name=tag_name,
        name=name,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    tag_name: Any = UNSET,
    name: Any = UNSET,
    type_: Any = UNSET,
) -> DropletsListResponse200 | Error | None:
    """List All Droplets

     To list all Droplets in your account, send a GET request to `/v2/droplets`.

    The response body will be a JSON object with a key of `droplets`. This will be
    set to an array containing objects each representing a Droplet. These will
    contain the standard Droplet attributes.

    ### Filtering Results by Tag

    It's possible to request filtered results by including certain query parameters.
    To only list Droplets assigned to a specific tag, include the `tag_name` query
    parameter set to the name of the tag in your GET request. For example,
    `/v2/droplets?tag_name=$TAG_NAME`.

    ### GPU Droplets

    By default, only non-GPU Droplets are returned. To list only GPU Droplets, set
    the `type` query parameter to `gpus`. For example, `/v2/droplets?type=gpus`.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        tag_name (str):
        name (str):
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletsListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            tag_name=tag_name,
            name=name,
            type_=type_,
        )
    ).parsed
