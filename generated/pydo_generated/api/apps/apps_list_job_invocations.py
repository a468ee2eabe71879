from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.app_job_invocations import AppJobInvocations
    from ...models.error import Error


def _get_kwargs(
    app_id: str,
    *,
    job_names: Any = UNSET,
    deployment_id: Any = UNSET,
    page: Any = 1,
    per_page: Any = 20,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "job_names": job_names,
        "deployment_id": deployment_id,
        "page": page,
        "per_page": per_page,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/apps/{app_id}/job-invocations".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppJobInvocations | Error:
    from ...models.app_job_invocations import AppJobInvocations
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AppJobInvocations.from_dict(response.json())

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
) -> Response[AppJobInvocations | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    job_names: Any = UNSET,
    deployment_id: Any = UNSET,
    page: Any = 1,
    per_page: Any = 20,
) -> Response[AppJobInvocations | Error]:
    """List Job Invocations

     List all job invocations for an app.

    Args:
        app_id (str):
        job_names (list[str]):
        deployment_id (str):
        page (int):  Default: 1.
        per_page (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppJobInvocations | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        job_names=job_names,
        deployment_id=deployment_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    job_names: Any = UNSET,
    deployment_id: Any = UNSET,
    page: Any = 1,
    per_page: Any = 20,
) -> AppJobInvocations | Error | None:
    """List Job Invocations

     List all job invocations for an app.

    Args:
        app_id (str):
        job_names (list[str]):
        deployment_id (str):
        page (int):  Default: 1.
        per_page (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppJobInvocations | Error
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        job_names=job_names,
        deployment_id=deployment_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    job_names: Any = UNSET,
    deployment_id: Any = UNSET,
    page: Any = 1,
    per_page: Any = 20,
) -> Response[AppJobInvocations | Error]:
    """List Job Invocations

     List all job invocations for an app.

    Args:
        app_id (str):
        job_names (list[str]):
        deployment_id (str):
        page (int):  Default: 1.
        per_page (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppJobInvocations | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        job_names=job_names,
        deployment_id=deployment_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    job_names: Any = UNSET,
    deployment_id: Any = UNSET,
    page: Any = 1,
    per_page: Any = 20,
) -> AppJobInvocations | Error | None:
    """List Job Invocations

     List all job invocations for an app.

    Args:
        app_id (str):
        job_names (list[str]):
        deployment_id (str):
        page (int):  Default: 1.
        per_page (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppJobInvocations | Error
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            job_names=job_names,
            deployment_id=deployment_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
