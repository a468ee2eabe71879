from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.autoscalepools_update_response_200 import (
        AutoscalepoolsUpdateResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    autoscale_pool_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/droplets/autoscale/{autoscale_pool_id}".format(
            autoscale_pool_id=quote(str(autoscale_pool_id), safe=""),
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
) -> AutoscalepoolsUpdateResponse200 | Error:
    from ...models.autoscalepools_update_response_200 import (
        AutoscalepoolsUpdateResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AutoscalepoolsUpdateResponse200.from_dict(response.json())

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
) -> Response[AutoscalepoolsUpdateResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[AutoscalepoolsUpdateResponse200 | Error]:
    """Update Autoscale Pool

     To update the configuration of an existing autoscale pool, send a PUT request to
    `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID`. The request must contain a full representation
    of the autoscale pool including existing attributes.

    Args:
        autoscale_pool_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoscalepoolsUpdateResponse200 | Error]
    """

    kwargs = _get_kwargs(
        autoscale_pool_id=autoscale_pool_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> AutoscalepoolsUpdateResponse200 | Error | None:
    """Update Autoscale Pool

     To update the configuration of an existing autoscale pool, send a PUT request to
    `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID`. The request must contain a full representation
    of the autoscale pool including existing attributes.

    Args:
        autoscale_pool_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoscalepoolsUpdateResponse200 | Error
    """

    return sync_detailed(
        autoscale_pool_id=autoscale_pool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[AutoscalepoolsUpdateResponse200 | Error]:
    """Update Autoscale Pool

     To update the configuration of an existing autoscale pool, send a PUT request to
    `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID`. The request must contain a full representation
    of the autoscale pool including existing attributes.

    Args:
        autoscale_pool_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoscalepoolsUpdateResponse200 | Error]
    """

    kwargs = _get_kwargs(
        autoscale_pool_id=autoscale_pool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> AutoscalepoolsUpdateResponse200 | Error | None:
    """Update Autoscale Pool

     To update the configuration of an existing autoscale pool, send a PUT request to
    `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID`. The request must contain a full representation
    of the autoscale pool including existing attributes.

    Args:
        autoscale_pool_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoscalepoolsUpdateResponse200 | Error
    """

    return (
        await asyncio_detailed(
            autoscale_pool_id=autoscale_pool_id,
            client=client,
            body=body,
        )
    ).parsed
