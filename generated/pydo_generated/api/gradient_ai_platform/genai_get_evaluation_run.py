from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_get_evaluation_run_output import ApiGetEvaluationRunOutput
    from ...models.error import Error


def _get_kwargs(
    evaluation_run_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/evaluation_runs/{evaluation_run_uuid}".format(
            evaluation_run_uuid=quote(str(evaluation_run_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiGetEvaluationRunOutput | Error:
    from ...models.api_get_evaluation_run_output import ApiGetEvaluationRunOutput
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiGetEvaluationRunOutput.from_dict(response.json())

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
) -> Response[ApiGetEvaluationRunOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluation_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiGetEvaluationRunOutput | Error]:
    """Retrieve Information About an Existing Evaluation Run

     To retrive information about an existing evaluation run, send a GET request to `/v2/gen-
    ai/evaluation_runs/{evaluation_run_uuid}`.

    Args:
        evaluation_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetEvaluationRunOutput | Error]
    """

    kwargs = _get_kwargs(
        evaluation_run_uuid=evaluation_run_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluation_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiGetEvaluationRunOutput | Error | None:
    """Retrieve Information About an Existing Evaluation Run

     To retrive information about an existing evaluation run, send a GET request to `/v2/gen-
    ai/evaluation_runs/{evaluation_run_uuid}`.

    Args:
        evaluation_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetEvaluationRunOutput | Error
    """

    return sync_detailed(
        evaluation_run_uuid=evaluation_run_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    evaluation_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiGetEvaluationRunOutput | Error]:
    """Retrieve Information About an Existing Evaluation Run

     To retrive information about an existing evaluation run, send a GET request to `/v2/gen-
    ai/evaluation_runs/{evaluation_run_uuid}`.

    Args:
        evaluation_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetEvaluationRunOutput | Error]
    """

    kwargs = _get_kwargs(
        evaluation_run_uuid=evaluation_run_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiGetEvaluationRunOutput | Error | None:
    """Retrieve Information About an Existing Evaluation Run

     To retrive information about an existing evaluation run, send a GET request to `/v2/gen-
    ai/evaluation_runs/{evaluation_run_uuid}`.

    Args:
        evaluation_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetEvaluationRunOutput | Error
    """

    return (
        await asyncio_detailed(
            evaluation_run_uuid=evaluation_run_uuid,
            client=client,
        )
    ).parsed
