from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_create_data_source_file_upload_presigned_urls_output import (
        ApiCreateDataSourceFileUploadPresignedUrlsOutput,
    )
    from ...models.error import Error


def _get_kwargs(
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls",
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
) -> ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error:
    from ...models.api_create_data_source_file_upload_presigned_urls_output import (
        ApiCreateDataSourceFileUploadPresignedUrlsOutput,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiCreateDataSourceFileUploadPresignedUrlsOutput.from_dict(
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
) -> Response[ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error]:
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
) -> Response[ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error]:
    """Create Presigned URLs for Data Source File Upload

     To create presigned URLs for knowledge base data source file upload, send a POST request to
    `/v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls`.

    Args:
        body (dict[str, Any]): Request for pre-signed URL's to upload files for KB Data Sources
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error]
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
) -> ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error | None:
    """Create Presigned URLs for Data Source File Upload

     To create presigned URLs for knowledge base data source file upload, send a POST request to
    `/v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls`.

    Args:
        body (dict[str, Any]): Request for pre-signed URL's to upload files for KB Data Sources
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error]:
    """Create Presigned URLs for Data Source File Upload

     To create presigned URLs for knowledge base data source file upload, send a POST request to
    `/v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls`.

    Args:
        body (dict[str, Any]): Request for pre-signed URL's to upload files for KB Data Sources
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error]
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
) -> ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error | None:
    """Create Presigned URLs for Data Source File Upload

     To create presigned URLs for knowledge base data source file upload, send a POST request to
    `/v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls`.

    Args:
        body (dict[str, Any]): Request for pre-signed URL's to upload files for KB Data Sources
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCreateDataSourceFileUploadPresignedUrlsOutput | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
