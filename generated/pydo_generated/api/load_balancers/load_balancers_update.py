from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.load_balancers_update_response_200 import (
        LoadBalancersUpdateResponse200,
    )


def _get_kwargs(
    lb_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/load_balancers/{lb_id}".format(
            lb_id=quote(str(lb_id), safe=""),
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
) -> Error | LoadBalancersUpdateResponse200:
    from ...models.error import Error
    from ...models.load_balancers_update_response_200 import (
        LoadBalancersUpdateResponse200,
    )

    if response.status_code == 200:
        response_200 = LoadBalancersUpdateResponse200.from_dict(response.json())

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
) -> Response[Error | LoadBalancersUpdateResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lb_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | LoadBalancersUpdateResponse200]:
    """Update a Load Balancer

     To update a load balancer's settings, send a PUT request to
    `/v2/load_balancers/$LOAD_BALANCER_ID`. The request should contain a full
    representation of the load balancer including existing attributes. It may
    contain _one of_ the `droplets_ids` or `tag` attributes as they are mutually
    exclusive. **Note that any attribute that is not provided will be reset to its
    default value.**

    Args:
        lb_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LoadBalancersUpdateResponse200]
    """

    kwargs = _get_kwargs(
        lb_id=lb_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lb_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | LoadBalancersUpdateResponse200 | None:
    """Update a Load Balancer

     To update a load balancer's settings, send a PUT request to
    `/v2/load_balancers/$LOAD_BALANCER_ID`. The request should contain a full
    representation of the load balancer including existing attributes. It may
    contain _one of_ the `droplets_ids` or `tag` attributes as they are mutually
    exclusive. **Note that any attribute that is not provided will be reset to its
    default value.**

    Args:
        lb_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LoadBalancersUpdateResponse200
    """

    return sync_detailed(
        lb_id=lb_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lb_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | LoadBalancersUpdateResponse200]:
    """Update a Load Balancer

     To update a load balancer's settings, send a PUT request to
    `/v2/load_balancers/$LOAD_BALANCER_ID`. The request should contain a full
    representation of the load balancer including existing attributes. It may
    contain _one of_ the `droplets_ids` or `tag` attributes as they are mutually
    exclusive. **Note that any attribute that is not provided will be reset to its
    default value.**

    Args:
        lb_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LoadBalancersUpdateResponse200]
    """

    kwargs = _get_kwargs(
        lb_id=lb_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lb_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | LoadBalancersUpdateResponse200 | None:
    """Update a Load Balancer

     To update a load balancer's settings, send a PUT request to
    `/v2/load_balancers/$LOAD_BALANCER_ID`. The request should contain a full
    representation of the load balancer including existing attributes. It may
    contain _one of_ the `droplets_ids` or `tag` attributes as they are mutually
    exclusive. **Note that any attribute that is not provided will be reset to its
    default value.**

    Args:
        lb_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LoadBalancersUpdateResponse200
    """

    return (
        await asyncio_detailed(
            lb_id=lb_id,
            client=client,
            body=body,
        )
    ).parsed
