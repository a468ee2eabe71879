from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_settings_acl_item import UserSettingsAclItem
    from ..models.user_settings_mongo_user_settings import UserSettingsMongoUserSettings
    from ..models.user_settings_opensearch_acl_item import UserSettingsOpensearchAclItem


T = TypeVar("T", bound="UserSettings")


@_attrs_define
class UserSettings:
    """
    Attributes:
        pg_allow_replication (bool | Unset): For PostgreSQL clusters, set to `true` to grant the user replication
            privileges. When omitted on create or update, the value defaults to
            `false` and replication privileges are not granted. This option is not
            currently supported for other database engines.
             Example: True.
        opensearch_acl (list[UserSettingsOpensearchAclItem] | Unset): ACLs (Access Control Lists) specifying permissions
            on index within a OpenSearch cluster.
        acl (list[UserSettingsAclItem] | Unset): ACLs (Access Control Lists) specifying permissions on topics within a
            Kafka cluster.
        mongo_user_settings (UserSettingsMongoUserSettings | Unset): MongoDB-specific settings for the user. This option
            is not currently supported for other database engines.
    """

    pg_allow_replication: bool | Unset = UNSET
    opensearch_acl: list[UserSettingsOpensearchAclItem] | Unset = UNSET
    acl: list[UserSettingsAclItem] | Unset = UNSET
    mongo_user_settings: UserSettingsMongoUserSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pg_allow_replication = self.pg_allow_replication

        opensearch_acl: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.opensearch_acl, Unset):
            opensearch_acl = []
            for opensearch_acl_item_data in self.opensearch_acl:
                opensearch_acl_item = opensearch_acl_item_data.to_dict()
                opensearch_acl.append(opensearch_acl_item)

        acl: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acl, Unset):
            acl = []
            for acl_item_data in self.acl:
                acl_item = acl_item_data.to_dict()
                acl.append(acl_item)

        mongo_user_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mongo_user_settings, Unset):
            mongo_user_settings = self.mongo_user_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pg_allow_replication is not UNSET:
            field_dict["pg_allow_replication"] = pg_allow_replication
        if opensearch_acl is not UNSET:
            field_dict["opensearch_acl"] = opensearch_acl
        if acl is not UNSET:
            field_dict["acl"] = acl
        if mongo_user_settings is not UNSET:
            field_dict["mongo_user_settings"] = mongo_user_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_settings_acl_item import UserSettingsAclItem
        from ..models.user_settings_mongo_user_settings import (
            UserSettingsMongoUserSettings,
        )
        from ..models.user_settings_opensearch_acl_item import (
            UserSettingsOpensearchAclItem,
        )

        d = dict(src_dict)
        pg_allow_replication = d.pop("pg_allow_replication", UNSET)

        _opensearch_acl = d.pop("opensearch_acl", UNSET)
        opensearch_acl: list[UserSettingsOpensearchAclItem] | Unset = UNSET
        if _opensearch_acl is not UNSET:
            opensearch_acl = []
            for opensearch_acl_item_data in _opensearch_acl:
                opensearch_acl_item = UserSettingsOpensearchAclItem.from_dict(
                    opensearch_acl_item_data
                )

                opensearch_acl.append(opensearch_acl_item)

        _acl = d.pop("acl", UNSET)
        acl: list[UserSettingsAclItem] | Unset = UNSET
        if _acl is not UNSET:
            acl = []
            for acl_item_data in _acl:
                acl_item = UserSettingsAclItem.from_dict(acl_item_data)

                acl.append(acl_item)

        _mongo_user_settings = d.pop("mongo_user_settings", UNSET)
        mongo_user_settings: UserSettingsMongoUserSettings | Unset
        if isinstance(_mongo_user_settings, Unset):
            mongo_user_settings = UNSET
        else:
            mongo_user_settings = UserSettingsMongoUserSettings.from_dict(
                _mongo_user_settings
            )

        user_settings = cls(
            pg_allow_replication=pg_allow_replication,
            opensearch_acl=opensearch_acl,
            acl=acl,
            mongo_user_settings=mongo_user_settings,
        )

        user_settings.additional_properties = d
        return user_settings

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
