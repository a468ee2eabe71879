from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scheduled_details import ScheduledDetails


T = TypeVar("T", bound="CreateTrigger")


@_attrs_define
class CreateTrigger:
    """
    Attributes:
        name (str): The trigger's unique name within the namespace. Example: my trigger.
        function (str): Name of function(action) that exists in the given namespace. Example: hello.
        type_ (str): One of different type of triggers. Currently only SCHEDULED is supported. Example: SCHEDULED.
        is_enabled (bool): Indicates weather the trigger is paused or unpaused. Example: True.
        scheduled_details (ScheduledDetails): Trigger details for SCHEDULED type, where body is optional.
    """

    name: str
    function: str
    type_: str
    is_enabled: bool
    scheduled_details: ScheduledDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        function = self.function

        type_ = self.type_

        is_enabled = self.is_enabled

        scheduled_details = self.scheduled_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "function": function,
                "type": type_,
                "is_enabled": is_enabled,
                "scheduled_details": scheduled_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheduled_details import ScheduledDetails

        d = dict(src_dict)
        name = d.pop("name")

        function = d.pop("function")

        type_ = d.pop("type")

        is_enabled = d.pop("is_enabled")

        scheduled_details = ScheduledDetails.from_dict(d.pop("scheduled_details"))

        create_trigger = cls(
            name=name,
            function=function,
            type_=type_,
            is_enabled=is_enabled,
            scheduled_details=scheduled_details,
        )

        create_trigger.additional_properties = d
        return create_trigger

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
