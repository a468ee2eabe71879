from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_get_indexing_job_details_signed_url_output import (
        ApiGetIndexingJobDetailsSignedURLOutput,
    )
    from ...models.error import Error


def _get_kwargs(
    indexing_job_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url".format(
            indexing_job_uuid=quote(str(indexing_job_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiGetIndexingJobDetailsSignedURLOutput | Error:
    from ...models.api_get_indexing_job_details_signed_url_output import (
        ApiGetIndexingJobDetailsSignedURLOutput,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiGetIndexingJobDetailsSignedURLOutput.from_dict(
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
) -> Response[ApiGetIndexingJobDetailsSignedURLOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    indexing_job_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiGetIndexingJobDetailsSignedURLOutput | Error]:
    """Get Signed URL for Indexing Job Details

     To get a signed URL for indexing job details, send a GET request to `/v2/gen-
    ai/indexing_jobs/{uuid}/details_signed_url`.

    Args:
        indexing_job_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetIndexingJobDetailsSignedURLOutput | Error]
    """

    kwargs = _get_kwargs(
        indexing_job_uuid=indexing_job_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    indexing_job_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiGetIndexingJobDetailsSignedURLOutput | Error | None:
    """Get Signed URL for Indexing Job Details

     To get a signed URL for indexing job details, send a GET request to `/v2/gen-
    ai/indexing_jobs/{uuid}/details_signed_url`.

    Args:
        indexing_job_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetIndexingJobDetailsSignedURLOutput | Error
    """

    return sync_detailed(
        indexing_job_uuid=indexing_job_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    indexing_job_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiGetIndexingJobDetailsSignedURLOutput | Error]:
    """Get Signed URL for Indexing Job Details

     To get a signed URL for indexing job details, send a GET request to `/v2/gen-
    ai/indexing_jobs/{uuid}/details_signed_url`.

    Args:
        indexing_job_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetIndexingJobDetailsSignedURLOutput | Error]
    """

    kwargs = _get_kwargs(
        indexing_job_uuid=indexing_job_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    indexing_job_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiGetIndexingJobDetailsSignedURLOutput | Error | None:
    """Get Signed URL for Indexing Job Details

     To get a signed URL for indexing job details, send a GET request to `/v2/gen-
    ai/indexing_jobs/{uuid}/details_signed_url`.

    Args:
        indexing_job_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetIndexingJobDetailsSignedURLOutput | Error
    """

    return (
        await asyncio_detailed(
            indexing_job_uuid=indexing_job_uuid,
            client=client,
        )
    ).parsed
