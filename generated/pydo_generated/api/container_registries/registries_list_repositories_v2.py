from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.registries_list_repositories_v2_response_200 import (
        RegistriesListRepositoriesV2Response200,
    )


def _get_kwargs(
    registry_name: str,
    *,
    per_page: Any = 20,
    page: Any = 1,
    page_token: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
        "page_token": page_token,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/registries/{registry_name}/repositoriesV2".format(
            registry_name=quote(str(registry_name), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistriesListRepositoriesV2Response200:
    from ...models.error import Error
    from ...models.registries_list_repositories_v2_response_200 import (
        RegistriesListRepositoriesV2Response200,
    )

    if response.status_code == 200:
        response_200 = RegistriesListRepositoriesV2Response200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | RegistriesListRepositoriesV2Response200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    registry_name: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    page_token: Any = UNSET,
) -> Response[Error | RegistriesListRepositoriesV2Response200]:
    """List All Container Registry Repositories (V2)

     To list all repositories in your container registry, send a GET request to
    `/v2/registries/$REGISTRY_NAME/repositoriesV2`. It is similar to GET
    `/v2/registry/$REGISTRY_NAME/repositoriesV2`.

    Args:
        registry_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        page_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesListRepositoriesV2Response200]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
        per_page=per_page,
        page=page,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registry_name: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    page_token: Any = UNSET,
) -> Error | RegistriesListRepositoriesV2Response200 | None:
    """List All Container Registry Repositories (V2)

     To list all repositories in your container registry, send a GET request to
    `/v2/registries/$REGISTRY_NAME/repositoriesV2`. It is similar to GET
    `/v2/registry/$REGISTRY_NAME/repositoriesV2`.

    Args:
        registry_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        page_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesListRepositoriesV2Response200
    """

    return sync_detailed(
        registry_name=registry_name,
        client=client,
        per_page=per_page,
        page=page,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    registry_name: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    page_token: Any = UNSET,
) -> Response[Error | RegistriesListRepositoriesV2Response200]:
    """List All Container Registry Repositories (V2)

     To list all repositories in your container registry, send a GET request to
    `/v2/registries/$REGISTRY_NAME/repositoriesV2`. It is similar to GET
    `/v2/registry/$REGISTRY_NAME/repositoriesV2`.

    Args:
        registry_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        page_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesListRepositoriesV2Response200]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
        per_page=per_page,
        page=page,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registry_name: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
    page_token: Any = UNSET,
) -> Error | RegistriesListRepositoriesV2Response200 | None:
    """List All Container Registry Repositories (V2)

     To list all repositories in your container registry, send a GET request to
    `/v2/registries/$REGISTRY_NAME/repositoriesV2`. It is similar to GET
    `/v2/registry/$REGISTRY_NAME/repositoriesV2`.

    Args:
        registry_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        page_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesListRepositoriesV2Response200
    """

    return (
        await asyncio_detailed(
            registry_name=registry_name,
            client=client,
            per_page=per_page,
            page=page,
            page_token=page_token,
        )
    ).parsed
