from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.autoscalepools_list_response_200 import AutoscalepoolsListResponse200
    from ...models.error import Error


def _get_kwargs(
    *,
    per_page: Any = 20,
    page: Any = 1,
    name: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
        "name": name,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/droplets/autoscale",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoscalepoolsListResponse200 | Error:
    from ...models.autoscalepools_list_response_200 import AutoscalepoolsListResponse200
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AutoscalepoolsListResponse200.from_dict(response.json())

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
) -> Response[AutoscalepoolsListResponse200 | Error]:
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
    name: Any = UNSET,
) -> Response[AutoscalepoolsListResponse200 | Error]:
    """List All Autoscale Pools

     To list all autoscale pools in your team, send a GET request to `/v2/droplets/autoscale`.
    The response body will be a JSON object with a key of `autoscale_pools` containing an array of
    autoscale pool objects.
    These each contain the standard autoscale pool attributes.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoscalepoolsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        name=name,
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
    name: Any = UNSET,
) -> AutoscalepoolsListResponse200 | Error | None:
    """List All Autoscale Pools

     To list all autoscale pools in your team, send a GET request to `/v2/droplets/autoscale`.
    The response body will be a JSON object with a key of `autoscale_pools` containing an array of
    autoscale pool objects.
    These each contain the standard autoscale pool attributes.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoscalepoolsListResponse200 | Error
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    name: Any = UNSET,
) -> Response[AutoscalepoolsListResponse200 | Error]:
    """List All Autoscale Pools

     To list all autoscale pools in your team, send a GET request to `/v2/droplets/autoscale`.
    The response body will be a JSON object with a key of `autoscale_pools` containing an array of
    autoscale pool objects.
    These each contain the standard autoscale pool attributes.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoscalepoolsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    name: Any = UNSET,
) -> AutoscalepoolsListResponse200 | Error | None:
    """List All Autoscale Pools

     To list all autoscale pools in your team, send a GET request to `/v2/droplets/autoscale`.
    The response body will be a JSON object with a key of `autoscale_pools` containing an array of
    autoscale pool objects.
    These each contain the standard autoscale pool attributes.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoscalepoolsListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            name=name,
        )
    ).parsed
