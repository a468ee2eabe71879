from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vpcnatgateways_list_response_200 import VpcnatgatewaysListResponse200


def _get_kwargs(
    *,
    per_page: Any = 20,
    page: Any = 1,
    state: Any = UNSET,
    region: Any = UNSET,
    type_: Any = UNSET,
    name: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
        "state": state,
        "region": region,
        "type": type_,
        "name": name,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/vpc_nat_gateways",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VpcnatgatewaysListResponse200:
    from ...models.error import Error
    from ...models.vpcnatgateways_list_response_200 import VpcnatgatewaysListResponse200

    if response.status_code == 200:
        response_200 = VpcnatgatewaysListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | VpcnatgatewaysListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    state: Any = UNSET,
    region: Any = UNSET,
    type_: Any = UNSET,
    name: Any = UNSET,
) -> Response[Error | VpcnatgatewaysListResponse200]:
    """List All VPC NAT Gateways

     To list all VPC NAT gateways in your team, send a GET request to `/v2/vpc_nat_gateways`.
    The response body will be a JSON object with a key of `vpc_nat_gateways` containing an array of VPC
    NAT gateway objects.
    These each contain the standard VPC NAT gateway attributes.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        state (str):
        region (str):
        type_ (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcnatgatewaysListResponse200]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        state=state,
        region=region,
        type_=type_,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    state: Any = UNSET,
    region: Any = UNSET,
    type_: Any = UNSET,
    name: Any = UNSET,
) -> Error | VpcnatgatewaysListResponse200 | None:
    """List All VPC NAT Gateways

     To list all VPC NAT gateways in your team, send a GET request to `/v2/vpc_nat_gateways`.
    The response body will be a JSON object with a key of `vpc_nat_gateways` containing an array of VPC
    NAT gateway objects.
    These each contain the standard VPC NAT gateway attributes.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        state (str):
        region (str):
        type_ (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcnatgatewaysListResponse200
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        state=state,
        region=region,
        type_=type_,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    state: Any = UNSET,
    region: Any = UNSET,
    type_: Any = UNSET,
    name: Any = UNSET,
) -> Response[Error | VpcnatgatewaysListResponse200]:
    """List All VPC NAT Gateways

     To list all VPC NAT gateways in your team, send a GET request to `/v2/vpc_nat_gateways`.
    The response body will be a JSON object with a key of `vpc_nat_gateways` containing an array of VPC
    NAT gateway objects.
    These each contain the standard VPC NAT gateway attributes.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        state (str):
        region (str):
        type_ (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcnatgatewaysListResponse200]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        state=state,
        region=region,
        type_=type_,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    state: Any = UNSET,
    region: Any = UNSET,
    type_: Any = UNSET,
    name: Any = UNSET,
) -> Error | VpcnatgatewaysListResponse200 | None:
    """List All VPC NAT Gateways

     To list all VPC NAT gateways in your team, send a GET request to `/v2/vpc_nat_gateways`.
    The response body will be a JSON object with a key of `vpc_nat_gateways` containing an array of VPC
    NAT gateway objects.
    These each contain the standard VPC NAT gateway attributes.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        state (str):
        region (str):
        type_ (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcnatgatewaysListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            state=state,
            region=region,
            type_=type_,
            name=name,
        )
    ).parsed
