from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.reserved_i_pv_6_get_response_200 import ReservedIPv6GetResponse200


def _get_kwargs(
    reserved_ipv6: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/reserved_ipv6/{reserved_ipv6}".format(
            reserved_ipv6=quote(str(reserved_ipv6), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReservedIPv6GetResponse200:
    from ...models.error import Error
    from ...models.reserved_i_pv_6_get_response_200 import ReservedIPv6GetResponse200

    if response.status_code == 200:
        response_200 = ReservedIPv6GetResponse200.from_dict(response.json())

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
) -> Response[Error | ReservedIPv6GetResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reserved_ipv6: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReservedIPv6GetResponse200]:
    """Retrieve an Existing Reserved IPv6

     To show information about a reserved IPv6, send a GET request to `/v2/reserved_ipv6/$RESERVED_IPV6`.

    Args:
        reserved_ipv6 (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservedIPv6GetResponse200]
    """

    kwargs = _get_kwargs(
        reserved_ipv6=reserved_ipv6,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reserved_ipv6: str,
    *,
    client: AuthenticatedClient,
) -> Error | ReservedIPv6GetResponse200 | None:
    """Retrieve an Existing Reserved IPv6

     To show information about a reserved IPv6, send a GET request to `/v2/reserved_ipv6/$RESERVED_IPV6`.

    Args:
        reserved_ipv6 (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservedIPv6GetResponse200
    """

    return sync_detailed(
        reserved_ipv6=reserved_ipv6,
        client=client,
    ).parsed


async def asyncio_detailed(
    reserved_ipv6: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReservedIPv6GetResponse200]:
    """Retrieve an Existing Reserved IPv6

     To show information about a reserved IPv6, send a GET request to `/v2/reserved_ipv6/$RESERVED_IPV6`.

    Args:
        reserved_ipv6 (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReservedIPv6GetResponse200]
    """

    kwargs = _get_kwargs(
        reserved_ipv6=reserved_ipv6,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reserved_ipv6: str,
    *,
    client: AuthenticatedClient,
) -> Error | ReservedIPv6GetResponse200 | None:
    """Retrieve an Existing Reserved IPv6

     To show information about a reserved IPv6, send a GET request to `/v2/reserved_ipv6/$RESERVED_IPV6`.

    Args:
        reserved_ipv6 (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReservedIPv6GetResponse200
    """

    return (
        await asyncio_detailed(
            reserved_ipv6=reserved_ipv6,
            client=client,
        )
    ).parsed
