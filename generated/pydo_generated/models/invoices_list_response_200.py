from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_preview import InvoicePreview
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="InvoicesListResponse200")


@_attrs_define
class InvoicesListResponse200:
    """
    Example:
        {'invoices': [{'invoice_uuid': '22737513-0ea7-4206-8ceb-98a575af7681', 'invoice_id': '12345678', 'amount':
            '12.34', 'invoice_period': '2019-12'}, {'invoice_uuid': 'fdabb512-6faf-443c-ba2e-665452332a9e', 'invoice_id':
            '23456789', 'amount': '23.45', 'invoice_period': '2019-11'}], 'invoice_preview': {'invoice_uuid':
            '1afe95e6-0958-4eb0-8d9a-9c5060d3ef03', 'invoice_id': '34567890', 'amount': '34.56', 'invoice_period':
            '2020-02', 'updated_at': '2020-02-23T06:31:50Z'}, 'links': {'pages': {'next':
            'https://api.digitalocean.com/v2/customers/my/invoices?page=2&per_page=2', 'last':
            'https://api.digitalocean.com/v2/customers/my/invoices?page=35&per_page=2'}}, 'meta': {'total': 70}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        invoices (list[InvoicePreview] | Unset):
        invoice_preview (InvoicePreview | Unset): The invoice preview.
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    invoices: list[InvoicePreview] | Unset = UNSET
    invoice_preview: InvoicePreview | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        invoice_preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_preview, Unset):
            invoice_preview = self.invoice_preview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if invoice_preview is not UNSET:
            field_dict["invoice_preview"] = invoice_preview

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_preview import InvoicePreview
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

        _invoices = d.pop("invoices", UNSET)
        invoices: list[InvoicePreview] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = InvoicePreview.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        _invoice_preview = d.pop("invoice_preview", UNSET)
        invoice_preview: InvoicePreview | Unset
        if isinstance(_invoice_preview, Unset):
            invoice_preview = UNSET
        else:
            invoice_preview = InvoicePreview.from_dict(_invoice_preview)

        invoices_list_response_200 = cls(
            meta=meta,
            links=links,
            invoices=invoices,
            invoice_preview=invoice_preview,
        )

        invoices_list_response_200.additional_properties = d
        return invoices_list_response_200

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
