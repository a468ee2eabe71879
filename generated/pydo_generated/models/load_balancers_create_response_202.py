from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.load_balancer import LoadBalancer


T = TypeVar("T", bound="LoadBalancersCreateResponse202")


@_attrs_define
class LoadBalancersCreateResponse202:
    """
    Attributes:
        load_balancer (LoadBalancer | Unset):
    """

    load_balancer: LoadBalancer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_balancer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_balancer, Unset):
            load_balancer = self.load_balancer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if load_balancer is not UNSET:
            field_dict["load_balancer"] = load_balancer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.load_balancer import LoadBalancer

        d = dict(src_dict)
        _load_balancer = d.pop("load_balancer", UNSET)
        load_balancer: LoadBalancer | Unset
        if isinstance(_load_balancer, Unset):
            load_balancer = UNSET
        else:
            load_balancer = LoadBalancer.from_dict(_load_balancer)

        load_balancers_create_response_202 = cls(
            load_balancer=load_balancer,
        )

        load_balancers_create_response_202.additional_properties = d
        return load_balancers_create_response_202

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
