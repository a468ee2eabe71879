from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiModelRouterSelectionPolicy")


@_attrs_define
class ApiModelRouterSelectionPolicy:
    """Selection policy preference for choosing among assigned models.

    Attributes:
        prefer (str | Unset): One of: none, cheapest, fastest Example: "cheapest".
    """

    prefer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefer = self.prefer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefer is not UNSET:
            field_dict["prefer"] = prefer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prefer = d.pop("prefer", UNSET)

        api_model_router_selection_policy = cls(
            prefer=prefer,
        )

        api_model_router_selection_policy.additional_properties = d
        return api_model_router_selection_policy

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
