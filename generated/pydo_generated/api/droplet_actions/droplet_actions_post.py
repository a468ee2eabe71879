from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.droplet_actions_post_response_201 import (
        DropletActionsPostResponse201,
    )
    from ...models.error import Error


def _get_kwargs(
    droplet_id: int,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/droplets/{droplet_id}/actions".format(
            droplet_id=quote(str(droplet_id), safe=""),
        ),
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
) -> DropletActionsPostResponse201 | Error:
    from ...models.droplet_actions_post_response_201 import (
        DropletActionsPostResponse201,
    )
    from ...models.error import Error

    if response.status_code == 201:
        response_201 = DropletActionsPostResponse201.from_dict(response.json())

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
) -> Response[DropletActionsPostResponse201 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DropletActionsPostResponse201 | Error]:
    """Initiate a Droplet Action

     To initiate an action on a Droplet send a POST request to
    `/v2/droplets/$DROPLET_ID/actions`. In the JSON body to the request,
    set the `type` attribute to one of the supported action types:

    | Action                                   | Details | Required Permissions |
    | ---------------------------------------- | ----------- | ----------- |
    | <nobr>`enable_backups`</nobr>            | Enables backups for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`disable_backups`</nobr>           | Disables backups for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`change_backup_policy`</nobr>      | Update the backup policy for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`reboot`</nobr>                    | Reboots a Droplet. A `reboot` action is an attempt to
    reboot the Droplet in a graceful way, similar to using the `reboot` command from the console. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`power_cycle`</nobr>               | Power cycles a Droplet. A `powercycle` action is
    similar to pushing the reset button on a physical machine, it's similar to booting from scratch. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`shutdown`</nobr>                  | Shuts down a Droplet. A shutdown action is an attempt
    to shutdown the Droplet in a graceful way, similar to using the `shutdown` command from the console.
    Since a `shutdown` command can fail, this action guarantees that the command is issued, not that it
    succeeds. The preferred way to turn off a Droplet is to attempt a shutdown, with a reasonable
    timeout, followed by a `power_off` action to ensure the Droplet is off. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`power_off`</nobr>                 | Powers off a Droplet. A `power_off` event is a hard
    shutdown and should only be used if the `shutdown` action is not successful. It is similar to
    cutting the power on a server and could lead to complications. | <nobr>`droplet:update`</nobr> |
    | <nobr>`power_on`</nobr>                  | Powers on a Droplet. | <nobr>`droplet:update`</nobr> |
    | <nobr>`restore`</nobr>                   | Restore a Droplet using a backup image. The image ID
    that is passed in must be a backup of the current Droplet instance. The operation will leave any
    embedded SSH keys intact. | <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`password_reset`</nobr>            | Resets the root password for a Droplet. A new password
    will be provided via email. It must be changed after first use. |
    <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`resize`</nobr>                    | Resizes a Droplet. Set the `size` attribute to a size
    slug. If a permanent resize with disk changes included is desired, set the `disk` attribute to
    `true`. | <nobr>`droplet:update`</nobr><br><nobr>`droplet:create`</nobr> |
    | <nobr>`rebuild`</nobr>                   | Rebuilds a Droplet from a new base image. Set the
    `image` attribute to an image ID or slug. |
    <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`rename`</nobr>                    | Renames a Droplet. | <nobr>`droplet:update`</nobr> |
    | <nobr>`change_kernel`</nobr>             | Changes a Droplet's kernel. Only applies to Droplets
    with externally managed kernels. All Droplets created after March 2017 use internal kernels by
    default. | <nobr>`droplet:update`</nobr> |
    | <nobr>`enable_ipv6`</nobr>               | Enables IPv6 for a Droplet. Once enabled for a Droplet,
    IPv6 can not be disabled. When enabling IPv6 on an existing Droplet, [additional OS-level
    configuration](https://docs.digitalocean.com/products/networking/ipv6/how-to/enable/#on-existing-
    droplets) is required. | <nobr>`droplet:update`</nobr> |
    | <nobr>`snapshot`</nobr>                  | Takes a snapshot of a Droplet. |
    <nobr>`droplet:update`</nobr><br><nobr>`image:create`</nobr> |

    Args:
        droplet_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletActionsPostResponse201 | Error]
    """

    kwargs = _get_kwargs(
        droplet_id=droplet_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DropletActionsPostResponse201 | Error | None:
    """Initiate a Droplet Action

     To initiate an action on a Droplet send a POST request to
    `/v2/droplets/$DROPLET_ID/actions`. In the JSON body to the request,
    set the `type` attribute to one of the supported action types:

    | Action                                   | Details | Required Permissions |
    | ---------------------------------------- | ----------- | ----------- |
    | <nobr>`enable_backups`</nobr>            | Enables backups for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`disable_backups`</nobr>           | Disables backups for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`change_backup_policy`</nobr>      | Update the backup policy for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`reboot`</nobr>                    | Reboots a Droplet. A `reboot` action is an attempt to
    reboot the Droplet in a graceful way, similar to using the `reboot` command from the console. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`power_cycle`</nobr>               | Power cycles a Droplet. A `powercycle` action is
    similar to pushing the reset button on a physical machine, it's similar to booting from scratch. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`shutdown`</nobr>                  | Shuts down a Droplet. A shutdown action is an attempt
    to shutdown the Droplet in a graceful way, similar to using the `shutdown` command from the console.
    Since a `shutdown` command can fail, this action guarantees that the command is issued, not that it
    succeeds. The preferred way to turn off a Droplet is to attempt a shutdown, with a reasonable
    timeout, followed by a `power_off` action to ensure the Droplet is off. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`power_off`</nobr>                 | Powers off a Droplet. A `power_off` event is a hard
    shutdown and should only be used if the `shutdown` action is not successful. It is similar to
    cutting the power on a server and could lead to complications. | <nobr>`droplet:update`</nobr> |
    | <nobr>`power_on`</nobr>                  | Powers on a Droplet. | <nobr>`droplet:update`</nobr> |
    | <nobr>`restore`</nobr>                   | Restore a Droplet using a backup image. The image ID
    that is passed in must be a backup of the current Droplet instance. The operation will leave any
    embedded SSH keys intact. | <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`password_reset`</nobr>            | Resets the root password for a Droplet. A new password
    will be provided via email. It must be changed after first use. |
    <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`resize`</nobr>                    | Resizes a Droplet. Set the `size` attribute to a size
    slug. If a permanent resize with disk changes included is desired, set the `disk` attribute to
    `true`. | <nobr>`droplet:update`</nobr><br><nobr>`droplet:create`</nobr> |
    | <nobr>`rebuild`</nobr>                   | Rebuilds a Droplet from a new base image. Set the
    `image` attribute to an image ID or slug. |
    <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`rename`</nobr>                    | Renames a Droplet. | <nobr>`droplet:update`</nobr> |
    | <nobr>`change_kernel`</nobr>             | Changes a Droplet's kernel. Only applies to Droplets
    with externally managed kernels. All Droplets created after March 2017 use internal kernels by
    default. | <nobr>`droplet:update`</nobr> |
    | <nobr>`enable_ipv6`</nobr>               | Enables IPv6 for a Droplet. Once enabled for a Droplet,
    IPv6 can not be disabled. When enabling IPv6 on an existing Droplet, [additional OS-level
    configuration](https://docs.digitalocean.com/products/networking/ipv6/how-to/enable/#on-existing-
    droplets) is required. | <nobr>`droplet:update`</nobr> |
    | <nobr>`snapshot`</nobr>                  | Takes a snapshot of a Droplet. |
    <nobr>`droplet:update`</nobr><br><nobr>`image:create`</nobr> |

    Args:
        droplet_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletActionsPostResponse201 | Error
    """

    return sync_detailed(
        droplet_id=droplet_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DropletActionsPostResponse201 | Error]:
    """Initiate a Droplet Action

     To initiate an action on a Droplet send a POST request to
    `/v2/droplets/$DROPLET_ID/actions`. In the JSON body to the request,
    set the `type` attribute to one of the supported action types:

    | Action                                   | Details | Required Permissions |
    | ---------------------------------------- | ----------- | ----------- |
    | <nobr>`enable_backups`</nobr>            | Enables backups for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`disable_backups`</nobr>           | Disables backups for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`change_backup_policy`</nobr>      | Update the backup policy for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`reboot`</nobr>                    | Reboots a Droplet. A `reboot` action is an attempt to
    reboot the Droplet in a graceful way, similar to using the `reboot` command from the console. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`power_cycle`</nobr>               | Power cycles a Droplet. A `powercycle` action is
    similar to pushing the reset button on a physical machine, it's similar to booting from scratch. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`shutdown`</nobr>                  | Shuts down a Droplet. A shutdown action is an attempt
    to shutdown the Droplet in a graceful way, similar to using the `shutdown` command from the console.
    Since a `shutdown` command can fail, this action guarantees that the command is issued, not that it
    succeeds. The preferred way to turn off a Droplet is to attempt a shutdown, with a reasonable
    timeout, followed by a `power_off` action to ensure the Droplet is off. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`power_off`</nobr>                 | Powers off a Droplet. A `power_off` event is a hard
    shutdown and should only be used if the `shutdown` action is not successful. It is similar to
    cutting the power on a server and could lead to complications. | <nobr>`droplet:update`</nobr> |
    | <nobr>`power_on`</nobr>                  | Powers on a Droplet. | <nobr>`droplet:update`</nobr> |
    | <nobr>`restore`</nobr>                   | Restore a Droplet using a backup image. The image ID
    that is passed in must be a backup of the current Droplet instance. The operation will leave any
    embedded SSH keys intact. | <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`password_reset`</nobr>            | Resets the root password for a Droplet. A new password
    will be provided via email. It must be changed after first use. |
    <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`resize`</nobr>                    | Resizes a Droplet. Set the `size` attribute to a size
    slug. If a permanent resize with disk changes included is desired, set the `disk` attribute to
    `true`. | <nobr>`droplet:update`</nobr><br><nobr>`droplet:create`</nobr> |
    | <nobr>`rebuild`</nobr>                   | Rebuilds a Droplet from a new base image. Set the
    `image` attribute to an image ID or slug. |
    <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`rename`</nobr>                    | Renames a Droplet. | <nobr>`droplet:update`</nobr> |
    | <nobr>`change_kernel`</nobr>             | Changes a Droplet's kernel. Only applies to Droplets
    with externally managed kernels. All Droplets created after March 2017 use internal kernels by
    default. | <nobr>`droplet:update`</nobr> |
    | <nobr>`enable_ipv6`</nobr>               | Enables IPv6 for a Droplet. Once enabled for a Droplet,
    IPv6 can not be disabled. When enabling IPv6 on an existing Droplet, [additional OS-level
    configuration](https://docs.digitalocean.com/products/networking/ipv6/how-to/enable/#on-existing-
    droplets) is required. | <nobr>`droplet:update`</nobr> |
    | <nobr>`snapshot`</nobr>                  | Takes a snapshot of a Droplet. |
    <nobr>`droplet:update`</nobr><br><nobr>`image:create`</nobr> |

    Args:
        droplet_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletActionsPostResponse201 | Error]
    """

    kwargs = _get_kwargs(
        droplet_id=droplet_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    droplet_id: int,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DropletActionsPostResponse201 | Error | None:
    """Initiate a Droplet Action

     To initiate an action on a Droplet send a POST request to
    `/v2/droplets/$DROPLET_ID/actions`. In the JSON body to the request,
    set the `type` attribute to one of the supported action types:

    | Action                                   | Details | Required Permissions |
    | ---------------------------------------- | ----------- | ----------- |
    | <nobr>`enable_backups`</nobr>            | Enables backups for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`disable_backups`</nobr>           | Disables backups for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`change_backup_policy`</nobr>      | Update the backup policy for a Droplet |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`reboot`</nobr>                    | Reboots a Droplet. A `reboot` action is an attempt to
    reboot the Droplet in a graceful way, similar to using the `reboot` command from the console. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`power_cycle`</nobr>               | Power cycles a Droplet. A `powercycle` action is
    similar to pushing the reset button on a physical machine, it's similar to booting from scratch. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`shutdown`</nobr>                  | Shuts down a Droplet. A shutdown action is an attempt
    to shutdown the Droplet in a graceful way, similar to using the `shutdown` command from the console.
    Since a `shutdown` command can fail, this action guarantees that the command is issued, not that it
    succeeds. The preferred way to turn off a Droplet is to attempt a shutdown, with a reasonable
    timeout, followed by a `power_off` action to ensure the Droplet is off. |
    <nobr>`droplet:update`</nobr> |
    | <nobr>`power_off`</nobr>                 | Powers off a Droplet. A `power_off` event is a hard
    shutdown and should only be used if the `shutdown` action is not successful. It is similar to
    cutting the power on a server and could lead to complications. | <nobr>`droplet:update`</nobr> |
    | <nobr>`power_on`</nobr>                  | Powers on a Droplet. | <nobr>`droplet:update`</nobr> |
    | <nobr>`restore`</nobr>                   | Restore a Droplet using a backup image. The image ID
    that is passed in must be a backup of the current Droplet instance. The operation will leave any
    embedded SSH keys intact. | <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`password_reset`</nobr>            | Resets the root password for a Droplet. A new password
    will be provided via email. It must be changed after first use. |
    <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`resize`</nobr>                    | Resizes a Droplet. Set the `size` attribute to a size
    slug. If a permanent resize with disk changes included is desired, set the `disk` attribute to
    `true`. | <nobr>`droplet:update`</nobr><br><nobr>`droplet:create`</nobr> |
    | <nobr>`rebuild`</nobr>                   | Rebuilds a Droplet from a new base image. Set the
    `image` attribute to an image ID or slug. |
    <nobr>`droplet:update`</nobr><br><nobr>`droplet:admin`</nobr> |
    | <nobr>`rename`</nobr>                    | Renames a Droplet. | <nobr>`droplet:update`</nobr> |
    | <nobr>`change_kernel`</nobr>             | Changes a Droplet's kernel. Only applies to Droplets
    with externally managed kernels. All Droplets created after March 2017 use internal kernels by
    default. | <nobr>`droplet:update`</nobr> |
    | <nobr>`enable_ipv6`</nobr>               | Enables IPv6 for a Droplet. Once enabled for a Droplet,
    IPv6 can not be disabled. When enabling IPv6 on an existing Droplet, [additional OS-level
    configuration](https://docs.digitalocean.com/products/networking/ipv6/how-to/enable/#on-existing-
    droplets) is required. | <nobr>`droplet:update`</nobr> |
    | <nobr>`snapshot`</nobr>                  | Takes a snapshot of a Droplet. |
    <nobr>`droplet:update`</nobr><br><nobr>`image:create`</nobr> |

    Args:
        droplet_id (int):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletActionsPostResponse201 | Error
    """

    return (
        await asyncio_detailed(
            droplet_id=droplet_id,
            client=client,
            body=body,
        )
    ).parsed
