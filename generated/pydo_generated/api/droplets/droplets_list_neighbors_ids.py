from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.neighbor_ids import NeighborIds


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/reports/droplet_neighbors_ids",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NeighborIds:
    from ...models.error import Error
    from ...models.neighbor_ids import NeighborIds

    if response.status_code == 200:
        response_200 = NeighborIds.from_dict(response.json())

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
) -> Response[Error | NeighborIds]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | NeighborIds]:
    """List All Droplet Neighbors

     To retrieve a list of all Droplets that are co-located on the same physical
    hardware, send a GET request to `/v2/reports/droplet_neighbors_ids`.

    The results will be returned as a JSON object with a key of `neighbor_ids`.
    This will be set to an array of arrays. Each array will contain a set of
    Droplet IDs for Droplets that share a physical server. An empty array
    indicates that all Droplets associated with your account are located on
    separate physical hardware.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NeighborIds]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | NeighborIds | None:
    """List All Droplet Neighbors

     To retrieve a list of all Droplets that are co-located on the same physical
    hardware, send a GET request to `/v2/reports/droplet_neighbors_ids`.

    The results will be returned as a JSON object with a key of `neighbor_ids`.
    This will be set to an array of arrays. Each array will contain a set of
    Droplet IDs for Droplets that share a physical server. An empty array
    indicates that all Droplets associated with your account are located on
    separate physical hardware.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NeighborIds
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | NeighborIds]:
    """List All Droplet Neighbors

     To retrieve a list of all Droplets that are co-located on the same physical
    hardware, send a GET request to `/v2/reports/droplet_neighbors_ids`.

    The results will be returned as a JSON object with a key of `neighbor_ids`.
    This will be set to an array of arrays. Each array will contain a set of
    Droplet IDs for Droplets that share a physical server. An empty array
    indicates that all Droplets associated with your account are located on
    separate physical hardware.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NeighborIds]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | NeighborIds | None:
    """List All Droplet Neighbors

     To retrieve a list of all Droplets that are co-located on the same physical
    hardware, send a GET request to `/v2/reports/droplet_neighbors_ids`.

    The results will be returned as a JSON object with a key of `neighbor_ids`.
    This will be set to an array of arrays. Each array will contain a set of
    Droplet IDs for Droplets that share a physical server. An empty array
    indicates that all Droplets associated with your account are located on
    separate physical hardware.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NeighborIds
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
