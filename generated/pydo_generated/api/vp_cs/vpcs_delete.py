from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    vpc_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/vpcs/{vpc_id}".format(
            vpc_id=quote(str(vpc_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
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
) -> Response[Any | Error]:
    """Delete a VPC

     To delete a VPC, send a DELETE request to `/v2/vpcs/$VPC_ID`. A 204 status
    code with no body will be returned in response to a successful request.

    The default VPC for a region can not be deleted. Additionally, a VPC can only
    be deleted if it does not contain any member resources. Attempting to delete
    a region's default VPC or a VPC that still has members will result in a
    403 Forbidden error response.

    Args:
        vpc_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        vpc_id=vpc_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete a VPC

     To delete a VPC, send a DELETE request to `/v2/vpcs/$VPC_ID`. A 204 status
    code with no body will be returned in response to a successful request.

    The default VPC for a region can not be deleted. Additionally, a VPC can only
    be deleted if it does not contain any member resources. Attempting to delete
    a region's default VPC or a VPC that still has members will result in a
    403 Forbidden error response.

    Args:
        vpc_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        vpc_id=vpc_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete a VPC

     To delete a VPC, send a DELETE request to `/v2/vpcs/$VPC_ID`. A 204 status
    code with no body will be returned in response to a successful request.

    The default VPC for a region can not be deleted. Additionally, a VPC can only
    be deleted if it does not contain any member resources. Attempting to delete
    a region's default VPC or a VPC that still has members will result in a
    403 Forbidden error response.

    Args:
        vpc_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        vpc_id=vpc_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete a VPC

     To delete a VPC, send a DELETE request to `/v2/vpcs/$VPC_ID`. A 204 status
    code with no body will be returned in response to a successful request.

    The default VPC for a region can not be deleted. Additionally, a VPC can only
    be deleted if it does not contain any member resources. Attempting to delete
    a region's default VPC or a VPC that still has members will result in a
    403 Forbidden error response.

    Args:
        vpc_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            vpc_id=vpc_id,
            client=client,
        )
    ).parsed
