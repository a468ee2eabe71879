from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_job_invocation_the_job_invocation_trigger_manual_user import (
        AppJobInvocationTheJobInvocationTriggerManualUser,
    )


T = TypeVar("T", bound="AppJobInvocationTheJobInvocationTriggerManual")


@_attrs_define
class AppJobInvocationTheJobInvocationTriggerManual:
    """Details about the manual trigger, if applicable

    Example:
        {'user': {'uuid': '550e8400-e29b-41d4-a716-446655440000', 'email': 'user@example.com', 'full_name': 'John Doe'}}

    Attributes:
        user (AppJobInvocationTheJobInvocationTriggerManualUser | Unset): The user who triggered the job
    """

    user: AppJobInvocationTheJobInvocationTriggerManualUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_job_invocation_the_job_invocation_trigger_manual_user import (
            AppJobInvocationTheJobInvocationTriggerManualUser,
        )

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: AppJobInvocationTheJobInvocationTriggerManualUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = AppJobInvocationTheJobInvocationTriggerManualUser.from_dict(_user)

        app_job_invocation_the_job_invocation_trigger_manual = cls(
            user=user,
        )

        app_job_invocation_the_job_invocation_trigger_manual.additional_properties = d
        return app_job_invocation_the_job_invocation_trigger_manual

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
