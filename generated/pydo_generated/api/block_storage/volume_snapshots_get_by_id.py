from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.volume_snapshots_get_by_id_response_200 import (
        VolumeSnapshotsGetByIdResponse200,
    )


def _get_kwargs(
    snapshot_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/volumes/snapshots/{snapshot_id}".format(
            snapshot_id=quote(str(snapshot_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VolumeSnapshotsGetByIdResponse200:
    from ...models.error import Error
    from ...models.volume_snapshots_get_by_id_response_200 import (
        VolumeSnapshotsGetByIdResponse200,
    )

    if response.status_code == 200:
        response_200 = VolumeSnapshotsGetByIdResponse200.from_dict(response.json())

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
) -> Response[Error | VolumeSnapshotsGetByIdResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VolumeSnapshotsGetByIdResponse200]:
    """Retrieve an Existing Volume Snapshot

     To retrieve the details of a snapshot that has been created from a volume, send a GET request to
    `/v2/volumes/snapshots/$VOLUME_SNAPSHOT_ID`.


    Args:
        snapshot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeSnapshotsGetByIdResponse200]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VolumeSnapshotsGetByIdResponse200 | None:
    """Retrieve an Existing Volume Snapshot

     To retrieve the details of a snapshot that has been created from a volume, send a GET request to
    `/v2/volumes/snapshots/$VOLUME_SNAPSHOT_ID`.


    Args:
        snapshot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeSnapshotsGetByIdResponse200
    """

    return sync_detailed(
        snapshot_id=snapshot_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VolumeSnapshotsGetByIdResponse200]:
    """Retrieve an Existing Volume Snapshot

     To retrieve the details of a snapshot that has been created from a volume, send a GET request to
    `/v2/volumes/snapshots/$VOLUME_SNAPSHOT_ID`.


    Args:
        snapshot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeSnapshotsGetByIdResponse200]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    snapshot_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VolumeSnapshotsGetByIdResponse200 | None:
    """Retrieve an Existing Volume Snapshot

     To retrieve the details of a snapshot that has been created from a volume, send a GET request to
    `/v2/volumes/snapshots/$VOLUME_SNAPSHOT_ID`.


    Args:
        snapshot_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeSnapshotsGetByIdResponse200
    """

    return (
        await asyncio_detailed(
            snapshot_id=snapshot_id,
            client=client,
        )
    ).parsed
