from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vpc_peerings_get_response_200 import VpcPeeringsGetResponse200


def _get_kwargs(
    vpc_peering_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/vpc_peerings/{vpc_peering_id}".format(
            vpc_peering_id=quote(str(vpc_peering_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VpcPeeringsGetResponse200:
    from ...models.error import Error
    from ...models.vpc_peerings_get_response_200 import VpcPeeringsGetResponse200

    if response.status_code == 200:
        response_200 = VpcPeeringsGetResponse200.from_dict(response.json())

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
) -> Response[Error | VpcPeeringsGetResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vpc_peering_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VpcPeeringsGetResponse200]:
    """Retrieve an Existing VPC Peering

     To show information about an existing VPC Peering, send a GET request to
    `/v2/vpc_peerings/$VPC_PEERING_ID`.

    Args:
        vpc_peering_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcPeeringsGetResponse200]
    """

    kwargs = _get_kwargs(
        vpc_peering_id=vpc_peering_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vpc_peering_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VpcPeeringsGetResponse200 | None:
    """Retrieve an Existing VPC Peering

     To show information about an existing VPC Peering, send a GET request to
    `/v2/vpc_peerings/$VPC_PEERING_ID`.

    Args:
        vpc_peering_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcPeeringsGetResponse200
    """

    return sync_detailed(
        vpc_peering_id=vpc_peering_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vpc_peering_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VpcPeeringsGetResponse200]:
    """Retrieve an Existing VPC Peering

     To show information about an existing VPC Peering, send a GET request to
    `/v2/vpc_peerings/$VPC_PEERING_ID`.

    Args:
        vpc_peering_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcPeeringsGetResponse200]
    """

    kwargs = _get_kwargs(
        vpc_peering_id=vpc_peering_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vpc_peering_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VpcPeeringsGetResponse200 | None:
    """Retrieve an Existing VPC Peering

     To show information about an existing VPC Peering, send a GET request to
    `/v2/vpc_peerings/$VPC_PEERING_ID`.

    Args:
        vpc_peering_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcPeeringsGetResponse200
    """

    return (
        await asyncio_detailed(
            vpc_peering_id=vpc_peering_id,
            client=client,
        )
    ).parsed
