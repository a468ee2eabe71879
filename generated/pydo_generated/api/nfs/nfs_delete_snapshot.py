from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    nfs_snapshot_id: str,
    *,
    region: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "region": region,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/nfs/snapshots/{nfs_snapshot_id}".format(
            nfs_snapshot_id=quote(str(nfs_snapshot_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    nfs_snapshot_id: str,
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
) -> Response[Any | Error]:
    """Delete an NFS snapshot

     To delete an NFS snapshot, send a DELETE request to
    `/v2/nfs/snapshots/{nfs_snapshot_id}?region=${region}`.

    A successful request will return a `204 No Content` status code.

    Args:
        nfs_snapshot_id (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        nfs_snapshot_id=nfs_snapshot_id,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    nfs_snapshot_id: str,
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
) -> Any | Error | None:
    """Delete an NFS snapshot

     To delete an NFS snapshot, send a DELETE request to
    `/v2/nfs/snapshots/{nfs_snapshot_id}?region=${region}`.

    A successful request will return a `204 No Content` status code.

    Args:
        nfs_snapshot_id (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        nfs_snapshot_id=nfs_snapshot_id,
        client=client,
        region=region,
    ).parsed


async def asyncio_detailed(
    nfs_snapshot_id: str,
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
) -> Response[Any | Error]:
    """Delete an NFS snapshot

     To delete an NFS snapshot, send a DELETE request to
    `/v2/nfs/snapshots/{nfs_snapshot_id}?region=${region}`.

    A successful request will return a `204 No Content` status code.

    Args:
        nfs_snapshot_id (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        nfs_snapshot_id=nfs_snapshot_id,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    nfs_snapshot_id: str,
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
) -> Any | Error | None:
    """Delete an NFS snapshot

     To delete an NFS snapshot, send a DELETE request to
    `/v2/nfs/snapshots/{nfs_snapshot_id}?region=${region}`.

    A successful request will return a `204 No Content` status code.

    Args:
        nfs_snapshot_id (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            nfs_snapshot_id=nfs_snapshot_id,
            client=client,
            region=region,
        )
    ).parsed
