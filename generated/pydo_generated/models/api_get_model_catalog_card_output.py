from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_catalog_card import ApiModelCatalogCard


T = TypeVar("T", bound="ApiGetModelCatalogCardOutput")


@_attrs_define
class ApiGetModelCatalogCardOutput:
    """
    Attributes:
        data (ApiModelCatalogCard | Unset): Detail view for GetModelCatalogCard
    """

    data: ApiModelCatalogCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_catalog_card import ApiModelCatalogCard

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: ApiModelCatalogCard | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ApiModelCatalogCard.from_dict(_data)

        api_get_model_catalog_card_output = cls(
            data=data,
        )

        api_get_model_catalog_card_output.additional_properties = d
        return api_get_model_catalog_card_output

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
