from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.droplet_actions_post_by_tag_response_201 import (
        DropletActionsPostByTagResponse201,
    )
    from ...models.error import Error


def _get_kwargs(
    *,
    body: Any = UNSET,
    tag_name: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "tag_name": tag_name,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/droplets/actions",
        "params": params,
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
) -> DropletActionsPostByTagResponse201 | Error:
    from ...models.droplet_actions_post_by_tag_response_201 import (
        DropletActionsPostByTagResponse201,
    )
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = DropletActionsPostByTagResponse201.from_dict(response.json())

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
) -> Response[DropletActionsPostByTagResponse201 | Error]:
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
    tag_name: Any = UNSET,
) -> Response[DropletActionsPostByTagResponse201 | Error]:
    """Acting on Tagged Droplets

     Some actions can be performed in bulk on tagged Droplets. The actions can be
    initiated by sending a POST to `/v2/droplets/actions?tag_name=$TAG_NAME` with
    the action arguments.

    Only a sub-set of action types are supported:

    - `power_cycle`
    - `power_on`
    - `power_off`
    - `shutdown`
    - `enable_ipv6`
    - `enable_backups`
    - `disable_backups`
    - `snapshot` (also requires `image:create` permission)

    Args:
        tag_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletActionsPostByTagResponse201 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        tag_name=tag_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    tag_name: Any = UNSET,
) -> DropletActionsPostByTagResponse201 | Error | None:
    """Acting on Tagged Droplets

     Some actions can be performed in bulk on tagged Droplets. The actions can be
    initiated by sending a POST to `/v2/droplets/actions?tag_name=$TAG_NAME` with
    the action arguments.

    Only a sub-set of action types are supported:

    - `power_cycle`
    - `power_on`
    - `power_off`
    - `shutdown`
    - `enable_ipv6`
    - `enable_backups`
    - `disable_backups`
    - `snapshot` (also requires `image:create` permission)

    Args:
        tag_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletActionsPostByTagResponse201 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        tag_name=tag_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    tag_name: Any = UNSET,
) -> Response[DropletActionsPostByTagResponse201 | Error]:
    """Acting on Tagged Droplets

     Some actions can be performed in bulk on tagged Droplets. The actions can be
    initiated by sending a POST to `/v2/droplets/actions?tag_name=$TAG_NAME` with
    the action arguments.

    Only a sub-set of action types are supported:

    - `power_cycle`
    - `power_on`
    - `power_off`
    - `shutdown`
    - `enable_ipv6`
    - `enable_backups`
    - `disable_backups`
    - `snapshot` (also requires `image:create` permission)

    Args:
        tag_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletActionsPostByTagResponse201 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        tag_name=tag_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    tag_name: Any = UNSET,
) -> DropletActionsPostByTagResponse201 | Error | None:
    """Acting on Tagged Droplets

     Some actions can be performed in bulk on tagged Droplets. The actions can be
    initiated by sending a POST to `/v2/droplets/actions?tag_name=$TAG_NAME` with
    the action arguments.

    Only a sub-set of action types are supported:

    - `power_cycle`
    - `power_on`
    - `power_off`
    - `shutdown`
    - `enable_ipv6`
    - `enable_backups`
    - `disable_backups`
    - `snapshot` (also requires `image:create` permission)

    Args:
        tag_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletActionsPostByTagResponse201 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            tag_name=tag_name,
        )
    ).parsed
