from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_history import BillingHistory
    from ..models.meta_properties import MetaProperties
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="BillingHistoryListResponse200")


@_attrs_define
class BillingHistoryListResponse200:
    """
    Example:
        {'billing_history': [{'description': 'Invoice for May 2018', 'amount': '12.34', 'invoice_id': '123',
            'invoice_uuid': 'example-uuid', 'date': '2018-06-01T08:44:38Z', 'type': 'Invoice'}, {'description': 'Payment (MC
            2018)', 'amount': '-12.34', 'date': '2018-06-02T08:44:38Z', 'type': 'Payment'}], 'links': {'pages': {'next':
            'https://api.digitalocean.com/v2/customers/my/billing_history?page=2&per_page=2', 'last':
            'https://api.digitalocean.com/v2/customers/my/billing_history?page=3&per_page=2'}}, 'meta': {'total': 5}}

    Attributes:
        meta (MetaProperties): Information about the response itself.
        links (PageLinks | Unset):
        billing_history (list[BillingHistory] | Unset):
    """

    meta: MetaProperties
    links: PageLinks | Unset = UNSET
    billing_history: list[BillingHistory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        billing_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.billing_history, Unset):
            billing_history = []
            for billing_history_item_data in self.billing_history:
                billing_history_item = billing_history_item_data.to_dict()
                billing_history.append(billing_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if billing_history is not UNSET:
            field_dict["billing_history"] = billing_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_history import BillingHistory
        from ..models.meta_properties import MetaProperties
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        meta = MetaProperties.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _billing_history = d.pop("billing_history", UNSET)
        billing_history: list[BillingHistory] | Unset = UNSET
        if _billing_history is not UNSET:
            billing_history = []
            for billing_history_item_data in _billing_history:
                billing_history_item = BillingHistory.from_dict(
                    billing_history_item_data
                )

                billing_history.append(billing_history_item)

        billing_history_list_response_200 = cls(
            meta=meta,
            links=links,
            billing_history=billing_history,
        )

        billing_history_list_response_200.additional_properties = d
        return billing_history_list_response_200

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
