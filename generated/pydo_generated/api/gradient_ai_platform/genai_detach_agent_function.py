from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_unlink_agent_function_output import ApiUnlinkAgentFunctionOutput
    from ...models.error import Error


def _get_kwargs(
    agent_uuid: str,
    function_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}".format(
            agent_uuid=quote(str(agent_uuid), safe=""),
            function_uuid=quote(str(function_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiUnlinkAgentFunctionOutput | Error:
    from ...models.api_unlink_agent_function_output import ApiUnlinkAgentFunctionOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiUnlinkAgentFunctionOutput.from_dict(response.json())

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
) -> Response[ApiUnlinkAgentFunctionOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_uuid: str,
    function_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiUnlinkAgentFunctionOutput | Error]:
    """Delete Function Route for an Agent

     To delete a function route from an agent, send a DELETE request to `/v2/gen-
    ai/agents/{agent_uuid}/functions/{function_uuid}`.

    Args:
        agent_uuid (str):
        function_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiUnlinkAgentFunctionOutput | Error]
    """

    kwargs = _get_kwargs(
        agent_uuid=agent_uuid,
        function_uuid=function_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_uuid: str,
    function_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiUnlinkAgentFunctionOutput | Error | None:
    """Delete Function Route for an Agent

     To delete a function route from an agent, send a DELETE request to `/v2/gen-
    ai/agents/{agent_uuid}/functions/{function_uuid}`.

    Args:
        agent_uuid (str):
        function_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiUnlinkAgentFunctionOutput | Error
    """

    return sync_detailed(
        agent_uuid=agent_uuid,
        function_uuid=function_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_uuid: str,
    function_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiUnlinkAgentFunctionOutput | Error]:
    """Delete Function Route for an Agent

     To delete a function route from an agent, send a DELETE request to `/v2/gen-
    ai/agents/{agent_uuid}/functions/{function_uuid}`.

    Args:
        agent_uuid (str):
        function_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiUnlinkAgentFunctionOutput | Error]
    """

    kwargs = _get_kwargs(
        agent_uuid=agent_uuid,
        function_uuid=function_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_uuid: str,
    function_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiUnlinkAgentFunctionOutput | Error | None:
    """Delete Function Route for an Agent

     To delete a function route from an agent, send a DELETE request to `/v2/gen-
    ai/agents/{agent_uuid}/functions/{function_uuid}`.

    Args:
        agent_uuid (str):
        function_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiUnlinkAgentFunctionOutput | Error
    """

    return (
        await asyncio_detailed(
            agent_uuid=agent_uuid,
            function_uuid=function_uuid,
            client=client,
        )
    ).parsed
