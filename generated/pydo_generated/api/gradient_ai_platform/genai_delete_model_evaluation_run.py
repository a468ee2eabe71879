from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_delete_model_evaluation_run_output_public import (
        ApiDeleteModelEvaluationRunOutputPublic,
    )
    from ...models.error import Error


def _get_kwargs(
    eval_run_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}".format(
            eval_run_uuid=quote(str(eval_run_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiDeleteModelEvaluationRunOutputPublic | Error:
    from ...models.api_delete_model_evaluation_run_output_public import (
        ApiDeleteModelEvaluationRunOutputPublic,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiDeleteModelEvaluationRunOutputPublic.from_dict(
            response.json()
        )

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
) -> Response[ApiDeleteModelEvaluationRunOutputPublic | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    eval_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiDeleteModelEvaluationRunOutputPublic | Error]:
    """Delete Model Evaluation Run

     To delete a model evaluation run, send a DELETE request to `/v2/gen-
    ai/model_evaluation_runs/{eval_run_uuid}`. The run must be in a terminal status (`successful`,
    `partially_successful`, `failed`, or `cancelled`). For runs still in progress, either wait for the
    run to finish or cancel it, then retry the delete once the run reaches a terminal status.

    Args:
        eval_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeleteModelEvaluationRunOutputPublic | Error]
    """

    kwargs = _get_kwargs(
        eval_run_uuid=eval_run_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiDeleteModelEvaluationRunOutputPublic | Error | None:
    """Delete Model Evaluation Run

     To delete a model evaluation run, send a DELETE request to `/v2/gen-
    ai/model_evaluation_runs/{eval_run_uuid}`. The run must be in a terminal status (`successful`,
    `partially_successful`, `failed`, or `cancelled`). For runs still in progress, either wait for the
    run to finish or cancel it, then retry the delete once the run reaches a terminal status.

    Args:
        eval_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeleteModelEvaluationRunOutputPublic | Error
    """

    return sync_detailed(
        eval_run_uuid=eval_run_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    eval_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiDeleteModelEvaluationRunOutputPublic | Error]:
    """Delete Model Evaluation Run

     To delete a model evaluation run, send a DELETE request to `/v2/gen-
    ai/model_evaluation_runs/{eval_run_uuid}`. The run must be in a terminal status (`successful`,
    `partially_successful`, `failed`, or `cancelled`). For runs still in progress, either wait for the
    run to finish or cancel it, then retry the delete once the run reaches a terminal status.

    Args:
        eval_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeleteModelEvaluationRunOutputPublic | Error]
    """

    kwargs = _get_kwargs(
        eval_run_uuid=eval_run_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiDeleteModelEvaluationRunOutputPublic | Error | None:
    """Delete Model Evaluation Run

     To delete a model evaluation run, send a DELETE request to `/v2/gen-
    ai/model_evaluation_runs/{eval_run_uuid}`. The run must be in a terminal status (`successful`,
    `partially_successful`, `failed`, or `cancelled`). For runs still in progress, either wait for the
    run to finish or cancel it, then retry the delete once the run reaches a terminal status.

    Args:
        eval_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeleteModelEvaluationRunOutputPublic | Error
    """

    return (
        await asyncio_detailed(
            eval_run_uuid=eval_run_uuid,
            client=client,
        )
    ).parsed
