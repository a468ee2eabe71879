from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.snapshots_list_response_200 import SnapshotsListResponse200


def _get_kwargs(
    *,
    per_page: Any = 20,
    page: Any = 1,
    resource_type: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
        "resource_type": resource_type,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/snapshots",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SnapshotsListResponse200:
    from ...models.error import Error
    from ...models.snapshots_list_response_200 import SnapshotsListResponse200

    if response.status_code == 200:
        response_200 = SnapshotsListResponse200.from_dict(response.json())

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
) -> Response[Error | SnapshotsListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    resource_type: Any = UNSET,
) -> Response[Error | SnapshotsListResponse200]:
    """List All Snapshots

     To list all of the snapshots available on your account, send a GET request to
    `/v2/snapshots`.

    The response will be a JSON object with a key called `snapshots`. This will be
    set to an array of `snapshot` objects, each of which will contain the standard
    snapshot attributes.

    ### Filtering Results by Resource Type

    It's possible to request filtered results by including certain query parameters.

    #### List Droplet Snapshots

    To retrieve only snapshots based on Droplets, include the `resource_type`
    query parameter set to `droplet`. For example, `/v2/snapshots?resource_type=droplet`.

    #### List Volume Snapshots

    To retrieve only snapshots based on volumes, include the `resource_type`
    query parameter set to `volume`. For example, `/v2/snapshots?resource_type=volume`.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        resource_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotsListResponse200]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        resource_type=resource_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    resource_type: Any = UNSET,
) -> Error | SnapshotsListResponse200 | None:
    """List All Snapshots

     To list all of the snapshots available on your account, send a GET request to
    `/v2/snapshots`.

    The response will be a JSON object with a key called `snapshots`. This will be
    set to an array of `snapshot` objects, each of which will contain the standard
    snapshot attributes.

    ### Filtering Results by Resource Type

    It's possible to request filtered results by including certain query parameters.

    #### List Droplet Snapshots

    To retrieve only snapshots based on Droplets, include the `resource_type`
    query parameter set to `droplet`. For example, `/v2/snapshots?resource_type=droplet`.

    #### List Volume Snapshots

    To retrieve only snapshots based on volumes, include the `resource_type`
    query parameter set to `volume`. For example, `/v2/snapshots?resource_type=volume`.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        resource_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotsListResponse200
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        resource_type=resource_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    resource_type: Any = UNSET,
) -> Response[Error | SnapshotsListResponse200]:
    """List All Snapshots

     To list all of the snapshots available on your account, send a GET request to
    `/v2/snapshots`.

    The response will be a JSON object with a key called `snapshots`. This will be
    set to an array of `snapshot` objects, each of which will contain the standard
    snapshot attributes.

    ### Filtering Results by Resource Type

    It's possible to request filtered results by including certain query parameters.

    #### List Droplet Snapshots

    To retrieve only snapshots based on Droplets, include the `resource_type`
    query parameter set to `droplet`. For example, `/v2/snapshots?resource_type=droplet`.

    #### List Volume Snapshots

    To retrieve only snapshots based on volumes, include the `resource_type`
    query parameter set to `volume`. For example, `/v2/snapshots?resource_type=volume`.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        resource_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotsListResponse200]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        resource_type=resource_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    resource_type: Any = UNSET,
) -> Error | SnapshotsListResponse200 | None:
    """List All Snapshots

     To list all of the snapshots available on your account, send a GET request to
    `/v2/snapshots`.

    The response will be a JSON object with a key called `snapshots`. This will be
    set to an array of `snapshot` objects, each of which will contain the standard
    snapshot attributes.

    ### Filtering Results by Resource Type

    It's possible to request filtered results by including certain query parameters.

    #### List Droplet Snapshots

    To retrieve only snapshots based on Droplets, include the `resource_type`
    query parameter set to `droplet`. For example, `/v2/snapshots?resource_type=droplet`.

    #### List Volume Snapshots

    To retrieve only snapshots based on volumes, include the `resource_type`
    query parameter set to `volume`. For example, `/v2/snapshots?resource_type=volume`.

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        resource_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotsListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            resource_type=resource_type,
        )
    ).parsed
