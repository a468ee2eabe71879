from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vpcs_create_response_201 import VpcsCreateResponse201


def _get_kwargs(
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/vpcs",
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
) -> Error | VpcsCreateResponse201:
    from ...models.error import Error
    from ...models.vpcs_create_response_201 import VpcsCreateResponse201

    if response.status_code == 201:
        response_201 = VpcsCreateResponse201.from_dict(response.json())

        return response_201

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
) -> Response[Error | VpcsCreateResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | VpcsCreateResponse201]:
    """Create a New VPC

     To create a VPC, send a POST request to `/v2/vpcs` specifying the attributes
    in the table below in the JSON body.

    **Note:** If you do not currently have a VPC network in a specific datacenter
    region, the first one that you create will be set as the default for that
    region. The default VPC for a region cannot be changed or deleted.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcsCreateResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | VpcsCreateResponse201 | None:
    """Create a New VPC

     To create a VPC, send a POST request to `/v2/vpcs` specifying the attributes
    in the table below in the JSON body.

    **Note:** If you do not currently have a VPC network in a specific datacenter
    region, the first one that you create will be set as the default for that
    region. The default VPC for a region cannot be changed or deleted.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcsCreateResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | VpcsCreateResponse201]:
    """Create a New VPC

     To create a VPC, send a POST request to `/v2/vpcs` specifying the attributes
    in the table below in the JSON body.

    **Note:** If you do not currently have a VPC network in a specific datacenter
    region, the first one that you create will be set as the default for that
    region. The default VPC for a region cannot be changed or deleted.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcsCreateResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | VpcsCreateResponse201 | None:
    """Create a New VPC

     To create a VPC, send a POST request to `/v2/vpcs` specifying the attributes
    in the table below in the JSON body.

    **Note:** If you do not currently have a VPC network in a specific datacenter
    region, the first one that you create will be set as the default for that
    region. The default VPC for a region cannot be changed or deleted.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcsCreateResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
