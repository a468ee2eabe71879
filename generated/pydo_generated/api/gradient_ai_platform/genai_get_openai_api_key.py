from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_get_open_aiapi_key_output import ApiGetOpenAIAPIKeyOutput
    from ...models.error import Error


def _get_kwargs(
    api_key_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/openai/keys/{api_key_uuid}".format(
            api_key_uuid=quote(str(api_key_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiGetOpenAIAPIKeyOutput | Error:
    from ...models.api_get_open_aiapi_key_output import ApiGetOpenAIAPIKeyOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiGetOpenAIAPIKeyOutput.from_dict(response.json())

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
) -> Response[ApiGetOpenAIAPIKeyOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_key_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiGetOpenAIAPIKeyOutput | Error]:
    """Get OpenAI API Key

     To retrieve details of an OpenAI API key, send a GET request to `/v2/gen-
    ai/openai/keys/{api_key_uuid}`.

    Args:
        api_key_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetOpenAIAPIKeyOutput | Error]
    """

    kwargs = _get_kwargs(
        api_key_uuid=api_key_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_key_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiGetOpenAIAPIKeyOutput | Error | None:
    """Get OpenAI API Key

     To retrieve details of an OpenAI API key, send a GET request to `/v2/gen-
    ai/openai/keys/{api_key_uuid}`.

    Args:
        api_key_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetOpenAIAPIKeyOutput | Error
    """

    return sync_detailed(
        api_key_uuid=api_key_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_key_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiGetOpenAIAPIKeyOutput | Error]:
    """Get OpenAI API Key

     To retrieve details of an OpenAI API key, send a GET request to `/v2/gen-
    ai/openai/keys/{api_key_uuid}`.

    Args:
        api_key_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetOpenAIAPIKeyOutput | Error]
    """

    kwargs = _get_kwargs(
        api_key_uuid=api_key_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_key_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiGetOpenAIAPIKeyOutput | Error | None:
    """Get OpenAI API Key

     To retrieve details of an OpenAI API key, send a GET request to `/v2/gen-
    ai/openai/keys/{api_key_uuid}`.

    Args:
        api_key_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetOpenAIAPIKeyOutput | Error
    """

    return (
        await asyncio_detailed(
            api_key_uuid=api_key_uuid,
            client=client,
        )
    ).parsed
