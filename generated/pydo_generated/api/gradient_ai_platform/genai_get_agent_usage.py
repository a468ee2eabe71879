from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_get_agent_usage_output import ApiGetAgentUsageOutput
    from ...models.error import Error


def _get_kwargs(
    uuid: str,
    *,
    start: Any = UNSET,
    stop: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "start": start,
        "stop": stop,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/agents/{uuid}/usage".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiGetAgentUsageOutput | Error:
    from ...models.api_get_agent_usage_output import ApiGetAgentUsageOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiGetAgentUsageOutput.from_dict(response.json())

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
) -> Response[ApiGetAgentUsageOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient,
    start: Any = UNSET,
    stop: Any = UNSET,
) -> Response[ApiGetAgentUsageOutput | Error]:
    """Get Agent Usage

     To get agent usage, send a GET request to `/v2/gen-ai/agents/{uuid}/usage`. Returns usage metrics
    for the specified agent within the provided time range.

    Args:
        uuid (str):
        start (str):
        stop (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetAgentUsageOutput | Error]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        start=start,
        stop=stop,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient,
    start: Any = UNSET,
    stop: Any = UNSET,
) -> ApiGetAgentUsageOutput | Error | None:
    """Get Agent Usage

     To get agent usage, send a GET request to `/v2/gen-ai/agents/{uuid}/usage`. Returns usage metrics
    for the specified agent within the provided time range.

    Args:
        uuid (str):
        start (str):
        stop (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetAgentUsageOutput | Error
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        start=start,
        stop=stop,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient,
    start: Any = UNSET,
    stop: Any = UNSET,
) -> Response[ApiGetAgentUsageOutput | Error]:
    """Get Agent Usage

     To get agent usage, send a GET request to `/v2/gen-ai/agents/{uuid}/usage`. Returns usage metrics
    for the specified agent within the provided time range.

    Args:
        uuid (str):
        start (str):
        stop (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetAgentUsageOutput | Error]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        start=start,
        stop=stop,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient,
    start: Any = UNSET,
    stop: Any = UNSET,
) -> ApiGetAgentUsageOutput | Error | None:
    """Get Agent Usage

     To get agent usage, send a GET request to `/v2/gen-ai/agents/{uuid}/usage`. Returns usage metrics
    for the specified agent within the provided time range.

    Args:
        uuid (str):
        start (str):
        stop (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetAgentUsageOutput | Error
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            start=start,
            stop=stop,
        )
    ).parsed
