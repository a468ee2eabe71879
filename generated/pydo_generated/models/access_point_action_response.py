from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_point_response import AccessPointResponse
    from ..models.nfs_action_2 import NfsAction2


T = TypeVar("T", bound="AccessPointActionResponse")


@_attrs_define
class AccessPointActionResponse:
    """Response returned after starting an access point mutation.

    Attributes:
        access_point (AccessPointResponse): Represents an NFS access point resource.
        action (NfsAction2): The action that was submitted.
    """

    access_point: AccessPointResponse
    action: NfsAction2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_point = self.access_point.to_dict()

        action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_point": access_point,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_point_response import AccessPointResponse
        from ..models.nfs_action_2 import NfsAction2

        d = dict(src_dict)
        access_point = AccessPointResponse.from_dict(d.pop("access_point"))

        action = NfsAction2.from_dict(d.pop("action"))

        access_point_action_response = cls(
            access_point=access_point,
            action=action,
        )

        access_point_action_response.additional_properties = d
        return access_point_action_response

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
