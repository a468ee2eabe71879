from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.autoscalepools_list_members_response_200 import (
        AutoscalepoolsListMembersResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    autoscale_pool_id: str,
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
        "url": "/v2/droplets/autoscale/{autoscale_pool_id}/members".format(
            autoscale_pool_id=quote(str(autoscale_pool_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoscalepoolsListMembersResponse200 | Error:
    from ...models.autoscalepools_list_members_response_200 import (
        AutoscalepoolsListMembersResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AutoscalepoolsListMembersResponse200.from_dict(response.json())

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
) -> Response[AutoscalepoolsListMembersResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[AutoscalepoolsListMembersResponse200 | Error]:
    """List members

     To list the Droplets in an autoscale pool, send a GET request to
    `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID/members`.

    The response body will be a JSON object with a key of `droplets`. This will be
    set to an array containing information about each of the Droplets in the autoscale pool.

    Args:
        autoscale_pool_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoscalepoolsListMembersResponse200 | Error]
    """

    kwargs = _get_kwargs(
        autoscale_pool_id=autoscale_pool_id,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> AutoscalepoolsListMembersResponse200 | Error | None:
    """List members

     To list the Droplets in an autoscale pool, send a GET request to
    `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID/members`.

    The response body will be a JSON object with a key of `droplets`. This will be
    set to an array containing information about each of the Droplets in the autoscale pool.

    Args:
        autoscale_pool_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoscalepoolsListMembersResponse200 | Error
    """

    return sync_detailed(
        autoscale_pool_id=autoscale_pool_id,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[AutoscalepoolsListMembersResponse200 | Error]:
    """List members

     To list the Droplets in an autoscale pool, send a GET request to
    `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID/members`.

    The response body will be a JSON object with a key of `droplets`. This will be
    set to an array containing information about each of the Droplets in the autoscale pool.

    Args:
        autoscale_pool_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoscalepoolsListMembersResponse200 | Error]
    """

    kwargs = _get_kwargs(
        autoscale_pool_id=autoscale_pool_id,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> AutoscalepoolsListMembersResponse200 | Error | None:
    """List members

     To list the Droplets in an autoscale pool, send a GET request to
    `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID/members`.

    The response body will be a JSON object with a key of `droplets`. This will be
    set to an array containing information about each of the Droplets in the autoscale pool.

    Args:
        autoscale_pool_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoscalepoolsListMembersResponse200 | Error
    """

    return (
        await asyncio_detailed(
            autoscale_pool_id=autoscale_pool_id,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
