from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.kafka_schema_version_verbose import KafkaSchemaVersionVerbose


def _get_kwargs(
    database_cluster_uuid: str,
    subject_name: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}".format(
            database_cluster_uuid=quote(str(database_cluster_uuid), safe=""),
            subject_name=quote(str(subject_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KafkaSchemaVersionVerbose | None:
    from ...models.error import Error
    from ...models.kafka_schema_version_verbose import KafkaSchemaVersionVerbose

    if response.status_code == 200:
        response_200 = KafkaSchemaVersionVerbose.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | KafkaSchemaVersionVerbose]:
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
) -> Response[Error | KafkaSchemaVersionVerbose]:
    """Get a Kafka Schema by Subject Name

     To get a specific schema by subject name for a Kafka cluster, send a GET request to
    `/v2/databases/$DATABASE_ID/schema-registry/$SUBJECT_NAME`.

    Args:
        database_cluster_uuid (str):
        subject_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KafkaSchemaVersionVerbose]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        subject_name=subject_name,
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
) -> Error | KafkaSchemaVersionVerbose | None:
    """Get a Kafka Schema by Subject Name

     To get a specific schema by subject name for a Kafka cluster, send a GET request to
    `/v2/databases/$DATABASE_ID/schema-registry/$SUBJECT_NAME`.

    Args:
        database_cluster_uuid (str):
        subject_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KafkaSchemaVersionVerbose
    """

    return sync_detailed(
        database_cluster_uuid=database_cluster_uuid,
        subject_name=subject_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    database_cluster_uuid: str,
    subject_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | KafkaSchemaVersionVerbose]:
    """Get a Kafka Schema by Subject Name

     To get a specific schema by subject name for a Kafka cluster, send a GET request to
    `/v2/databases/$DATABASE_ID/schema-registry/$SUBJECT_NAME`.

    Args:
        database_cluster_uuid (str):
        subject_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KafkaSchemaVersionVerbose]
    """

    kwargs = _get_kwargs(
        database_cluster_uuid=database_cluster_uuid,
        subject_name=subject_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_cluster_uuid: str,
    subject_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | KafkaSchemaVersionVerbose | None:
    """Get a Kafka Schema by Subject Name

     To get a specific schema by subject name for a Kafka cluster, send a GET request to
    `/v2/databases/$DATABASE_ID/schema-registry/$SUBJECT_NAME`.

    Args:
        database_cluster_uuid (str):
        subject_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KafkaSchemaVersionVerbose
    """

    return (
        await asyncio_detailed(
            database_cluster_uuid=database_cluster_uuid,
            subject_name=subject_name,
            client=client,
        )
    ).parsed
