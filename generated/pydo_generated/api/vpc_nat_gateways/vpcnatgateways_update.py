from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vpcnatgateways_update_response_200 import (
        VpcnatgatewaysUpdateResponse200,
    )


def _get_kwargs(
    id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/vpc_nat_gateways/{id}".format(
            id=quote(str(id), safe=""),
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
) -> Error | VpcnatgatewaysUpdateResponse200:
    from ...models.error import Error
    from ...models.vpcnatgateways_update_response_200 import (
        VpcnatgatewaysUpdateResponse200,
    )

    if response.status_code == 200:
        response_200 = VpcnatgatewaysUpdateResponse200.from_dict(response.json())

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
) -> Response[Error | VpcnatgatewaysUpdateResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | VpcnatgatewaysUpdateResponse200]:
    """Update VPC NAT Gateway

     To update the configuration of an existing VPC NAT Gateway, send a PUT request to
    `/v2/vpc_nat_gateways/$VPC_NAT_GATEWAY_ID`. The request must contain a full representation
    of the VPC NAT Gateway including existing attributes.

    Args:
        id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcnatgatewaysUpdateResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | VpcnatgatewaysUpdateResponse200 | None:
    """Update VPC NAT Gateway

     To update the configuration of an existing VPC NAT Gateway, send a PUT request to
    `/v2/vpc_nat_gateways/$VPC_NAT_GATEWAY_ID`. The request must contain a full representation
    of the VPC NAT Gateway including existing attributes.

    Args:
        id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcnatgatewaysUpdateResponse200
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | VpcnatgatewaysUpdateResponse200]:
    """Update VPC NAT Gateway

     To update the configuration of an existing VPC NAT Gateway, send a PUT request to
    `/v2/vpc_nat_gateways/$VPC_NAT_GATEWAY_ID`. The request must contain a full representation
    of the VPC NAT Gateway including existing attributes.

    Args:
        id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcnatgatewaysUpdateResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | VpcnatgatewaysUpdateResponse200 | None:
    """Update VPC NAT Gateway

     To update the configuration of an existing VPC NAT Gateway, send a PUT request to
    `/v2/vpc_nat_gateways/$VPC_NAT_GATEWAY_ID`. The request must contain a full representation
    of the VPC NAT Gateway including existing attributes.

    Args:
        id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcnatgatewaysUpdateResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
