from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error


def _get_kwargs(
    cluster_id: str,
    *,
    body: Any = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/selective".format(
            cluster_id=quote(str(cluster_id), safe=""),
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
) -> Any | Error:
    from ...models.error import Error

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Selectively Delete a Cluster and its Associated Resources

     To delete a Kubernetes cluster along with a subset of its associated resources,
    send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/destroy_with_associated_resources/selective`.

    The JSON body of the request should include `load_balancers`, `volumes`, or
    `volume_snapshots` keys each set to an array of IDs for the associated
    resources to be destroyed.

    The IDs can be found by querying the cluster's associated resources endpoint.
    Any associated resource not included in the request will remain and continue
    to accrue changes on your account.

    Args:
        cluster_id (str):
        body (dict[str, Any]): An object containing the IDs of resources to be destroyed along
            with their associated with a Kubernetes cluster.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Any | Error | None:
    """Selectively Delete a Cluster and its Associated Resources

     To delete a Kubernetes cluster along with a subset of its associated resources,
    send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/destroy_with_associated_resources/selective`.

    The JSON body of the request should include `load_balancers`, `volumes`, or
    `volume_snapshots` keys each set to an array of IDs for the associated
    resources to be destroyed.

    The IDs can be found by querying the cluster's associated resources endpoint.
    Any associated resource not included in the request will remain and continue
    to accrue changes on your account.

    Args:
        cluster_id (str):
        body (dict[str, Any]): An object containing the IDs of resources to be destroyed along
            with their associated with a Kubernetes cluster.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Response[Any | Error]:
    """Selectively Delete a Cluster and its Associated Resources

     To delete a Kubernetes cluster along with a subset of its associated resources,
    send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/destroy_with_associated_resources/selective`.

    The JSON body of the request should include `load_balancers`, `volumes`, or
    `volume_snapshots` keys each set to an array of IDs for the associated
    resources to be destroyed.

    The IDs can be found by querying the cluster's associated resources endpoint.
    Any associated resource not included in the request will remain and continue
    to accrue changes on your account.

    Args:
        cluster_id (str):
        body (dict[str, Any]): An object containing the IDs of resources to be destroyed along
            with their associated with a Kubernetes cluster.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient,
    body: Any = UNSET,
) -> Any | Error | None:
    """Selectively Delete a Cluster and its Associated Resources

     To delete a Kubernetes cluster along with a subset of its associated resources,
    send a DELETE request to
    `/v2/kubernetes/clusters/$K8S_CLUSTER_ID/destroy_with_associated_resources/selective`.

    The JSON body of the request should include `load_balancers`, `volumes`, or
    `volume_snapshots` keys each set to an array of IDs for the associated
    resources to be destroyed.

    The IDs can be found by querying the cluster's associated resources endpoint.
    Any associated resource not included in the request will remain and continue
    to accrue changes on your account.

    Args:
        cluster_id (str):
        body (dict[str, Any]): An object containing the IDs of resources to be destroyed along
            with their associated with a Kubernetes cluster.
        body: The request body (application/json): bytes are sent as they are, anything else as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            body=body,
        )
    ).parsed
