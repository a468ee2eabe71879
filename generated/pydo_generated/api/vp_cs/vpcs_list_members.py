from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.vpcs_list_members_response_200 import VpcsListMembersResponse200


def _get_kwargs(
    vpc_id: str,
    *,
    resource_type: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "resource_type": resource_type,
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/vpcs/{vpc_id}/members".format(
            vpc_id=quote(str(vpc_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VpcsListMembersResponse200:
    from ...models.error import Error
    from ...models.vpcs_list_members_response_200 import VpcsListMembersResponse200

    if response.status_code == 200:
        response_200 = VpcsListMembersResponse200.from_dict(response.json())

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
) -> Response[Error | VpcsListMembersResponse200]:
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
    resource_type: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VpcsListMembersResponse200]:
    """List the Member Resources of a VPC

     To list all of the resources that are members of a VPC, send a GET request to
    `/v2/vpcs/$VPC_ID/members`.

    To only list resources of a specific type that are members of the VPC,
    included a `resource_type` query parameter. For example, to only list Droplets
    in the VPC, send a GET request to `/v2/vpcs/$VPC_ID/members?resource_type=droplet`.

    Only resources that you are authorized to see will be returned (e.g. to see Droplets,
    you must have `droplet:read`).

    Args:
        vpc_id (str):
        resource_type (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcsListMembersResponse200]
    """

    kwargs = _get_kwargs(
        vpc_id=vpc_id,
        resource_type=resource_type,
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
    resource_type: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VpcsListMembersResponse200 | None:
    """List the Member Resources of a VPC

     To list all of the resources that are members of a VPC, send a GET request to
    `/v2/vpcs/$VPC_ID/members`.

    To only list resources of a specific type that are members of the VPC,
    included a `resource_type` query parameter. For example, to only list Droplets
    in the VPC, send a GET request to `/v2/vpcs/$VPC_ID/members?resource_type=droplet`.

    Only resources that you are authorized to see will be returned (e.g. to see Droplets,
    you must have `droplet:read`).

    Args:
        vpc_id (str):
        resource_type (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcsListMembersResponse200
    """

    return sync_detailed(
        vpc_id=vpc_id,
        client=client,
        resource_type=resource_type,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
    resource_type: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VpcsListMembersResponse200]:
    """List the Member Resources of a VPC

     To list all of the resources that are members of a VPC, send a GET request to
    `/v2/vpcs/$VPC_ID/members`.

    To only list resources of a specific type that are members of the VPC,
    included a `resource_type` query parameter. For example, to only list Droplets
    in the VPC, send a GET request to `/v2/vpcs/$VPC_ID/members?resource_type=droplet`.

    Only resources that you are authorized to see will be returned (e.g. to see Droplets,
    you must have `droplet:read`).

    Args:
        vpc_id (str):
        resource_type (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VpcsListMembersResponse200]
    """

    kwargs = _get_kwargs(
        vpc_id=vpc_id,
        resource_type=resource_type,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vpc_id: str,
    *,
    client: AuthenticatedClient,
    resource_type: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VpcsListMembersResponse200 | None:
    """List the Member Resources of a VPC

     To list all of the resources that are members of a VPC, send a GET request to
    `/v2/vpcs/$VPC_ID/members`.

    To only list resources of a specific type that are members of the VPC,
    included a `resource_type` query parameter. For example, to only list Droplets
    in the VPC, send a GET request to `/v2/vpcs/$VPC_ID/members?resource_type=droplet`.

    Only resources that you are authorized to see will be returned (e.g. to see Droplets,
    you must have `droplet:read`).

    Args:
        vpc_id (str):
        resource_type (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VpcsListMembersResponse200
    """

    return (
        await asyncio_detailed(
            vpc_id=vpc_id,
            client=client,
            resource_type=resource_type,
            per_page=per_page,
            page=page,
        )
    ).parsed
