from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dedicated_inferences_list_tokens_response_200 import (
        DedicatedInferencesListTokensResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    dedicated_inference_id: str,
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
        "url": "/v2/dedicated-inferences/{dedicated_inference_id}/tokens".format(
            dedicated_inference_id=quote(str(dedicated_inference_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DedicatedInferencesListTokensResponse200 | Error:
    from ...models.dedicated_inferences_list_tokens_response_200 import (
        DedicatedInferencesListTokensResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DedicatedInferencesListTokensResponse200.from_dict(
            response.json()
        )

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
) -> Response[DedicatedInferencesListTokensResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[DedicatedInferencesListTokensResponse200 | Error]:
    """List Dedicated Inference Tokens

     List all access tokens for a Dedicated Inference instance. Token values are
    not returned; only id, name, created_at, and is_managed. Send a GET request to
    `/v2/dedicated-inferences/{dedicated_inference_id}/tokens`.

    Args:
        dedicated_inference_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesListTokensResponse200 | Error]
    """

    kwargs = _get_kwargs(
        dedicated_inference_id=dedicated_inference_id,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> DedicatedInferencesListTokensResponse200 | Error | None:
    """List Dedicated Inference Tokens

     List all access tokens for a Dedicated Inference instance. Token values are
    not returned; only id, name, created_at, and is_managed. Send a GET request to
    `/v2/dedicated-inferences/{dedicated_inference_id}/tokens`.

    Args:
        dedicated_inference_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesListTokensResponse200 | Error
    """

    return sync_detailed(
        dedicated_inference_id=dedicated_inference_id,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[DedicatedInferencesListTokensResponse200 | Error]:
    """List Dedicated Inference Tokens

     List all access tokens for a Dedicated Inference instance. Token values are
    not returned; only id, name, created_at, and is_managed. Send a GET request to
    `/v2/dedicated-inferences/{dedicated_inference_id}/tokens`.

    Args:
        dedicated_inference_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesListTokensResponse200 | Error]
    """

    kwargs = _get_kwargs(
        dedicated_inference_id=dedicated_inference_id,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> DedicatedInferencesListTokensResponse200 | Error | None:
    """List Dedicated Inference Tokens

     List all access tokens for a Dedicated Inference instance. Token values are
    not returned; only id, name, created_at, and is_managed. Send a GET request to
    `/v2/dedicated-inferences/{dedicated_inference_id}/tokens`.

    Args:
        dedicated_inference_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesListTokensResponse200 | Error
    """

    return (
        await asyncio_detailed(
            dedicated_inference_id=dedicated_inference_id,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
