from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.apps_response import AppsResponse
    from ...models.error import Error


def _get_kwargs(
    *,
    page: Any = 1,
    per_page: Any = 20,
    with_projects: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "page": page,
        "per_page": per_page,
        "with_projects": with_projects,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/apps",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppsResponse | Error:
    from ...models.apps_response import AppsResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AppsResponse.from_dict(response.json())

        return response_200

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
) -> Response[AppsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: Any = 1,
    per_page: Any = 20,
    with_projects: Any = UNSET,
) -> Response[AppsResponse | Error]:
    """List All Apps

     List all apps on your account. Information about the current active deployment as well as any in
    progress ones will also be included for each app.

    Args:
        page (int):  Default: 1.
        per_page (int):  Default: 20.
        with_projects (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsResponse | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        with_projects=with_projects,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: Any = 1,
    per_page: Any = 20,
    with_projects: Any = UNSET,
) -> AppsResponse | Error | None:
    """List All Apps

     List all apps on your account. Information about the current active deployment as well as any in
    progress ones will also be included for each app.

    Args:
        page (int):  Default: 1.
        per_page (int):  Default: 20.
        with_projects (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsResponse | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        with_projects=with_projects,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: Any = 1,
    per_page: Any = 20,
    with_projects: Any = UNSET,
) -> Response[AppsResponse | Error]:
    """List All Apps

     List all apps on your account. Information about the current active deployment as well as any in
    progress ones will also be included for each app.

    Args:
        page (int):  Default: 1.
        per_page (int):  Default: 20.
        with_projects (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsResponse | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        with_projects=with_projects,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: Any = 1,
    per_page: Any = 20,
    with_projects: Any = UNSET,
) -> AppsResponse | Error | None:
    """List All Apps

     List all apps on your account. Information about the current active deployment as well as any in
    progress ones will also be included for each app.

    Args:
        page (int):  Default: 1.
        per_page (int):  Default: 20.
        with_projects (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            with_projects=with_projects,
        )
    ).parsed
