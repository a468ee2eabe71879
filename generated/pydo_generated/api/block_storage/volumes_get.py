from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.volumes_get_response_200 import VolumesGetResponse200


def _get_kwargs(
    volume_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/volumes/{volume_id}".format(
            volume_id=quote(str(volume_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VolumesGetResponse200:
    from ...models.error import Error
    from ...models.volumes_get_response_200 import VolumesGetResponse200

    if response.status_code == 200:
        response_200 = VolumesGetResponse200.from_dict(response.json())

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
) -> Response[Error | VolumesGetResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VolumesGetResponse200]:
    """Retrieve an Existing Block Storage Volume

     To show information about a block storage volume, send a GET request to `/v2/volumes/$VOLUME_ID`.


    Args:
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumesGetResponse200]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    volume_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VolumesGetResponse200 | None:
    """Retrieve an Existing Block Storage Volume

     To show information about a block storage volume, send a GET request to `/v2/volumes/$VOLUME_ID`.


    Args:
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumesGetResponse200
    """

    return sync_detailed(
        volume_id=volume_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | VolumesGetResponse200]:
    """Retrieve an Existing Block Storage Volume

     To show information about a block storage volume, send a GET request to `/v2/volumes/$VOLUME_ID`.


    Args:
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumesGetResponse200]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | VolumesGetResponse200 | None:
    """Retrieve an Existing Block Storage Volume

     To show information about a block storage volume, send a GET request to `/v2/volumes/$VOLUME_ID`.


    Args:
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumesGetResponse200
    """

    return (
        await asyncio_detailed(
            volume_id=volume_id,
            client=client,
        )
    ).parsed
