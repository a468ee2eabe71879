from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.domains_create_record_response_201 import (
        DomainsCreateRecordResponse201,
    )
    from ...models.error import Error


def _get_kwargs(
    domain_name: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/domains/{domain_name}/records".format(
            domain_name=quote(str(domain_name), safe=""),
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
) -> DomainsCreateRecordResponse201 | Error:
    from ...models.domains_create_record_response_201 import (
        DomainsCreateRecordResponse201,
    )
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = DomainsCreateRecordResponse201.from_dict(response.json())

        return response_201

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
) -> Response[DomainsCreateRecordResponse201 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain_name: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DomainsCreateRecordResponse201 | Error]:
    """Create a New Domain Record

     To create a new record to a domain, send a POST request to
    `/v2/domains/$DOMAIN_NAME/records`.

    The request must include all of the required fields for the domain record type
    being added.

    See the [attribute table](#tag/Domain-Records) for details regarding record
    types and their respective required attributes.

    Args:
        domain_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainsCreateRecordResponse201 | Error]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain_name: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DomainsCreateRecordResponse201 | Error | None:
    """Create a New Domain Record

     To create a new record to a domain, send a POST request to
    `/v2/domains/$DOMAIN_NAME/records`.

    The request must include all of the required fields for the domain record type
    being added.

    See the [attribute table](#tag/Domain-Records) for details regarding record
    types and their respective required attributes.

    Args:
        domain_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainsCreateRecordResponse201 | Error
    """

    return sync_detailed(
        domain_name=domain_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    domain_name: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DomainsCreateRecordResponse201 | Error]:
    """Create a New Domain Record

     To create a new record to a domain, send a POST request to
    `/v2/domains/$DOMAIN_NAME/records`.

    The request must include all of the required fields for the domain record type
    being added.

    See the [attribute table](#tag/Domain-Records) for details regarding record
    types and their respective required attributes.

    Args:
        domain_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainsCreateRecordResponse201 | Error]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain_name: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DomainsCreateRecordResponse201 | Error | None:
    """Create a New Domain Record

     To create a new record to a domain, send a POST request to
    `/v2/domains/$DOMAIN_NAME/records`.

    The request must include all of the required fields for the domain record type
    being added.

    See the [attribute table](#tag/Domain-Records) for details regarding record
    types and their respective required attributes.

    Args:
        domain_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainsCreateRecordResponse201 | Error
    """

    return (
        await asyncio_detailed(
            domain_name=domain_name,
            client=client,
            body=body,
        )
    ).parsed
