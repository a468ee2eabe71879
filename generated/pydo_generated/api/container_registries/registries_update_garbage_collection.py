from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.registries_update_garbage_collection_response_200 import (
        RegistriesUpdateGarbageCollectionResponse200,
    )


def _get_kwargs(
    registry_name: str,
    garbage_collection_uuid: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/registries/{registry_name}/garbage-collection/{garbage_collection_uuid}".format(
            registry_name=quote(str(registry_name), safe=""),
            garbage_collection_uuid=quote(str(garbage_collection_uuid), safe=""),
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
) -> Error | RegistriesUpdateGarbageCollectionResponse200:
    from ...models.error import Error
    from ...models.registries_update_garbage_collection_response_200 import (
        RegistriesUpdateGarbageCollectionResponse200,
    )

    if response.status_code == 200:
        response_200 = RegistriesUpdateGarbageCollectionResponse200.from_dict(
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
) -> Response[Error | RegistriesUpdateGarbageCollectionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    registry_name: str,
    garbage_collection_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | RegistriesUpdateGarbageCollectionResponse200]:
    """Update Garbage Collection

     To cancel the currently-active garbage collection for a registry, send a PUT request to
    `/v2/registries/$REGISTRY_NAME/garbage-collection/$GC_UUID` and specify one or more of the
    attributes below. It is similar to PUT `/v2/registries/$REGISTRY_NAME/garbage-collection/$GC_UUID`.

    Args:
        registry_name (str):
        garbage_collection_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesUpdateGarbageCollectionResponse200]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
        garbage_collection_uuid=garbage_collection_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registry_name: str,
    garbage_collection_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | RegistriesUpdateGarbageCollectionResponse200 | None:
    """Update Garbage Collection

     To cancel the currently-active garbage collection for a registry, send a PUT request to
    `/v2/registries/$REGISTRY_NAME/garbage-collection/$GC_UUID` and specify one or more of the
    attributes below. It is similar to PUT `/v2/registries/$REGISTRY_NAME/garbage-collection/$GC_UUID`.

    Args:
        registry_name (str):
        garbage_collection_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesUpdateGarbageCollectionResponse200
    """

    return sync_detailed(
        registry_name=registry_name,
        garbage_collection_uuid=garbage_collection_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    registry_name: str,
    garbage_collection_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | RegistriesUpdateGarbageCollectionResponse200]:
    """Update Garbage Collection

     To cancel the currently-active garbage collection for a registry, send a PUT request to
    `/v2/registries/$REGISTRY_NAME/garbage-collection/$GC_UUID` and specify one or more of the
    attributes below. It is similar to PUT `/v2/registries/$REGISTRY_NAME/garbage-collection/$GC_UUID`.

    Args:
        registry_name (str):
        garbage_collection_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesUpdateGarbageCollectionResponse200]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
        garbage_collection_uuid=garbage_collection_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registry_name: str,
    garbage_collection_uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | RegistriesUpdateGarbageCollectionResponse200 | None:
    """Update Garbage Collection

     To cancel the currently-active garbage collection for a registry, send a PUT request to
    `/v2/registries/$REGISTRY_NAME/garbage-collection/$GC_UUID` and specify one or more of the
    attributes below. It is similar to PUT `/v2/registries/$REGISTRY_NAME/garbage-collection/$GC_UUID`.

    Args:
        registry_name (str):
        garbage_collection_uuid (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesUpdateGarbageCollectionResponse200
    """

    return (
        await asyncio_detailed(
            registry_name=registry_name,
            garbage_collection_uuid=garbage_collection_uuid,
            client=client,
            body=body,
        )
    ).parsed
