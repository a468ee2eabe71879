from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.functions_access_key_update_response_200 import (
        FunctionsAccessKeyUpdateResponse200,
    )


def _get_kwargs(
    namespace_id: str,
    key_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/functions/namespaces/{namespace_id}/keys/{key_id}".format(
            namespace_id=quote(str(namespace_id), safe=""),
            key_id=quote(str(key_id), safe=""),
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
) -> Error | FunctionsAccessKeyUpdateResponse200:
    from ...models.error import Error
    from ...models.functions_access_key_update_response_200 import (
        FunctionsAccessKeyUpdateResponse200,
    )

    if response.status_code == 200:
        response_200 = FunctionsAccessKeyUpdateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

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
) -> Response[Error | FunctionsAccessKeyUpdateResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | FunctionsAccessKeyUpdateResponse200]:
    """Update a Namespace Access Key

     Updates the name of an access key for a serverless functions namespace.

    To update an access key, send a PUT request to
    `/v2/functions/namespaces/{namespace_id}/keys/{key_id}`.

    Args:
        namespace_id (str):
        key_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FunctionsAccessKeyUpdateResponse200]
    """

    kwargs = _get_kwargs(
        namespace_id=namespace_id,
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | FunctionsAccessKeyUpdateResponse200 | None:
    """Update a Namespace Access Key

     Updates the name of an access key for a serverless functions namespace.

    To update an access key, send a PUT request to
    `/v2/functions/namespaces/{namespace_id}/keys/{key_id}`.

    Args:
        namespace_id (str):
        key_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FunctionsAccessKeyUpdateResponse200
    """

    return sync_detailed(
        namespace_id=namespace_id,
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    namespace_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | FunctionsAccessKeyUpdateResponse200]:
    """Update a Namespace Access Key

     Updates the name of an access key for a serverless functions namespace.

    To update an access key, send a PUT request to
    `/v2/functions/namespaces/{namespace_id}/keys/{key_id}`.

    Args:
        namespace_id (str):
        key_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FunctionsAccessKeyUpdateResponse200]
    """

    kwargs = _get_kwargs(
        namespace_id=namespace_id,
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | FunctionsAccessKeyUpdateResponse200 | None:
    """Update a Namespace Access Key

     Updates the name of an access key for a serverless functions namespace.

    To update an access key, send a PUT request to
    `/v2/functions/namespaces/{namespace_id}/keys/{key_id}`.

    Args:
        namespace_id (str):
        key_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FunctionsAccessKeyUpdateResponse200
    """

    return (
        await asyncio_detailed(
            namespace_id=namespace_id,
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
