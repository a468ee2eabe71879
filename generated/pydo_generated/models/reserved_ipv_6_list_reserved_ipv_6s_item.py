from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplet import Droplet
    from ..models.reserved_ipv_6_list_reserved_ipv_6s_item_null import (
        ReservedIpv6ListReservedIpv6SItemNull,
    )


T = TypeVar("T", bound="ReservedIpv6ListReservedIpv6SItem")


@_attrs_define
class ReservedIpv6ListReservedIpv6SItem:
    """
    Attributes:
        ip (str | Unset): The public IP address of the reserved IPv6. It also serves as its identifier. Example:
            2409:40d0:f7:1017:74b4:3a96:105e:4c6e.
        region_slug (str | Unset): The region that the reserved IPv6 is reserved to. When you query a reserved IPv6,the
            region_slug will be returned. Example: nyc3.
        reserved_at (datetime.datetime | Unset):  Example: 2020-01-01T00:00:00Z.
        droplet (Droplet | None | ReservedIpv6ListReservedIpv6SItemNull | Unset): Requires `droplet:read` scope.
    """

    ip: str | Unset = UNSET
    region_slug: str | Unset = UNSET
    reserved_at: datetime.datetime | Unset = UNSET
    droplet: Droplet | None | ReservedIpv6ListReservedIpv6SItemNull | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.droplet import Droplet
        from ..models.reserved_ipv_6_list_reserved_ipv_6s_item_null import (
            ReservedIpv6ListReservedIpv6SItemNull,
        )

        ip = self.ip

        region_slug = self.region_slug

        reserved_at: str | Unset = UNSET
        if not isinstance(self.reserved_at, Unset):
            reserved_at = self.reserved_at.isoformat()

        droplet: dict[str, Any] | None | Unset
        if isinstance(self.droplet, Unset):
            droplet = UNSET
        elif isinstance(
            self.droplet, ReservedIpv6ListReservedIpv6SItemNull
        ) or isinstance(self.droplet, Droplet):
            droplet = self.droplet.to_dict()
        else:
            droplet = self.droplet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if region_slug is not UNSET:
            field_dict["region_slug"] = region_slug
        if reserved_at is not UNSET:
            field_dict["reserved_at"] = reserved_at
        if droplet is not UNSET:
            field_dict["droplet"] = droplet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet import Droplet
        from ..models.reserved_ipv_6_list_reserved_ipv_6s_item_null import (
            ReservedIpv6ListReservedIpv6SItemNull,
        )

        d = dict(src_dict)
        ip = d.pop("ip", UNSET)

        region_slug = d.pop("region_slug", UNSET)

        _reserved_at = d.pop("reserved_at", UNSET)
        reserved_at: datetime.datetime | Unset
        if isinstance(_reserved_at, Unset):
            reserved_at = UNSET
        else:
            reserved_at = datetime.datetime.fromisoformat(_reserved_at)

        def _parse_droplet(
            data: object,
        ) -> Droplet | None | ReservedIpv6ListReservedIpv6SItemNull | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                droplet_null_type_0 = ReservedIpv6ListReservedIpv6SItemNull.from_dict(
                    data
                )

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
            return cast(
                Droplet | None | ReservedIpv6ListReservedIpv6SItemNull | Unset, data
            )

        droplet = _parse_droplet(d.pop("droplet", UNSET))

        reserved_ipv_6_list_reserved_ipv_6s_item = cls(
            ip=ip,
            region_slug=region_slug,
            reserved_at=reserved_at,
            droplet=droplet,
        )

        reserved_ipv_6_list_reserved_ipv_6s_item.additional_properties = d
        return reserved_ipv_6_list_reserved_ipv_6s_item

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
