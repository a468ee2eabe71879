from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.domains_list_records_response_200 import (
        DomainsListRecordsResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    domain_name: str,
    *,
    name: Any = UNSET,
    type_: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "name": name,
        "type": type_,
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/domains/{domain_name}/records".format(
            domain_name=quote(str(domain_name), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DomainsListRecordsResponse200 | Error:
    from ...models.domains_list_records_response_200 import (
        DomainsListRecordsResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DomainsListRecordsResponse200.from_dict(response.json())

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
) -> Response[DomainsListRecordsResponse200 | Error]:
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
    name: Any = UNSET,
    type_: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[DomainsListRecordsResponse200 | Error]:
    """List All Domain Records

     To get a listing of all records configured for a domain, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records`.
    The list of records returned can be filtered by using the `name` and `type` query parameters. For
    example, to only include A records for a domain, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records?type=A`. `name` must be a fully qualified record name. For
    example, to only include records matching `sub.example.com`, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records?name=sub.example.com`. Both name and type may be used together.


    Args:
        domain_name (str):
        name (str):
        type_ (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainsListRecordsResponse200 | Error]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
        name=name,
        type_=type_,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain_name: str,
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    type_: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> DomainsListRecordsResponse200 | Error | None:
    """List All Domain Records

     To get a listing of all records configured for a domain, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records`.
    The list of records returned can be filtered by using the `name` and `type` query parameters. For
    example, to only include A records for a domain, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records?type=A`. `name` must be a fully qualified record name. For
    example, to only include records matching `sub.example.com`, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records?name=sub.example.com`. Both name and type may be used together.


    Args:
        domain_name (str):
        name (str):
        type_ (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainsListRecordsResponse200 | Error
    """

    return sync_detailed(
        domain_name=domain_name,
        client=client,
        name=name,
        type_=type_,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    domain_name: str,
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    type_: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[DomainsListRecordsResponse200 | Error]:
    """List All Domain Records

     To get a listing of all records configured for a domain, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records`.
    The list of records returned can be filtered by using the `name` and `type` query parameters. For
    example, to only include A records for a domain, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records?type=A`. `name` must be a fully qualified record name. For
    example, to only include records matching `sub.example.com`, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records?name=sub.example.com`. Both name and type may be used together.


    Args:
        domain_name (str):
        name (str):
        type_ (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainsListRecordsResponse200 | Error]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
        name=name,
        type_=type_,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain_name: str,
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    type_: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> DomainsListRecordsResponse200 | Error | None:
    """List All Domain Records

     To get a listing of all records configured for a domain, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records`.
    The list of records returned can be filtered by using the `name` and `type` query parameters. For
    example, to only include A records for a domain, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records?type=A`. `name` must be a fully qualified record name. For
    example, to only include records matching `sub.example.com`, send a GET request to
    `/v2/domains/$DOMAIN_NAME/records?name=sub.example.com`. Both name and type may be used together.


    Args:
        domain_name (str):
        name (str):
        type_ (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainsListRecordsResponse200 | Error
    """

    return (
        await asyncio_detailed(
            domain_name=domain_name,
            client=client,
            name=name,
            type_=type_,
            per_page=per_page,
            page=page,
        )
    ).parsed
