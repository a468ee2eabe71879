from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.chat_completion_response import ChatCompletionResponse
    from ...models.error import Error


def _get_kwargs(
    *,
    body: Any = UNSET,
    agent: Any = True,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "agent": agent,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/chat/completions",
        "params": params,
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
) -> ChatCompletionResponse | Error:
    from ...models.chat_completion_response import ChatCompletionResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ChatCompletionResponse.from_dict(response.json())

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
) -> Response[ChatCompletionResponse | Error]:
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
    agent: Any = True,
) -> Response[ChatCompletionResponse | Error]:
    """Create a model response for the given chat conversation

     Creates a model response for the given chat conversation via a customer-provisioned
    agent endpoint.

    Args:
        agent (bool):  Default: True.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        agent=agent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    agent: Any = True,
) -> ChatCompletionResponse | Error | None:
    """Create a model response for the given chat conversation

     Creates a model response for the given chat conversation via a customer-provisioned
    agent endpoint.

    Args:
        agent (bool):  Default: True.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        agent=agent,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    agent: Any = True,
) -> Response[ChatCompletionResponse | Error]:
    """Create a model response for the given chat conversation

     Creates a model response for the given chat conversation via a customer-provisioned
    agent endpoint.

    Args:
        agent (bool):  Default: True.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        agent=agent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    agent: Any = True,
) -> ChatCompletionResponse | Error | None:
    """Create a model response for the given chat conversation

     Creates a model response for the given chat conversation via a customer-provisioned
    agent endpoint.

    Args:
        agent (bool):  Default: True.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            agent=agent,
        )
    ).parsed
