from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScanFindingsItemMitigationStepsItem")


@_attrs_define
class ScanFindingsItemMitigationStepsItem:
    """
    Attributes:
        step (int | Unset):  Example: 1.
        title (str | Unset):  Example: Enable backups.
        description (str | Unset):  Example: Turn on automated backups for this Droplet..
    """

    step: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        step = d.pop("step", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        scan_findings_item_mitigation_steps_item = cls(
            step=step,
            title=title,
            description=description,
        )

        scan_findings_item_mitigation_steps_item.additional_properties = d
        return scan_findings_item_mitigation_steps_item

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
