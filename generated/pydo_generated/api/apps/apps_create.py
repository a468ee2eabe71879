from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.app_response import AppResponse
    from ...models.error import Error


def _get_kwargs(
    *,
    body: Any = UNSET,
    accept: Any = UNSET,
    content_type: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"
    if accept is not UNSET and accept is not None:
        headers["Accept"] = (
            str(accept).lower() if isinstance(accept, bool) else str(accept)
        )
    if content_type is not UNSET and content_type is not None:
        headers["Content-Type"] = (
            str(content_type).lower()
            if isinstance(content_type, bool)
            else str(content_type)
        )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/apps",
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
) -> AppResponse | Error:
    from ...models.app_response import AppResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AppResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[AppResponse | Error]:
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
    accept: Any = UNSET,
    content_type: Any = UNSET,
) -> Response[AppResponse | Error]:
    """Create a New App

     Create a new app by submitting an app specification. For documentation on app specifications
    (`AppSpec` objects), please refer to [the product
    documentation](https://docs.digitalocean.com/products/app-platform/reference/app-spec/).

    Args:
        accept (str):
        content_type (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
        content_type=content_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    accept: Any = UNSET,
    content_type: Any = UNSET,
) -> AppResponse | Error | None:
    """Create a New App

     Create a new app by submitting an app specification. For documentation on app specifications
    (`AppSpec` objects), please refer to [the product
    documentation](https://docs.digitalocean.com/products/app-platform/reference/app-spec/).

    Args:
        accept (str):
        content_type (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        content_type=content_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    accept: Any = UNSET,
    content_type: Any = UNSET,
) -> Response[AppResponse | Error]:
    """Create a New App

     Create a new app by submitting an app specification. For documentation on app specifications
    (`AppSpec` objects), please refer to [the product
    documentation](https://docs.digitalocean.com/products/app-platform/reference/app-spec/).

    Args:
        accept (str):
        content_type (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
        content_type=content_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    accept: Any = UNSET,
    content_type: Any = UNSET,
) -> AppResponse | Error | None:
    """Create a New App

     Create a new app by submitting an app specification. For documentation on app specifications
    (`AppSpec` objects), please refer to [the product
    documentation](https://docs.digitalocean.com/products/app-platform/reference/app-spec/).

    Args:
        accept (str):
        content_type (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            content_type=content_type,
        )
    ).parsed
