from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.apps_get_exec_response import AppsGetExecResponse
    from ...models.error import Error


def _get_kwargs(
    app_id: str,
    component_name: str,
    *,
    instance_name: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "instance_name": instance_name,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/apps/{app_id}/components/{component_name}/exec".format(
            app_id=quote(str(app_id), safe=""),
            component_name=quote(str(component_name), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppsGetExecResponse | Error:
    from ...models.apps_get_exec_response import AppsGetExecResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AppsGetExecResponse.from_dict(response.json())

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
) -> Response[AppsGetExecResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    component_name: str,
    *,
    client: AuthenticatedClient,
    instance_name: Any = UNSET,
) -> Response[AppsGetExecResponse | Error]:
    """Retrieve Exec URL

     Returns a websocket URL that allows sending/receiving console input and output to a component of the
    active deployment if one exists.

    Args:
        app_id (str):
        component_name (str):
        instance_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsGetExecResponse | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        component_name=component_name,
        instance_name=instance_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    component_name: str,
    *,
    client: AuthenticatedClient,
    instance_name: Any = UNSET,
) -> AppsGetExecResponse | Error | None:
    """Retrieve Exec URL

     Returns a websocket URL that allows sending/receiving console input and output to a component of the
    active deployment if one exists.

    Args:
        app_id (str):
        component_name (str):
        instance_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsGetExecResponse | Error
    """

    return sync_detailed(
        app_id=app_id,
        component_name=component_name,
        client=client,
        instance_name=instance_name,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    component_name: str,
    *,
    client: AuthenticatedClient,
    instance_name: Any = UNSET,
) -> Response[AppsGetExecResponse | Error]:
    """Retrieve Exec URL

     Returns a websocket URL that allows sending/receiving console input and output to a component of the
    active deployment if one exists.

    Args:
        app_id (str):
        component_name (str):
        instance_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsGetExecResponse | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        component_name=component_name,
        instance_name=instance_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    component_name: str,
    *,
    client: AuthenticatedClient,
    instance_name: Any = UNSET,
) -> AppsGetExecResponse | Error | None:
    """Retrieve Exec URL

     Returns a websocket URL that allows sending/receiving console input and output to a component of the
    active deployment if one exists.

    Args:
        app_id (str):
        component_name (str):
        instance_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsGetExecResponse | Error
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            component_name=component_name,
            client=client,
            instance_name=instance_name,
        )
    ).parsed
