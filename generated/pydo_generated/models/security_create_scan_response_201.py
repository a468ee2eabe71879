from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scan import Scan


T = TypeVar("T", bound="SecurityCreateScanResponse201")


@_attrs_define
class SecurityCreateScanResponse201:
    """
    Attributes:
        scan (Scan | Unset):
    """

    scan: Scan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scan, Unset):
            scan = self.scan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scan is not UNSET:
            field_dict["scan"] = scan

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scan import Scan

        d = dict(src_dict)
        _scan = d.pop("scan", UNSET)
        scan: Scan | Unset
        if isinstance(_scan, Unset):
            scan = UNSET
        else:
            scan = Scan.from_dict(_scan)

        security_create_scan_response_201 = cls(
            scan=scan,
        )

        security_create_scan_response_201.additional_properties = d
        return security_create_scan_response_201

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
