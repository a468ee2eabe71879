from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sticky_sessions_type import StickySessionsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StickySessions")


@_attrs_define
class StickySessions:
    """An object specifying sticky sessions settings for the load balancer.

    Attributes:
        type_ (StickySessionsType | Unset): An attribute indicating how and if requests from a client will be
            persistently served by the same backend Droplet. The possible values are `cookies` or `none`. Default:
            StickySessionsType.NONE. Example: cookies.
        cookie_name (str | Unset): The name of the cookie sent to the client. This attribute is only returned when using
            `cookies` for the sticky sessions type. Example: DO-LB.
        cookie_ttl_seconds (int | Unset): The number of seconds until the cookie set by the load balancer expires. This
            attribute is only returned when using `cookies` for the sticky sessions type. Example: 300.
    """

    type_: StickySessionsType | Unset = StickySessionsType.NONE
    cookie_name: str | Unset = UNSET
    cookie_ttl_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        cookie_name = self.cookie_name

        cookie_ttl_seconds = self.cookie_ttl_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cookie_name is not UNSET:
            field_dict["cookie_name"] = cookie_name
        if cookie_ttl_seconds is not UNSET:
            field_dict["cookie_ttl_seconds"] = cookie_ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: StickySessionsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StickySessionsType(_type_)

        cookie_name = d.pop("cookie_name", UNSET)

        cookie_ttl_seconds = d.pop("cookie_ttl_seconds", UNSET)

        sticky_sessions = cls(
            type_=type_,
            cookie_name=cookie_name,
            cookie_ttl_seconds=cookie_ttl_seconds,
        )

        sticky_sessions.additional_properties = d
        return sticky_sessions

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
