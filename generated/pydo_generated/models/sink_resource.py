from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SinkResource")


@_attrs_define
class SinkResource:
    """
    Attributes:
        urn (str): The uniform resource name (URN) for the resource in the format do:resource_type:resource_id. Example:
            do:kubernetes:f453aa14-646e-4cf8-8c62-75a19fb24ec2.
        name (str | Unset): resource name Example: managed_kubernetes_cluster.
    """

    urn: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urn = self.urn

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urn": urn,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        urn = d.pop("urn")

        name = d.pop("name", UNSET)

        sink_resource = cls(
            urn=urn,
            name=name,
        )

        sink_resource.additional_properties = d
        return sink_resource

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
