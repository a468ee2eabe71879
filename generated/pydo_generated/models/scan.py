from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_status import ScanStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scan_findings_item import ScanFindingsItem


T = TypeVar("T", bound="Scan")


@_attrs_define
class Scan:
    """
    Attributes:
        id (str | Unset): The unique identifier for the scan. Example: 760e09ef-dc84-11e8-981e-3cfdfeaae000.
        status (ScanStatus | Unset): The status of the scan. Example: COMPLETED.
        created_at (datetime.datetime | Unset): When scan was created. Example: 2025-12-04T00:00:00Z.
        findings (list[ScanFindingsItem] | Unset):
    """

    id: str | Unset = UNSET
    status: ScanStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    findings: list[ScanFindingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        findings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.findings, Unset):
            findings = []
            for findings_item_data in self.findings:
                findings_item = findings_item_data.to_dict()
                findings.append(findings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if findings is not UNSET:
            field_dict["findings"] = findings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scan_findings_item import ScanFindingsItem

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ScanStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ScanStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _findings = d.pop("findings", UNSET)
        findings: list[ScanFindingsItem] | Unset = UNSET
        if _findings is not UNSET:
            findings = []
            for findings_item_data in _findings:
                findings_item = ScanFindingsItem.from_dict(findings_item_data)

                findings.append(findings_item)

        scan = cls(
            id=id,
            status=status,
            created_at=created_at,
            findings=findings,
        )

        scan.additional_properties = d
        return scan

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
