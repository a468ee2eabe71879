from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.partner_attachments_list_remote_routes_response_200 import (
        PartnerAttachmentsListRemoteRoutesResponse200,
    )


def _get_kwargs(
    pa_id: str,
    *,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/partner_network_connect/attachments/{pa_id}/remote_routes".format(
            pa_id=quote(str(pa_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PartnerAttachmentsListRemoteRoutesResponse200:
    from ...models.error import Error
    from ...models.partner_attachments_list_remote_routes_response_200 import (
        PartnerAttachmentsListRemoteRoutesResponse200,
    )

    if response.status_code == 200:
        response_200 = PartnerAttachmentsListRemoteRoutesResponse200.from_dict(
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
) -> Response[Error | PartnerAttachmentsListRemoteRoutesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pa_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | PartnerAttachmentsListRemoteRoutesResponse200]:
    """List remote routes for a partner attachment

     To list all remote routes associated with a partner attachment, send a `GET` request to
    `/v2/partner_network_connect/attachments/{pa_id}/remote_routes`.

    Args:
        pa_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PartnerAttachmentsListRemoteRoutesResponse200]
    """

    kwargs = _get_kwargs(
        pa_id=pa_id,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pa_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | PartnerAttachmentsListRemoteRoutesResponse200 | None:
    """List remote routes for a partner attachment

     To list all remote routes associated with a partner attachment, send a `GET` request to
    `/v2/partner_network_connect/attachments/{pa_id}/remote_routes`.

    Args:
        pa_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PartnerAttachmentsListRemoteRoutesResponse200
    """

    return sync_detailed(
        pa_id=pa_id,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    pa_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | PartnerAttachmentsListRemoteRoutesResponse200]:
    """List remote routes for a partner attachment

     To list all remote routes associated with a partner attachment, send a `GET` request to
    `/v2/partner_network_connect/attachments/{pa_id}/remote_routes`.

    Args:
        pa_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PartnerAttachmentsListRemoteRoutesResponse200]
    """

    kwargs = _get_kwargs(
        pa_id=pa_id,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pa_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | PartnerAttachmentsListRemoteRoutesResponse200 | None:
    """List remote routes for a partner attachment

     To list all remote routes associated with a partner attachment, send a `GET` request to
    `/v2/partner_network_connect/attachments/{pa_id}/remote_routes`.

    Args:
        pa_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PartnerAttachmentsListRemoteRoutesResponse200
    """

    return (
        await asyncio_detailed(
            pa_id=pa_id,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
