from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vectordb_get_vector_db_admin_credentials_response import (
        VectordbGetVectorDBAdminCredentialsResponse,
    )


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/vector-databases/{id}/credentials".format(
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VectordbGetVectorDBAdminCredentialsResponse:
    from ...models.error import Error
    from ...models.vectordb_get_vector_db_admin_credentials_response import (
        VectordbGetVectorDBAdminCredentialsResponse,
    )

    if response.status_code == 200:
        response_200 = VectordbGetVectorDBAdminCredentialsResponse.from_dict(
            response.json()
        )

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
) -> Response[Error | VectordbGetVectorDBAdminCredentialsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VectordbGetVectorDBAdminCredentialsResponse]:
    """Retrieve Admin Credentials for a Vector Database

     To retrieve the admin credentials for a vector database, send a GET request to `/v2/vector-
    databases/{id}/credentials`. The response body contains the `user_id` and `api_token` for the admin
    user provisioned on the cluster.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VectordbGetVectorDBAdminCredentialsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VectordbGetVectorDBAdminCredentialsResponse | None:
    """Retrieve Admin Credentials for a Vector Database

     To retrieve the admin credentials for a vector database, send a GET request to `/v2/vector-
    databases/{id}/credentials`. The response body contains the `user_id` and `api_token` for the admin
    user provisioned on the cluster.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VectordbGetVectorDBAdminCredentialsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VectordbGetVectorDBAdminCredentialsResponse]:
    """Retrieve Admin Credentials for a Vector Database

     To retrieve the admin credentials for a vector database, send a GET request to `/v2/vector-
    databases/{id}/credentials`. The response body contains the `user_id` and `api_token` for the admin
    user provisioned on the cluster.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VectordbGetVectorDBAdminCredentialsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VectordbGetVectorDBAdminCredentialsResponse | None:
    """Retrieve Admin Credentials for a Vector Database

     To retrieve the admin credentials for a vector database, send a GET request to `/v2/vector-
    databases/{id}/credentials`. The response body contains the `user_id` and `api_token` for the admin
    user provisioned on the cluster.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VectordbGetVectorDBAdminCredentialsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
