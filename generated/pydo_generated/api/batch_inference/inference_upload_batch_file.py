from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/octet-stream"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/<upload_url>",
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
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Upload a Batch Inference Input File

     Uploads the raw JSONL bytes to the presigned `upload_url` returned by `POST /v1/batches/files`.

    **The URL is dynamic — do not construct it.** Use the `upload_url` value from the previous step
    verbatim. Its host, path, and query parameters are part of the short-lived (~15 minute) signature
    and change per request; the server and path shown here are illustrative. If the URL expires before
    the upload completes, create a new file intent and retry.

    `POST /v1/batches` performs a `HEAD` check on the uploaded object and will reject the batch if this
    upload has not completed.

    Send the raw JSONL bytes verbatim. Presigned PUT URLs are signature-sensitive to request headers —
    prefer `application/octet-stream` or omit `Content-Type` entirely. A custom value (for example
    `application/jsonl`) can cause signature mismatches unless the URL was signed for that exact header.

    Args:
        body (FileTypes):
        body: The request body (application/octet-stream): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    client: AuthenticatedClient | Client,
    body: Any = UNSET,
) -> Any | Error | None:
    """Upload a Batch Inference Input File

     Uploads the raw JSONL bytes to the presigned `upload_url` returned by `POST /v1/batches/files`.

    **The URL is dynamic — do not construct it.** Use the `upload_url` value from the previous step
    verbatim. Its host, path, and query parameters are part of the short-lived (~15 minute) signature
    and change per request; the server and path shown here are illustrative. If the URL expires before
    the upload completes, create a new file intent and retry.

    `POST /v1/batches` performs a `HEAD` check on the uploaded object and will reject the batch if this
    upload has not completed.

    Send the raw JSONL bytes verbatim. Presigned PUT URLs are signature-sensitive to request headers —
    prefer `application/octet-stream` or omit `Content-Type` entirely. A custom value (for example
    `application/jsonl`) can cause signature mismatches unless the URL was signed for that exact header.

    Args:
        body (FileTypes):
        body: The request body (application/octet-stream): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Upload a Batch Inference Input File

     Uploads the raw JSONL bytes to the presigned `upload_url` returned by `POST /v1/batches/files`.

    **The URL is dynamic — do not construct it.** Use the `upload_url` value from the previous step
    verbatim. Its host, path, and query parameters are part of the short-lived (~15 minute) signature
    and change per request; the server and path shown here are illustrative. If the URL expires before
    the upload completes, create a new file intent and retry.

    `POST /v1/batches` performs a `HEAD` check on the uploaded object and will reject the batch if this
    upload has not completed.

    Send the raw JSONL bytes verbatim. Presigned PUT URLs are signature-sensitive to request headers —
    prefer `application/octet-stream` or omit `Content-Type` entirely. A custom value (for example
    `application/jsonl`) can cause signature mismatches unless the URL was signed for that exact header.

    Args:
        body (FileTypes):
        body: The request body (application/octet-stream): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Any = UNSET,
) -> Any | Error | None:
    """Upload a Batch Inference Input File

     Uploads the raw JSONL bytes to the presigned `upload_url` returned by `POST /v1/batches/files`.

    **The URL is dynamic — do not construct it.** Use the `upload_url` value from the previous step
    verbatim. Its host, path, and query parameters are part of the short-lived (~15 minute) signature
    and change per request; the server and path shown here are illustrative. If the URL expires before
    the upload completes, create a new file intent and retry.

    `POST /v1/batches` performs a `HEAD` check on the uploaded object and will reject the batch if this
    upload has not completed.

    Send the raw JSONL bytes verbatim. Presigned PUT URLs are signature-sensitive to request headers —
    prefer `application/octet-stream` or omit `Content-Type` entirely. A custom value (for example
    `application/jsonl`) can cause signature mismatches unless the URL was signed for that exact header.

    Args:
        body (FileTypes):
        body: The request body (application/octet-stream): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
