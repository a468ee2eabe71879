from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.volume_actions_post_by_id_response_202 import (
        VolumeActionsPostByIdResponse202,
    )


def _get_kwargs(
    volume_id: str,
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
        "url": "/v2/volumes/{volume_id}/actions".format(
            volume_id=quote(str(volume_id), safe=""),
        ),
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
) -> Error | VolumeActionsPostByIdResponse202:
    from ...models.error import Error
    from ...models.volume_actions_post_by_id_response_202 import (
        VolumeActionsPostByIdResponse202,
    )

    if response.status_code == 202:
        response_202 = VolumeActionsPostByIdResponse202.from_dict(response.json())

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
) -> Response[Error | VolumeActionsPostByIdResponse202]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VolumeActionsPostByIdResponse202]:
    """Initiate A Block Storage Action By Volume Id

     To initiate an action on a block storage volume by Id, send a POST request to
    `~/v2/volumes/$VOLUME_ID/actions`. The body should contain the appropriate
    attributes for the respective action.

    ## Attach a Block Storage Volume to a Droplet

    | Attribute  | Details                                                             |
    | ---------- | ------------------------------------------------------------------- |
    | type       | This must be `attach`                                               |
    | droplet_id | Set to the Droplet's ID                                             |
    | region     | Set to the slug representing the region where the volume is located |

    Each volume may only be attached to a single Droplet. However, up to fifteen
    volumes may be attached to a Droplet at a time. Pre-formatted volumes will be
    automatically mounted to Ubuntu, Debian, Fedora, Fedora Atomic, and CentOS
    Droplets created on or after April 26, 2018 when attached. On older Droplets,
    [additional configuration](https://docs.digitalocean.com/products/volumes/how-to/mount/)
    is required.

    ## Remove a Block Storage Volume from a Droplet

    | Attribute  | Details                                                             |
    | ---------- | ------------------------------------------------------------------- |
    | type       | This must be `detach`                                               |
    | droplet_id | Set to the Droplet's ID                                             |
    | region     | Set to the slug representing the region where the volume is located |

    ## Resize a Volume

    | Attribute      | Details                                                             |
    | -------------- | ------------------------------------------------------------------- |
    | type           | This must be `resize`                                               |
    | size_gigabytes | The new size of the block storage volume in GiB (1024^3)            |
    | region         | Set to the slug representing the region where the volume is located |

    Volumes may only be resized upwards. The maximum size for a volume is 16TiB.

    Args:
        volume_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeActionsPostByIdResponse202]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
        body=body,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    volume_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VolumeActionsPostByIdResponse202 | None:
    """Initiate A Block Storage Action By Volume Id

     To initiate an action on a block storage volume by Id, send a POST request to
    `~/v2/volumes/$VOLUME_ID/actions`. The body should contain the appropriate
    attributes for the respective action.

    ## Attach a Block Storage Volume to a Droplet

    | Attribute  | Details                                                             |
    | ---------- | ------------------------------------------------------------------- |
    | type       | This must be `attach`                                               |
    | droplet_id | Set to the Droplet's ID                                             |
    | region     | Set to the slug representing the region where the volume is located |

    Each volume may only be attached to a single Droplet. However, up to fifteen
    volumes may be attached to a Droplet at a time. Pre-formatted volumes will be
    automatically mounted to Ubuntu, Debian, Fedora, Fedora Atomic, and CentOS
    Droplets created on or after April 26, 2018 when attached. On older Droplets,
    [additional configuration](https://docs.digitalocean.com/products/volumes/how-to/mount/)
    is required.

    ## Remove a Block Storage Volume from a Droplet

    | Attribute  | Details                                                             |
    | ---------- | ------------------------------------------------------------------- |
    | type       | This must be `detach`                                               |
    | droplet_id | Set to the Droplet's ID                                             |
    | region     | Set to the slug representing the region where the volume is located |

    ## Resize a Volume

    | Attribute      | Details                                                             |
    | -------------- | ------------------------------------------------------------------- |
    | type           | This must be `resize`                                               |
    | size_gigabytes | The new size of the block storage volume in GiB (1024^3)            |
    | region         | Set to the slug representing the region where the volume is located |

    Volumes may only be resized upwards. The maximum size for a volume is 16TiB.

    Args:
        volume_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeActionsPostByIdResponse202
    """

    return sync_detailed(
        volume_id=volume_id,
        client=client,
        body=body,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | VolumeActionsPostByIdResponse202]:
    """Initiate A Block Storage Action By Volume Id

     To initiate an action on a block storage volume by Id, send a POST request to
    `~/v2/volumes/$VOLUME_ID/actions`. The body should contain the appropriate
    attributes for the respective action.

    ## Attach a Block Storage Volume to a Droplet

    | Attribute  | Details                                                             |
    | ---------- | ------------------------------------------------------------------- |
    | type       | This must be `attach`                                               |
    | droplet_id | Set to the Droplet's ID                                             |
    | region     | Set to the slug representing the region where the volume is located |

    Each volume may only be attached to a single Droplet. However, up to fifteen
    volumes may be attached to a Droplet at a time. Pre-formatted volumes will be
    automatically mounted to Ubuntu, Debian, Fedora, Fedora Atomic, and CentOS
    Droplets created on or after April 26, 2018 when attached. On older Droplets,
    [additional configuration](https://docs.digitalocean.com/products/volumes/how-to/mount/)
    is required.

    ## Remove a Block Storage Volume from a Droplet

    | Attribute  | Details                                                             |
    | ---------- | ------------------------------------------------------------------- |
    | type       | This must be `detach`                                               |
    | droplet_id | Set to the Droplet's ID                                             |
    | region     | Set to the slug representing the region where the volume is located |

    ## Resize a Volume

    | Attribute      | Details                                                             |
    | -------------- | ------------------------------------------------------------------- |
    | type           | This must be `resize`                                               |
    | size_gigabytes | The new size of the block storage volume in GiB (1024^3)            |
    | region         | Set to the slug representing the region where the volume is located |

    Volumes may only be resized upwards. The maximum size for a volume is 16TiB.

    Args:
        volume_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeActionsPostByIdResponse202]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
        body=body,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | VolumeActionsPostByIdResponse202 | None:
    """Initiate A Block Storage Action By Volume Id

     To initiate an action on a block storage volume by Id, send a POST request to
    `~/v2/volumes/$VOLUME_ID/actions`. The body should contain the appropriate
    attributes for the respective action.

    ## Attach a Block Storage Volume to a Droplet

    | Attribute  | Details                                                             |
    | ---------- | ------------------------------------------------------------------- |
    | type       | This must be `attach`                                               |
    | droplet_id | Set to the Droplet's ID                                             |
    | region     | Set to the slug representing the region where the volume is located |

    Each volume may only be attached to a single Droplet. However, up to fifteen
    volumes may be attached to a Droplet at a time. Pre-formatted volumes will be
    automatically mounted to Ubuntu, Debian, Fedora, Fedora Atomic, and CentOS
    Droplets created on or after April 26, 2018 when attached. On older Droplets,
    [additional configuration](https://docs.digitalocean.com/products/volumes/how-to/mount/)
    is required.

    ## Remove a Block Storage Volume from a Droplet

    | Attribute  | Details                                                             |
    | ---------- | ------------------------------------------------------------------- |
    | type       | This must be `detach`                                               |
    | droplet_id | Set to the Droplet's ID                                             |
    | region     | Set to the slug representing the region where the volume is located |

    ## Resize a Volume

    | Attribute      | Details                                                             |
    | -------------- | ------------------------------------------------------------------- |
    | type           | This must be `resize`                                               |
    | size_gigabytes | The new size of the block storage volume in GiB (1024^3)            |
    | region         | Set to the slug representing the region where the volume is located |

    Volumes may only be resized upwards. The maximum size for a volume is 16TiB.

    Args:
        volume_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeActionsPostByIdResponse202
    """

    return (
        await asyncio_detailed(
            volume_id=volume_id,
            client=client,
            body=body,
            per_page=per_page,
            page=page,
        )
    ).parsed
