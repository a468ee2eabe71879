from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.ssh_keys_get_response_200 import SshKeysGetResponse200


def _get_kwargs(
    ssh_key_identifier: int | str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/account/keys/{ssh_key_identifier}".format(
            ssh_key_identifier=quote(str(ssh_key_identifier), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SshKeysGetResponse200:
    from ...models.error import Error
    from ...models.ssh_keys_get_response_200 import SshKeysGetResponse200

    if response.status_code == 200:
        response_200 = SshKeysGetResponse200.from_dict(response.json())

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
) -> Response[Error | SshKeysGetResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ssh_key_identifier: int | str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SshKeysGetResponse200]:
    """Retrieve an Existing SSH Key

     To get information about a key, send a GET request to `/v2/account/keys/$KEY_ID` or
    `/v2/account/keys/$KEY_FINGERPRINT`.
    The response will be a JSON object with the key `ssh_key` and value an ssh_key object which contains
    the standard ssh_key attributes.

    Args:
        ssh_key_identifier (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SshKeysGetResponse200]
    """

    kwargs = _get_kwargs(
        ssh_key_identifier=ssh_key_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ssh_key_identifier: int | str,
    *,
    client: AuthenticatedClient,
) -> Error | SshKeysGetResponse200 | None:
    """Retrieve an Existing SSH Key

     To get information about a key, send a GET request to `/v2/account/keys/$KEY_ID` or
    `/v2/account/keys/$KEY_FINGERPRINT`.
    The response will be a JSON object with the key `ssh_key` and value an ssh_key object which contains
    the standard ssh_key attributes.

    Args:
        ssh_key_identifier (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SshKeysGetResponse200
    """

    return sync_detailed(
        ssh_key_identifier=ssh_key_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    ssh_key_identifier: int | str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SshKeysGetResponse200]:
    """Retrieve an Existing SSH Key

     To get information about a key, send a GET request to `/v2/account/keys/$KEY_ID` or
    `/v2/account/keys/$KEY_FINGERPRINT`.
    The response will be a JSON object with the key `ssh_key` and value an ssh_key object which contains
    the standard ssh_key attributes.

    Args:
        ssh_key_identifier (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SshKeysGetResponse200]
    """

    kwargs = _get_kwargs(
        ssh_key_identifier=ssh_key_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ssh_key_identifier: int | str,
    *,
    client: AuthenticatedClient,
) -> Error | SshKeysGetResponse200 | None:
    """Retrieve an Existing SSH Key

     To get information about a key, send a GET request to `/v2/account/keys/$KEY_ID` or
    `/v2/account/keys/$KEY_FINGERPRINT`.
    The response will be a JSON object with the key `ssh_key` and value an ssh_key object which contains
    the standard ssh_key attributes.

    Args:
        ssh_key_identifier (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SshKeysGetResponse200
    """

    return (
        await asyncio_detailed(
            ssh_key_identifier=ssh_key_identifier,
            client=client,
        )
    ).parsed
