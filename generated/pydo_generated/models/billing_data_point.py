from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingDataPoint")


@_attrs_define
class BillingDataPoint:
    """
    Attributes:
        usage_team_urn (str | Unset): URN of the team that incurred the usage Example:
            do:team:12345678-1234-1234-1234-123456789012.
        start_date (datetime.date | Unset): Start date of the billing data point in YYYY-MM-DD format Example:
            2025-01-15.
        total_amount (str | Unset): Total amount for this data point in USD Example: 12.45.
        region (str | Unset): Region where the usage occurred Example: nyc3.
        sku (str | Unset): Unique SKU identifier for the billed resource Example: 1-DO-DROP-0109.
        description (str | Unset): Description of the billed resource or service as shown on an invoice item Example:
            droplet name (c-2-4GiB).
        group_description (str | Unset): Optional invoice item group name of the billed resource or service, blank when
            not part an invoice item group Example: kubernetes cluster name.
    """

    usage_team_urn: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    total_amount: str | Unset = UNSET
    region: str | Unset = UNSET
    sku: str | Unset = UNSET
    description: str | Unset = UNSET
    group_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage_team_urn = self.usage_team_urn

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        total_amount = self.total_amount

        region = self.region

        sku = self.sku

        description = self.description

        group_description = self.group_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage_team_urn is not UNSET:
            field_dict["usage_team_urn"] = usage_team_urn
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if region is not UNSET:
            field_dict["region"] = region
        if sku is not UNSET:
            field_dict["sku"] = sku
        if description is not UNSET:
            field_dict["description"] = description
        if group_description is not UNSET:
            field_dict["group_description"] = group_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usage_team_urn = d.pop("usage_team_urn", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        total_amount = d.pop("total_amount", UNSET)

        region = d.pop("region", UNSET)

        sku = d.pop("sku", UNSET)

        description = d.pop("description", UNSET)

        group_description = d.pop("group_description", UNSET)

        billing_data_point = cls(
            usage_team_urn=usage_team_urn,
            start_date=start_date,
            total_amount=total_amount,
            region=region,
            sku=sku,
            description=description,
            group_description=group_description,
        )

        billing_data_point.additional_properties = d
        return billing_data_point

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
