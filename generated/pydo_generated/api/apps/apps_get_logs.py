from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.apps_get_logs_response import AppsGetLogsResponse
    from ...models.error import Error


def _get_kwargs(
    app_id: str,
    deployment_id: str,
    component_name: str,
    *,
    follow: Any = UNSET,
    type_: Any = "UNSPECIFIED",
    pod_connection_timeout: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "follow": follow,
        "type": type_,
        "pod_connection_timeout": pod_connection_timeout,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/logs".format(
            app_id=quote(str(app_id), safe=""),
            deployment_id=quote(str(deployment_id), safe=""),
            component_name=quote(str(component_name), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppsGetLogsResponse | Error:
    from ...models.apps_get_logs_response import AppsGetLogsResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AppsGetLogsResponse.from_dict(response.json())

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
) -> Response[AppsGetLogsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    deployment_id: str,
    component_name: str,
    *,
    client: AuthenticatedClient,
    follow: Any = UNSET,
    type_: Any = "UNSPECIFIED",
    pod_connection_timeout: Any = UNSET,
) -> Response[AppsGetLogsResponse | Error]:
    """Retrieve Deployment Logs

     Retrieve the logs of a past, in-progress, or active deployment. The response will include links to
    either real-time logs of an in-progress or active deployment or archived logs of a past deployment.

    Args:
        app_id (str):
        deployment_id (str):
        component_name (str):
        follow (bool):
        type_ (str):  Default: 'UNSPECIFIED'.
        pod_connection_timeout (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsGetLogsResponse | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        deployment_id=deployment_id,
        component_name=component_name,
        follow=follow,
        type_=type_,
        pod_connection_timeout=pod_connection_timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    deployment_id: str,
    component_name: str,
    *,
    client: AuthenticatedClient,
    follow: Any = UNSET,
    type_: Any = "UNSPECIFIED",
    pod_connection_timeout: Any = UNSET,
) -> AppsGetLogsResponse | Error | None:
    """Retrieve Deployment Logs

     Retrieve the logs of a past, in-progress, or active deployment. The response will include links to
    either real-time logs of an in-progress or active deployment or archived logs of a past deployment.

    Args:
        app_id (str):
        deployment_id (str):
        component_name (str):
        follow (bool):
        type_ (str):  Default: 'UNSPECIFIED'.
        pod_connection_timeout (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsGetLogsResponse | Error
    """

    return sync_detailed(
        app_id=app_id,
        deployment_id=deployment_id,
        component_name=component_name,
        client=client,
        follow=follow,
        type_=type_,
        pod_connection_timeout=pod_connection_timeout,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    deployment_id: str,
    component_name: str,
    *,
    client: AuthenticatedClient,
    follow: Any = UNSET,
    type_: Any = "UNSPECIFIED",
    pod_connection_timeout: Any = UNSET,
) -> Response[AppsGetLogsResponse | Error]:
    """Retrieve Deployment Logs

     Retrieve the logs of a past, in-progress, or active deployment. The response will include links to
    either real-time logs of an in-progress or active deployment or archived logs of a past deployment.

    Args:
        app_id (str):
        deployment_id (str):
        component_name (str):
        follow (bool):
        type_ (str):  Default: 'UNSPECIFIED'.
        pod_connection_timeout (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsGetLogsResponse | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        deployment_id=deployment_id,
        component_name=component_name,
        follow=follow,
        type_=type_,
        pod_connection_timeout=pod_connection_timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    deployment_id: str,
    component_name: str,
    *,
    client: AuthenticatedClient,
    follow: Any = UNSET,
    type_: Any = "UNSPECIFIED",
    pod_connection_timeout: Any = UNSET,
) -> AppsGetLogsResponse | Error | None:
    """Retrieve Deployment Logs

     Retrieve the logs of a past, in-progress, or active deployment. The response will include links to
    either real-time logs of an in-progress or active deployment or archived logs of a past deployment.

    Args:
        app_id (str):
        deployment_id (str):
        component_name (str):
        follow (bool):
        type_ (str):  Default: 'UNSPECIFIED'.
        pod_connection_timeout (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsGetLogsResponse | Error
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            deployment_id=deployment_id,
            component_name=component_name,
            client=client,
            follow=follow,
            type_=type_,
            pod_connection_timeout=pod_connection_timeout,
        )
    ).parsed
