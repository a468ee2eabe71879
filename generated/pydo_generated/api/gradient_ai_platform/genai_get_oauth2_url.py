from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_generate_oauth_2url_output import ApiGenerateOauth2URLOutput
    from ...models.error import Error


def _get_kwargs(
    *,
    type_: Any = UNSET,
    redirect_url: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "type": type_,
        "redirect_url": redirect_url,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/oauth2/url",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiGenerateOauth2URLOutput | Error:
    from ...models.api_generate_oauth_2url_output import ApiGenerateOauth2URLOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiGenerateOauth2URLOutput.from_dict(response.json())

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
) -> Response[ApiGenerateOauth2URLOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
    redirect_url: Any = UNSET,
) -> Response[ApiGenerateOauth2URLOutput | Error]:
    """Get Oauth2 URL

     To generate an Oauth2-URL for use with your localhost, send a GET request to `/v2/gen-
    ai/oauth2/url`. Pass 'http://localhost:3000 as redirect_url

    Args:
        type_ (str):
        redirect_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGenerateOauth2URLOutput | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        redirect_url=redirect_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
    redirect_url: Any = UNSET,
) -> ApiGenerateOauth2URLOutput | Error | None:
    """Get Oauth2 URL

     To generate an Oauth2-URL for use with your localhost, send a GET request to `/v2/gen-
    ai/oauth2/url`. Pass 'http://localhost:3000 as redirect_url

    Args:
        type_ (str):
        redirect_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGenerateOauth2URLOutput | Error
    """

    return sync_detailed(
        client=client,
        type_=type_,
        redirect_url=redirect_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
    redirect_url: Any = UNSET,
) -> Response[ApiGenerateOauth2URLOutput | Error]:
    """Get Oauth2 URL

     To generate an Oauth2-URL for use with your localhost, send a GET request to `/v2/gen-
    ai/oauth2/url`. Pass 'http://localhost:3000 as redirect_url

    Args:
        type_ (str):
        redirect_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGenerateOauth2URLOutput | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        redirect_url=redirect_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
    redirect_url: Any = UNSET,
) -> ApiGenerateOauth2URLOutput | Error | None:
    """Get Oauth2 URL

     To generate an Oauth2-URL for use with your localhost, send a GET request to `/v2/gen-
    ai/oauth2/url`. Pass 'http://localhost:3000 as redirect_url

    Args:
        type_ (str):
        redirect_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGenerateOauth2URLOutput | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            redirect_url=redirect_url,
        )
    ).parsed
