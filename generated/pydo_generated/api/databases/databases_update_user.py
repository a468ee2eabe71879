from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.databases_update_user_response_201 import (
        DatabasesUpdateUserResponse201,
    )
    from ...models.error import Error


def _get_kwargs(
    database_cluster_uuid: str,
    username: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/databases/{database_cluster_uuid}/users/{username}".format(
            database_cluster_uuid=quote(str(database_cluster_uuid), safe=""),
            username=quote(str(username), safe=""),
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
) -> DatabasesUpdateUserResponse201 | Error:
    from ...models.databases_update_user_response_201 import (
        DatabasesUpdateUserResponse201,
    )
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = DatabasesUpdateUserResponse201.from_dict(response.json())

        return response_201

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
) -> Response[DatabasesUpdateUserResponse201 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_cluster_uuid: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DatabasesUpdateUserResponse201 | Error]:
    """Update a Database User

     To update an existing database user, send a PUT request to
    `/v2/databases/$DATABASE_ID/users/$USERNAME`
    with the desired settings.

    **Note**: only `settings` can be updated via this type of request. If you wish to change the name of
    a user,
    you must recreate a new user.

    For PostgreSQL clusters, you can update `settings.pg_allow_replication` to enable or
    disable replication privileges for the user. When omitted, the value defaults to `false`.

    For Kafka and OpenSearch clusters, additional options can be configured in the
    `settings` object (for example, topic or index ACLs).

    The response will be a JSON object with a key called `user`. The value of this will be an
    object that contains the name of the updated database user, along with the `settings` object that
    has been updated.

    Args:
        database_cluster_uuid (str):
        username (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesUpdateUserResponse201 | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_cluster_uuid: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DatabasesUpdateUserResponse201 | Error | None:
    """Update a Database User

     To update an existing database user, send a PUT request to
    `/v2/databases/$DATABASE_ID/users/$USERNAME`
    with the desired settings.

    **Note**: only `settings` can be updated via this type of request. If you wish to change the name of
    a user,
    you must recreate a new user.

    For PostgreSQL clusters, you can update `settings.pg_allow_replication` to enable or
    disable replication privileges for the user. When omitted, the value defaults to `false`.

    For Kafka and OpenSearch clusters, additional options can be configured in the
    `settings` object (for example, topic or index ACLs).

    The response will be a JSON object with a key called `user`. The value of this will be an
    object that contains the name of the updated database user, along with the `settings` object that
    has been updated.

    Args:
        database_cluster_uuid (str):
        username (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesUpdateUserResponse201 | Error
    """

    return sync_detailed(
        database_cluster_uuid=database_cluster_uuid,
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    database_cluster_uuid: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DatabasesUpdateUserResponse201 | Error]:
    """Update a Database User

     To update an existing database user, send a PUT request to
    `/v2/databases/$DATABASE_ID/users/$USERNAME`
    with the desired settings.

    **Note**: only `settings` can be updated via this type of request. If you wish to change the name of
    a user,
    you must recreate a new user.

    For PostgreSQL clusters, you can update `settings.pg_allow_replication` to enable or
    disable replication privileges for the user. When omitted, the value defaults to `false`.

    For Kafka and OpenSearch clusters, additional options can be configured in the
    `settings` object (for example, topic or index ACLs).

    The response will be a JSON object with a key called `user`. The value of this will be an
    object that contains the name of the updated database user, along with the `settings` object that
    has been updated.

    Args:
        database_cluster_uuid (str):
        username (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesUpdateUserResponse201 | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_cluster_uuid: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DatabasesUpdateUserResponse201 | Error | None:
    """Update a Database User

     To update an existing database user, send a PUT request to
    `/v2/databases/$DATABASE_ID/users/$USERNAME`
    with the desired settings.

    **Note**: only `settings` can be updated via this type of request. If you wish to change the name of
    a user,
    you must recreate a new user.

    For PostgreSQL clusters, you can update `settings.pg_allow_replication` to enable or
    disable replication privileges for the user. When omitted, the value defaults to `false`.

    For Kafka and OpenSearch clusters, additional options can be configured in the
    `settings` object (for example, topic or index ACLs).

    The response will be a JSON object with a key called `user`. The value of this will be an
    object that contains the name of the updated database user, along with the `settings` object that
    has been updated.

    Args:
        database_cluster_uuid (str):
        username (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesUpdateUserResponse201 | Error
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            username=username,
            client=client,
            body=body,
        )
    ).parsed
