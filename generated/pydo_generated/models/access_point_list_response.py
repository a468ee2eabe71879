from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_point_response import AccessPointResponse


T = TypeVar("T", bound="AccessPointListResponse")


@_attrs_define
class AccessPointListResponse:
    """Response containing a list of access points.

    Attributes:
        access_points (list[AccessPointResponse]): Array of access point objects.
    """

    access_points: list[AccessPointResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_points = []
        for access_points_item_data in self.access_points:
            access_points_item = access_points_item_data.to_dict()
            access_points.append(access_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_points": access_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_point_response import AccessPointResponse

        d = dict(src_dict)
        access_points = []
        _access_points = d.pop("access_points")
        for access_points_item_data in _access_points:
            access_points_item = AccessPointResponse.from_dict(access_points_item_data)

            access_points.append(access_points_item)

        access_point_list_response = cls(
            access_points=access_points,
        )

        access_point_list_response.additional_properties = d
        return access_point_list_response

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
