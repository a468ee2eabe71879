from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.nfs_snapshot_list_response import NfsSnapshotListResponse


def _get_kwargs(
    *,
    region: Any = UNSET,
    share_id: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "region": region,
        "share_id": share_id,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/nfs/snapshots",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NfsSnapshotListResponse:
    from ...models.error import Error
    from ...models.nfs_snapshot_list_response import NfsSnapshotListResponse

    if response.status_code == 200:
        response_200 = NfsSnapshotListResponse.from_dict(response.json())

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
) -> Response[Error | NfsSnapshotListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
    share_id: Any = UNSET,
) -> Response[Error | NfsSnapshotListResponse]:
    """List NFS snapshots per region

     To list all NFS snapshots, send a GET request to
    `/v2/nfs/snapshots?region=${region}&share_id={share_id}`.

    A successful request will return all NFS snapshots belonging to the authenticated user in the
    specified region.

    Optionally, you can filter snapshots by a specific NFS share by including the `share_id` query
    parameter.

    Args:
        region (str):
        share_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NfsSnapshotListResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        share_id=share_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
    share_id: Any = UNSET,
) -> Error | NfsSnapshotListResponse | None:
    """List NFS snapshots per region

     To list all NFS snapshots, send a GET request to
    `/v2/nfs/snapshots?region=${region}&share_id={share_id}`.

    A successful request will return all NFS snapshots belonging to the authenticated user in the
    specified region.

    Optionally, you can filter snapshots by a specific NFS share by including the `share_id` query
    parameter.

    Args:
        region (str):
        share_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NfsSnapshotListResponse
    """

    return sync_detailed(
        client=client,
        region=region,
        share_id=share_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
    share_id: Any = UNSET,
) -> Response[Error | NfsSnapshotListResponse]:
    """List NFS snapshots per region

     To list all NFS snapshots, send a GET request to
    `/v2/nfs/snapshots?region=${region}&share_id={share_id}`.

    A successful request will return all NFS snapshots belonging to the authenticated user in the
    specified region.

    Optionally, you can filter snapshots by a specific NFS share by including the `share_id` query
    parameter.

    Args:
        region (str):
        share_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NfsSnapshotListResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        share_id=share_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
    share_id: Any = UNSET,
) -> Error | NfsSnapshotListResponse | None:
    """List NFS snapshots per region

     To list all NFS snapshots, send a GET request to
    `/v2/nfs/snapshots?region=${region}&share_id={share_id}`.

    A successful request will return all NFS snapshots belonging to the authenticated user in the
    specified region.

    Optionally, you can filter snapshots by a specific NFS share by including the `share_id` query
    parameter.

    Args:
        region (str):
        share_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NfsSnapshotListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            share_id=share_id,
        )
    ).parsed
