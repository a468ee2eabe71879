from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_unlink_agent_output import ApiUnlinkAgentOutput
    from ...models.error import Error


def _get_kwargs(
    parent_agent_uuid: str,
    child_agent_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}".format(
            parent_agent_uuid=quote(str(parent_agent_uuid), safe=""),
            child_agent_uuid=quote(str(child_agent_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiUnlinkAgentOutput | Error:
    from ...models.api_unlink_agent_output import ApiUnlinkAgentOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiUnlinkAgentOutput.from_dict(response.json())

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
) -> Response[ApiUnlinkAgentOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parent_agent_uuid: str,
    child_agent_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiUnlinkAgentOutput | Error]:
    """Delete Agent Route for an Agent

     To delete an agent route from a parent agent, send a DELETE request to `/v2/gen-
    ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}`.

    Args:
        parent_agent_uuid (str):
        child_agent_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiUnlinkAgentOutput | Error]
    """

    kwargs = _get_kwargs(
        parent_agent_uuid=parent_agent_uuid,
        child_agent_uuid=child_agent_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parent_agent_uuid: str,
    child_agent_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiUnlinkAgentOutput | Error | None:
    """Delete Agent Route for an Agent

     To delete an agent route from a parent agent, send a DELETE request to `/v2/gen-
    ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}`.

    Args:
        parent_agent_uuid (str):
        child_agent_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiUnlinkAgentOutput | Error
    """

    return sync_detailed(
        parent_agent_uuid=parent_agent_uuid,
        child_agent_uuid=child_agent_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    parent_agent_uuid: str,
    child_agent_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiUnlinkAgentOutput | Error]:
    """Delete Agent Route for an Agent

     To delete an agent route from a parent agent, send a DELETE request to `/v2/gen-
    ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}`.

    Args:
        parent_agent_uuid (str):
        child_agent_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiUnlinkAgentOutput | Error]
    """

    kwargs = _get_kwargs(
        parent_agent_uuid=parent_agent_uuid,
        child_agent_uuid=child_agent_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_agent_uuid: str,
    child_agent_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiUnlinkAgentOutput | Error | None:
    """Delete Agent Route for an Agent

     To delete an agent route from a parent agent, send a DELETE request to `/v2/gen-
    ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}`.

    Args:
        parent_agent_uuid (str):
        child_agent_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiUnlinkAgentOutput | Error
    """

    return (
        await asyncio_detailed(
            parent_agent_uuid=parent_agent_uuid,
            child_agent_uuid=child_agent_uuid,
            client=client,
        )
    ).parsed
