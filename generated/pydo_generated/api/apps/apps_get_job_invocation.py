from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.app_job_invocation import AppJobInvocation
    from ...models.error import Error


def _get_kwargs(
    app_id: str,
    job_invocation_id: str,
    *,
    job_name: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "job_name": job_name,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/apps/{app_id}/job-invocations/{job_invocation_id}".format(
            app_id=quote(str(app_id), safe=""),
            job_invocation_id=quote(str(job_invocation_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppJobInvocation | Error:
    from ...models.app_job_invocation import AppJobInvocation
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AppJobInvocation.from_dict(response.json())

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
) -> Response[AppJobInvocation | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    job_invocation_id: str,
    *,
    client: AuthenticatedClient,
    job_name: Any = UNSET,
) -> Response[AppJobInvocation | Error]:
    """Get Job Invocations

     Get a specific job invocation for an app.

    Args:
        app_id (str):
        job_invocation_id (str):
        job_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppJobInvocation | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        job_invocation_id=job_invocation_id,
        job_name=job_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    job_invocation_id: str,
    *,
    client: AuthenticatedClient,
    job_name: Any = UNSET,
) -> AppJobInvocation | Error | None:
    """Get Job Invocations

     Get a specific job invocation for an app.

    Args:
        app_id (str):
        job_invocation_id (str):
        job_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppJobInvocation | Error
    """

    return sync_detailed(
        app_id=app_id,
        job_invocation_id=job_invocation_id,
        client=client,
        job_name=job_name,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    job_invocation_id: str,
    *,
    client: AuthenticatedClient,
    job_name: Any = UNSET,
) -> Response[AppJobInvocation | Error]:
    """Get Job Invocations

     Get a specific job invocation for an app.

    Args:
        app_id (str):
        job_invocation_id (str):
        job_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppJobInvocation | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        job_invocation_id=job_invocation_id,
        job_name=job_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    job_invocation_id: str,
    *,
    client: AuthenticatedClient,
    job_name: Any = UNSET,
) -> AppJobInvocation | Error | None:
    """Get Job Invocations

     Get a specific job invocation for an app.

    Args:
        app_id (str):
        job_invocation_id (str):
        job_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppJobInvocation | Error
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            job_invocation_id=job_invocation_id,
            client=client,
            job_name=job_name,
        )
    ).parsed
