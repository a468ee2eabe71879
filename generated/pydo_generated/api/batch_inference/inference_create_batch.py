from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.batch import Batch
    from ...models.error import Error


def _get_kwargs(
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/batches",
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
) -> Batch | Error:
    from ...models.batch import Batch
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = Batch.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

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
) -> Response[Batch | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Batch | Error]:
    """Create a Batch Inference Job

     Submits a batch job against a previously uploaded JSONL input file. The upload must have completed
    before this call; otherwise the request is rejected.

    Supply a unique `request_id` to make the submission idempotent — retries with the same value return
    the existing job. When `provider` is `openai`, the `url` on each JSONL line must match `endpoint`.

    Args:
        body (dict[str, Any]): Request body for creating a batch inference job.

            When `provider` is `openai`, `endpoint` is required and must be one of `/v1/responses` or
            `/v1/chat/completions`. When `provider` is `anthropic`, `endpoint` must be omitted — the
            Anthropic Message Batches API does not need a per-job endpoint.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Batch | Error | None:
    """Create a Batch Inference Job

     Submits a batch job against a previously uploaded JSONL input file. The upload must have completed
    before this call; otherwise the request is rejected.

    Supply a unique `request_id` to make the submission idempotent — retries with the same value return
    the existing job. When `provider` is `openai`, the `url` on each JSONL line must match `endpoint`.

    Args:
        body (dict[str, Any]): Request body for creating a batch inference job.

            When `provider` is `openai`, `endpoint` is required and must be one of `/v1/responses` or
            `/v1/chat/completions`. When `provider` is `anthropic`, `endpoint` must be omitted — the
            Anthropic Message Batches API does not need a per-job endpoint.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Batch | Error]:
    """Create a Batch Inference Job

     Submits a batch job against a previously uploaded JSONL input file. The upload must have completed
    before this call; otherwise the request is rejected.

    Supply a unique `request_id` to make the submission idempotent — retries with the same value return
    the existing job. When `provider` is `openai`, the `url` on each JSONL line must match `endpoint`.

    Args:
        body (dict[str, Any]): Request body for creating a batch inference job.

            When `provider` is `openai`, `endpoint` is required and must be one of `/v1/responses` or
            `/v1/chat/completions`. When `provider` is `anthropic`, `endpoint` must be omitted — the
            Anthropic Message Batches API does not need a per-job endpoint.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Batch | Error | None:
    """Create a Batch Inference Job

     Submits a batch job against a previously uploaded JSONL input file. The upload must have completed
    before this call; otherwise the request is rejected.

    Supply a unique `request_id` to make the submission idempotent — retries with the same value return
    the existing job. When `provider` is `openai`, the `url` on each JSONL line must match `endpoint`.

    Args:
        body (dict[str, Any]): Request body for creating a batch inference job.

            When `provider` is `openai`, `endpoint` is required and must be one of `/v1/responses` or
            `/v1/chat/completions`. When `provider` is `anthropic`, `endpoint` must be omitted — the
            Anthropic Message Batches API does not need a per-job endpoint.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
