from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduled_details import ScheduledDetails
    from ..models.trigger_info_scheduled_runs import TriggerInfoScheduledRuns


T = TypeVar("T", bound="TriggerInfo")


@_attrs_define
class TriggerInfo:
    """
    Attributes:
        namespace (str | Unset): A unique string format of UUID with a prefix fn-. Example: fn-xxxxxxxx-xxxx-xxxx-xxxx-
            xxxxxxxxxxxx.
        name (str | Unset): The trigger's unique name within the namespace. Example: my trigger.
        function (str | Unset): Name of function(action) that exists in the given namespace. Example: hello.
        type_ (str | Unset): String which indicates the type of trigger source like SCHEDULED. Example: SCHEDULED.
        is_enabled (bool | Unset): Indicates weather the trigger is paused or unpaused. Example: True.
        created_at (str | Unset): UTC time string. Example: 2022-11-11T04:16:45Z.
        updated_at (str | Unset): UTC time string. Example: 2022-11-11T04:16:45Z.
        scheduled_details (ScheduledDetails | Unset): Trigger details for SCHEDULED type, where body is optional.
        scheduled_runs (TriggerInfoScheduledRuns | Unset):
    """

    namespace: str | Unset = UNSET
    name: str | Unset = UNSET
    function: str | Unset = UNSET
    type_: str | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    scheduled_details: ScheduledDetails | Unset = UNSET
    scheduled_runs: TriggerInfoScheduledRuns | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        name = self.name

        function = self.function

        type_ = self.type_

        is_enabled = self.is_enabled

        created_at = self.created_at

        updated_at = self.updated_at

        scheduled_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_details, Unset):
            scheduled_details = self.scheduled_details.to_dict()

        scheduled_runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_runs, Unset):
            scheduled_runs = self.scheduled_runs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if name is not UNSET:
            field_dict["name"] = name
        if function is not UNSET:
            field_dict["function"] = function
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if scheduled_details is not UNSET:
            field_dict["scheduled_details"] = scheduled_details
        if scheduled_runs is not UNSET:
            field_dict["scheduled_runs"] = scheduled_runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheduled_details import ScheduledDetails
        from ..models.trigger_info_scheduled_runs import TriggerInfoScheduledRuns

        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        name = d.pop("name", UNSET)

        function = d.pop("function", UNSET)

        type_ = d.pop("type", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _scheduled_details = d.pop("scheduled_details", UNSET)
        scheduled_details: ScheduledDetails | Unset
        if isinstance(_scheduled_details, Unset):
            scheduled_details = UNSET
        else:
            scheduled_details = ScheduledDetails.from_dict(_scheduled_details)

        _scheduled_runs = d.pop("scheduled_runs", UNSET)
        scheduled_runs: TriggerInfoScheduledRuns | Unset
        if isinstance(_scheduled_runs, Unset):
            scheduled_runs = UNSET
        else:
            scheduled_runs = TriggerInfoScheduledRuns.from_dict(_scheduled_runs)

        trigger_info = cls(
            namespace=namespace,
            name=name,
            function=function,
            type_=type_,
            is_enabled=is_enabled,
            created_at=created_at,
            updated_at=updated_at,
            scheduled_details=scheduled_details,
            scheduled_runs=scheduled_runs,
        )

        trigger_info.additional_properties = d
        return trigger_info

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
