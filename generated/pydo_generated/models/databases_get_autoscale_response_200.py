from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_autoscale_params import DatabaseAutoscaleParams


T = TypeVar("T", bound="DatabasesGetAutoscaleResponse200")


@_attrs_define
class DatabasesGetAutoscaleResponse200:
    """
    Attributes:
        autoscale (DatabaseAutoscaleParams | Unset): Contains all autoscaling configuration for a database cluster
    """

    autoscale: DatabaseAutoscaleParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autoscale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoscale, Unset):
            autoscale = self.autoscale.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autoscale is not UNSET:
            field_dict["autoscale"] = autoscale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_autoscale_params import DatabaseAutoscaleParams

        d = dict(src_dict)
        _autoscale = d.pop("autoscale", UNSET)
        autoscale: DatabaseAutoscaleParams | Unset
        if isinstance(_autoscale, Unset):
            autoscale = UNSET
        else:
            autoscale = DatabaseAutoscaleParams.from_dict(_autoscale)

        databases_get_autoscale_response_200 = cls(
            autoscale=autoscale,
        )

        databases_get_autoscale_response_200.additional_properties = d
        return databases_get_autoscale_response_200

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
