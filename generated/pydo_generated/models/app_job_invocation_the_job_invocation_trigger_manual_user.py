from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppJobInvocationTheJobInvocationTriggerManualUser")


@_attrs_define
class AppJobInvocationTheJobInvocationTriggerManualUser:
    """The user who triggered the job

    Attributes:
        uuid (str | Unset):  Example: 550e8400-e29b-41d4-a716-446655440000.
        email (str | Unset):  Example: user@example.com.
        full_name (str | Unset):  Example: John Doe.
    """

    uuid: str | Unset = UNSET
    email: str | Unset = UNSET
    full_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        email = self.email

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["full_name"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        email = d.pop("email", UNSET)

        full_name = d.pop("full_name", UNSET)

        app_job_invocation_the_job_invocation_trigger_manual_user = cls(
            uuid=uuid,
            email=email,
            full_name=full_name,
        )

        app_job_invocation_the_job_invocation_trigger_manual_user.additional_properties = d
        return app_job_invocation_the_job_invocation_trigger_manual_user

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
