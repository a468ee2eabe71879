from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.floating_i_ps_create_response_202_links import (
        FloatingIPsCreateResponse202Links,
    )
    from ..models.floating_ip import FloatingIp


T = TypeVar("T", bound="FloatingIPsCreateResponse202")


@_attrs_define
class FloatingIPsCreateResponse202:
    """
    Attributes:
        floating_ip (FloatingIp | Unset):
        links (FloatingIPsCreateResponse202Links | Unset):
    """

    floating_ip: FloatingIp | Unset = UNSET
    links: FloatingIPsCreateResponse202Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floating_ip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.floating_ip, Unset):
            floating_ip = self.floating_ip.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if floating_ip is not UNSET:
            field_dict["floating_ip"] = floating_ip
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.floating_i_ps_create_response_202_links import (
            FloatingIPsCreateResponse202Links,
        )
        from ..models.floating_ip import FloatingIp

        d = dict(src_dict)
        _floating_ip = d.pop("floating_ip", UNSET)
        floating_ip: FloatingIp | Unset
        if isinstance(_floating_ip, Unset):
            floating_ip = UNSET
        else:
            floating_ip = FloatingIp.from_dict(_floating_ip)

        _links = d.pop("links", UNSET)
        links: FloatingIPsCreateResponse202Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = FloatingIPsCreateResponse202Links.from_dict(_links)

        floating_i_ps_create_response_202 = cls(
            floating_ip=floating_ip,
            links=links,
        )

        floating_i_ps_create_response_202.additional_properties = d
        return floating_i_ps_create_response_202

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
