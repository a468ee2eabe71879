from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_record import DomainRecord
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="DomainsListRecordsResponse200")


@_attrs_define
class DomainsListRecordsResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        domain_records (list[DomainRecord] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    domain_records: list[DomainRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        domain_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domain_records, Unset):
            domain_records = []
            for domain_records_item_data in self.domain_records:
                domain_records_item = domain_records_item_data.to_dict()
                domain_records.append(domain_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if domain_records is not UNSET:
            field_dict["domain_records"] = domain_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domain_record import DomainRecord
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

        _domain_records = d.pop("domain_records", UNSET)
        domain_records: list[DomainRecord] | Unset = UNSET
        if _domain_records is not UNSET:
            domain_records = []
            for domain_records_item_data in _domain_records:
                domain_records_item = DomainRecord.from_dict(domain_records_item_data)

                domain_records.append(domain_records_item)

        domains_list_records_response_200 = cls(
            meta=meta,
            links=links,
            domain_records=domain_records,
        )

        domains_list_records_response_200.additional_properties = d
        return domains_list_records_response_200

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
