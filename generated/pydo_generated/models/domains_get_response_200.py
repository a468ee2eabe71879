from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain import Domain


T = TypeVar("T", bound="DomainsGetResponse200")


@_attrs_define
class DomainsGetResponse200:
    """
    Example:
        {'domain': {'name': 'example.com', 'ttl': 1800, 'zone_file': '$ORIGIN example.com.\\n$TTL 1800\\nexample.com. IN
            SOA ns1.digitalocean.com. hostmaster.example.com. 1415982611 10800 3600 604800 1800\\nexample.com. 1800 IN NS
            ns1.digitalocean.com.\\nexample.com. 1800 IN NS ns2.digitalocean.com.\\nexample.com. 1800 IN NS
            ns3.digitalocean.com.\\nexample.com. 1800 IN A 1.2.3.4\\n'}}

    Attributes:
        domain (Domain | Unset):
    """

    domain: Domain | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domain import Domain

        d = dict(src_dict)
        _domain = d.pop("domain", UNSET)
        domain: Domain | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = Domain.from_dict(_domain)

        domains_get_response_200 = cls(
            domain=domain,
        )

        domains_get_response_200.additional_properties = d
        return domains_get_response_200

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
