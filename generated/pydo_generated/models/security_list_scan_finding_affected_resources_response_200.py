from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affected_resource import AffectedResource


T = TypeVar("T", bound="SecurityListScanFindingAffectedResourcesResponse200")


@_attrs_define
class SecurityListScanFindingAffectedResourcesResponse200:
    """
    Attributes:
        affected_resources (list[AffectedResource] | Unset):
    """

    affected_resources: list[AffectedResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affected_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affected_resources, Unset):
            affected_resources = []
            for affected_resources_item_data in self.affected_resources:
                affected_resources_item = affected_resources_item_data.to_dict()
                affected_resources.append(affected_resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affected_resources is not UNSET:
            field_dict["affected_resources"] = affected_resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affected_resource import AffectedResource

        d = dict(src_dict)
        _affected_resources = d.pop("affected_resources", UNSET)
        affected_resources: list[AffectedResource] | Unset = UNSET
        if _affected_resources is not UNSET:
            affected_resources = []
            for affected_resources_item_data in _affected_resources:
                affected_resources_item = AffectedResource.from_dict(
                    affected_resources_item_data
                )

                affected_resources.append(affected_resources_item)

        security_list_scan_finding_affected_resources_response_200 = cls(
            affected_resources=affected_resources,
        )

        security_list_scan_finding_affected_resources_response_200.additional_properties = d
        return security_list_scan_finding_affected_resources_response_200

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
