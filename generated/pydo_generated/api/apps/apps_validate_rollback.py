from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.apps_validate_rollback_response_200 import (
        AppsValidateRollbackResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    app_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/apps/{app_id}/rollback/validate".format(
            app_id=quote(str(app_id), safe=""),
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
) -> AppsValidateRollbackResponse200 | Error:
    from ...models.apps_validate_rollback_response_200 import (
        AppsValidateRollbackResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = AppsValidateRollbackResponse200.from_dict(response.json())

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
) -> Response[AppsValidateRollbackResponse200 | Error]:
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
    body: Any = UNSET,
) -> Response[AppsValidateRollbackResponse200 | Error]:
    """Validate App Rollback

     Check whether an app can be rolled back to a specific deployment. This endpoint can also be used
    to check if there are any warnings or validation conditions that will cause the rollback to proceed
    under unideal circumstances. For example, if a component must be rebuilt as part of the rollback
    causing it to take longer than usual.

    Args:
        app_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsValidateRollbackResponse200 | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> AppsValidateRollbackResponse200 | Error | None:
    """Validate App Rollback

     Check whether an app can be rolled back to a specific deployment. This endpoint can also be used
    to check if there are any warnings or validation conditions that will cause the rollback to proceed
    under unideal circumstances. For example, if a component must be rebuilt as part of the rollback
    causing it to take longer than usual.

    Args:
        app_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsValidateRollbackResponse200 | Error
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[AppsValidateRollbackResponse200 | Error]:
    """Validate App Rollback

     Check whether an app can be rolled back to a specific deployment. This endpoint can also be used
    to check if there are any warnings or validation conditions that will cause the rollback to proceed
    under unideal circumstances. For example, if a component must be rebuilt as part of the rollback
    causing it to take longer than usual.

    Args:
        app_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsValidateRollbackResponse200 | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> AppsValidateRollbackResponse200 | Error | None:
    """Validate App Rollback

     Check whether an app can be rolled back to a specific deployment. This endpoint can also be used
    to check if there are any warnings or validation conditions that will cause the rollback to proceed
    under unideal circumstances. For example, if a component must be rebuilt as part of the rollback
    causing it to take longer than usual.

    Args:
        app_id (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsValidateRollbackResponse200 | Error
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
