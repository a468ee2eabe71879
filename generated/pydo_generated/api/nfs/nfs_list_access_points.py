from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.access_point_list_response import AccessPointListResponse
    from ...models.error import Error
    from ...models.nfs_api_error import NfsApiError


def _get_kwargs(
    share_id: str,
    *,
    status: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "status": status,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/nfs/shares/{share_id}/access_points".format(
            share_id=quote(str(share_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessPointListResponse | Error | NfsApiError:
    from ...models.access_point_list_response import AccessPointListResponse
    from ...models.error import Error
    from ...models.nfs_api_error import NfsApiError

    if response.status_code == 200:
        response_200 = AccessPointListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = NfsApiError.from_dict(response.json())

        return response_400

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
) -> Response[AccessPointListResponse | Error | NfsApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    share_id: str,
    *,
    client: AuthenticatedClient,
    status: Any = UNSET,
) -> Response[AccessPointListResponse | Error | NfsApiError]:
    """List NFS access points for a share

     To list access points for an NFS share, send a GET request to
    `/v2/nfs/shares/{share_id}/access_points`. You may use query parameters to filter
    by status.

    A successful request will return a list of NFS access points ordered with the default
    access point first, then by `created_at` ascending.

    Args:
        share_id (str):
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessPointListResponse | Error | NfsApiError]
    """

    kwargs = _get_kwargs(
        share_id=share_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    share_id: str,
    *,
    client: AuthenticatedClient,
    status: Any = UNSET,
) -> AccessPointListResponse | Error | NfsApiError | None:
    """List NFS access points for a share

     To list access points for an NFS share, send a GET request to
    `/v2/nfs/shares/{share_id}/access_points`. You may use query parameters to filter
    by status.

    A successful request will return a list of NFS access points ordered with the default
    access point first, then by `created_at` ascending.

    Args:
        share_id (str):
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessPointListResponse | Error | NfsApiError
    """

    return sync_detailed(
        share_id=share_id,
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    share_id: str,
    *,
    client: AuthenticatedClient,
    status: Any = UNSET,
) -> Response[AccessPointListResponse | Error | NfsApiError]:
    """List NFS access points for a share

     To list access points for an NFS share, send a GET request to
    `/v2/nfs/shares/{share_id}/access_points`. You may use query parameters to filter
    by status.

    A successful request will return a list of NFS access points ordered with the default
    access point first, then by `created_at` ascending.

    Args:
        share_id (str):
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessPointListResponse | Error | NfsApiError]
    """

    kwargs = _get_kwargs(
        share_id=share_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    share_id: str,
    *,
    client: AuthenticatedClient,
    status: Any = UNSET,
) -> AccessPointListResponse | Error | NfsApiError | None:
    """List NFS access points for a share

     To list access points for an NFS share, send a GET request to
    `/v2/nfs/shares/{share_id}/access_points`. You may use query parameters to filter
    by status.

    A successful request will return a list of NFS access points ordered with the default
    access point first, then by `created_at` ascending.

    Args:
        share_id (str):
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessPointListResponse | Error | NfsApiError
    """

    return (
        await asyncio_detailed(
            share_id=share_id,
            client=client,
            status=status,
        )
    ).parsed
