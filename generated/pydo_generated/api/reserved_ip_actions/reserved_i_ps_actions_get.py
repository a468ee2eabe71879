from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.reserved_i_ps_actions_get_response_200 import (
        ReservedIPsActionsGetResponse200,
    )


def _get_kwargs(
    reserved_ip: str,
    action_id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/reserved_ips/{reserved_ip}/actions/{action_id}".format(
            reserved_ip=quote(str(reserved_ip), safe=""),
            action_id=quote(str(action_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReservedIPsActionsGetResponse200:
    from ...models.error import Error
    from ...models.reserved_i_ps_actions_get_response_200 import (
        ReservedIPsActionsGetResponse200,
    )

    if response.status_code == 200:
        response_200 = ReservedIPsActionsGetResponse200.from_dict(response.json())

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
) -> Response[Error | ReservedIPsActionsGetResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reserved_ip: str,
    action_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReservedIPsActionsGetResponse200]:
    """Retrieve an Existing Reserved IP Action

     To retrieve the status of a reserved IP action, send a GET request to
    `/v2/reserved_ips/$RESERVED_IP/actions/$ACTION_ID`.

    Args:
        reserved_ip (str):
        action_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservedIPsActionsGetResponse200]
    """

    kwargs = _get_kwargs(
        reserved_ip=reserved_ip,
        action_id=action_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reserved_ip: str,
    action_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | ReservedIPsActionsGetResponse200 | None:
    """Retrieve an Existing Reserved IP Action

     To retrieve the status of a reserved IP action, send a GET request to
    `/v2/reserved_ips/$RESERVED_IP/actions/$ACTION_ID`.

    Args:
        reserved_ip (str):
        action_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservedIPsActionsGetResponse200
    """

    return sync_detailed(
        reserved_ip=reserved_ip,
        action_id=action_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    reserved_ip: str,
    action_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReservedIPsActionsGetResponse200]:
    """Retrieve an Existing Reserved IP Action

     To retrieve the status of a reserved IP action, send a GET request to
    `/v2/reserved_ips/$RESERVED_IP/actions/$ACTION_ID`.

    Args:
        reserved_ip (str):
        action_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservedIPsActionsGetResponse200]
    """

    kwargs = _get_kwargs(
        reserved_ip=reserved_ip,
        action_id=action_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reserved_ip: str,
    action_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | ReservedIPsActionsGetResponse200 | None:
    """Retrieve an Existing Reserved IP Action

     To retrieve the status of a reserved IP action, send a GET request to
    `/v2/reserved_ips/$RESERVED_IP/actions/$ACTION_ID`.

    Args:
        reserved_ip (str):
        action_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservedIPsActionsGetResponse200
    """

    return (
        await asyncio_detailed(
            reserved_ip=reserved_ip,
            action_id=action_id,
            client=client,
        )
    ).parsed
