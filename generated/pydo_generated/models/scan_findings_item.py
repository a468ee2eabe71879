from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_findings_item_severity import ScanFindingsItemSeverity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scan_findings_item_mitigation_steps_item import (
        ScanFindingsItemMitigationStepsItem,
    )


T = TypeVar("T", bound="ScanFindingsItem")


@_attrs_define
class ScanFindingsItem:
    """The results of the scan.

    Attributes:
        rule_uuid (str | Unset): The unique identifier for the rule that triggered the finding. Example: 760e09ef-
            dc84-11e8-981e-3cfdfeaae000.
        name (str | Unset): The name of the rule that triggered the finding. Example: All Firewall Ports Exposed to a
            Source.
        details (str | Unset): A description of the risk associated with the finding. Example: The Cloud Firewall
            protecting this Droplet includes a rule that allows traffic on all
            ports for one or more protocols. Even if sources are restricted, this overly
            permissive configuration can expose sensitive internal or administrative services..
        found_at (datetime.datetime | Unset): When the finding was discovered. Example: 2025-12-04T00:00:00Z.
        severity (ScanFindingsItemSeverity | Unset): The severity of the finding. Example: CRITICAL.
        business_impact (str | Unset): A description of the business impact of the finding. Example: Without at least
            one completed backup, any critical event such as hardware failure,
            ransomware, or accidental deletion could result in permanent data loss. This can lead
            to downtime, expensive recovery efforts, and loss of customer trust. Until a backup
            successfully completes, your environment remains unprotected..
        technical_details (str | Unset): A description of the technical details related to the finding. Example:
            DigitalOcean's backup service automatically runs on a weekly schedule. This condition
            can occur for two main reasons:\\n- The Droplet is newly created and its first scheduled
            backup window hasn't run yet, or\\n- A previous backup attempt failed. In both cases,
            no backup image currently exists in your account, leaving the Droplet without a
            restorable recovery point managed by the platform..
        mitigation_steps (list[ScanFindingsItemMitigationStepsItem] | Unset): The mitigation steps to resolve the
            finding.
        affected_resources_count (int | Unset): The number of affected resources for the finding. Example: 12.
    """

    rule_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    details: str | Unset = UNSET
    found_at: datetime.datetime | Unset = UNSET
    severity: ScanFindingsItemSeverity | Unset = UNSET
    business_impact: str | Unset = UNSET
    technical_details: str | Unset = UNSET
    mitigation_steps: list[ScanFindingsItemMitigationStepsItem] | Unset = UNSET
    affected_resources_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_uuid = self.rule_uuid

        name = self.name

        details = self.details

        found_at: str | Unset = UNSET
        if not isinstance(self.found_at, Unset):
            found_at = self.found_at.isoformat()

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        business_impact = self.business_impact

        technical_details = self.technical_details

        mitigation_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mitigation_steps, Unset):
            mitigation_steps = []
            for mitigation_steps_item_data in self.mitigation_steps:
                mitigation_steps_item = mitigation_steps_item_data.to_dict()
                mitigation_steps.append(mitigation_steps_item)

        affected_resources_count = self.affected_resources_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_uuid is not UNSET:
            field_dict["rule_uuid"] = rule_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if details is not UNSET:
            field_dict["details"] = details
        if found_at is not UNSET:
            field_dict["found_at"] = found_at
        if severity is not UNSET:
            field_dict["severity"] = severity
        if business_impact is not UNSET:
            field_dict["business_impact"] = business_impact
        if technical_details is not UNSET:
            field_dict["technical_details"] = technical_details
        if mitigation_steps is not UNSET:
            field_dict["mitigation_steps"] = mitigation_steps
        if affected_resources_count is not UNSET:
            field_dict["affected_resources_count"] = affected_resources_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scan_findings_item_mitigation_steps_item import (
            ScanFindingsItemMitigationStepsItem,
        )

        d = dict(src_dict)
        rule_uuid = d.pop("rule_uuid", UNSET)

        name = d.pop("name", UNSET)

        details = d.pop("details", UNSET)

        _found_at = d.pop("found_at", UNSET)
        found_at: datetime.datetime | Unset
        if isinstance(_found_at, Unset):
            found_at = UNSET
        else:
            found_at = datetime.datetime.fromisoformat(_found_at)

        _severity = d.pop("severity", UNSET)
        severity: ScanFindingsItemSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = ScanFindingsItemSeverity(_severity)

        business_impact = d.pop("business_impact", UNSET)

        technical_details = d.pop("technical_details", UNSET)

        _mitigation_steps = d.pop("mitigation_steps", UNSET)
        mitigation_steps: list[ScanFindingsItemMitigationStepsItem] | Unset = UNSET
        if _mitigation_steps is not UNSET:
            mitigation_steps = []
            for mitigation_steps_item_data in _mitigation_steps:
                mitigation_steps_item = ScanFindingsItemMitigationStepsItem.from_dict(
                    mitigation_steps_item_data
                )

                mitigation_steps.append(mitigation_steps_item)

        affected_resources_count = d.pop("affected_resources_count", UNSET)

        scan_findings_item = cls(
            rule_uuid=rule_uuid,
            name=name,
            details=details,
            found_at=found_at,
            severity=severity,
            business_impact=business_impact,
            technical_details=technical_details,
            mitigation_steps=mitigation_steps,
            affected_resources_count=affected_resources_count,
        )

        scan_findings_item.additional_properties = d
        return scan_findings_item

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
