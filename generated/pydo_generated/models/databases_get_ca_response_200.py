from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ca import Ca


T = TypeVar("T", bound="DatabasesGetCaResponse200")


@_attrs_define
class DatabasesGetCaResponse200:
    """
    Attributes:
        ca (Ca):
    """

    ca: Ca
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ca = self.ca.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ca": ca,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ca import Ca

        d = dict(src_dict)
        ca = Ca.from_dict(d.pop("ca"))

        databases_get_ca_response_200 = cls(
            ca=ca,
        )

        databases_get_ca_response_200.additional_properties = d
        return databases_get_ca_response_200

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
