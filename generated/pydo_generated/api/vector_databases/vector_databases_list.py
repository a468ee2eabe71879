from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vectordb_list_vector_d_bs_response import (
        VectordbListVectorDBsResponse,
    )


def _get_kwargs(
    *,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "page": page,
        "per_page": per_page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/vector-databases",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VectordbListVectorDBsResponse:
    from ...models.error import Error
    from ...models.vectordb_list_vector_d_bs_response import (
        VectordbListVectorDBsResponse,
    )

    if response.status_code == 200:
        response_200 = VectordbListVectorDBsResponse.from_dict(response.json())

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
) -> Response[Error | VectordbListVectorDBsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> Response[Error | VectordbListVectorDBsResponse]:
    """List All Vector Databases

     To list all of the vector databases on your account, send a GET request to `/v2/vector-databases`.
    Use the `page` and `per_page` query parameters to paginate the results. The response body contains a
    `vector_dbs` array of vector database objects and a `total` field with the overall count.

    Args:
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VectordbListVectorDBsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> Error | VectordbListVectorDBsResponse | None:
    """List All Vector Databases

     To list all of the vector databases on your account, send a GET request to `/v2/vector-databases`.
    Use the `page` and `per_page` query parameters to paginate the results. The response body contains a
    `vector_dbs` array of vector database objects and a `total` field with the overall count.

    Args:
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VectordbListVectorDBsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> Response[Error | VectordbListVectorDBsResponse]:
    """List All Vector Databases

     To list all of the vector databases on your account, send a GET request to `/v2/vector-databases`.
    Use the `page` and `per_page` query parameters to paginate the results. The response body contains a
    `vector_dbs` array of vector database objects and a `total` field with the overall count.

    Args:
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VectordbListVectorDBsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> Error | VectordbListVectorDBsResponse | None:
    """List All Vector Databases

     To list all of the vector databases on your account, send a GET request to `/v2/vector-databases`.
    Use the `page` and `per_page` query parameters to paginate the results. The response body contains a
    `vector_dbs` array of vector database objects and a `total` field with the overall count.

    Args:
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VectordbListVectorDBsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
