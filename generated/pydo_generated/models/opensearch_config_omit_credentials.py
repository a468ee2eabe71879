from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpensearchConfigOmitCredentials")


@_attrs_define
class OpensearchConfigOmitCredentials:
    """OpenSearch destination configuration with `credentials` omitted.

    Attributes:
        id (str | Unset): A unique identifier for a configuration. Example: 41078d41-165c-4cff-9f0a-19536e3e3d49.
        endpoint (str | Unset): host of the OpenSearch cluster Example: example.com.
        cluster_uuid (str | Unset): A unique identifier for a managed OpenSearch cluster. Example:
            85148069-7e35-4999-80bd-6fa1637ca385.
        cluster_name (str | Unset): Name of a managed OpenSearch cluster. Example: managed_dbaas_cluster.
        index_name (str | Unset): OpenSearch index to send logs to. Example: logs.
        retention_days (int | Unset): Number of days to retain logs in OpenSearch. Default: 14. Example: 14.
    """

    id: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    cluster_uuid: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    index_name: str | Unset = UNSET
    retention_days: int | Unset = 14
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint = self.endpoint

        cluster_uuid = self.cluster_uuid

        cluster_name = self.cluster_name

        index_name = self.index_name

        retention_days = self.retention_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if cluster_uuid is not UNSET:
            field_dict["cluster_uuid"] = cluster_uuid
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if index_name is not UNSET:
            field_dict["index_name"] = index_name
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        cluster_uuid = d.pop("cluster_uuid", UNSET)

        cluster_name = d.pop("cluster_name", UNSET)

        index_name = d.pop("index_name", UNSET)

        retention_days = d.pop("retention_days", UNSET)

        opensearch_config_omit_credentials = cls(
            id=id,
            endpoint=endpoint,
            cluster_uuid=cluster_uuid,
            cluster_name=cluster_name,
            index_name=index_name,
            retention_days=retention_days,
        )

        opensearch_config_omit_credentials.additional_properties = d
        return opensearch_config_omit_credentials

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
