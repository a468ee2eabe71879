from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.projects_list_resources_response_200 import (
        ProjectsListResourcesResponse200,
    )


def _get_kwargs(
    project_id: str,
    *,
    per_page: Any = 20,
    page: Any = 1,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "per_page": per_page,
        "page": page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/projects/{project_id}/resources".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProjectsListResourcesResponse200:
    from ...models.error import Error
    from ...models.projects_list_resources_response_200 import (
        ProjectsListResourcesResponse200,
    )

    if response.status_code == 200:
        response_200 = ProjectsListResourcesResponse200.from_dict(response.json())

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
) -> Response[Error | ProjectsListResourcesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | ProjectsListResourcesResponse200]:
    """List Project Resources

     To list all your resources in a project, send a GET request to `/v2/projects/$PROJECT_ID/resources`.

    This endpoint will only return resources that you are authorized to see. For example, to see
    Droplets in a project, include the `droplet:read` scope.

    Args:
        project_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectsListResourcesResponse200]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | ProjectsListResourcesResponse200 | None:
    """List Project Resources

     To list all your resources in a project, send a GET request to `/v2/projects/$PROJECT_ID/resources`.

    This endpoint will only return resources that you are authorized to see. For example, to see
    Droplets in a project, include the `droplet:read` scope.

    Args:
        project_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectsListResourcesResponse200
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Response[Error | ProjectsListResourcesResponse200]:
    """List Project Resources

     To list all your resources in a project, send a GET request to `/v2/projects/$PROJECT_ID/resources`.

    This endpoint will only return resources that you are authorized to see. For example, to see
    Droplets in a project, include the `droplet:read` scope.

    Args:
        project_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectsListResourcesResponse200]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    per_page: Any = 20,
    page: Any = 1,
) -> Error | ProjectsListResourcesResponse200 | None:
    """List Project Resources

     To list all your resources in a project, send a GET request to `/v2/projects/$PROJECT_ID/resources`.

    This endpoint will only return resources that you are authorized to see. For example, to see
    Droplets in a project, include the `droplet:read` scope.

    Args:
        project_id (str):
        per_page (int):  Default: 20.
        page (int):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectsListResourcesResponse200
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
