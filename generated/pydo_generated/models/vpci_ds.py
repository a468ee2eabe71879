from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VPCIDs")


@_attrs_define
class VPCIDs:
    """
    Attributes:
        vpc_ids (list[str]): An array of VPCs IDs. Example: ['c140286f-e6ce-4131-8b7b-df4590ce8d6a',
            '994a2735-dc84-11e8-80bc-3cfdfea9fba1'].
    """

    vpc_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vpc_ids = self.vpc_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vpc_ids": vpc_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vpc_ids = cast(list[str], d.pop("vpc_ids"))

        vpci_ds = cls(
            vpc_ids=vpc_ids,
        )

        vpci_ds.additional_properties = d
        return vpci_ds

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
