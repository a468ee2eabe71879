from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_delete_model_api_key_output import ApiDeleteModelAPIKeyOutput
    from ...models.error import Error


def _get_kwargs(
    api_key_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/gen-ai/models/api_keys/{api_key_uuid}".format(
            api_key_uuid=quote(str(api_key_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiDeleteModelAPIKeyOutput | Error:
    from ...models.api_delete_model_api_key_output import ApiDeleteModelAPIKeyOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiDeleteModelAPIKeyOutput.from_dict(response.json())

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
) -> Response[ApiDeleteModelAPIKeyOutput | Error]:
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
) -> Response[ApiDeleteModelAPIKeyOutput | Error]:
    """Delete API Key for a Model

     To delete an API key for a model, send a DELETE request to `/v2/gen-
    ai/models/api_keys/{api_key_uuid}`.

    Args:
        api_key_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeleteModelAPIKeyOutput | Error]
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
) -> ApiDeleteModelAPIKeyOutput | Error | None:
    """Delete API Key for a Model

     To delete an API key for a model, send a DELETE request to `/v2/gen-
    ai/models/api_keys/{api_key_uuid}`.

    Args:
        api_key_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeleteModelAPIKeyOutput | Error
    """

    return sync_detailed(
        api_key_uuid=api_key_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_key_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiDeleteModelAPIKeyOutput | Error]:
    """Delete API Key for a Model

     To delete an API key for a model, send a DELETE request to `/v2/gen-
    ai/models/api_keys/{api_key_uuid}`.

    Args:
        api_key_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeleteModelAPIKeyOutput | Error]
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
) -> ApiDeleteModelAPIKeyOutput | Error | None:
    """Delete API Key for a Model

     To delete an API key for a model, send a DELETE request to `/v2/gen-
    ai/models/api_keys/{api_key_uuid}`.

    Args:
        api_key_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeleteModelAPIKeyOutput | Error
    """

    return (
        await asyncio_detailed(
            api_key_uuid=api_key_uuid,
            client=client,
        )
    ).parsed
