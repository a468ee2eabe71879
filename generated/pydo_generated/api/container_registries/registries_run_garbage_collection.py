from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.registries_run_garbage_collection_response_201 import (
        RegistriesRunGarbageCollectionResponse201,
    )


def _get_kwargs(
    registry_name: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/registries/{registry_name}/garbage-collection".format(
            registry_name=quote(str(registry_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistriesRunGarbageCollectionResponse201:
    from ...models.error import Error
    from ...models.registries_run_garbage_collection_response_201 import (
        RegistriesRunGarbageCollectionResponse201,
    )

    if response.status_code == 201:
        response_201 = RegistriesRunGarbageCollectionResponse201.from_dict(
            response.json()
        )

        return response_201

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
) -> Response[Error | RegistriesRunGarbageCollectionResponse201]:
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
) -> Response[Error | RegistriesRunGarbageCollectionResponse201]:
    """Start Garbage Collection

     Garbage collection enables users to clear out unreferenced blobs (layer &
    manifest data) after deleting one or more manifests from a repository. If
    there are no unreferenced blobs resulting from the deletion of one or more
    manifests, garbage collection is effectively a noop.
    [See here for more information](https://docs.digitalocean.com/products/container-registry/how-
    to/clean-up-container-registry/)
    about how and why you should clean up your container registry periodically.

    To request a garbage collection run on your registry, send a POST request to
    `/v2/registries/$REGISTRY_NAME/garbage-collection`. This will initiate the
    following sequence of events on your registry.

    * Set the registry to read-only mode, meaning no further write-scoped
      JWTs will be issued to registry clients. Existing write-scoped JWTs will
      continue to work until they expire which can take up to 15 minutes.
    * Wait until all existing write-scoped JWTs have expired.
    * Scan all registry manifests to determine which blobs are unreferenced.
    * Delete all unreferenced blobs from the registry.
    * Record the number of blobs deleted and bytes freed, mark the garbage
      collection status as `success`.
    * Remove the read-only mode restriction from the registry, meaning write-scoped
      JWTs will once again be issued to registry clients.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesRunGarbageCollectionResponse201]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | RegistriesRunGarbageCollectionResponse201 | None:
    """Start Garbage Collection

     Garbage collection enables users to clear out unreferenced blobs (layer &
    manifest data) after deleting one or more manifests from a repository. If
    there are no unreferenced blobs resulting from the deletion of one or more
    manifests, garbage collection is effectively a noop.
    [See here for more information](https://docs.digitalocean.com/products/container-registry/how-
    to/clean-up-container-registry/)
    about how and why you should clean up your container registry periodically.

    To request a garbage collection run on your registry, send a POST request to
    `/v2/registries/$REGISTRY_NAME/garbage-collection`. This will initiate the
    following sequence of events on your registry.

    * Set the registry to read-only mode, meaning no further write-scoped
      JWTs will be issued to registry clients. Existing write-scoped JWTs will
      continue to work until they expire which can take up to 15 minutes.
    * Wait until all existing write-scoped JWTs have expired.
    * Scan all registry manifests to determine which blobs are unreferenced.
    * Delete all unreferenced blobs from the registry.
    * Record the number of blobs deleted and bytes freed, mark the garbage
      collection status as `success`.
    * Remove the read-only mode restriction from the registry, meaning write-scoped
      JWTs will once again be issued to registry clients.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesRunGarbageCollectionResponse201
    """

    return sync_detailed(
        registry_name=registry_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RegistriesRunGarbageCollectionResponse201]:
    """Start Garbage Collection

     Garbage collection enables users to clear out unreferenced blobs (layer &
    manifest data) after deleting one or more manifests from a repository. If
    there are no unreferenced blobs resulting from the deletion of one or more
    manifests, garbage collection is effectively a noop.
    [See here for more information](https://docs.digitalocean.com/products/container-registry/how-
    to/clean-up-container-registry/)
    about how and why you should clean up your container registry periodically.

    To request a garbage collection run on your registry, send a POST request to
    `/v2/registries/$REGISTRY_NAME/garbage-collection`. This will initiate the
    following sequence of events on your registry.

    * Set the registry to read-only mode, meaning no further write-scoped
      JWTs will be issued to registry clients. Existing write-scoped JWTs will
      continue to work until they expire which can take up to 15 minutes.
    * Wait until all existing write-scoped JWTs have expired.
    * Scan all registry manifests to determine which blobs are unreferenced.
    * Delete all unreferenced blobs from the registry.
    * Record the number of blobs deleted and bytes freed, mark the garbage
      collection status as `success`.
    * Remove the read-only mode restriction from the registry, meaning write-scoped
      JWTs will once again be issued to registry clients.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistriesRunGarbageCollectionResponse201]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | RegistriesRunGarbageCollectionResponse201 | None:
    """Start Garbage Collection

     Garbage collection enables users to clear out unreferenced blobs (layer &
    manifest data) after deleting one or more manifests from a repository. If
    there are no unreferenced blobs resulting from the deletion of one or more
    manifests, garbage collection is effectively a noop.
    [See here for more information](https://docs.digitalocean.com/products/container-registry/how-
    to/clean-up-container-registry/)
    about how and why you should clean up your container registry periodically.

    To request a garbage collection run on your registry, send a POST request to
    `/v2/registries/$REGISTRY_NAME/garbage-collection`. This will initiate the
    following sequence of events on your registry.

    * Set the registry to read-only mode, meaning no further write-scoped
      JWTs will be issued to registry clients. Existing write-scoped JWTs will
      continue to work until they expire which can take up to 15 minutes.
    * Wait until all existing write-scoped JWTs have expired.
    * Scan all registry manifests to determine which blobs are unreferenced.
    * Delete all unreferenced blobs from the registry.
    * Record the number of blobs deleted and bytes freed, mark the garbage
      collection status as `success`.
    * Remove the read-only mode restriction from the registry, meaning write-scoped
      JWTs will once again be issued to registry clients.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistriesRunGarbageCollectionResponse201
    """

    return (
        await asyncio_detailed(
            registry_name=registry_name,
            client=client,
        )
    ).parsed
