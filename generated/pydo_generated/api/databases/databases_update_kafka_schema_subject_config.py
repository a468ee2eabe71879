from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.databases_update_kafka_schema_subject_config_response_200 import (
        DatabasesUpdateKafkaSchemaSubjectConfigResponse200,
    )
    from ...models.error import Error


def _get_kwargs(
    database_cluster_uuid: str,
    subject_name: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}".format(
            database_cluster_uuid=quote(str(database_cluster_uuid), safe=""),
            subject_name=quote(str(subject_name), safe=""),
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
) -> DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error:
    from ...models.databases_update_kafka_schema_subject_config_response_200 import (
        DatabasesUpdateKafkaSchemaSubjectConfigResponse200,
    )
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DatabasesUpdateKafkaSchemaSubjectConfigResponse200.from_dict(
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
) -> Response[DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_cluster_uuid: str,
    subject_name: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error]:
    """Update Schema Registry Configuration for a Subject of kafka Cluster

     To update the Schema Registry configuration for a Subject of a Kafka cluster, send a PUT request to
    `/v2/databases/$DATABASE_ID/schema-registry/config/$SUBJECT_NAME`.
    The response is a JSON object with a `compatibility_level` key, which is set to an object
    containing any database configuration parameters.

    Args:
        database_cluster_uuid (str):
        subject_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        subject_name=subject_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_cluster_uuid: str,
    subject_name: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error | None:
    """Update Schema Registry Configuration for a Subject of kafka Cluster

     To update the Schema Registry configuration for a Subject of a Kafka cluster, send a PUT request to
    `/v2/databases/$DATABASE_ID/schema-registry/config/$SUBJECT_NAME`.
    The response is a JSON object with a `compatibility_level` key, which is set to an object
    containing any database configuration parameters.

    Args:
        database_cluster_uuid (str):
        subject_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error
    """

    return sync_detailed(
        database_cluster_uuid=database_cluster_uuid,
        subject_name=subject_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    database_cluster_uuid: str,
    subject_name: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error]:
    """Update Schema Registry Configuration for a Subject of kafka Cluster

     To update the Schema Registry configuration for a Subject of a Kafka cluster, send a PUT request to
    `/v2/databases/$DATABASE_ID/schema-registry/config/$SUBJECT_NAME`.
    The response is a JSON object with a `compatibility_level` key, which is set to an object
    containing any database configuration parameters.

    Args:
        database_cluster_uuid (str):
        subject_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        subject_name=subject_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_cluster_uuid: str,
    subject_name: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error | None:
    """Update Schema Registry Configuration for a Subject of kafka Cluster

     To update the Schema Registry configuration for a Subject of a Kafka cluster, send a PUT request to
    `/v2/databases/$DATABASE_ID/schema-registry/config/$SUBJECT_NAME`.
    The response is a JSON object with a `compatibility_level` key, which is set to an object
    containing any database configuration parameters.

    Args:
        database_cluster_uuid (str):
        subject_name (str):
        body (dict[str, Any]):
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabasesUpdateKafkaSchemaSubjectConfigResponse200 | Error
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            subject_name=subject_name,
            client=client,
            body=body,
        )
    ).parsed
