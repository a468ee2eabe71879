from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_event import AppEvent


T = TypeVar("T", bound="AppsCancelEventResponse200")


@_attrs_define
class AppsCancelEventResponse200:
    """
    Attributes:
        event (AppEvent | Unset):
    """

    event: AppEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_event import AppEvent

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: AppEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = AppEvent.from_dict(_event)

        apps_cancel_event_response_200 = cls(
            event=event,
        )

        apps_cancel_event_response_200.additional_properties = d
        return apps_cancel_event_response_200

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
