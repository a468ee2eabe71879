from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_history_type import BillingHistoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingHistory")


@_attrs_define
class BillingHistory:
    """
    Attributes:
        description (str | Unset): Description of the billing history entry. Example: Invoice for May 2018.
        amount (str | Unset): Amount of the billing history entry. Example: 12.34.
        invoice_id (str | Unset): ID of the invoice associated with the billing history entry, if  applicable. Example:
            123.
        invoice_uuid (str | Unset): UUID of the invoice associated with the billing history entry, if  applicable.
            Example: example-uuid.
        date (datetime.datetime | Unset): Time the billing history entry occurred. Example: 2018-06-01T08:44:38Z.
        type_ (BillingHistoryType | Unset): Type of billing history entry. Example: Invoice.
    """

    description: str | Unset = UNSET
    amount: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    invoice_uuid: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    type_: BillingHistoryType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        amount = self.amount

        invoice_id = self.invoice_id

        invoice_uuid = self.invoice_uuid

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_uuid is not UNSET:
            field_dict["invoice_uuid"] = invoice_uuid
        if date is not UNSET:
            field_dict["date"] = date
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        invoice_uuid = d.pop("invoice_uuid", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _type_ = d.pop("type", UNSET)
        type_: BillingHistoryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BillingHistoryType(_type_)

        billing_history = cls(
            description=description,
            amount=amount,
            invoice_id=invoice_id,
            invoice_uuid=invoice_uuid,
            date=date,
            type_=type_,
        )

        billing_history.additional_properties = d
        return billing_history

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
