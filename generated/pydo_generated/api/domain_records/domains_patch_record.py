from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.domains_patch_record_response_200 import (
        DomainsPatchRecordResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    domain_name: str,
    domain_record_id: int,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/domains/{domain_name}/records/{domain_record_id}".format(
            domain_name=quote(str(domain_name), safe=""),
            domain_record_id=quote(str(domain_record_id), safe=""),
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
) -> DomainsPatchRecordResponse200 | Error:
    from ...models.domains_patch_record_response_200 import (
        DomainsPatchRecordResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DomainsPatchRecordResponse200.from_dict(response.json())

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
) -> Response[DomainsPatchRecordResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain_name: str,
    domain_record_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DomainsPatchRecordResponse200 | Error]:
    """Update a Domain Record

     To update an existing record, send a PATCH request to
    `/v2/domains/$DOMAIN_NAME/records/$DOMAIN_RECORD_ID`. Any attribute valid for
    the record type can be set to a new value for the record.

    See the [attribute table](#tag/Domain-Records) for details regarding record
    types and their respective attributes.

    Args:
        domain_name (str):
        domain_record_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainsPatchRecordResponse200 | Error]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
        domain_record_id=domain_record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain_name: str,
    domain_record_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DomainsPatchRecordResponse200 | Error | None:
    """Update a Domain Record

     To update an existing record, send a PATCH request to
    `/v2/domains/$DOMAIN_NAME/records/$DOMAIN_RECORD_ID`. Any attribute valid for
    the record type can be set to a new value for the record.

    See the [attribute table](#tag/Domain-Records) for details regarding record
    types and their respective attributes.

    Args:
        domain_name (str):
        domain_record_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainsPatchRecordResponse200 | Error
    """

    return sync_detailed(
        domain_name=domain_name,
        domain_record_id=domain_record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    domain_name: str,
    domain_record_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DomainsPatchRecordResponse200 | Error]:
    """Update a Domain Record

     To update an existing record, send a PATCH request to
    `/v2/domains/$DOMAIN_NAME/records/$DOMAIN_RECORD_ID`. Any attribute valid for
    the record type can be set to a new value for the record.

    See the [attribute table](#tag/Domain-Records) for details regarding record
    types and their respective attributes.

    Args:
        domain_name (str):
        domain_record_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainsPatchRecordResponse200 | Error]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
        domain_record_id=domain_record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain_name: str,
    domain_record_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DomainsPatchRecordResponse200 | Error | None:
    """Update a Domain Record

     To update an existing record, send a PATCH request to
    `/v2/domains/$DOMAIN_NAME/records/$DOMAIN_RECORD_ID`. Any attribute valid for
    the record type can be set to a new value for the record.

    See the [attribute table](#tag/Domain-Records) for details regarding record
    types and their respective attributes.

    Args:
        domain_name (str):
        domain_record_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainsPatchRecordResponse200 | Error
    """

    return (
        await asyncio_detailed(
            domain_name=domain_name,
            domain_record_id=domain_record_id,
            client=client,
            body=body,
        )
    ).parsed
