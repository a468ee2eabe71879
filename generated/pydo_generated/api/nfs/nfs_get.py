from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.nfs_get_response import NfsGetResponse


def _get_kwargs(
    nfs_id: str,
    *,
    region: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "region": region,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/nfs/{nfs_id}".format(
            nfs_id=quote(str(nfs_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NfsGetResponse:
    from ...models.error import Error
    from ...models.nfs_get_response import NfsGetResponse

    if response.status_code == 200:
        response_200 = NfsGetResponse.from_dict(response.json())

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
) -> Response[Error | NfsGetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    nfs_id: str,
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
) -> Response[Error | NfsGetResponse]:
    """Get an NFS share

     To get an NFS share, send a GET request to `/v2/nfs/{nfs_id}?region=${region}`.

    A successful request will return the NFS share.

    Args:
        nfs_id (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NfsGetResponse]
    """

    kwargs = _get_kwargs(
        nfs_id=nfs_id,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    nfs_id: str,
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
) -> Error | NfsGetResponse | None:
    """Get an NFS share

     To get an NFS share, send a GET request to `/v2/nfs/{nfs_id}?region=${region}`.

    A successful request will return the NFS share.

    Args:
        nfs_id (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NfsGetResponse
    """

    return sync_detailed(
        nfs_id=nfs_id,
        client=client,
        region=region,
    ).parsed


async def asyncio_detailed(
    nfs_id: str,
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
) -> Response[Error | NfsGetResponse]:
    """Get an NFS share

     To get an NFS share, send a GET request to `/v2/nfs/{nfs_id}?region=${region}`.

    A successful request will return the NFS share.

    Args:
        nfs_id (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NfsGetResponse]
    """

    kwargs = _get_kwargs(
        nfs_id=nfs_id,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    nfs_id: str,
    *,
    client: AuthenticatedClient,
    region: Any = UNSET,
) -> Error | NfsGetResponse | None:
    """Get an NFS share

     To get an NFS share, send a GET request to `/v2/nfs/{nfs_id}?region=${region}`.

    A successful request will return the NFS share.

    Args:
        nfs_id (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NfsGetResponse
    """

    return (
        await asyncio_detailed(
            nfs_id=nfs_id,
            client=client,
            region=region,
        )
    ).parsed
