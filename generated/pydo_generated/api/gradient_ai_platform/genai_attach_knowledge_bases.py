from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_link_knowledge_base_output import ApiLinkKnowledgeBaseOutput
    from ...models.error import Error


def _get_kwargs(
    agent_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/gen-ai/agents/{agent_uuid}/knowledge_bases".format(
            agent_uuid=quote(str(agent_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiLinkKnowledgeBaseOutput | Error:
    from ...models.api_link_knowledge_base_output import ApiLinkKnowledgeBaseOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiLinkKnowledgeBaseOutput.from_dict(response.json())

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
) -> Response[ApiLinkKnowledgeBaseOutput | Error]:
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
) -> Response[ApiLinkKnowledgeBaseOutput | Error]:
    """Attach Knowledge Bases to an Agent

     To attach knowledge bases to an agent, send a POST request to `/v2/gen-
    ai/agents/{agent_uuid}/knowledge_bases`

    Args:
        agent_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiLinkKnowledgeBaseOutput | Error]
    """

    kwargs = _get_kwargs(
        agent_uuid=agent_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiLinkKnowledgeBaseOutput | Error | None:
    """Attach Knowledge Bases to an Agent

     To attach knowledge bases to an agent, send a POST request to `/v2/gen-
    ai/agents/{agent_uuid}/knowledge_bases`

    Args:
        agent_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiLinkKnowledgeBaseOutput | Error
    """

    return sync_detailed(
        agent_uuid=agent_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiLinkKnowledgeBaseOutput | Error]:
    """Attach Knowledge Bases to an Agent

     To attach knowledge bases to an agent, send a POST request to `/v2/gen-
    ai/agents/{agent_uuid}/knowledge_bases`

    Args:
        agent_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiLinkKnowledgeBaseOutput | Error]
    """

    kwargs = _get_kwargs(
        agent_uuid=agent_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiLinkKnowledgeBaseOutput | Error | None:
    """Attach Knowledge Bases to an Agent

     To attach knowledge bases to an agent, send a POST request to `/v2/gen-
    ai/agents/{agent_uuid}/knowledge_bases`

    Args:
        agent_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiLinkKnowledgeBaseOutput | Error
    """

    return (
        await asyncio_detailed(
            agent_uuid=agent_uuid,
            client=client,
        )
    ).parsed
