from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_list_evaluation_runs_by_test_case_output import (
        ApiListEvaluationRunsByTestCaseOutput,
    )
    from ...models.error import Error


def _get_kwargs(
    evaluation_test_case_uuid: str,
    *,
    evaluation_test_case_version: Any = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "evaluation_test_case_version": evaluation_test_case_version,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs".format(
            evaluation_test_case_uuid=quote(str(evaluation_test_case_uuid), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiListEvaluationRunsByTestCaseOutput | Error:
    from ...models.api_list_evaluation_runs_by_test_case_output import (
        ApiListEvaluationRunsByTestCaseOutput,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiListEvaluationRunsByTestCaseOutput.from_dict(response.json())

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
) -> Response[ApiListEvaluationRunsByTestCaseOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluation_test_case_uuid: str,
    *,
    client: AuthenticatedClient,
    evaluation_test_case_version: Any = UNSET,
) -> Response[ApiListEvaluationRunsByTestCaseOutput | Error]:
    """List Evaluation Runs by Test Case

     To list all evaluation runs by test case, send a GET request to `/v2/gen-
    ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs`.

    Args:
        evaluation_test_case_uuid (str):
        evaluation_test_case_version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListEvaluationRunsByTestCaseOutput | Error]
    """

    kwargs = _get_kwargs(
        evaluation_test_case_uuid=evaluation_test_case_uuid,
        evaluation_test_case_version=evaluation_test_case_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluation_test_case_uuid: str,
    *,
    client: AuthenticatedClient,
    evaluation_test_case_version: Any = UNSET,
) -> ApiListEvaluationRunsByTestCaseOutput | Error | None:
    """List Evaluation Runs by Test Case

     To list all evaluation runs by test case, send a GET request to `/v2/gen-
    ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs`.

    Args:
        evaluation_test_case_uuid (str):
        evaluation_test_case_version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListEvaluationRunsByTestCaseOutput | Error
    """

    return sync_detailed(
        evaluation_test_case_uuid=evaluation_test_case_uuid,
        client=client,
        evaluation_test_case_version=evaluation_test_case_version,
    ).parsed


async def asyncio_detailed(
    evaluation_test_case_uuid: str,
    *,
    client: AuthenticatedClient,
    evaluation_test_case_version: Any = UNSET,
) -> Response[ApiListEvaluationRunsByTestCaseOutput | Error]:
    """List Evaluation Runs by Test Case

     To list all evaluation runs by test case, send a GET request to `/v2/gen-
    ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs`.

    Args:
        evaluation_test_case_uuid (str):
        evaluation_test_case_version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListEvaluationRunsByTestCaseOutput | Error]
    """

    kwargs = _get_kwargs(
        evaluation_test_case_uuid=evaluation_test_case_uuid,
        evaluation_test_case_version=evaluation_test_case_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_test_case_uuid: str,
    *,
    client: AuthenticatedClient,
    evaluation_test_case_version: Any = UNSET,
) -> ApiListEvaluationRunsByTestCaseOutput | Error | None:
    """List Evaluation Runs by Test Case

     To list all evaluation runs by test case, send a GET request to `/v2/gen-
    ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs`.

    Args:
        evaluation_test_case_uuid (str):
        evaluation_test_case_version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListEvaluationRunsByTestCaseOutput | Error
    """

    return (
        await asyncio_detailed(
            evaluation_test_case_uuid=evaluation_test_case_uuid,
            client=client,
            evaluation_test_case_version=evaluation_test_case_version,
        )
    ).parsed
