from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_list_model_evaluation_runs_output import (
        ApiListModelEvaluationRunsOutput,
    )
    from ...models.error import Error


def _get_kwargs(
    *,
    eval_preset_uuid: Any = UNSET,
    status: Any = "MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED",
    page: Any = UNSET,
    per_page: Any = UNSET,
    statuses: Any = UNSET,
    candidate_types: Any = UNSET,
    search: Any = UNSET,
    sort_by: Any = "MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED",
    sort_direction: Any = "SORT_DIRECTION_UNSPECIFIED",
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "eval_preset_uuid": eval_preset_uuid,
        "status": status,
        "page": page,
        "per_page": per_page,
        "statuses": statuses,
        "candidate_types": candidate_types,
        "search": search,
        "sort_by": sort_by,
        "sort_direction": sort_direction,
    }
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/model_evaluation_runs",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiListModelEvaluationRunsOutput | Error:
    from ...models.api_list_model_evaluation_runs_output import (
        ApiListModelEvaluationRunsOutput,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiListModelEvaluationRunsOutput.from_dict(response.json())

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
) -> Response[ApiListModelEvaluationRunsOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    eval_preset_uuid: Any = UNSET,
    status: Any = "MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED",
    page: Any = UNSET,
    per_page: Any = UNSET,
    statuses: Any = UNSET,
    candidate_types: Any = UNSET,
    search: Any = UNSET,
    sort_by: Any = "MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED",
    sort_direction: Any = "SORT_DIRECTION_UNSPECIFIED",
) -> Response[ApiListModelEvaluationRunsOutput | Error]:
    """List Model Evaluation Runs

     To list model evaluation runs, send a GET request to `/v2/genai/model_evaluation_runs`.

    Args:
        eval_preset_uuid (str):
        status (str):  Default: 'MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED'.
        page (int):
        per_page (int):
        statuses (list[str]):
        candidate_types (list[str]):
        search (str):
        sort_by (str):  Default: 'MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED'.
        sort_direction (str):  Default: 'SORT_DIRECTION_UNSPECIFIED'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListModelEvaluationRunsOutput | Error]
    """

    kwargs = _get_kwargs(
        eval_preset_uuid=eval_preset_uuid,
        status=status,
        page=page,
        per_page=per_page,
        statuses=statuses,
        candidate_types=candidate_types,
        search=search,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    eval_preset_uuid: Any = UNSET,
    status: Any = "MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED",
    page: Any = UNSET,
    per_page: Any = UNSET,
    statuses: Any = UNSET,
    candidate_types: Any = UNSET,
    search: Any = UNSET,
    sort_by: Any = "MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED",
    sort_direction: Any = "SORT_DIRECTION_UNSPECIFIED",
) -> ApiListModelEvaluationRunsOutput | Error | None:
    """List Model Evaluation Runs

     To list model evaluation runs, send a GET request to `/v2/genai/model_evaluation_runs`.

    Args:
        eval_preset_uuid (str):
        status (str):  Default: 'MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED'.
        page (int):
        per_page (int):
        statuses (list[str]):
        candidate_types (list[str]):
        search (str):
        sort_by (str):  Default: 'MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED'.
        sort_direction (str):  Default: 'SORT_DIRECTION_UNSPECIFIED'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListModelEvaluationRunsOutput | Error
    """

    return sync_detailed(
        client=client,
        eval_preset_uuid=eval_preset_uuid,
        status=status,
        page=page,
        per_page=per_page,
        statuses=statuses,
        candidate_types=candidate_types,
        search=search,
        sort_by=sort_by,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    eval_preset_uuid: Any = UNSET,
    status: Any = "MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED",
    page: Any = UNSET,
    per_page: Any = UNSET,
    statuses: Any = UNSET,
    candidate_types: Any = UNSET,
    search: Any = UNSET,
    sort_by: Any = "MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED",
    sort_direction: Any = "SORT_DIRECTION_UNSPECIFIED",
) -> Response[ApiListModelEvaluationRunsOutput | Error]:
    """List Model Evaluation Runs

     To list model evaluation runs, send a GET request to `/v2/genai/model_evaluation_runs`.

    Args:
        eval_preset_uuid (str):
        status (str):  Default: 'MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED'.
        page (int):
        per_page (int):
        statuses (list[str]):
        candidate_types (list[str]):
        search (str):
        sort_by (str):  Default: 'MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED'.
        sort_direction (str):  Default: 'SORT_DIRECTION_UNSPECIFIED'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListModelEvaluationRunsOutput | Error]
    """

    kwargs = _get_kwargs(
        eval_preset_uuid=eval_preset_uuid,
        status=status,
        page=page,
        per_page=per_page,
        statuses=statuses,
        candidate_types=candidate_types,
        search=search,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    eval_preset_uuid: Any = UNSET,
    status: Any = "MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED",
    page: Any = UNSET,
    per_page: Any = UNSET,
    statuses: Any = UNSET,
    candidate_types: Any = UNSET,
    search: Any = UNSET,
    sort_by: Any = "MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED",
    sort_direction: Any = "SORT_DIRECTION_UNSPECIFIED",
) -> ApiListModelEvaluationRunsOutput | Error | None:
    """List Model Evaluation Runs

     To list model evaluation runs, send a GET request to `/v2/genai/model_evaluation_runs`.

    Args:
        eval_preset_uuid (str):
        status (str):  Default: 'MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED'.
        page (int):
        per_page (int):
        statuses (list[str]):
        candidate_types (list[str]):
        search (str):
        sort_by (str):  Default: 'MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED'.
        sort_direction (str):  Default: 'SORT_DIRECTION_UNSPECIFIED'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListModelEvaluationRunsOutput | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            eval_preset_uuid=eval_preset_uuid,
            status=status,
            page=page,
            per_page=per_page,
            statuses=statuses,
            candidate_types=candidate_types,
            search=search,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
