from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dedicated_inferences_get_response_200 import (
        DedicatedInferencesGetResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    dedicated_inference_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/dedicated-inferences/{dedicated_inference_id}".format(
            dedicated_inference_id=quote(str(dedicated_inference_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DedicatedInferencesGetResponse200 | Error:
    from ...models.dedicated_inferences_get_response_200 import (
        DedicatedInferencesGetResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DedicatedInferencesGetResponse200.from_dict(response.json())

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
) -> Response[DedicatedInferencesGetResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DedicatedInferencesGetResponse200 | Error]:
    """Get a Dedicated Inference

     Retrieve an existing Dedicated Inference by ID. Send a GET request to
    `/v2/dedicated-inferences/{dedicated_inference_id}`. The status in the response
    is one of active, new, provisioning, updating, deleting, or error.

    Args:
        dedicated_inference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        dedicated_inference_id=dedicated_inference_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
) -> DedicatedInferencesGetResponse200 | Error | None:
    """Get a Dedicated Inference

     Retrieve an existing Dedicated Inference by ID. Send a GET request to
    `/v2/dedicated-inferences/{dedicated_inference_id}`. The status in the response
    is one of active, new, provisioning, updating, deleting, or error.

    Args:
        dedicated_inference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesGetResponse200 | Error
    """

    return sync_detailed(
        dedicated_inference_id=dedicated_inference_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DedicatedInferencesGetResponse200 | Error]:
    """Get a Dedicated Inference

     Retrieve an existing Dedicated Inference by ID. Send a GET request to
    `/v2/dedicated-inferences/{dedicated_inference_id}`. The status in the response
    is one of active, new, provisioning, updating, deleting, or error.

    Args:
        dedicated_inference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        dedicated_inference_id=dedicated_inference_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
) -> DedicatedInferencesGetResponse200 | Error | None:
    """Get a Dedicated Inference

     Retrieve an existing Dedicated Inference by ID. Send a GET request to
    `/v2/dedicated-inferences/{dedicated_inference_id}`. The status in the response
    is one of active, new, provisioning, updating, deleting, or error.

    Args:
        dedicated_inference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesGetResponse200 | Error
    """

    return (
        await asyncio_detailed(
            dedicated_inference_id=dedicated_inference_id,
            client=client,
        )
    ).parsed
