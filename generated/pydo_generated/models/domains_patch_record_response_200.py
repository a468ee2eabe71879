from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_record import DomainRecord


T = TypeVar("T", bound="DomainsPatchRecordResponse200")


@_attrs_define
class DomainsPatchRecordResponse200:
    """
    Example:
        {'domain_record': {'id': 3352896, 'type': 'A', 'name': 'blog', 'data': '162.10.66.0', 'priority': None, 'port':
            None, 'ttl': 1800, 'weight': None, 'flags': None, 'tag': None}}

    Attributes:
        domain_record (DomainRecord | Unset):
    """

    domain_record: DomainRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain_record, Unset):
            domain_record = self.domain_record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_record is not UNSET:
            field_dict["domain_record"] = domain_record

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domain_record import DomainRecord

        d = dict(src_dict)
        _domain_record = d.pop("domain_record", UNSET)
        domain_record: DomainRecord | Unset
        if isinstance(_domain_record, Unset):
            domain_record = UNSET
        else:
            domain_record = DomainRecord.from_dict(_domain_record)

        domains_patch_record_response_200 = cls(
            domain_record=domain_record,
        )

        domains_patch_record_response_200.additional_properties = d
        return domains_patch_record_response_200

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
