from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_get_model_evaluation_run_results_download_url_output import (
        ApiGetModelEvaluationRunResultsDownloadURLOutput,
    )
    from ...models.error import Error


def _get_kwargs(
    eval_run_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/results/download_url".format(
            eval_run_uuid=quote(str(eval_run_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiGetModelEvaluationRunResultsDownloadURLOutput | Error:
    from ...models.api_get_model_evaluation_run_results_download_url_output import (
        ApiGetModelEvaluationRunResultsDownloadURLOutput,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiGetModelEvaluationRunResultsDownloadURLOutput.from_dict(
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
) -> Response[ApiGetModelEvaluationRunResultsDownloadURLOutput | Error]:
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
) -> Response[ApiGetModelEvaluationRunResultsDownloadURLOutput | Error]:
    """Get Download URL for Model Evaluation Run Results

     To get a presigned download URL for model evaluation run results (gzip-compressed JSON), send a GET
    request to `/v2/genai/model_evaluation_runs/{eval_run_uuid}/results/download_url`.

    Args:
        eval_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetModelEvaluationRunResultsDownloadURLOutput | Error]
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
) -> ApiGetModelEvaluationRunResultsDownloadURLOutput | Error | None:
    """Get Download URL for Model Evaluation Run Results

     To get a presigned download URL for model evaluation run results (gzip-compressed JSON), send a GET
    request to `/v2/genai/model_evaluation_runs/{eval_run_uuid}/results/download_url`.

    Args:
        eval_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetModelEvaluationRunResultsDownloadURLOutput | Error
    """

    return sync_detailed(
        eval_run_uuid=eval_run_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    eval_run_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiGetModelEvaluationRunResultsDownloadURLOutput | Error]:
    """Get Download URL for Model Evaluation Run Results

     To get a presigned download URL for model evaluation run results (gzip-compressed JSON), send a GET
    request to `/v2/genai/model_evaluation_runs/{eval_run_uuid}/results/download_url`.

    Args:
        eval_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiGetModelEvaluationRunResultsDownloadURLOutput | Error]
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
) -> ApiGetModelEvaluationRunResultsDownloadURLOutput | Error | None:
    """Get Download URL for Model Evaluation Run Results

     To get a presigned download URL for model evaluation run results (gzip-compressed JSON), send a GET
    request to `/v2/genai/model_evaluation_runs/{eval_run_uuid}/results/download_url`.

    Args:
        eval_run_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiGetModelEvaluationRunResultsDownloadURLOutput | Error
    """

    return (
        await asyncio_detailed(
            eval_run_uuid=eval_run_uuid,
            client=client,
        )
    ).parsed
