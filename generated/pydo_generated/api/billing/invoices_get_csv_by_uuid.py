from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    invoice_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customers/my/invoices/{invoice_uuid}/csv".format(
            invoice_uuid=quote(str(invoice_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str:
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | str]:
    """Retrieve an Invoice CSV by UUID

     To retrieve a CSV for an invoice, send a GET request to
    `/v2/customers/my/invoices/$INVOICE_UUID/csv`.

    Args:
        invoice_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        invoice_uuid=invoice_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Error | str | None:
    """Retrieve an Invoice CSV by UUID

     To retrieve a CSV for an invoice, send a GET request to
    `/v2/customers/my/invoices/$INVOICE_UUID/csv`.

    Args:
        invoice_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        invoice_uuid=invoice_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    invoice_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | str]:
    """Retrieve an Invoice CSV by UUID

     To retrieve a CSV for an invoice, send a GET request to
    `/v2/customers/my/invoices/$INVOICE_UUID/csv`.

    Args:
        invoice_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        invoice_uuid=invoice_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Error | str | None:
    """Retrieve an Invoice CSV by UUID

     To retrieve a CSV for an invoice, send a GET request to
    `/v2/customers/my/invoices/$INVOICE_UUID/csv`.

    Args:
        invoice_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            invoice_uuid=invoice_uuid,
            client=client,
        )
    ).parsed
