from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.actions_get_response_200 import ActionsGetResponse200
    from ...models.error import Error


def _get_kwargs(
    action_id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/actions/{action_id}".format(
            action_id=quote(str(action_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionsGetResponse200 | Error:
    from ...models.actions_get_response_200 import ActionsGetResponse200
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ActionsGetResponse200.from_dict(response.json())

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
) -> Response[ActionsGetResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    action_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ActionsGetResponse200 | Error]:
    """Retrieve an Existing Action

     To retrieve a specific action object, send a GET request to `/v2/actions/$ACTION_ID`.

    Args:
        action_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionsGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        action_id=action_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action_id: int,
    *,
    client: AuthenticatedClient,
) -> ActionsGetResponse200 | Error | None:
    """Retrieve an Existing Action

     To retrieve a specific action object, send a GET request to `/v2/actions/$ACTION_ID`.

    Args:
        action_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionsGetResponse200 | Error
    """

    return sync_detailed(
        action_id=action_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    action_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ActionsGetResponse200 | Error]:
    """Retrieve an Existing Action

     To retrieve a specific action object, send a GET request to `/v2/actions/$ACTION_ID`.

    Args:
        action_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionsGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        action_id=action_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action_id: int,
    *,
    client: AuthenticatedClient,
) -> ActionsGetResponse200 | Error | None:
    """Retrieve an Existing Action

     To retrieve a specific action object, send a GET request to `/v2/actions/$ACTION_ID`.

    Args:
        action_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionsGetResponse200 | Error
    """

    return (
        await asyncio_detailed(
            action_id=action_id,
            client=client,
        )
    ).parsed
