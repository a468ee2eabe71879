from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.batch_list_response import BatchListResponse
    from ...models.error import Error


def _get_kwargs(
    *,
    after: Any = UNSET,
    limit: Any = 20,
    status: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "after": after,
        "limit": limit,
        "status": status,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batches",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchListResponse | Error:
    from ...models.batch_list_response import BatchListResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = BatchListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[BatchListResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: Any = UNSET,
    limit: Any = 20,
    status: Any = UNSET,
) -> Response[BatchListResponse | Error]:
    """List Batch Inference Jobs

     Returns a cursor-paginated list of batch jobs, ordered newest first. Use `limit` to control page
    size and `after` to page forward using the `last_id` from the previous response.

    Args:
        after (str):
        limit (int):  Default: 20.
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchListResponse | Error]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: Any = UNSET,
    limit: Any = 20,
    status: Any = UNSET,
) -> BatchListResponse | Error | None:
    """List Batch Inference Jobs

     Returns a cursor-paginated list of batch jobs, ordered newest first. Use `limit` to control page
    size and `after` to page forward using the `last_id` from the previous response.

    Args:
        after (str):
        limit (int):  Default: 20.
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchListResponse | Error
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: Any = UNSET,
    limit: Any = 20,
    status: Any = UNSET,
) -> Response[BatchListResponse | Error]:
    """List Batch Inference Jobs

     Returns a cursor-paginated list of batch jobs, ordered newest first. Use `limit` to control page
    size and `after` to page forward using the `last_id` from the previous response.

    Args:
        after (str):
        limit (int):  Default: 20.
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchListResponse | Error]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: Any = UNSET,
    limit: Any = 20,
    status: Any = UNSET,
) -> BatchListResponse | Error | None:
    """List Batch Inference Jobs

     Returns a cursor-paginated list of batch jobs, ordered newest first. Use `limit` to control page
    size and `after` to page forward using the `last_id` from the previous response.

    Args:
        after (str):
        limit (int):  Default: 20.
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            status=status,
        )
    ).parsed
