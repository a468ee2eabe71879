from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.monitoring_get_sink_response_200 import MonitoringGetSinkResponse200


def _get_kwargs(
    sink_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/monitoring/sinks/{sink_uuid}".format(
            sink_uuid=quote(str(sink_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MonitoringGetSinkResponse200:
    from ...models.error import Error
    from ...models.monitoring_get_sink_response_200 import MonitoringGetSinkResponse200

    if response.status_code == 200:
        response_200 = MonitoringGetSinkResponse200.from_dict(response.json())

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
) -> Response[Error | MonitoringGetSinkResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sink_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | MonitoringGetSinkResponse200]:
    """Get Sink

     To get the details of a sink (resources and destination), send a GET request to
    `/v2/monitoring/sinks/${sink_uuid}`.

    Args:
        sink_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MonitoringGetSinkResponse200]
    """

    kwargs = _get_kwargs(
        sink_uuid=sink_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sink_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Error | MonitoringGetSinkResponse200 | None:
    """Get Sink

     To get the details of a sink (resources and destination), send a GET request to
    `/v2/monitoring/sinks/${sink_uuid}`.

    Args:
        sink_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MonitoringGetSinkResponse200
    """

    return sync_detailed(
        sink_uuid=sink_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    sink_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | MonitoringGetSinkResponse200]:
    """Get Sink

     To get the details of a sink (resources and destination), send a GET request to
    `/v2/monitoring/sinks/${sink_uuid}`.

    Args:
        sink_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MonitoringGetSinkResponse200]
    """

    kwargs = _get_kwargs(
        sink_uuid=sink_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sink_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Error | MonitoringGetSinkResponse200 | None:
    """Get Sink

     To get the details of a sink (resources and destination), send a GET request to
    `/v2/monitoring/sinks/${sink_uuid}`.

    Args:
        sink_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MonitoringGetSinkResponse200
    """

    return (
        await asyncio_detailed(
            sink_uuid=sink_uuid,
            client=client,
        )
    ).parsed
