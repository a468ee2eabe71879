from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.registry_list_repository_manifests_response_200 import (
        RegistryListRepositoryManifestsResponse200,
    )


def _get_kwargs(
    registry_name: str,
    repository_name: str,
    *,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/registry/{registry_name}/repositories/{repository_name}/digests".format(
            registry_name=quote(str(registry_name), safe=""),
            repository_name=quote(str(repository_name), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistryListRepositoryManifestsResponse200:
    from ...models.error import Error
    from ...models.registry_list_repository_manifests_response_200 import (
        RegistryListRepositoryManifestsResponse200,
    )

    if response.status_code == 200:
        response_200 = RegistryListRepositoryManifestsResponse200.from_dict(
            response.json()
        )

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
) -> Response[Error | RegistryListRepositoryManifestsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    registry_name: str,
    repository_name: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | RegistryListRepositoryManifestsResponse200]:
    """List All Container Registry Repository Manifests

     **Note: This endpoint is deprecated. Please use the `/v2/registries` endpoint instead.**

    To list all manifests in your container registry repository, send a GET
    request to `/v2/registry/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/digests`.

    Note that if your repository name contains `/` characters, it must be
    URL-encoded in the request URL. For example, to list manifests for
    `registry.digitalocean.com/example/my/repo`, the path would be
    `/v2/registry/example/repositories/my%2Frepo/digests`.

    Args:
        registry_name (str):
        repository_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryListRepositoryManifestsResponse200]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
        repository_name=repository_name,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registry_name: str,
    repository_name: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | RegistryListRepositoryManifestsResponse200 | None:
    """List All Container Registry Repository Manifests

     **Note: This endpoint is deprecated. Please use the `/v2/registries` endpoint instead.**

    To list all manifests in your container registry repository, send a GET
    request to `/v2/registry/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/digests`.

    Note that if your repository name contains `/` characters, it must be
    URL-encoded in the request URL. For example, to list manifests for
    `registry.digitalocean.com/example/my/repo`, the path would be
    `/v2/registry/example/repositories/my%2Frepo/digests`.

    Args:
        registry_name (str):
        repository_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryListRepositoryManifestsResponse200
    """

    return sync_detailed(
        registry_name=registry_name,
        repository_name=repository_name,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    registry_name: str,
    repository_name: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | RegistryListRepositoryManifestsResponse200]:
    """List All Container Registry Repository Manifests

     **Note: This endpoint is deprecated. Please use the `/v2/registries` endpoint instead.**

    To list all manifests in your container registry repository, send a GET
    request to `/v2/registry/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/digests`.

    Note that if your repository name contains `/` characters, it must be
    URL-encoded in the request URL. For example, to list manifests for
    `registry.digitalocean.com/example/my/repo`, the path would be
    `/v2/registry/example/repositories/my%2Frepo/digests`.

    Args:
        registry_name (str):
        repository_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryListRepositoryManifestsResponse200]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
        repository_name=repository_name,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registry_name: str,
    repository_name: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | RegistryListRepositoryManifestsResponse200 | None:
    """List All Container Registry Repository Manifests

     **Note: This endpoint is deprecated. Please use the `/v2/registries` endpoint instead.**

    To list all manifests in your container registry repository, send a GET
    request to `/v2/registry/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/digests`.

    Note that if your repository name contains `/` characters, it must be
    URL-encoded in the request URL. For example, to list manifests for
    `registry.digitalocean.com/example/my/repo`, the path would be
    `/v2/registry/example/repositories/my%2Frepo/digests`.

    Args:
        registry_name (str):
        repository_name (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryListRepositoryManifestsResponse200
    """

    return (
        await asyncio_detailed(
            registry_name=registry_name,
            repository_name=repository_name,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
