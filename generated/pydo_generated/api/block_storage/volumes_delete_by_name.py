from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    *,
    name: Any = UNSET,
    region: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "name": name,
        "region": region,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/volumes",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    region: Any = UNSET,
) -> Response[Any | Error]:
    """Delete a Block Storage Volume by Name

     Block storage volumes may also be deleted by name by sending a DELETE request with the volume's
    **name** and the **region slug** for the region it is located in as query parameters to
    `/v2/volumes?name=$VOLUME_NAME&region=nyc1`.
    No response body will be sent back, but the response code will indicate success. Specifically, the
    response code will be a 204, which means that the action was successful with no returned body data.


    Args:
        name (str):
        region (str): The slug identifier for the region where the resource will initially be
            available. Example: nyc3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    region: Any = UNSET,
) -> Any | Error | None:
    """Delete a Block Storage Volume by Name

     Block storage volumes may also be deleted by name by sending a DELETE request with the volume's
    **name** and the **region slug** for the region it is located in as query parameters to
    `/v2/volumes?name=$VOLUME_NAME&region=nyc1`.
    No response body will be sent back, but the response code will indicate success. Specifically, the
    response code will be a 204, which means that the action was successful with no returned body data.


    Args:
        name (str):
        region (str): The slug identifier for the region where the resource will initially be
            available. Example: nyc3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        name=name,
        region=region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    region: Any = UNSET,
) -> Response[Any | Error]:
    """Delete a Block Storage Volume by Name

     Block storage volumes may also be deleted by name by sending a DELETE request with the volume's
    **name** and the **region slug** for the region it is located in as query parameters to
    `/v2/volumes?name=$VOLUME_NAME&region=nyc1`.
    No response body will be sent back, but the response code will indicate success. Specifically, the
    response code will be a 204, which means that the action was successful with no returned body data.


    Args:
        name (str):
        region (str): The slug identifier for the region where the resource will initially be
            available. Example: nyc3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    region: Any = UNSET,
) -> Any | Error | None:
    """Delete a Block Storage Volume by Name

     Block storage volumes may also be deleted by name by sending a DELETE request with the volume's
    **name** and the **region slug** for the region it is located in as query parameters to
    `/v2/volumes?name=$VOLUME_NAME&region=nyc1`.
    No response body will be sent back, but the response code will indicate success. Specifically, the
    response code will be a 204, which means that the action was successful with no returned body data.


    Args:
        name (str):
        region (str): The slug identifier for the region where the resource will initially be
            available. Example: nyc3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            region=region,
        )
    ).parsed
