from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.batch import Batch
    from ...models.error import Error


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/batches/{batch_id}/cancel".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Batch | Error:
    from ...models.batch import Batch
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = Batch.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Batch | Error]:
    """Cancel a Batch Inference Job

     Requests cancellation of a batch job. The job transitions to `cancelling` and, once in-flight
    requests drain, to `cancelled`. Jobs already in a terminal state (`completed`, `failed`, `expired`,
    `cancelled`) cannot be cancelled and return `409 Conflict`. Cancellation is also rejected with `409
    Conflict` while the job has not yet been submitted to the upstream provider — there is nothing to
    cancel until the provider batch id is assigned.

    Partial results produced before cancellation remain available via `GET
    /v1/batches/{batch_id}/results`.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | Error]
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
) -> Batch | Error | None:
    """Cancel a Batch Inference Job

     Requests cancellation of a batch job. The job transitions to `cancelling` and, once in-flight
    requests drain, to `cancelled`. Jobs already in a terminal state (`completed`, `failed`, `expired`,
    `cancelled`) cannot be cancelled and return `409 Conflict`. Cancellation is also rejected with `409
    Conflict` while the job has not yet been submitted to the upstream provider — there is nothing to
    cancel until the provider batch id is assigned.

    Partial results produced before cancellation remain available via `GET
    /v1/batches/{batch_id}/results`.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | Error
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Batch | Error]:
    """Cancel a Batch Inference Job

     Requests cancellation of a batch job. The job transitions to `cancelling` and, once in-flight
    requests drain, to `cancelled`. Jobs already in a terminal state (`completed`, `failed`, `expired`,
    `cancelled`) cannot be cancelled and return `409 Conflict`. Cancellation is also rejected with `409
    Conflict` while the job has not yet been submitted to the upstream provider — there is nothing to
    cancel until the provider batch id is assigned.

    Partial results produced before cancellation remain available via `GET
    /v1/batches/{batch_id}/results`.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | Error]
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
) -> Batch | Error | None:
    """Cancel a Batch Inference Job

     Requests cancellation of a batch job. The job transitions to `cancelling` and, once in-flight
    requests drain, to `cancelled`. Jobs already in a terminal state (`completed`, `failed`, `expired`,
    `cancelled`) cannot be cancelled and return `409 Conflict`. Cancellation is also rejected with `409
    Conflict` while the job has not yet been submitted to the upstream provider — there is nothing to
    cancel until the provider batch id is assigned.

    Partial results produced before cancellation remain available via `GET
    /v1/batches/{batch_id}/results`.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | Error
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed
