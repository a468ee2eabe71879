from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.partner_attachments_patch_response_202 import (
        PartnerAttachmentsPatchResponse202,
    )


def _get_kwargs(
    pa_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/partner_network_connect/attachments/{pa_id}".format(
            pa_id=quote(str(pa_id), safe=""),
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
) -> Error | PartnerAttachmentsPatchResponse202:
    from ...models.error import Error
    from ...models.partner_attachments_patch_response_202 import (
        PartnerAttachmentsPatchResponse202,
    )

    if response.status_code == 202:
        response_202 = PartnerAttachmentsPatchResponse202.from_dict(response.json())

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
) -> Response[Error | PartnerAttachmentsPatchResponse202]:
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
    body: Any = UNSET,
) -> Response[Error | PartnerAttachmentsPatchResponse202]:
    """Update an existing partner attachment

     To update an existing partner attachment, send a `PATCH` request to
    `/v2/partner_network_connect/attachments/{pa_id}` with a JSON object containing the
    fields to be updated.

    Args:
        pa_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PartnerAttachmentsPatchResponse202]
    """

    kwargs = _get_kwargs(
        pa_id=pa_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pa_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | PartnerAttachmentsPatchResponse202 | None:
    """Update an existing partner attachment

     To update an existing partner attachment, send a `PATCH` request to
    `/v2/partner_network_connect/attachments/{pa_id}` with a JSON object containing the
    fields to be updated.

    Args:
        pa_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PartnerAttachmentsPatchResponse202
    """

    return sync_detailed(
        pa_id=pa_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pa_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | PartnerAttachmentsPatchResponse202]:
    """Update an existing partner attachment

     To update an existing partner attachment, send a `PATCH` request to
    `/v2/partner_network_connect/attachments/{pa_id}` with a JSON object containing the
    fields to be updated.

    Args:
        pa_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PartnerAttachmentsPatchResponse202]
    """

    kwargs = _get_kwargs(
        pa_id=pa_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pa_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | PartnerAttachmentsPatchResponse202 | None:
    """Update an existing partner attachment

     To update an existing partner attachment, send a `PATCH` request to
    `/v2/partner_network_connect/attachments/{pa_id}` with a JSON object containing the
    fields to be updated.

    Args:
        pa_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PartnerAttachmentsPatchResponse202
    """

    return (
        await asyncio_detailed(
            pa_id=pa_id,
            client=client,
            body=body,
        )
    ).parsed
