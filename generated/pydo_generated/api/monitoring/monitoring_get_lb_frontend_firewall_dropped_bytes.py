from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.metrics import Metrics


def _get_kwargs(
    *,
    lb_id: Any = UNSET,
    start: Any = UNSET,
    end: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "lb_id": lb_id,
        "start": start,
        "end": end,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Metrics:
    from ...models.error import Error
    from ...models.metrics import Metrics

    if response.status_code == 200:
        response_200 = Metrics.from_dict(response.json())

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
) -> Response[Error | Metrics]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lb_id: Any = UNSET,
    start: Any = UNSET,
    end: Any = UNSET,
) -> Response[Error | Metrics]:
    """Get Load Balancer Frontend Firewall Dropped Bytes Metrics

     To retrieve firewall dropped bytes for a given load balancer, send a GET request to
    `/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes`. This is currently only
    supported for network load balancers.

    Args:
        lb_id (str):
        start (str):
        end (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Metrics]
    """

    kwargs = _get_kwargs(
        lb_id=lb_id,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    lb_id: Any = UNSET,
    start: Any = UNSET,
    end: Any = UNSET,
) -> Error | Metrics | None:
    """Get Load Balancer Frontend Firewall Dropped Bytes Metrics

     To retrieve firewall dropped bytes for a given load balancer, send a GET request to
    `/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes`. This is currently only
    supported for network load balancers.

    Args:
        lb_id (str):
        start (str):
        end (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Metrics
    """

    return sync_detailed(
        client=client,
        lb_id=lb_id,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lb_id: Any = UNSET,
    start: Any = UNSET,
    end: Any = UNSET,
) -> Response[Error | Metrics]:
    """Get Load Balancer Frontend Firewall Dropped Bytes Metrics

     To retrieve firewall dropped bytes for a given load balancer, send a GET request to
    `/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes`. This is currently only
    supported for network load balancers.

    Args:
        lb_id (str):
        start (str):
        end (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Metrics]
    """

    kwargs = _get_kwargs(
        lb_id=lb_id,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    lb_id: Any = UNSET,
    start: Any = UNSET,
    end: Any = UNSET,
) -> Error | Metrics | None:
    """Get Load Balancer Frontend Firewall Dropped Bytes Metrics

     To retrieve firewall dropped bytes for a given load balancer, send a GET request to
    `/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes`. This is currently only
    supported for network load balancers.

    Args:
        lb_id (str):
        start (str):
        end (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Metrics
    """

    return (
        await asyncio_detailed(
            client=client,
            lb_id=lb_id,
            start=start,
            end=end,
        )
    ).parsed
