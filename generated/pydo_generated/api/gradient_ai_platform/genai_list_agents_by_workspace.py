from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_list_agents_by_workspace_output import (
        ApiListAgentsByWorkspaceOutput,
    )
    from ...models.error import Error


def _get_kwargs(
    workspace_uuid: str,
    *,
    only_deployed: Any = UNSET,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "only_deployed": only_deployed,
        "page": page,
        "per_page": per_page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/workspaces/{workspace_uuid}/agents".format(
            workspace_uuid=quote(str(workspace_uuid), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiListAgentsByWorkspaceOutput | Error:
    from ...models.api_list_agents_by_workspace_output import (
        ApiListAgentsByWorkspaceOutput,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiListAgentsByWorkspaceOutput.from_dict(response.json())

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
) -> Response[ApiListAgentsByWorkspaceOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_uuid: str,
    *,
    client: AuthenticatedClient,
    only_deployed: Any = UNSET,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> Response[ApiListAgentsByWorkspaceOutput | Error]:
    """List agents by Workspace

     To list all agents by a Workspace, send a GET request to `/v2/gen-
    ai/workspaces/{workspace_uuid}/agents`.

    Args:
        workspace_uuid (str):
        only_deployed (bool):
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListAgentsByWorkspaceOutput | Error]
    """

    kwargs = _get_kwargs(
        workspace_uuid=workspace_uuid,
        only_deployed=only_deployed,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_uuid: str,
    *,
    client: AuthenticatedClient,
    only_deployed: Any = UNSET,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> ApiListAgentsByWorkspaceOutput | Error | None:
    """List agents by Workspace

     To list all agents by a Workspace, send a GET request to `/v2/gen-
    ai/workspaces/{workspace_uuid}/agents`.

    Args:
        workspace_uuid (str):
        only_deployed (bool):
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListAgentsByWorkspaceOutput | Error
    """

    return sync_detailed(
        workspace_uuid=workspace_uuid,
        client=client,
        only_deployed=only_deployed,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    workspace_uuid: str,
    *,
    client: AuthenticatedClient,
    only_deployed: Any = UNSET,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> Response[ApiListAgentsByWorkspaceOutput | Error]:
    """List agents by Workspace

     To list all agents by a Workspace, send a GET request to `/v2/gen-
    ai/workspaces/{workspace_uuid}/agents`.

    Args:
        workspace_uuid (str):
        only_deployed (bool):
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListAgentsByWorkspaceOutput | Error]
    """

    kwargs = _get_kwargs(
        workspace_uuid=workspace_uuid,
        only_deployed=only_deployed,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_uuid: str,
    *,
    client: AuthenticatedClient,
    only_deployed: Any = UNSET,
    page: Any = UNSET,
    per_page: Any = UNSET,
) -> ApiListAgentsByWorkspaceOutput | Error | None:
    """List agents by Workspace

     To list all agents by a Workspace, send a GET request to `/v2/gen-
    ai/workspaces/{workspace_uuid}/agents`.

    Args:
        workspace_uuid (str):
        only_deployed (bool):
        page (int):
        per_page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListAgentsByWorkspaceOutput | Error
    """

    return (
        await asyncio_detailed(
            workspace_uuid=workspace_uuid,
            client=client,
            only_deployed=only_deployed,
            page=page,
            per_page=per_page,
        )
    ).parsed
