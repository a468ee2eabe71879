from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autoscale_pool import AutoscalePool


T = TypeVar("T", bound="AutoscalepoolsCreateResponse202")


@_attrs_define
class AutoscalepoolsCreateResponse202:
    """
    Attributes:
        autoscale_pool (AutoscalePool | Unset):
    """

    autoscale_pool: AutoscalePool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autoscale_pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoscale_pool, Unset):
            autoscale_pool = self.autoscale_pool.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autoscale_pool is not UNSET:
            field_dict["autoscale_pool"] = autoscale_pool

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.autoscale_pool import AutoscalePool

        d = dict(src_dict)
        _autoscale_pool = d.pop("autoscale_pool", UNSET)
        autoscale_pool: AutoscalePool | Unset
        if isinstance(_autoscale_pool, Unset):
            autoscale_pool = UNSET
        else:
            autoscale_pool = AutoscalePool.from_dict(_autoscale_pool)

        autoscalepools_create_response_202 = cls(
            autoscale_pool=autoscale_pool,
        )

        autoscalepools_create_response_202.additional_properties = d
        return autoscalepools_create_response_202

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
