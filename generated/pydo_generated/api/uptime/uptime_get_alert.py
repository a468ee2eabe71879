from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.uptime_get_alert_response_200 import UptimeGetAlertResponse200


def _get_kwargs(
    check_id: str,
    alert_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/uptime/checks/{check_id}/alerts/{alert_id}".format(
            check_id=quote(str(check_id), safe=""),
            alert_id=quote(str(alert_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UptimeGetAlertResponse200:
    from ...models.error import Error
    from ...models.uptime_get_alert_response_200 import UptimeGetAlertResponse200

    if response.status_code == 200:
        response_200 = UptimeGetAlertResponse200.from_dict(response.json())

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
) -> Response[Error | UptimeGetAlertResponse200]:
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
) -> Response[Error | UptimeGetAlertResponse200]:
    """Retrieve an Existing Alert

     To show information about an existing alert, send a GET request to
    `/v2/uptime/checks/$CHECK_ID/alerts/$ALERT_ID`.

    Args:
        check_id (str):
        alert_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UptimeGetAlertResponse200]
    """

    kwargs = _get_kwargs(
        check_id=check_id,
        alert_id=alert_id,
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
) -> Error | UptimeGetAlertResponse200 | None:
    """Retrieve an Existing Alert

     To show information about an existing alert, send a GET request to
    `/v2/uptime/checks/$CHECK_ID/alerts/$ALERT_ID`.

    Args:
        check_id (str):
        alert_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UptimeGetAlertResponse200
    """

    return sync_detailed(
        check_id=check_id,
        alert_id=alert_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    check_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | UptimeGetAlertResponse200]:
    """Retrieve an Existing Alert

     To show information about an existing alert, send a GET request to
    `/v2/uptime/checks/$CHECK_ID/alerts/$ALERT_ID`.

    Args:
        check_id (str):
        alert_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UptimeGetAlertResponse200]
    """

    kwargs = _get_kwargs(
        check_id=check_id,
        alert_id=alert_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    check_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | UptimeGetAlertResponse200 | None:
    """Retrieve an Existing Alert

     To show information about an existing alert, send a GET request to
    `/v2/uptime/checks/$CHECK_ID/alerts/$ALERT_ID`.

    Args:
        check_id (str):
        alert_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UptimeGetAlertResponse200
    """

    return (
        await asyncio_detailed(
            check_id=check_id,
            alert_id=alert_id,
            client=client,
        )
    ).parsed
