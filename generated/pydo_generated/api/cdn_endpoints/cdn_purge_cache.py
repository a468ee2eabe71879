from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    cdn_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/cdn/endpoints/{cdn_id}/cache".format(
            cdn_id=quote(str(cdn_id), safe=""),
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
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cdn_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Purge the Cache for an Existing CDN Endpoint

     To purge cached content from a CDN endpoint, send a DELETE request to
    `/v2/cdn/endpoints/$ENDPOINT_ID/cache`. The body of the request should include
    a `files` attribute containing a list of cached file paths to be purged. A
    path may be for a single file or may contain a wildcard (`*`) to recursively
    purge all files under a directory. When only a wildcard is provided, all cached
    files will be purged. There is a rate limit of 50 files per 20 seconds that can
    be purged. CDN endpoints have a rate limit of 5 requests per 10 seconds.
    Purging files using a wildcard path counts as a single request against the API's
    rate limit. Two identical purge requests cannot be sent at the same time.

    Args:
        cdn_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cdn_id=cdn_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cdn_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Any | Error | None:
    """Purge the Cache for an Existing CDN Endpoint

     To purge cached content from a CDN endpoint, send a DELETE request to
    `/v2/cdn/endpoints/$ENDPOINT_ID/cache`. The body of the request should include
    a `files` attribute containing a list of cached file paths to be purged. A
    path may be for a single file or may contain a wildcard (`*`) to recursively
    purge all files under a directory. When only a wildcard is provided, all cached
    files will be purged. There is a rate limit of 50 files per 20 seconds that can
    be purged. CDN endpoints have a rate limit of 5 requests per 10 seconds.
    Purging files using a wildcard path counts as a single request against the API's
    rate limit. Two identical purge requests cannot be sent at the same time.

    Args:
        cdn_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        cdn_id=cdn_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cdn_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Purge the Cache for an Existing CDN Endpoint

     To purge cached content from a CDN endpoint, send a DELETE request to
    `/v2/cdn/endpoints/$ENDPOINT_ID/cache`. The body of the request should include
    a `files` attribute containing a list of cached file paths to be purged. A
    path may be for a single file or may contain a wildcard (`*`) to recursively
    purge all files under a directory. When only a wildcard is provided, all cached
    files will be purged. There is a rate limit of 50 files per 20 seconds that can
    be purged. CDN endpoints have a rate limit of 5 requests per 10 seconds.
    Purging files using a wildcard path counts as a single request against the API's
    rate limit. Two identical purge requests cannot be sent at the same time.

    Args:
        cdn_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cdn_id=cdn_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cdn_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Any | Error | None:
    """Purge the Cache for an Existing CDN Endpoint

     To purge cached content from a CDN endpoint, send a DELETE request to
    `/v2/cdn/endpoints/$ENDPOINT_ID/cache`. The body of the request should include
    a `files` attribute containing a list of cached file paths to be purged. A
    path may be for a single file or may contain a wildcard (`*`) to recursively
    purge all files under a directory. When only a wildcard is provided, all cached
    files will be purged. There is a rate limit of 50 files per 20 seconds that can
    be purged. CDN endpoints have a rate limit of 5 requests per 10 seconds.
    Purging files using a wildcard path counts as a single request against the API's
    rate limit. Two identical purge requests cannot be sent at the same time.

    Args:
        cdn_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            cdn_id=cdn_id,
            client=client,
            body=body,
        )
    ).parsed
