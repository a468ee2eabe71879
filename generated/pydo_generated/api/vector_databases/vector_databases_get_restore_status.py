from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vectordb_get_restore_status_response import (
        VectordbGetRestoreStatusResponse,
    )


def _get_kwargs(
    id: str,
    backup_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/vector-databases/{id}/backups/{backup_id}/restore".format(
            id=quote(str(id), safe=""),
            backup_id=quote(str(backup_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VectordbGetRestoreStatusResponse:
    from ...models.error import Error
    from ...models.vectordb_get_restore_status_response import (
        VectordbGetRestoreStatusResponse,
    )

    if response.status_code == 200:
        response_200 = VectordbGetRestoreStatusResponse.from_dict(response.json())

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
) -> Response[Error | VectordbGetRestoreStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    backup_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VectordbGetRestoreStatusResponse]:
    """Retrieve the Status of a Restore

     To check the status of a restore operation, send a GET request to `/v2/vector-
    databases/{id}/backups/{backup_id}/restore`. The response body contains the current status of the
    restore.

    Args:
        id (str):
        backup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VectordbGetRestoreStatusResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        backup_id=backup_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    backup_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VectordbGetRestoreStatusResponse | None:
    """Retrieve the Status of a Restore

     To check the status of a restore operation, send a GET request to `/v2/vector-
    databases/{id}/backups/{backup_id}/restore`. The response body contains the current status of the
    restore.

    Args:
        id (str):
        backup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VectordbGetRestoreStatusResponse
    """

    return sync_detailed(
        id=id,
        backup_id=backup_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    backup_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VectordbGetRestoreStatusResponse]:
    """Retrieve the Status of a Restore

     To check the status of a restore operation, send a GET request to `/v2/vector-
    databases/{id}/backups/{backup_id}/restore`. The response body contains the current status of the
    restore.

    Args:
        id (str):
        backup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VectordbGetRestoreStatusResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        backup_id=backup_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    backup_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VectordbGetRestoreStatusResponse | None:
    """Retrieve the Status of a Restore

     To check the status of a restore operation, send a GET request to `/v2/vector-
    databases/{id}/backups/{backup_id}/restore`. The response body contains the current status of the
    restore.

    Args:
        id (str):
        backup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VectordbGetRestoreStatusResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            backup_id=backup_id,
            client=client,
        )
    ).parsed
