from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    droplet_id: int,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/droplets/{droplet_id}/destroy_with_associated_resources/selective".format(
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
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 202:
        response_202 = cast(Any, None)
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
) -> Response[Any | Error]:
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
) -> Response[Any | Error]:
    """Selectively Destroy a Droplet and its Associated Resources

     To destroy a Droplet along with a sub-set of its associated resources, send a
    DELETE request to the `/v2/droplets/$DROPLET_ID/destroy_with_associated_resources/selective`
    endpoint. The JSON body of the request should include `reserved_ips`, `snapshots`, `volumes`,
    or `volume_snapshots` keys each set to an array of IDs for the associated
    resources to be destroyed. The IDs can be found by querying the Droplet's
    associated resources. Any associated resource not included in the request
    will remain and continue to accrue changes on your account.

    A successful response will include a 202 response code and no content. Use
    the status endpoint to check on the success or failure of the destruction of
    the individual resources.

    Args:
        droplet_id (int):
        body (dict[str, Any]): An object containing information about a resource to be scheduled
            for deletion.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
) -> Any | Error | None:
    """Selectively Destroy a Droplet and its Associated Resources

     To destroy a Droplet along with a sub-set of its associated resources, send a
    DELETE request to the `/v2/droplets/$DROPLET_ID/destroy_with_associated_resources/selective`
    endpoint. The JSON body of the request should include `reserved_ips`, `snapshots`, `volumes`,
    or `volume_snapshots` keys each set to an array of IDs for the associated
    resources to be destroyed. The IDs can be found by querying the Droplet's
    associated resources. Any associated resource not included in the request
    will remain and continue to accrue changes on your account.

    A successful response will include a 202 response code and no content. Use
    the status endpoint to check on the success or failure of the destruction of
    the individual resources.

    Args:
        droplet_id (int):
        body (dict[str, Any]): An object containing information about a resource to be scheduled
            for deletion.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
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
) -> Response[Any | Error]:
    """Selectively Destroy a Droplet and its Associated Resources

     To destroy a Droplet along with a sub-set of its associated resources, send a
    DELETE request to the `/v2/droplets/$DROPLET_ID/destroy_with_associated_resources/selective`
    endpoint. The JSON body of the request should include `reserved_ips`, `snapshots`, `volumes`,
    or `volume_snapshots` keys each set to an array of IDs for the associated
    resources to be destroyed. The IDs can be found by querying the Droplet's
    associated resources. Any associated resource not included in the request
    will remain and continue to accrue changes on your account.

    A successful response will include a 202 response code and no content. Use
    the status endpoint to check on the success or failure of the destruction of
    the individual resources.

    Args:
        droplet_id (int):
        body (dict[str, Any]): An object containing information about a resource to be scheduled
            for deletion.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
) -> Any | Error | None:
    """Selectively Destroy a Droplet and its Associated Resources

     To destroy a Droplet along with a sub-set of its associated resources, send a
    DELETE request to the `/v2/droplets/$DROPLET_ID/destroy_with_associated_resources/selective`
    endpoint. The JSON body of the request should include `reserved_ips`, `snapshots`, `volumes`,
    or `volume_snapshots` keys each set to an array of IDs for the associated
    resources to be destroyed. The IDs can be found by querying the Droplet's
    associated resources. Any associated resource not included in the request
    will remain and continue to accrue changes on your account.

    A successful response will include a 202 response code and no content. Use
    the status endpoint to check on the success or failure of the destruction of
    the individual resources.

    Args:
        droplet_id (int):
        body (dict[str, Any]): An object containing information about a resource to be scheduled
            for deletion.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            droplet_id=droplet_id,
            client=client,
            body=body,
        )
    ).parsed
