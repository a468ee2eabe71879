from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_point_response import AccessPointResponse


T = TypeVar("T", bound="AccessPointGetResponse")


@_attrs_define
class AccessPointGetResponse:
    """Response containing a single access point.

    Attributes:
        access_point (AccessPointResponse): Represents an NFS access point resource.
    """

    access_point: AccessPointResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_point = self.access_point.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_point": access_point,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_point_response import AccessPointResponse

        d = dict(src_dict)
        access_point = AccessPointResponse.from_dict(d.pop("access_point"))

        access_point_get_response = cls(
            access_point=access_point,
        )

        access_point_get_response.additional_properties = d
        return access_point_get_response

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
