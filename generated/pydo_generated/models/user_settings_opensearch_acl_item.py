from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_settings_opensearch_acl_item_permission import (
    UserSettingsOpensearchAclItemPermission,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettingsOpensearchAclItem")


@_attrs_define
class UserSettingsOpensearchAclItem:
    """
    Attributes:
        index (str | Unset): A regex for matching the indexes that this ACL should apply to. Example: index-abc.*.
        permission (UserSettingsOpensearchAclItemPermission | Unset): Permission set applied to the ACL. 'read' allows
            user to read from the index. 'write' allows for user to write to the index. 'readwrite' allows for both 'read'
            and 'write' permission. 'deny'(default) restricts user from performing any operation over an index. 'admin'
            allows for 'readwrite' as well as any operations to administer the index. Example: read.
    """

    index: str | Unset = UNSET
    permission: UserSettingsOpensearchAclItemPermission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _permission = d.pop("permission", UNSET)
        permission: UserSettingsOpensearchAclItemPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = UserSettingsOpensearchAclItemPermission(_permission)

        user_settings_opensearch_acl_item = cls(
            index=index,
            permission=permission,
        )

        user_settings_opensearch_acl_item.additional_properties = d
        return user_settings_opensearch_acl_item

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
