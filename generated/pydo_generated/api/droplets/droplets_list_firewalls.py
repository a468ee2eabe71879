from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.droplets_list_firewalls_response_200 import (
        DropletsListFirewallsResponse200,
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
        "url": "/v2/droplets/{droplet_id}/firewalls".format(
            droplet_id=quote(str(droplet_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DropletsListFirewallsResponse200 | Error:
    from ...models.droplets_list_firewalls_response_200 import (
        DropletsListFirewallsResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DropletsListFirewallsResponse200.from_dict(response.json())

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
) -> Response[DropletsListFirewallsResponse200 | Error]:
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
) -> Response[DropletsListFirewallsResponse200 | Error]:
    """List all Firewalls Applied to a Droplet

     To retrieve a list of all firewalls available to a Droplet, send a GET request
    to `/v2/droplets/$DROPLET_ID/firewalls`

    The response will be a JSON object that has a key called `firewalls`. This will
    be set to an array of `firewall` objects, each of which contain the standard
    `firewall` attributes.

    Args:
        droplet_id (int):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletsListFirewallsResponse200 | Error]
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
) -> DropletsListFirewallsResponse200 | Error | None:
    """List all Firewalls Applied to a Droplet

     To retrieve a list of all firewalls available to a Droplet, send a GET request
    to `/v2/droplets/$DROPLET_ID/firewalls`

    The response will be a JSON object that has a key called `firewalls`. This will
    be set to an array of `firewall` objects, each of which contain the standard
    `firewall` attributes.

    Args:
        droplet_id (int):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletsListFirewallsResponse200 | Error
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
) -> Response[DropletsListFirewallsResponse200 | Error]:
    """List all Firewalls Applied to a Droplet

     To retrieve a list of all firewalls available to a Droplet, send a GET request
    to `/v2/droplets/$DROPLET_ID/firewalls`

    The response will be a JSON object that has a key called `firewalls`. This will
    be set to an array of `firewall` objects, each of which contain the standard
    `firewall` attributes.

    Args:
        droplet_id (int):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletsListFirewallsResponse200 | Error]
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
) -> DropletsListFirewallsResponse200 | Error | None:
    """List all Firewalls Applied to a Droplet

     To retrieve a list of all firewalls available to a Droplet, send a GET request
    to `/v2/droplets/$DROPLET_ID/firewalls`

    The response will be a JSON object that has a key called `firewalls`. This will
    be set to an array of `firewall` objects, each of which contain the standard
    `firewall` attributes.

    Args:
        droplet_id (int):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletsListFirewallsResponse200 | Error
    """

    return (
        await asyncio_detailed(
            droplet_id=droplet_id,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
