from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_policy import AlertPolicy


T = TypeVar("T", bound="MonitoringCreateAlertPolicyResponse200")


@_attrs_define
class MonitoringCreateAlertPolicyResponse200:
    """
    Attributes:
        policy (AlertPolicy | Unset):
    """

    policy: AlertPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_policy import AlertPolicy

        d = dict(src_dict)
        _policy = d.pop("policy", UNSET)
        policy: AlertPolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = AlertPolicy.from_dict(_policy)

        monitoring_create_alert_policy_response_200 = cls(
            policy=policy,
        )

        monitoring_create_alert_policy_response_200.additional_properties = d
        return monitoring_create_alert_policy_response_200

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
