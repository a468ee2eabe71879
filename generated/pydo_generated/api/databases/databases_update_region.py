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
    database_cluster_uuid: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/databases/{database_cluster_uuid}/migrate".format(
            database_cluster_uuid=quote(str(database_cluster_uuid), safe=""),
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
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Migrate a Database Cluster to a New Region

     To migrate a database cluster to a new region, send a `PUT` request to
    `/v2/databases/$DATABASE_ID/migrate`. The body of the request must specify a
    `region` attribute.

    A successful request will receive a 202 Accepted status code with no body in
    response. Querying the database cluster will show that its `status` attribute
    will now be set to `migrating`. This will transition back to `online` when the
    migration has completed.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):  Example: {'region': 'lon1'}.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Any | Error | None:
    """Migrate a Database Cluster to a New Region

     To migrate a database cluster to a new region, send a `PUT` request to
    `/v2/databases/$DATABASE_ID/migrate`. The body of the request must specify a
    `region` attribute.

    A successful request will receive a 202 Accepted status code with no body in
    response. Querying the database cluster will show that its `status` attribute
    will now be set to `migrating`. This will transition back to `online` when the
    migration has completed.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):  Example: {'region': 'lon1'}.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        database_cluster_uuid=database_cluster_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Migrate a Database Cluster to a New Region

     To migrate a database cluster to a new region, send a `PUT` request to
    `/v2/databases/$DATABASE_ID/migrate`. The body of the request must specify a
    `region` attribute.

    A successful request will receive a 202 Accepted status code with no body in
    response. Querying the database cluster will show that its `status` attribute
    will now be set to `migrating`. This will transition back to `online` when the
    migration has completed.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):  Example: {'region': 'lon1'}.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Any | Error | None:
    """Migrate a Database Cluster to a New Region

     To migrate a database cluster to a new region, send a `PUT` request to
    `/v2/databases/$DATABASE_ID/migrate`. The body of the request must specify a
    `region` attribute.

    A successful request will receive a 202 Accepted status code with no body in
    response. Querying the database cluster will show that its `status` attribute
    will now be set to `migrating`. This will transition back to `online` when the
    migration has completed.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):  Example: {'region': 'lon1'}.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            client=client,
            body=body,
        )
    ).parsed
