from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nfs_action_2 import NfsAction2


T = TypeVar("T", bound="NfsActionsResponse")


@_attrs_define
class NfsActionsResponse:
    """Action response of an NFS share.

    Attributes:
        action (NfsAction2): The action that was submitted.
    """

    action: NfsAction2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nfs_action_2 import NfsAction2

        d = dict(src_dict)
        action = NfsAction2.from_dict(d.pop("action"))

        nfs_actions_response = cls(
            action=action,
        )

        nfs_actions_response.additional_properties = d
        return nfs_actions_response

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
