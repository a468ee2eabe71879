from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.images_create_custom_response_202 import (
        ImagesCreateCustomResponse202,
    )


def _get_kwargs(
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/images",
        "headers": headers,
    }
    if body is not UNSET:
        if isinstance(body, bytes | bytearray):
            _kwargs["content"] = bytes(body)
        else:
            _kwargs["json"] = body
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImagesCreateCustomResponse202:
    from ...models.error import Error
    from ...models.images_create_custom_response_202 import (
        ImagesCreateCustomResponse202,
    )

    if response.status_code == 202:
        response_202 = ImagesCreateCustomResponse202.from_dict(response.json())

        return response_202

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
) -> Response[Error | ImagesCreateCustomResponse202]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | ImagesCreateCustomResponse202]:
    """Create a Custom Image

     To create a new custom image, send a POST request to /v2/images.
    The body must contain a url attribute pointing to a Linux virtual machine
    image to be imported into DigitalOcean.
    The image must be in the raw, qcow2, vhdx, vdi, or vmdk format.
    It may be compressed using gzip or bzip2 and must be smaller than 100 GB after
     being decompressed.

    Args:
        body (dict[str, Any]):  Example: {'name': 'ubuntu-18.04-minimal', 'url': 'http://cloud-
            images.ubuntu.com/minimal/releases/bionic/release/ubuntu-18.04-minimal-cloudimg-
            amd64.img', 'distribution': 'Ubuntu', 'region': 'nyc3', 'description': 'Cloud-optimized
            image w/ small footprint', 'tags': ['base-image', 'prod']}.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImagesCreateCustomResponse202]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | ImagesCreateCustomResponse202 | None:
    """Create a Custom Image

     To create a new custom image, send a POST request to /v2/images.
    The body must contain a url attribute pointing to a Linux virtual machine
    image to be imported into DigitalOcean.
    The image must be in the raw, qcow2, vhdx, vdi, or vmdk format.
    It may be compressed using gzip or bzip2 and must be smaller than 100 GB after
     being decompressed.

    Args:
        body (dict[str, Any]):  Example: {'name': 'ubuntu-18.04-minimal', 'url': 'http://cloud-
            images.ubuntu.com/minimal/releases/bionic/release/ubuntu-18.04-minimal-cloudimg-
            amd64.img', 'distribution': 'Ubuntu', 'region': 'nyc3', 'description': 'Cloud-optimized
            image w/ small footprint', 'tags': ['base-image', 'prod']}.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImagesCreateCustomResponse202
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Error | ImagesCreateCustomResponse202]:
    """Create a Custom Image

     To create a new custom image, send a POST request to /v2/images.
    The body must contain a url attribute pointing to a Linux virtual machine
    image to be imported into DigitalOcean.
    The image must be in the raw, qcow2, vhdx, vdi, or vmdk format.
    It may be compressed using gzip or bzip2 and must be smaller than 100 GB after
     being decompressed.

    Args:
        body (dict[str, Any]):  Example: {'name': 'ubuntu-18.04-minimal', 'url': 'http://cloud-
            images.ubuntu.com/minimal/releases/bionic/release/ubuntu-18.04-minimal-cloudimg-
            amd64.img', 'distribution': 'Ubuntu', 'region': 'nyc3', 'description': 'Cloud-optimized
            image w/ small footprint', 'tags': ['base-image', 'prod']}.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImagesCreateCustomResponse202]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Error | ImagesCreateCustomResponse202 | None:
    """Create a Custom Image

     To create a new custom image, send a POST request to /v2/images.
    The body must contain a url attribute pointing to a Linux virtual machine
    image to be imported into DigitalOcean.
    The image must be in the raw, qcow2, vhdx, vdi, or vmdk format.
    It may be compressed using gzip or bzip2 and must be smaller than 100 GB after
     being decompressed.

    Args:
        body (dict[str, Any]):  Example: {'name': 'ubuntu-18.04-minimal', 'url': 'http://cloud-
            images.ubuntu.com/minimal/releases/bionic/release/ubuntu-18.04-minimal-cloudimg-
            amd64.img', 'distribution': 'Ubuntu', 'region': 'nyc3', 'description': 'Cloud-optimized
            image w/ small footprint', 'tags': ['base-image', 'prod']}.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImagesCreateCustomResponse202
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
