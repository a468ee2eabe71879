from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sinks_response import SinksResponse


T = TypeVar("T", bound="MonitoringListSinksResponse200")


@_attrs_define
class MonitoringListSinksResponse200:
    """
    Attributes:
        sinks (list[SinksResponse] | Unset): List of sinks identified by their URNs.
    """

    sinks: list[SinksResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sinks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sinks, Unset):
            sinks = []
            for sinks_item_data in self.sinks:
                sinks_item = sinks_item_data.to_dict()
                sinks.append(sinks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sinks is not UNSET:
            field_dict["sinks"] = sinks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sinks_response import SinksResponse

        d = dict(src_dict)
        _sinks = d.pop("sinks", UNSET)
        sinks: list[SinksResponse] | Unset = UNSET
        if _sinks is not UNSET:
            sinks = []
            for sinks_item_data in _sinks:
                sinks_item = SinksResponse.from_dict(sinks_item_data)

                sinks.append(sinks_item)

        monitoring_list_sinks_response_200 = cls(
            sinks=sinks,
        )

        monitoring_list_sinks_response_200.additional_properties = d
        return monitoring_list_sinks_response_200

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
