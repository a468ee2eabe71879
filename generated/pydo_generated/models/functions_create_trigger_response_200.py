from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_info import TriggerInfo


T = TypeVar("T", bound="FunctionsCreateTriggerResponse200")


@_attrs_define
class FunctionsCreateTriggerResponse200:
    """
    Attributes:
        trigger (TriggerInfo | Unset):
    """

    trigger: TriggerInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trigger_info import TriggerInfo

        d = dict(src_dict)
        _trigger = d.pop("trigger", UNSET)
        trigger: TriggerInfo | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = TriggerInfo.from_dict(_trigger)

        functions_create_trigger_response_200 = cls(
            trigger=trigger,
        )

        functions_create_trigger_response_200.additional_properties = d
        return functions_create_trigger_response_200

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
