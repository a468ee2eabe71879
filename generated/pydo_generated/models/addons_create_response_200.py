from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addons_resource import AddonsResource


T = TypeVar("T", bound="AddonsCreateResponse200")


@_attrs_define
class AddonsCreateResponse200:
    """
    Attributes:
        resource (AddonsResource | Unset):
    """

    resource: AddonsResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.addons_resource import AddonsResource

        d = dict(src_dict)
        _resource = d.pop("resource", UNSET)
        resource: AddonsResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = AddonsResource.from_dict(_resource)

        addons_create_response_200 = cls(
            resource=resource,
        )

        addons_create_response_200.additional_properties = d
        return addons_create_response_200

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
