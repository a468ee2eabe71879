from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    autoscale_pool_id: str,
    *,
    x_dangerous: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    if x_dangerous is not UNSET and x_dangerous is not None:
        headers["X-Dangerous"] = (
            str(x_dangerous).lower()
            if isinstance(x_dangerous, bool)
            else str(x_dangerous)
        )

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/droplets/autoscale/{autoscale_pool_id}/dangerous".format(
            autoscale_pool_id=quote(str(autoscale_pool_id), safe=""),
        ),
        "headers": headers,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    x_dangerous: Any = UNSET,
) -> Response[Any | Error]:
    """Delete autoscale pool and resources

     To destroy an autoscale pool and its associated resources (Droplets),
    send a DELETE request to the `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID/dangerous` endpoint.

    Args:
        autoscale_pool_id (str):
        x_dangerous (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        autoscale_pool_id=autoscale_pool_id,
        x_dangerous=x_dangerous,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    x_dangerous: Any = UNSET,
) -> Any | Error | None:
    """Delete autoscale pool and resources

     To destroy an autoscale pool and its associated resources (Droplets),
    send a DELETE request to the `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID/dangerous` endpoint.

    Args:
        autoscale_pool_id (str):
        x_dangerous (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        autoscale_pool_id=autoscale_pool_id,
        client=client,
        x_dangerous=x_dangerous,
    ).parsed


async def asyncio_detailed(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    x_dangerous: Any = UNSET,
) -> Response[Any | Error]:
    """Delete autoscale pool and resources

     To destroy an autoscale pool and its associated resources (Droplets),
    send a DELETE request to the `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID/dangerous` endpoint.

    Args:
        autoscale_pool_id (str):
        x_dangerous (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        autoscale_pool_id=autoscale_pool_id,
        x_dangerous=x_dangerous,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    autoscale_pool_id: str,
    *,
    client: AuthenticatedClient,
    x_dangerous: Any = UNSET,
) -> Any | Error | None:
    """Delete autoscale pool and resources

     To destroy an autoscale pool and its associated resources (Droplets),
    send a DELETE request to the `/v2/droplets/autoscale/$AUTOSCALE_POOL_ID/dangerous` endpoint.

    Args:
        autoscale_pool_id (str):
        x_dangerous (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            autoscale_pool_id=autoscale_pool_id,
            client=client,
            x_dangerous=x_dangerous,
        )
    ).parsed
