from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mysql_settings import MysqlSettings


T = TypeVar("T", bound="DatabasesResetAuthBody")


@_attrs_define
class DatabasesResetAuthBody:
    """
    Attributes:
        mysql_settings (MysqlSettings | Unset):
    """

    mysql_settings: MysqlSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mysql_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mysql_settings, Unset):
            mysql_settings = self.mysql_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mysql_settings is not UNSET:
            field_dict["mysql_settings"] = mysql_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mysql_settings import MysqlSettings

        d = dict(src_dict)
        _mysql_settings = d.pop("mysql_settings", UNSET)
        mysql_settings: MysqlSettings | Unset
        if isinstance(_mysql_settings, Unset):
            mysql_settings = UNSET
        else:
            mysql_settings = MysqlSettings.from_dict(_mysql_settings)

        databases_reset_auth_body = cls(
            mysql_settings=mysql_settings,
        )

        databases_reset_auth_body.additional_properties = d
        return databases_reset_auth_body

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
