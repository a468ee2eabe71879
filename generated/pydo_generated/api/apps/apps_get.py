from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.app_response import AppResponse
    from ...models.error import Error


def _get_kwargs(
    id: str,
    *,
    name: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "name": name,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/apps/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppResponse | Error:
    from ...models.app_response import AppResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AppResponse.from_dict(response.json())

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
) -> Response[AppResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
) -> Response[AppResponse | Error]:
    """Retrieve an Existing App

     Retrieve details about an existing app by either its ID or name. To retrieve an app by its name, do
    not include an ID in the request path. Information about the current active deployment as well as
    any in progress ones will also be included in the response.

    Args:
        id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
) -> AppResponse | Error | None:
    """Retrieve an Existing App

     Retrieve details about an existing app by either its ID or name. To retrieve an app by its name, do
    not include an ID in the request path. Information about the current active deployment as well as
    any in progress ones will also be included in the response.

    Args:
        id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppResponse | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        name=name,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
) -> Response[AppResponse | Error]:
    """Retrieve an Existing App

     Retrieve details about an existing app by either its ID or name. To retrieve an app by its name, do
    not include an ID in the request path. Information about the current active deployment as well as
    any in progress ones will also be included in the response.

    Args:
        id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
) -> AppResponse | Error | None:
    """Retrieve an Existing App

     Retrieve details about an existing app by either its ID or name. To retrieve an app by its name, do
    not include an ID in the request path. Information about the current active deployment as well as
    any in progress ones will also be included in the response.

    Args:
        id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppResponse | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            name=name,
        )
    ).parsed
