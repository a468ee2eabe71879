from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    registry_name: str,
    repository_name: str,
    repository_tag: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/registries/{registry_name}/repositories/{repository_name}/tags/{repository_tag}".format(
            registry_name=quote(str(registry_name), safe=""),
            repository_name=quote(str(repository_name), safe=""),
            repository_tag=quote(str(repository_tag), safe=""),
        ),
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
    registry_name: str,
    repository_name: str,
    repository_tag: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete Container Registry Repository Tag

     To delete a container repository tag in on of our container registries, send a DELETE request to
    `/v2/registries/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/tags/$TAG`.

    Note that if your repository name contains `/` characters, it must be
    URL-encoded in the request URL. For example, to delete
    `registry.digitalocean.com/example/my/repo:mytag`, the path would be
    `/v2/registry/example/repositories/my%2Frepo/tags/mytag`.

    A successful request will receive a 204 status code with no body in response.
    This indicates that the request was processed successfully. It is similar to DELETE
    `/v2/registry/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/tags/$TAG`.

    Args:
        registry_name (str):
        repository_name (str):
        repository_tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
        repository_name=repository_name,
        repository_tag=repository_tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registry_name: str,
    repository_name: str,
    repository_tag: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete Container Registry Repository Tag

     To delete a container repository tag in on of our container registries, send a DELETE request to
    `/v2/registries/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/tags/$TAG`.

    Note that if your repository name contains `/` characters, it must be
    URL-encoded in the request URL. For example, to delete
    `registry.digitalocean.com/example/my/repo:mytag`, the path would be
    `/v2/registry/example/repositories/my%2Frepo/tags/mytag`.

    A successful request will receive a 204 status code with no body in response.
    This indicates that the request was processed successfully. It is similar to DELETE
    `/v2/registry/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/tags/$TAG`.

    Args:
        registry_name (str):
        repository_name (str):
        repository_tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        registry_name=registry_name,
        repository_name=repository_name,
        repository_tag=repository_tag,
        client=client,
    ).parsed


async def asyncio_detailed(
    registry_name: str,
    repository_name: str,
    repository_tag: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete Container Registry Repository Tag

     To delete a container repository tag in on of our container registries, send a DELETE request to
    `/v2/registries/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/tags/$TAG`.

    Note that if your repository name contains `/` characters, it must be
    URL-encoded in the request URL. For example, to delete
    `registry.digitalocean.com/example/my/repo:mytag`, the path would be
    `/v2/registry/example/repositories/my%2Frepo/tags/mytag`.

    A successful request will receive a 204 status code with no body in response.
    This indicates that the request was processed successfully. It is similar to DELETE
    `/v2/registry/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/tags/$TAG`.

    Args:
        registry_name (str):
        repository_name (str):
        repository_tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        registry_name=registry_name,
        repository_name=repository_name,
        repository_tag=repository_tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registry_name: str,
    repository_name: str,
    repository_tag: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete Container Registry Repository Tag

     To delete a container repository tag in on of our container registries, send a DELETE request to
    `/v2/registries/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/tags/$TAG`.

    Note that if your repository name contains `/` characters, it must be
    URL-encoded in the request URL. For example, to delete
    `registry.digitalocean.com/example/my/repo:mytag`, the path would be
    `/v2/registry/example/repositories/my%2Frepo/tags/mytag`.

    A successful request will receive a 204 status code with no body in response.
    This indicates that the request was processed successfully. It is similar to DELETE
    `/v2/registry/$REGISTRY_NAME/repositories/$REPOSITORY_NAME/tags/$TAG`.

    Args:
        registry_name (str):
        repository_name (str):
        repository_tag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            registry_name=registry_name,
            repository_name=repository_name,
            repository_tag=repository_tag,
            client=client,
        )
    ).parsed
