from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...models.genai_list_model_evaluation_runs_sort_by import (
    GenaiListModelEvaluationRunsSortBy,
)
from ...models.genai_list_model_evaluation_runs_sort_direction import (
    GenaiListModelEvaluationRunsSortDirection,
)
from ...models.genai_list_model_evaluation_runs_status import (
    GenaiListModelEvaluationRunsStatus,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_list_model_evaluation_runs_output import (
        ApiListModelEvaluationRunsOutput,
    )
    from ...models.error import Error
    from ...models.genai_list_model_evaluation_runs_candidate_types_item import (
        GenaiListModelEvaluationRunsCandidateTypesItem,
    )
    from ...models.genai_list_model_evaluation_runs_statuses_item import (
        GenaiListModelEvaluationRunsStatusesItem,
    )


def _get_kwargs(
    *,
    eval_preset_uuid: str | Unset = UNSET,
    status: GenaiListModelEvaluationRunsStatus
    | Unset = GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    statuses: list[GenaiListModelEvaluationRunsStatusesItem] | Unset = UNSET,
    candidate_types: list[GenaiListModelEvaluationRunsCandidateTypesItem]
    | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: GenaiListModelEvaluationRunsSortBy
    | Unset = GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED,
    sort_direction: GenaiListModelEvaluationRunsSortDirection
    | Unset = GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["eval_preset_uuid"] = eval_preset_uuid

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["per_page"] = per_page

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item = statuses_item_data.value
            json_statuses.append(statuses_item)

    params["statuses"] = json_statuses

    json_candidate_types: list[str] | Unset = UNSET
    if not isinstance(candidate_types, Unset):
        json_candidate_types = []
        for candidate_types_item_data in candidate_types:
            candidate_types_item = candidate_types_item_data.value
            json_candidate_types.append(candidate_types_item)

    params["candidate_types"] = json_candidate_types

    params["search"] = search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

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
    eval_preset_uuid: str | Unset = UNSET,
    status: GenaiListModelEvaluationRunsStatus
    | Unset = GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    statuses: list[GenaiListModelEvaluationRunsStatusesItem] | Unset = UNSET,
    candidate_types: list[GenaiListModelEvaluationRunsCandidateTypesItem]
    | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: GenaiListModelEvaluationRunsSortBy
    | Unset = GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED,
    sort_direction: GenaiListModelEvaluationRunsSortDirection
    | Unset = GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED,
) -> Response[ApiListModelEvaluationRunsOutput | Error]:
    """List Model Evaluation Runs

     To list model evaluation runs, send a GET request to `/v2/genai/model_evaluation_runs`.

    Args:
        eval_preset_uuid (str | Unset):
        status (GenaiListModelEvaluationRunsStatus | Unset):  Default:
            GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED.
        page (int | Unset):
        per_page (int | Unset):
        statuses (list[GenaiListModelEvaluationRunsStatusesItem] | Unset):
        candidate_types (list[GenaiListModelEvaluationRunsCandidateTypesItem] | Unset):
        search (str | Unset):
        sort_by (GenaiListModelEvaluationRunsSortBy | Unset):  Default:
            GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED.
        sort_direction (GenaiListModelEvaluationRunsSortDirection | Unset):  Default:
            GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED.

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
    eval_preset_uuid: str | Unset = UNSET,
    status: GenaiListModelEvaluationRunsStatus
    | Unset = GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    statuses: list[GenaiListModelEvaluationRunsStatusesItem] | Unset = UNSET,
    candidate_types: list[GenaiListModelEvaluationRunsCandidateTypesItem]
    | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: GenaiListModelEvaluationRunsSortBy
    | Unset = GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED,
    sort_direction: GenaiListModelEvaluationRunsSortDirection
    | Unset = GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED,
) -> ApiListModelEvaluationRunsOutput | Error | None:
    """List Model Evaluation Runs

     To list model evaluation runs, send a GET request to `/v2/genai/model_evaluation_runs`.

    Args:
        eval_preset_uuid (str | Unset):
        status (GenaiListModelEvaluationRunsStatus | Unset):  Default:
            GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED.
        page (int | Unset):
        per_page (int | Unset):
        statuses (list[GenaiListModelEvaluationRunsStatusesItem] | Unset):
        candidate_types (list[GenaiListModelEvaluationRunsCandidateTypesItem] | Unset):
        search (str | Unset):
        sort_by (GenaiListModelEvaluationRunsSortBy | Unset):  Default:
            GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED.
        sort_direction (GenaiListModelEvaluationRunsSortDirection | Unset):  Default:
            GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED.

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
    eval_preset_uuid: str | Unset = UNSET,
    status: GenaiListModelEvaluationRunsStatus
    | Unset = GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    statuses: list[GenaiListModelEvaluationRunsStatusesItem] | Unset = UNSET,
    candidate_types: list[GenaiListModelEvaluationRunsCandidateTypesItem]
    | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: GenaiListModelEvaluationRunsSortBy
    | Unset = GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED,
    sort_direction: GenaiListModelEvaluationRunsSortDirection
    | Unset = GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED,
) -> Response[ApiListModelEvaluationRunsOutput | Error]:
    """List Model Evaluation Runs

     To list model evaluation runs, send a GET request to `/v2/genai/model_evaluation_runs`.

    Args:
        eval_preset_uuid (str | Unset):
        status (GenaiListModelEvaluationRunsStatus | Unset):  Default:
            GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED.
        page (int | Unset):
        per_page (int | Unset):
        statuses (list[GenaiListModelEvaluationRunsStatusesItem] | Unset):
        candidate_types (list[GenaiListModelEvaluationRunsCandidateTypesItem] | Unset):
        search (str | Unset):
        sort_by (GenaiListModelEvaluationRunsSortBy | Unset):  Default:
            GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED.
        sort_direction (GenaiListModelEvaluationRunsSortDirection | Unset):  Default:
            GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED.

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
    eval_preset_uuid: str | Unset = UNSET,
    status: GenaiListModelEvaluationRunsStatus
    | Unset = GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    statuses: list[GenaiListModelEvaluationRunsStatusesItem] | Unset = UNSET,
    candidate_types: list[GenaiListModelEvaluationRunsCandidateTypesItem]
    | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: GenaiListModelEvaluationRunsSortBy
    | Unset = GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED,
    sort_direction: GenaiListModelEvaluationRunsSortDirection
    | Unset = GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED,
) -> ApiListModelEvaluationRunsOutput | Error | None:
    """List Model Evaluation Runs

     To list model evaluation runs, send a GET request to `/v2/genai/model_evaluation_runs`.

    Args:
        eval_preset_uuid (str | Unset):
        status (GenaiListModelEvaluationRunsStatus | Unset):  Default:
            GenaiListModelEvaluationRunsStatus.MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED.
        page (int | Unset):
        per_page (int | Unset):
        statuses (list[GenaiListModelEvaluationRunsStatusesItem] | Unset):
        candidate_types (list[GenaiListModelEvaluationRunsCandidateTypesItem] | Unset):
        search (str | Unset):
        sort_by (GenaiListModelEvaluationRunsSortBy | Unset):  Default:
            GenaiListModelEvaluationRunsSortBy.MODEL_EVALUATION_RUN_SORT_FIELD_UNSPECIFIED.
        sort_direction (GenaiListModelEvaluationRunsSortDirection | Unset):  Default:
            GenaiListModelEvaluationRunsSortDirection.SORT_DIRECTION_UNSPECIFIED.

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
