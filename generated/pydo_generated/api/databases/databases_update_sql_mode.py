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
        "url": "/v2/databases/{database_cluster_uuid}/sql_mode".format(
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
    database_cluster_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Update SQL Mode for a Cluster

     To configure the SQL modes for an existing MySQL cluster, send a PUT request to
    `/v2/databases/$DATABASE_ID/sql_mode` specifying the desired modes. See the official MySQL 8
    documentation for a [full list of supported SQL modes](https://dev.mysql.com/doc/refman/8.0/en/sql-
    mode.html#sql-mode-full).
    A successful request will receive a 204 No Content status code with no body in response.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
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
    """Update SQL Mode for a Cluster

     To configure the SQL modes for an existing MySQL cluster, send a PUT request to
    `/v2/databases/$DATABASE_ID/sql_mode` specifying the desired modes. See the official MySQL 8
    documentation for a [full list of supported SQL modes](https://dev.mysql.com/doc/refman/8.0/en/sql-
    mode.html#sql-mode-full).
    A successful request will receive a 204 No Content status code with no body in response.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
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
    """Update SQL Mode for a Cluster

     To configure the SQL modes for an existing MySQL cluster, send a PUT request to
    `/v2/databases/$DATABASE_ID/sql_mode` specifying the desired modes. See the official MySQL 8
    documentation for a [full list of supported SQL modes](https://dev.mysql.com/doc/refman/8.0/en/sql-
    mode.html#sql-mode-full).
    A successful request will receive a 204 No Content status code with no body in response.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
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
    """Update SQL Mode for a Cluster

     To configure the SQL modes for an existing MySQL cluster, send a PUT request to
    `/v2/databases/$DATABASE_ID/sql_mode` specifying the desired modes. See the official MySQL 8
    documentation for a [full list of supported SQL modes](https://dev.mysql.com/doc/refman/8.0/en/sql-
    mode.html#sql-mode-full).
    A successful request will receive a 204 No Content status code with no body in response.

    Args:
        database_cluster_uuid (str):
        body (dict[str, Any]):
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
