from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_list_agent_api_keys_output import ApiListAgentAPIKeysOutput
    from ...models.error import Error


def _get_kwargs(
    agent_uuid: str,
    *,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "page": page,
        "per_page": per_page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/agents/{agent_uuid}/api_keys".format(
            agent_uuid=quote(str(agent_uuid), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiListAgentAPIKeysOutput | Error:
    from ...models.api_list_agent_api_keys_output import ApiListAgentAPIKeysOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiListAgentAPIKeysOutput.from_dict(response.json())

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
) -> Response[ApiListAgentAPIKeysOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_uuid: str,
    *,
    client: AuthenticatedClient,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> Response[ApiListAgentAPIKeysOutput | Error]:
    """List Agent API Keys

     To list all agent API keys, send a GET request to `/v2/gen-ai/agents/{agent_uuid}/api_keys`.

    Args:
        agent_uuid (str):
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListAgentAPIKeysOutput | Error]
    """

    kwargs = _get_kwargs(
        agent_uuid=agent_uuid,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_uuid: str,
    *,
    client: AuthenticatedClient,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> ApiListAgentAPIKeysOutput | Error | None:
    """List Agent API Keys

     To list all agent API keys, send a GET request to `/v2/gen-ai/agents/{agent_uuid}/api_keys`.

    Args:
        agent_uuid (str):
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListAgentAPIKeysOutput | Error
    """

    return sync_detailed(
        agent_uuid=agent_uuid,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    agent_uuid: str,
    *,
    client: AuthenticatedClient,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> Response[ApiListAgentAPIKeysOutput | Error]:
    """List Agent API Keys

     To list all agent API keys, send a GET request to `/v2/gen-ai/agents/{agent_uuid}/api_keys`.

    Args:
        agent_uuid (str):
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListAgentAPIKeysOutput | Error]
    """

    kwargs = _get_kwargs(
        agent_uuid=agent_uuid,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_uuid: str,
    *,
    client: AuthenticatedClient,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> ApiListAgentAPIKeysOutput | Error | None:
    """List Agent API Keys

     To list all agent API keys, send a GET request to `/v2/gen-ai/agents/{agent_uuid}/api_keys`.

    Args:
        agent_uuid (str):
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListAgentAPIKeysOutput | Error
    """

    return (
        await asyncio_detailed(
            agent_uuid=agent_uuid,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
