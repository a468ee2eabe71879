from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dedicated_inferences_list_response_200 import (
        DedicatedInferencesListResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    *,
    per_page: Any = 20,
    page: Any = 1,
    region: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
        "region": region,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/dedicated-inferences",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DedicatedInferencesListResponse200 | Error:
    from ...models.dedicated_inferences_list_response_200 import (
        DedicatedInferencesListResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DedicatedInferencesListResponse200.from_dict(response.json())

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
) -> Response[DedicatedInferencesListResponse200 | Error]:
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
    region: Any = UNSET,
) -> Response[DedicatedInferencesListResponse200 | Error]:
    """List Dedicated Inferences

     List all Dedicated Inference instances for your team. Send a GET request to
    `/v2/dedicated-inferences`. You may filter by region and use page and per_page
    for pagination.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        region=region,
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
    region: Any = UNSET,
) -> DedicatedInferencesListResponse200 | Error | None:
    """List Dedicated Inferences

     List all Dedicated Inference instances for your team. Send a GET request to
    `/v2/dedicated-inferences`. You may filter by region and use page and per_page
    for pagination.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesListResponse200 | Error
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        region=region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    region: Any = UNSET,
) -> Response[DedicatedInferencesListResponse200 | Error]:
    """List Dedicated Inferences

     List all Dedicated Inference instances for your team. Send a GET request to
    `/v2/dedicated-inferences`. You may filter by region and use page and per_page
    for pagination.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    region: Any = UNSET,
) -> DedicatedInferencesListResponse200 | Error | None:
    """List Dedicated Inferences

     List all Dedicated Inference instances for your team. Send a GET request to
    `/v2/dedicated-inferences`. You may filter by region and use page and per_page
    for pagination.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            region=region,
        )
    ).parsed
