from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.billing_insights_list_response_200 import (
        BillingInsightsListResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    account_urn: str,
    start_date: str,
    end_date: str,
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
        "url": "/v2/billing/{account_urn}/insights/{start_date}/{end_date}".format(
            account_urn=quote(str(account_urn), safe=""),
            start_date=quote(str(start_date), safe=""),
            end_date=quote(str(end_date), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingInsightsListResponse200 | Error:
    from ...models.billing_insights_list_response_200 import (
        BillingInsightsListResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = BillingInsightsListResponse200.from_dict(response.json())

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
) -> Response[BillingInsightsListResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_urn: str,
    start_date: str,
    end_date: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[BillingInsightsListResponse200 | Error]:
    """List Billing Insights


    This endpoint returns day-over-day changes in billing resource usage based on nightly invoice items,
    including total amount, region, SKU, and description for a specified date range. It is important to
    note that the daily resource usage may not reflect month-end billing totals when totaled for a given
    month as nightly invoice item estimates do not necessarily encompass all invoicing factors for the
    entire month.

    Args:
        account_urn (str):
        start_date (str):
        end_date (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingInsightsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        account_urn=account_urn,
        start_date=start_date,
        end_date=end_date,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_urn: str,
    start_date: str,
    end_date: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> BillingInsightsListResponse200 | Error | None:
    """List Billing Insights


    This endpoint returns day-over-day changes in billing resource usage based on nightly invoice items,
    including total amount, region, SKU, and description for a specified date range. It is important to
    note that the daily resource usage may not reflect month-end billing totals when totaled for a given
    month as nightly invoice item estimates do not necessarily encompass all invoicing factors for the
    entire month.

    Args:
        account_urn (str):
        start_date (str):
        end_date (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingInsightsListResponse200 | Error
    """

    return sync_detailed(
        account_urn=account_urn,
        start_date=start_date,
        end_date=end_date,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    account_urn: str,
    start_date: str,
    end_date: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[BillingInsightsListResponse200 | Error]:
    """List Billing Insights


    This endpoint returns day-over-day changes in billing resource usage based on nightly invoice items,
    including total amount, region, SKU, and description for a specified date range. It is important to
    note that the daily resource usage may not reflect month-end billing totals when totaled for a given
    month as nightly invoice item estimates do not necessarily encompass all invoicing factors for the
    entire month.

    Args:
        account_urn (str):
        start_date (str):
        end_date (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingInsightsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        account_urn=account_urn,
        start_date=start_date,
        end_date=end_date,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_urn: str,
    start_date: str,
    end_date: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> BillingInsightsListResponse200 | Error | None:
    """List Billing Insights


    This endpoint returns day-over-day changes in billing resource usage based on nightly invoice items,
    including total amount, region, SKU, and description for a specified date range. It is important to
    note that the daily resource usage may not reflect month-end billing totals when totaled for a given
    month as nightly invoice item estimates do not necessarily encompass all invoicing factors for the
    entire month.

    Args:
        account_urn (str):
        start_date (str):
        end_date (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingInsightsListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            account_urn=account_urn,
            start_date=start_date,
            end_date=end_date,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
