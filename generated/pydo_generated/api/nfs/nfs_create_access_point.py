from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.access_point_action_response import AccessPointActionResponse
    from ...models.error import Error
    from ...models.nfs_api_error import NfsApiError


def _get_kwargs(
    share_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/nfs/shares/{share_id}/access_points".format(
            share_id=quote(str(share_id), safe=""),
        ),
        "headers": headers,
    }
    if body is not UNSET:
        if isinstance(body, bytes | bytearray):
            _kwargs["content"] = bytes(body)
        else:
            _kwargs["json"] = body
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessPointActionResponse | Error | NfsApiError:
    from ...models.access_point_action_response import AccessPointActionResponse
    from ...models.error import Error
    from ...models.nfs_api_error import NfsApiError

    if response.status_code == 201:
        response_201 = AccessPointActionResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = NfsApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = NfsApiError.from_dict(response.json())

        return response_409

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
    share_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[AccessPointActionResponse | Error | NfsApiError]:
    """Create an NFS access point

     To create a new access point on an NFS share, send a POST request to
    `/v2/nfs/shares/{share_id}/access_points`.

    A successful request will return the newly created access point and an action object.

    The parent share must be in `ACTIVE` or `INACTIVE` status. Validation failures and
    precondition errors (such as an ineligible share state) return `400 Bad Request`.
    Duplicate name or path conflicts return `409 Conflict`.

    Args:
        share_id (str):
        body (dict[str, Any]): Payload for creating a new access point on a share.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessPointActionResponse | Error | NfsApiError]
    """

    kwargs = _get_kwargs(
        share_id=share_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    share_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> AccessPointActionResponse | Error | NfsApiError | None:
    """Create an NFS access point

     To create a new access point on an NFS share, send a POST request to
    `/v2/nfs/shares/{share_id}/access_points`.

    A successful request will return the newly created access point and an action object.

    The parent share must be in `ACTIVE` or `INACTIVE` status. Validation failures and
    precondition errors (such as an ineligible share state) return `400 Bad Request`.
    Duplicate name or path conflicts return `409 Conflict`.

    Args:
        share_id (str):
        body (dict[str, Any]): Payload for creating a new access point on a share.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessPointActionResponse | Error | NfsApiError
    """

    return sync_detailed(
        share_id=share_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    share_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[AccessPointActionResponse | Error | NfsApiError]:
    """Create an NFS access point

     To create a new access point on an NFS share, send a POST request to
    `/v2/nfs/shares/{share_id}/access_points`.

    A successful request will return the newly created access point and an action object.

    The parent share must be in `ACTIVE` or `INACTIVE` status. Validation failures and
    precondition errors (such as an ineligible share state) return `400 Bad Request`.
    Duplicate name or path conflicts return `409 Conflict`.

    Args:
        share_id (str):
        body (dict[str, Any]): Payload for creating a new access point on a share.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessPointActionResponse | Error | NfsApiError]
    """

    kwargs = _get_kwargs(
        share_id=share_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    share_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> AccessPointActionResponse | Error | NfsApiError | None:
    """Create an NFS access point

     To create a new access point on an NFS share, send a POST request to
    `/v2/nfs/shares/{share_id}/access_points`.

    A successful request will return the newly created access point and an action object.

    The parent share must be in `ACTIVE` or `INACTIVE` status. Validation failures and
    precondition errors (such as an ineligible share state) return `400 Bad Request`.
    Duplicate name or path conflicts return `409 Conflict`.

    Args:
        share_id (str):
        body (dict[str, Any]): Payload for creating a new access point on a share.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessPointActionResponse | Error | NfsApiError
    """

    return (
        await asyncio_detailed(
            share_id=share_id,
            client=client,
            body=body,
        )
    ).parsed
