from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dedicated_inferences_patch_response_202 import (
        DedicatedInferencesPatchResponse202,
    )
    from ...models.error import Error


def _get_kwargs(
    dedicated_inference_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/dedicated-inferences/{dedicated_inference_id}".format(
            dedicated_inference_id=quote(str(dedicated_inference_id), safe=""),
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
) -> DedicatedInferencesPatchResponse202 | Error:
    from ...models.dedicated_inferences_patch_response_202 import (
        DedicatedInferencesPatchResponse202,
    )
    from ...models.error import Error

    if response.status_code == 202:
        response_202 = DedicatedInferencesPatchResponse202.from_dict(response.json())

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
) -> Response[DedicatedInferencesPatchResponse202 | Error]:
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
    body: Any = UNSET,
) -> Response[DedicatedInferencesPatchResponse202 | Error]:
    """Update a Dedicated Inference

     Update an existing Dedicated Inference. Send a PATCH request to
    `/v2/dedicated-inferences/{dedicated_inference_id}` with updated `spec` and/or
    `access_tokens`. Status will move to updating and return to active when done.

    Args:
        dedicated_inference_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesPatchResponse202 | Error]
    """

    kwargs = _get_kwargs(
        dedicated_inference_id=dedicated_inference_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DedicatedInferencesPatchResponse202 | Error | None:
    """Update a Dedicated Inference

     Update an existing Dedicated Inference. Send a PATCH request to
    `/v2/dedicated-inferences/{dedicated_inference_id}` with updated `spec` and/or
    `access_tokens`. Status will move to updating and return to active when done.

    Args:
        dedicated_inference_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesPatchResponse202 | Error
    """

    return sync_detailed(
        dedicated_inference_id=dedicated_inference_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DedicatedInferencesPatchResponse202 | Error]:
    """Update a Dedicated Inference

     Update an existing Dedicated Inference. Send a PATCH request to
    `/v2/dedicated-inferences/{dedicated_inference_id}` with updated `spec` and/or
    `access_tokens`. Status will move to updating and return to active when done.

    Args:
        dedicated_inference_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DedicatedInferencesPatchResponse202 | Error]
    """

    kwargs = _get_kwargs(
        dedicated_inference_id=dedicated_inference_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dedicated_inference_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DedicatedInferencesPatchResponse202 | Error | None:
    """Update a Dedicated Inference

     Update an existing Dedicated Inference. Send a PATCH request to
    `/v2/dedicated-inferences/{dedicated_inference_id}` with updated `spec` and/or
    `access_tokens`. Status will move to updating and return to active when done.

    Args:
        dedicated_inference_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DedicatedInferencesPatchResponse202 | Error
    """

    return (
        await asyncio_detailed(
            dedicated_inference_id=dedicated_inference_id,
            client=client,
            body=body,
        )
    ).parsed
