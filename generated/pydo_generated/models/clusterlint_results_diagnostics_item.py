from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusterlint_results_diagnostics_item_object import (
        ClusterlintResultsDiagnosticsItemObject,
    )


T = TypeVar("T", bound="ClusterlintResultsDiagnosticsItem")


@_attrs_define
class ClusterlintResultsDiagnosticsItem:
    """
    Attributes:
        check_name (str | Unset): The clusterlint check that resulted in the diagnostic. Example: unused-config-map.
        severity (str | Unset): Can be one of error, warning or suggestion. Example: warning.
        message (str | Unset): Feedback about the object for users to fix. Example: Unused config map.
        object_ (ClusterlintResultsDiagnosticsItemObject | Unset): Metadata about the Kubernetes API object the
            diagnostic is reported on.
    """

    check_name: str | Unset = UNSET
    severity: str | Unset = UNSET
    message: str | Unset = UNSET
    object_: ClusterlintResultsDiagnosticsItemObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_name = self.check_name

        severity = self.severity

        message = self.message

        object_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_name is not UNSET:
            field_dict["check_name"] = check_name
        if severity is not UNSET:
            field_dict["severity"] = severity
        if message is not UNSET:
            field_dict["message"] = message
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.clusterlint_results_diagnostics_item_object import (
            ClusterlintResultsDiagnosticsItemObject,
        )

        d = dict(src_dict)
        check_name = d.pop("check_name", UNSET)

        severity = d.pop("severity", UNSET)

        message = d.pop("message", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: ClusterlintResultsDiagnosticsItemObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = ClusterlintResultsDiagnosticsItemObject.from_dict(_object_)

        clusterlint_results_diagnostics_item = cls(
            check_name=check_name,
            severity=severity,
            message=message,
            object_=object_,
        )

        clusterlint_results_diagnostics_item.additional_properties = d
        return clusterlint_results_diagnostics_item

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
