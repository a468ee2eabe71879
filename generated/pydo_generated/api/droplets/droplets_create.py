from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.droplets_create_multiple_droplet_response import (
        DropletsCreateMultipleDropletResponse,
    )
    from ...models.droplets_create_single_droplet_response import (
        DropletsCreateSingleDropletResponse,
    )
    from ...models.error import Error


def _get_kwargs(
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/droplets",
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
) -> (
    DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse | Error
):
    from ...models.droplets_create_multiple_droplet_response import (
        DropletsCreateMultipleDropletResponse,
    )
    from ...models.droplets_create_single_droplet_response import (
        DropletsCreateSingleDropletResponse,
    )
    from ...models.error import Error

    if response.status_code == 202:

        def _parse_response_202(
            data: object,
        ) -> (
            DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_202_single_droplet_response = (
                    DropletsCreateSingleDropletResponse.from_dict(data)
                )

                return response_202_single_droplet_response
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_202_multiple_droplet_response = (
                DropletsCreateMultipleDropletResponse.from_dict(data)
            )

            return response_202_multiple_droplet_response

        response_202 = _parse_response_202(response.json())

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
) -> Response[
    DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse | Error
]:
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
) -> Response[
    DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse | Error
]:
    """Create a New Droplet

     To create a new Droplet, send a POST request to `/v2/droplets` setting the
    required attributes.

    A Droplet will be created using the provided information. The response body
    will contain a JSON object with a key called `droplet`. The value will be an
    object containing the standard attributes for your new Droplet. The response
    code, 202 Accepted, does not indicate the success or failure of the operation,
    just that the request has been accepted for processing. The `actions` returned
    as part of the response's `links` object can be used to check the status
    of the Droplet create event.

    ### Create Multiple Droplets

    Creating multiple Droplets is very similar to creating a single Droplet.
    Instead of sending `name` as a string, send `names` as an array of strings. A
    Droplet will be created for each name you send using the associated
    information. Up to ten Droplets may be created this way at a time.

    Rather than returning a single Droplet, the response body will contain a JSON
    array with a key called `droplets`. This will be set to an array of JSON
    objects, each of which will contain the standard Droplet attributes. The
    response code, 202 Accepted, does not indicate the success or failure of any
    operation, just that the request has been accepted for processing. The array
    of `actions` returned as part of the response's `links` object can be used to
    check the status of each individual Droplet create event.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse | Error]
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
) -> (
    DropletsCreateMultipleDropletResponse
    | DropletsCreateSingleDropletResponse
    | Error
    | None
):
    """Create a New Droplet

     To create a new Droplet, send a POST request to `/v2/droplets` setting the
    required attributes.

    A Droplet will be created using the provided information. The response body
    will contain a JSON object with a key called `droplet`. The value will be an
    object containing the standard attributes for your new Droplet. The response
    code, 202 Accepted, does not indicate the success or failure of the operation,
    just that the request has been accepted for processing. The `actions` returned
    as part of the response's `links` object can be used to check the status
    of the Droplet create event.

    ### Create Multiple Droplets

    Creating multiple Droplets is very similar to creating a single Droplet.
    Instead of sending `name` as a string, send `names` as an array of strings. A
    Droplet will be created for each name you send using the associated
    information. Up to ten Droplets may be created this way at a time.

    Rather than returning a single Droplet, the response body will contain a JSON
    array with a key called `droplets`. This will be set to an array of JSON
    objects, each of which will contain the standard Droplet attributes. The
    response code, 202 Accepted, does not indicate the success or failure of any
    operation, just that the request has been accepted for processing. The array
    of `actions` returned as part of the response's `links` object can be used to
    check the status of each individual Droplet create event.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[
    DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse | Error
]:
    """Create a New Droplet

     To create a new Droplet, send a POST request to `/v2/droplets` setting the
    required attributes.

    A Droplet will be created using the provided information. The response body
    will contain a JSON object with a key called `droplet`. The value will be an
    object containing the standard attributes for your new Droplet. The response
    code, 202 Accepted, does not indicate the success or failure of the operation,
    just that the request has been accepted for processing. The `actions` returned
    as part of the response's `links` object can be used to check the status
    of the Droplet create event.

    ### Create Multiple Droplets

    Creating multiple Droplets is very similar to creating a single Droplet.
    Instead of sending `name` as a string, send `names` as an array of strings. A
    Droplet will be created for each name you send using the associated
    information. Up to ten Droplets may be created this way at a time.

    Rather than returning a single Droplet, the response body will contain a JSON
    array with a key called `droplets`. This will be set to an array of JSON
    objects, each of which will contain the standard Droplet attributes. The
    response code, 202 Accepted, does not indicate the success or failure of any
    operation, just that the request has been accepted for processing. The array
    of `actions` returned as part of the response's `links` object can be used to
    check the status of each individual Droplet create event.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse | Error]
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
) -> (
    DropletsCreateMultipleDropletResponse
    | DropletsCreateSingleDropletResponse
    | Error
    | None
):
    """Create a New Droplet

     To create a new Droplet, send a POST request to `/v2/droplets` setting the
    required attributes.

    A Droplet will be created using the provided information. The response body
    will contain a JSON object with a key called `droplet`. The value will be an
    object containing the standard attributes for your new Droplet. The response
    code, 202 Accepted, does not indicate the success or failure of the operation,
    just that the request has been accepted for processing. The `actions` returned
    as part of the response's `links` object can be used to check the status
    of the Droplet create event.

    ### Create Multiple Droplets

    Creating multiple Droplets is very similar to creating a single Droplet.
    Instead of sending `name` as a string, send `names` as an array of strings. A
    Droplet will be created for each name you send using the associated
    information. Up to ten Droplets may be created this way at a time.

    Rather than returning a single Droplet, the response body will contain a JSON
    array with a key called `droplets`. This will be set to an array of JSON
    objects, each of which will contain the standard Droplet attributes. The
    response code, 202 Accepted, does not indicate the success or failure of any
    operation, just that the request has been accepted for processing. The array
    of `actions` returned as part of the response's `links` object can be used to
    check the status of each individual Droplet create event.

    Args:
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropletsCreateMultipleDropletResponse | DropletsCreateSingleDropletResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
