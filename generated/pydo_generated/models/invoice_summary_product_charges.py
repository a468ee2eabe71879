from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_charge_item import ProductChargeItem


T = TypeVar("T", bound="InvoiceSummaryProductCharges")


@_attrs_define
class InvoiceSummaryProductCharges:
    """
    Attributes:
        name (str | Unset): Description of usage charges Example: Product usage charges.
        amount (str | Unset): Total amount charged Example: 12.34.
        items (list[ProductChargeItem] | Unset): List of amount, and grouped aggregates by resource type. Example:
            [{'amount': '10.00', 'name': 'Spaces Subscription', 'count': '1'}, {'amount': '2.34', 'name': 'Database
            Clusters', 'count': '1'}].
    """

    name: str | Unset = UNSET
    amount: str | Unset = UNSET
    items: list[ProductChargeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if amount is not UNSET:
            field_dict["amount"] = amount
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_charge_item import ProductChargeItem

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        amount = d.pop("amount", UNSET)

        _items = d.pop("items", UNSET)
        items: list[ProductChargeItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ProductChargeItem.from_dict(items_item_data)

                items.append(items_item)

        invoice_summary_product_charges = cls(
            name=name,
            amount=amount,
            items=items,
        )

        invoice_summary_product_charges.additional_properties = d
        return invoice_summary_product_charges

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
