from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_dropbox_oauth_2_get_tokens_output import (
        ApiDropboxOauth2GetTokensOutput,
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
        "url": "/v2/gen-ai/oauth2/dropbox/tokens",
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
) -> ApiDropboxOauth2GetTokensOutput | Error:
    from ...models.api_dropbox_oauth_2_get_tokens_output import (
        ApiDropboxOauth2GetTokensOutput,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiDropboxOauth2GetTokensOutput.from_dict(response.json())

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
) -> Response[ApiDropboxOauth2GetTokensOutput | Error]:
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
) -> Response[ApiDropboxOauth2GetTokensOutput | Error]:
    """Get Oauth2 Dropbox Tokens

     To obtain the refresh token, needed for creation of data sources, send a GET request to `/v2/gen-
    ai/oauth2/dropbox/tokens`. Pass the code you obtrained from the oauth flow in the field 'code'

    Args:
        body (dict[str, Any]): The oauth2 code from google
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDropboxOauth2GetTokensOutput | Error]
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
) -> ApiDropboxOauth2GetTokensOutput | Error | None:
    """Get Oauth2 Dropbox Tokens

     To obtain the refresh token, needed for creation of data sources, send a GET request to `/v2/gen-
    ai/oauth2/dropbox/tokens`. Pass the code you obtrained from the oauth flow in the field 'code'

    Args:
        body (dict[str, Any]): The oauth2 code from google
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDropboxOauth2GetTokensOutput | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[ApiDropboxOauth2GetTokensOutput | Error]:
    """Get Oauth2 Dropbox Tokens

     To obtain the refresh token, needed for creation of data sources, send a GET request to `/v2/gen-
    ai/oauth2/dropbox/tokens`. Pass the code you obtrained from the oauth flow in the field 'code'

    Args:
        body (dict[str, Any]): The oauth2 code from google
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDropboxOauth2GetTokensOutput | Error]
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
) -> ApiDropboxOauth2GetTokensOutput | Error | None:
    """Get Oauth2 Dropbox Tokens

     To obtain the refresh token, needed for creation of data sources, send a GET request to `/v2/gen-
    ai/oauth2/dropbox/tokens`. Pass the code you obtrained from the oauth flow in the field 'code'

    Args:
        body (dict[str, Any]): The oauth2 code from google
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDropboxOauth2GetTokensOutput | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
