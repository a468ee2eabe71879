from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_delete_evaluation_dataset_output import (
        ApiDeleteEvaluationDatasetOutput,
    )
    from ...models.error import Error


def _get_kwargs(
    dataset_uuid: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/gen-ai/evaluation_datasets/{dataset_uuid}".format(
            dataset_uuid=quote(str(dataset_uuid), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiDeleteEvaluationDatasetOutput | Error:
    from ...models.api_delete_evaluation_dataset_output import (
        ApiDeleteEvaluationDatasetOutput,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = ApiDeleteEvaluationDatasetOutput.from_dict(response.json())

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
) -> Response[ApiDeleteEvaluationDatasetOutput | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiDeleteEvaluationDatasetOutput | Error]:
    """Delete Evaluation Dataset

     To delete an evaluation dataset, send a DELETE request to
    `/v2/genai/evaluation_datasets/{dataset_uuid}`. This works for both model and agent evaluation
    datasets.

    Args:
        dataset_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeleteEvaluationDatasetOutput | Error]
    """

    kwargs = _get_kwargs(
        dataset_uuid=dataset_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiDeleteEvaluationDatasetOutput | Error | None:
    """Delete Evaluation Dataset

     To delete an evaluation dataset, send a DELETE request to
    `/v2/genai/evaluation_datasets/{dataset_uuid}`. This works for both model and agent evaluation
    datasets.

    Args:
        dataset_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeleteEvaluationDatasetOutput | Error
    """

    return sync_detailed(
        dataset_uuid=dataset_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiDeleteEvaluationDatasetOutput | Error]:
    """Delete Evaluation Dataset

     To delete an evaluation dataset, send a DELETE request to
    `/v2/genai/evaluation_datasets/{dataset_uuid}`. This works for both model and agent evaluation
    datasets.

    Args:
        dataset_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeleteEvaluationDatasetOutput | Error]
    """

    kwargs = _get_kwargs(
        dataset_uuid=dataset_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ApiDeleteEvaluationDatasetOutput | Error | None:
    """Delete Evaluation Dataset

     To delete an evaluation dataset, send a DELETE request to
    `/v2/genai/evaluation_datasets/{dataset_uuid}`. This works for both model and agent evaluation
    datasets.

    Args:
        dataset_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeleteEvaluationDatasetOutput | Error
    """

    return (
        await asyncio_detailed(
            dataset_uuid=dataset_uuid,
            client=client,
        )
    ).parsed
