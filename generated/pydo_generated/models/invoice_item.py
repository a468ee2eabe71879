from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """
    Attributes:
        product (str | Unset): Name of the product being billed in the invoice item. Example: Kubernetes Clusters.
        resource_uuid (str | Unset): UUID of the resource billing in the invoice item if available. Example:
            711157cb-37c8-4817-b371-44fa3504a39c.
        resource_id (str | Unset): ID of the resource billing in the invoice item if available. Example: 2353624.
        group_description (str | Unset): Description of the invoice item when it is a grouped set of usage, such  as
            DOKS or databases. Example: my-doks-cluster.
        description (str | Unset): Description of the invoice item. Example: a56e086a317d8410c8b4cfd1f4dc9f82.
        amount (str | Unset): Billed amount of this invoice item. Billed in USD. Example: 12.34.
        duration (str | Unset): Duration of time this invoice item was used and subsequently billed. Example: 744.
        duration_unit (str | Unset): Unit of time for duration. Example: Hours.
        start_time (str | Unset): Time the invoice item began to be billed for usage. Example: 2020-01-01T00:00:00Z.
        end_time (str | Unset): Time the invoice item stopped being billed for usage. Example: 2020-02-01T00:00:00Z.
        project_name (str | Unset): Name of the DigitalOcean Project this resource belongs to. Example: web.
    """

    product: str | Unset = UNSET
    resource_uuid: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    group_description: str | Unset = UNSET
    description: str | Unset = UNSET
    amount: str | Unset = UNSET
    duration: str | Unset = UNSET
    duration_unit: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    project_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product

        resource_uuid = self.resource_uuid

        resource_id = self.resource_id

        group_description = self.group_description

        description = self.description

        amount = self.amount

        duration = self.duration

        duration_unit = self.duration_unit

        start_time = self.start_time

        end_time = self.end_time

        project_name = self.project_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if resource_uuid is not UNSET:
            field_dict["resource_uuid"] = resource_uuid
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if group_description is not UNSET:
            field_dict["group_description"] = group_description
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_unit is not UNSET:
            field_dict["duration_unit"] = duration_unit
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if project_name is not UNSET:
            field_dict["project_name"] = project_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product = d.pop("product", UNSET)

        resource_uuid = d.pop("resource_uuid", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        group_description = d.pop("group_description", UNSET)

        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        duration = d.pop("duration", UNSET)

        duration_unit = d.pop("duration_unit", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        project_name = d.pop("project_name", UNSET)

        invoice_item = cls(
            product=product,
            resource_uuid=resource_uuid,
            resource_id=resource_id,
            group_description=group_description,
            description=description,
            amount=amount,
            duration=duration,
            duration_unit=duration_unit,
            start_time=start_time,
            end_time=end_time,
            project_name=project_name,
        )

        invoice_item.additional_properties = d
        return invoice_item

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
