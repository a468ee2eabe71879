from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_metrics_credentials import DatabaseMetricsCredentials


T = TypeVar("T", bound="DatabasesGetClusterMetricsCredentialsResponse200")


@_attrs_define
class DatabasesGetClusterMetricsCredentialsResponse200:
    """
    Attributes:
        credentials (DatabaseMetricsCredentials | Unset):
    """

    credentials: DatabaseMetricsCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_metrics_credentials import DatabaseMetricsCredentials

        d = dict(src_dict)
        _credentials = d.pop("credentials", UNSET)
        credentials: DatabaseMetricsCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = DatabaseMetricsCredentials.from_dict(_credentials)

        databases_get_cluster_metrics_credentials_response_200 = cls(
            credentials=credentials,
        )

        databases_get_cluster_metrics_credentials_response_200.additional_properties = d
        return databases_get_cluster_metrics_credentials_response_200

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
