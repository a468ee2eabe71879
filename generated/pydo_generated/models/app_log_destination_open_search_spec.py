from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_log_destination_open_search_spec_basic_auth import (
        AppLogDestinationOpenSearchSpecBasicAuth,
    )


T = TypeVar("T", bound="AppLogDestinationOpenSearchSpec")


@_attrs_define
class AppLogDestinationOpenSearchSpec:
    """OpenSearch configuration.

    Attributes:
        endpoint (str | Unset): OpenSearch API Endpoint. Only HTTPS is supported. Format: https://<host>:<port>.
            Cannot be specified if `cluster_name` is also specified. Example: https://example.com:9300.
        basic_auth (AppLogDestinationOpenSearchSpecBasicAuth | Unset): Configure Username and/or Password for Basic
            authentication.
        index_name (str | Unset): The index name to use for the logs. If not set, the default index name is "logs".
            Default: 'logs'. Example: logs.
        cluster_name (str | Unset): The name of a DigitalOcean DBaaS OpenSearch cluster to use as a log forwarding
            destination.
            Cannot be specified if `endpoint` is also specified. Example: my-opensearch-cluster.
    """

    endpoint: str | Unset = UNSET
    basic_auth: AppLogDestinationOpenSearchSpecBasicAuth | Unset = UNSET
    index_name: str | Unset = "logs"
    cluster_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        basic_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_auth, Unset):
            basic_auth = self.basic_auth.to_dict()

        index_name = self.index_name

        cluster_name = self.cluster_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if basic_auth is not UNSET:
            field_dict["basic_auth"] = basic_auth
        if index_name is not UNSET:
            field_dict["index_name"] = index_name
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_log_destination_open_search_spec_basic_auth import (
            AppLogDestinationOpenSearchSpecBasicAuth,
        )

        d = dict(src_dict)
        endpoint = d.pop("endpoint", UNSET)

        _basic_auth = d.pop("basic_auth", UNSET)
        basic_auth: AppLogDestinationOpenSearchSpecBasicAuth | Unset
        if isinstance(_basic_auth, Unset):
            basic_auth = UNSET
        else:
            basic_auth = AppLogDestinationOpenSearchSpecBasicAuth.from_dict(_basic_auth)

        index_name = d.pop("index_name", UNSET)

        cluster_name = d.pop("cluster_name", UNSET)

        app_log_destination_open_search_spec = cls(
            endpoint=endpoint,
            basic_auth=basic_auth,
            index_name=index_name,
            cluster_name=cluster_name,
        )

        app_log_destination_open_search_spec.additional_properties = d
        return app_log_destination_open_search_spec

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
