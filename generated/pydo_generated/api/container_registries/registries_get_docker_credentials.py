from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.docker_credentials import DockerCredentials
    from ...models.error import Error


def _get_kwargs(
    registry_name: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/registries/{registry_name}/docker-credentials".format(
            registry_name=quote(str(registry_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DockerCredentials | Error:
    from ...models.docker_credentials import DockerCredentials
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DockerCredentials.from_dict(response.json())

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
) -> Response[DockerCredentials | Error]:
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
) -> Response[DockerCredentials | Error]:
    """ Get Docker Credentials By Registry Name

     In order to access your container registry with the Docker client or from a
    Kubernetes cluster, you will need to configure authentication. The necessary
    JSON configuration can be retrieved by sending a GET request to
    `/v2/registries/{registry_name}/docker-credentials`.

    The response will be in the format of a Docker `config.json` file. To use the
    config in your Kubernetes cluster, create a Secret with:

        kubectl create secret generic docr \\
          --from-file=.dockerconfigjson=config.json \\
          --type=kubernetes.io/dockerconfigjson

    By default, the returned credentials have read-only access to your registry
    and cannot be used to push images. This is appropriate for most Kubernetes
    clusters. To retrieve read/write credentials, suitable for use with the Docker
    client or in a CI system, read_write may be provided as query parameter. For
    example: `/v2/registries/{registry_name}/docker-credentials?read_write=true`

    By default, the returned credentials will not expire. To retrieve credentials
    with an expiry set, expiry_seconds may be provided as a query parameter. For
    example: `/v2/registries/{registry_name}/docker-credentials?expiry_seconds=3600` will return
    credentials that expire after one hour.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DockerCredentials | Error]
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
) -> DockerCredentials | Error | None:
    """ Get Docker Credentials By Registry Name

     In order to access your container registry with the Docker client or from a
    Kubernetes cluster, you will need to configure authentication. The necessary
    JSON configuration can be retrieved by sending a GET request to
    `/v2/registries/{registry_name}/docker-credentials`.

    The response will be in the format of a Docker `config.json` file. To use the
    config in your Kubernetes cluster, create a Secret with:

        kubectl create secret generic docr \\
          --from-file=.dockerconfigjson=config.json \\
          --type=kubernetes.io/dockerconfigjson

    By default, the returned credentials have read-only access to your registry
    and cannot be used to push images. This is appropriate for most Kubernetes
    clusters. To retrieve read/write credentials, suitable for use with the Docker
    client or in a CI system, read_write may be provided as query parameter. For
    example: `/v2/registries/{registry_name}/docker-credentials?read_write=true`

    By default, the returned credentials will not expire. To retrieve credentials
    with an expiry set, expiry_seconds may be provided as a query parameter. For
    example: `/v2/registries/{registry_name}/docker-credentials?expiry_seconds=3600` will return
    credentials that expire after one hour.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DockerCredentials | Error
     """

    return sync_detailed(
        registry_name=registry_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    registry_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DockerCredentials | Error]:
    """ Get Docker Credentials By Registry Name

     In order to access your container registry with the Docker client or from a
    Kubernetes cluster, you will need to configure authentication. The necessary
    JSON configuration can be retrieved by sending a GET request to
    `/v2/registries/{registry_name}/docker-credentials`.

    The response will be in the format of a Docker `config.json` file. To use the
    config in your Kubernetes cluster, create a Secret with:

        kubectl create secret generic docr \\
          --from-file=.dockerconfigjson=config.json \\
          --type=kubernetes.io/dockerconfigjson

    By default, the returned credentials have read-only access to your registry
    and cannot be used to push images. This is appropriate for most Kubernetes
    clusters. To retrieve read/write credentials, suitable for use with the Docker
    client or in a CI system, read_write may be provided as query parameter. For
    example: `/v2/registries/{registry_name}/docker-credentials?read_write=true`

    By default, the returned credentials will not expire. To retrieve credentials
    with an expiry set, expiry_seconds may be provided as a query parameter. For
    example: `/v2/registries/{registry_name}/docker-credentials?expiry_seconds=3600` will return
    credentials that expire after one hour.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DockerCredentials | Error]
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
) -> DockerCredentials | Error | None:
    """ Get Docker Credentials By Registry Name

     In order to access your container registry with the Docker client or from a
    Kubernetes cluster, you will need to configure authentication. The necessary
    JSON configuration can be retrieved by sending a GET request to
    `/v2/registries/{registry_name}/docker-credentials`.

    The response will be in the format of a Docker `config.json` file. To use the
    config in your Kubernetes cluster, create a Secret with:

        kubectl create secret generic docr \\
          --from-file=.dockerconfigjson=config.json \\
          --type=kubernetes.io/dockerconfigjson

    By default, the returned credentials have read-only access to your registry
    and cannot be used to push images. This is appropriate for most Kubernetes
    clusters. To retrieve read/write credentials, suitable for use with the Docker
    client or in a CI system, read_write may be provided as query parameter. For
    example: `/v2/registries/{registry_name}/docker-credentials?read_write=true`

    By default, the returned credentials will not expire. To retrieve credentials
    with an expiry set, expiry_seconds may be provided as a query parameter. For
    example: `/v2/registries/{registry_name}/docker-credentials?expiry_seconds=3600` will return
    credentials that expire after one hour.

    Args:
        registry_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DockerCredentials | Error
     """

    return (
        await asyncio_detailed(
            registry_name=registry_name,
            client=client,
        )
    ).parsed
