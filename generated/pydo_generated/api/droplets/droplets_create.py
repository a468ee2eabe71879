from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.multiple_droplet_request import MultipleDropletRequest
    from ...models.single_droplet_request import SingleDropletRequest


def _get_kwargs(
    *,
    body: MultipleDropletRequest | SingleDropletRequest | Unset = UNSET,
) -> dict[str, Any]:
    from ...models.single_droplet_request import SingleDropletRequest

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/droplets",
    }

    if isinstance(body, SingleDropletRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error:
    from ...models.error import Error

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
) -> Response[Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MultipleDropletRequest | SingleDropletRequest | Unset = UNSET,
) -> Response[Error]:
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
        body (MultipleDropletRequest | SingleDropletRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error]
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
    body: MultipleDropletRequest | SingleDropletRequest | Unset = UNSET,
) -> Error | None:
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
        body (MultipleDropletRequest | SingleDropletRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MultipleDropletRequest | SingleDropletRequest | Unset = UNSET,
) -> Response[Error]:
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
        body (MultipleDropletRequest | SingleDropletRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MultipleDropletRequest | SingleDropletRequest | Unset = UNSET,
) -> Error | None:
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
        body (MultipleDropletRequest | SingleDropletRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
