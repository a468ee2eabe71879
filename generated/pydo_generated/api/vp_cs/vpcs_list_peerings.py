from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vpcs_list_peerings_response_200 import VpcsListPeeringsResponse200


def _get_kwargs(
    vpc_id: str,
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
        "url": "/v2/vpcs/{vpc_id}/peerings".format(
            vpc_id=quote(str(vpc_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VpcsListPeeringsResponse200:
    from ...models.error import Error
    from ...models.vpcs_list_peerings_response_200 import VpcsListPeeringsResponse200

    if response.status_code == 200:
        response_200 = VpcsListPeeringsResponse200.from_dict(response.json())

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
) -> Response[Error | VpcsListPeeringsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VpcsListPeeringsResponse200]:
    """List the Peerings of a VPC

     To list all of a VPC's peerings, send a GET request to
    `/v2/vpcs/$VPC_ID/peerings`.

    Args:
        vpc_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcsListPeeringsResponse200]
    """

    kwargs = _get_kwargs(
        vpc_id=vpc_id,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VpcsListPeeringsResponse200 | None:
    """List the Peerings of a VPC

     To list all of a VPC's peerings, send a GET request to
    `/v2/vpcs/$VPC_ID/peerings`.

    Args:
        vpc_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcsListPeeringsResponse200
    """

    return sync_detailed(
        vpc_id=vpc_id,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VpcsListPeeringsResponse200]:
    """List the Peerings of a VPC

     To list all of a VPC's peerings, send a GET request to
    `/v2/vpcs/$VPC_ID/peerings`.

    Args:
        vpc_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcsListPeeringsResponse200]
    """

    kwargs = _get_kwargs(
        vpc_id=vpc_id,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VpcsListPeeringsResponse200 | None:
    """List the Peerings of a VPC

     To list all of a VPC's peerings, send a GET request to
    `/v2/vpcs/$VPC_ID/peerings`.

    Args:
        vpc_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcsListPeeringsResponse200
    """

    return (
        await asyncio_detailed(
            vpc_id=vpc_id,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
