from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ByoipPrefixCreate")


@_attrs_define
class ByoipPrefixCreate:
    """
    Attributes:
        prefix (str): The IP prefix in CIDR notation to bring Example: 203.11.13.0/24.
        region (str): The region where the prefix will be created Example: nyc3.
        signature (str): The signature hash for the prefix creation request Example: <sample-signature>.
    """

    prefix: str
    region: str
    signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        region = self.region

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
                "region": region,
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prefix = d.pop("prefix")

        region = d.pop("region")

        signature = d.pop("signature")

        byoip_prefix_create = cls(
            prefix=prefix,
            region=region,
            signature=signature,
        )

        byoip_prefix_create.additional_properties = d
        return byoip_prefix_create

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
