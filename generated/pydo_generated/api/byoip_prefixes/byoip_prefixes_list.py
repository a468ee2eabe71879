from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.byoip_prefixes_list_response_200 import ByoipPrefixesListResponse200
    from ...models.error import Error


def _get_kwargs(
    *,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/byoip_prefixes",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ByoipPrefixesListResponse200 | Error:
    from ...models.byoip_prefixes_list_response_200 import ByoipPrefixesListResponse200
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ByoipPrefixesListResponse200.from_dict(response.json())

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
) -> Response[ByoipPrefixesListResponse200 | Error]:
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
) -> Response[ByoipPrefixesListResponse200 | Error]:
    """List BYOIP Prefixes

     To list all BYOIP prefixes, send a GET request to `/v2/byoip_prefixes`.
    A successful response will return a list of all BYOIP prefixes associated with the account.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ByoipPrefixesListResponse200 | Error]
    """

    kwargs = _get_kwargs(
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
    per_page: Any = 20,
    page: Any = 1,
) -> ByoipPrefixesListResponse200 | Error | None:
    """List BYOIP Prefixes

     To list all BYOIP prefixes, send a GET request to `/v2/byoip_prefixes`.
    A successful response will return a list of all BYOIP prefixes associated with the account.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ByoipPrefixesListResponse200 | Error
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[ByoipPrefixesListResponse200 | Error]:
    """List BYOIP Prefixes

     To list all BYOIP prefixes, send a GET request to `/v2/byoip_prefixes`.
    A successful response will return a list of all BYOIP prefixes associated with the account.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ByoipPrefixesListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> ByoipPrefixesListResponse200 | Error | None:
    """List BYOIP Prefixes

     To list all BYOIP prefixes, send a GET request to `/v2/byoip_prefixes`.
    A successful response will return a list of all BYOIP prefixes associated with the account.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ByoipPrefixesListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
