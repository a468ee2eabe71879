from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.volume_actions_post_response_202 import VolumeActionsPostResponse202


def _get_kwargs(
    *,
    body: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/volumes/actions",
        "params": params,
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
) -> Error | VolumeActionsPostResponse202:
    from ...models.error import Error
    from ...models.volume_actions_post_response_202 import VolumeActionsPostResponse202

    if response.status_code == 202:
        response_202 = VolumeActionsPostResponse202.from_dict(response.json())

        return response_202

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
) -> Response[Error | VolumeActionsPostResponse202]:
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
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VolumeActionsPostResponse202]:
    """Initiate A Block Storage Action By Volume Name

     To initiate an action on a block storage volume by Name, send a POST request to
    `~/v2/volumes/actions`. The body should contain the appropriate
    attributes for the respective action.

    ## Attach a Block Storage Volume to a Droplet

    | Attribute   | Details                                                             |
    | ----------- | ------------------------------------------------------------------- |
    | type        | This must be `attach`                                               |
    | volume_name | The name of the block storage volume                                |
    | droplet_id  | Set to the Droplet's ID                                             |
    | region      | Set to the slug representing the region where the volume is located |

    Each volume may only be attached to a single Droplet. However, up to fifteen
    volumes may be attached to a Droplet at a time. Pre-formatted volumes will be
    automatically mounted to Ubuntu, Debian, Fedora, Fedora Atomic, and CentOS
    Droplets created on or after April 26, 2018 when attached. On older Droplets,
    [additional configuration](https://docs.digitalocean.com/products/volumes/how-to/mount/)
    is required.

    ## Remove a Block Storage Volume from a Droplet

    | Attribute   | Details                                                             |
    | ----------- | ------------------------------------------------------------------- |
    | type        | This must be `detach`                                               |
    | volume_name | The name of the block storage volume                                |
    | droplet_id  | Set to the Droplet's ID                                             |
    | region      | Set to the slug representing the region where the volume is located |

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeActionsPostResponse202]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VolumeActionsPostResponse202 | None:
    """Initiate A Block Storage Action By Volume Name

     To initiate an action on a block storage volume by Name, send a POST request to
    `~/v2/volumes/actions`. The body should contain the appropriate
    attributes for the respective action.

    ## Attach a Block Storage Volume to a Droplet

    | Attribute   | Details                                                             |
    | ----------- | ------------------------------------------------------------------- |
    | type        | This must be `attach`                                               |
    | volume_name | The name of the block storage volume                                |
    | droplet_id  | Set to the Droplet's ID                                             |
    | region      | Set to the slug representing the region where the volume is located |

    Each volume may only be attached to a single Droplet. However, up to fifteen
    volumes may be attached to a Droplet at a time. Pre-formatted volumes will be
    automatically mounted to Ubuntu, Debian, Fedora, Fedora Atomic, and CentOS
    Droplets created on or after April 26, 2018 when attached. On older Droplets,
    [additional configuration](https://docs.digitalocean.com/products/volumes/how-to/mount/)
    is required.

    ## Remove a Block Storage Volume from a Droplet

    | Attribute   | Details                                                             |
    | ----------- | ------------------------------------------------------------------- |
    | type        | This must be `detach`                                               |
    | volume_name | The name of the block storage volume                                |
    | droplet_id  | Set to the Droplet's ID                                             |
    | region      | Set to the slug representing the region where the volume is located |

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeActionsPostResponse202
    """

    return sync_detailed(
        client=client,
        body=body,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VolumeActionsPostResponse202]:
    """Initiate A Block Storage Action By Volume Name

     To initiate an action on a block storage volume by Name, send a POST request to
    `~/v2/volumes/actions`. The body should contain the appropriate
    attributes for the respective action.

    ## Attach a Block Storage Volume to a Droplet

    | Attribute   | Details                                                             |
    | ----------- | ------------------------------------------------------------------- |
    | type        | This must be `attach`                                               |
    | volume_name | The name of the block storage volume                                |
    | droplet_id  | Set to the Droplet's ID                                             |
    | region      | Set to the slug representing the region where the volume is located |

    Each volume may only be attached to a single Droplet. However, up to fifteen
    volumes may be attached to a Droplet at a time. Pre-formatted volumes will be
    automatically mounted to Ubuntu, Debian, Fedora, Fedora Atomic, and CentOS
    Droplets created on or after April 26, 2018 when attached. On older Droplets,
    [additional configuration](https://docs.digitalocean.com/products/volumes/how-to/mount/)
    is required.

    ## Remove a Block Storage Volume from a Droplet

    | Attribute   | Details                                                             |
    | ----------- | ------------------------------------------------------------------- |
    | type        | This must be `detach`                                               |
    | volume_name | The name of the block storage volume                                |
    | droplet_id  | Set to the Droplet's ID                                             |
    | region      | Set to the slug representing the region where the volume is located |

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeActionsPostResponse202]
    """

    kwargs = _get_kwargs(
        body=body,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VolumeActionsPostResponse202 | None:
    """Initiate A Block Storage Action By Volume Name

     To initiate an action on a block storage volume by Name, send a POST request to
    `~/v2/volumes/actions`. The body should contain the appropriate
    attributes for the respective action.

    ## Attach a Block Storage Volume to a Droplet

    | Attribute   | Details                                                             |
    | ----------- | ------------------------------------------------------------------- |
    | type        | This must be `attach`                                               |
    | volume_name | The name of the block storage volume                                |
    | droplet_id  | Set to the Droplet's ID                                             |
    | region      | Set to the slug representing the region where the volume is located |

    Each volume may only be attached to a single Droplet. However, up to fifteen
    volumes may be attached to a Droplet at a time. Pre-formatted volumes will be
    automatically mounted to Ubuntu, Debian, Fedora, Fedora Atomic, and CentOS
    Droplets created on or after April 26, 2018 when attached. On older Droplets,
    [additional configuration](https://docs.digitalocean.com/products/volumes/how-to/mount/)
    is required.

    ## Remove a Block Storage Volume from a Droplet

    | Attribute   | Details                                                             |
    | ----------- | ------------------------------------------------------------------- |
    | type        | This must be `detach`                                               |
    | volume_name | The name of the block storage volume                                |
    | droplet_id  | Set to the Droplet's ID                                             |
    | region      | Set to the slug representing the region where the volume is located |

    Args:
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeActionsPostResponse202
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            per_page=per_page,
            page=page,
        )
    ).parsed
