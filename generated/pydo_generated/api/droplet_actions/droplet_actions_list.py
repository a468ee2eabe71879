from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.droplet_actions_list_response_200 import (
        DropletActionsListResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    droplet_id: int,
    *,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/droplets/{droplet_id}/actions".format(
            droplet_id=quote(str(droplet_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DropletActionsListResponse200 | Error:
    from ...models.droplet_actions_list_response_200 import (
        DropletActionsListResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DropletActionsListResponse200.from_dict(response.json())

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
) -> Response[DropletActionsListResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[DropletActionsListResponse200 | Error]:
    """List Actions for a Droplet

     To retrieve a list of all actions that have been executed for a Droplet, send
    a GET request to `/v2/droplets/$DROPLET_ID/actions`.

    The results will be returned as a JSON object with an `actions` key. This will
    be set to an array filled with `action` objects containing the standard
    `action` attributes.

    Args:
        droplet_id (int):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletActionsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        droplet_id=droplet_id,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> DropletActionsListResponse200 | Error | None:
    """List Actions for a Droplet

     To retrieve a list of all actions that have been executed for a Droplet, send
    a GET request to `/v2/droplets/$DROPLET_ID/actions`.

    The results will be returned as a JSON object with an `actions` key. This will
    be set to an array filled with `action` objects containing the standard
    `action` attributes.

    Args:
        droplet_id (int):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletActionsListResponse200 | Error
    """

    return sync_detailed(
        droplet_id=droplet_id,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[DropletActionsListResponse200 | Error]:
    """List Actions for a Droplet

     To retrieve a list of all actions that have been executed for a Droplet, send
    a GET request to `/v2/droplets/$DROPLET_ID/actions`.

    The results will be returned as a JSON object with an `actions` key. This will
    be set to an array filled with `action` objects containing the standard
    `action` attributes.

    Args:
        droplet_id (int):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletActionsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        droplet_id=droplet_id,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> DropletActionsListResponse200 | Error | None:
    """List Actions for a Droplet

     To retrieve a list of all actions that have been executed for a Droplet, send
    a GET request to `/v2/droplets/$DROPLET_ID/actions`.

    The results will be returned as a JSON object with an `actions` key. This will
    be set to an array filled with `action` objects containing the standard
    `action` attributes.

    Args:
        droplet_id (int):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletActionsListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            droplet_id=droplet_id,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
