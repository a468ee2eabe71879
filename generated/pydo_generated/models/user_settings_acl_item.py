from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_settings_acl_item_permission import UserSettingsAclItemPermission
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettingsAclItem")


@_attrs_define
class UserSettingsAclItem:
    """
    Attributes:
        topic (str): A regex for matching the topic(s) that this ACL should apply to. Example: topic-abc.*.
        permission (UserSettingsAclItemPermission): Permission set applied to the ACL. 'consume' allows for messages to
            be consumed from the topic. 'produce' allows for messages to be published to the topic. 'produceconsume' allows
            for both 'consume' and 'produce' permission. 'admin' allows for 'produceconsume' as well as any operations to
            administer the topic (delete, update). Example: consume.
        id (str | Unset): An identifier for the ACL. Will be computed after the ACL is created/updated. Example: aaa.
    """

    topic: str
    permission: UserSettingsAclItemPermission
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        permission = self.permission.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "permission": permission,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        topic = d.pop("topic")

        permission = UserSettingsAclItemPermission(d.pop("permission"))

        id = d.pop("id", UNSET)

        user_settings_acl_item = cls(
            topic=topic,
            permission=permission,
            id=id,
        )

        user_settings_acl_item.additional_properties = d
        return user_settings_acl_item

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
