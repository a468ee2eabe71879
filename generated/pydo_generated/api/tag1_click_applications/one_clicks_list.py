from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.one_clicks_list_response_200 import OneClicksListResponse200


def _get_kwargs(
    *,
    type_: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "type": type_,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/1-clicks",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OneClicksListResponse200:
    from ...models.error import Error
    from ...models.one_clicks_list_response_200 import OneClicksListResponse200

    if response.status_code == 200:
        response_200 = OneClicksListResponse200.from_dict(response.json())

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
) -> Response[Error | OneClicksListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
) -> Response[Error | OneClicksListResponse200]:
    """List 1-Click Applications

     To list all available 1-Click applications, send a GET request to `/v2/1-clicks`. The `type` may
    be provided as query paramater in order to restrict results to a certain type of 1-Click, for
    example: `/v2/1-clicks?type=droplet`. Current supported types are `kubernetes` and `droplet`.

    The response will be a JSON object with a key called `1_clicks`. This will be set to an array of
    1-Click application data, each of which will contain the the slug and type for the 1-Click.

    Args:
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OneClicksListResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
) -> Error | OneClicksListResponse200 | None:
    """List 1-Click Applications

     To list all available 1-Click applications, send a GET request to `/v2/1-clicks`. The `type` may
    be provided as query paramater in order to restrict results to a certain type of 1-Click, for
    example: `/v2/1-clicks?type=droplet`. Current supported types are `kubernetes` and `droplet`.

    The response will be a JSON object with a key called `1_clicks`. This will be set to an array of
    1-Click application data, each of which will contain the the slug and type for the 1-Click.

    Args:
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OneClicksListResponse200
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
) -> Response[Error | OneClicksListResponse200]:
    """List 1-Click Applications

     To list all available 1-Click applications, send a GET request to `/v2/1-clicks`. The `type` may
    be provided as query paramater in order to restrict results to a certain type of 1-Click, for
    example: `/v2/1-clicks?type=droplet`. Current supported types are `kubernetes` and `droplet`.

    The response will be a JSON object with a key called `1_clicks`. This will be set to an array of
    1-Click application data, each of which will contain the the slug and type for the 1-Click.

    Args:
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OneClicksListResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: Any = UNSET,
) -> Error | OneClicksListResponse200 | None:
    """List 1-Click Applications

     To list all available 1-Click applications, send a GET request to `/v2/1-clicks`. The `type` may
    be provided as query paramater in order to restrict results to a certain type of 1-Click, for
    example: `/v2/1-clicks?type=droplet`. Current supported types are `kubernetes` and `droplet`.

    The response will be a JSON object with a key called `1_clicks`. This will be set to an array of
    1-Click application data, each of which will contain the the slug and type for the 1-Click.

    Args:
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OneClicksListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
