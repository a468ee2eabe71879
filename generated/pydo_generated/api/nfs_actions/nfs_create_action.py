from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.nfs_actions_response import NfsActionsResponse


def _get_kwargs(
    nfs_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/nfs/{nfs_id}/actions".format(
            nfs_id=quote(str(nfs_id), safe=""),
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
) -> Error | NfsActionsResponse:
    from ...models.error import Error
    from ...models.nfs_actions_response import NfsActionsResponse

    if response.status_code == 201:
        response_201 = NfsActionsResponse.from_dict(response.json())

        return response_201

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
) -> Response[Error | NfsActionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    nfs_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | NfsActionsResponse]:
    """Initiate an NFS action

     To execute an action (such as resize) on a specified NFS share,
    send a POST request to `/v2/nfs/{nfs_id}/actions`. In the JSON body
    to the request, set the `type` attribute to on of the supported action types:

    | Action                           | Details |
    | -------------------------------- | ----------- |
    | <nobr>`resize`</nobr>            | Resizes an NFS share. Set the size_gib attribute to a desired
    value in GiB |
    | <nobr>`snapshot`</nobr>          | Takes a snapshot of an NFS share |
    | <nobr>`attach`</nobr>            | Attaches an NFS share to a VPC. Set the vpc_id attribute to the
    desired VPC ID |
    | <nobr>`detach`</nobr>            | Detaches an NFS share from a VPC. Set the vpc_id attribute to
    the desired VPC ID |
    | <nobr>`reassign`</nobr>          | Reassigns an NFS share from one VPC to another. Set the
    old_vpc_id and new_vpc_id attributes to the desired VPC IDs |
    | <nobr>`switch_performance_tier`</nobr> | Switches the performance tier of an NFS share. Set the
    performance_tier attribute to the desired tier (e.g., standard, high) |

    Args:
        nfs_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NfsActionsResponse]
    """

    kwargs = _get_kwargs(
        nfs_id=nfs_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    nfs_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | NfsActionsResponse | None:
    """Initiate an NFS action

     To execute an action (such as resize) on a specified NFS share,
    send a POST request to `/v2/nfs/{nfs_id}/actions`. In the JSON body
    to the request, set the `type` attribute to on of the supported action types:

    | Action                           | Details |
    | -------------------------------- | ----------- |
    | <nobr>`resize`</nobr>            | Resizes an NFS share. Set the size_gib attribute to a desired
    value in GiB |
    | <nobr>`snapshot`</nobr>          | Takes a snapshot of an NFS share |
    | <nobr>`attach`</nobr>            | Attaches an NFS share to a VPC. Set the vpc_id attribute to the
    desired VPC ID |
    | <nobr>`detach`</nobr>            | Detaches an NFS share from a VPC. Set the vpc_id attribute to
    the desired VPC ID |
    | <nobr>`reassign`</nobr>          | Reassigns an NFS share from one VPC to another. Set the
    old_vpc_id and new_vpc_id attributes to the desired VPC IDs |
    | <nobr>`switch_performance_tier`</nobr> | Switches the performance tier of an NFS share. Set the
    performance_tier attribute to the desired tier (e.g., standard, high) |

    Args:
        nfs_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NfsActionsResponse
    """

    return sync_detailed(
        nfs_id=nfs_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    nfs_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | NfsActionsResponse]:
    """Initiate an NFS action

     To execute an action (such as resize) on a specified NFS share,
    send a POST request to `/v2/nfs/{nfs_id}/actions`. In the JSON body
    to the request, set the `type` attribute to on of the supported action types:

    | Action                           | Details |
    | -------------------------------- | ----------- |
    | <nobr>`resize`</nobr>            | Resizes an NFS share. Set the size_gib attribute to a desired
    value in GiB |
    | <nobr>`snapshot`</nobr>          | Takes a snapshot of an NFS share |
    | <nobr>`attach`</nobr>            | Attaches an NFS share to a VPC. Set the vpc_id attribute to the
    desired VPC ID |
    | <nobr>`detach`</nobr>            | Detaches an NFS share from a VPC. Set the vpc_id attribute to
    the desired VPC ID |
    | <nobr>`reassign`</nobr>          | Reassigns an NFS share from one VPC to another. Set the
    old_vpc_id and new_vpc_id attributes to the desired VPC IDs |
    | <nobr>`switch_performance_tier`</nobr> | Switches the performance tier of an NFS share. Set the
    performance_tier attribute to the desired tier (e.g., standard, high) |

    Args:
        nfs_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NfsActionsResponse]
    """

    kwargs = _get_kwargs(
        nfs_id=nfs_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    nfs_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | NfsActionsResponse | None:
    """Initiate an NFS action

     To execute an action (such as resize) on a specified NFS share,
    send a POST request to `/v2/nfs/{nfs_id}/actions`. In the JSON body
    to the request, set the `type` attribute to on of the supported action types:

    | Action                           | Details |
    | -------------------------------- | ----------- |
    | <nobr>`resize`</nobr>            | Resizes an NFS share. Set the size_gib attribute to a desired
    value in GiB |
    | <nobr>`snapshot`</nobr>          | Takes a snapshot of an NFS share |
    | <nobr>`attach`</nobr>            | Attaches an NFS share to a VPC. Set the vpc_id attribute to the
    desired VPC ID |
    | <nobr>`detach`</nobr>            | Detaches an NFS share from a VPC. Set the vpc_id attribute to
    the desired VPC ID |
    | <nobr>`reassign`</nobr>          | Reassigns an NFS share from one VPC to another. Set the
    old_vpc_id and new_vpc_id attributes to the desired VPC IDs |
    | <nobr>`switch_performance_tier`</nobr> | Switches the performance tier of an NFS share. Set the
    performance_tier attribute to the desired tier (e.g., standard, high) |

    Args:
        nfs_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NfsActionsResponse
    """

    return (
        await asyncio_detailed(
            nfs_id=nfs_id,
            client=client,
            body=body,
        )
    ).parsed
