from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.volumes_list_response_200 import VolumesListResponse200


def _get_kwargs(
    *,
    name: Any = UNSET,
    region: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "name": name,
        "region": region,
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/volumes",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VolumesListResponse200:
    from ...models.error import Error
    from ...models.volumes_list_response_200 import VolumesListResponse200

    if response.status_code == 200:
        response_200 = VolumesListResponse200.from_dict(response.json())

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
) -> Response[Error | VolumesListResponse200]:
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
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VolumesListResponse200]:
    """List All Block Storage Volumes

     To list all of the block storage volumes available on your account, send a GET request to
    `/v2/volumes`.
    ## Filtering Results
    ### By Region
    The `region` may be provided as query parameter in order to restrict results to volumes available in
    a specific region. For example: `/v2/volumes?region=nyc1`
    ### By Name
    It is also possible to list volumes on your account that match a specified name. To do so, send a
    GET request with the volume's name as a query parameter to `/v2/volumes?name=$VOLUME_NAME`.
    **Note:** You can only create one volume per region with the same name.
    ### By Name and Region
    It is also possible to retrieve information about a block storage volume by name. To do so, send a
    GET request with the volume's name and the region slug for the region it is located in as query
    parameters to `/v2/volumes?name=$VOLUME_NAME&region=nyc1`.



    Args:
        name (str):
        region (str): The slug identifier for the region where the resource will initially be
            available. Example: nyc3.
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumesListResponse200]
    """

    kwargs = _get_kwargs(
        name=name,
        region=region,
        per_page=per_page,
        page=page,
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
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VolumesListResponse200 | None:
    """List All Block Storage Volumes

     To list all of the block storage volumes available on your account, send a GET request to
    `/v2/volumes`.
    ## Filtering Results
    ### By Region
    The `region` may be provided as query parameter in order to restrict results to volumes available in
    a specific region. For example: `/v2/volumes?region=nyc1`
    ### By Name
    It is also possible to list volumes on your account that match a specified name. To do so, send a
    GET request with the volume's name as a query parameter to `/v2/volumes?name=$VOLUME_NAME`.
    **Note:** You can only create one volume per region with the same name.
    ### By Name and Region
    It is also possible to retrieve information about a block storage volume by name. To do so, send a
    GET request with the volume's name and the region slug for the region it is located in as query
    parameters to `/v2/volumes?name=$VOLUME_NAME&region=nyc1`.



    Args:
        name (str):
        region (str): The slug identifier for the region where the resource will initially be
            available. Example: nyc3.
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumesListResponse200
    """

    return sync_detailed(
        client=client,
        name=name,
        region=region,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    region: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VolumesListResponse200]:
    """List All Block Storage Volumes

     To list all of the block storage volumes available on your account, send a GET request to
    `/v2/volumes`.
    ## Filtering Results
    ### By Region
    The `region` may be provided as query parameter in order to restrict results to volumes available in
    a specific region. For example: `/v2/volumes?region=nyc1`
    ### By Name
    It is also possible to list volumes on your account that match a specified name. To do so, send a
    GET request with the volume's name as a query parameter to `/v2/volumes?name=$VOLUME_NAME`.
    **Note:** You can only create one volume per region with the same name.
    ### By Name and Region
    It is also possible to retrieve information about a block storage volume by name. To do so, send a
    GET request with the volume's name and the region slug for the region it is located in as query
    parameters to `/v2/volumes?name=$VOLUME_NAME&region=nyc1`.



    Args:
        name (str):
        region (str): The slug identifier for the region where the resource will initially be
            available. Example: nyc3.
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumesListResponse200]
    """

    kwargs = _get_kwargs(
        name=name,
        region=region,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: Any = UNSET,
    region: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VolumesListResponse200 | None:
    """List All Block Storage Volumes

     To list all of the block storage volumes available on your account, send a GET request to
    `/v2/volumes`.
    ## Filtering Results
    ### By Region
    The `region` may be provided as query parameter in order to restrict results to volumes available in
    a specific region. For example: `/v2/volumes?region=nyc1`
    ### By Name
    It is also possible to list volumes on your account that match a specified name. To do so, send a
    GET request with the volume's name as a query parameter to `/v2/volumes?name=$VOLUME_NAME`.
    **Note:** You can only create one volume per region with the same name.
    ### By Name and Region
    It is also possible to retrieve information about a block storage volume by name. To do so, send a
    GET request with the volume's name and the region slug for the region it is located in as query
    parameters to `/v2/volumes?name=$VOLUME_NAME&region=nyc1`.



    Args:
        name (str):
        region (str): The slug identifier for the region where the resource will initially be
            available. Example: nyc3.
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumesListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            region=region,
            per_page=per_page,
            page=page,
        )
    ).parsed
