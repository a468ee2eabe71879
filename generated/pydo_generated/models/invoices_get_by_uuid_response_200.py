from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_item import InvoiceItem
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="InvoicesGetByUuidResponse200")


@_attrs_define
class InvoicesGetByUuidResponse200:
    """
    Example:
        {'invoice_items': [{'product': 'Kubernetes Clusters', 'resource_uuid': '711157cb-37c8-4817-b371-44fa3504a39c',
            'group_description': 'my-doks-cluster', 'description': 'a56e086a317d8410c8b4cfd1f4dc9f82', 'amount': '12.34',
            'duration': '744', 'duration_unit': 'Hours', 'start_time': '2020-01-01T00:00:00Z', 'end_time':
            '2020-02-01T00:00:00Z'}, {'product': 'Spaces Subscription', 'description': 'Spaces ($5/mo 250GB storage & 1TB
            bandwidth)', 'amount': '34.45', 'duration': '744', 'duration_unit': 'Hours', 'start_time':
            '2020-01-01T00:00:00Z', 'end_time': '2020-02-01T00:00:00Z'}], 'links': {'pages': {'next':
            'https://api.digitalocean.com/v2/customers/my/invoices/22737513-0ea7-4206-8ceb-98a575af7681?page=2&per_page=2',
            'last': 'https://api.digitalocean.com/v2/customers/my/invoices/22737513-0ea7-4206-8ceb-
            98a575af7681?page=3&per_page=2'}}, 'meta': {'total': 6}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        invoice_items (list[InvoiceItem] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    invoice_items: list[InvoiceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        invoice_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_items, Unset):
            invoice_items = []
            for invoice_items_item_data in self.invoice_items:
                invoice_items_item = invoice_items_item_data.to_dict()
                invoice_items.append(invoice_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if invoice_items is not UNSET:
            field_dict["invoice_items"] = invoice_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_item import InvoiceItem
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _invoice_items = d.pop("invoice_items", UNSET)
        invoice_items: list[InvoiceItem] | Unset = UNSET
        if _invoice_items is not UNSET:
            invoice_items = []
            for invoice_items_item_data in _invoice_items:
                invoice_items_item = InvoiceItem.from_dict(invoice_items_item_data)

                invoice_items.append(invoice_items_item)

        invoices_get_by_uuid_response_200 = cls(
            meta=meta,
            links=links,
            invoice_items=invoice_items,
        )

        invoices_get_by_uuid_response_200.additional_properties = d
        return invoices_get_by_uuid_response_200

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
