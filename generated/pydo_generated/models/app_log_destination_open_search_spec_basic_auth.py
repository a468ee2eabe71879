from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppLogDestinationOpenSearchSpecBasicAuth")


@_attrs_define
class AppLogDestinationOpenSearchSpecBasicAuth:
    """Configure Username and/or Password for Basic authentication.

    Attributes:
        user (str | Unset): Username to authenticate with. Only required when `endpoint` is set.
            Defaults to `doadmin` when `cluster_name` is set. Example: apps_user.
        password (str | Unset): Password for user defined in User. Is required when `endpoint` is set.
            Cannot be set if using a DigitalOcean DBaaS OpenSearch cluster. Example: password1.
    """

    user: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user", UNSET)

        password = d.pop("password", UNSET)

        app_log_destination_open_search_spec_basic_auth = cls(
            user=user,
            password=password,
        )

        app_log_destination_open_search_spec_basic_auth.additional_properties = d
        return app_log_destination_open_search_spec_basic_auth

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
