from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.batch_results_response import BatchResultsResponse
    from ...models.error import Error


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batches/{batch_id}/results".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchResultsResponse | Error:
    from ...models.batch_results_response import BatchResultsResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = BatchResultsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

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
) -> Response[BatchResultsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BatchResultsResponse | Error]:
    """Get Batch Inference Results Download Links

     Returns short-lived presigned download URLs for the output (and optional error sidecar) of a
    completed batch job. If results are not yet ready, the response sets `result_available: false` or
    returns `412 Precondition Failed`; in both cases, keep polling batch status and retry.

    Download the artifacts soon after fetching — the URLs are short-lived. Result files themselves are
    retained for up to 30 days after the job completes, after which they are deleted.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchResultsResponse | Error]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> BatchResultsResponse | Error | None:
    """Get Batch Inference Results Download Links

     Returns short-lived presigned download URLs for the output (and optional error sidecar) of a
    completed batch job. If results are not yet ready, the response sets `result_available: false` or
    returns `412 Precondition Failed`; in both cases, keep polling batch status and retry.

    Download the artifacts soon after fetching — the URLs are short-lived. Result files themselves are
    retained for up to 30 days after the job completes, after which they are deleted.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchResultsResponse | Error
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BatchResultsResponse | Error]:
    """Get Batch Inference Results Download Links

     Returns short-lived presigned download URLs for the output (and optional error sidecar) of a
    completed batch job. If results are not yet ready, the response sets `result_available: false` or
    returns `412 Precondition Failed`; in both cases, keep polling batch status and retry.

    Download the artifacts soon after fetching — the URLs are short-lived. Result files themselves are
    retained for up to 30 days after the job completes, after which they are deleted.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchResultsResponse | Error]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> BatchResultsResponse | Error | None:
    """Get Batch Inference Results Download Links

     Returns short-lived presigned download URLs for the output (and optional error sidecar) of a
    completed batch job. If results are not yet ready, the response sets `result_available: false` or
    returns `412 Precondition Failed`; in both cases, keep polling batch status and retry.

    Download the artifacts soon after fetching — the URLs are short-lived. Result files themselves are
    retained for up to 30 days after the job completes, after which they are deleted.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchResultsResponse | Error
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed
