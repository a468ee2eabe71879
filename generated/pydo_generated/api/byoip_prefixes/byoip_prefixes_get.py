from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.byoip_prefixes_get_response_200 import ByoipPrefixesGetResponse200
    from ...models.error import Error


def _get_kwargs(
    byoip_prefix_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/byoip_prefixes/{byoip_prefix_uuid}".format(
            byoip_prefix_uuid=quote(str(byoip_prefix_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ByoipPrefixesGetResponse200 | Error:
    from ...models.byoip_prefixes_get_response_200 import ByoipPrefixesGetResponse200
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ByoipPrefixesGetResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

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
) -> Response[ByoipPrefixesGetResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    byoip_prefix_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ByoipPrefixesGetResponse200 | Error]:
    """Get a BYOIP Prefix

     To get a BYOIP prefix, send a GET request to `/v2/byoip_prefixes/$byoip_prefix_uuid`.

    A successful response will return the details of the specified BYOIP prefix.

    Args:
        byoip_prefix_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ByoipPrefixesGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        byoip_prefix_uuid=byoip_prefix_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    byoip_prefix_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ByoipPrefixesGetResponse200 | Error | None:
    """Get a BYOIP Prefix

     To get a BYOIP prefix, send a GET request to `/v2/byoip_prefixes/$byoip_prefix_uuid`.

    A successful response will return the details of the specified BYOIP prefix.

    Args:
        byoip_prefix_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ByoipPrefixesGetResponse200 | Error
    """

    return sync_detailed(
        byoip_prefix_uuid=byoip_prefix_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    byoip_prefix_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ByoipPrefixesGetResponse200 | Error]:
    """Get a BYOIP Prefix

     To get a BYOIP prefix, send a GET request to `/v2/byoip_prefixes/$byoip_prefix_uuid`.

    A successful response will return the details of the specified BYOIP prefix.

    Args:
        byoip_prefix_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ByoipPrefixesGetResponse200 | Error]
    """

    kwargs = _get_kwargs(
        byoip_prefix_uuid=byoip_prefix_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    byoip_prefix_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ByoipPrefixesGetResponse200 | Error | None:
    """Get a BYOIP Prefix

     To get a BYOIP prefix, send a GET request to `/v2/byoip_prefixes/$byoip_prefix_uuid`.

    A successful response will return the details of the specified BYOIP prefix.

    Args:
        byoip_prefix_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ByoipPrefixesGetResponse200 | Error
    """

    return (
        await asyncio_detailed(
            byoip_prefix_uuid=byoip_prefix_uuid,
            client=client,
        )
    ).parsed
