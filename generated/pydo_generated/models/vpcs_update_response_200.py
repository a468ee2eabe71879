from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vpc import Vpc


T = TypeVar("T", bound="VpcsUpdateResponse200")


@_attrs_define
class VpcsUpdateResponse200:
    """
    Attributes:
        vpc (Vpc | Unset):
    """

    vpc: Vpc | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vpc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vpc, Unset):
            vpc = self.vpc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vpc is not UNSET:
            field_dict["vpc"] = vpc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vpc import Vpc

        d = dict(src_dict)
        _vpc = d.pop("vpc", UNSET)
        vpc: Vpc | Unset
        if isinstance(_vpc, Unset):
            vpc = UNSET
        else:
            vpc = Vpc.from_dict(_vpc)

        vpcs_update_response_200 = cls(
            vpc=vpc,
        )

        vpcs_update_response_200.additional_properties = d
        return vpcs_update_response_200

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
