from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplet import Droplet
    from ..models.reserved_ipv_6_null import ReservedIpv6Null


T = TypeVar("T", bound="ReservedIpv6")


@_attrs_define
class ReservedIpv6:
    """
    Attributes:
        ip (str | Unset): The public IP address of the reserved IPv6. It also serves as its identifier. Example:
            2409:40d0:f7:1017:74b4:3a96:105e:4c6e.
        reserved_at (datetime.datetime | Unset): The date and time when the reserved IPv6 was reserved. Example:
            2024-11-20T11:08:30Z.
        region_slug (str | Unset): The region that the reserved IPv6 is reserved to. When you query a reserved IPv6,the
            region_slug will be returned. Example: nyc3.
        droplet (Droplet | None | ReservedIpv6Null | Unset):
    """

    ip: str | Unset = UNSET
    reserved_at: datetime.datetime | Unset = UNSET
    region_slug: str | Unset = UNSET
    droplet: Droplet | None | ReservedIpv6Null | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.droplet import Droplet
        from ..models.reserved_ipv_6_null import ReservedIpv6Null

        ip = self.ip

        reserved_at: str | Unset = UNSET
        if not isinstance(self.reserved_at, Unset):
            reserved_at = self.reserved_at.isoformat()

        region_slug = self.region_slug

        droplet: dict[str, Any] | None | Unset
        if isinstance(self.droplet, Unset):
            droplet = UNSET
        elif isinstance(self.droplet, ReservedIpv6Null) or isinstance(
            self.droplet, Droplet
        ):
            droplet = self.droplet.to_dict()
        else:
            droplet = self.droplet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if reserved_at is not UNSET:
            field_dict["reserved_at"] = reserved_at
        if region_slug is not UNSET:
            field_dict["region_slug"] = region_slug
        if droplet is not UNSET:
            field_dict["droplet"] = droplet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet import Droplet
        from ..models.reserved_ipv_6_null import ReservedIpv6Null

        d = dict(src_dict)
        ip = d.pop("ip", UNSET)

        _reserved_at = d.pop("reserved_at", UNSET)
        reserved_at: datetime.datetime | Unset
        if isinstance(_reserved_at, Unset):
            reserved_at = UNSET
        else:
            reserved_at = datetime.datetime.fromisoformat(_reserved_at)

        region_slug = d.pop("region_slug", UNSET)

        def _parse_droplet(data: object) -> Droplet | None | ReservedIpv6Null | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                droplet_null_type_0 = ReservedIpv6Null.from_dict(data)

                return droplet_null_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                droplet_type_1 = Droplet.from_dict(data)

                return droplet_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Droplet | None | ReservedIpv6Null | Unset, data)

        droplet = _parse_droplet(d.pop("droplet", UNSET))

        reserved_ipv_6 = cls(
            ip=ip,
            reserved_at=reserved_at,
            region_slug=region_slug,
            droplet=droplet,
        )

        reserved_ipv_6.additional_properties = d
        return reserved_ipv_6

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
