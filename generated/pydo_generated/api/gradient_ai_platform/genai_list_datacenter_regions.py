from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_list_regions_output import ApiListRegionsOutput
    from ...models.error import Error


def _get_kwargs(
    *,
    serves_inference: Any = UNSET,
    serves_batch: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "serves_inference": serves_inference,
        "serves_batch": serves_batch,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/regions",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiListRegionsOutput | Error:
    from ...models.api_list_regions_output import ApiListRegionsOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiListRegionsOutput.from_dict(response.json())

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
) -> Response[ApiListRegionsOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    serves_inference: Any = UNSET,
    serves_batch: Any = UNSET,
) -> Response[ApiListRegionsOutput | Error]:
    """List Datacenter Regions

     To list all datacenter regions, send a GET request to `/v2/gen-ai/regions`.

    Args:
        serves_inference (bool):
        serves_batch (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListRegionsOutput | Error]
    """

    kwargs = _get_kwargs(
        serves_inference=serves_inference,
        serves_batch=serves_batch,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    serves_inference: Any = UNSET,
    serves_batch: Any = UNSET,
) -> ApiListRegionsOutput | Error | None:
    """List Datacenter Regions

     To list all datacenter regions, send a GET request to `/v2/gen-ai/regions`.

    Args:
        serves_inference (bool):
        serves_batch (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListRegionsOutput | Error
    """

    return sync_detailed(
        client=client,
        serves_inference=serves_inference,
        serves_batch=serves_batch,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    serves_inference: Any = UNSET,
    serves_batch: Any = UNSET,
) -> Response[ApiListRegionsOutput | Error]:
    """List Datacenter Regions

     To list all datacenter regions, send a GET request to `/v2/gen-ai/regions`.

    Args:
        serves_inference (bool):
        serves_batch (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListRegionsOutput | Error]
    """

    kwargs = _get_kwargs(
        serves_inference=serves_inference,
        serves_batch=serves_batch,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    serves_inference: Any = UNSET,
    serves_batch: Any = UNSET,
) -> ApiListRegionsOutput | Error | None:
    """List Datacenter Regions

     To list all datacenter regions, send a GET request to `/v2/gen-ai/regions`.

    Args:
        serves_inference (bool):
        serves_batch (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListRegionsOutput | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            serves_inference=serves_inference,
            serves_batch=serves_batch,
        )
    ).parsed
