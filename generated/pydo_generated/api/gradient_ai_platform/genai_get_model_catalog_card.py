from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_get_model_catalog_card_output import ApiGetModelCatalogCardOutput
    from ...models.error import Error


def _get_kwargs(
    id: str,
    *,
    model_id: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "model_id": model_id,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/models/catalog/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiGetModelCatalogCardOutput | Error:
    from ...models.api_get_model_catalog_card_output import ApiGetModelCatalogCardOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiGetModelCatalogCardOutput.from_dict(response.json())

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
) -> Response[ApiGetModelCatalogCardOutput | Error]:
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
    model_id: Any = UNSET,
) -> Response[ApiGetModelCatalogCardOutput | Error]:
    """Get Model Catalog Card

     Returns detailed information for a specific model in the catalog including capabilities, pricing,
    and code examples.

    Args:
        id (str):
        model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetModelCatalogCardOutput | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        model_id=model_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    model_id: Any = UNSET,
) -> ApiGetModelCatalogCardOutput | Error | None:
    """Get Model Catalog Card

     Returns detailed information for a specific model in the catalog including capabilities, pricing,
    and code examples.

    Args:
        id (str):
        model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetModelCatalogCardOutput | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        model_id=model_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    model_id: Any = UNSET,
) -> Response[ApiGetModelCatalogCardOutput | Error]:
    """Get Model Catalog Card

     Returns detailed information for a specific model in the catalog including capabilities, pricing,
    and code examples.

    Args:
        id (str):
        model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetModelCatalogCardOutput | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        model_id=model_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    model_id: Any = UNSET,
) -> ApiGetModelCatalogCardOutput | Error | None:
    """Get Model Catalog Card

     Returns detailed information for a specific model in the catalog including capabilities, pricing,
    and code examples.

    Args:
        id (str):
        model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetModelCatalogCardOutput | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            model_id=model_id,
        )
    ).parsed
