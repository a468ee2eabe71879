from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.uptime_update_alert_response_200 import UptimeUpdateAlertResponse200


def _get_kwargs(
    check_id: str,
    alert_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/uptime/checks/{check_id}/alerts/{alert_id}".format(
            check_id=quote(str(check_id), safe=""),
            alert_id=quote(str(alert_id), safe=""),
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
) -> Error | UptimeUpdateAlertResponse200:
    from ...models.error import Error
    from ...models.uptime_update_alert_response_200 import UptimeUpdateAlertResponse200

    if response.status_code == 200:
        response_200 = UptimeUpdateAlertResponse200.from_dict(response.json())

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
) -> Response[Error | UptimeUpdateAlertResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    check_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | UptimeUpdateAlertResponse200]:
    """Update an Alert

     To update the settings of an Uptime alert, send a PUT request to
    `/v2/uptime/checks/$CHECK_ID/alerts/$ALERT_ID`.

    Args:
        check_id (str):
        alert_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UptimeUpdateAlertResponse200]
    """

    kwargs = _get_kwargs(
        check_id=check_id,
        alert_id=alert_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    check_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | UptimeUpdateAlertResponse200 | None:
    """Update an Alert

     To update the settings of an Uptime alert, send a PUT request to
    `/v2/uptime/checks/$CHECK_ID/alerts/$ALERT_ID`.

    Args:
        check_id (str):
        alert_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UptimeUpdateAlertResponse200
    """

    return sync_detailed(
        check_id=check_id,
        alert_id=alert_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    check_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | UptimeUpdateAlertResponse200]:
    """Update an Alert

     To update the settings of an Uptime alert, send a PUT request to
    `/v2/uptime/checks/$CHECK_ID/alerts/$ALERT_ID`.

    Args:
        check_id (str):
        alert_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UptimeUpdateAlertResponse200]
    """

    kwargs = _get_kwargs(
        check_id=check_id,
        alert_id=alert_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    check_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | UptimeUpdateAlertResponse200 | None:
    """Update an Alert

     To update the settings of an Uptime alert, send a PUT request to
    `/v2/uptime/checks/$CHECK_ID/alerts/$ALERT_ID`.

    Args:
        check_id (str):
        alert_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UptimeUpdateAlertResponse200
    """

    return (
        await asyncio_detailed(
            check_id=check_id,
            alert_id=alert_id,
            client=client,
            body=body,
        )
    ).parsed
