from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePreview")


@_attrs_define
class InvoicePreview:
    """The invoice preview.

    Attributes:
        invoice_uuid (str | Unset): The UUID of the invoice. The canonical reference for the invoice. Example:
            fdabb512-6faf-443c-ba2e-665452332a9e.
        invoice_id (str | Unset): ID of the invoice. Listed on the face of the invoice PDF as the "Invoice number".
            Example: 123456789.
        amount (str | Unset): Total amount of the invoice, in USD.  This will reflect month-to-date usage in the invoice
            preview. Example: 23.45.
        invoice_period (str | Unset): Billing period of usage for which the invoice is issued, in `YYYY-MM`  format.
            Example: 2020-01.
        updated_at (str | Unset): Time the invoice was last updated.  This is only included with the invoice preview.
            Example: 2020-01-23T06:31:50Z.
    """

    invoice_uuid: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    amount: str | Unset = UNSET
    invoice_period: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_uuid = self.invoice_uuid

        invoice_id = self.invoice_id

        amount = self.amount

        invoice_period = self.invoice_period

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_uuid is not UNSET:
            field_dict["invoice_uuid"] = invoice_uuid
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if invoice_period is not UNSET:
            field_dict["invoice_period"] = invoice_period
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_uuid = d.pop("invoice_uuid", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        amount = d.pop("amount", UNSET)

        invoice_period = d.pop("invoice_period", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        invoice_preview = cls(
            invoice_uuid=invoice_uuid,
            invoice_id=invoice_id,
            amount=amount,
            invoice_period=invoice_period,
            updated_at=updated_at,
        )

        invoice_preview.additional_properties = d
        return invoice_preview

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
