from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoscalePoolStaticConfig")


@_attrs_define
class AutoscalePoolStaticConfig:
    """
    Attributes:
        target_number_instances (int): Fixed number of instances in an autoscale pool. Example: 3.
    """

    target_number_instances: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_number_instances = self.target_number_instances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_number_instances": target_number_instances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_number_instances = d.pop("target_number_instances")

        autoscale_pool_static_config = cls(
            target_number_instances=target_number_instances,
        )

        autoscale_pool_static_config.additional_properties = d
        return autoscale_pool_static_config

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
