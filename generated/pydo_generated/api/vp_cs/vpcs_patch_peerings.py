from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vpcs_patch_peerings_response_200 import VpcsPatchPeeringsResponse200


def _get_kwargs(
    vpc_id: str,
    vpc_peering_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/vpcs/{vpc_id}/peerings/{vpc_peering_id}".format(
            vpc_id=quote(str(vpc_id), safe=""),
            vpc_peering_id=quote(str(vpc_peering_id), safe=""),
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
) -> Error | VpcsPatchPeeringsResponse200:
    from ...models.error import Error
    from ...models.vpcs_patch_peerings_response_200 import VpcsPatchPeeringsResponse200

    if response.status_code == 200:
        response_200 = VpcsPatchPeeringsResponse200.from_dict(response.json())

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
) -> Response[Error | VpcsPatchPeeringsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vpc_id: str,
    vpc_peering_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | VpcsPatchPeeringsResponse200]:
    """Update a VPC Peering

     To update the name of a VPC peering in a particular VPC, send a PATCH request
    to `/v2/vpcs/$VPC_ID/peerings/$VPC_PEERING_ID` with the new `name` in the
    request body.

    Args:
        vpc_id (str):
        vpc_peering_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcsPatchPeeringsResponse200]
    """

    kwargs = _get_kwargs(
        vpc_id=vpc_id,
        vpc_peering_id=vpc_peering_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vpc_id: str,
    vpc_peering_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | VpcsPatchPeeringsResponse200 | None:
    """Update a VPC Peering

     To update the name of a VPC peering in a particular VPC, send a PATCH request
    to `/v2/vpcs/$VPC_ID/peerings/$VPC_PEERING_ID` with the new `name` in the
    request body.

    Args:
        vpc_id (str):
        vpc_peering_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcsPatchPeeringsResponse200
    """

    return sync_detailed(
        vpc_id=vpc_id,
        vpc_peering_id=vpc_peering_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    vpc_id: str,
    vpc_peering_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | VpcsPatchPeeringsResponse200]:
    """Update a VPC Peering

     To update the name of a VPC peering in a particular VPC, send a PATCH request
    to `/v2/vpcs/$VPC_ID/peerings/$VPC_PEERING_ID` with the new `name` in the
    request body.

    Args:
        vpc_id (str):
        vpc_peering_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcsPatchPeeringsResponse200]
    """

    kwargs = _get_kwargs(
        vpc_id=vpc_id,
        vpc_peering_id=vpc_peering_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vpc_id: str,
    vpc_peering_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | VpcsPatchPeeringsResponse200 | None:
    """Update a VPC Peering

     To update the name of a VPC peering in a particular VPC, send a PATCH request
    to `/v2/vpcs/$VPC_ID/peerings/$VPC_PEERING_ID` with the new `name` in the
    request body.

    Args:
        vpc_id (str):
        vpc_peering_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcsPatchPeeringsResponse200
    """

    return (
        await asyncio_detailed(
            vpc_id=vpc_id,
            vpc_peering_id=vpc_peering_id,
            client=client,
            body=body,
        )
    ).parsed
