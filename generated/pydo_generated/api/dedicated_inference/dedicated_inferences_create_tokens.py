from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dedicated_inferences_create_tokens_response_202 import (
        DedicatedInferencesCreateTokensResponse202,
    )
    from ...models.error import Error


def _get_kwargs(
    dedicated_inference_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/dedicated-inferences/{dedicated_inference_id}/tokens".format(
            dedicated_inference_id=quote(str(dedicated_inference_id), safe=""),
        ),
        "headers": headers,
    }
    if body is not UNSET:
        if isinstance(body, bytes | bytearray):
            _kwargs["content"] = bytes(body)
        else:
            _kwargs["json"] = body
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DedicatedInferencesCreateTokensResponse202 | Error:
    from ...models.dedicated_inferences_create_tokens_response_202 import (
        DedicatedInferencesCreateTokensResponse202,
    )
    from ...models.error import Error

    if response.status_code == 202:
        response_202 = DedicatedInferencesCreateTokensResponse202.from_dict(
            response.json()
        )

        return response_202

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
) -> Response[DedicatedInferencesCreateTokensResponse202 | Error]:
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
    body: Any = UNSET,
) -> Response[DedicatedInferencesCreateTokensResponse202 | Error]:
    """Create a Dedicated Inference Token

     Create a new access token for a Dedicated Inference instance. Send a POST
    request to `/v2/dedicated-inferences/{dedicated_inference_id}/tokens` with a
    `name`. The token value is returned only once in the response; store it securely.

    Args:
        dedicated_inference_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesCreateTokensResponse202 | Error]
    """

    kwargs = _get_kwargs(
        dedicated_inference_id=dedicated_inference_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DedicatedInferencesCreateTokensResponse202 | Error | None:
    """Create a Dedicated Inference Token

     Create a new access token for a Dedicated Inference instance. Send a POST
    request to `/v2/dedicated-inferences/{dedicated_inference_id}/tokens` with a
    `name`. The token value is returned only once in the response; store it securely.

    Args:
        dedicated_inference_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesCreateTokensResponse202 | Error
    """

    return sync_detailed(
        dedicated_inference_id=dedicated_inference_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DedicatedInferencesCreateTokensResponse202 | Error]:
    """Create a Dedicated Inference Token

     Create a new access token for a Dedicated Inference instance. Send a POST
    request to `/v2/dedicated-inferences/{dedicated_inference_id}/tokens` with a
    `name`. The token value is returned only once in the response; store it securely.

    Args:
        dedicated_inference_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesCreateTokensResponse202 | Error]
    """

    kwargs = _get_kwargs(
        dedicated_inference_id=dedicated_inference_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DedicatedInferencesCreateTokensResponse202 | Error | None:
    """Create a Dedicated Inference Token

     Create a new access token for a Dedicated Inference instance. Send a POST
    request to `/v2/dedicated-inferences/{dedicated_inference_id}/tokens` with a
    `name`. The token value is returned only once in the response; store it securely.

    Args:
        dedicated_inference_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesCreateTokensResponse202 | Error
    """

    return (
        await asyncio_detailed(
            dedicated_inference_id=dedicated_inference_id,
            client=client,
            body=body,
        )
    ).parsed
