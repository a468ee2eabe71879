from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.access_point_action_response import AccessPointActionResponse
    from ...models.error import Error
    from ...models.nfs_api_error import NfsApiError


def _get_kwargs(
    access_point_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/nfs/access_points/{access_point_id}".format(
            access_point_id=quote(str(access_point_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessPointActionResponse | Error | NfsApiError:
    from ...models.access_point_action_response import AccessPointActionResponse
    from ...models.error import Error
    from ...models.nfs_api_error import NfsApiError

    if response.status_code == 200:
        response_200 = AccessPointActionResponse.from_dict(response.json())

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
) -> Response[AccessPointActionResponse | Error | NfsApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    access_point_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AccessPointActionResponse | Error | NfsApiError]:
    """Delete an NFS access point

     To delete an NFS access point, send a DELETE request to
    `/v2/nfs/access_points/{access_point_id}`.

    A successful request will soft-delete the access point and return the deleted access point
    with status `ACCESS_POINT_DELETED` and an action object indicating the delete operation.

    The default access point (`is_default: true`) cannot be deleted. Access points already
    in `ACCESS_POINT_DELETED` or `ACCESS_POINT_FAILED` status return `400 Bad Request`.

    Args:
        access_point_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessPointActionResponse | Error | NfsApiError]
    """

    kwargs = _get_kwargs(
        access_point_id=access_point_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    access_point_id: str,
    *,
    client: AuthenticatedClient,
) -> AccessPointActionResponse | Error | NfsApiError | None:
    """Delete an NFS access point

     To delete an NFS access point, send a DELETE request to
    `/v2/nfs/access_points/{access_point_id}`.

    A successful request will soft-delete the access point and return the deleted access point
    with status `ACCESS_POINT_DELETED` and an action object indicating the delete operation.

    The default access point (`is_default: true`) cannot be deleted. Access points already
    in `ACCESS_POINT_DELETED` or `ACCESS_POINT_FAILED` status return `400 Bad Request`.

    Args:
        access_point_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessPointActionResponse | Error | NfsApiError
    """

    return sync_detailed(
        access_point_id=access_point_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    access_point_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AccessPointActionResponse | Error | NfsApiError]:
    """Delete an NFS access point

     To delete an NFS access point, send a DELETE request to
    `/v2/nfs/access_points/{access_point_id}`.

    A successful request will soft-delete the access point and return the deleted access point
    with status `ACCESS_POINT_DELETED` and an action object indicating the delete operation.

    The default access point (`is_default: true`) cannot be deleted. Access points already
    in `ACCESS_POINT_DELETED` or `ACCESS_POINT_FAILED` status return `400 Bad Request`.

    Args:
        access_point_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessPointActionResponse | Error | NfsApiError]
    """

    kwargs = _get_kwargs(
        access_point_id=access_point_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    access_point_id: str,
    *,
    client: AuthenticatedClient,
) -> AccessPointActionResponse | Error | NfsApiError | None:
    """Delete an NFS access point

     To delete an NFS access point, send a DELETE request to
    `/v2/nfs/access_points/{access_point_id}`.

    A successful request will soft-delete the access point and return the deleted access point
    with status `ACCESS_POINT_DELETED` and an action object indicating the delete operation.

    The default access point (`is_default: true`) cannot be deleted. Access points already
    in `ACCESS_POINT_DELETED` or `ACCESS_POINT_FAILED` status return `400 Bad Request`.

    Args:
        access_point_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessPointActionResponse | Error | NfsApiError
    """

    return (
        await asyncio_detailed(
            access_point_id=access_point_id,
            client=client,
        )
    ).parsed
