from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_update_custom_model_metadata_output_public import (
        ApiUpdateCustomModelMetadataOutputPublic,
    )
    from ...models.error import Error


def _get_kwargs(
    uuid: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/gen-ai/custom_models/{uuid}/metadata".format(
            uuid=quote(str(uuid), safe=""),
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
) -> ApiUpdateCustomModelMetadataOutputPublic | Error:
    from ...models.api_update_custom_model_metadata_output_public import (
        ApiUpdateCustomModelMetadataOutputPublic,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiUpdateCustomModelMetadataOutputPublic.from_dict(
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
) -> Response[ApiUpdateCustomModelMetadataOutputPublic | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[ApiUpdateCustomModelMetadataOutputPublic | Error]:
    """Update Custom Model Metadata

     To update custom model metadata, send a PATCH request to `/v2/gen-ai/custom_models/{uuid}/metadata`.

    Args:
        uuid (str):
        body (dict[str, Any]): Request to update custom model metadata (public)
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiUpdateCustomModelMetadataOutputPublic | Error]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> ApiUpdateCustomModelMetadataOutputPublic | Error | None:
    """Update Custom Model Metadata

     To update custom model metadata, send a PATCH request to `/v2/gen-ai/custom_models/{uuid}/metadata`.

    Args:
        uuid (str):
        body (dict[str, Any]): Request to update custom model metadata (public)
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiUpdateCustomModelMetadataOutputPublic | Error
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[ApiUpdateCustomModelMetadataOutputPublic | Error]:
    """Update Custom Model Metadata

     To update custom model metadata, send a PATCH request to `/v2/gen-ai/custom_models/{uuid}/metadata`.

    Args:
        uuid (str):
        body (dict[str, Any]): Request to update custom model metadata (public)
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiUpdateCustomModelMetadataOutputPublic | Error]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> ApiUpdateCustomModelMetadataOutputPublic | Error | None:
    """Update Custom Model Metadata

     To update custom model metadata, send a PATCH request to `/v2/gen-ai/custom_models/{uuid}/metadata`.

    Args:
        uuid (str):
        body (dict[str, Any]): Request to update custom model metadata (public)
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiUpdateCustomModelMetadataOutputPublic | Error
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
